"""Radial basis function networks and Cover's theorem (§1.6.2).

An RBF network has two layers trained in two different ways:

- the hidden layer holds prototypes μ_1 … μ_m, found *without* the labels (here by k-means);
  unit j answers a point x with the Gaussian kernel of eq. (1.34) applied to its distance,
  φ_j(x) = exp(−‖x − μ_j‖² / (2σ²)), close to 1 near μ_j and to 0 far away (σ is the width);
- the output layer is linear in φ(x) and is the only part trained on the labels: here by
  regularized least squares on ±1 targets (one output per class), whose minimizer is found in
  closed form — the same model as a one-layer network with the squared loss (§1.6.1).

Why it works is Cover's theorem: mapping data nonlinearly into more dimensions makes a
random labelling more likely to be linearly separable. For N points in general position in
D dimensions (counting the bias), the number of the 2^N labellings a hyperplane can realize is
C(N, D) = 2 Σ_{k=0}^{D−1} binom(N − 1, k); :func:`cover_fraction` gives C(N, D) / 2^N and
:func:`separable_fraction` counts it by linear programming.
"""

import numpy as np
from scipy import optimize, special
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.cluster import KMeans
from sklearn.preprocessing import LabelEncoder
from sklearn.utils import check_random_state
from sklearn.utils.validation import check_is_fitted, validate_data

from ._validation import as_real_array, check_classification_targets, check_positive

__all__ = ["rbf_features", "RBFNetwork", "is_linearly_separable", "separable_fraction",
           "cover_fraction"]


def rbf_features(X, prototypes, width):
    """φ_j(x) = exp(−‖x − μ_j‖² / (2σ²)) for every row of X and prototype, eq. (1.34).

    Returns
    -------
    ndarray of shape (n_samples, n_prototypes)

    >>> rbf_features([[0.0, 0.0]], [[0.0, 0.0], [2.0, 0.0]], width=1.0).round(4).tolist()
    [[1.0, 0.1353]]
    """
    X = as_real_array(X, "X", ndim=2)
    prototypes = as_real_array(prototypes, "prototypes", ndim=2)
    check_positive(width, "width")
    if X.shape[1] != prototypes.shape[1]:
        raise ValueError(f"X has {X.shape[1]} features but the prototypes have"
                         f" {prototypes.shape[1]}.")
    # ‖x − μ‖² = ‖x‖² − 2 x·μ + ‖μ‖², clipped at 0 against rounding
    squared = (np.sum(X ** 2, axis=1)[:, None] - 2 * X @ prototypes.T
               + np.sum(prototypes ** 2, axis=1)[None, :])
    return np.exp(-np.maximum(squared, 0) / (2 * width ** 2))


