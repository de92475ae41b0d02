"""Exercise 3 of §1.11: tanh(v) = 2·sigmoid(2v) - 1 (§1.2.1.3).

The student types the proof's steps as formulas of ``v``, from ``tanh(v)`` to
``2*sigmoid(2*v) - 1``; sympy checks every step (:func:`check`, :func:`check_step`).
"""

import numpy as np

from .. import activations
from ._checks import check_chain, check_step
from ._feedback import MISSING, guarded, hints

__all__ = ["START", "TARGET", "REFERENCE", "check", "check_step", "largest_gap", "hint"]

NOTEBOOK = "ex03-tanh-sigmoid.ipynb"
START, TARGET = "tanh(v)", "2*sigmoid(2*v) - 1"
#: The chain of the worked solution: multiply numerator and denominator by exp(-v)... by steps.
REFERENCE = ["tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1)", "(1 - exp(-2*v))/(1 + exp(-2*v))",
             "(2 - (1 + exp(-2*v)))/(1 + exp(-2*v))", "2/(1 + exp(-2*v)) - 1",
             "2*sigmoid(2*v) - 1"]


@guarded
def check(steps=MISSING):
    """Check the chain of equal formulas from ``tanh(v)`` to ``2*sigmoid(2*v) - 1``.

    >>> bool(check(REFERENCE))
    True
    """
    return check_chain(steps, start=START, target=TARGET, name="steps", notebook=NOTEBOOK)


def largest_gap(v):
    """The largest |tanh(v) - (2·sigmoid(2v) - 1)| over the points ``v``: a numeric check.

    >>> largest_gap(np.linspace(-10, 10, 101)) < 1e-15
    True
    """
    v = np.asarray(v, dtype=float)
    return float(np.max(np.abs(activations.tanh(v) - (2 * activations.sigmoid(2 * v) - 1))))


hint = hints(["ex03.hint1", "ex03.hint2", "ex03.hint3", "ex03.hint4"])
