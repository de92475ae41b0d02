"""The layered network of §1.2.2: gradients against the graph and central differences,
training on a real data set, the estimators, and clear errors."""

import numpy as np
import pytest
from sklearn.datasets import load_digits
from sklearn.exceptions import ConvergenceWarning
from sklearn.utils.estimator_checks import parametrize_with_checks

from nbcompanion import approximation, autoencoder, plots, widgets
from nbcompanion.network import (
    FeedForwardNetwork,
    NetworkClassifier,
    NetworkRegressor,
    dropout_mask,
)

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
    with pytest.raises(ValueError, match="'activation' parameter of NetworkClassifier"):
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
    line = explorer.artists["fit"]["prediction"]
    before, image = line.get_ydata().copy(), bytes(explorer.view.image.value)
    control.value = 3
    assert set(explorer.state.fits) == {1, 3}
    assert not np.allclose(line.get_ydata(), before)
    assert bytes(explorer.view.image.value) != image
    network = explorer.state.fits[3][0]
    control.value = 1
    control.value = 3
    assert explorer.state.fits[3][0] is network  # precomputed, not retrained


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


# -- training in practice (§1.4): the fast loop, dropout, early stopping, divergence -------

def sparse_inputs(rng, n, d):
    """Mostly-zero inputs with some columns zero in every row, like MNIST's borders."""
    X = rng.normal(size=(n, d)) * (rng.uniform(size=(n, d)) < 0.2)
    X[:, : d // 4] = 0
    return X


@pytest.mark.parametrize("dropout", [0.0, 0.5])
@pytest.mark.parametrize("activation, output, loss, k", [
    ("relu", "softmax", "cross_entropy", 3), ("tanh", "linear", "squared", 2),
    ("sigmoid", "sigmoid", "squared", 1)])
@pytest.mark.parametrize("sparse", [False, True])
def test_fit_step_equals_the_plain_step(activation, output, loss, k, dropout, sparse):
    # One epoch of one batch in fit's buffers = one plain step(), same seed for the masks.
    rng = np.random.default_rng(0)
    X = sparse_inputs(rng, 8, 64) if sparse else rng.normal(size=(8, 64))
    y = targets(loss, k, 8, rng) if loss == "cross_entropy" else rng.uniform(0.1, 0.9, (8, k))
    nets = [FeedForwardNetwork([64, 5, 4, k], activation=activation, output=output,
                               loss=loss, random_state=1) for _ in range(2)]
    history = nets[0].fit(X, y, epochs=1, batch_size=8, learning_rate=0.3, weight_decay=0.1,
                          dropout=dropout, shuffle=False, random_state=7)
    loss_value = nets[1].step(X, y, learning_rate=0.3, weight_decay=0.1, dropout=dropout,
                              random_state=np.random.RandomState(7))
    assert history.loss[0] == pytest.approx(loss_value, rel=1e-12)
    np.testing.assert_allclose(nets[0].get_parameters(), nets[1].get_parameters(),
                               rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("output, loss, k", [("softmax", "cross_entropy", 3),
                                             ("linear", "squared", 2)])
def test_dropout_gradients_equal_central_differences(output, loss, k):
    # A seeded dropout call is one fixed thinned network: its gradient is an ordinary one.
    rng = np.random.default_rng(3)
    net = FeedForwardNetwork([3, 6, 5, k], activation=["tanh", "sigmoid"], output=output,
                             loss=loss, random_state=2)
    X, y = rng.normal(size=(5, 3)), targets(loss, k, 5, rng)
    _, dW, db = net.gradients(X, y, dropout=0.4, random_state=11)
    gradient = np.concatenate([g.ravel() for g in dW] + db)
    numerical = net.numerical_gradient(X, y, 1e-6, dropout=0.4, random_state=11)
    np.testing.assert_allclose(gradient, numerical, rtol=1e-6, atol=1e-9)
    assert not np.allclose(gradient, net.flat_gradient(X, y)[1])  # the masks did something


def test_inverted_dropout_keeps_the_expected_activation():
    # E[m h] = h when m is 0 with probability q and 1/(1-q) otherwise; prediction uses h.
    net = FeedForwardNetwork([4, 50, 2], activation="sigmoid", random_state=0)
    X = np.random.default_rng(0).normal(size=(3, 4))
    full = net.forward(X)[1][1]
    rng = np.random.RandomState(0)
    draws = np.array([net.forward(X, dropout=0.3, random_state=rng)[1][1]
                      for _ in range(4000)])
    dropped = np.mean(draws == 0)
    assert dropped == pytest.approx(0.3, abs=0.01)
    np.testing.assert_allclose(draws.mean(axis=0), full, rtol=0.05)
    kept = draws[draws != 0] / np.broadcast_to(full, draws.shape)[draws != 0]
    np.testing.assert_allclose(kept, 1 / 0.7)
    model = NetworkClassifier(hidden_layer_sizes=8, dropout=0.5, max_epochs=2,
                              random_state=0).fit(X[:, :4].repeat(4, 0), [0, 1, 2] * 4)
    np.testing.assert_array_equal(model.predict_proba(X), model.predict_proba(X))
    np.testing.assert_allclose(model.predict_proba(X), model.network_.predict(X))


def test_dropout_mask_and_bad_rates():
    mask = dropout_mask((1000, 10), 0.25, np.random.default_rng(0))
    assert set(np.unique(mask)) == {0.0, 1 / 0.75}
    assert mask.mean() == pytest.approx(1, abs=0.02)
    net = FeedForwardNetwork([2, 3, 1], random_state=0)
    with pytest.raises(ValueError, match="dropout is the probability .* below 1"):
        net.fit(np.zeros((2, 2)), np.zeros(2), dropout=1.0)
    with pytest.raises(ValueError, match="dropout must be >= 0"):
        net.forward(np.zeros((2, 2)), dropout=-0.1)
    with pytest.raises(ValueError, match="'dropout' parameter of NetworkClassifier"):
        NetworkClassifier(dropout=1.5).fit(np.eye(4), [0, 1, 0, 1])


def test_penalized_loss_is_what_eq_1_33_descends():
    # W(1 - αλ) - α ∂L/∂W = W - α ∂/∂W [L + (λ/2)‖W‖²]; checked by central differences.
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(6, 3)), rng.normal(size=(6, 1))
    net = FeedForwardNetwork([3, 4, 1], activation="tanh", bias=False, random_state=0)
    theta = net.get_parameters()
    numerical = np.empty_like(theta)
    for i in range(theta.size):
        values = []
        for shift in (1e-6, -1e-6):
            shifted = theta.copy()
            shifted[i] += shift
            net.set_parameters(shifted)
            values.append(net.objective(X, y, weight_decay=0.3))
        numerical[i] = (values[0] - values[1]) / 2e-6
    net.set_parameters(theta)
    net.step(X, y, learning_rate=0.1, weight_decay=0.3)
    np.testing.assert_allclose(net.get_parameters(), theta - 0.1 * numerical, rtol=1e-7,
                               atol=1e-10)
    history = net.fit(X, y, epochs=3, batch_size=6, weight_decay=0.3, random_state=0)
    penalty = 0.15 * sum(np.sum(W ** 2) for W in net.weights)
    assert history.penalized_loss[-1] == pytest.approx(history.loss[-1] + penalty)
    free = FeedForwardNetwork([3, 4, 1], random_state=0).fit(X, y, epochs=2, batch_size=6)
    assert free.penalized_loss == free.loss


def test_layer_gradient_norms_are_the_norms_of_the_gradients():
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(10, 4)), rng.integers(0, 3, 10)
    net = FeedForwardNetwork([4, 6, 6, 6, 3], activation="sigmoid", output="softmax",
                             loss="cross_entropy", random_state=0)
    _, dW, _ = net.gradients(X, y)
    np.testing.assert_allclose(net.layer_gradient_norms(X, y),
                               [np.sqrt(np.sum(g ** 2)) for g in dW])
    # Recorded in fit: one batch, no shuffle, so the epoch's mean is the one batch's norm.
    history = net.fit(X, y, epochs=1, batch_size=10, shuffle=False, record_gradients=True)
    np.testing.assert_allclose(history.gradient_norms[0],
                               [np.sqrt(np.sum(g ** 2)) for g in dW], rtol=1e-10)


