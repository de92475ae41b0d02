"""The step explorer of exercise 4: the perceptron's weights go round in a cycle."""

import numpy as np

from nbcompanion import plots, widgets


def test_explorer_uses_the_perceptron_history_and_updates_artists():
    explorer = widgets.cycling.cycling_explorer(epochs=2)
    assert explorer.history.weights[:5].tolist() == [[0, 0], [-2, -2], [0, 0], [-2, 2], [0, 0]]
    assert explorer.criterion.tolist() == [0, 4, 0, 4, 0, 4, 0, 4, 0]
    data_ax, path_ax, _ = explorer.view.axes
    before = bytes(explorer.view.image.value)
    explorer.controls["step"].value = 3
    vector = [line for line in data_ax.lines if line.get_label()][1]
    assert np.allclose(vector.get_xydata()[1], [-2, 2])
    assert "(-2, 2)" in data_ax.get_title()
    walked = path_ax.lines[1]
    assert len(walked.get_xdata()) == 4
    assert bytes(explorer.view.image.value) != before


def test_format_weights():
    assert plots.cycling.format_weights(np.array([0.0, -2.0])) == "(0, -2)"
