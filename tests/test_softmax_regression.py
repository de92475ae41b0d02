import warnings

import numpy as np
import pytest
from sklearn.datasets import load_digits, load_iris
from sklearn.linear_model import LogisticRegression
from sklearn.utils.estimator_checks import parametrize_with_checks

from nbcompanion import activations, losses
from nbcompanion.softmax_regression import SoftmaxRegression, sklearn_C


@pytest.fixture(scope="module")
def digits():
    X, y = load_digits(return_X_y=True)
    return X[:600] / 16, y[:600]


@parametrize_with_checks([SoftmaxRegression(weight_decay=1e-2)])
def test_scikit_learn_estimator_contract(estimator, check):
    check(estimator)


def test_objective_gradient_matches_central_differences():
    rng = np.random.default_rng(0)
    X, r = rng.normal(size=(20, 4)), rng.integers(0, 3, size=20)
    model = SoftmaxRegression(weight_decay=0.3)
    theta = rng.normal(size=(4 + 1) * 3)
    _, gradient = model._objective(theta, X, r, 3)
    h = 1e-6
    numeric = [(model._objective(theta + h * e, X, r, 3)[0]
                - model._objective(theta - h * e, X, r, 3)[0]) / (2 * h)
               for e in np.eye(theta.size)]
    np.testing.assert_allclose(gradient, numeric, atol=1e-8)


def test_objective_is_mean_cross_entropy_plus_weight_decay():
    rng = np.random.default_rng(1)
    X, r = rng.normal(size=(10, 2)), rng.integers(0, 2, size=10)
    W, b = rng.normal(size=(2, 2)), rng.normal(size=2)
    model = SoftmaxRegression(weight_decay=0.5)
    value, _ = model._objective(np.concatenate([W.ravel(), b]), X, r, 2)
    p = activations.softmax(X @ W + b)
    expected = -np.log(p[np.arange(10), r]).mean() + 0.25 * np.sum(W**2)  # eq. (1.15), (1.33)
    assert value == pytest.approx(expected, rel=1e-12)


def test_matches_multinomial_logistic_regression_of_scikit_learn(digits):
    X, y = digits
    ours = SoftmaxRegression(weight_decay=1e-3).fit(X, y)
    theirs = LogisticRegression(C=sklearn_C(1e-3, len(y)), tol=1e-10, max_iter=5000).fit(X, y)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))
    np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-4)
    np.testing.assert_allclose(ours.coef_, theirs.coef_.T, atol=1e-3)
    np.testing.assert_allclose(ours.intercept_, theirs.intercept_, atol=1e-3)
    assert ours.coef_.shape == (64, 10) and ours.intercept_.shape == (10,)


def test_two_classes_equal_binary_logistic_regression():
    # k = 2: softmax of (v0, v1) is sigmoid(v1 - v0); at the optimum W0 = -W1, so the
    # multinomial penalty (λ/2)(|W0|² + |W1|²) is (λ/4)|W1 - W0|²: C = 2 / (λ n).
    X, y = load_iris(return_X_y=True)
    X, y = X[y > 0], y[y > 0]
    ours = SoftmaxRegression(weight_decay=1e-2).fit(X, y)
    binary = LogisticRegression(C=2 / (1e-2 * len(y)), tol=1e-10, max_iter=5000).fit(X, y)
    np.testing.assert_allclose(ours.coef_[:, 1] - ours.coef_[:, 0], binary.coef_[0], atol=1e-4)
    np.testing.assert_allclose(ours.decision_function(X), binary.decision_function(X),
                               atol=1e-4)
    np.testing.assert_allclose(ours.predict_proba(X), binary.predict_proba(X), atol=1e-6)


def test_probabilities_are_finite_for_huge_scores():
    X = np.array([[-1.0], [1.0]] * 5)
    y = np.array([0, 1] * 5)
    model = SoftmaxRegression(weight_decay=1e-3).fit(X, y)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = model.predict_proba([[1e6], [-1e6]])
    np.testing.assert_array_equal(p, [[0, 1], [1, 0]])


def test_softmax_and_cross_entropy_are_stable_at_1e4():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_array_equal(activations.softmax([1e4, 0, -1e4]), [1, 0, 0])
        underflow = losses.cross_entropy_loss([2], [[1e4, 0, -1e4]], from_logits=True)
        assert underflow == pytest.approx(2e4)
        assert np.isfinite(losses.cross_entropy_loss([1], [[1.0, 0.0]]))


@pytest.mark.parametrize("parameters, error, words", [
    ({"weight_decay": 0}, ValueError, "'weight_decay' parameter .* must be a float in the range \\(0.0, inf\\)"),
    ({"weight_decay": -1.0}, ValueError, "'weight_decay' parameter"),
    ({"weight_decay": np.inf}, ValueError, "'weight_decay' parameter .* Got inf"),
    ({"max_iter": 2.5}, TypeError, "'max_iter' parameter .* must be an int"),
    ({"tol": "small"}, TypeError, "'tol' parameter .* Got 'small'"),
    ({"fit_bias": "no"}, TypeError, "'fit_bias' parameter .* must be an instance of 'bool'"),
])
def test_bad_parameters_get_a_clear_error(parameters, error, words):
    with pytest.raises(error, match=words):
        SoftmaxRegression(**parameters).fit([[0.0], [1.0]], [0, 1])


def test_bad_data_gets_a_clear_error():
    with pytest.raises(ValueError, match="NaN"):
        SoftmaxRegression().fit([[np.nan], [1.0]], [0, 1])
    with pytest.raises(ValueError, match="continuous"):
        SoftmaxRegression().fit([[0.0], [1.0]], [0.5, 1.5])
    model = SoftmaxRegression().fit([[0.0, 1.0], [1.0, 0.0]], [0, 1])
    with pytest.raises(ValueError, match="features"):
        model.predict([[1.0]])


def test_sklearn_C_relation_and_errors():
    assert sklearn_C(1e-3, 1000) == pytest.approx(1.0)
    with pytest.raises(ValueError, match="weight_decay"):
        sklearn_C(0.0, 10)
