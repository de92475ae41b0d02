"""§1.4.1: the book's overfitting table, the variance formula, bias and variance."""

import numpy as np
import pytest

from nbcompanion import data, overfitting


def test_the_books_table_has_a_line_of_zero_error_solutions():
    X, y = data.overfitting_table()
    # y = 2·x1 on the rows (1,1,0,0,0), (2,0,1,0,0), (3,0,0,1,0), (4,0,0,0,1): y = 2, 4, 6, 8.
    assert y.tolist() == [2, 4, 6, 8]
    W_true, W_book = np.array([2.0, 0, 0, 0, 0]), np.array([0.0, 2, 4, 6, 8])
    np.testing.assert_array_equal(X @ W_true, y)
    np.testing.assert_array_equal(X @ W_book, y)
    W_min, N = overfitting.zero_error_family(X, y)
    assert N.shape == (5, 1)
    # The null space is spanned by n = (1, -1, -2, -3, -4): x_{k+1} = -k·x1 cancels row k.
    n = np.array([1.0, -1, -2, -3, -4])
    np.testing.assert_allclose(np.abs(N[:, 0]), np.abs(n) / np.linalg.norm(n))
    np.testing.assert_allclose(W_book, W_true - 2 * n)
    # Least norm: t = -(W_true·n)/(n·n) = -2/31, so W_min = (60, 2, 4, 6, 8)/31.
    np.testing.assert_allclose(W_min, np.array([60, 2, 4, 6, 8]) / 31)
    np.testing.assert_allclose(X @ (W_min + 3.7 * N[:, 0]), y)
    # They disagree at x = (5, 0, 0, 0, 0): 10, 0 and 300/31.
    x_new = np.array([5.0, 0, 0, 0, 0])
    assert (W_true @ x_new, W_book @ x_new) == (10, 0)
    assert W_min @ x_new == pytest.approx(300 / 31)


def test_gradient_descent_from_zero_ends_at_the_least_norm_solution():
    X, y = data.overfitting_table()
    W = np.zeros(5)
    for _ in range(20000):
        W -= 0.02 * X.T @ (X @ W - y) / len(y)
    np.testing.assert_allclose(W, overfitting.zero_error_family(X, y)[0], atol=1e-6)


def test_zero_error_family_errors():
    with pytest.raises(ValueError, match="full column rank"):
        overfitting.zero_error_family(np.eye(3), [1.0, 2, 3])
    with pytest.raises(ValueError, match="inconsistent"):
        overfitting.zero_error_family([[1.0, 0], [1.0, 0]], [1.0, 2.0])
    with pytest.raises(ValueError, match="X has 2 rows but y has 1"):
        overfitting.zero_error_family(np.ones((2, 3)), [1.0])


@pytest.mark.parametrize("ratio", [2, 3, 10])
def test_simulated_excess_error_matches_the_formula(ratio):
    # E[test MSE] = σ²(1 + p/(n - p - 1)) for least squares with Gaussian features.
    p = 8
    n = ratio * p
    _, (test,) = overfitting.least_squares_errors(n, [p], repeats=600, n_test=200,
                                                  random_state=ratio)
    assert test - 1 == pytest.approx(overfitting.excess_error_formula(n, p), rel=0.15)


def test_training_error_falls_and_test_error_explodes_towards_p_equals_n():
    train, test = overfitting.least_squares_errors(30, [3, 15, 29], decay=1.0, repeats=30)
    assert train[0] > train[1] > train[2]
    assert test[2] > 10 * test[0]
    with pytest.raises(ValueError, match="at most n_train = 10 features"):
        overfitting.least_squares_errors(10, [11])


def test_bias_and_variance_trade_off_with_the_degree():
    results = {d: overfitting.bias_variance(*overfitting.resampled_fits(d, random_state=d))
               for d in (1, 3, 9)}
    assert results[1][0] > 10 * results[3][0]           # degree 1: bias
    assert results[9][1] > 10 * results[3][1]           # degree 9: variance
    assert results[1][1] < results[3][1] < results[9][1]
    with pytest.raises(ValueError, match="degree 20 needs at least 21 training points"):
        overfitting.resampled_fits(20)


def test_polynomial_features_are_legendre():
    x = np.linspace(-1, 1, 7)
    V = overfitting.polynomial_features(x, 3)
    np.testing.assert_allclose(V[:, 2], (3 * x ** 2 - 1) / 2)
    np.testing.assert_allclose(V[:, 3], (5 * x ** 3 - 3 * x) / 2)
