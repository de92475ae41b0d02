"""Checkers, hints and helpers for exercises 1-11 of §1.11, one module per exercise.

``exercises.ex04`` is exercise 4. Each module offers ``check(answer)``, which returns a
:class:`Feedback` saying precisely what is right or wrong, and ``hint(n)`` for the n-th rung
of a ladder of hints. A wrong, malformed or missing answer, or student code that raises,
gets a message, never a traceback.

The promises behind that, for hostile and careless answers alike:

* formulas (exercises 2, 3, 7-10) are read by one reader, :func:`nbcompanion.symbolic.read`,
  with one whitelist and one vocabulary; it builds the expression itself from Python's
  syntax tree, so no text reaches an evaluator, and it bounds sizes before computing;
* the student's functions run under a time limit of ``_feedback.TIME_LIMIT`` seconds
  (5 s; how: :mod:`nbcompanion._timeout`), and every conversion of the student's objects
  is guarded, whatever they raise; only ``KeyboardInterrupt`` (the stop button) goes through;
* answers are compared where the notebook never looks (random points, wide ranges, values up
  to 10^300, the kinks of piecewise formulas, unseen data), so replaying shown data fails;
* messages name the cause, stay short and speak the notebook's language.
"""

from .._lazy import submodules
from ._feedback import MISSING, Feedback, Hint, attempt, hints

__all__ = ["MISSING", "Feedback", "Hint", "attempt", "hints"]

__getattr__ = submodules(__name__)