def test_early_stopping_restores_the_best_weights():
    X, y = load_digits(return_X_y=True)
    X = X / 16
    net = FeedForwardNetwork([64, 64, 10], output="softmax", loss="cross_entropy",
                             random_state=0)
    # A tiny training set overfits: the held-out loss turns up and patience stops it.
    history = net.fit(X[:100], y[:100], epochs=200, batch_size=10, learning_rate=0.2,
                      validation=(X[1000:1400], y[1000:1400]), patience=5, random_state=0)
    assert history.stopped_early and len(history.loss) < 200
    best = int(np.argmin(history.validation_loss)) + 1
    assert history.best_epoch == best == len(history.loss) - 5
    assert net.loss(X[1000:1400], y[1000:1400]) == pytest.approx(min(history.validation_loss))
    with pytest.raises(ValueError, match="patience .* needs held-out data"):
        net.fit(X[:10], y[:10], patience=3)


def test_estimator_early_stopping_holds_out_a_fraction():
    X, y = load_digits(return_X_y=True)
    model = NetworkClassifier(hidden_layer_sizes=32, max_epochs=300, batch_size=16,
                              learning_rate=0.1, early_stopping=True, validation_fraction=0.2,
                              n_iter_no_change=4, random_state=0).fit(X[:300] / 16, y[:300])
    assert model.n_iter_ < 300 and len(model.validation_loss_curve_) == model.n_iter_
    assert model.best_epoch_ == int(np.argmin(model.validation_loss_curve_)) + 1
    assert model.best_epoch_ == model.n_iter_ - 4
    assert len(model.loss_curve_) == model.n_iter_


