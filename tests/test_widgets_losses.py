import numpy as np
import pytest

from nbcompanion import losses, widgets


def test_every_control_changes_the_state_and_the_picture():
    explorer = widgets.losses.loss_explorer(y=1, y_hat=0.5, loss="logistic")
    assert explorer.state.value == pytest.approx(losses.logistic_loss([1], [0.5])[0])
    steps = {"y": -1, "y_hat": 2.0, "loss": "hinge"}
    for name, value in steps.items():
        picture = bytes(explorer.view.image.value)
        state = (explorer.state.value, explorer.state.gradient)
        explorer.controls[name].value = value
        assert (explorer.state.value, explorer.state.gradient) != state, name
        assert bytes(explorer.view.image.value) != picture, name
    # y = -1, ŷ = 2: hinge = max(0, 1 + 2) = 3, gradient -y = +1
    assert (explorer.state.value, explorer.state.gradient) == (3.0, 1.0)


def test_label_flips_the_curves():
    explorer = widgets.losses.loss_explorer(y=1, loss="squared")
    line = explorer.artists["curves"]["squared"][0]
    before = line.get_ydata().copy()
    explorer.controls["y"].value = -1
    np.testing.assert_allclose(line.get_ydata(), before[::-1])


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="-1 or \\+1"):
        widgets.losses.loss_explorer(y=0)
    with pytest.raises(ValueError, match="Unknown loss"):
        widgets.losses.loss_explorer(loss="huber")
