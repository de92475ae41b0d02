"""Figures of §1.4.1: zero-error solutions, error against parameters, bias and variance.

Each function draws on the axes it is given and returns a dict of the artists it made.
"""

import numpy as np

from .. import i18n
from ._numbers import localize_ticks
from ._style import SERIES_COLORS

__all__ = ["draw_weight_vectors", "draw_family_predictions", "draw_error_sweep",
           "draw_resampled_fits"]


def draw_weight_vectors(ax, vectors):
    """Grouped bars of several weight vectors; ``vectors`` maps a label key to a vector."""
    artists = {}
    width = 0.8 / len(vectors)
    for i, (key, W) in enumerate(vectors.items()):
        positions = np.arange(1, len(W) + 1) + (i - (len(vectors) - 1) / 2) * width
        artists[key] = ax.bar(positions, W, width, color=SERIES_COLORS[i],
                              label=i18n.text(f"overfitting.{key}"))
    ax.axhline(0, color="black", linewidth=0.8)
    ax.set(xticks=np.arange(1, len(W) + 1),
           xticklabels=[f"x{j}" for j in range(1, len(W) + 1)],
           xlabel=i18n.text("overfitting.feature"), ylabel=i18n.text("overfitting.weight"),
           title=i18n.text("overfitting.weights_title"))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=1)
    localize_ticks(ax)
    return artists


def draw_family_predictions(ax, t, predictions, named, truth, point):
    """The prediction at a new point along the line of zero-error weights.

    ``named`` maps a label key to (t, prediction) of a marked solution.
    """
    artists = {"family": ax.plot(t, predictions, color="0.4",
                                 label=i18n.text("overfitting.family"))[0]}
    for i, (key, (t_i, value)) in enumerate(named.items()):
        artists[key] = ax.plot([t_i], [value], "o", markersize=8, color=SERIES_COLORS[i],
                               label=i18n.text(f"overfitting.{key}"))[0]
    artists["truth"] = ax.axhline(truth, color="black", linestyle="--",
                                  label=i18n.text("overfitting.truth"))
    ax.set(xlabel=i18n.text("overfitting.t"), ylabel=i18n.text("overfitting.prediction"),
           title=i18n.text("overfitting.family_title", point=point))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=2)
    localize_ticks(ax)
    return artists


def draw_error_sweep(ax, n_train, parameters, train, test, noise):
    """Training and test error against the number of parameters, log scale."""
    artists = {
        "train": ax.plot(parameters, train, "o-", markersize=3, color=SERIES_COLORS[0],
                         label=i18n.text("overfitting.train"))[0],
        "test": ax.plot(parameters, test, "o-", markersize=3, color=SERIES_COLORS[1],
                        label=i18n.text("overfitting.test"))[0],
        "noise": ax.axhline(noise, color="black", linestyle=":",
                            label=i18n.text("overfitting.noise")),
        "rule": ax.axvspan(n_train / 3, n_train / 2, color="tab:green", alpha=0.15,
                           label=i18n.text("overfitting.rule")),
        "n": ax.axvline(n_train, color="tab:red", linestyle="--",
                        label=i18n.text("overfitting.n_equals_p")),
    }
    ax.set(yscale="log", xlabel=i18n.text("overfitting.parameters"),
           ylabel=i18n.text("overfitting.error"),
           title=i18n.text("overfitting.sweep_title", n=n_train))
    ax.legend(loc="upper left")
    localize_ticks(ax)
    return artists


def draw_resampled_fits(ax, grid, predictions, degree, bias, variance, *, shown=20,
                        weight_decay=None):
    """A few of the fitted curves, their mean and the true function, for one degree.

    With ``weight_decay`` the title names λ as well (§1.4.1.1).
    """
    from ..overfitting import target

    artists = {"fits": ax.plot(grid, predictions[:shown].T, color="0.6", linewidth=0.7)}
    artists["fits"][0].set_label(i18n.text("overfitting.fits", count=shown))
    artists["mean"] = ax.plot(grid, predictions.mean(axis=0), color=SERIES_COLORS[1],
                              linewidth=2.2, label=i18n.text("overfitting.mean_fit"))[0]
    artists["target"] = ax.plot(grid, target(grid), color="black", linestyle="--",
                                label=i18n.text("overfitting.target"))[0]
    if weight_decay is not None:
        degree = f"{degree}, λ = {i18n.number(weight_decay, '.3g')}"
    ax.set(ylim=(-2, 2), xlabel=i18n.text("overfitting.x"), ylabel=i18n.text("overfitting.y"),
           title=i18n.text("overfitting.degree_title", degree=degree,
                           bias=i18n.number(bias, ".3f"), variance=i18n.number(variance, ".3f")))
    localize_ticks(ax)
    return artists
