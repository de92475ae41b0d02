"""The perceptron cycling on data that no line separates (§1.2.1, exercise 4).

Three views of one training run: the data with the current boundary W·X = 0, the path of
W in weight space, and the perceptron criterion of eq. (1.8) after every step.
"""

import numpy as np

from .. import i18n
from ._style import legend_below
from .feature_space import draw_points, line_in_box

__all__ = ["draw_data_state", "draw_weight_path", "draw_criterion", "format_weights",
           "draw_cycling", "update_cycling"]


def format_weights(W):
    """``"(−2, 2)"``: weights as a short text for titles and messages, in the edition's way.

    >>> format_weights([-2.0, 0.5])
    '(−2, 0.5)'
    """
    return i18n.numbers(np.asarray(W, dtype=float), "g", brackets="()")


def draw_data_state(ax, X, y, W, visited=None, *, step=0, limits=(-2.5, 2.5), legend=True):
    """The points, the boundary W·X = 0, the vector W, and the point used at this step.

    Returns a dict of artists: ``"boundary"``, ``"vector"``, ``"visited"`` (Line2D each).
    """
    artists = draw_points(ax, X, y)
    (artists["boundary"],) = ax.plot(*line_in_box(W, 0.0, limits), color="black",
                                     label=i18n.text("ex04.boundary"))
    (artists["vector"],) = ax.plot([0, W[0]], [0, W[1]], color="tab:green", marker="o",
                                   markevery=[1], label=i18n.text("ex04.current"))
    point = X[visited] if visited is not None else [np.nan, np.nan]
    (artists["visited"],) = ax.plot([point[0]], [point[1]], linestyle="none", marker="o",
                                    markersize=22, markerfacecolor="none",
                                    markeredgecolor="crimson", markeredgewidth=2,
                                    label=i18n.text("ex04.visited"))
    ax.set_xlim(limits)
    ax.set_ylim(limits)
    ax.set_aspect("equal")
    ax.set_title(i18n.text("ex04.data_title", step=step, W=format_weights(W)))
    ax.set_xlabel(i18n.text("common.x1"))
    ax.set_ylabel(i18n.text("common.x2"))
    if legend:
        ax.legend(loc="best")
    artists["title"] = ax.title
    return artists


def draw_weight_path(ax, weights, step, *, limits=(-3.0, 3.0), legend=True):
    """The path of W over ``weights`` (n_steps + 1, 2), drawn up to ``step``.

    Returns a dict of artists: ``"path"`` (the whole run, faint), ``"walked"`` and ``"current"``.
    """
    weights = np.asarray(weights, dtype=float)
    artists = {}
    (artists["path"],) = ax.plot(weights[:, 0], weights[:, 1], color="0.8", linewidth=6,
                                 solid_capstyle="round", zorder=1)
    (artists["walked"],) = ax.plot(weights[:step + 1, 0], weights[:step + 1, 1],
                                   color="tab:green", marker="o", label=i18n.text("ex04.path"),
                                   zorder=2)
    (artists["current"],) = ax.plot([weights[step, 0]], [weights[step, 1]], linestyle="none",
                                    marker="*", markersize=16, color="black",
                                    label=i18n.text("ex04.current"), zorder=3)
    ax.plot([0], [0], linestyle="none", marker="s", color="tab:gray",
            label=i18n.text("ex04.start"), zorder=0, markersize=10)
    ax.set_xlim(limits)
    ax.set_ylim(limits)
    ax.set_aspect("equal")
    ax.set_title(i18n.text("ex04.weights_title"))
    ax.set_xlabel(i18n.text("ex04.w1"))
    ax.set_ylabel(i18n.text("ex04.w2"))
    if legend:
        ax.legend(loc="best")
    return artists


def draw_criterion(ax, values, step, *, legend=True):
    """The objective after each step, with a marker at ``step``. Returns ``"line"``, ``"current"``."""
    values = np.asarray(values, dtype=float)
    steps = np.arange(len(values))
    (line,) = ax.plot(steps, values, marker="o", label=i18n.text("ex04.criterion"))
    (current,) = ax.plot([step], [values[step]], linestyle="none", marker="*", markersize=16,
                         color="black", label=i18n.text("ex04.current"))
    ax.set_ylim(-0.5, max(values.max(), 1.0) + 1)
    ax.set_title(i18n.text("ex04.criterion_title"))
    ax.set_xlabel(i18n.text("common.step"))
    ax.set_ylabel(i18n.text("common.loss"))
    if legend:
        ax.legend(loc="best")
    return {"line": line, "current": current}


def draw_cycling(axes, X, y, weights, criterion, step=0, *, visited=None, limits=(-2.5, 2.5),
                 weight_limits=(-3.0, 3.0)):
    """The three panels of the cycling explorer with one legend under them.

    Returns
    -------
    dict
        ``"data"``, ``"path"``, ``"criterion"``: the artists of :func:`draw_data_state`,
        :func:`draw_weight_path`, :func:`draw_criterion`; move them with
        :func:`update_cycling`.
    """
    artists = {
        "data": draw_data_state(axes[0], X, y, weights[step], visited, step=step,
                                limits=limits, legend=False),
        "path": draw_weight_path(axes[1], weights, step, limits=weight_limits, legend=False),
        "criterion": draw_criterion(axes[2], criterion, step, legend=False),
    }
    for ax in axes:
        ax.locator_params(nbins=5)
    data, path = artists["data"], artists["path"]
    handles = [data["positive"], data["negative"], data["boundary"], data["vector"],
               data["visited"], path["walked"], artists["criterion"]["line"]]
    artists["legend"] = legend_below(axes[0].figure, handles, ncol=4)
    return artists


def update_cycling(artists, X, weights, criterion, step, visited, *, limits=(-2.5, 2.5)):
    """Show step ``step``: the boundary and W, the visited point, the path so far, the cursor."""
    W = weights[step]
    data = artists["data"]
    data["boundary"].set_data(*line_in_box(W, 0.0, limits))
    data["vector"].set_data([0, W[0]], [0, W[1]])
    point = X[visited] if visited is not None else [np.nan, np.nan]
    data["visited"].set_data([point[0]], [point[1]])
    data["title"].set_text(i18n.text("ex04.data_title", step=step, W=format_weights(W)))
    artists["path"]["walked"].set_data(weights[:step + 1, 0], weights[:step + 1, 1])
    artists["path"]["current"].set_data([W[0]], [W[1]])
    artists["criterion"]["current"].set_data([step], [criterion[step]])
