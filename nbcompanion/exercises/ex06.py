"""Exercise 6 of §1.11: implement the perceptron.

The student writes ``train_perceptron(X, y, alpha, epochs) -> (W, b)``: start from W = 0,
b = 0, visit the examples in order ``epochs`` times, and on each mistake apply eq. (1.5),
W ⇐ W + α (y - ŷ) X, with the bias neuron's weight b updated in the same way (eq. 1.2,
Fig. 1.3 b). A tie W·X + b = 0 counts as a mistake. :func:`check` runs it on data the
student has not seen, separable and not, and compares it with
:class:`nbcompanion.perceptron.Perceptron` step by step: it names the first step at which
the weights differ, the example used, and the update that step should have made.
"""

import numpy as np

from .. import data, i18n
from ..perceptron import Perceptron
from ._feedback import MISSING, Feedback, attempt, convert, guarded, hints, short

__all__ = ["check", "hint", "reference", "CASES"]

#: The unseen test cases: (name, data generator, alpha, epochs).
CASES = (
    ("separable", lambda: data.linearly_separable(12, random_state=606), 1.0, 4),
    ("not_separable", lambda: data.non_separable(15, overlap=0.9, random_state=607), 0.5, 3),
    ("three_features", lambda: _three_features(608), 0.1, 3),
)

_TOLERANCE = dict(rtol=1e-9, atol=1e-12)

hint = hints([f"ex06.hint{i}" for i in range(1, 5)])


def _three_features(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(10, 3))
    return X, np.where(X @ [1.0, -2.0, 0.5] + 0.3 > 0, 1.0, -1.0)


def reference(X, y, alpha, epochs):
    """The weights ``(W, b)`` and the trajectory of the package's perceptron on (X, y).

    >>> W, b, history = reference([[1.0, 0.0], [0.0, 1.0]], [1.0, -1.0], 1.0, 1)
    >>> W.tolist(), b, history.n_steps
    ([2.0, -2.0], 0.0, 2)
    """
    model = Perceptron(learning_rate=alpha, shuffle=False, max_epochs=epochs).fit(X, y)
    return model.coef_, model.intercept_, model.history_


@guarded
def check(train_perceptron=MISSING):
    """Compare the student's ``train_perceptron`` with the reference on unseen data.

    Returns a :class:`Feedback`: the first case and step where the weights differ, with
    the example used and the update that was due, or a pass.
    """
    if train_perceptron is MISSING:
        return Feedback.missing("`train_perceptron`")
    if not callable(train_perceptron):
        return Feedback(False, [i18n.text("exercise.not_callable",
                                          got=type(train_perceptron).__name__)])
    for name, make, alpha, epochs in CASES:
        X, y = make()
        result, problem = _run(train_perceptron, X, y, alpha, epochs)
        if problem is not None:
            return problem
        W, b, history = reference(X, y, alpha, epochs)
        if not _same(result, W, b):
            again, problem = _run(train_perceptron, X, y, alpha, epochs)
            if problem is None and not _same(again, *result):
                return Feedback(False, [i18n.text("ex06.case_failed",
                                                  case=i18n.text(f"ex06.case.{name}")),
                                        i18n.text("ex06.why.random")])
            slip = _slip(X, y, alpha, epochs, result) or _order_probe(train_perceptron)
            return _explain(train_perceptron, name, X, y, alpha, epochs, result, history, slip)
    return Feedback(True, [
        i18n.text("ex06.passed", cases=len(CASES)),
        *(i18n.text(f"ex06.case.{name}") for name, *_ in CASES),
        i18n.text("exercise.solution", notebook="ex06-implement-perceptron.ipynb"),
    ])


