"""Exercise 1 of §1.11: separate XOR with a hidden layer of ReLU units, as in Fig. 1.14.

The network is the one of §1.5.1: hidden values h = ReLU(W_hiddenᵀ x + b_hidden), one
column of ``W_hidden`` per hidden unit, and a linear output O = w_out · h + b_out, eq. (1.35)
with weights. The class of (1, 0) and (0, 1) must get O > 0.5, the class of (0, 0) and
(1, 1) must get O < 0.5.
"""

import numpy as np

from .. import data, feature_space, i18n
from ._checks import as_array, as_number, is_missing, solution_line
from ._feedback import MISSING, Feedback, convert, guarded, hints, number, numbers

__all__ = ["POINTS", "LABELS", "THRESHOLD", "REFERENCE", "forward", "check", "hint"]

NOTEBOOK = "ex01-xor-relu.ipynb"
#: The XOR points and their classes: +1 for (1, 0) and (0, 1), -1 for (0, 0) and (1, 1).
POINTS, LABELS = data.xor()
#: The output separates the classes at this value.
THRESHOLD = 0.5
#: One solution: h1 = ReLU(x1 - x2), h2 = ReLU(x2 - x1), O = h1 + h2 = |x1 - x2|.
REFERENCE = {"W_hidden": [[1.0, -1.0], [-1.0, 1.0]], "b_hidden": [0.0, 0.0],
             "w_out": [1.0, 1.0], "b_out": 0.0}


def forward(W_hidden, b_hidden, w_out, b_out, X=POINTS):
    """Hidden values and output of the network of §1.5.1 on the rows of ``X``.

    Parameters
    ----------
    W_hidden : ndarray of shape (2, n_hidden)
        Column j holds the weights from x1, x2 into hidden unit j.
    b_hidden : ndarray of shape (n_hidden,)
    w_out : ndarray of shape (n_hidden,)
    b_out : float
    X : ndarray of shape (n_points, 2)

    Returns
    -------
    H : ndarray of shape (n_points, n_hidden)
        ReLU(X W_hidden + b_hidden), the points in hidden space.
    O : ndarray of shape (n_points,)
        H w_out + b_out.

    Examples
    --------
    >>> H, O = forward(**REFERENCE)
    >>> O.tolist()
    [0.0, 0.0, 1.0, 1.0]
    """
    return feature_space.relu_forward(W_hidden, b_hidden, w_out, b_out, X)


def _point(x):
    return f"({x[0]:g}, {x[1]:g})"  # the XOR points: integers, no decimal separator


def _vector(h, shown=4):
    values = [number(value, 3) for value in h[:shown]]
    if len(h) > shown:
        values.append(f"… ({len(h)})")
    return "(" + ", ".join(values) + ")"


def _read(W_hidden, b_hidden, w_out, b_out):
    if is_missing(W_hidden):
        return None, Feedback.missing("`W_hidden`")
    array, problem = convert(lambda: np.asarray(W_hidden, dtype=float))
    shape = () if problem is not None else array.shape  # as_array below says what is wrong
    n_hidden = shape[1] if len(shape) == 2 and shape[1] > 0 else 2
    meaning = i18n.text("ex01.shape_W")
    W, problem = as_array(W_hidden, "W_hidden", (2, n_hidden), meaning)
    if problem is not None:
        return None, problem
    b, problem = as_array(b_hidden, "b_hidden", (n_hidden,), i18n.text("ex01.shape_units"))
    if problem is not None:
        return None, problem
    w, problem = as_array(w_out, "w_out", (n_hidden,), i18n.text("ex01.shape_units"))
    if problem is not None:
        return None, problem
    c, problem = as_number(b_out, "b_out")
    if problem is not None:
        return None, problem
    return (W, b, w, c), None


def _misplaced(O):
    want_high = LABELS > 0
    return np.where(want_high, O <= THRESHOLD, O >= THRESHOLD)


@guarded
def check(W_hidden=MISSING, b_hidden=(0.0, 0.0), w_out=MISSING, b_out=0.0):
    """Check a ReLU network for XOR; return :class:`Feedback` with a line for each point.

    >>> bool(check(**REFERENCE))
    True
    >>> bool(check([[1, 0], [0, 1]], [0, 0], [1, 1], 0))
    False
    """
    weights, problem = _read(W_hidden, b_hidden, w_out, b_out)
    if problem is not None:
        return problem
    H, O = forward(*weights)
    wrong = _misplaced(O)
    lines = []
    for x, label, h, o, bad in zip(POINTS, LABELS, H, O, wrong):
        sign = ">" if label > 0 else "<"
        key = "ex01.point_wrong" if bad else "ex01.point_right"
        output, threshold = numbers(o, THRESHOLD) if abs(o - THRESHOLD) < 1e-3 else \
            (number(o, 3), number(THRESHOLD))
        lines.append(i18n.text(key, point=_point(x), h=_vector(h), output=output,
                               relation=sign, threshold=threshold))
    if not wrong.any():
        return Feedback(True, [i18n.text("ex01.passed"), *lines])
    return Feedback(False, [i18n.text("ex01.failed", count=int(wrong.sum())), *lines,
                            *_diagnose(weights, H, wrong), solution_line(NOTEBOOK)])


def _diagnose(weights, H, wrong):
    """Explain common mistakes: a merged hidden point, transposed weights, a reversed output."""
    notes = []
    for i in range(len(POINTS)):
        for j in range(i + 1, len(POINTS)):
            if LABELS[i] != LABELS[j] and np.allclose(H[i], H[j]):
                notes.append(i18n.text("ex01.merged", first=_point(POINTS[i]),
                                       second=_point(POINTS[j]), h=_vector(H[i])))
    W, b, w, c = weights
    if W.shape[0] == W.shape[1] and not _misplaced(forward(W.T, b, w, c)[1]).any():
        notes.append(i18n.text("ex01.transposed"))
    if wrong.all():
        notes.append(i18n.text("ex01.reversed"))
    return notes


hint = hints(["ex01.hint1", "ex01.hint2", "ex01.hint3", "ex01.hint4"])
