"""The figure checker: it fails figures that break the rules and passes those that keep them."""

from types import SimpleNamespace

import matplotlib.pyplot as plt
import numpy as np
from IPython.core.formatters import PNGFormatter
from matplotlib.figure import Figure

from nbcompanion.plots import _check


def figure(**kwargs):
    return plt.subplots(figsize=(4, 3), layout="constrained", **kwargs)


def test_a_tidy_figure_passes():
    fig, ax = figure()
    ax.plot([0, 1], [0, 1], label="line")
    ax.scatter([0.9], [0.1], label="point")
    ax.set(title="title", xlabel="x", ylabel="y")
    ax.legend(loc="upper left")
    assert _check.problems(fig) == []


def test_text_outside_the_figure_is_found():
    fig, ax = figure()
    ax.set_title("a title far too long for a figure four inches wide " * 2)
    found = _check.text_outside(fig)
    assert [text for text, _ in found] == [ax.get_title()]
    fig, ax = figure()
    ax.text(1.5, 0.5, "beyond the right edge", transform=ax.transAxes)
    assert len(_check.problems(fig)) == 1


def test_ticks_outside_the_view_are_not_text_outside():
    fig, ax = figure()
    ax.plot([0, 1], [0, 1])
    ax.set_xlim(0.05, 0.95)  # the locator still keeps ticks at 0 and 1, undrawn
    assert _check.text_outside(fig) == []


def test_a_legend_over_a_scatter_point_is_found():
    fig, ax = figure()
    ax.scatter([0.08, 0.5], [0.93, 0.5], label="points")
    ax.set(xlim=(0, 1), ylim=(0, 1))
    ax.legend(loc="upper left")
    assert _check.legends_over_data(fig) == [("points", 1)]


def test_a_legend_over_a_line_vertex_is_found():
    fig, ax = figure()
    x = np.linspace(0, 1, 50)
    ax.plot(x, np.ones_like(x) * 0.95, label="high line")
    ax.set(xlim=(0, 1), ylim=(0, 1))
    ax.legend(loc="upper right")
    (name, count), = _check.legends_over_data(fig)
    assert name == "high line" and count > 0


def test_a_legend_beside_the_axes_covers_nothing():
    fig, ax = figure()
    ax.scatter(np.random.default_rng(0).random((200, 2)).T[0],
               np.random.default_rng(1).random(200), label="cloud")
    from nbcompanion.plots._style import legend_beside
    legend_beside(ax)
    assert _check.problems(fig) == []


def test_points_outside_the_view_do_not_count():
    fig, ax = figure()
    ax.scatter([5.0], [5.0], label="far")
    ax.plot([0, 1], [0, 0.2], label="low")
    ax.set(xlim=(0, 1), ylim=(0, 1))
    legend = ax.legend(loc="upper right")
    fig.draw_without_rendering()
    # (5, 5) is off the view: under the legend in display space only if clipped away
    assert _check.legends_over_data(fig) == []
    assert legend.get_visible()


def test_activate_checks_every_figure_the_notebook_shows(capsys):
    formatter = PNGFormatter()
    shown = []
    formatter.for_type(Figure, lambda fig, **kwargs: shown.append(fig) or b"png")
    shell = SimpleNamespace(display_formatter=SimpleNamespace(
        formatters={"image/png": formatter}))
    assert _check.activate(shell)
    assert _check.activate(shell)  # a second activation does not wrap twice
    fig, ax = figure()
    ax.set_title("far too long a title for this small figure, far too long " * 2)
    formatter(fig)
    assert "nbcompanion figure check failed" in capsys.readouterr().err
    tidy, ax = figure()
    ax.plot([0, 1], [0, 1])
    formatter(tidy)
    assert capsys.readouterr().err == ""
    assert shown == [fig, tidy]  # the figures are still shown
    plain = SimpleNamespace(display_formatter=None)
    assert not _check.activate(plain)


def test_shown_figures_of_the_russian_edition_get_decimal_commas():
    from nbcompanion import i18n
    from nbcompanion.plots import _numbers

    formatter = PNGFormatter()
    formatter.for_type(Figure, lambda fig, **kwargs: b"png")
    shell = SimpleNamespace(display_formatter=SimpleNamespace(
        formatters={"image/png": formatter}))
    assert _numbers.activate(shell) and _check.activate(shell) and _numbers.activate(shell)
    labels = {}
    for lang in ("en", "ru"):
        i18n.set_language(lang)
        try:
            fig, ax = figure()
            ax.plot([0, 0.5], [-0.25, 0.25])
            formatter(fig)
            fig.canvas.draw()
            labels[lang] = [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        finally:
            i18n.set_language(None)
    assert "0.5" in labels["en"] and "0,5" in labels["ru"]
    assert not any("." in label for label in labels["ru"])
