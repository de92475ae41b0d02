"""Figures of §1.1.1 and §1.4.1.3: accuracy against data, error and loss against epochs."""

import numpy as np

from .. import i18n
from ._numbers import localize_ticks
from ._style import SERIES_COLORS

__all__ = ["draw_data_curves", "draw_epoch_curves"]


def draw_data_curves(ax, sizes, accuracy):
    """Mean test accuracy ± one standard deviation over seeds against the training size.

    ``accuracy`` maps a model key (``logistic``, ``network_32``, …) to an array of shape
    (n_seeds, len(sizes)).
    """
    artists = {}
    for i, (key, runs) in enumerate(accuracy.items()):
        runs = np.asarray(runs, dtype=float)
        artists[key] = ax.errorbar(sizes, runs.mean(axis=0), yerr=runs.std(axis=0),
                                   marker="o", markersize=4, capsize=3, color=SERIES_COLORS[i],
                                   label=i18n.text(f"learning_curves.{key}"))
    ax.set(xscale="log", xlabel=i18n.text("learning_curves.n_train"),
           ylabel=i18n.text("learning_curves.accuracy"),
           title=i18n.text("learning_curves.title", seeds=len(runs)))
    ax.legend(loc="lower right")
    localize_ticks(ax)
    return artists


def draw_epoch_curves(ax, curves, kind, best=None, stop=None):
    """Training, validation and test ``kind`` ("error" or "loss") per epoch, mean over seeds.

    ``curves`` is a list (one per seed) of dicts with ``train_error``, ``validation_error``,
    … lists; ``best`` and ``stop`` mark the epochs chosen by the patience rule.
    """
    artists = {}
    for i, part in enumerate(("train", "validation", "test")):
        runs = np.array([c[f"{part}_{kind}"] for c in curves], dtype=float)
        epochs = np.arange(1, runs.shape[1] + 1)
        artists[part] = ax.plot(epochs, runs.mean(axis=0), color=SERIES_COLORS[i],
                                label=i18n.text(f"learning_curves.{part}"))[0]
    if best is not None:
        artists["best"] = ax.axvline(best, color="black", linestyle="--",
                                     label=i18n.text("learning_curves.best", epoch=best))
    if stop is not None:
        artists["stop"] = ax.axvline(stop, color="black", linestyle=":",
                                     label=i18n.text("learning_curves.stop", epoch=stop))
    ax.set(xlabel=i18n.text("learning_curves.epoch"),
           ylabel=i18n.text(f"learning_curves.{kind}"),
           title=i18n.text(f"learning_curves.{kind}_title", seeds=len(curves)))
    localize_ticks(ax)
    return artists
