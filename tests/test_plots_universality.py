"""Figures of §1.5 (plots.universality)."""

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, universality
from nbcompanion.plots import universality as plot


def test_approximation_lines_start_empty_and_update():
    fig, ax = plt.subplots()
    x = np.linspace(0, 1, 50)
    artists = plot.draw_approximation(ax, x, universality.target_function(x), max_bumps=3)
    assert np.isnan(artists["yours"].get_ydata()).all()
    bump = universality.unit_sum(x, [[0.2, 0.4, 0.5]])
    plot.update_approximation(artists, x, bump, candidate=bump, placed=[bump], note="n")
    np.testing.assert_array_equal(artists["yours"].get_ydata(), bump)
    np.testing.assert_array_equal(artists["placed"][0].get_ydata(), bump)
    assert np.isnan(artists["placed"][1].get_ydata()).all()
    assert np.isnan(artists["with_rest"].get_ydata()).all()
    assert artists["note"].get_text() == "n"
    legend = plot.add_figure_legend(fig, artists["legend_handles"])
    assert len(legend.get_texts()) == 5


def test_error_curve_marks_move():
    fig, ax = plt.subplots()
    n = np.arange(1, 4)
    artists = plot.draw_error_curve(ax, n, {"step": [0.3, 0.2, 0.1], "sigmoid": [0.3, 0.2, 0.05]},
                                    max_units=3, budget=2)
    plot.update_error_curve(artists, n, {"step": [0.3, 0.2, 0.1], "sigmoid": [0.2, 0.1, 0.05]},
                            (1, 0.4), (3, 0.08), budget=3)
    assert list(artists["you"].get_xdata()) == [1]
    assert list(artists["you_and_rest"].get_ydata()) == [0.08]
    assert list(artists["budget"].get_xdata()) == [3]
    plot.update_error_curve(artists, n, {"step": [0.3, 0.2, 0.1], "sigmoid": [0.2, 0.1, 0.05]},
                            (1, 0.4))
    assert len(artists["you_and_rest"].get_xdata()) == 0


def test_kernel_and_fit_figures_follow_the_edition():
    i18n.set_language("ru")
    try:
        fig, (left, middle, right) = plt.subplots(1, 3)
        kernels = plot.draw_kernels(left)
        assert kernels["gaussian"].get_label().startswith("гауссовское ядро")
        x = np.linspace(0, 1, 100)
        fits = plot.draw_unit_fits(middle, x, universality.target_function(x), 4)
        np.testing.assert_allclose(fits["step"].get_ydata(), universality.least_squares_fit(
            x, universality.target_function(x), "step", 4))
        lines = plot.draw_fits(right, [1, 2], {"step": [0.2, 0.1], "gaussian": [0.1, 0.01]})
        assert set(lines) == {"step", "gaussian"} and right.get_xscale() == "log"
    finally:
        i18n.set_language(None)
