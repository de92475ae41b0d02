"""Exercise 4 of §1.11: the perceptron on four XOR-like points never settles.

(-1, -1) and (1, 1) are class +1, (1, -1) and (-1, 1) class -1. From W = (0, 0) with α = 1,
visiting the points in this order, eq. (1.5) moves W to (-2, -2), back to (0, 0), to
(-2, 2) and back to (0, 0) in every pass: a cycle of four updates. No W classifies all four
points (W·(1, 1) > 0 forces W·(-1, -1) < 0), so some update always follows.
"""

import numpy as np

from .. import data, i18n
from ..perceptron import Perceptron, criterion_path
from ._checks import as_bool, as_choice, solution_line
from ._feedback import MISSING, Feedback, attempt, convert, guarded, hints, short

__all__ = ["POINTS", "LABELS", "ALPHA", "REASONS", "REFERENCE_REASON", "trajectory",
           "criterion", "reference_update", "check", "hint"]

NOTEBOOK = "ex04-perceptron-cycles.ipynb"
POINTS, LABELS = data.exercise4_points()
ALPHA = 1.0
#: The choices offered for "why?", by letter; C is right.
REASONS = ("A", "B", "C", "D")
REFERENCE_REASON = "C"
_EPOCHS = 3


def trajectory(epochs=_EPOCHS):
    """The weights after every step of training from W = (0, 0) with α = 1.

    Uses :class:`nbcompanion.perceptron.Perceptron` (a tie W·X = 0 counts as a mistake).

    Returns
    -------
    TrainingHistory
        ``weights`` has shape (4·epochs + 1, 2).

    Examples
    --------
    >>> trajectory(1).weights.tolist()
    [[0.0, 0.0], [-2.0, -2.0], [0.0, 0.0], [-2.0, 2.0], [0.0, 0.0]]
    """
    model = Perceptron(learning_rate=ALPHA, shuffle=False, fit_bias=False, max_epochs=epochs)
    return model.fit(POINTS, LABELS).history_


def criterion(W):
    """The perceptron criterion of eq. (1.8) summed over the four points, for weights ``W``.

    >>> criterion([0.0, 0.0]), criterion([-2.0, -2.0])
    (0.0, 4.0)
    """
    return float(criterion_path(np.reshape(np.asarray(W, dtype=float), (1, -1)), POINTS, LABELS)[0])


def reference_update(W, x, y, alpha):
    """One stochastic step of eq. (1.5): W + α (y - ŷ) x, with a tie W·x = 0 a mistake.

    >>> reference_update(np.zeros(2), np.array([-1.0, -1.0]), 1.0, 1.0).tolist()
    [-2.0, -2.0]
    """
    y_hat = -y if y * np.dot(W, x) <= 0 else y
    return W + alpha * (y - y_hat) * x


def _run(update, steps):
    """The student's trajectory over ``steps`` steps; (weights, None) or (None, Feedback)."""
    W = np.zeros(2)
    weights = [W]
    for step in range(steps):
        i = step % len(POINTS)
        result, problem = attempt(update, W.copy(), POINTS[i].copy(), float(LABELS[i]), ALPHA)
        if problem is not None:
            return None, problem
        new, problem = _weights(result, step + 1)
        if problem is not None:
            return None, problem
        W = new
        weights.append(W)
    return np.array(weights), None


def _weights(result, step):
    """The student's new weights as 2 finite floats, or (None, Feedback) naming the problem."""
    if result is MISSING:
        return None, Feedback.missing("`update` (return ...)")
    if result is None:
        return None, Feedback(False, [i18n.text("ex04.update_none", step=step)])
    new, problem = convert(lambda: np.array(result, dtype=float))
    if problem is not None or new.shape != (2,):
        got = short(result, 60) if problem is not None else i18n.text(
            "ex04.shape", shape=new.shape)
        return None, Feedback(False, [i18n.text("ex04.update_shape", got=got, step=step)])
    if not np.all(np.isfinite(new)):
        return None, Feedback(False, [i18n.text("ex04.update_finite", step=step,
                                                got=short(new, 60))])
    return new, None


