"""Explorers for §1.5.1 and exercises 1 and 5: move weights or a threshold, watch the points move.

``relu_explorer`` puts the weights of a 2-2-1 ReLU network on sliders and shows the input
space beside the hidden space of Fig. 1.14; ``product_explorer`` moves a threshold t on the
feature z = x1·x2 of exercise 5 and shades the region x1·x2 > t in the input space.
"""

import ipywidgets as widgets
import numpy as np
from matplotlib.colors import ListedColormap

from .. import data, i18n
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


def _hidden(W, b, X):
    return np.maximum(X @ W + b, 0.0)


def _separated(O, y, threshold):
    return int(np.sum(np.where(y > 0, O > threshold, O < threshold)))


def relu_explorer(X=None, y=None, *, W_hidden=None, b_hidden=None, w_out=None, b_out=None,
                  threshold=0.5, input_limits=_INPUT_LIMITS):
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

    Returns
    -------
    Explorer
        ``controls`` holds the sliders ``w11, w21, w12, w22, b1, b2, u1, u2, c``
        (``wij`` is the weight from x_i into unit j); ``weights()`` returns the current
        weights as a dict ready for ``ex01.check(**...)``.
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
            controls[f"w{i + 1}{j + 1}"] = _slider(i18n.text("feature_space.w_in", i=i + 1, j=j + 1), W[i, j])
    for j in range(2):
        controls[f"b{j + 1}"] = _slider(i18n.text("feature_space.b_in", j=j + 1), b[j])
    for j in range(2):
        controls[f"u{j + 1}"] = _slider(i18n.text("feature_space.w_out", j=j + 1), u[j])
    controls["c"] = _slider(i18n.text("feature_space.b_out"), c)

    view = FigureView(1, 2, figsize=(9.0, 4.2), dpi=72)
    left = plots.draw_input_space(view.axes[0], X, y, W, b, limits=input_limits)
    H = _hidden(W, b, X)
    right = plots.draw_hidden_space(view.axes[1], H, y, u, c, threshold=threshold,
                                    limits=_HIDDEN_LIMITS, X=X)

    def weights():
        value = {name: control.value for name, control in controls.items()}
        return {"W_hidden": [[value["w11"], value["w12"]], [value["w21"], value["w22"]]],
                "b_hidden": [value["b1"], value["b2"]], "w_out": [value["u1"], value["u2"]],
                "b_out": value["c"]}

    def update(_change=None):
        current = weights()
        W, b = np.array(current["W_hidden"]), np.array(current["b_hidden"])
        u, c = np.array(current["w_out"]), current["b_out"]
        for j, line in enumerate(left["units"]):
            line.set_data(*plots.line_in_box(W[:, j], b[j], input_limits))
        H = _hidden(W, b, X)
        right["positive"].set_offsets(H[y > 0])
        right["negative"].set_offsets(H[y <= 0])
        plots.stack_labels(right["labels"], H)
        right["boundary"].set_data(*plots.line_in_box(u, c - threshold, _HIDDEN_LIMITS))
        count = _separated(H @ u + c, y, threshold)
        status = i18n.text("feature_space.separated", count=count, total=len(y))
        view.axes[1].set_title(i18n.text("feature_space.hidden_status", status=status))
        view.refresh()

    for control in controls.values():
        control.observe(update, names="value")
    for ax in view.axes:
        ax.locator_params(nbins=5)  # fewer tick labels: text is most of a redraw's cost
    update()
    view.figure.set_layout_engine("none")  # keep the first layout: a change then costs less
    explorer = Explorer(controls, view)
    explorer.weights = weights
    return explorer


def product_explorer(X=None, y=None, *, threshold=0.5):
    """A slider for the threshold t on z = x1·x2 (exercise 5), both spaces shown.

    Parameters
    ----------
    X : ndarray of shape (n_points, 2), default: the points of exercise 4
    y : ndarray of shape (n_points,), labels in {-1, +1}
    threshold : float
        The starting t; class +1 is predicted where z > t.

    Returns
    -------
    Explorer
        ``controls["t"]`` is the slider.
    """
    if X is None:
        X, y = data.exercise4_points()
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    z = X[:, 0] * X[:, 1]
    limits = (-1.5, 1.5)
    slider = widgets.FloatSlider(value=float(threshold), min=-1.5, max=1.5, step=0.1,
                                 description=i18n.text("feature_space.t"), readout_format=".2f")
    view = FigureView(1, 2, figsize=(9.0, 4.0), dpi=72)
    ax_in, ax_z = view.axes
    image = ax_in.imshow(plots.product_regions(threshold, limits=limits), origin="lower",
                         extent=(*limits, *limits), cmap=ListedColormap(["white", "tab:red"]), alpha=0.2, vmin=0, vmax=1)
    plots.draw_points(ax_in, X, y)
    ax_in.plot([], [], color="tab:red", alpha=0.4, linewidth=8,
               label=i18n.text("feature_space.region"))
    ax_in.set_xlim(limits)
    ax_in.set_ylim(limits)
    ax_in.set_title(i18n.text("feature_space.product_input_title"))
    ax_in.set_xlabel(i18n.text("common.x1"))
    ax_in.set_ylabel(i18n.text("common.x2"))
    ax_in.legend(loc="center", fontsize=7)
    line = plots.draw_feature_line(ax_z, z, y, threshold, limits=limits)

    def update(_change=None):
        t = slider.value
        image.set_data(plots.product_regions(t, limits=limits))
        line["threshold"].set_xdata([t, t])
        count = int(np.sum(np.where(y > 0, z > t, z <= t)))
        status = i18n.text("feature_space.separated", count=count, total=len(y))
        ax_z.set_title(i18n.text("feature_space.feature_status", t=t, status=status))
        view.refresh()

    slider.observe(update, names="value")
    for ax in view.axes:
        ax.locator_params(nbins=5)  # fewer tick labels: text is most of a redraw's cost
    update()
    view.figure.set_layout_engine("none")
    return Explorer({"t": slider}, view)
