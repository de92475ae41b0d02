"""Exercise 7 of §1.11: the derivative of the sigmoid is at most 0.25, largest at v = 0.

By eq. (1.18) the derivative is o(1 - o) with o = sigmoid(v) in (0, 1), and
o(1 - o) = 1/4 - (o - 1/2)² ≤ 1/4, with equality exactly when o = 1/2, that is v = 0.
"""

from ._checks import check_derivative_bound, check_step
from ._feedback import MISSING, guarded, hints

__all__ = ["REFERENCE", "check", "check_step", "hint"]

NOTEBOOK = "ex07-sigmoid-derivative-bound.ipynb"
#: The answers of the worked solution.
REFERENCE = {"derivative": "sigmoid(v)*(1 - sigmoid(v))", "argmax": 0.0, "maximum": 0.25}


@guarded
def check(derivative=MISSING, argmax=MISSING, maximum=MISSING):
    """Check the sigmoid's derivative (a formula of v, or a function), its argmax and maximum.

    >>> bool(check(**REFERENCE))
    True
    >>> bool(check("exp(-v)/(1 + exp(-v))**2", 0, 0.5))
    False
    """
    return check_derivative_bound(derivative, argmax, maximum,
                                  reference="sigmoid(v)*(1 - sigmoid(v))", function="sigmoid",
                                  where=0.0, bound=0.25, notebook=NOTEBOOK)


hint = hints(["ex07.hint1", "ex07.hint2", "ex07.hint3", "ex07.hint4"])
