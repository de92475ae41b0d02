"""Exercise 8 of §1.11: the derivative of tanh is at most 1, largest at v = 0.

By eq. (1.21) the derivative is 1 - o² with o = tanh(v); o² ≥ 0 gives 1 - o² ≤ 1, with
equality exactly when o = 0, that is v = 0.
"""

from ._checks import check_derivative_bound, check_step
from ._feedback import MISSING, guarded, hints

__all__ = ["REFERENCE", "check", "check_step", "hint"]

NOTEBOOK = "ex08-tanh-derivative-bound.ipynb"
#: The answers of the worked solution.
REFERENCE = {"derivative": "1 - tanh(v)**2", "argmax": 0.0, "maximum": 1.0}


@guarded
def check(derivative=MISSING, argmax=MISSING, maximum=MISSING):
    """Check tanh's derivative (a formula of v, or a function), its argmax and maximum.

    >>> bool(check(**REFERENCE))
    True
    >>> bool(check("1 + tanh(v)**2", 0, 1))
    False
    """
    return check_derivative_bound(derivative, argmax, maximum, reference="1 - tanh(v)**2",
                                  function="tanh", where=0.0, bound=1.0, notebook=NOTEBOOK)


hint = hints(["ex08.hint1", "ex08.hint2", "ex08.hint3", "ex08.hint4"])
