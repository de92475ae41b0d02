"""What a checker returns to the student, in the notebook's language.

Everything a checker does with the student's code or objects goes through :func:`attempt`
(calling a function) or :func:`convert` (turning an answer into numbers): both catch any
failure, including exceptions outside ``Exception`` that odd objects raise, and both stop
code that runs longer than :data:`TIME_LIMIT` seconds (how: :mod:`nbcompanion._timeout`).
A ``KeyboardInterrupt`` (the notebook's stop button) still stops the check.
"""

import functools
import os
import re
import reprlib
import traceback

import numpy as np

from .. import i18n
from .._timeout import TimeLimitExceeded, call_with_time_limit

#: Seconds a student's function may run in one call before the check stops it.
TIME_LIMIT = 5.0
#: Let a failure of a checker itself propagate (the tests set it, to see such failures).
STRICT = False
_MAX_LINE = 600
_MAX_LINES = 40

#: The placeholder an unsolved exercise notebook assigns to the answer (``answer = ...``).
MISSING = Ellipsis


class Feedback:
    """The verdict of a check: passed or not, with the lines that explain it.

    It shows as Markdown in a notebook and is truthy when the answer passed.

    >>> bool(Feedback(True, ["all four points are separated"]))
    True
    """

    def __init__(self, passed, lines):
        self.passed = bool(passed)
        lines = [short(line, _MAX_LINE) for line in lines] or [""]
        if len(lines) > _MAX_LINES:
            lines = lines[:_MAX_LINES - 1] + ["…"]
        self.lines = lines

    def __bool__(self):
        return self.passed

    def __str__(self):
        mark = "✅" if self.passed else "❌"
        return "\n".join([f"{mark} {self.lines[0]}", *(f"  - {line}" for line in self.lines[1:])])

    def __repr__(self):
        return str(self)

    def _repr_markdown_(self):
        mark = "✅" if self.passed else "❌"
        lines = [_escape_html(line) for line in self.lines]
        first, rest = lines[0], lines[1:]
        return "\n".join([f"**{mark} {first}**", "", *(f"- {line}" for line in rest)])

    @classmethod
    def missing(cls, what):
        """Feedback for an answer that is still the placeholder ``...``."""
        return cls(False, [i18n.text("exercise.missing", what=what)])


def _escape_html(line):
    """``line`` with HTML tags and entities escaped outside `code spans`: a student's text
    shows as text.

    >>> _escape_html("0 < 0.5, <b>x</b> and `<b>`")
    '0 < 0.5, &lt;b>x&lt;/b> and `<b>`'
    """
    parts = line.split("`")
    for i in range(0, len(parts), 2):  # even parts lie outside code spans
        # Only what Markdown would take for HTML: "<" before a letter, /, ! or ?, and entities;
        # a comparison such as "0 < 0.5" stays as it is.
        parts[i] = _ENTITY.sub(r"&amp;\1", parts[i])
        parts[i] = _TAG.sub("&lt;", parts[i])
    return "`".join(parts)


_ENTITY = re.compile(r"&(#?\w+;)")
_TAG = re.compile(r"<(?=[A-Za-z/!?])")


class Hint:
    """One rung of a hint ladder, shown as Markdown."""

    def __init__(self, number, total, body):
        self.number, self.total, self.body = number, total, body

    def __repr__(self):
        return f"{i18n.text('exercise.hint_title', number=self.number, total=self.total)}\n{self.body}"

    def _repr_markdown_(self):
        title = i18n.text("exercise.hint_title", number=self.number, total=self.total)
        return f"**{title}**\n\n{self.body}"


def hints(ladder):
    """Return a ``hint(n)`` function over a ladder of i18n keys, least specific first.

    >>> hint = hints(["exercise.missing"])
    >>> hint(5).number
    1
    """

    def hint(n=1):
        if isinstance(n, bool) or not isinstance(n, int):
            n = 1
        number = min(max(n, 1), len(ladder))
        return Hint(number, len(ladder), i18n.text(ladder[number - 1]))

    return hint


def guarded(check):
    """Make ``check`` return a Feedback whatever happens: the last line of defence.

    Every checker reads the student's answer through :func:`attempt` and :func:`convert`;
    if an odd answer still makes the checker itself fail, the student gets a message naming
    the failure instead of a traceback (only ``KeyboardInterrupt`` goes through).
    """

    @functools.wraps(check)
    def checked(*args, **kwargs):
        try:
            return check(*args, **kwargs)
        except KeyboardInterrupt:
            raise
        except BaseException as error:  # noqa: BLE001  (never a traceback for the student)
            if STRICT:
                raise
            return Feedback(False, [i18n.text("exercise.unreadable", error=describe_error(error))])

    return checked


