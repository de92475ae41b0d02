"""Fig. 1.14-style figures and explorers: input space beside hidden or feature space."""

import numpy as np

from nbcompanion import data, plots, widgets
from nbcompanion.exercises import ex01


def test_line_in_box_solves_the_line_equation():
    xs, ys = plots.feature_space.line_in_box([2.0, 1.0], -1.0, (-1.0, 1.0))
    assert np.allclose(2 * xs + ys - 1, 0)
    assert np.isnan(plots.feature_space.line_in_box([0, 0], 1.0, (0, 1))[0]).all()


def test_static_figures_have_titles_labels_and_legends():
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, 3)
    X, y = data.xor()
    H, _ = ex01.forward(**ex01.REFERENCE)
    plots.feature_space.draw_input_space(axes[0], X, y, ex01.REFERENCE["W_hidden"])
    plots.feature_space.draw_hidden_space(axes[1], H, y, [1, 1], 0)
    plots.feature_space.draw_feature_line(axes[2], X[:, 0] * X[:, 1], y, 0.0)
    for ax in axes:
        assert ax.get_title() and ax.get_xlabel() and ax.get_legend() is not None


def test_relu_explorer_moves_the_hidden_points_and_the_picture():
    explorer = widgets.feature_space.relu_explorer()
    assert list(explorer.controls) == ["w11", "w12", "w21", "w22", "b1", "b2", "u1", "u2", "c"]
    axes = explorer.view.axes
    before_image = bytes(explorer.view.image.value)
    scatter = axes[1].collections[0]  # class +1 in hidden space
    before = scatter.get_offsets().copy()
    # the reference solution: w21 = -1, w22 = 1 (and w12 = -1, the Fig. 1.14 default)
    explorer.controls["w21"].value = -1.0
    explorer.controls["w22"].value = 1.0
    assert explorer.weights()["W_hidden"] == [[1.0, -1.0], [-1.0, 1.0]]
    assert ex01.check(**explorer.weights())
    assert not np.array_equal(before, scatter.get_offsets())
    assert "4 of 4" in axes[1].get_title()
    assert bytes(explorer.view.image.value) != before_image


def test_product_explorer_counts_points_and_redraws():
    explorer = widgets.feature_space.product_explorer(threshold=1.2)
    ax = explorer.view.axes[1]
    assert "2 of 4" in ax.get_title()
    before = bytes(explorer.view.image.value)
    explorer.controls["t"].value = 0.0
    assert "4 of 4" in ax.get_title()
    assert bytes(explorer.view.image.value) != before
    # t = 0: the shaded region is the first and third quadrants, exactly
    right, left = (polygon.get_xy() for polygon in explorer.artists["input"]["region"])
    assert right[:, 0].min() == 0 and right[:, 1].min() == 0 and right.max() == 1.5
    np.testing.assert_array_equal(left, -right)
