"""Figures of §1.6.1: a one-layer network's weights against scikit-learn's."""

import numpy as np

from ..i18n import text
from ._style import SERIES_COLORS

__all__ = ["draw_agreement", "draw_differences"]


def draw_agreement(ax, pairs):
    """Scatter each model's weights (network) against scikit-learn's, on the diagonal if equal.

    Parameters
    ----------
    ax : Axes
    pairs : dict of str to (ndarray, ndarray)
        Label → (network weights, scikit-learn weights). Each pair is divided by the
        largest |scikit-learn weight|, so models of any scale share the axes.

    Returns
    -------
    dict
        ``"points"``: dict label → PathCollection; ``"diagonal"``: Line2D.
    """
    points = {}
    for color, (label, (ours, theirs)) in zip(SERIES_COLORS, pairs.items()):
        ours, theirs = np.ravel(ours), np.ravel(theirs)
        scale = np.abs(theirs).max() or 1.0
        points[label] = ax.scatter(theirs / scale, ours / scale, s=22, color=color,
                                   label=label, alpha=0.8)
    diagonal, = ax.plot([-1.1, 1.1], [-1.1, 1.1], color="0.5", lw=1, zorder=0,
                        label=text("shallow.equal"))
    ax.set(xlim=(-1.1, 1.1), ylim=(-1.1, 1.1), aspect="equal",
           xlabel=text("shallow.theirs"), ylabel=text("shallow.ours"),
           title=text("shallow.agreement_title"))
    # Below the axes (under the x label): inside, it hid points whatever the corner.
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22))
    return {"points": points, "diagonal": diagonal}


def draw_differences(ax, pairs):
    """Bars of log₁₀ of the largest |weight difference| per model (0 differences at −16).

    Returns
    -------
    dict
        ``"bars"``: BarContainer.
    """
    labels = list(pairs)
    values = [np.log10(max(np.abs(np.ravel(a) - np.ravel(b)).max(), 1e-16))
              for a, b in pairs.values()]
    bars = ax.barh(labels, values, color=SERIES_COLORS[:len(labels)])
    ax.invert_yaxis()
    ax.set(xlim=(-16, 0), xticks=range(-16, 1, 4), xlabel=text("shallow.difference"),
           title=text("shallow.difference_title"))
    return {"bars": bars}
