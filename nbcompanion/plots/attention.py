"""Figures of §1.7.2: the attention weights over the memory, and the lookup being learned.

Each function draws on the axes it is given and returns the artists it made; labels come
from :mod:`nbcompanion.i18n` in the notebook's language.
"""

import numpy as np

from .. import i18n
from ._style import LOSS_COLORS, SERIES_COLORS

__all__ = ["draw_weights", "draw_training"]


def draw_weights(ax, weights, targets, *, title, legend=True):
    """Attention weights, one row per query and one column per memory slot, with the slot
    each query should read marked by a circle.

    Returns
    -------
    dict of str to Artist: ``"weights"`` (the image) and ``"targets"``
    """
    weights = np.asarray(weights)
    artists = {"weights": ax.imshow(weights, cmap="Blues", vmin=0, vmax=1, aspect="auto")}
    artists["targets"], = ax.plot(np.asarray(targets), np.arange(len(targets)), "o",
                                  markerfacecolor="none", markeredgecolor=SERIES_COLORS[1],
                                  markersize=13, markeredgewidth=2,
                                  label=i18n.text("attention.right_slot"))
    ax.set_xticks(range(weights.shape[1]))
    ax.set_yticks(range(weights.shape[0]))
    ax.set_title(title)
    ax.set_xlabel(i18n.text("attention.slot"))
    ax.set_ylabel(i18n.text("attention.query"))
    if legend:
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2))
    return artists


def draw_training(ax, loss, accuracy):
    """The loss (left axis, log scale) and the share of right lookups (right axis) per step."""
    steps = np.arange(len(loss))
    artists = {}
    artists["loss"], = ax.plot(steps, loss, color=LOSS_COLORS["squared"],
                               label=i18n.text("attention.loss"))
    ax.set_yscale("log")
    ax.set_xlabel(i18n.text("attention.step"))
    ax.set_ylabel(i18n.text("attention.loss"))
    right = ax.twinx()
    artists["accuracy"], = right.plot(steps, accuracy, color=SERIES_COLORS[2],
                                      label=i18n.text("attention.accuracy"))
    right.set_ylim(-0.03, 1.03)
    right.set_ylabel(i18n.text("attention.accuracy"))
    ax.set_title(i18n.text("attention.training_title"))
    ax.legend(handles=[artists["loss"], artists["accuracy"]], loc="upper center",
              bbox_to_anchor=(0.5, -0.2))
    artists["right_axis"] = right
    return artists
