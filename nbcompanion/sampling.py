"""How much a linear classifier depends on its training sample (exercise 11 of §1.11).

Points of the unit square are positive where x1 > x2 (:func:`nbcompanion.data.unit_square`).
Each model is :class:`nbcompanion.perceptron.Perceptron` trained without regularization
(``loss="perceptron"``, eq. 1.8, or ``loss="hinge"``, eq. 1.9) on 20 points and scored on
the same 1000 test points; :func:`experiment` repeats this over many training samples at
once (:func:`train_many`, the same arithmetic as ``Perceptron``, vectorised over samples).
The exercise's checker (:mod:`nbcompanion.exercises.ex11`) and the explorer
(:mod:`nbcompanion.widgets.sampling`) share this one implementation.
"""

import functools
from dataclasses import dataclass

import numpy as np

from . import data
from ._validation import check_choice
from .perceptron import Perceptron

__all__ = ["SETTINGS", "LOSSES", "TEST_SEED", "FIRST_SAMPLE_SEED", "train_sample",
           "test_points", "fit", "train_many", "experiment", "Experiment"]

LOSSES = ("perceptron", "hinge")
#: The training settings of both models: the book's rule, no regularization.
SETTINGS = dict(learning_rate=1.0, max_epochs=1000, shuffle=False)
TEST_SEED = 1111
FIRST_SAMPLE_SEED = 0


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
    check_choice(loss, "loss", LOSSES)
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
