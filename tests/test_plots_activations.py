import matplotlib.pyplot as plt
import numpy as np
import pytest

from nbcompanion import activations, plots


@pytest.mark.parametrize("derivative", [False, True])
def test_grid_draws_figures_1_8_and_1_10_from_the_registry(derivative):
    fig, axes = plt.subplots(2, 3)
    lines = plots.activations.draw_activation_grid(axes.flat, derivative=derivative)
    assert list(lines) == list(activations.REGISTRY)
    for name, line in lines.items():
        phi = activations.get(name)
        expected = (phi.derivative if derivative else phi.function)(line.get_xdata())
        np.testing.assert_array_equal(line.get_ydata(), expected)
    assert all(ax.get_title() and ax.get_xlabel() and ax.get_legend() for ax in axes.flat)


def test_saturation_regions():
    v = np.array([-6.0, -1.0, 0.0, 1.0, 6.0])
    assert plots.activations.saturated("sigmoid", v).tolist() == [True, False, False, False, True]
    assert plots.activations.saturated("relu", v).tolist() == [True, True, False, False, False]
    assert plots.activations.saturated("sign", v).all()
    assert not plots.activations.saturated("identity", v).any()


def test_tanh_identity_curves_coincide():
    fig, ax = plt.subplots()
    tanh, scaled, _ = plots.activations.draw_tanh_identity(ax)
    np.testing.assert_allclose(tanh.get_ydata(), scaled.get_ydata(), atol=1e-15)


@pytest.mark.parametrize("name, where, peak", [("sigmoid", 0.0, 0.25), ("tanh", 0.0, 1.0)])
def test_derivative_peak_marker(name, where, peak):
    fig, ax = plt.subplots()
    marker = plots.activations.draw_derivative_peak(ax, name)
    assert marker.get_xdata()[0] == pytest.approx(where, abs=1e-12)
    assert marker.get_ydata()[0] == pytest.approx(peak)


def test_bad_grid_is_refused():
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="1-D"):
        plots.activations.draw_activation(ax, "tanh", [[0.0, 1.0]])
