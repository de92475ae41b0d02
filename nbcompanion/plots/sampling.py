"""Figures of exercise 11: how much a linear classifier depends on its 20 training points.

Each function draws on the axes it is given and returns the artists it made; labels come
from :mod:`nbcompanion.i18n` in the notebook's language.
"""

import numpy as np

from .. import i18n
from ._style import CLASS_COLORS, CLASS_MARKERS, LOSS_COLORS, legend_beside

__all__ = ["separator_points", "draw_sample", "update_sample", "draw_decision_spread",
           "draw_accuracy_spread"]

COLORS = {loss: LOSS_COLORS[loss] for loss in ("perceptron", "hinge")}
_GRID = np.linspace(0.0, 1.0, 2)


def separator_points(weights):
    """Two points of the line W·X + b = 0 across the unit square, for ``weights = (w1, w2, b)``.

    >>> separator_points([1.0, -1.0, 0.0])
    (array([0., 1.]), array([0., 1.]))
    """
    w1, w2, b = (float(v) for v in weights)
    if abs(w2) > 1e-12 * max(abs(w1), 1.0):
        return _GRID.copy(), -(w1 * _GRID + b) / w2
    if abs(w1) > 0:  # a vertical line
        return np.full(2, -b / w1), _GRID.copy()
    return np.full(2, np.nan), np.full(2, np.nan)  # W = 0: no line


def draw_sample(ax, X, y, weights, X_test=None, wrong=None):
    """Training points, the true separator x1 = x2 and each model's separator.

    Parameters
    ----------
    X : ndarray of shape (n_train, 2); y : ndarray of shape (n_train,), values ±1
    weights : dict of str to array of shape (3,)
        (w1, w2, b) per loss ("perceptron", "hinge").
    X_test : ndarray of shape (n_test, 2), optional
    wrong : dict of str to bool ndarray of shape (n_test,), optional
        Test points each model misclassifies, marked in its colour.

    Returns
    -------
    dict of str to Artist
    """
    artists = {}
    if X_test is not None:
        artists["test"] = ax.scatter(X_test[:, 0], X_test[:, 1], s=4, color="0.8",
                                     label=i18n.text("sampling.test_points"), zorder=1)
    for loss in weights:
        artists[f"wrong_{loss}"] = ax.scatter([], [], s=14, marker="x", color=COLORS[loss],
                                              linewidths=0.8, zorder=2,
                                              label=i18n.text(f"sampling.wrong_{loss}"))
    artists["true"], = ax.plot([0, 1], [0, 1], color="black", linestyle="--", linewidth=1,
                               label=i18n.text("sampling.true_separator"))
    for loss in weights:
        artists[loss], = ax.plot([], [], color=COLORS[loss], linewidth=2,
                                 label=i18n.text(f"sampling.{loss}"))
    artists["positive"] = ax.scatter([], [], s=36, marker=CLASS_MARKERS[+1],
                                     color=CLASS_COLORS[+1], edgecolor="black", zorder=3,
                                     label=i18n.text("common.class_pos"))
    artists["negative"] = ax.scatter([], [], s=36, marker=CLASS_MARKERS[-1],
                                     color=CLASS_COLORS[-1], edgecolor="black", zorder=3,
                                     label=i18n.text("common.class_neg"))
    ax.set(xlim=(0, 1), ylim=(0, 1), aspect="equal", xlabel=i18n.text("common.x1"),
           ylabel=i18n.text("common.x2"))
    # Under the axes: the moving lines and points would otherwise be drawn over it.
    handles = [artists[k] for k in ("positive", "negative", "true", *weights,
                                    *(f"wrong_{loss}" for loss in weights))]
    handles += [artists["test"]] if "test" in artists else []
    artists["legend"] = legend_beside(ax, handles=handles)
    artists["title"] = ax.title
    update_sample(artists, X, y, weights, X_test, wrong)
    return artists


def update_sample(artists, X, y, weights, X_test=None, wrong=None):
    """Move the artists of :func:`draw_sample` to another training sample."""
    artists["positive"].set_offsets(X[y > 0])
    artists["negative"].set_offsets(X[y < 0])
    for loss, w in weights.items():
        artists[loss].set_data(*separator_points(w))
        if X_test is not None and wrong is not None:
            artists[f"wrong_{loss}"].set_offsets(X_test[wrong[loss]])


def draw_decision_spread(ax, X_test, fraction_positive, loss):
    """Test points coloured by the share of training samples that call them positive.

    Points always classified the same way are at 0 or 1; the band of intermediate colours
    around x1 = x2 is where the decision depends on the training sample (part d).
    """
    scatter = ax.scatter(X_test[:, 0], X_test[:, 1], c=fraction_positive, cmap="coolwarm",
                         vmin=0, vmax=1, s=6, label=i18n.text("sampling.test_points"))
    line, = ax.plot([0, 1], [0, 1], color="black", linestyle="--", linewidth=1,
                    label=i18n.text("sampling.true_separator"))
    ax.set(xlim=(0, 1), ylim=(0, 1), aspect="equal", xlabel=i18n.text("common.x1"),
           ylabel=i18n.text("common.x2"),
           title=i18n.text("sampling.spread_title", loss=i18n.text(f"sampling.{loss}")))
    legend_beside(ax)
    colorbar = ax.figure.colorbar(scatter, ax=ax, shrink=0.8, location="left")
    colorbar.set_label(i18n.text("sampling.share_positive"))
    return {"points": scatter, "true": line, "colorbar": colorbar}


def draw_accuracy_spread(ax, accuracies):
    """Histograms of the test accuracy over training samples, one per loss."""
    bins = np.linspace(min(a.min() for a in accuracies.values()), 1.0, 31)
    artists = {}
    for loss, values in accuracies.items():
        artists[loss] = ax.hist(values, bins=bins, alpha=0.55, color=COLORS[loss],
                                label=i18n.text("sampling.accuracy_label", loss=i18n.text(
                                    f"sampling.{loss}"), mean=values.mean(), std=values.std()))
    ax.set(xlabel=i18n.text("sampling.test_accuracy"), ylabel=i18n.text("sampling.samples"),
           title=i18n.text("sampling.accuracy_title", n=len(next(iter(accuracies.values())))))
    ax.legend(loc="best")
    return artists
