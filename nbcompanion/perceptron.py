"""The perceptron of §1.2.1 as a scikit-learn estimator, with its whole training trajectory.

Training follows the book. With ``loss="perceptron"`` each misclassified example moves the
weights by W ⇐ W + α (y - ŷ) X, eq. (1.5), where y - ŷ = 2y on a mistake; a mini-batch sums
these moves, eq. (1.6). With ``loss="hinge"`` the update is eq. (1.10) with the SVM's
condition: W ⇐ W + α Σ y X over the examples with y (W·X) < 1. A tie W·X = 0 counts as a
mistake, so training can leave W = 0.

With ``learning_rate=0.5, shuffle=False, fit_bias=False`` the weights are bitwise those of
``sklearn.linear_model.Perceptron(fit_intercept=False, shuffle=False, eta0=1.0, tol=None)``
after the same number of epochs (tested).
"""

from dataclasses import dataclass, field
from numbers import Integral, Real

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils import check_random_state
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted, validate_data

from ._validation import (
    as_labels,
    as_real_array,
    check_choice,
    check_classification_targets,
    check_label_types,
    check_positive,
)

__all__ = ["Perceptron", "TrainingHistory", "TrainingCursor", "epoch_end",
           "geometric_margin", "criterion_path"]


@dataclass
class TrainingHistory:
    """The trajectory of one ``fit``: the state after every step of training.

    Step 0 is the start (W = 0); step t > 0 follows the t-th mini-batch (one example when
    ``batch_size=1``), whether or not it changed the weights.

    Attributes
    ----------
    weights : ndarray of shape (n_steps + 1, n_weights)
        W after each step; with ``fit_bias`` its last column is the bias neuron's weight.
    mistakes : ndarray of shape (n_steps + 1,)
        Number of training examples misclassified (y·W·X <= 0) by those weights.
    batches : list of ndarray
        Indices of the training examples used at each step.
    updated : ndarray of shape (n_steps,), dtype bool
        Whether the step changed the weights.
    epochs : ndarray of shape (n_steps,)
        The epoch (0-based) of each step.
    """

    weights: np.ndarray
    mistakes: np.ndarray
    batches: list = field(default_factory=list)
    updated: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    epochs: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))

    @property
    def n_steps(self):
        """Number of steps taken."""
        return len(self.batches)