def _run(function, X, y, alpha, epochs):
    """Call the student's function on copies; return ((W, b), None) or (None, Feedback)."""
    value, problem = attempt(function, X.copy(), y.copy(), alpha, epochs)
    if problem is not None:
        return None, problem
    if value is MISSING or (isinstance(value, tuple) and any(v is MISSING for v in value)):
        return None, Feedback.missing("`train_perceptron`")
    if value is None:
        return None, Feedback(False, [i18n.text("ex06.returned_none")])
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        return None, Feedback(False, [i18n.text("ex06.not_pair", got=_describe(value))])
    W, b = value
    if W is None or b is None:
        return None, Feedback(False, [i18n.text("ex06.none_inside",
                                                which="W" if W is None else "b")])
    W, problem = convert(lambda: np.array(W, dtype=float))
    if problem is None:
        b, problem = convert(lambda: float(np.asarray(b, dtype=float).reshape(())))
    if problem is not None:
        return None, Feedback(False, [i18n.text(
            "ex06.bad_types", W=_describe(value[0]), b=_describe(value[1]))])
    if W.size == X.shape[1] and not (np.isfinite(W).all() and np.isfinite(b)):
        return None, Feedback(False, [i18n.text("ex06.not_finite")])
    if W.shape != (X.shape[1],):
        return None, Feedback(False, [i18n.text(
            "ex06.bad_shape", got=W.shape, expected=(X.shape[1],), n=X.shape[1])])
    if not (np.isfinite(W).all() and np.isfinite(b)):
        return None, Feedback(False, [i18n.text("ex06.not_finite")])
    return (W, b), None


def _same(result, W, b):
    return np.allclose(result[0], W, **_TOLERANCE) and np.isclose(result[1], b, **_TOLERANCE)


def _explain(function, name, X, y, alpha, epochs, result, history, slip=None):
    """Find the first step where the student's weights leave the reference trajectory."""
    n = len(y)
    steps = history.n_steps
    stream_X, stream_y = np.tile(X, (epochs, 1)), np.tile(y, epochs)
    case = i18n.text(f"ex06.case.{name}")
    before = (np.zeros(X.shape[1]), 0.0)
    for k in range(1, steps + 1):
        # One pass over the first k examples of the repeated data is the reference's first
        # k steps, so a correct single pass must agree with the trajectory at every k.
        value, problem = _run(function, stream_X[:k], stream_y[:k], alpha, 1)
        if problem is not None:
            return Feedback(False, [i18n.text("ex06.failed_on_prefix", k=k), *problem.lines])
        expected = history.weights[k]
        if not _same(value, expected[:-1], expected[-1]):
            return _step_feedback(case, k, n, stream_X[k - 1], stream_y[k - 1], alpha,
                                  history.weights[k - 1], expected, before, value, slip,
                                  stream_X[:k], stream_y[:k])
        before = value
    # Every prefix of one long pass agrees: the difference comes from the repeated epochs.
    for e in range(1, epochs + 1):
        value, problem = _run(function, X, y, alpha, e)
        if problem is not None:
            return Feedback(False, [i18n.text("ex06.epochs", case=case, epoch=e),
                                    *problem.lines])
        last = history.weights[min(e * n, steps)]
        if not _same(value, last[:-1], last[-1]):
            lines = [
                i18n.text("ex06.epochs", case=case, epoch=e),
                i18n.text("ex06.expected_weights", W=_fmt(last[:-1]), b=_fmt(last[-1]),
                          epoch=e),
                i18n.text("ex06.yours", W=_fmt(value[0]), b=_fmt(value[1]), epoch=e),
            ]
            if slip is not None:
                lines.append(i18n.text(slip))
            lines.append(i18n.text("ex06.epochs_why"))
            return Feedback(False, lines)
    return Feedback(False, [i18n.text("ex06.differs", case=case)])


def _step_feedback(case, k, n, x, target, alpha, start, expected, before, value, slip,
                   seen_X, seen_y):
    score = float(start[:-1] @ x + start[-1])
    mistake = target * score <= 0
    due = (expected[:-1] - start[:-1], expected[-1] - start[-1])
    made = (value[0] - before[0], value[1] - before[1])
    lines = [
        i18n.text("ex06.first_difference", case=case, k=k, epoch=(k - 1) // n + 1,
                  i=(k - 1) % n, x=_fmt(x), y=int(target)),
        i18n.text("ex06.state", W=_fmt(start[:-1]), b=_fmt(start[-1]), score=_fmt(score)),
        i18n.text("ex06.mistake" if mistake else "ex06.correct",
                  tie=i18n.text("ex06.tie") if score == 0 else ""),
        i18n.text("ex06.due", dW=_fmt(due[0]), db=_fmt(due[1])),
        i18n.text("ex06.made", dW=_fmt(made[0]), db=_fmt(made[1])),
    ]
    diagnosis = slip or _diagnose(mistake, score, due, made, seen_X, seen_y, alpha)
    if diagnosis:
        lines.append(i18n.text(diagnosis))
    return Feedback(False, lines)