def short(value, limit=80):
    """``value`` as text of at most ``limit`` characters (long text ends with "…").

    >>> short("x" * 100, 10)
    'xxxxxxxxx…'
    """
    text = value if isinstance(value, str) else _safe_repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


_REPR = reprlib.Repr()
_REPR.maxstring, _REPR.maxother, _REPR.maxlist, _REPR.maxtuple = 60, 60, 6, 6


def shown(value, limit=60):
    """The repr of a student's object for a message: short, and never an exception.

    >>> shown("yes"), shown(list(range(100)))
    ("'yes'", '[0, 1, 2, 3, 4, 5, ...]')
    """
    return short(_safe_repr(value), limit)


def _safe_repr(value):
    try:
        if isinstance(value, np.ndarray):
            return np.array2string(value, threshold=8, edgeitems=3, precision=6)
        return _REPR.repr(value)
    except KeyboardInterrupt:
        raise
    except BaseException:  # noqa: BLE001  (a student's object whose repr fails: its type)
        return f"<{type(value).__name__}>"


def describe_error(error):
    """``"TypeError: message"``, short, for an exception of the student's code."""
    try:
        message = str(error)
    except KeyboardInterrupt:
        raise
    except BaseException:  # noqa: BLE001  (a student's exception whose str fails)
        message = ""
    name = type(error).__name__
    return short(f"{name}: {message}" if message else name, 200)


def number(value, digits=6):
    """A number for a message, written as :func:`nbcompanion.i18n.number` writes it.

    >>> number(0.25), number(-2)
    ('0.25', '−2')
    """
    return i18n.number(float(value), f".{digits}g")


def numbers(a, b):
    """Two numbers written with as many digits as it takes to show that they differ.

    >>> numbers(1.0, 1.0000001)
    ('1', '1.0000001')
    """
    for digits in range(6, 18):
        first, second = number(a, digits), number(b, digits)
        if first != second or float(a) == float(b):
            return first, second
    return first, second


def convert(function, *args):
    """``function(*args)`` applied to a student's object: ``(value, None)`` or ``(None, why)``.

    ``why`` is a short description of the failure (any exception, or the time limit).

    >>> convert(float, "1.5")
    (1.5, None)
    >>> convert(float, "x")[1]
    "ValueError: could not convert string to float: 'x'"
    """
    try:
        value, finished = call_with_time_limit(function, args, seconds=TIME_LIMIT)
    except KeyboardInterrupt:
        raise
    except TimeLimitExceeded as error:  # an outer limit: let its owner report it
        raise error
    except BaseException as error:  # noqa: BLE001  (any failure of the student's object)
        return None, describe_error(error)
    if not finished:
        return None, i18n.text("exercise.timeout_short", seconds=number(TIME_LIMIT))
    return value, None


def _is_library(filename):
    """Whether a frame belongs to this package or an installed library, not the student."""
    path = os.path.abspath(filename or "")
    return path.startswith(_PACKAGE) or "site-packages" in path or "dist-packages" in path


_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def attempt(function, *args, **kwargs):
    """Call the student's ``function``; return ``(value, None)`` or ``(None, Feedback)``.

    The feedback names the exception and the line of the student's code that raised it,
    so a bug in an answer is reported, not thrown. A call still running after
    :data:`TIME_LIMIT` seconds is stopped and reported as such; ``sys.exit()`` in the
    student's code is reported too; only ``KeyboardInterrupt`` goes through.

    >>> attempt(lambda x: 1 / x, 0)[1].lines[0].startswith(("Your code raised", "Ваш код"))
    True
    """
    if not callable(function):
        return None, Feedback(False, [i18n.text("exercise.not_callable",
                                                got=short(type(function).__name__, 40))])
    try:
        value, finished = call_with_time_limit(function, args, kwargs, seconds=TIME_LIMIT)
    except KeyboardInterrupt:
        raise
    except TimeLimitExceeded as error:  # an outer limit: let its owner report it
        raise error
    except BaseException as error:  # noqa: BLE001  (the student's code may raise anything)
        frames = [frame for frame in traceback.extract_tb(error.__traceback__)
                  if not _is_library(frame.filename)]
        where = frames[-1] if frames else None
        line = f"{where.lineno}: {short(where.line or '', 120)}" if where is not None else "?"
        key = "exercise.exited" if isinstance(error, SystemExit) else "exercise.raised"
        return None, Feedback(False, [
            i18n.text(key, error=describe_error(error)),
            i18n.text("exercise.raised_where", where=line),
        ])
    if not finished:
        return None, Feedback(False, [i18n.text("exercise.timeout", seconds=number(TIME_LIMIT),
                                                name=short(getattr(function, "__name__", "?"), 40))])
    return value, None
