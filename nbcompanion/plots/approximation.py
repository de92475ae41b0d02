"""Figures of universal approximation with one hidden layer (§1.2.3, §1.5)."""

import numpy as np

from ..i18n import text
from ._style import legend_below

__all__ = ["draw_fit", "draw_errors", "update_fit", "draw_explorer_legend"]


def draw_fit(ax, x, target, prediction, contributions=None, *, n_hidden=None, error=None,
             max_units=None):
    """The target, the network's output and (faintly) each hidden unit's term of the sum.

    Parameters
    ----------
    x, target, prediction : array_like of shape (n_samples,)
    contributions : ndarray of shape (n_samples, n_hidden), optional
        w_(h,o) · h(x) for each hidden unit.
    max_units : int, optional
        Lines to create for units (at least ``n_hidden``), so an explorer can show more later.

    Returns
    -------
    dict with ``target``, ``prediction`` lines and the list ``units``.

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> len(draw_fit(ax, [0, 1], [0, 1], [0, 1], np.zeros((2, 3)))["units"])
    3
    """
    contributions = np.zeros((len(x), 0)) if contributions is None else contributions
    n_lines = max(contributions.shape[1], max_units or 0)
    units = []
    for j in range(n_lines):
        label = text("backprop.units") if j == 0 else None
        ys = contributions[:, j] if j < contributions.shape[1] else np.full(len(x), np.nan)
        units.append(ax.plot(x, ys, color="0.6", lw=0.8, alpha=0.7, label=label)[0])
    artists = {
        "units": units,
        "target": ax.plot(x, target, "k--", lw=1.5, label=text("backprop.target"))[0],
        "prediction": ax.plot(x, prediction, color="tab:red", lw=2,
                              label=text("backprop.network", n=n_hidden or "?"))[0],
    }
    ax.set_xlabel(text("backprop.x"))
    ax.set_ylabel(text("backprop.y"))
    if error is not None:
        ax.set_title(text("backprop.fit_title", error=error))
    span = np.ptp(target)
    ax.set_ylim(np.min(target) - 0.6 * span, np.max(target) + 0.3 * span)
    if max_units is None:
        artists["legend"] = ax.legend(loc="best")
    artists["title"] = ax.title
    return artists


def update_fit(artists, prediction, contributions, *, n_hidden, error):
    """Show another network's output and hidden terms (``contributions``: (n_samples, n))."""
    artists["prediction"].set_ydata(prediction)
    for j, line in enumerate(artists["units"]):
        line.set_ydata(contributions[:, j] if j < contributions.shape[1]
                       else np.full(len(prediction), np.nan))
    artists["prediction"].set_label(text("backprop.network", n=n_hidden))
    artists["title"].set_text(text("backprop.fit_title", error=error))


def draw_explorer_legend(fit, errors):
    """One legend under the figure for :func:`draw_fit` and :func:`draw_errors` together."""
    handles = [fit["units"][0], fit["target"], fit["prediction"], errors["errors"]]
    return legend_below(fit["target"].axes.figure, handles, ncol=2)


def draw_errors(ax, n_hidden, errors, *, current=None, legend=True):
    """Mean squared error of the trained networks against their number of hidden units."""
    artists = {"errors": ax.semilogy(n_hidden, errors, "o-", label=text("backprop.trained"))[0]}
    artists["current"] = ax.semilogy([] if current is None else [current[0]],
                                     [] if current is None else [current[1]], "o", ms=12,
                                     mfc="none", mec="tab:red")[0]
    ax.set_xlabel(text("backprop.hidden_units"))
    ax.set_ylabel(text("backprop.mse"))
    ax.set_title(text("backprop.error_title"))
    if legend:
        ax.legend(loc="best")
    return artists
