"""Exercise 11 of §1.11: the perceptron criterion against the hinge loss on 20 points.

Points of the unit square are positive where x1 > x2 (:func:`nbcompanion.data.unit_square`).
Each model is :class:`nbcompanion.perceptron.Perceptron` trained without regularization
(``loss="perceptron"``, eq. 1.8, or ``loss="hinge"``, eq. 1.9) on 20 points and scored on
the same 1000 test points. :func:`experiment` repeats this over many training samples, so
that parts (c) and (d) are answered by measurement: :func:`verdict` compares the mean
accuracy and the spread of the decisions with paired standard errors, and :func:`check`
compares the student's answers with it.
"""

from dataclasses import dataclass
import functools

import numpy as np

from .. import data, i18n
from ..perceptron import Perceptron
from ._feedback import MISSING, Feedback, convert, guarded, hints, shown

__all__ = ["SETTINGS", "LOSSES", "train_sample", "test_points", "fit", "train_many",
           "experiment", "Experiment", "verdict", "check", "hint"]

LOSSES = ("perceptron", "hinge")
#: The training settings of both models: the book's rule, no regularization.
SETTINGS = dict(learning_rate=1.0, max_epochs=1000, shuffle=False)
TEST_SEED = 1111
FIRST_SAMPLE_SEED = 0

hint = hints([f"ex11.hint{i}" for i in range(1, 5)])


def train_sample(seed=FIRST_SAMPLE_SEED, n_samples=20):
    """The training sample number ``seed``: ``n_samples`` labelled points of the square."""
    return data.unit_square(n_samples, random_state=seed)


@functools.lru_cache(maxsize=4)
def _test_points(n_samples):
    return data.unit_square(n_samples, random_state=TEST_SEED)


def test_points(n_samples=1000):
    """The 1000 test points, the same for every training sample.

    >>> X, y = test_points()
    >>> X.shape
    (1000, 2)
    """
    X, y = _test_points(n_samples)
    return X.copy(), y.copy()


def fit(X, y, loss):
    """One model of the exercise, trained with :data:`SETTINGS`.

    >>> X, y = train_sample()
    >>> fit(X, y, "hinge").score(*test_points()) > 0.5
    True
    """
    return Perceptron(loss=loss, **SETTINGS).fit(X, y)


def train_many(X, y, loss, *, learning_rate=1.0, max_epochs=1000):
    """Train one perceptron per training sample at once, by the rule of ``Perceptron``.

    Exactly the arithmetic of ``Perceptron(loss=loss, shuffle=False, ...)`` with a bias
    neuron, run on all samples together so that hundreds of samples train in a fraction of
    a second (tested to give bitwise the same weights).

    Parameters
    ----------
    X : ndarray of shape (n_repeats, n_samples, n_features)
    y : ndarray of shape (n_repeats, n_samples), values -1 and +1
    loss : {"perceptron", "hinge"}

    Returns
    -------
    weights : ndarray of shape (n_repeats, n_features + 1)
        W and, last, the bias b of each sample's model.
    converged : ndarray of shape (n_repeats,), dtype bool
        Whether training ended with an epoch without update before ``max_epochs``.

    >>> X, y = train_sample()
    >>> W, done = train_many(X[None], y[None], "perceptron")
    >>> np.allclose(W[0, :2], fit(X, y, "perceptron").coef_)
    True
    """
    if loss not in LOSSES:
        raise ValueError(f"Unknown loss {loss!r}; expected 'perceptron' or 'hinge'.")
    features = np.concatenate([X, np.ones(X.shape[:2] + (1,))], axis=2)
    scale, threshold = (2.0, 0.0) if loss == "perceptron" else (1.0, 1.0)
    # Examples first, so that each step reads contiguous rows. With y = ±1, y·(W·X) is
    # W·(yX) and (α E) X is (α · scale) (yX) exactly, so the arithmetic is Perceptron's.
    signed = np.ascontiguousarray((y[:, :, None] * features).transpose(1, 0, 2))
    moves = learning_rate * scale * signed
    weights = np.zeros((X.shape[0], features.shape[2]))
    active = np.arange(X.shape[0])
    for _ in range(max_epochs):
        W, S, M = weights[active], signed[:, active], moves[:, active]
        changed = np.zeros(len(active), dtype=bool)
        for i in range(len(S)):
            margin = np.einsum("sd,sd->s", W, S[i])
            wrong = margin <= 0 if threshold == 0 else margin < threshold
            W += wrong[:, None] * M[i]  # adding 0 leaves a weight unchanged
            changed |= wrong
        weights[active] = W
        active = active[changed]
        if active.size == 0:
            break
    converged = np.ones(X.shape[0], dtype=bool)
    converged[active] = False
    return weights, converged


