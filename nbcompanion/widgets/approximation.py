"""Explorer of universal approximation: choose the hidden units, see the fit (§1.2.3)."""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np
from matplotlib.ticker import NullLocator

from .. import approximation, plots
from ..i18n import text
from ._core import Explorer, FigureView

__all__ = ["universal_approximation_explorer"]


def universal_approximation_explorer(choices=(1, 2, 3, 5, 10, 20), *, value=3, n_points=100,
                                     max_iterations=300, random_state=0, task=None):
    """A 1 → n → 1 sigmoid network fitted to f(x) = sin(3x) + 0.3x² for n among ``choices``.

    Every network is trained when the explorer is built (a fraction of a second with one
    BLAS thread) and kept, so the control only shows a precomputed fit. The left panel
    shows the target, the fit and each hidden unit's term of the sum; the right one the
    error of every network, the current one ringed.

    Returns
    -------
    Explorer
        ``controls["hidden_units"]``; ``state.fits`` maps n to (network, error).
    """
    choices = tuple(sorted(choices))
    if value not in choices:
        raise ValueError(f"value must be one of the choices {choices}, got {value!r}.")
    x = np.linspace(-2, 2, n_points)
    y = approximation.target_function(x)
    fits = {n: approximation.fit_one_hidden_layer(x, y, n, max_iterations=max_iterations,
                                                  random_state=random_state)
            for n in choices}
    curves = {n: (network.predict(x.reshape(-1, 1))[:, 0],
                  approximation.hidden_contributions(network, x))
              for n, (network, _) in fits.items()}
    view = FigureView(1, 2, figsize=(8.4, 3.6), width_ratios=(1.3, 1.0))
    fit_ax, error_ax = view.axes
    fit = plots.approximation.draw_fit(fit_ax, x, y, *curves[value], n_hidden=value,
                                       error=fits[value][1], max_units=max(choices))
    errors = plots.approximation.draw_errors(error_ax, list(choices),
                                             [fits[n][1] for n in choices],
                                             current=(value, fits[value][1]), legend=False)
    fit["legend"] = plots.approximation.draw_explorer_legend(fit, errors)
    error_ax.set_xscale("log")
    error_ax.set_xlim(min(choices) * 0.8, max(choices) * 1.25)
    error_ax.set_xticks(choices, [str(c) for c in choices])
    error_ax.xaxis.set_minor_locator(NullLocator())
    error_ax.yaxis.set_minor_locator(NullLocator())
    controls = {"hidden_units": widgets.SelectionSlider(
        options=choices, value=value, description=text("backprop.hidden_units"),
        style={"description_width": "initial"})}
    state = SimpleNamespace(fits=fits)

    def update(state):
        n = state.hidden_units
        plots.approximation.update_fit(fit, *curves[n], n_hidden=n, error=fits[n][1])
        fit["legend"].get_texts()[2].set_text(fit["prediction"].get_label())
        errors["current"].set_data([n], [fits[n][1]])

    # The legend names n: it moves with the fit, so a choice redraws no static artist.
    return Explorer(controls, view, state=state, artists={"fit": fit, "errors": errors},
                    moving=[fit["prediction"], *fit["units"], fit["title"], fit["legend"],
                            errors["current"]],
                    update=update,
                    task=text("tasks.approximation") if task is None else task)
