"""Figures and the explorer of exercise 11."""

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import plots, widgets
from nbcompanion.exercises import ex11


def test_separator_points_lie_on_the_line():
    xs, ys = plots.sampling.separator_points([2.0, -1.0, 0.5])
    np.testing.assert_allclose(2 * xs - ys + 0.5, 0, atol=1e-12)
    xs, ys = plots.sampling.separator_points([2.0, 0.0, -1.0])  # vertical
    np.testing.assert_allclose(xs, 0.5)
    assert np.isnan(plots.sampling.separator_points([0.0, 0.0, 0.0])[0]).all()


def test_static_figures_have_titles_labels_and_legends():
    result = ex11.experiment()
    fig, axes = plt.subplots(1, 3)
    plots.sampling.draw_accuracy_spread(axes[0], {l: result.accuracy(l) for l in ex11.LOSSES})
    plots.sampling.draw_decision_spread(axes[1], result.X_test,
                                        result.fraction_positive("hinge"), "hinge")
    artists = plots.sampling.draw_sample(
        axes[2], result.X_train[0], result.y_train[0],
        {l: result.weights[l][0] for l in ex11.LOSSES})
    for ax in axes[:2]:
        assert ax.get_title() and ax.get_xlabel() and ax.get_legend() is not None
    assert len(artists["positive"].get_offsets()) == np.sum(result.y_train[0] > 0)


def test_new_sample_button_redraws_separators_points_and_image():
    explorer = widgets.sampling.sample_explorer()
    line = explorer.view.axes[0].get_lines()[1]
    before_line = np.array(line.get_ydata(), dtype=float)
    before_points = explorer.view.axes[0].collections[-2].get_offsets().copy()
    before_image = bytes(explorer.view.image.value)
    explorer.controls["next"].click()
    assert explorer.controls["sample"].value == 1
    assert not np.allclose(np.array(line.get_ydata(), dtype=float), before_line)
    assert not np.array_equal(explorer.view.axes[0].collections[-2].get_offsets(), before_points)
    assert bytes(explorer.view.image.value) != before_image
    explorer.controls["sample"].value = explorer.controls["sample"].max
    explorer.controls["next"].click()
    assert explorer.controls["sample"].value == 0  # wraps around
