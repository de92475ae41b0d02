"""Figures of §1.4.2: the gradient along a chain of single units, per-layer norms."""

import numpy as np

from .. import i18n
from ._numbers import localize_ticks
from ._style import SERIES_COLORS

__all__ = ["draw_chain", "update_chain", "draw_layer_norms"]

FLOOR, CEILING = 1e-30, 1e30  # the log axes of the chain; values beyond are drawn at the edge


def draw_chain(gradient_ax, factor_ax, max_depth):
    """Empty axes for :func:`update_chain`: |∂o/∂w_i| and |w_i Φ'(a_i)| against the layer."""
    artists = {
        "gradient": gradient_ax.plot([], [], "o-", markersize=4, color=SERIES_COLORS[0],
                                     label=i18n.text("vanishing.gradient"))[0],
        "factor": factor_ax.plot([], [], "o-", markersize=4, color=SERIES_COLORS[1],
                                 label=i18n.text("vanishing.factor"))[0],
        "ratio": gradient_ax.text(0.03, 0.04, "", transform=gradient_ax.transAxes,
                                  ha="left", va="bottom"),
    }
    factor_ax.axhline(1.0, color="black", linestyle="--", label=i18n.text("vanishing.one"))
    factor_ax.axhline(0.25, color="tab:green", linestyle=":",
                      label=i18n.text("vanishing.quarter"))
    gradient_ax.set(yscale="log", ylim=(FLOOR, CEILING), xlim=(0.5, max_depth + 0.5),
                    xlabel=i18n.text("vanishing.layer"), ylabel=i18n.text("vanishing.gradient"),
                    title=i18n.text("vanishing.gradient_title"))
    factor_ax.set(yscale="log", ylim=(1e-3, 1e2), xlim=(0.5, max_depth + 0.5),
                  xlabel=i18n.text("vanishing.layer"), ylabel=i18n.text("vanishing.factor"),
                  title=i18n.text("vanishing.factor_title"))
    factor_ax.legend(loc="upper right")
    localize_ticks(gradient_ax)
    localize_ticks(factor_ax)
    return artists


def update_chain(artists, gradients, factors):
    """Show the gradients and the factors of a chain of ``len(gradients)`` layers."""
    layers = np.arange(1, len(gradients) + 1)
    magnitude = np.clip(np.abs(gradients), FLOOR, CEILING)
    artists["gradient"].set_data(layers, magnitude)
    artists["factor"].set_data(layers, np.clip(np.abs(factors), 1e-3, 1e2))
    first, last = abs(gradients[0]), abs(gradients[-1])
    ratio = first / last if last > 0 else np.inf
    artists["ratio"].set_text(i18n.text("vanishing.ratio", ratio=i18n.number(ratio, ".2g")))


def draw_layer_norms(ax, norms, labels):
    """Per-layer gradient norms of deep networks, one line per activation (log scale).

    ``norms`` maps a key to an array of ‖∂L/∂W_p‖; ``labels`` maps the key to its legend.
    """
    artists = {}
    for i, (key, values) in enumerate(norms.items()):
        artists[key] = ax.plot(np.arange(1, len(values) + 1), values, "o-", markersize=4,
                               color=SERIES_COLORS[i], label=labels[key])[0]
    ax.set(yscale="log", xlabel=i18n.text("vanishing.network_layer"),
           ylabel=i18n.text("vanishing.norm"),
           title=i18n.text("vanishing.network_title", depth=len(values)))
    ax.legend(loc="lower right")
    localize_ticks(ax)
    return artists
