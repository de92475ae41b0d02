"""Figures of §1.4.1.4: error against depth at a fixed number of parameters."""

import numpy as np

from .. import i18n
from ._numbers import localize_ticks
from ._style import SERIES_COLORS

__all__ = ["draw_depth_errors"]


def draw_depth_errors(ax, depths, widths, train_error, test_error, budget):
    """Training and test error (%, mean ± sd over seeds) for each depth; ticks name widths."""
    train, test = (100 * np.asarray(e, dtype=float) for e in (train_error, test_error))
    artists = {
        "test": ax.errorbar(depths, test.mean(axis=1), yerr=test.std(axis=1), marker="o",
                            capsize=4, color=SERIES_COLORS[1],
                            label=i18n.text("architecture.test")),
        "train": ax.plot(depths, train.mean(axis=1), "s--", color=SERIES_COLORS[0],
                         label=i18n.text("architecture.train"))[0],
    }
    ax.set_xticks(depths, [f"{d} ({w})" for d, w in zip(depths, widths)])
    ax.set(ylim=(0, None), xlabel=i18n.text("architecture.depth"),
           ylabel=i18n.text("architecture.error"),
           title=i18n.text("architecture.title", budget=f"{budget:,}".replace(",", "\u202f"),
                           seeds=test.shape[1]))
    # Below the axes, under the x label, so that it never hides a point (the figure needs
    # room for it: ``layout="constrained"`` gives it).
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.25), ncols=2)
    localize_ticks(ax)
    return artists
