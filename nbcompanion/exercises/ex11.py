"""Exercise 11 of §1.11: the perceptron criterion against the hinge loss on 20 points.

Points of the unit square are positive where x1 > x2 (:func:`nbcompanion.data.unit_square`).
Each model is :class:`nbcompanion.perceptron.Perceptron` trained without regularization
(``loss="perceptron"``, eq. 1.8, or ``loss="hinge"``, eq. 1.9) on 20 points and scored on
the same 1000 test points. :func:`experiment` repeats this over many training samples, so
that parts (c) and (d) are answered by measurement: :func:`verdict` compares the mean
accuracy and the spread of the decisions with paired standard errors, and :func:`check`
compares the student's answers with it.
"""


import numpy as np

from .. import i18n
from ._feedback import MISSING, Feedback, convert, guarded, hints, shown

__all__ = ["SETTINGS", "LOSSES", "train_sample", "test_points", "fit", "train_many",
           "experiment", "Experiment", "verdict", "check", "hint"]

hint = hints([f"ex11.hint{i}" for i in range(1, 5)])

# The model of the exercise lives in nbcompanion.sampling (the explorer uses it too).
from ..sampling import (  # noqa: E402,F401
    FIRST_SAMPLE_SEED,
    LOSSES,
    SETTINGS,
    TEST_SEED,
    Experiment,
    _test_points,
    experiment,
    fit,
    test_points,
    train_many,
    train_sample,
)


def _compare(hinge, perceptron, higher_is_better):
    """"hinge", "perceptron" or "same" from paired per-sample values (2 standard errors)."""
    difference = np.asarray(hinge) - np.asarray(perceptron)
    mean = difference.mean()
    error = difference.std(ddof=1) / np.sqrt(len(difference))
    if abs(mean) <= 2 * error:
        return "same", float(mean), float(error)
    better = (mean > 0) == higher_is_better
    return ("hinge" if better else "perceptron"), float(mean), float(error)


def verdict(result=None):
    """The measured answers to (c) and (d), with the numbers behind them.

    (c) compares the test accuracies, paired over the same training samples; (d) the
    fraction of test points whose class changes between two training samples, paired over
    the same pairs of samples.
    """
    result = experiment() if result is None else result
    c = _compare(result.accuracy("hinge"), result.accuracy("perceptron"), True)
    d = _compare(result.changes("hinge"), result.changes("perceptron"), False)
    return {"c": c[0], "c_difference": c[1], "c_error": c[2],
            "d": d[0], "d_difference": d[1], "d_error": d[2]}


_CHOICES = ("perceptron", "hinge", "same")
_ALIASES = {"svm": "hinge", "hinge loss": "hinge", "perceptron criterion": "perceptron",
            "персептрон": "perceptron", "перцептрон": "perceptron",
            "кусочно-линейные потери": "hinge", "одинаково": "same", "equal": "same",
            "about the same": "same", "no difference": "same", "одинаковы": "same"}


@guarded
def check(a=MISSING, b=MISSING, c=MISSING, d=MISSING):
    """Check the accuracies of (a) and (b) on the first sample and the choices (c), (d)."""
    X, y = train_sample()
    X_test, y_test = test_points()
    measured = {loss: fit(X, y, loss).score(X_test, y_test) for loss in LOSSES}
    answers = verdict()
    summary = experiment().summary()
    parts = [
        ("a", _check_accuracy(a, "a", measured["perceptron"], measured["hinge"])),
        ("b", _check_accuracy(b, "b", measured["hinge"], measured["perceptron"])),
        ("c", _check_choice(c, "c", answers, summary)),
        ("d", _check_choice(d, "d", answers, summary)),
    ]
    passed = all(ok for _, (ok, _) in parts)
    marks = " · ".join(f"({i18n.text(f'ex11.part.{name}')}) {'✓' if ok else '✗'}"
                       for name, (ok, _) in parts)
    lines = [marks] + [line for _, (_, line) in parts]
    if passed:
        lines.append(i18n.text("exercise.solution", notebook="ex11-perceptron-vs-hinge.ipynb"))
    return Feedback(passed, lines)


def _check_accuracy(value, name, expected, other):
    part = i18n.text(f"ex11.part.{name}")
    if value is MISSING:
        return False, Feedback.missing(f"`answer_{name}`").lines[0]
    if isinstance(value, np.ndarray) and value.shape == () and value.dtype != object:
        value = value.item()
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, (int, float, np.number)):
        return False, i18n.text("ex11.not_number", part=part, got=type(value).__name__)
    number, problem = convert(float, value)
    if problem is not None or not np.isfinite(number):
        return False, i18n.text("ex11.not_number", part=part, got=shown(value))
    value = number
    if np.isclose(value, expected, atol=1e-9):
        return True, i18n.text("ex11.accuracy_right", part=part, value=f"{expected:.3f}")
    if 1 < value <= 100 and np.isclose(value / 100, expected, atol=1e-9):
        return False, i18n.text("ex11.percent", part=part)
    if value == 1.0:
        return False, i18n.text("ex11.training_accuracy", part=part)
    if np.isclose(value, other, atol=1e-9):
        return False, i18n.text("ex11.swapped", part=part)
    return False, i18n.text("ex11.accuracy_wrong", part=part, value=f"{value:.4g}")


def _check_choice(value, name, answers, summary):
    part = i18n.text(f"ex11.part.{name}")
    if value is MISSING:
        return False, Feedback.missing(f"`answer_{name}`").lines[0]
    choice = _ALIASES.get(value.strip().lower(), value.strip().lower()) \
        if isinstance(value, str) else None
    if choice not in _CHOICES:
        return False, i18n.text("ex11.bad_choice", part=part, got=shown(value))
    p, h = summary["perceptron"], summary["hinge"]
    numbers = dict(
        p_acc=f"{p['accuracy_mean']:.3f}", p_std=f"{p['accuracy_std']:.3f}",
        h_acc=f"{h['accuracy_mean']:.3f}", h_std=f"{h['accuracy_std']:.3f}",
        diff=f"{answers[f'{name}_difference']:+.4f}", se=f"{answers[f'{name}_error']:.4f}",
        p_dis=f"{p['changes']:.3f}", h_dis=f"{h['changes']:.3f}",
        p_chg=f"{p['changing']:.2f}", h_chg=f"{h['changing']:.2f}",
        n=experiment().n_repeats, measured=i18n.text(f"ex11.choice.{answers[name]}"))
    right = choice == answers[name]
    key = f"ex11.{name}_{'right' if right else 'wrong'}"
    return right, i18n.text(key, **numbers)