def test_hostile_estimator_arguments_get_messages_naming_them():
    X, y = np.eye(4), [0, 1, 0, 1]
    # An int is one hidden layer, as scikit-learn's MLP accepts it.
    assert NetworkClassifier(hidden_layer_sizes=10, max_epochs=1).fit(X, y)\
        .network_.layer_sizes == [4, 10, 2]
    for bad, name in [(dict(activation=None), "activation"), (dict(shuffle="no"), "shuffle"),
                      (dict(bias="yes"), "bias"), (dict(early_stopping=1.5), "early_stopping"),
                      (dict(hidden_layer_sizes=0), "hidden_layer_sizes"),
                      (dict(learning_rate=-1), "learning_rate"), (dict(dtype="half"), "dtype")]:
        with pytest.raises(ValueError, match=f"'{name}' parameter of NetworkClassifier"):
            NetworkClassifier(**bad).fit(X, y)
    with pytest.raises(ValueError, match="hidden_layer_sizes must be a positive integer"):
        NetworkClassifier(hidden_layer_sizes=(4, 0)).fit(X, y)
    with pytest.raises(ValueError, match="y mixes labels of different kinds"):
        NetworkClassifier().fit(X, np.array(["a", 1, "b", 2], dtype=object))


def test_divergence_is_reported_never_a_loss_of_1e141():
    X, y = load_digits(return_X_y=True)
    X = X / 16
    # Learning rate 10 on scaled data: the network raises, the estimator warns and keeps
    # the weights from before the diverging epoch, so predictions stay finite.
    net = FeedForwardNetwork([64, 100, 1], random_state=0)
    with pytest.raises(FloatingPointError, match=r"diverged .* learning rate \(now 10\)"):
        net.fit(X, y.astype(float), epochs=5, batch_size=128, learning_rate=10)
    with pytest.warns(ConvergenceWarning, match=r"diverged .* learning rate \(now 10\)"):
        model = NetworkRegressor(learning_rate=10, max_epochs=5, random_state=0).fit(X, y)
    assert np.isfinite(model.predict(X)).all() and max(model.loss_curve_, default=0) < 1e6


def test_regressor_targets_near_the_largest_double():
    X = np.linspace(-1, 1, 40).reshape(-1, 1)
    y = 1e300 * (1 + X[:, 0])
    model = NetworkRegressor(hidden_layer_sizes=8, activation="tanh", max_epochs=200,
                             batch_size=8, random_state=0).fit(X, y)
    prediction = model.predict(X)
    assert np.isfinite(prediction).all()
    assert np.corrcoef(prediction / 1e300, y / 1e300)[0, 1] > 0.97  # r2_score overflows
    far = NetworkRegressor(hidden_layer_sizes=2, activation="identity", max_epochs=50,
                           batch_size=8, random_state=0).fit(X, 1.7e308 * X[:, 0])
    with pytest.raises(FloatingPointError, match="exceeds the largest floating-point number"):
        far.predict([[1e3]])


