"""Explorer of universal approximation: choose the hidden units, see the fit (§1.2.3)."""

import ipywidgets as widgets
import numpy as np
from matplotlib.ticker import NullLocator

from .. import approximation, plots
from ..i18n import text
from ._core import Explorer, FigureView

__all__ = ["universal_approximation_explorer"]


def universal_approximation_explorer(choices=(1, 2, 3, 5, 10, 20), *, value=3, n_points=100,
                                     max_iterations=300, random_state=0):
    """A 1 → n → 1 sigmoid network fitted to f(x) = sin(3x) + 0.3x² for n among ``choices``.

    Each network is trained once, the first time its n is chosen, and cached; so moving the
    control back and forth only redraws. The left panel shows the target, the fit and each
    hidden unit's term of the sum; the right one the error of every network trained so far.

    Returns
    -------
    Explorer
        ``controls["hidden_units"]``; ``explorer.cache`` maps n to (network, error).
    """
    choices = tuple(sorted(choices))
    x = np.linspace(-2, 2, n_points)
    y = approximation.target_function(x)
    cache = {}

    def trained(n):
        if n not in cache:
            cache[n] = approximation.fit_one_hidden_layer(
                x, y, n, max_iterations=max_iterations, random_state=random_state)
        return cache[n]

    view = FigureView(1, 2, figsize=(9.5, 3.6), dpi=72)
    fit_ax, error_ax = view.axes
    network, error = trained(value)
    fit = plots.approximation.draw_fit(
        fit_ax, x, y, network.predict(x.reshape(-1, 1))[:, 0],
        approximation.hidden_contributions(network, x), n_hidden=value, error=error,
        max_units=max(choices))
    errors = plots.approximation.draw_errors(error_ax, [value], [error], current=(value, error))
    error_ax.set_xscale("log")
    error_ax.set_xlim(min(choices) * 0.8, max(choices) * 1.25)
    error_ax.set_xticks(choices, [str(c) for c in choices])
    error_ax.set_ylim(1e-6, 1)
    error_ax.xaxis.set_minor_locator(NullLocator())  # fewer ticks: a cheaper redraw
    error_ax.yaxis.set_minor_locator(NullLocator())
    control = widgets.SelectionSlider(options=choices, value=value,
                                      description=text("backprop.hidden_units"),
                                      style={"description_width": "initial"})

    def update(change=None):
        n = control.value
        network, error = trained(n)
        fit["prediction"].set_ydata(network.predict(x.reshape(-1, 1))[:, 0])
        fit["prediction"].set_label(text("backprop.network", n=n))
        terms = approximation.hidden_contributions(network, x)
        for j, line in enumerate(fit["units"]):
            line.set_ydata(terms[:, j] if j < n else np.full(len(x), np.nan))
        fit_ax.set_title(text("backprop.fit_title", error=error))
        fit_ax.legend(fontsize=8, loc="lower right")
        done = sorted(cache)
        errors["errors"].set_data(done, [cache[k][1] for k in done])
        errors["current"].set_data([n], [error])
        view.refresh()

    control.observe(update, names="value")
    update()
    # The layout is settled after the first drawing; keeping it makes each change cheaper.
    view.figure.set_layout_engine("none")
    explorer = Explorer({"hidden_units": control}, view)
    explorer.cache = cache
    return explorer
