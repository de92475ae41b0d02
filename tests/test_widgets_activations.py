import numpy as np
import pytest

from nbcompanion import activations, widgets


def test_every_control_changes_the_state_artists_and_picture():
    explorer = widgets.activations.activation_explorer("sigmoid", v=2.0)
    assert explorer.state.value == pytest.approx(activations.sigmoid(2.0))
    assert explorer.state.slope == pytest.approx(activations.sigmoid_derivative(2.0))

    picture = bytes(explorer.view.image.value)
    explorer.controls["v"].value = -1.0
    assert explorer.state.v == -1.0
    assert explorer.artists["f_point"].get_ydata()[0] == pytest.approx(activations.sigmoid(-1.0))
    assert explorer.artists["d_point"].get_ydata()[0] == pytest.approx(
        activations.sigmoid_derivative(-1.0))
    assert bytes(explorer.view.image.value) != picture

    picture = bytes(explorer.view.image.value)
    curve = explorer.artists["d"].get_ydata().copy()
    explorer.controls["activation"].value = "tanh"
    assert explorer.state.activation == "tanh"
    assert explorer.state.slope == pytest.approx(activations.tanh_derivative(-1.0))
    assert not np.array_equal(explorer.artists["d"].get_ydata(), curve)
    assert bytes(explorer.view.image.value) != picture


@pytest.mark.parametrize("name", list(activations.REGISTRY))
def test_each_activation_can_be_chosen(name):
    explorer = widgets.activations.activation_explorer("identity", v=0.5)
    explorer.controls["activation"].value = name
    np.testing.assert_allclose(explorer.artists["f"].get_ydata(),
                               activations.get(name).function(explorer.artists["f"].get_xdata()))


def test_unknown_activation_is_refused():
    with pytest.raises(ValueError, match="Unknown activation"):
        widgets.activations.activation_explorer("swish")
