"""Softmax regression: one linear layer and a softmax output (§1.2.1.4, eqs. 1.12 and 1.15).

The scores of the k output nodes are V = X W + b (Fig. 1.9), their softmax (eq. 1.12) gives the
class probabilities, and training minimizes the mean cross-entropy (eq. 1.15) plus an L2
penalty (weight decay λ, eq. 1.33):

    J(W, b) = (1/n) Σ_i -log softmax(X_i W + b)_{r_i} + (λ/2) ||W||²,
    ∂J/∂W = Xᵀ (P - Y) / n + λ W,   ∂J/∂b = mean(P - Y),

with P the softmax probabilities and Y the one-hot labels. This is exactly the objective of
scikit-learn's ``LogisticRegression`` (multinomial, L2, intercept not penalized) divided by
C·n, so ``weight_decay=λ`` matches ``LogisticRegression(C=1 / (λ n))``: the book's remark that
softmax over a linear layer *is* multinomial logistic regression, made testable.
"""

from numbers import Integral, Real

import numpy as np
from scipy import optimize
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils._param_validation import Interval
from sklearn.utils.validation import check_is_fitted, validate_data

from . import activations, losses
from ._validation import check_classification_targets, check_label_types, check_positive

__all__ = ["SoftmaxRegression", "sklearn_C"]


def sklearn_C(weight_decay, n_samples, n_classes=None):
    """The ``C`` of scikit-learn's ``LogisticRegression`` with the same objective.

    With k ≥ 3 classes scikit-learn fits the multinomial model and minimizes
    C Σ loss + ½||W||²; dividing by C·n gives the mean loss plus (λ/2)||W||² with
    λ = 1 / (C n). With two classes it fits the binomial model, one weight vector
    w = W₁ - W₀. At the softmax optimum W₀ = -W₁, so ||W||² = ||w||²/2 and the penalty is
    (λ/4)||w||², which gives C = 2 / (λ n).

    Parameters
    ----------
    weight_decay : float
        λ of :class:`SoftmaxRegression`.
    n_samples : int or array-like of labels
        The number of training samples; or the training labels ``y`` themselves, from
        which both n and the number of classes are taken.
    n_classes : int, optional
        The number of classes (when ``n_samples`` is a count); 3 or more if omitted.

    >>> sklearn_C(0.01, 200)
    0.5
    >>> sklearn_C(0.01, [0, 1] * 100)
    1.0
    """
    check_positive(weight_decay, "weight_decay")
    if not isinstance(n_samples, (Integral, np.integer)) or isinstance(n_samples, bool):
        labels = np.asarray(n_samples)
        if labels.ndim != 1 or labels.size == 0:
            raise ValueError("n_samples must be a positive integer or the 1-D array of"
                             f" training labels, got {type(n_samples).__name__} of shape"
                             f" {labels.shape}.")
        check_label_types(labels, "n_samples (the labels)")
        n_classes = len(np.unique(labels)) if n_classes is None else n_classes
        n_samples = labels.size
    check_positive(int(n_samples), "n_samples", integer=True)
    if n_classes is not None:
        check_positive(n_classes, "n_classes", integer=True)
        if n_classes < 2:
            raise ValueError(f"n_classes must be at least 2, got {n_classes}.")
    factor = 2.0 if n_classes == 2 else 1.0
    return factor / (weight_decay * int(n_samples))


