"""Figures of §1.4.3–§1.4.4: restarts, a slice of the loss surface, the two fits."""

import numpy as np

from .. import i18n
from ._numbers import localize_ticks
from ._style import SERIES_COLORS

__all__ = ["draw_restarts", "draw_loss_slice", "draw_two_fits"]


def draw_restarts(ax, runs, hidden):
    """Final loss of each restart, sorted (log scale); ``runs`` from convergence.restarts."""
    losses = [run[2] for run in runs]
    artists = {"bars": ax.bar(np.arange(len(runs)), losses, color=SERIES_COLORS[0])}
    ax.set_xticks(np.arange(len(runs)), [str(run[0]) for run in runs])
    ax.set(yscale="log", xlabel=i18n.text("convergence.seed"),
           ylabel=i18n.text("convergence.loss"),
           title=i18n.text("convergence.restarts_title", count=len(runs), hidden=hidden))
    localize_ticks(ax)
    return artists


def draw_loss_slice(ax, t, losses):
    """The loss along the line between two weight vectors, both ends marked."""
    artists = {"slice": ax.plot(t, losses, color="black", label=i18n.text("convergence.slice"))[0]}
    for i, (end, key) in enumerate(((0.0, "best"), (1.0, "worst"))):
        value = np.interp(end, t, losses)
        artists[key] = ax.plot([end], [value], "o", markersize=8, color=SERIES_COLORS[i],
                               label=i18n.text(f"convergence.{key}"))[0]
    ax.set(yscale="log", xlabel=i18n.text("convergence.t"), ylabel=i18n.text("convergence.loss"),
           title=i18n.text("convergence.slice_title"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2))
    localize_ticks(ax)
    return artists


def draw_two_fits(ax, x, y, best, worst):
    """The target and the outputs of the best and the worst network on a grid."""
    artists = {"target": ax.plot(x, y, "k--", label=i18n.text("convergence.target"))[0]}
    for i, (net, key) in enumerate(((best, "best"), (worst, "worst"))):
        artists[key] = ax.plot(x, net.predict(x.reshape(-1, 1))[:, 0], color=SERIES_COLORS[i],
                               label=i18n.text(f"convergence.{key}"))[0]
    ax.set(xlabel=i18n.text("convergence.x"), ylabel=i18n.text("convergence.y"),
           title=i18n.text("convergence.fits_title"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2))
    localize_ticks(ax)
    return artists