class RBFNetwork(ClassifierMixin, BaseEstimator):
    """An RBF network classifier: k-means prototypes, Gaussian units, a linear output layer.

    Parameters
    ----------
    n_prototypes : int, default=10
        m, the number of hidden (Gaussian) units; at most the number of training points.
    width : float, default=1.0
        σ of every unit.
    alpha : float, default=1e-6
        Ridge penalty of the output layer's least squares (keeps it well posed when units
        overlap).
    random_state : int or None, default=0
        Seed of k-means.

    Attributes
    ----------
    classes_ : ndarray
    prototypes_ : ndarray of shape (n_prototypes, n_features)
    coef_ : ndarray of shape (n_prototypes, n_outputs)
    intercept_ : ndarray of shape (n_outputs,)

    Examples
    --------
    >>> from sklearn.datasets import make_circles
    >>> X, y = make_circles(200, factor=0.4, noise=0.05, random_state=0)
    >>> RBFNetwork(n_prototypes=8, width=0.5).fit(X, y).score(X, y) > 0.95
    True
    """

    def __init__(self, *, n_prototypes=10, width=1.0, alpha=1e-6, random_state=0):
        self.n_prototypes = n_prototypes
        self.width = width
        self.alpha = alpha
        self.random_state = random_state

    def fit(self, X, y):
        """Prototypes by k-means on X (labels unused), then the output layer on the labels."""
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        check_positive(self.n_prototypes, "n_prototypes", integer=True)
        check_positive(self.width, "width")
        check_positive(self.alpha, "alpha", allow_zero=True)
        encoder = LabelEncoder().fit(y)
        self.classes_ = encoder.classes_
        if len(self.classes_) < 2:
            raise ValueError(f"y needs at least 2 classes, got 1 class: {self.classes_.tolist()}.")
        m = min(int(self.n_prototypes), len(np.unique(X, axis=0)))
        kmeans = KMeans(n_clusters=m, n_init=3, random_state=self.random_state).fit(X)
        self.prototypes_ = kmeans.cluster_centers_
        codes = encoder.transform(y)
        targets = (np.where(codes[:, None] == np.arange(len(self.classes_)), 1.0, -1.0)
                   if len(self.classes_) > 2 else np.where(codes == 1, 1.0, -1.0)[:, None])
        self.coef_, self.intercept_ = self._least_squares(self.features(X), targets)
        return self

    def _least_squares(self, Phi, targets):
        """Ridge least squares with an unpenalized bias, in closed form."""
        mean_phi, mean_t = Phi.mean(axis=0), targets.mean(axis=0)
        centred = Phi - mean_phi
        gram = centred.T @ centred + self.alpha * len(Phi) * np.eye(Phi.shape[1])
        coef = np.linalg.solve(gram, centred.T @ (targets - mean_t))
        return coef, mean_t - mean_phi @ coef

    def features(self, X):
        """The hidden layer's output φ(X), shape (n_samples, n_prototypes)."""
        check_is_fitted(self, "prototypes_")
        return rbf_features(X, self.prototypes_, self.width)

    def decision_function(self, X):
        """Output layer: (n_samples,) for two classes, else (n_samples, n_classes)."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        scores = self.features(X) @ self.coef_ + self.intercept_
        return scores[:, 0] if scores.shape[1] == 1 else scores

    def predict(self, X):
        """The class of the largest output (the sign of the single output for two classes)."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]


def is_linearly_separable(Z, y):
    """Whether some w, b give y_i (w·z_i + b) ≥ 1 for every i (a linear-programming test).

    >>> is_linearly_separable([[0.0], [1.0]], [-1, 1]), is_linearly_separable([[0.0], [1.0], [2.0]], [1, -1, 1])
    (True, False)
    """
    Z = as_real_array(Z, "Z", ndim=2)
    y = as_real_array(y, "y", ndim=1)
    if len(y) != len(Z):
        raise ValueError(f"y has {len(y)} labels for {len(Z)} points.")
    # variables (w, b) free; constraints −y_i (z_i·w + b) ≤ −1
    A = -y[:, None] * np.hstack([Z, np.ones((len(Z), 1))])
    result = optimize.linprog(np.zeros(Z.shape[1] + 1), A_ub=A, b_ub=-np.ones(len(Z)),
                              bounds=[(None, None)] * (Z.shape[1] + 1), method="highs")
    return result.status == 0


def cover_fraction(n_points, dimension):
    """C(N, D) / 2^N: the fraction of labellings of N points in general position that a
    hyperplane with a bias in D − 1 features (D weights in all) separates (Cover, 1965).

    >>> cover_fraction(4, 3), cover_fraction(3, 3)
    (0.875, 1.0)
    """
    check_positive(n_points, "n_points", integer=True)
    check_positive(dimension, "dimension", integer=True)
    k = np.arange(min(int(dimension), int(n_points)))
    return float(2 * np.sum(special.comb(n_points - 1, k)) / 2.0 ** n_points)


def separable_fraction(X, n_prototypes, *, width=1.0, n_labellings=200, random_state=0):
    """How many random ±1 labellings of X are linearly separable after m Gaussian units.

    The prototypes are ``n_prototypes`` of the points themselves (drawn at random), so the
    features are in general position; ``n_prototypes = 0`` tests X itself.

    Returns
    -------
    float
        The fraction of the ``n_labellings`` labellings that are separable.
    """
    X = as_real_array(X, "X", ndim=2)
    check_positive(n_labellings, "n_labellings", integer=True)
    rng = check_random_state(random_state)
    if n_prototypes:
        check_positive(n_prototypes, "n_prototypes", integer=True)
        prototypes = X[rng.choice(len(X), size=min(int(n_prototypes), len(X)), replace=False)]
        Z = rbf_features(X, prototypes, width)
    else:
        Z = X
    hits = 0
    for _ in range(int(n_labellings)):
        y = rng.choice([-1.0, 1.0], size=len(X))
        hits += is_linearly_separable(Z, y)
    return hits / int(n_labellings)
