"""Explorers for §1.5.1 and exercises 1 and 5: move weights or a threshold, watch the points move.

``relu_explorer`` puts the weights of a 2-2-1 ReLU network on sliders and shows the input
space beside the hidden space of Fig. 1.14; ``product_explorer`` moves a threshold t on the
feature z = x1·x2 of exercise 5 and shades the region x1·x2 > t in the input space.
"""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import data, feature_space, i18n
from ..plots import feature_space as plots
from ._core import Explorer, FigureView

__all__ = ["relu_explorer", "product_explorer"]

#: Fig. 1.14's hidden layer: h1 = ReLU(x1), h2 = ReLU(-x1); output O = h1 + h2.
FIG_1_14 = {"W_hidden": [[1.0, -1.0], [0.0, 0.0]], "b_hidden": [0.0, 0.0],
            "w_out": [1.0, 1.0], "b_out": 0.0}
_INPUT_LIMITS, _HIDDEN_LIMITS = (-0.5, 1.5), (-0.5, 2.5)


def _slider(description, value):
    return widgets.FloatSlider(value=float(value), min=-2.0, max=2.0, step=0.25,
                               description=description, readout_format=".2f",
                               layout=widgets.Layout(width="210px"),
                               style={"description_width": "50px"})


def _weights(state):
    """The sliders' weights as a dict ready for ``ex01.check(**...)``."""
    return {"W_hidden": [[state.w11, state.w12], [state.w21, state.w22]],
            "b_hidden": [state.b1, state.b2], "w_out": [state.u1, state.u2],
            "b_out": state.c}


def relu_explorer(X=None, y=None, *, W_hidden=None, b_hidden=None, w_out=None, b_out=None,
                  threshold=0.5, input_limits=_INPUT_LIMITS, task=None):
    """Sliders for the weights of h = ReLU(W_hiddenᵀ x + b_hidden), O = w_out·h + b_out.

    Parameters
    ----------
    X : ndarray of shape (n_points, 2), default: the XOR points of exercise 1
    y : ndarray of shape (n_points,), labels in {-1, +1}
    W_hidden : array of shape (2, 2), default: Fig. 1.14's first layer
    b_hidden, w_out : array of shape (2,)
    b_out : float
    threshold : float
        Class +1 wants O > threshold, class -1 wants O < threshold.
    input_limits : tuple of float
        The square (low, high) shown for the input space.
    task : str, optional

    Returns
    -------
    Explorer
        ``controls`` holds the sliders ``w11, w21, w12, w22, b1, b2, u1, u2, c``
        (``wij`` is the weight from x_i into unit j); ``state.weights`` holds the current
        weights as a dict ready for ``ex01.check(**...)`` (and ``weights()`` returns it),
        ``state.H`` the hidden points, ``state.separated`` how many points are on their side.
    """
    if X is None:
        X, y = data.xor()
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    W = np.asarray(FIG_1_14["W_hidden"] if W_hidden is None else W_hidden, dtype=float)
    b = np.asarray(FIG_1_14["b_hidden"] if b_hidden is None else b_hidden, dtype=float)
    u = np.asarray(FIG_1_14["w_out"] if w_out is None else w_out, dtype=float)
    c = float(FIG_1_14["b_out"] if b_out is None else b_out)
    controls = {}
    for i in range(2):
        for j in range(2):
            controls[f"w{i + 1}{j + 1}"] = _slider(
                i18n.text("feature_space.w_in", i=i + 1, j=j + 1), W[i, j])
    for j in range(2):
        controls[f"b{j + 1}"] = _slider(i18n.text("feature_space.b_in", j=j + 1), b[j])
    for j in range(2):
        controls[f"u{j + 1}"] = _slider(i18n.text("feature_space.w_out", j=j + 1), u[j])
    controls["c"] = _slider(i18n.text("feature_space.b_out"), c)

    view = FigureView(1, 2, figsize=(8.0, 4.0))
    H, _ = feature_space.relu_forward(W, b, u, c, X)
    left = plots.draw_input_space(view.axes[0], X, y, W, b, limits=input_limits, legend=False)
    right = plots.draw_hidden_space(view.axes[1], H, y, u, c, threshold=threshold,
                                    limits=_HIDDEN_LIMITS, X=X, legend=False)
    legend = plots.legend_below(view.figure, [left["positive"], left["negative"],
                                              *left["units"], right["boundary"]], ncol=3)
    state = SimpleNamespace(weights=None, H=None, separated=None)

    def update(state):
        state.weights = _weights(state)
        plots.update_input_space(left, state.weights["W_hidden"], state.weights["b_hidden"],
                                 input_limits)
        state.H, O = feature_space.relu_forward(**state.weights, X=X)
        state.separated = feature_space.separated(O, y, threshold)
        status = i18n.text("feature_space.separated", count=state.separated, total=len(y))
        plots.update_hidden_space(right, state.H, y, state.weights["w_out"],
                                  state.weights["b_out"], threshold=threshold,
                                  limits=_HIDDEN_LIMITS,
                                  title=i18n.text("feature_space.hidden_status", status=status))

    explorer = Explorer(controls, view, state=state,
                        artists={"input": left, "hidden": right, "legend": legend},
                        moving=[*left["units"], right["positive"], right["negative"],
                                *right["labels"], right["boundary"], right["title"]],
                        update=update,
                        task=i18n.text("tasks.relu") if task is None else task)
    explorer.weights = lambda: explorer.state.weights
    return explorer


def product_explorer(X=None, y=None, *, threshold=0.5, task=None):
    """A slider for the threshold t on z = x1·x2 (exercise 5), both spaces shown.

    Parameters
    ----------
    X : ndarray of shape (n_points, 2), default: the points of exercise 4
    y : ndarray of shape (n_points,), labels in {-1, +1}
    threshold : float
        The starting t; class +1 is predicted where z > t.
    task : str, optional

    Returns
    -------
    Explorer
        ``controls["t"]`` is the slider; ``state.separated`` counts the points on their side.
    """
    if X is None:
        X, y = data.exercise4_points()
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    z = X[:, 0] * X[:, 1]
    limits = (-1.5, 1.5)
    controls = {"t": widgets.FloatSlider(value=float(threshold), min=-1.5, max=1.5, step=0.1,
                                         description=i18n.text("feature_space.t"),
                                         readout_format=".2f")}
    view = FigureView(1, 2, figsize=(8.0, 3.8))
    region = plots.draw_product_input(view.axes[0], X, y, threshold, limits=limits)
    line = plots.draw_feature_line(view.axes[1], z, y, threshold, limits=limits, legend=False)
    legend = plots.legend_below(view.figure, [region["positive"], region["negative"],
                                              region["region_key"], line["threshold"]])
    state = SimpleNamespace(separated=None)

    def update(state):
        state.separated = int(np.sum(np.where(y > 0, z > state.t, z <= state.t)))
        status = i18n.text("feature_space.separated", count=state.separated, total=len(y))
        plots.update_product(region, line, state.t, limits=limits,
                             title=i18n.text("feature_space.feature_status", t=state.t,
                                             status=status))

    return Explorer(controls, view, state=state,
                    artists={"input": region, "feature": line, "legend": legend},
                    moving=[*region["region"], region["positive"], region["negative"],
                            *region["labels"], line["threshold"], line["title"]],
                    update=update, task=i18n.text("tasks.product") if task is None else task)
