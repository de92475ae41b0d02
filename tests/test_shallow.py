import numpy as np
import pytest
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import LinearRegression, LogisticRegression, SGDClassifier, SGDRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.utils.estimator_checks import parametrize_with_checks

from nbcompanion import autoencoder, shallow
from nbcompanion.network import FeedForwardNetwork


@pytest.fixture(scope="module")
def cancer():
    X, y = load_breast_cancer(return_X_y=True)
    return StandardScaler().fit_transform(X), np.where(y == 1, 1.0, -1.0)


@pytest.fixture(scope="module")
def diabetes():
    X, y = load_diabetes(return_X_y=True)
    return StandardScaler().fit_transform(X), y


def test_linear_regression_equals_scikit_learn(diabetes):
    X, y = diabetes
    ours = shallow.ShallowRegressor().fit(X, y)
    theirs = LinearRegression().fit(X, y)
    # The diabetes features are nearly collinear: agreement to 1e-6 of the coefficients' size
    np.testing.assert_allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-6 * 40)
    assert ours.intercept_ == pytest.approx(theirs.intercept_, abs=1e-6)
    np.testing.assert_allclose(ours.predict(X), theirs.predict(X), rtol=1e-6)


def test_logistic_regression_equals_scikit_learn(cancer):
    X, y = cancer
    C = 0.5
    ours = shallow.ShallowClassifier(alpha=1 / (C * len(X))).fit(X, y)
    theirs = LogisticRegression(C=C, tol=1e-12, max_iter=10_000).fit(X, y)
    np.testing.assert_allclose(ours.coef_, theirs.coef_, atol=1e-5)
    np.testing.assert_allclose(ours.intercept_, theirs.intercept_, atol=1e-5)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


@pytest.mark.parametrize("loss", ["hinge", "logistic"])
def test_sgd_follows_scikit_learn_step_for_step(cancer, loss):
    X, y = cancer
    ours = shallow.ShallowClassifier(loss=loss, alpha=1e-3, solver="sgd", learning_rate=0.01,
                                     epochs=4).fit(X, y)
    theirs = SGDClassifier(loss=shallow.SKLEARN_LOSS[loss], alpha=1e-3, eta0=0.01,
                           learning_rate="constant", shuffle=False, tol=None,
                           max_iter=4).fit(X, y)
    np.testing.assert_allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-12)
    np.testing.assert_allclose(ours.intercept_, theirs.intercept_, rtol=0, atol=1e-12)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


def test_widrow_hoff_follows_sgd_regressor(cancer):
    X, y = cancer  # least-squares classification: squared loss on the ±1 labels
    ours = shallow.ShallowRegressor(solver="sgd", learning_rate=0.005, epochs=3).fit(X, y)
    theirs = SGDRegressor(penalty=None, eta0=0.005, learning_rate="constant", shuffle=False,
                          tol=None, max_iter=3).fit(X, y)
    np.testing.assert_allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-12)
    assert ours.intercept_ == pytest.approx(theirs.intercept_[0], abs=1e-12)


def test_multiclass_is_one_unit_per_class_like_sgd_classifier():
    X, y = load_digits(return_X_y=True)
    X, y = X[:300] / 16, y[:300]
    ours = shallow.ShallowClassifier(loss="hinge", alpha=1e-3, solver="sgd", epochs=2).fit(X, y)
    theirs = SGDClassifier(loss="hinge", alpha=1e-3, eta0=0.01, learning_rate="constant",
                           shuffle=False, tol=None, max_iter=2).fit(X, y)
    np.testing.assert_allclose(ours.coef_, theirs.coef_, atol=1e-12)
    np.testing.assert_array_equal(ours.predict(X), theirs.predict(X))


def test_objective_gradient_matches_finite_differences(cancer):
    X, y = cancer[0][:40, :5], cancer[1][:40]
    network = FeedForwardNetwork([5, 1], loss="logistic", random_state=0)
    objective = shallow._objective(network, X, y, alpha=0.3)
    theta = network.get_parameters()
    _, gradient = objective(theta)
    numeric = np.empty_like(theta)
    for i in range(theta.size):
        step = np.zeros_like(theta)
        step[i] = 1e-6
        numeric[i] = (objective(theta + step)[0] - objective(theta - step)[0]) / 2e-6
    np.testing.assert_allclose(gradient, numeric, rtol=1e-6, atol=1e-8)


def test_linear_autoencoder_trained_to_convergence_spans_truncated_svd():
    X = load_digits().data[:400]
    X = X - X.mean(axis=0)
    network = FeedForwardNetwork([64, 3, 64], activation="identity", bias=False,
                                 random_state=0)
    shallow.train_lbfgs(network, X, X, max_iter=300)
    svd = TruncatedSVD(3, algorithm="arpack").fit(X)
    angles = autoencoder.principal_angles(autoencoder.decoder_subspace(network),
                                          svd.components_.T)
    assert angles.max() < 0.5
    assert network.loss(X, X) == pytest.approx(autoencoder.best_reconstruction_error(X, 3),
                                               rel=1e-5)


def test_bad_input_gets_clear_messages(cancer):
    X, y = cancer
    with pytest.raises(ValueError, match="solver='sgd'"):
        shallow.ShallowClassifier(loss="hinge").fit(X, y)
    with pytest.raises(ValueError, match="loss"):
        shallow.ShallowClassifier(loss="perceptron").fit(X, y)
    with pytest.raises(ValueError, match="solver"):
        shallow.ShallowRegressor(solver="adam").fit(X, y)
    with pytest.raises(ValueError, match="alpha"):
        shallow.ShallowRegressor(alpha=-1).fit(X, y)
    with pytest.raises(ValueError, match="2 classes"):
        shallow.ShallowClassifier().fit(X, np.ones(len(X)))


@parametrize_with_checks([shallow.ShallowRegressor(),
                          shallow.ShallowClassifier(),
                          shallow.ShallowClassifier(loss="hinge", solver="sgd")])
def test_scikit_learn_estimator_contract(estimator, check):
    check(estimator)


def test_agreement_figure_puts_equal_weights_on_the_diagonal():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from nbcompanion import plots

    fig, (left, right) = plt.subplots(1, 2)
    pairs = {"a": (np.array([1.0, -2.0]), np.array([1.0, -2.0])),
             "b": (np.array([0.5, 1e-3]), np.array([0.5, 0.0]))}
    points = plots.shallow.draw_agreement(left, pairs)["points"]
    offsets = points["a"].get_offsets()
    np.testing.assert_allclose(offsets[:, 0], offsets[:, 1])
    assert np.abs(offsets).max() == 1.0  # scaled by the largest |scikit-learn weight|
    widths = [bar.get_width() for bar in plots.shallow.draw_differences(right, pairs)["bars"]]
    assert widths == pytest.approx([-16.0, -3.0])
    assert left.get_legend() is not None and left.get_title()
    plt.close(fig)
