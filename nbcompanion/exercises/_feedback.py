"""What a checker returns to the student, in the notebook's language."""

import traceback

from .. import i18n

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
        self.lines = [str(line) for line in lines]

    def __bool__(self):
        return self.passed

    def __str__(self):
        mark = "✅" if self.passed else "❌"
        return "\n".join([f"{mark} {self.lines[0]}", *(f"  - {line}" for line in self.lines[1:])])

    def __repr__(self):
        return str(self)

    def _repr_markdown_(self):
        mark = "✅" if self.passed else "❌"
        first, rest = self.lines[0], self.lines[1:]
        return "\n".join([f"**{mark} {first}**", "", *(f"- {line}" for line in rest)])

    @classmethod
    def missing(cls, what):
        """Feedback for an answer that is still the placeholder ``...``."""
        return cls(False, [i18n.text("exercise.missing", what=what)])


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


def attempt(function, *args, **kwargs):
    """Call the student's ``function``; return ``(value, None)`` or ``(None, Feedback)``.

    The feedback names the exception and the line of the student's code that raised it,
    so a bug in an answer is reported, not thrown.

    >>> attempt(lambda x: 1 / x, 0)[1].lines[0].startswith(("Your code raised", "Ваш код"))
    True
    """
    if not callable(function):
        return None, Feedback(False, [i18n.text("exercise.not_callable", got=type(function).__name__)])
    try:
        return function(*args, **kwargs), None
    except Exception as error:  # the student's code may raise anything; report it
        frames = traceback.extract_tb(error.__traceback__)
        where = frames[-1] if frames else None
        line = f"{where.lineno}: {where.line}" if where is not None else "?"
        return None, Feedback(False, [
            i18n.text("exercise.raised", error=f"{type(error).__name__}: {error}"),
            i18n.text("exercise.raised_where", where=line),
        ])
