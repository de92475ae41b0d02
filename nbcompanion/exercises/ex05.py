"""Exercise 5 of §1.11: the feature z = x1·x2 makes exercise 4's points separable.

(-1, -1) and (1, 1) (class +1) both get z = 1; (1, -1) and (-1, 1) (class -1) get z = -1.
On the line of z one threshold, say z > 0, separates the classes, although no line does in
the input space: a nonlinear transformation can make a linear classifier sufficient.
"""

import numpy as np

from .. import data, i18n
from ._checks import as_bool, as_number, solution_line
from ._feedback import MISSING, Feedback, attempt, convert, guarded, hints, short

__all__ = ["POINTS", "LABELS", "REFERENCE", "feature_values", "check", "hint"]

NOTEBOOK = "ex05-product-feature.ipynb"
POINTS, LABELS = data.exercise4_points()
#: The answers of the worked solution.
REFERENCE = {"feature": lambda x1, x2: x1 * x2, "separable": True, "threshold": 0.0}


def _values(feature, X):
    """The student's feature at the rows of ``X``: ``(z, None)`` or ``(None, Feedback)``."""
    z, problem = attempt(feature, X[:, 0].copy(), X[:, 1].copy())
    if problem is not None:
        return None, problem
    if z is MISSING:
        return None, Feedback.missing("`feature` (return ...)")
    got = short(z, 60)
    z, problem = convert(lambda: np.broadcast_to(np.asarray(z, dtype=float), (len(X),)).copy())
    if problem is not None:
        return None, Feedback(False, [i18n.text("checks.function_values", name="feature",
                                                count=len(X), got=got)])
    if not np.all(np.isfinite(z)):
        return None, Feedback(False, [i18n.text("checks.function_values", name="feature",
                                                count=len(X), got=short(z, 60))])
    return z, None


#: The four points in another order: a feature computes from x1 and x2, so its values
#: must follow the points (a hard-coded list of values does not).
_ORDER = np.array([2, 0, 3, 1])


def feature_values(feature):
    """The student's feature at the four points: ``(z, None)`` or ``(None, Feedback)``.

    >>> feature_values(lambda x1, x2: x1 * x2)[0].tolist()
    [1.0, 1.0, -1.0, -1.0]
    """
    if feature is MISSING:
        return None, Feedback.missing("`feature`")
    z, problem = _values(feature, POINTS)
    if problem is not None:
        return None, problem
    moved, problem = _values(feature, POINTS[_ORDER])
    if problem is not None:
        return None, problem
    if not np.allclose(moved, z[_ORDER], rtol=1e-9, atol=1e-12):
        return None, Feedback(False, [i18n.text("ex05.not_a_function")])
    return z, None


def _ranges(z):
    positive, negative = z[LABELS > 0], z[LABELS < 0]
    return (positive.min(), positive.max()), (negative.min(), negative.max())


@guarded
def check(feature=MISSING, separable=MISSING, threshold=MISSING):
    """Check the feature (a function of x1, x2), the yes/no answer and a separating threshold.

    Class +1 must be exactly the points with z > threshold.

    >>> bool(check(**REFERENCE))
    True
    >>> bool(check(lambda x1, x2: x1 + x2, True, 0.0))
    False
    """
    z, problem = feature_values(feature)
    if problem is not None:
        return problem
    answer, problem = as_bool(separable, "separable")
    if problem is not None:
        return problem
    (p_low, p_high), (n_low, n_high) = _ranges(z)
    truly = n_high < p_low
    values = ", ".join(f"({x[0]:g}, {x[1]:g}) → {value:g}" for x, value in zip(POINTS, z))
    lines = [i18n.text("ex05.values", values=values)]
    if not truly:
        if p_high < n_low:
            lines.append(i18n.text("ex05.reversed_feature"))
        else:
            lines.append(i18n.text("ex05.overlap", p_low=p_low, p_high=p_high, n_low=n_low,
                                   n_high=n_high))
        return Feedback(False, [i18n.text("ex05.failed"), *lines, solution_line(NOTEBOOK)])
    if not answer:
        lines.append(i18n.text("ex05.separable_wrong", p_low=p_low, n_high=n_high))
        return Feedback(False, [i18n.text("ex05.failed"), *lines, solution_line(NOTEBOOK)])
    t, problem = as_number(threshold, "threshold")
    if problem is not None:
        return Feedback(False, [*problem.lines, *lines])
    predicted = z > t
    if np.array_equal(predicted, LABELS > 0):
        lines.append(i18n.text("ex05.threshold_right", t=t))
        return Feedback(True, [i18n.text("ex05.passed"), *lines])
    if np.array_equal(predicted, LABELS < 0) or np.array_equal(z < t, LABELS > 0):
        lines.append(i18n.text("ex05.threshold_reversed", t=t))
    else:
        lines.append(i18n.text("ex05.threshold_wrong", t=t, n_high=n_high, p_low=p_low))
    return Feedback(False, [i18n.text("ex05.failed"), *lines, solution_line(NOTEBOOK)])


hint = hints(["ex05.hint1", "ex05.hint2", "ex05.hint3", "ex05.hint4"])
