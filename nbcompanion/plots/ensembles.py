"""Figures of §1.4.1.5: error and prediction variance of single networks and ensembles."""

import numpy as np

from .. import i18n
from ._numbers import localize_ticks
from ._style import SERIES_COLORS

__all__ = ["draw_ensemble_bars"]


def draw_ensemble_bars(error_ax, variance_ax, errors, variances, labels):
    """Bars of the mean test error (± sd over repetitions) and of the prediction variance.

    ``errors`` maps a method to its errors per repetition, ``variances`` to one number,
    ``labels`` to its name on the axis.
    """
    methods = list(errors)
    positions = np.arange(len(methods))
    colors = [SERIES_COLORS[i] for i in range(len(methods))]
    means = [100 * np.mean(errors[m]) for m in methods]
    spreads = [100 * np.std(errors[m]) for m in methods]
    artists = {
        "error": error_ax.bar(positions, means, yerr=spreads, capsize=4, color=colors),
        "variance": variance_ax.bar(positions, [variances[m] for m in methods], color=colors),
    }
    for ax in (error_ax, variance_ax):
        ax.set_xticks(positions, [labels[m] for m in methods], rotation=20, ha="right")
    error_ax.set(ylabel=i18n.text("ensembles.error") + ", %",
                 title=i18n.text("ensembles.error_title", repeats=len(errors[methods[0]])))
    variance_ax.set(ylabel=i18n.text("ensembles.variance"),
                    title=i18n.text("ensembles.variance_title"))
    localize_ticks(error_ax)
    localize_ticks(variance_ax)
    return artists
