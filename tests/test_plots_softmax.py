import matplotlib.pyplot as plt
import numpy as np
import pytest

from nbcompanion import plots


def test_figure_1_9_writes_the_softmax_of_the_scores():
    fig, ax = plt.subplots()
    artists = plots.softmax.draw_softmax_layer(ax, [1.0, 1.0, 1.0])
    assert [t.get_text() for t in artists["outputs"]] == [
        f"$\\hat y_{i}$\n0.333" for i in (1, 2, 3)]
    assert ax.get_title() and ax.get_legend()


def test_agreement_plots_take_two_probability_matrices():
    fig, (ax1, ax2) = plt.subplots(1, 2)
    p = np.full((4, 2), 0.5)
    points = plots.softmax.draw_probability_agreement(ax1, p, p)
    assert points.get_offsets().shape == (8, 2)
    counts, _, _ = plots.softmax.draw_difference_histogram(ax2, p, p + 1e-9)
    assert counts.sum() == 8
    with pytest.raises(ValueError, match="same shape"):
        plots.softmax.draw_probability_agreement(ax1, p, p[:2])
