import numpy as np
import pytest
from sklearn import linear_model
from sklearn.utils.estimator_checks import parametrize_with_checks

from nbcompanion import data
from nbcompanion.perceptron import Perceptron


def book_rule(X, y, alpha, epochs):
    """Eq. (1.5) written out: W <= W + α (y - ŷ) X, a tie W·X = 0 counted as a mistake."""
    W = np.zeros(X.shape[1])
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):
            y_hat = np.sign(W @ x_i) or -y_i  # tie: predicted as the wrong class
            W = W + alpha * (y_i - y_hat) * x_i
    return W


@parametrize_with_checks([Perceptron(random_state=0, max_epochs=50)])
def test_scikit_learn_estimator_contract(estimator, check):
    check(estimator)


@pytest.mark.parametrize("epochs", [1, 3, 10])
@pytest.mark.parametrize("maker", [data.linearly_separable, data.non_separable])
def test_bitwise_equal_to_scikit_learn(maker, epochs):
    X, y = maker(60, random_state=3)
    ours = Perceptron(learning_rate=0.5, shuffle=False, fit_bias=False, max_epochs=epochs).fit(X, y)
    theirs = linear_model.Perceptron(fit_intercept=False, shuffle=False, eta0=1.0, tol=None,
                                     max_iter=epochs).fit(X, y)
    assert ours.n_iter_ <= epochs
    if ours.n_iter_ == epochs:  # sklearn keeps running after convergence without changes
        np.testing.assert_array_equal(ours.coef_, theirs.coef_.ravel())
    else:
        np.testing.assert_array_equal(ours.coef_, book_rule(X, y, 0.5, epochs))


@pytest.mark.parametrize("alpha", [0.1, 1.0])
def test_follows_the_book_update_rule(alpha):
    X, y = data.non_separable(25, random_state=1)
    model = Perceptron(learning_rate=alpha, shuffle=False, fit_bias=False, max_epochs=4).fit(X, y)
    np.testing.assert_allclose(model.coef_, book_rule(X, y, alpha, 4), rtol=1e-12)


def test_exercise_4_cycles_forever():
    # Exercise 4 from W = (0, 0) with α = 1: the four XOR-like points are not separable,
    # and with this order the weights return to where they were after each epoch.
    X, y = data.exercise4_points()
    model = Perceptron(learning_rate=1.0, shuffle=False, fit_bias=False, max_epochs=6).fit(X, y)
    weights = model.history_.weights
    assert not model.converged_
    assert model.history_.updated.any()
    ends_of_epochs = weights[4::4]
    np.testing.assert_array_equal(ends_of_epochs[1:], ends_of_epochs[:-1])


def test_converges_on_separable_data_and_history_is_consistent():
    X, y = data.linearly_separable(50, random_state=5)
    model = Perceptron(random_state=0).fit(X, y)
    history = model.history_
    assert model.converged_ and model.score(X, y) == 1.0
    assert history.mistakes[-1] == 0 and history.mistakes[0] == len(y)  # W = 0: all ties
    assert history.weights.shape == (history.n_steps + 1, 3)
    np.testing.assert_array_equal(history.weights[-1], [*model.coef_, model.intercept_])
    changed = np.any(np.diff(history.weights, axis=0) != 0, axis=1)
    np.testing.assert_array_equal(changed, history.updated)


def test_mini_batch_sums_the_moves_of_eq_1_6():
    X, y = data.non_separable(8, random_state=2)
    model = Perceptron(batch_size=8, shuffle=False, fit_bias=False, max_epochs=2,
                       learning_rate=0.3).fit(X, y)
    W = np.zeros(2)
    for _ in range(2):
        wrong = y * (X @ W) <= 0
        W = W + 0.3 * (2 * y[wrong]) @ X[wrong]
    np.testing.assert_allclose(model.coef_, W)


def test_hinge_loss_keeps_updating_inside_the_margin():
    X, y = data.linearly_separable(40, random_state=4)
    perceptron = Perceptron(random_state=0, max_epochs=200).fit(X, y)
    svm = Perceptron(random_state=0, loss="hinge", max_epochs=200).fit(X, y)
    margin = lambda m: np.min(y * m.decision_function(X)) / np.linalg.norm(m.coef_)  # noqa: E731
    assert svm.converged_ and np.min(y * svm.decision_function(X)) >= 1
    assert margin(svm) >= margin(perceptron)


def test_pocket_keeps_the_best_weights_seen():
    X, y = data.non_separable(80, overlap=0.9, random_state=7)
    plain = Perceptron(random_state=1, max_epochs=30).fit(X, y)
    pocket = Perceptron(random_state=1, max_epochs=30, pocket=True).fit(X, y)
    mistakes = pocket.history_.mistakes
    assert len(y) - pocket.score(X, y) * len(y) == pytest.approx(mistakes.min())
    assert pocket.score(X, y) >= plain.score(X, y)


def test_any_two_labels_are_mapped_to_the_book_signs():
    X, y = data.linearly_separable(30, random_state=0)
    words = np.where(y > 0, "cat", "dog")
    model = Perceptron(random_state=0).fit(X, words)
    assert list(model.classes_) == ["cat", "dog"]
    np.testing.assert_array_equal(model.predict(X), words)


def test_more_than_two_classes_is_refused_clearly():
    X = np.arange(12.0).reshape(6, 2)
    with pytest.raises(ValueError, match="exactly two classes.*3 class"):
        Perceptron().fit(X, [0, 1, 2, 0, 1, 2])


@pytest.mark.parametrize("params, words", [
    ({"learning_rate": 0}, "'learning_rate' parameter .* range \\(0.0, inf\\)"),
    ({"fit_bias": "no"}, "'fit_bias' parameter .* must be an instance of 'bool'"),
    ({"shuffle": "no"}, "'shuffle' parameter .* Got 'no'"),
    ({"pocket": "yes"}, "'pocket' parameter .* Got 'yes'"),
    ({"record_history": 1}, "'record_history' parameter"),
    ({"loss": "squared"}, "'loss' parameter .* among .*'squared'"),
    ({"batch_size": 2.5}, "'batch_size' parameter .* must be an int"),
    ({"max_epochs": -1}, "'max_epochs' parameter .* range \\[1, inf\\)"),
])
def test_bad_parameters_get_clear_errors(params, words):
    X, y = data.linearly_separable(10)
    with pytest.raises((ValueError, TypeError), match=words):
        Perceptron(**params).fit(X, y)


def test_nan_in_X_is_refused():
    X, y = data.linearly_separable(10)
    X[3, 1] = np.nan
    with pytest.raises(ValueError, match="NaN"):
        Perceptron().fit(X, y)
