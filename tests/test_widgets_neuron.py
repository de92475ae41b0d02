import numpy as np
import pytest

from nbcompanion import activations, widgets


def test_every_control_changes_the_neuron_and_the_picture():
    explorer = widgets.neuron.neuron_explorer()
    assert list(explorer.controls) == [
        "x1", "w1", "x2", "w2", "x3", "w3", "x4", "w4", "x5", "w5", "b", "activation"]
    for name, control in explorer.controls.items():
        before_v, before_h = explorer.state.output.v, explorer.state.output.h
        picture = bytes(explorer.view.image.value)
        point = explorer.artists["point"].get_ydata()[0]
        if name == "activation":
            control.value = "tanh"
        else:  # a step inside the slider's range
            control.value += 0.7 if control.value + 0.7 <= control.max else -0.7
        expected_v = explorer.state.w @ explorer.state.x + explorer.state.b
        assert explorer.state.output.v == pytest.approx(expected_v)
        assert (explorer.state.output.v, explorer.state.output.h) != (before_v, before_h), name
        assert explorer.artists["point"].get_ydata()[0] != point, name
        assert bytes(explorer.view.image.value) != picture, name
    assert explorer.state.output.h == pytest.approx(activations.tanh(explorer.state.output.v))


def test_diagram_texts_follow_the_sliders():
    explorer = widgets.neuron.neuron_explorer(activation="relu")
    explorer.controls["w2"].value = -1.5
    assert explorer.artists["diagram"]["w"][1].get_text() == "$w_2$=−1.5"
    assert explorer.artists["diagram"]["v"].get_text() == f"Σ\n{explorer.state.output.v:.3g}"


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="same shape"):
        widgets.neuron.neuron_explorer(x=[1, 2], w=[1, 2, 3])
    with pytest.raises(ValueError, match="Unknown activation"):
        widgets.neuron.neuron_explorer(activation="gelu")
    assert np.isfinite(widgets.neuron.neuron_explorer(b=1.0).state.output.h)
