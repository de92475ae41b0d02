"""Checkers, hints and helpers for exercises 1-11 of §1.11, one module per exercise.

``exercises.ex04`` is exercise 4. Each module offers ``check(answer)``, which returns a
:class:`Feedback` saying precisely what is right or wrong, and ``hint(n)`` for the n-th rung
of a ladder of hints. A wrong, malformed or missing answer, or student code that raises,
gets a message, never a traceback.
"""

from .._lazy import submodules
from ._feedback import MISSING, Feedback, Hint, attempt, hints

__all__ = ["MISSING", "Feedback", "Hint", "attempt", "hints"]

__getattr__ = submodules(__name__)
