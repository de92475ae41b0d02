"""The layered network of §1.2.2: gradients against the graph and central differences,
training on a real data set, the estimators, and clear errors."""

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.utils.estimator_checks import parametrize_with_checks

from nbcompanion import autoencoder, approximation, plots, widgets
from nbcompanion.network import FeedForwardNetwork, NetworkClassifier, NetworkRegressor

CASES = [("linear", "squared", 2), ("sigmoid", "squared", 2), ("linear", "logistic", 1),
         ("linear", "hinge", 1), ("softmax", "cross_entropy", 3)]


def targets(loss, k, n, rng):
    if loss == "cross_entropy":
        return rng.integers(0, k, n)
    if loss in ("logistic", "hinge"):
        return np.where(rng.normal(size=(n, k)) > 0, 1.0, -1.0)
    return rng.normal(size=(n, k))


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("output, loss, k", CASES)
def test_gradients_equal_central_differences(output, loss, k, bias):
    rng = np.random.default_rng(0)
    net = FeedForwardNetwork([3, 4, 3, k], activation=["tanh", "sigmoid"], output=output,
                             loss=loss, bias=bias, random_state=1)
    X, y = rng.normal(size=(6, 3)), targets(loss, k, 6, rng)
    _, gradient = net.flat_gradient(X, y)
    np.testing.assert_allclose(gradient, net.numerical_gradient(X, y, 1e-6), rtol=1e-6,
                               atol=1e-9)


@pytest.mark.parametrize("bias", [True, False])
@pytest.mark.parametrize("output, loss, k", CASES[:4])
def test_gradients_equal_the_graph_modules(output, loss, k, bias):
    rng = np.random.default_rng(2)
    net = FeedForwardNetwork([3, 4, 3, k], activation=["relu", "tanh"], output=output,
                             loss=loss, bias=bias, random_state=3)
    x, y = rng.normal(size=(1, 3)), targets(loss, k, 1, rng)
    loss_value, weight_gradients, bias_gradients = net.gradients(x, y)
    g = net.to_graph(x[0], y[0])
    assert g.forward() == pytest.approx(loss_value, rel=1e-12)
    for form in ("post", "pre"):
        result = g.backward(form)
        names = net.unit_names()
        for p, gradient in enumerate(weight_gradients):
            expected = [[result.weights[(a, b)] for b in names[p + 1]] for a in names[p]]
            np.testing.assert_allclose(gradient, expected, rtol=1e-12, atol=1e-15)
            if bias:
                expected = [result.weights[(f"b{p}", b)] for b in names[p + 1]]
                np.testing.assert_allclose(bias_gradients[p], expected, rtol=1e-12, atol=1e-15)


def test_float32_network_stays_float32_and_agrees_with_float64():
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(20, 5)), rng.integers(0, 3, 20)
    nets = [FeedForwardNetwork([5, 8, 3], output="softmax", loss="cross_entropy",
                               dtype=dtype, random_state=0) for dtype in ("float32", "float64")]
    (_, g32, b32), (_, g64, _) = (net.gradients(X, y) for net in nets)
    assert g32[0].dtype == np.float32 and b32[0].dtype == np.float32
    np.testing.assert_allclose(g32[0], g64[0], rtol=1e-4, atol=1e-6)
    nets[0].fit(X, y, epochs=2, batch_size=4, random_state=0)
    assert nets[0].weights[0].dtype == np.float32


def test_training_reduces_the_loss_on_digits():
    X, y = load_digits(return_X_y=True)
    X = X / 16
    model = NetworkClassifier(hidden_layer_sizes=(32,), max_epochs=15, batch_size=32,
                              learning_rate=0.1, random_state=0).fit(X[:1200], y[:1200])
    loss = model.history_.loss
    assert loss[-1] < 0.3 * loss[0]
    assert np.all(np.diff(loss[:5]) < 0)
    assert model.score(X[1200:], y[1200:]) > 0.9
    assert model.predict_proba(X[:3]).sum(axis=1) == pytest.approx(1)


def test_weight_decay_is_eq_1_33():
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(4, 2)), rng.normal(size=(4, 1))
    net = FeedForwardNetwork([2, 1], bias=False, random_state=0)
    W = net.weights[0].copy()
    _, (gradient,), _ = net.gradients(X, y)
    net.step(X, y, learning_rate=0.1, weight_decay=0.5)
    np.testing.assert_allclose(net.weights[0], W * (1 - 0.1 * 0.5) - 0.1 * gradient)


def test_regressor_fits_a_curve_and_keeps_the_target_shape():
    X = np.linspace(-1, 1, 60).reshape(-1, 1)
    y = np.sin(2 * X[:, 0])
    model = NetworkRegressor(hidden_layer_sizes=(16,), activation="tanh", max_epochs=300,
                             batch_size=10, learning_rate=0.1, random_state=0).fit(X, y)
    assert model.predict(X).shape == (60,)
    assert model.score(X, y) > 0.95
    two = NetworkRegressor(hidden_layer_sizes=(4,), max_epochs=2, random_state=0)
    assert two.fit(X, np.c_[y, y]).predict(X).shape == (60, 2)


def test_estimators_are_clonable_and_seeded():
    from sklearn.base import clone

    X, y = load_digits(return_X_y=True)
    model = NetworkClassifier(hidden_layer_sizes=(8,), max_epochs=2, random_state=0)
    a = clone(model).fit(X[:200], y[:200]).predict_proba(X[:5])
    b = clone(model).fit(X[:200], y[:200]).predict_proba(X[:5])
    np.testing.assert_array_equal(a, b)


