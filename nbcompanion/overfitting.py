"""Overfitting (§1.4.1): many zero-error solutions, the count of parameters against the count
of examples, and bias and variance seen by retraining on new samples.

The book's table has four examples and five features with target y = 2·x₁. Four equations in
five unknowns leave a line of exact solutions W = W_min + t·n, where n spans the null space
of X: every one of them has zero training error, and they disagree on new points.

The other two experiments use least squares, the single-layer network with a linear output
and the squared loss (§1.2.1), because there the fit is exact and instant, so hundreds of
retrainings cost milliseconds.
"""

import numpy as np

from ._validation import as_real_array, check_positive

__all__ = ["zero_error_family", "least_squares_errors", "excess_error_formula",
           "polynomial_features", "target", "resampled_fits", "ridge", "bias_variance"]


def zero_error_family(X, y):
    """The exact solutions of X W = y as W_min + t·N (§1.4.1).

    Parameters
    ----------
    X : array_like of shape (n_samples, n_features), n_samples < n_features
    y : array_like of shape (n_samples,)

    Returns
    -------
    W_min : ndarray of shape (n_features,)
        The solution of least norm, ``pinv(X) @ y`` (where gradient descent from W = 0 ends).
    N : ndarray of shape (n_features, n_features - rank)
        An orthonormal basis of the null space: X (W_min + N t) = y for every t.

    >>> W, N = zero_error_family([[1.0, 1.0]], [2.0])
    >>> W.round(3).tolist(), N.shape
    ([1.0, 1.0], (2, 1))
    """
    X = as_real_array(X, "X", ndim=2)
    y = as_real_array(y, "y", ndim=1)
    if len(y) != len(X):
        raise ValueError(f"X has {len(X)} rows but y has {len(y)} values.")
    _, singular, Vt = np.linalg.svd(X)
    rank = int(np.sum(singular > singular.max() * max(X.shape) * np.finfo(float).eps))
    if rank == X.shape[1]:
        raise ValueError("X has full column rank: the zero-error solution is unique.")
    W_min = np.linalg.pinv(X) @ y
    if not np.allclose(X @ W_min, y):
        raise ValueError("No W fits these examples exactly (the rows are inconsistent).")
    return W_min, Vt[rank:].T


def least_squares_errors(n_train, n_features, *, n_test=1000, noise=1.0, decay=0.0,
                         repeats=100, random_state=0):
    """Mean training and test squared error of least squares with the first p features.

    Data: x ~ N(0, I) with ``max(n_features)`` features, y = Σ_j w_j x_j + ε with
    w_j = j^(-decay) (decay 0: every feature matters equally) and ε ~ N(0, noise²). For each p
    in ``n_features`` the model uses the first p features, fitted on ``n_train`` examples.

    Returns
    -------
    train, test : ndarray of shape (len(n_features),)
        Mean squared errors over ``repeats`` training sets (the test set is fresh each time).

    >>> train, test = least_squares_errors(20, [2, 19], repeats=5)
    >>> bool(train[1] < train[0]) and bool(test[1] > test[0])
    True
    """
    check_positive(n_train, "n_train", integer=True)
    sizes = [int(check_positive(p, "each number of features", integer=True)) for p in n_features]
    if max(sizes) > n_train:
        raise ValueError(f"least squares needs at most n_train = {n_train} features, got"
                         f" {max(sizes)}.")
    rng = np.random.default_rng(random_state)
    D = max(sizes)
    w = np.arange(1, D + 1, dtype=float) ** (-decay)
    train, test = np.zeros(len(sizes)), np.zeros(len(sizes))
    for _ in range(repeats):
        X = rng.normal(size=(n_train + n_test, D))
        y = X @ w + noise * rng.normal(size=n_train + n_test)
        for i, p in enumerate(sizes):
            W = np.linalg.lstsq(X[:n_train, :p], y[:n_train], rcond=None)[0]
            train[i] += np.mean((X[:n_train, :p] @ W - y[:n_train]) ** 2)
            test[i] += np.mean((X[n_train:, :p] @ W - y[n_train:]) ** 2)
    return train / repeats, test / repeats


