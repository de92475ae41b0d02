import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from scipy import signal

from nbcompanion import convolution

ROOT = Path(__file__).resolve().parent.parent


def explicit_convolution(images, filters, bias):
    """The definition, one output value at a time (a reference inside the test)."""
    n, c, H, W = images.shape
    k, _, f, _ = filters.shape
    out = np.empty((n, k, H - f + 1, W - f + 1))
    for i in range(n):
        for j in range(k):
            for r in range(H - f + 1):
                for s in range(W - f + 1):
                    out[i, j, r, s] = np.sum(images[i, :, r:r + f, s:s + f] * filters[j]) + bias[j]
    return out


def test_convolution_matches_scipy_and_an_explicit_loop():
    rng = np.random.default_rng(0)
    images, filters, bias = rng.normal(size=(2, 3, 9, 7)), rng.normal(size=(4, 3, 3, 3)), rng.normal(size=4)
    ours = convolution.convolve(images, filters, bias)
    np.testing.assert_allclose(ours, explicit_convolution(images, filters, bias), atol=1e-12)
    for i in range(2):
        for j in range(4):
            expected = sum(signal.correlate2d(images[i, c], filters[j, c], mode="valid")
                           for c in range(3)) + bias[j]
            np.testing.assert_allclose(ours[i, j], expected, atol=1e-12)


def test_subsampling_averages_2x2_blocks_like_scipy():
    rng = np.random.default_rng(1)
    images = rng.normal(size=(2, 3, 8, 6))
    pooled = convolution.average_pool(images)
    assert pooled.shape == (2, 3, 4, 3)
    for i in range(2):
        for c in range(3):
            expected = signal.convolve2d(images[i, c], np.full((2, 2), 0.25), mode="valid")[::2, ::2]
            np.testing.assert_allclose(pooled[i, c], expected, atol=1e-14)


def test_lenet5_shapes_and_parameter_counts_match_fig_1_18():
    net = convolution.lenet5()
    # MAP.md, Fig. 1.18: 32×32 → C1 6@28×28 → S2 6@14×14 → C3 16@10×10 → S4 16@5×5 → C5 120 → F6 84 → 10
    maps = [s for layer, s in zip(net.layers, net.shapes[1:]) if layer.kind in ("convolution", "subsampling")]
    assert maps == [(6, 28, 28), (6, 14, 14), (16, 10, 10), (16, 5, 5), (120, 1, 1)]
    dense = [s for layer, s in zip(net.layers, net.shapes[1:]) if layer.kind == "dense"]
    assert dense == [(84,), (10,)]
    counts = [c for layer, c in zip(net.layers, net.parameter_counts()) if layer.params]
    # C1: 6·(1·5·5 + 1) = 156; C3: 16·(6·25 + 1) = 2416; C5: 120·(16·25 + 1) = 48120;
    # F6: 84·(120 + 1) = 10164; output: 10·(84 + 1) = 850
    assert counts == [156, 2416, 48120, 10164, 850]
    assert net.forward(np.zeros((2, 1, 32, 32))).shape == (2, 10)


def test_backpropagation_matches_finite_differences():
    net = convolution.ConvolutionalNetwork((2, 6, 6), [
        ("conv", 3, 3), ("act", "tanh"), ("pool", 2), ("conv", 2, 2), ("act", "sigmoid"),
        ("flatten",), ("dense", 3)], random_state=0)
    rng = np.random.default_rng(2)
    X, y = rng.normal(size=(4, 2, 6, 6)), np.array([0, 2, 1, 2])
    _, grads = net.gradients(X, y)
    for parameter, gradient in zip(net.parameters, grads):
        numeric = np.empty_like(parameter)
        for index in np.ndindex(parameter.shape):
            saved = parameter[index]
            parameter[index] = saved + 1e-6
            up = net.loss(X, y)
            parameter[index] = saved - 1e-6
            down = net.loss(X, y)
            parameter[index] = saved
            numeric[index] = (up - down) / 2e-6
        np.testing.assert_allclose(gradient, numeric, rtol=1e-5, atol=1e-9)


def test_small_convnet_learns_digits():
    X, y = convolution.load_mnist_images("train", 600, dtype="float64")
    net = convolution.small_convnet(4, random_state=0)
    history = net.fit(X, y, epochs=3, batch_size=32, learning_rate=0.05, random_state=0)
    assert history[-1] < history[0] / 2
    X_test, y_test = convolution.load_mnist_images("test", 300)
    assert np.mean(net.predict(X_test) != y_test) < 0.3


