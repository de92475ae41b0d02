"""§1.4.1.1–1.4.1.2: weight decay is eq. (1.33), ridge is where it rests, parameter sharing."""

import numpy as np
import pytest
from scipy import signal
from sklearn.linear_model import Ridge

from nbcompanion import overfitting, parameter_sharing
from nbcompanion.network import FeedForwardNetwork


def test_ridge_is_where_the_weight_decay_update_comes_to_rest():
    rng = np.random.default_rng(0)
    X, y = rng.normal(size=(30, 4)), rng.normal(size=30)
    lam = 0.2
    net = FeedForwardNetwork([4, 1], bias=False, random_state=0)
    for _ in range(3000):  # full-batch W ⇐ W(1 - αλ) - α ∂L/∂W, eq. (1.33)
        net.step(X, y[:, None], learning_rate=0.05, weight_decay=lam)
    np.testing.assert_allclose(net.weights[0][:, 0], overfitting.ridge(X, y, lam), rtol=1e-9)
    # scikit-learn's Ridge minimizes ‖y - XW‖² + α‖W‖²: the same with α = nλ/2.
    reference = Ridge(alpha=30 * lam / 2, fit_intercept=False).fit(X, y).coef_
    np.testing.assert_allclose(overfitting.ridge(X, y, lam), reference, rtol=1e-10)


def test_weight_decay_trades_variance_for_bias():
    results = [overfitting.bias_variance(*overfitting.resampled_fits(
        9, weight_decay=lam, repeats=100, random_state=9)) for lam in (0.0, 0.1, 1.0)]
    (bias0, var0), (bias1, var1), (bias2, var2) = results
    assert var0 > var1 > var2 and bias0 < bias2
    assert bias1 + var1 < 0.1 * (bias0 + var0)


def test_a_convolution_is_a_dense_layer_with_tied_weights():
    rng = np.random.default_rng(1)
    image, kernel = rng.normal(size=(28, 28)), rng.normal(size=(5, 5))
    W = parameter_sharing.convolution_matrix(kernel, image.shape)
    assert W.shape == (784, 576)
    np.testing.assert_allclose(image.ravel() @ W,
                               signal.correlate2d(image, kernel, mode="valid").ravel())
    assert len(np.unique(W[W != 0])) == 25
    with pytest.raises(ValueError, match="does not fit"):
        parameter_sharing.convolution_matrix(np.ones((3, 3)), (2, 5))


def test_parameter_counts():
    # 6 maps of 24 × 24 = 3456 units; dense: 784 · 3456 + 3456; shared: 6 · (25 + 1).
    assert parameter_sharing.parameter_counts() == {
        "units": 3456, "dense": 784 * 3456 + 3456, "shared": 156}