class Perceptron(ClassifierMixin, BaseEstimator):
    """The perceptron of §1.2.1, eqs. (1.1)-(1.10), for two classes.

    Parameters
    ----------
    learning_rate : float, default=1.0
        The book's α.
    max_epochs : int, default=100
        Passes over the training data; training stops earlier after an epoch with no update.
    shuffle : bool, default=True
        Visit the examples in a new random order each epoch.
    random_state : int, Generator or None, default=None
        Seed of the shuffling.
    fit_bias : bool, default=True
        Learn a bias b with a bias neuron: a constant input 1 whose weight is b (§1.2.1,
        Fig. 1.3 b).
    loss : {"perceptron", "hinge"}, default="perceptron"
        The perceptron criterion, eq. (1.8), or the SVM's hinge loss, eq. (1.9).
    batch_size : int, default=1
        1 for the stochastic rule of eq. (1.5), more for the mini-batch rule of eq. (1.6).
    pocket : bool, default=False
        Keep the weights with the fewest training mistakes seen so far, the pocket
        algorithm of §1.2.1.1, instead of the last ones.
    record_history : bool, default=True
        Keep ``history_``. Counting training mistakes after every step costs
        O(n_samples · n_features) a step; turn it off for large data.

    Attributes
    ----------
    classes_ : ndarray of shape (2,)
        The two labels; ``classes_[1]`` is the book's +1.
    coef_ : ndarray of shape (n_features,)
        W, without the bias.
    intercept_ : float
        b (0.0 when ``fit_bias`` is False).
    n_iter_ : int
        Epochs run.
    converged_ : bool
        Whether the last epoch made no update.
    history_ : TrainingHistory or None
        The trajectory of training.

    Examples
    --------
    >>> from nbcompanion import data
    >>> X, y = data.linearly_separable(30, random_state=0)
    >>> model = Perceptron(random_state=0).fit(X, y)
    >>> model.converged_, model.score(X, y)
    (True, 1.0)
    """

    _parameter_constraints = {
        "learning_rate": [Interval(Real, 0, None, closed="neither")],
        "max_epochs": [Interval(Integral, 1, None, closed="left")],
        "shuffle": ["boolean"],
        "random_state": ["random_state"],
        "fit_bias": ["boolean"],
        "loss": [StrOptions({"perceptron", "hinge"})],
        "batch_size": [Interval(Integral, 1, None, closed="left")],
        "pocket": ["boolean"],
        "record_history": ["boolean"],
    }

    def __init__(self, *, learning_rate=1.0, max_epochs=100, shuffle=True, random_state=None,
                 fit_bias=True, loss="perceptron", batch_size=1, pocket=False,
                 record_history=True):
        self.learning_rate = learning_rate
        self.max_epochs = max_epochs
        self.shuffle = shuffle
        self.random_state = random_state
        self.fit_bias = fit_bias
        self.loss = loss
        self.batch_size = batch_size
        self.pocket = pocket
        self.record_history = record_history

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False
        return tags

    def fit(self, X, y):
        """Train on ``X`` of shape (n_samples, n_features) and two-class labels ``y``."""
        self._check_parameters()
        check_label_types(y)
        X, y = validate_data(self, X, y, dtype=np.float64)
        signs = self._encode(y)
        features = self._with_bias(X)
        rng = check_random_state(self.random_state)
        weights = np.zeros(features.shape[1])
        tracking = self.record_history or self.pocket
        trace = _Trace(weights, _mistakes(features, signs, weights)) if tracking else None
        best = (trace.mistakes[0], weights) if tracking else None
        self.converged_ = False
        for epoch in range(self.max_epochs):
            order = rng.permutation(len(signs)) if self.shuffle else np.arange(len(signs))
            changed = False
            for start in range(0, len(order), self.batch_size):
                batch = order[start:start + self.batch_size]
                weights, updated = self._step(weights, features[batch], signs[batch])
                changed |= updated
                if tracking:
                    trace.add(weights, _mistakes(features, signs, weights), batch, updated, epoch)
                    best = min(best, (trace.mistakes[-1], weights), key=lambda pair: pair[0])
            self.n_iter_ = epoch + 1
            if not changed:
                self.converged_ = True
                break
        final = best[1] if self.pocket else weights
        self.coef_ = final[:X.shape[1]].copy()
        self.intercept_ = float(final[X.shape[1]]) if self.fit_bias else 0.0
        self.history_ = trace.result() if self.record_history else None
        return self

    def _step(self, weights, X, y):
        scores = X @ weights
        if self.loss == "perceptron":
            wrong = y * scores <= 0  # a tie counts as a mistake
            error = 2 * y[wrong]  # E(X) = y - ŷ with ŷ = -y, eq. (1.5)
        else:
            wrong = y * scores < 1  # inside the margin, eq. (1.10) for the SVM
            error = y[wrong]
        if not wrong.any():
            return weights, False
        if len(y) == 1:
            # One example: the exact arithmetic of eq. (1.5), W + (α E) X.
            return weights + (self.learning_rate * error[0]) * X[0], True
        return weights + self.learning_rate * (error @ X[wrong]), True

    def decision_function(self, X):
        """Return the scores W·X + b, shape (n_samples,); their sign is eq. (1.2)."""
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return X @ self.coef_ + self.intercept_

    def predict(self, X):
        """Return the predicted labels, ``classes_[1]`` where W·X + b > 0."""
        positive = self.decision_function(X) > 0
        return self.classes_[positive.astype(int)]

    def _check_parameters(self):
        self._validate_params()  # scikit-learn's checks of _parameter_constraints
        check_positive(self.learning_rate, "learning_rate")
        check_positive(self.max_epochs, "max_epochs", integer=True)
        check_positive(self.batch_size, "batch_size", integer=True)
        check_choice(self.loss, "loss", ("perceptron", "hinge"))

    def _encode(self, y):
        check_classification_targets(y)
        self.classes_ = np.unique(y)
        if len(self.classes_) != 2:
            raise ValueError(
                "Only binary classification is supported. "
                "Perceptron separates exactly two classes (the book's -1 and +1), but y has"
                f" {len(self.classes_)} class(es): {self.classes_.tolist()[:10]}."
                " For more classes use a one-vs-rest scheme or softmax regression (§1.2.1.4)."
            )
        return np.where(y == self.classes_[1], 1.0, -1.0)

    def _with_bias(self, X):
        return np.hstack([X, np.ones((X.shape[0], 1))]) if self.fit_bias else X


def _mistakes(X, y, weights):
    return int(np.count_nonzero(y * (X @ weights) <= 0))


class _Trace:
    """Collects the steps of training before they become a TrainingHistory."""

    def __init__(self, weights, mistakes):
        self.weights, self.mistakes = [weights], [mistakes]
        self.batches, self.updated, self.epochs = [], [], []

    def add(self, weights, mistakes, batch, updated, epoch):
        self.weights.append(weights)
        self.mistakes.append(mistakes)
        self.batches.append(batch)
        self.updated.append(updated)
        self.epochs.append(epoch)

    def result(self):
        return TrainingHistory(np.array(self.weights), np.array(self.mistakes), self.batches,
                               np.array(self.updated, dtype=bool), np.array(self.epochs, dtype=int))