@dataclass
class Experiment:
    """Both models trained on ``n_repeats`` training samples and scored on one test set.

    Attributes
    ----------
    X_train : ndarray of shape (n_repeats, n_train, 2)
    y_train : ndarray of shape (n_repeats, n_train)
    X_test : ndarray of shape (n_test, 2)
    y_test : ndarray of shape (n_test,)
    weights : dict of str to ndarray of shape (n_repeats, 3)
        Per loss, W and b of each sample's model.
    predictions : dict of str to ndarray of shape (n_repeats, n_test)
    converged : dict of str to ndarray of shape (n_repeats,)
    """

    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray
    weights: dict
    predictions: dict
    converged: dict

    @property
    def n_repeats(self):
        """Number of training samples."""
        return len(self.X_train)

    def accuracy(self, loss):
        """Test accuracy of each sample's model, shape (n_repeats,)."""
        return (self.predictions[loss] == self.y_test).mean(axis=1)

    def fraction_positive(self, loss):
        """For each test point, the fraction of samples whose model calls it positive."""
        return (self.predictions[loss] == 1).mean(axis=0)

    def changing(self, loss):
        """Fraction of test points whose decision is not the same for every sample."""
        share = self.fraction_positive(loss)
        return float(np.mean((share > 0) & (share < 1)))

    def changes(self, loss):
        """Per pair of samples (0 and 1, 2 and 3, …), the fraction of test points decided differently.

        This is part (d) measured directly: train on one sample, then on another, and count
        the test points whose class changes. Disjoint pairs give independent values.
        """
        decisions = self.predictions[loss]
        pairs = len(decisions) // 2
        return (decisions[0:2 * pairs:2] != decisions[1:2 * pairs:2]).mean(axis=1)

    def summary(self):
        """A dict per loss: mean and std of the accuracy, changed decisions, converged runs."""
        return {loss: {"accuracy_mean": float(self.accuracy(loss).mean()),
                       "accuracy_std": float(self.accuracy(loss).std()),
                       "changing": self.changing(loss),
                       "changes": float(self.changes(loss).mean()),
                       "converged": int(self.converged[loss].sum())}
                for loss in LOSSES}


@functools.lru_cache(maxsize=4)
def experiment(n_repeats=200, n_train=20, n_test=1000):
    """Train both models on ``n_repeats`` seeded training samples (seeds 0, 1, …).

    The result is cached: the notebook, the checker and the explorer share one run.

    >>> result = experiment(3)
    >>> result.predictions["hinge"].shape
    (3, 1000)
    """
    samples = [train_sample(FIRST_SAMPLE_SEED + s, n_train) for s in range(n_repeats)]
    X_train = np.array([X for X, _ in samples])
    y_train = np.array([y for _, y in samples])
    X_test, y_test = _test_points(n_test)
    weights, predictions, converged = {}, {}, {}
    for loss in LOSSES:
        weights[loss], converged[loss] = train_many(
            X_train, y_train, loss, learning_rate=SETTINGS["learning_rate"],
            max_epochs=SETTINGS["max_epochs"])
        scores = weights[loss][:, :2] @ X_test.T + weights[loss][:, 2:]
        predictions[loss] = np.where(scores > 0, 1.0, -1.0)
    return Experiment(X_train, y_train, X_test.copy(), y_test.copy(), weights, predictions,
                      converged)


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
