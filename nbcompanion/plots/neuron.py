"""Figures of §1.1: the artificial neuron of Fig. 1.1 (b) with the two values of Fig. 1.7."""

import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch, Patch, Wedge

from .. import activations, neuron
from ..i18n import number, text
from ._style import legend_beside

__all__ = ["draw_neuron", "update_neuron", "draw_activation_point", "update_activation_point"]

PRE_COLOR, POST_COLOR = "#cfe2f3", "#fce5cd"
CENTER, RADIUS = (0.64, 0.5), 0.15


def _input_heights(d):
    return np.linspace(0.9, 0.1, d) if d > 1 else np.array([0.5])


def draw_neuron(ax, x, w, b=0.0, *, activation="sigmoid"):
    """Draw the neuron: inputs xᵢ, weights wᵢ on the edges, the node split into Σ (v) and Φ (h).

    The node is drawn as Fig. 1.7 draws it: its left half holds the pre-activation value v,
    its right half the post-activation value h = Φ(v). Values are computed by
    :func:`nbcompanion.neuron.forward`.

    Parameters
    ----------
    ax : Axes
    x, w : array_like of shape (d,)
    b : float, default=0.0
    activation : str, default="sigmoid"

    Returns
    -------
    dict
        ``"x"`` and ``"w"`` lists of Text, ``"v"``, ``"h"`` and ``"b"`` Text, and ``"edges"``
        list of FancyArrowPatch (the explorer updates these).
    """
    out = neuron.forward(x, w, b, activation=activation)
    x, w = np.asarray(x, dtype=float), np.asarray(w, dtype=float)
    artists = {"x": [], "w": [], "edges": []}
    for i, (height, x_i, w_i) in enumerate(zip(_input_heights(len(x)), x, w), start=1):
        ax.add_patch(Circle((0.13, height), 0.05, fc="white", ec="k"))
        ax.text(0.13, height, f"$x_{i}$", ha="center", va="center", fontsize=9)
        artists["x"].append(ax.text(0.07, height, number(x_i, ".2g"), ha="right", va="center",
                                    fontsize=9))
        edge = FancyArrowPatch((0.18, height), (CENTER[0] - RADIUS, CENTER[1]),
                               arrowstyle="-|>", mutation_scale=10, color="0.3")
        ax.add_patch(edge)
        artists["edges"].append(edge)
        middle = 0.7 * np.array([0.18, height]) + 0.3 * np.array([CENTER[0] - RADIUS,
                                                                     CENTER[1]])
        artists["w"].append(ax.text(*middle, f"$w_{i}$={number(w_i, '.2g')}", fontsize=9, ha="center",
                                    va="center", color="tab:blue",
                                    bbox={"fc": "white", "ec": "none", "pad": 0.5}))
    ax.add_patch(Wedge(CENTER, RADIUS, 90, 270, fc=PRE_COLOR, ec="k"))
    ax.add_patch(Wedge(CENTER, RADIUS, -90, 90, fc=POST_COLOR, ec="k"))
    artists["v"] = ax.text(CENTER[0] - RADIUS / 2, CENTER[1], f"Σ\n{number(out.v)}", ha="center",
                           va="center", fontsize=9)
    artists["h"] = ax.text(CENTER[0] + RADIUS / 2, CENTER[1], f"Φ\n{number(out.h)}", ha="center",
                           va="center", fontsize=9)
    artists["b"] = ax.text(CENTER[0], CENTER[1] - RADIUS - 0.06, f"b = {number(b, '.2g')}", ha="center",
                           fontsize=9)
    ax.add_patch(FancyArrowPatch((CENTER[0] + RADIUS, CENTER[1]), (0.98, CENTER[1]),
                                 arrowstyle="-|>", mutation_scale=12, color="k"))
    ax.text(0.9, CENTER[1] + 0.04, text("neuron.output"), ha="center", fontsize=9)
    ax.legend(handles=[Patch(fc=PRE_COLOR, ec="k", label=text("neuron.pre")),
                       Patch(fc=POST_COLOR, ec="k", label=text("neuron.post"))],
              loc="lower center", fontsize=9, ncol=1, framealpha=1)
    ax.set(xlim=(-0.05, 1), ylim=(-0.2, 1), aspect="equal", title=text("neuron.title"),
           xlabel=text("neuron.inputs"))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    update_neuron(artists, x, w, b, activation=activation)
    return artists


def update_neuron(artists, x, w, b=0.0, *, activation="sigmoid"):
    """Write new values into the artists of :func:`draw_neuron` (same number of inputs).

    Edge widths follow |wᵢ|, so a strong weight looks strong.

    Returns
    -------
    NeuronOutput
    """
    out = neuron.forward(x, w, b, activation=activation)
    for i, (x_i, w_i) in enumerate(zip(np.ravel(x), np.ravel(w)), start=1):
        artists["x"][i - 1].set_text(number(x_i, ".2g"))
        artists["w"][i - 1].set_text(f"$w_{i}$={number(w_i, '.2g')}")
        edge = artists["edges"][i - 1]
        if edge.get_linewidth() != 0.5 + 1.5 * abs(w_i):  # untouched edges stay as drawn
            edge.set_linewidth(0.5 + 1.5 * abs(w_i))
            edge.set_color("tab:blue" if w_i >= 0 else "tab:red")
    artists["v"].set_text(f"Σ\n{number(out.v)}")
    artists["h"].set_text(f"Φ\n{number(out.h)}")
    artists["b"].set_text(f"b = {number(b, '.2g')}")
    return out


def draw_activation_point(ax, activation="sigmoid", v_range=(-8.0, 8.0)):
    """Φ over ``v_range`` with the neuron's point (v, h) on it (Fig. 1.7's two values).

    Returns
    -------
    dict
        ``"curve"`` and ``"point"`` (Line2D); move them with :func:`update_activation_point`.
    """
    grid = np.linspace(*v_range, 641)
    artists = {"curve": ax.plot(grid, grid, lw=2, label=text("activations.phi"))[0],
               "point": ax.plot([], [], "ko", ms=8, label=text("neuron.point"))[0]}
    ax.axhline(0, color="0.7", lw=0.8)
    ax.axvline(0, color="0.7", lw=0.8)
    ax.set(xlim=v_range, xlabel=text("common.v"), ylabel=text("neuron.h"),
           title=text("neuron.curve_title"))
    ax.locator_params(nbins=5)
    artists["legend"] = legend_beside(ax)
    update_activation_point(artists, activation, 0.0, None)
    return artists


def update_activation_point(artists, activation, v, h):
    """Show Φ = ``activation`` and the point (v, h) (v clipped to the view; h None: hidden)."""
    curve = artists["curve"]
    grid = curve.get_xdata()
    values = activations.get(activation).function(grid)
    if getattr(curve, "activation", None) != activation:  # the legend says Φ(v), whichever
        curve.set_ydata(values)
        curve.activation = activation
        pad = 0.1 * np.ptp(values) + 0.1
        curve.axes.set_ylim(values.min() - pad, values.max() + pad)
    if h is None:
        artists["point"].set_data([], [])
    else:
        artists["point"].set_data([np.clip(v, grid[0], grid[-1])], [h])