def excess_error_formula(n_train, p):
    """Expected extra test error of least squares over the noise, in units of the noise.

    With p Gaussian features that all belong to the model, E[test error] = σ² (1 + p/(n-p-1)):
    the fitted weights carry the noise of n examples into every new prediction.

    >>> round(excess_error_formula(30, 10), 3)
    0.526
    """
    return p / (n_train - p - 1)


def polynomial_features(x, degree):
    """Legendre polynomials P_0 … P_degree of x in [-1, 1], shape (len(x), degree + 1).

    >>> polynomial_features([0.5], 2).round(3).tolist()
    [[1.0, 0.5, -0.125]]
    """
    x = as_real_array(x, "x", ndim=1)
    check_positive(degree, "degree", integer=True, allow_zero=True)
    return np.polynomial.legendre.legvander(x, degree)


def target(x):
    """The function the bias-variance experiment learns: sin(πx) on [-1, 1]."""
    return np.sin(np.pi * np.asarray(x))


def resampled_fits(degree, *, n_train=15, noise=0.3, repeats=200, grid=None, weight_decay=0.0,
                   random_state=0):
    """Fit a polynomial of ``degree`` to ``repeats`` fresh training sets of ``n_train`` points.

    The training inputs are spread evenly over [-1, 1] (one at random in each of
    ``n_train`` equal cells) and y = sin(πx) + noise. With ``weight_decay`` λ > 0 the fit is
    :func:`ridge`, the minimum of the mean squared error plus
    (λ/2)‖W‖² (§1.4.1.1).

    Returns
    -------
    grid : ndarray of shape (n_grid,)
    predictions : ndarray of shape (repeats, n_grid)
        Each training set's fitted curve on the grid.
    """
    rng = np.random.default_rng(random_state)
    grid = np.linspace(-1, 1, 101) if grid is None else as_real_array(grid, "grid", ndim=1)
    if degree + 1 > n_train:
        raise ValueError(f"degree {degree} needs at least {degree + 1} training points,"
                         f" got n_train = {n_train}.")
    predictions = np.empty((repeats, len(grid)))
    basis = polynomial_features(grid, degree)
    for r in range(repeats):
        # Evenly spread inputs, each moved at random within its cell: every sample covers
        # the interval, so the spread of the fits comes from the noise, not from gaps.
        x = -1 + (np.arange(n_train) + rng.uniform(size=n_train)) * (2 / n_train)
        y = target(x) + noise * rng.normal(size=n_train)
        features = polynomial_features(x, degree)
        W = (ridge(features, y, weight_decay) if weight_decay
             else np.linalg.lstsq(features, y, rcond=None)[0])
        predictions[r] = basis @ W
    return grid, predictions


def ridge(X, y, weight_decay):
    """Weights minimizing mean (y - X W)² + (λ/2)‖W‖²: (XᵀX + (nλ/2) I)⁻¹ Xᵀ y (§1.4.1.1).

    This is where the update (1.33) of a single-layer network with a linear output and the
    squared loss comes to rest.

    >>> ridge(np.eye(2), [1.0, 2.0], 0.0).tolist()
    [1.0, 2.0]
    """
    X = as_real_array(X, "X", ndim=2)
    y = as_real_array(y, "y", ndim=1)
    check_positive(weight_decay, "weight_decay", allow_zero=True)
    n, p = X.shape
    return np.linalg.solve(X.T @ X + (n * weight_decay / 2) * np.eye(p), X.T @ y)


def bias_variance(grid, predictions):
    """Squared bias and variance of the fitted curves, averaged over the grid.

    bias² = mean over x of (E[f̂(x)] − f(x))², variance = mean over x of Var[f̂(x)]: the two
    parts of the expected test error besides the noise.

    >>> g = np.linspace(-1, 1, 5)
    >>> bias_variance(g, np.tile(target(g), (3, 1)))
    (0.0, 0.0)
    """
    mean = predictions.mean(axis=0)
    return float(np.mean((mean - target(grid)) ** 2)), float(np.mean(predictions.var(axis=0)))