class TrainingCursor:
    """A position (step) in the recorded training of a fitted Perceptron.

    Step 0 is W = 0; step t is the state after the t-th example was visited.

    Parameters
    ----------
    model : Perceptron
        Fitted with ``record_history=True`` and ``batch_size=1``.

    Examples
    --------
    >>> from nbcompanion import data
    >>> model = Perceptron(random_state=0).fit(*data.linearly_separable(20))
    >>> cursor = TrainingCursor(model)
    >>> cursor.next_update(), int(cursor.mistakes) < 20
    (1, True)
    """

    def __init__(self, model):
        if not isinstance(model, Perceptron) or getattr(model, "history_", None) is None:
            raise ValueError("TrainingCursor needs a Perceptron fitted with record_history=True.")
        if model.batch_size != 1:
            raise ValueError("TrainingCursor steps through one example at a time: batch_size"
                             f" must be 1, got {model.batch_size}.")
        self.model = model
        self.history = model.history_
        self.step = 0

    @property
    def n_steps(self):
        """Number of recorded steps."""
        return self.history.n_steps

    @property
    def weights(self):
        """W at the cursor; with a bias neuron its last entry is b."""
        return self.history.weights[self.step]

    @property
    def mistakes(self):
        """Training mistakes of the weights at the cursor."""
        return int(self.history.mistakes[self.step])

    @property
    def epoch(self):
        """The (1-based) epoch the step at the cursor belongs to; 0 at the start."""
        return int(self.history.epochs[self.step - 1]) + 1 if self.step else 0

    @property
    def example(self):
        """Index of the example visited by the step at the cursor (None at step 0)."""
        return visited(self.history, self.step)

    def next_update(self):
        """Move to the next step that changed W (or to the end); return the new step."""
        changed = np.flatnonzero(self.history.updated[self.step:])
        self.step = self.step + int(changed[0]) + 1 if changed.size else self.n_steps
        return self.step

    def next_epoch(self):
        """Move to the end of the current epoch (of the next one when at an epoch's end)."""
        if self.step < self.n_steps:
            epoch = self.history.epochs[self.step]
            self.step = int(np.searchsorted(self.history.epochs, epoch, side="right"))
        return self.step

    def reset(self):
        """Back to W = 0."""
        self.step = 0
        return self.step

    def move_to(self, step):
        """Move to ``step``, clipped to the recorded range."""
        self.step = int(np.clip(step, 0, self.n_steps))
        return self.step


def visited(history, step):
    """Index of the example the step ``step`` of a recorded fit used (None at step 0).

    >>> from nbcompanion import data
    >>> model = Perceptron(shuffle=False).fit(*data.linearly_separable(10))
    >>> visited(model.history_, 0), visited(model.history_, 3)
    (None, 2)
    """
    return int(history.batches[step - 1][0]) if step else None


def epoch_end(history, epochs):
    """The step at which ``epochs`` full epochs of a recorded fit are done (clipped to the end).

    >>> from nbcompanion import data
    >>> model = Perceptron(shuffle=False).fit(*data.linearly_separable(10))
    >>> epoch_end(model.history_, 0), epoch_end(model.history_, 1)
    (0, 10)
    """
    return int(np.searchsorted(history.epochs, epochs - 1, side="right")) if epochs > 0 else 0


def _plane_points(X, y):
    X = as_real_array(X, "X", ndim=2)
    y = as_labels(y, "y")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must hold one label per row of X: X has {X.shape[0]} rows,"
                         f" y has shape {y.shape}.")
    return X, y


def geometric_margin(W, b, X, y):
    """The smallest signed distance y·(W·X + b)/‖W‖ of a point to the line (negative: a mistake).

    The margin the SVM of §1.2.1.2 widens; ``W`` has one weight per column of ``X``.

    >>> geometric_margin([0.0, 2.0], 0.0, [[0.0, 1.0], [0.0, -3.0]], [1, -1])
    1.0
    """
    W = as_real_array(W, "W", ndim=1)
    b = float(as_real_array(b, "b", ndim=0))
    X, y = _plane_points(X, y)
    if X.shape[1] != W.size:
        raise ValueError(f"W must hold one weight per column of X ({X.shape[1]}),"
                         f" got {W.size}.")
    norm = np.linalg.norm(W)
    if norm == 0:
        raise ValueError("W = 0 defines no line, so it has no margin.")
    return float(np.min(y * (X @ W + b)) / norm)


def criterion_path(weights, X, y):
    """The perceptron criterion (eq. 1.8) summed over ``X``, for each row of ``weights``.

    Parameters
    ----------
    weights : array_like of shape (n_steps + 1, n_weights)
        E.g. ``history_.weights``; with one more column than ``X`` the last is the bias b.
    X : array_like of shape (n_samples, n_features)
    y : array_like of shape (n_samples,), labels -1 and +1

    Returns
    -------
    ndarray of shape (n_steps + 1,)
        Σ max(0, −y·(W·X + b)) after each step.

    >>> criterion_path([[0.0, 0.0], [-2.0, -2.0]], [[1.0, 1.0], [-1.0, -1.0]], [1, 1])
    array([0., 4.])
    """
    weights = as_real_array(weights, "weights", ndim=2)
    X, y = _plane_points(X, y)
    if weights.shape[1] not in (X.shape[1], X.shape[1] + 1):
        raise ValueError(f"weights must have {X.shape[1]} columns (W) or {X.shape[1] + 1}"
                         f" (W and b), got shape {weights.shape}.")
    scores = X @ weights[:, :X.shape[1]].T
    if weights.shape[1] > X.shape[1]:
        scores = scores + weights[:, -1]
    return np.maximum(0.0, -y[:, None] * scores).sum(axis=0)
