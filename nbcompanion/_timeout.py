"""Time limits for work that might never end: a student's function, or sympy on odd input.

How: where the platform has ``SIGALRM`` and the caller is the main thread (a Jupyter
kernel runs cells there, and so does pytest), :class:`time_limit` arms a real-time
interval timer whose handler raises :class:`TimeLimitExceeded` inside the running code.
That stops an endless Python loop, a long ``time.sleep`` or a slow sympy simplification
where it is, and the notebook goes on. The exception derives from ``BaseException`` so a
student's ``except Exception:`` cannot swallow it, and the timer re-fires every 50 ms after
the deadline, so even a bare ``except:`` inside a loop is left soon. A numpy call running in
C is stopped when it returns to Python.

Why not a thread: Python cannot kill a thread, so a runaway loop in a thread would keep one
of the kernel's cores busy until the kernel restarts. The thread is only the fallback where
no signal can be used (Windows, or a caller outside the main thread): there
:func:`call_with_time_limit` stops *waiting* after the limit and says that the code may
still be running, and :class:`time_limit` does not limit at all.

Limits nest: an inner limit never outlives an outer one, and each ``with`` block catches
only its own expiry (``limit.expired`` tells afterwards).
"""

import signal
import threading
import time

__all__ = ["TimeLimitExceeded", "time_limit", "call_with_time_limit", "can_interrupt"]

_REPEAT = 0.05  # seconds between repeated alarms once a deadline has passed
_stack = []  # active limits, outermost first
_saved_handler = None


class TimeLimitExceeded(BaseException):
    """Raised inside code that ran past its :class:`time_limit`."""

    def __init__(self, limit=None):
        super().__init__("time limit exceeded")
        self.limit = limit


def can_interrupt():
    """Whether running code can be interrupted here (SIGALRM, main thread)."""
    return (hasattr(signal, "setitimer") and hasattr(signal, "pthread_sigmask")
            and threading.current_thread() is threading.main_thread())


def _handler(signum, frame):
    now = time.monotonic()
    for limit in _stack:  # the outermost expired limit wins: its block must end
        if limit.end <= now + 1e-3:
            raise TimeLimitExceeded(limit)


class time_limit:  # noqa: N801  (used as a context manager, like a function)
    """Stop the block after ``seconds`` (see the module's docstring for how and where).

    >>> with time_limit(0.2) as limit:
    ...     while True:
    ...         pass
    >>> limit.expired or not can_interrupt()
    True
    """

    def __init__(self, seconds):
        self.seconds = float(seconds)
        self.expired = False
        self.active = False
        self.end = None

    def __enter__(self):
        if not can_interrupt():
            return self
        global _saved_handler
        now = time.monotonic()
        self.end = now + self.seconds
        if _stack:
            self.end = min(self.end, _stack[-1].end)
        else:
            _saved_handler = signal.signal(signal.SIGALRM, _handler)
        _stack.append(self)
        self.active = True
        signal.setitimer(signal.ITIMER_REAL, max(self.end - now, 1e-3), _REPEAT)
        return self

    def __exit__(self, kind, error, traceback):
        if not self.active:
            return False
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            _stack.remove(self)
            self.active = False
            if _stack:
                left = _stack[-1].end - time.monotonic()
                signal.setitimer(signal.ITIMER_REAL, max(left, 1e-3), _REPEAT)
            else:
                signal.setitimer(signal.ITIMER_REAL, 0.0, 0.0)
                signal.signal(signal.SIGALRM, _saved_handler or signal.SIG_DFL)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
        if isinstance(error, TimeLimitExceeded) and error.limit is self:
            self.expired = True
            return True
        return False


def call_with_time_limit(function, args=(), kwargs=None, seconds=5.0):
    """``function(*args, **kwargs)``, stopped after ``seconds``.

    Returns ``(value, finished)``; ``finished`` is False when the limit was reached, and the
    value is then None. Exceptions of ``function`` propagate.

    >>> call_with_time_limit(sum, ([1, 2],))
    (3, True)
    """
    kwargs = kwargs or {}
    if can_interrupt():
        value = None
        with time_limit(seconds) as limit:
            value = function(*args, **kwargs)
        return (None, False) if limit.expired else (value, True)
    result = {}

    def run():
        try:
            result["value"] = function(*args, **kwargs)
        except BaseException as error:  # handed to the caller's thread below
            result["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        return None, False
    if "error" in result:
        raise result["error"]
    return result["value"], True