class SoftmaxRegression(ClassifierMixin, BaseEstimator):
    """Multinomial logistic regression as a one-layer network with a softmax output (§1.2.1.4).

    Parameters
    ----------
    weight_decay : float, default=1e-3
        The L2 penalty λ of eq. (1.33) on W (not on b); must be > 0, since without it the
        softmax scores of separable data grow without bound.
    fit_bias : bool, default=True
        Learn one bias per output node (a bias neuron feeding the softmax layer).
    max_iter : int, default=1000
        Maximum L-BFGS iterations.
    tol : float, default=1e-8
        Stop when the largest component of the projected gradient is below ``tol``.

    Attributes
    ----------
    classes_ : ndarray of shape (k,)
    coef_ : ndarray of shape (n_features, k)
        W: column j holds the weights into output node j (the book's orientation; scikit-learn's
        ``coef_`` is its transpose).
    intercept_ : ndarray of shape (k,)
    loss_ : float
        The objective J at the end of training.
    n_iter_ : int
        L-BFGS iterations run.

    Examples
    --------
    >>> from sklearn.datasets import load_iris
    >>> X, y = load_iris(return_X_y=True)
    >>> model = SoftmaxRegression(weight_decay=1e-2).fit(X, y)
    >>> model.coef_.shape, round(model.score(X, y), 2)
    ((4, 3), 0.97)
    """

    _parameter_constraints = {
        "weight_decay": [Interval(Real, 0, None, closed="neither")],
        "fit_bias": ["boolean"],
        "max_iter": [Interval(Integral, 1, None, closed="left")],
        "tol": [Interval(Real, 0, None, closed="neither")],
    }

    def __init__(self, *, weight_decay=1e-3, fit_bias=True, max_iter=1000, tol=1e-8):
        self.weight_decay = weight_decay
        self.fit_bias = fit_bias
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X, y):
        """Train on ``X`` of shape (n_samples, n_features) and labels ``y`` of shape (n_samples,)."""
        self._validate_params()
        check_positive(self.weight_decay, "weight_decay")
        check_positive(self.max_iter, "max_iter", integer=True)
        check_positive(self.tol, "tol")
        check_label_types(y)
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        self.classes_, r = np.unique(y, return_inverse=True)
        if len(self.classes_) < 2:
            raise ValueError(
                "This solver needs samples of at least 2 classes in the data, but the data"
                f" contains only one class: {self.classes_[0]!r}. A softmax over one class"
                " predicts probability 1 whatever the input.")
        n_features, k = X.shape[1], len(self.classes_)
        result = optimize.minimize(
            self._objective, np.zeros((n_features + 1) * k), args=(X, r, k), jac=True,
            method="L-BFGS-B", options={"maxiter": self.max_iter, "gtol": self.tol, "ftol": 0.0})
        self.coef_, self.intercept_ = self._unpack(result.x, n_features, k)
        self.loss_ = float(result.fun)
        self.n_iter_ = max(int(result.nit), 1)
        return self

    def _unpack(self, theta, n_features, k):
        W = theta[:n_features * k].reshape(n_features, k)
        b = theta[n_features * k:]
        return W, (b if self.fit_bias else np.zeros(k))

    def _objective(self, theta, X, r, k):
        """J(W, b) and its gradient, both flattened like ``theta``."""
        W, b = self._unpack(theta, X.shape[1], k)
        V = X @ W + b
        n = X.shape[0]
        loss = losses.cross_entropy_loss(r, V, from_logits=True).mean()
        dV = losses.cross_entropy_loss_gradient(r, V, from_logits=True) / n  # (P - Y) / n
        grad_W = X.T @ dV + self.weight_decay * W
        grad_b = dV.sum(axis=0) if self.fit_bias else np.zeros(k)
        penalty = 0.5 * self.weight_decay * np.sum(W * W)
        return loss + penalty, np.concatenate([grad_W.ravel(), grad_b])

    def scores(self, X):
        """The scores V = X W + b of the k output nodes, shape (n_samples, k) (Fig. 1.9)."""
        check_is_fitted(self)
        X = validate_data(self, X, dtype=np.float64, reset=False)
        return X @ self.coef_ + self.intercept_

    def decision_function(self, X):
        """Scores as scikit-learn shapes them: (n_samples, k), or v₁ - v₀ of shape
        (n_samples,) for two classes (the logit of the binary case, §1.2.1.5)."""
        V = self.scores(X)
        return V[:, 1] - V[:, 0] if V.shape[1] == 2 else V

    def predict_proba(self, X):
        """Softmax of the scores, eq. (1.12), shape (n_samples, k); rows sum to 1."""
        return activations.softmax(self.scores(X))

    def predict(self, X):
        """The class with the largest score (equivalently, the largest probability)."""
        winners = np.argmax(self.scores(X), axis=1)
        return self.classes_[winners]