def _unseen_cases():
    """Inputs the notebook never shows: random weights, points, labels and rates."""
    rng = np.random.default_rng(404)
    for _ in range(12):
        yield (rng.normal(size=2) * 3, rng.normal(size=2) * 2, float(rng.choice([-1.0, 1.0])),
               float(rng.uniform(0.1, 2.0)))


def _check_unseen(update):
    """None if the rule is eq. (1.5) on unseen inputs too, else the lines saying where not."""
    for W, x, y, alpha in _unseen_cases():
        result, problem = attempt(update, W.copy(), x.copy(), y, alpha)
        if problem is not None:
            return problem.lines
        new, problem = _weights(result, "—")
        if problem is not None:
            return problem.lines
        expected = reference_update(W, x, y, alpha)
        if not np.allclose(new, expected, rtol=1e-9, atol=1e-12):
            return [i18n.text("ex04.update_unseen", W=_point(W), x=_point(x), y=f"{y:+g}",
                              alpha=f"{alpha:.3g}", got=_point(new), expected=_point(expected))]
    return None


def _sign_zero_trajectory(steps):
    """The trajectory with ŷ = sign(W·x) and sign(0) = 0: a tie gives half a step."""
    W, weights = np.zeros(2), [np.zeros(2)]
    for step in range(steps):
        x, y = POINTS[step % 4], LABELS[step % 4]
        W = W + ALPHA * (y - np.sign(W @ x)) * x
        weights.append(W)
    return np.array(weights)


def _check_update(update):
    """(passed, lines) for the student's update rule, or a Feedback that stops the check."""
    expected = trajectory().weights
    got, problem = _run(update, len(expected) - 1)
    if problem is not None:
        return problem
    if np.allclose(got, expected) or np.allclose(got, _sign_zero_trajectory(len(expected) - 1)):
        unseen = _check_unseen(update)
        if unseen is not None:
            return False, [i18n.text("ex04.update_replays"), *unseen]
        if np.allclose(got, expected):
            return True, [i18n.text("ex04.update_right", steps=len(got) - 1)]
        return True, [i18n.text("ex04.update_sign_zero")]
    step = int(np.flatnonzero(~np.all(np.isclose(got, expected), axis=1))[0])
    i = (step - 1) % 4
    lines = [i18n.text("ex04.update_wrong", step=step, point=_point(POINTS[i]),
                       label=f"{LABELS[i]:+g}", before=_point(expected[step - 1]),
                       got=_point(got[step]), expected=_point(expected[step]))]
    if np.allclose(got[step] - expected[step - 1], -(expected[step] - expected[step - 1])):
        lines.append(i18n.text("ex04.update_sign"))
    return False, lines


def _point(w):
    return "(" + ", ".join(f"{value:.4g}" for value in w) + ")"


@guarded
def check(update=MISSING, converges=MISSING, reason=MISSING):
    """Check the update rule, the answer to (a) and the choice of reason for (b).

    >>> bool(check(reference_update, False, "C"))
    True
    """
    passed, lines = True, []
    result = _check_update(update) if update is not MISSING else Feedback.missing("`update`")
    if isinstance(result, Feedback):
        passed, lines = False, list(result.lines)
    else:
        passed &= result[0]
        lines += result[1]
    value, problem = as_bool(converges, "converges")
    if problem is not None:
        passed, lines = False, lines + problem.lines
    elif value:
        passed = False
        lines.append(i18n.text("ex04.converges_wrong"))
    else:
        lines.append(i18n.text("ex04.converges_right"))
    choice, problem = as_choice(reason, "reason", REASONS)
    if problem is not None:
        passed, lines = False, lines + problem.lines
    elif choice != REFERENCE_REASON:
        passed = False
        lines.append(i18n.text(f"ex04.reason_{choice}"))
    else:
        lines.append(i18n.text("ex04.reason_C"))
    if passed:
        return Feedback(True, [i18n.text("ex04.passed"), *lines])
    return Feedback(False, [i18n.text("ex04.failed"), *lines, solution_line(NOTEBOOK)])


hint = hints(["ex04.hint1", "ex04.hint2", "ex04.hint3", "ex04.hint4"])
