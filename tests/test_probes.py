import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from nbcompanion import convolution, probes

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def trained():
    X, y = probes.load_digits_subset("train", 3000)
    X_test, y_test = probes.load_digits_subset("test", 1000)
    return probes.train_network(X, y, hidden=(64, 32), epochs=5), X, y, X_test, y_test


def test_layer_outputs_are_the_networks_hidden_layers(trained):
    model, X, *_ = trained
    layers = probes.layer_outputs(model, X[:10])
    assert [Z.shape for Z in layers] == [(10, 784), (10, 64), (10, 32)]
    net = model.network_
    h1 = np.maximum(X[:10] @ net.weights[0] + net.biases[0], 0)  # the recursion of §1.2.2
    np.testing.assert_allclose(layers[1], h1, rtol=1e-5, atol=1e-5)
    # the output layer on the last hidden layer gives the model's probabilities
    scores = layers[2] @ net.weights[2] + net.biases[2]
    np.testing.assert_array_equal(np.argmax(scores, axis=1), model.predict(X[:10]))
    np.testing.assert_array_equal(probes.frozen_features(model, X[:10]), layers[2])


def test_probe_accuracy_rises_through_the_hidden_layers(trained):
    model, X, y, X_test, y_test = trained
    layers = probes.layer_outputs(model, X[:1500])
    test_layers = probes.layer_outputs(model, X_test)
    accuracy = [probes.probe_accuracy(Z, y[:1500], Z_test, y_test)
                for Z, Z_test in zip(layers, test_layers)]
    assert accuracy[0] < accuracy[2]
    assert accuracy[2] > 0.85


def test_probe_of_separable_features_is_perfect_and_of_noise_is_chance():
    rng = np.random.default_rng(0)
    y = np.repeat([0, 1], 100)
    separable = np.column_stack([y + 0.1 * rng.normal(size=200), rng.normal(size=200)])
    assert probes.probe_accuracy(separable, y, separable, y) == 1.0
    noise = rng.normal(size=(200, 2))
    assert probes.probe_accuracy(noise[:100], rng.permutation(y)[:100], noise[100:],
                                 rng.permutation(y)[100:]) < 0.7


def test_projection_is_two_dimensional_and_centred(trained):
    _, X, *_ = trained
    Z2 = probes.project_2d(X[:200])
    assert Z2.shape == (200, 2)
    np.testing.assert_allclose(Z2.mean(axis=0), 0, atol=1e-4)
    assert Z2[:, 0].var() >= Z2[:, 1].var()


def test_frozen_convolutional_features_stop_before_the_last_layer():
    net = convolution.small_convnet(2, random_state=0)
    X, _ = probes.load_digits_subset("test", 3)
    features = probes.frozen_convolutional_features(net, X)
    assert features.shape == (3, 2 * 12 * 12)
    scores = features @ net.layers[-1].W + net.layers[-1].b
    np.testing.assert_allclose(scores, net.forward(X.reshape(3, 1, 28, 28)), rtol=1e-6)


def test_subset_loader_filters_classes_and_checks_n():
    X, y = probes.load_digits_subset("train", 50, classes=(3, 8))
    assert X.shape == (50, 784) and set(y.tolist()) <= {3, 8} and 0 <= X.min() <= X.max() <= 1
    with pytest.raises(ValueError, match="n"):
        probes.load_digits_subset("train", 0)


def _experiment():
    path = ROOT / "experiments" / "1.6.6-hierarchical-features.py"
    spec = importlib.util.spec_from_file_location("experiment_1_6_6", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_experiment_matches_a_recomputed_slice():
    stored = json.loads((ROOT / "experiments" / "results" / "1.6.6-hierarchical-features.json").read_text())
    recomputed = _experiment().small_slice()
    for key, value in stored["slice"].items():
        assert recomputed[key] == pytest.approx(value, abs=0.01), key
    accuracy = stored["accuracy"]
    assert accuracy["100"]["mlp_scratch"] > accuracy["1"]["mlp_scratch"]


def test_figures_draw_bars_projection_and_transfer_lines():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from nbcompanion import plots

    fig, (a, b, c) = plt.subplots(1, 3)
    bars = plots.probes.draw_probe_bars(a, ["x", "h"], [0.8, 0.9])
    assert [bar.get_height() for bar in bars["bars"]] == pytest.approx([80, 90])
    points = plots.probes.draw_projection(b, np.zeros((4, 2)), np.array([0, 1, 1, 2]), "t",
                                          legend=True)["points"]
    assert sorted(points) == [0, 1, 2] and b.get_legend() is not None
    accuracy = {"1": dict.fromkeys(plots.probes.TRANSFER_KEYS, 0.5),
                "3": dict.fromkeys(plots.probes.TRANSFER_KEYS, 0.7)}
    lines = plots.probes.draw_transfer(c, [1, 3], accuracy)["lines"]
    np.testing.assert_allclose(lines["pixels"].get_ydata(), [50, 70])
    plt.close(fig)
