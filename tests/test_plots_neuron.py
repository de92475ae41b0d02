import matplotlib.pyplot as plt
import pytest

from nbcompanion import plots


def test_figure_1_7_shows_pre_and_post_activation_values():
    fig, ax = plt.subplots()
    artists = plots.neuron.draw_neuron(ax, [1, 2, 3, 4, 5], [1, 0, 0, 0, -1], 0.5,
                                       activation="relu")
    # v = 1 - 5 + 0.5 = -3.5, h = ReLU(v) = 0
    assert artists["v"].get_text() == "Σ\n−3.5"  # a minus sign, not a hyphen
    assert artists["h"].get_text() == "Φ\n0"
    assert len(artists["x"]) == len(artists["w"]) == len(artists["edges"]) == 5
    assert ax.get_title() and ax.get_legend()


def test_bad_input_is_refused():
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="same shape"):
        plots.neuron.draw_neuron(ax, [1, 2], [1])