@pytest.mark.parametrize("alpha", [0.0, 0.3])
def test_one_epoch_equals_scikit_learns_mlp_from_the_same_weights(alpha):
    # MLPClassifier with plain SGD (no momentum), no shuffling, batches of 30: its L2 term
    # alpha/(2·batch)·‖W‖² is eq. (1.33)'s weight decay with λ = alpha / batch.
    import warnings

    from sklearn.datasets import load_iris
    from sklearn.neural_network import MLPClassifier

    X, y = load_iris(return_X_y=True)
    net = FeedForwardNetwork([4, 8, 3], output="softmax", loss="cross_entropy",
                             random_state=0)
    mlp = MLPClassifier(hidden_layer_sizes=(8,), solver="sgd", momentum=0.0,
                        learning_rate_init=0.1, batch_size=30, shuffle=False, alpha=alpha)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        mlp.partial_fit(X, y, classes=[0, 1, 2])  # only to create its arrays
    mlp.coefs_ = [W.copy() for W in net.weights]
    mlp.intercepts_ = [b.copy() for b in net.biases]
    mlp.partial_fit(X, y)
    history = net.fit(X, y, epochs=1, batch_size=30, learning_rate=0.1,
                      weight_decay=alpha / 30, shuffle=False)
    for ours, theirs in zip(net.weights + net.biases, mlp.coefs_ + mlp.intercepts_):
        np.testing.assert_allclose(ours, theirs, rtol=1e-12, atol=1e-14)
    if alpha == 0:
        assert history.loss[0] == pytest.approx(mlp.loss_curve_[-1], rel=1e-12)


# -- properties (hypothesis): shapes, dropout's scaling, and what bad input gets ---------

from hypothesis import (  # noqa: E402
    given,
    settings,
    strategies as st,  # noqa: E402
)


@settings(max_examples=30, deadline=None)
@given(sizes=st.lists(st.integers(1, 6), min_size=2, max_size=5),
       n=st.integers(1, 7), rate=st.floats(0.0, 0.9), seed=st.integers(0, 2**16))
def test_forward_and_gradient_shapes_with_any_dropout(sizes, n, rate, seed):
    net = FeedForwardNetwork(sizes, activation="tanh", random_state=seed)
    X = np.random.default_rng(seed).normal(size=(n, sizes[0]))
    pre, post = net.forward(X, dropout=rate, random_state=seed)
    assert [a.shape for a in pre] == [(n, s) for s in sizes[1:]]
    for h in post[1:-1]:
        assert np.isfinite(h).all()
    _, dW, db = net.gradients(X, np.zeros((n, sizes[-1])), dropout=rate, random_state=seed)
    assert [g.shape for g in dW] == [W.shape for W in net.weights]
    assert [g.shape for g in db] == [b.shape for b in net.biases]


@settings(max_examples=30, deadline=None)
@given(rate=st.floats(0.0, 0.95), seed=st.integers(0, 2**16))
def test_dropout_mask_values(rate, seed):
    mask = dropout_mask((50, 7), rate, np.random.default_rng(seed))
    assert set(np.unique(mask)) <= {0.0, 1 / (1 - rate)}


@settings(max_examples=25, deadline=None)
@given(value=st.one_of(st.none(), st.text(max_size=3), st.floats(-2, -1e-9),
                       st.floats(allow_nan=True, allow_infinity=True).filter(lambda v: not 0 <= v < 1)))
def test_bad_dropout_rates_are_named(value):
    with pytest.raises((TypeError, ValueError), match="dropout"):
        FeedForwardNetwork([2, 2, 1]).forward(np.zeros((1, 2)), dropout=value)


@settings(max_examples=25, deadline=None)
@given(flag=st.one_of(st.text(max_size=4), st.integers(2, 9), st.floats(0.1, 2), st.none()))
def test_non_boolean_flags_are_named(flag):
    for name in ("shuffle", "bias", "early_stopping"):
        with pytest.raises(ValueError, match=f"'{name}' parameter"):
            NetworkClassifier(**{name: flag}, max_epochs=1).fit(np.eye(4), [0, 1, 0, 1])
