"""§1.4.2: the chain of single units, its gradient as a product, and the explorer."""

import numpy as np
import pytest

from nbcompanion import vanishing_gradients as vg, widgets
from nbcompanion.network import FeedForwardNetwork


def chain_output(x, weights, activation):
    return vg.chain_forward(x, weights, activation)[1][-1]


@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu", "identity"])
def test_chain_gradients_equal_central_differences(activation):
    rng = np.random.default_rng(0)
    weights, x, h = rng.uniform(0.5, 2.0, 6), 0.7, 1e-6
    numerical = []
    for i in range(len(weights)):
        up, down = weights.copy(), weights.copy()
        up[i] += h
        down[i] -= h
        numerical.append((chain_output(x, up, activation) - chain_output(x, down, activation))
                         / (2 * h))
    np.testing.assert_allclose(vg.chain_gradients(x, weights, activation), numerical,
                               rtol=1e-6, atol=1e-12)


def test_the_gradient_is_the_product_of_the_local_factors():
    weights, x = np.array([1.5, -0.8, 2.0, 0.3]), 0.4
    pre, post = vg.chain_forward(x, weights, "tanh")
    factors = vg.chain_factors(x, weights, "tanh")
    # ∂o/∂w_1 = x Φ'(a_1) · w_2Φ'(a_2) · w_3Φ'(a_3) · w_4Φ'(a_4)
    expected = x * (1 - np.tanh(pre[0]) ** 2) * np.prod(factors[1:])
    assert vg.chain_gradients(x, weights, "tanh")[0] == pytest.approx(expected, rel=1e-12)


def test_sigmoid_factors_are_at_most_a_quarter_of_the_weight():
    # σ'(a) = σ(a)(1 - σ(a)) ≤ 1/4 with equality at a = 0 (eq. 1.18).
    a = np.linspace(-10, 10, 2001)
    from nbcompanion import activations
    assert activations.sigmoid_derivative(a).max() == pytest.approx(vg.SIGMOID_DERIVATIVE_MAX)
    factors = vg.chain_factors(0.3, [1.0] * 20, "sigmoid")
    assert np.all(np.abs(factors) <= 0.25)
    gradients = vg.chain_gradients(0.3, [1.0] * 20, "sigmoid")
    assert gradients[0] / gradients[-1] < 0.25 ** 19 * 4  # vanishes geometrically
    # ReLU with positive weights: every factor is w, so w = 1 passes the gradient unchanged,
    # w = 2 doubles it at every layer (explodes).
    np.testing.assert_allclose(vg.chain_factors(1.0, [1.0] * 10, "relu"), 1.0)
    # ∂o/∂w_i = h_{i-1} · 2^(10-i) = 2^(i-1) · 2^(10-i) = 2^9 for every layer: all explode.
    np.testing.assert_allclose(vg.chain_gradients(1.0, [2.0] * 10, "relu"), 2.0 ** 9)


def test_deep_sigmoid_network_gradients_vanish_towards_the_input():
    rng = np.random.default_rng(0)
    X, y = rng.uniform(0, 1, (200, 20)), rng.integers(0, 3, 200)
    norms = {act: FeedForwardNetwork([20] + [32] * 8 + [3], activation=act, output="softmax",
                                     loss="cross_entropy", random_state=0)
             .layer_gradient_norms(X, y) for act in ("sigmoid", "relu")}
    assert norms["sigmoid"][0] < 1e-3 * norms["sigmoid"][-1]
    assert norms["relu"][0] > 1e-2 * norms["relu"][-1]


def test_chain_rejects_bad_input():
    with pytest.raises(ValueError, match="weights must be 1-D"):
        vg.chain_gradients(1.0, np.ones((2, 2)))
    with pytest.raises(ValueError, match="Unknown activation"):
        vg.chain_gradients(1.0, [1.0], "swish")


def test_gradient_chain_explorer_moves_with_every_control():
    explorer = widgets.vanishing_gradients.gradient_chain_explorer()
    line = explorer.artists["gradient"]
    image = bytes(explorer.view.image.value)
    explorer.controls["depth"].value = 20
    assert len(line.get_xdata()) == 20 and len(explorer.state.gradients) == 20
    explorer.controls["weight"].value = 4.0
    np.testing.assert_allclose(explorer.state.gradients,
                               vg.chain_gradients(1.0, [4.0] * 20, "sigmoid"))
    explorer.controls["activation"].value = "relu"
    np.testing.assert_allclose(explorer.state.factors, 4.0)
    explorer.controls["x"].value = -1.0
    assert np.all(explorer.state.gradients == 0)  # ReLU on a negative input: dead chain
    assert bytes(explorer.view.image.value) != image
    assert explorer.view.static_draws == 1  # blitted: the axes were drawn once
