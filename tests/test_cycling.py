"""The step explorer of exercise 4: the perceptron's weights go round in a cycle."""

import numpy as np

from nbcompanion import plots, widgets


def test_explorer_uses_the_perceptron_history_and_updates_artists():
    explorer = widgets.cycling.cycling_explorer(epochs=2)
    state = explorer.state
    assert state.history.weights[:5].tolist() == [[0, 0], [-2, -2], [0, 0], [-2, 2], [0, 0]]
    assert state.criterion.tolist() == [0, 4, 0, 4, 0, 4, 0, 4, 0]
    before = bytes(explorer.view.image.value)
    explorer.controls["step"].value = 3
    vector = explorer.artists["data"]["vector"]
    assert np.allclose(vector.get_xydata()[1], [-2, 2])
    assert "(−2, 2)" in explorer.artists["data"]["title"].get_text()
    walked = explorer.artists["path"]["walked"]
    assert len(walked.get_xdata()) == 4
    # the point visited at step 3 is the third example (no shuffling)
    np.testing.assert_array_equal(explorer.artists["data"]["visited"].get_xydata()[0],
                                  widgets.cycling.data.exercise4_points()[0][2])
    assert bytes(explorer.view.image.value) != before


def test_format_weights():
    assert plots.cycling.format_weights(np.array([0.0, -2.0])) == "(0, −2)"