def _diagnose(mistake, score, due, made, seen_X, seen_y, alpha):
    """Name the typical slip behind one wrong step, or None.

    Used when no whole-run slip of :func:`_slip` matched; it only names what this one step
    shows for certain.
    """
    due_all = np.append(due[0], due[1])
    made_all = np.append(made[0], made[1])
    others = [np.append(2 * alpha * t * x, 2 * alpha * t) for x, t in zip(seen_X[:-1], seen_y[:-1])]
    if not np.allclose(made_all, 0) and any(np.allclose(made_all, o) for o in others) \
            and not np.allclose(made_all, due_all):
        return "ex06.why.order"  # the update of another example: shuffled or reordered
    if not mistake:
        return "ex06.why.updated_when_correct"
    if score == 0 and np.allclose(made_all, 0):
        return "ex06.why.tie"  # a tie taken as a correct answer (np.sign(0) = 0, or y·s < 0)
    if np.allclose(made_all, 0):
        return "ex06.why.no_update"
    if np.allclose(made_all, -due_all):
        return "ex06.why.sign"
    if np.allclose(made_all, due_all / 2):
        return "ex06.why.half"
    if np.allclose(made[0], due[0]) and not np.isclose(made[1], due[1]):
        return "ex06.why.bias"
    return None


def _train_variant(X, y, alpha, epochs, slip):
    """The final (W, b) of the perceptron with one typical slip (see :data:`_SLIPS`)."""
    W, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        if slip == "reset":
            W, b = np.zeros(X.shape[1]), 0.0
        for x, t in zip(X, y):
            score = W @ x + b
            if slip == "tie":
                wrong = t * score < 0
                step = 2 * t if wrong else 0.0
            elif slip == "sign_zero":
                step = t - np.sign(score)
            elif slip == "always":
                step = 2 * t
            else:
                step = 2 * t if t * score <= 0 else 0.0
            if slip == "half":
                step /= 2
            if slip == "sign":
                step = -step
            W = W + alpha * step * x
            if slip != "bias":
                b = b + alpha * step
    return W, b


#: Slips recognised from the whole run, by the message that names them.
_SLIPS = {"half": "ex06.why.half", "sign_zero": "ex06.why.sign_zero", "tie": "ex06.why.tie",
          "sign": "ex06.why.sign", "bias": "ex06.why.bias", "always": "ex06.why.always",
          "reset": "ex06.why.reset"}


def _slip(X, y, alpha, epochs, result):
    """The message key of the slip whose run gives exactly the student's weights, or None.

    The data sets are such that the slips give different weights, so a match names the
    cause (for example a missing factor 2 and ``np.sign(0) = 0`` differ after the first
    mistake that is not a tie).
    """
    for slip, key in _SLIPS.items():
        W, b = _train_variant(X, y, alpha, epochs, slip)
        if _same(result, W, b):
            return key
    return None


#: Two examples whose order decides the result: in order W = (2, 0), reversed W = (0, 2).
_PROBE = (np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([1.0, 1.0]))


def _order_probe(function):
    """"ex06.why.order" if the function visits the probe's two examples in reverse order."""
    value, problem = _run(function, *_PROBE, 1.0, 1)
    if problem is None and _same(value, np.array([0.0, 2.0]), 2.0):
        return "ex06.why.order"
    return None


def _fmt(value):
    array = np.round(np.asarray(value, dtype=float), 4) + 0.0  # no "-0.0"
    if array.ndim == 0:
        return f"{float(array):g}"
    return "(" + ", ".join(f"{v:g}" for v in array) + ")"


def _describe(value):
    shape = getattr(value, "shape", None)
    name = short(type(value).__name__, 40)
    if isinstance(shape, tuple):
        return i18n.text("ex06.of_shape", type=name, shape=short(str(shape), 40))
    return name
