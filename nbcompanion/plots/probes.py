"""Figures of §1.6.6: probe accuracy per layer, 2-D projections, transfer curves."""

import numpy as np

from ..i18n import number, text
from ._style import SERIES_COLORS

__all__ = ["draw_probe_bars", "draw_projection", "draw_transfer", "TRANSFER_KEYS"]

TRANSFER_KEYS = ("convnet_transfer", "mlp_transfer", "mlp_scratch", "pixels")


def draw_probe_bars(ax, names, accuracies):
    """One bar per layer: the test accuracy of a linear probe on that layer's values.

    Returns
    -------
    dict
        ``"bars"`` BarContainer, ``"labels"`` list of Text (the values above the bars).
    """
    accuracies = np.asarray(accuracies, dtype=float)
    bars = ax.bar(names, 100 * accuracies, color=SERIES_COLORS[:len(names)])
    labels = [ax.text(i, 100 * a + 0.3, number(100 * a, ".1f"), ha="center", va="bottom")
              for i, a in enumerate(accuracies)]
    low = max(0.0, 100 * accuracies.min() - 8)
    ax.set(ylim=(low, 100), xlabel=text("probes.layer"), ylabel=text("probes.accuracy") + ", %",
           title=text("probes.probe_title"))
    return {"bars": bars, "labels": labels}


def draw_projection(ax, Z2, y, title, *, legend=False):
    """Points of a 2-D projection coloured by digit (one colour per class).

    Returns
    -------
    dict
        ``"points"``: dict digit → PathCollection.
    """
    points = {}
    for digit in np.unique(y):
        chosen = y == digit
        points[int(digit)] = ax.scatter(Z2[chosen, 0], Z2[chosen, 1], s=5, alpha=0.6,
                                        color=SERIES_COLORS[int(digit) % len(SERIES_COLORS)],
                                        label=text("probes.digit", d=int(digit)))
    ax.set(title=title, xlabel=text("probes.component_1"), ylabel=text("probes.component_2"))
    ax.set_xticks([])
    ax.set_yticks([])
    if legend:
        ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1), borderaxespad=0, markerscale=3)
    return {"points": points}


def draw_transfer(ax, sizes, accuracy):
    """Test accuracy against the number of training images per class, one line per method.

    Parameters
    ----------
    sizes : sequence of int
    accuracy : dict
        ``str(n)`` → {method: accuracy}, methods from :data:`TRANSFER_KEYS`.

    Returns
    -------
    dict
        ``"lines"``: dict method → Line2D.
    """
    lines = {}
    for color, key in zip(SERIES_COLORS, TRANSFER_KEYS):
        values = [100 * accuracy[str(n)][key] for n in sizes]
        style = "--" if key == "pixels" else "o-"
        lines[key], = ax.semilogx(sizes, values, style, color=color, ms=4,
                                  label=text(f"probes.{key}"))
    ax.set_xticks(sizes, [str(n) for n in sizes])
    ax.minorticks_off()
    ax.set(xlabel=text("probes.per_class"), ylabel=text("probes.test_accuracy") + ", %",
           title=text("probes.transfer_title"))
    # below the axes, not over the curves
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.22), ncols=2)
    return {"lines": lines}
