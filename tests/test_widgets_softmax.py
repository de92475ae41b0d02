import numpy as np
import pytest

from nbcompanion import activations, widgets


def test_every_control_changes_the_picture():
    explorer = widgets.softmax.softmax_explorer()
    for name, control in explorer.controls.items():
        picture = bytes(explorer.view.image.value)
        scores = explorer.state.scores.copy()
        control.value += 0.9 if control.value + 0.9 <= control.max else -0.9
        assert not np.array_equal(explorer.state.scores, scores), name
        np.testing.assert_allclose(explorer.state.probabilities,
                                   activations.softmax(explorer.state.scores))
        heights = [bar.get_height() for bar in explorer.artists["probabilities"]]
        np.testing.assert_allclose(heights, explorer.state.probabilities)
        assert bytes(explorer.view.image.value) != picture, name


def test_shift_leaves_the_probabilities_and_scale_sharpens_them():
    explorer = widgets.softmax.softmax_explorer(v=(2.0, 1.0, 0.1))
    before = explorer.state.probabilities.copy()
    explorer.controls["shift"].value = 4.0
    np.testing.assert_allclose(explorer.state.probabilities, before, rtol=1e-12)
    explorer.controls["scale"].value = 3.0
    assert explorer.state.probabilities[0] > before[0]
    explorer.controls["scale"].value = 0.2
    assert np.ptp(explorer.state.probabilities) < np.ptp(before)


def test_needs_three_scores():
    with pytest.raises(ValueError, match="three scores"):
        widgets.softmax.softmax_explorer(v=(1.0, 2.0))