def test_bad_specifications_and_data_are_clear_errors():
    with pytest.raises(ValueError, match="Unknown activation 'swish'"):
        FeedForwardNetwork([2, 3, 1], activation="swish")
    with pytest.raises(ValueError, match="2 hidden layer\\(s\\) need as many activations"):
        FeedForwardNetwork([2, 3, 3, 1], activation=["relu"])
    with pytest.raises(ValueError, match="softmax output goes with the loss 'cross_entropy'"):
        FeedForwardNetwork([2, 3], output="softmax", loss="squared")
    with pytest.raises(ValueError, match="Unknown output 'relu'"):
        FeedForwardNetwork([2, 3], output="relu")
    with pytest.raises(ValueError, match="Unknown dtype 'float16'"):
        FeedForwardNetwork([2, 3], dtype="float16")
    net = FeedForwardNetwork([3, 4, 2], random_state=0)
    with pytest.raises(ValueError, match="X has 5 features per row but .* d = 3"):
        net.predict(np.zeros((2, 5)))
    with pytest.raises(ValueError, match="y must have shape \\(2, 2\\)"):
        net.gradients(np.zeros((2, 3)), np.zeros((2, 3)))
    with pytest.raises(ValueError, match="X contains NaN"):
        net.predict([[0, np.nan, 0]])
    with pytest.raises(ValueError, match="theta must have 26 values"):
        net.set_parameters(np.zeros(3))
    with pytest.raises(ValueError, match="Unknown activation"):
        NetworkClassifier(activation="nope", max_epochs=1).fit(np.eye(4), [0, 1, 0, 1])
    with pytest.raises(ValueError, match="at least 2 classes"):
        NetworkClassifier(max_epochs=1).fit(np.eye(3), [1, 1, 1])
    with pytest.raises(ValueError, match="softmax output couples"):
        FeedForwardNetwork([2, 2], output="softmax", loss="cross_entropy").to_graph([0, 0], 1)


def test_linear_autoencoder_spans_the_top_singular_subspace():
    X = load_digits().data / 16
    X = X - X.mean(axis=0)
    untrained = FeedForwardNetwork([64, 3, 64], activation="identity", bias=False,
                                   random_state=0)
    start = autoencoder.principal_angles(autoencoder.decoder_subspace(untrained),
                                         autoencoder.singular_subspace(X, 3))
    net, history = autoencoder.linear_autoencoder(X, 3, epochs=40, random_state=0)
    angles = autoencoder.principal_angles(autoencoder.decoder_subspace(net),
                                          autoencoder.singular_subspace(X, 3))
    assert start.max() > 45 and angles.max() < 2
    assert history.loss[-1] == pytest.approx(autoencoder.best_reconstruction_error(X, 3),
                                             rel=0.01)
    with pytest.raises(ValueError, match="below d = 64"):
        autoencoder.linear_autoencoder(X, 64)


def test_one_hidden_layer_approximates_better_with_more_units():
    x = np.linspace(-2, 2, 60)
    y = approximation.target_function(x)
    errors = [approximation.fit_one_hidden_layer(x, y, n, max_iterations=300)[1]
              for n in (1, 3, 10)]
    assert errors[0] > 10 * errors[1] > errors[2]
    assert errors[2] < 1e-3


def test_network_figures_come_from_the_specification():
    import matplotlib.pyplot as plt

    net = FeedForwardNetwork([4, 5, 3, 2], random_state=0)
    fig, (a, b) = plt.subplots(1, 2)
    scalar = plots.network.draw_network(a, net)
    assert [len(u) for u in scalar["units"]] == [4, 5, 3, 2] and len(scalar["bias"]) == 3
    vector = plots.network.draw_vector_network(b, net)
    assert [t.get_text().split("\n")[1] for t in vector["labels"]] == [
        "4 × 5", "5 × 3", "3 × 2"]


def test_approximation_explorer_trains_once_per_choice_and_redraws():
    explorer = widgets.approximation.universal_approximation_explorer(
        choices=(1, 3), value=1, n_points=40, max_iterations=100)
    control = explorer.controls["hidden_units"]
    line = explorer.view.axes[0].lines[-1]
    before, image = line.get_ydata().copy(), bytes(explorer.view.image.value)
    control.value = 3
    assert set(explorer.cache) == {1, 3}
    assert not np.allclose(line.get_ydata(), before)
    assert bytes(explorer.view.image.value) != image
    network = explorer.cache[3][0]
    control.value = 1
    control.value = 3
    assert explorer.cache[3][0] is network  # cached, not retrained


@parametrize_with_checks([
    NetworkClassifier(hidden_layer_sizes=(8,), max_epochs=5, random_state=0),
    NetworkRegressor(hidden_layer_sizes=(8,), learning_rate=0.05, max_epochs=50, random_state=0),
])
def test_scikit_learn_estimator_contract(estimator, check):
    check(estimator)


def test_divergence_is_a_clear_error():
    X = np.linspace(0, 100, 20).reshape(-1, 1)
    net = FeedForwardNetwork([1, 4, 1], activation="identity", random_state=0)
    with np.errstate(over="ignore", invalid="ignore"), pytest.raises(
            FloatingPointError, match="Training diverged .* Lower the learning rate"):
        net.fit(X, X * 1e3, epochs=50, learning_rate=1.0)