def test_bad_input_gets_clear_messages():
    with pytest.raises(ValueError, match="channel"):
        convolution.convolve(np.zeros((1, 2, 5, 5)), np.zeros((1, 3, 3, 3)))
    with pytest.raises(ValueError, match="square"):
        convolution.convolve(np.zeros((1, 1, 5, 5)), np.zeros((1, 1, 3, 2)))
    with pytest.raises(ValueError, match="exceeds"):
        convolution.convolve(np.zeros((1, 1, 2, 2)), np.zeros((1, 1, 3, 3)))
    with pytest.raises(ValueError, match="divisible"):
        convolution.average_pool(np.zeros((1, 1, 5, 4)))
    with pytest.raises(ValueError, match="4-D"):
        convolution.convolve(np.zeros((5, 5)), np.zeros((1, 1, 3, 3)))
    with pytest.raises(ValueError, match="flatten"):
        convolution.ConvolutionalNetwork((1, 8, 8), [("dense", 3)])
    with pytest.raises(ValueError, match="Unknown layer"):
        convolution.ConvolutionalNetwork((1, 8, 8), [("lstm", 3)])
    net = convolution.small_convnet(2)
    with pytest.raises(ValueError, match=r"\(n, 1, 28, 28\)"):
        net.predict(np.zeros((3, 1, 32, 32)))
    with pytest.raises(ValueError, match="integer class labels"):
        net.loss(np.zeros((2, 1, 28, 28)), [0.5, 1.0])


def test_scores_at_large_inputs_give_a_finite_loss():
    net = convolution.small_convnet(2)
    assert np.isfinite(net.loss(np.full((2, 1, 28, 28), 1e4), [3, 4]))


def _experiment():
    path = ROOT / "experiments" / "1.6.5-convolutional-networks.py"
    spec = importlib.util.spec_from_file_location("experiment_1_6_5", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_experiment_matches_a_recomputed_slice():
    stored = json.loads((ROOT / "experiments" / "results" / "1.6.5-convolutional-networks.json").read_text())
    recomputed = _experiment().small_slice()
    assert recomputed["n_train"] == stored["slice"]["n_train"]
    for key in ("convnet_test_error", "mlp_test_error", "convnet_loss", "lenet5_test_error",
                "lenet5_loss"):
        assert recomputed[key] == pytest.approx(stored["slice"][key], abs=0.006), key
    assert 0 < stored["test_error"] < stored["mlp_test_error_per_epoch"][-1]
    assert stored["test_error"] == stored["convnet_test_error_per_epoch"][-1]
    # LeNet-5 trained as the others, for as many epochs, and better than the multilayer network
    assert len(stored["lenet5_test_error_per_epoch"]) == stored["epochs"]
    assert 0 < stored["lenet5_test_error_per_epoch"][-1] < stored["mlp_test_error_per_epoch"][-1]
    assert stored["lenet5_parameters"] == sum(convolution.lenet5().parameter_counts())
    assert np.array(stored["filters"]).shape == (8, 5, 5)


def test_figures_show_images_and_error_curves():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from nbcompanion import plots

    fig, axes = plt.subplots(1, 3)
    shown = plots.convolution.draw_images(axes[:2], [np.eye(3), -2 * np.eye(3)], ["a", "b"],
                                          diverging=True, colorbar_label="w")["images"]
    assert shown[0].get_clim() == (-2.0, 2.0) and axes[1].get_title() == "b"
    lines = plots.convolution.draw_error_curves(axes[2], {"cnn": [0.03, 0.02]})["lines"]
    np.testing.assert_allclose(lines["cnn"].get_ydata(), [3.0, 2.0])
    assert axes[2].get_legend() is not None
    plt.close(fig)


def test_pad_to_32_centres_the_digit_in_a_border_of_zeros():
    images = np.random.default_rng(0).random((3, 1, 28, 28))
    padded = convolution.pad_to_32(images)
    assert padded.shape == (3, 1, 32, 32)
    assert np.array_equal(padded[:, :, 2:30, 2:30], images)
    assert padded.sum() == pytest.approx(images.sum())
    with pytest.raises(ValueError, match="28×28"):
        convolution.pad_to_32(np.zeros((1, 1, 32, 32)))
