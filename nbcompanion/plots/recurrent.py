"""Figures of §1.6.4: the recurrent network folded and unrolled in time (Fig. 1.17),
and the gradient through time."""

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from ..i18n import number, text
from ._style import SERIES_COLORS

__all__ = ["draw_unrolled", "draw_gradient_norms", "draw_gradient_explorer",
           "update_gradient_explorer", "MATRIX_COLORS"]

# One colour per shared matrix: the reader sees the same W at every time step.
MATRIX_COLORS = {"W_xh": SERIES_COLORS[0], "W_hh": SERIES_COLORS[3], "W_hy": SERIES_COLORS[2]}
ROWS = {"x": 0.12, "h": 0.5, "y": 0.88}


def _node(ax, x, y, label, *, color="white", width=0.09, height=0.16):
    box = FancyBboxPatch((x - width / 2, y - height / 2), width, height,
                         boxstyle="round,pad=0.01", fc=color, ec="k", lw=1)
    ax.add_patch(box)
    return ax.text(x, y, label, ha="center", va="center", fontsize=9)


def _arrow(ax, start, end, color, *, connection="arc3"):
    arrow = FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=10, color=color,
                            lw=1.6, connectionstyle=connection, shrinkA=0, shrinkB=0)
    ax.add_patch(arrow)
    return arrow


def _shape(array):
    return f"{array.shape[0]}×{array.shape[1]}"


def draw_unrolled(ax_folded, ax_unrolled, network, X):
    """Fig. 1.17 from a :class:`~nbcompanion.recurrent.RecurrentNetwork` and one sequence.

    Left, the network as defined (eq. 1.36: h_t from x_t and h_{t−1}, a loop on h). Right,
    the same network unrolled over the T steps of ``X``: each input node shows x_t, each
    output node the sign of ŷ_t computed by the model, and every arrow of one colour is the
    *same* matrix (its shape, read from the network, is in the legend).

    Parameters
    ----------
    ax_folded, ax_unrolled : Axes
    network : RecurrentNetwork
    X : array_like of shape (T, d)
        One sequence (d = 1 shows its values; otherwise the nodes show x_t).

    Returns
    -------
    dict
        ``"arrows"``: dict matrix name → list of FancyArrowPatch (one per time step in the
        unrolled part); ``"outputs"``: list of Text, one per step.
    """
    X = np.asarray(X, dtype=float)
    T = len(X)
    _, Y_hat = network.forward(X[None])
    names = {"W_xh": f"$W_{{xh}}$ ({_shape(network.W_xh)})",
             "W_hh": f"$W_{{hh}}$ ({_shape(network.W_hh)})",
             "W_hy": f"$W_{{hy}}$ ({_shape(network.W_hy)})"}
    # Folded: the definition.
    _node(ax_folded, 0.5, ROWS["x"], "$x_t$", width=0.2)
    _node(ax_folded, 0.5, ROWS["h"], "$h_t$", color="#fce5cd", width=0.2)
    _node(ax_folded, 0.5, ROWS["y"], "$\\hat y_t$", width=0.2)
    _arrow(ax_folded, (0.5, ROWS["x"] + 0.09), (0.5, ROWS["h"] - 0.09), MATRIX_COLORS["W_xh"])
    _arrow(ax_folded, (0.5, ROWS["h"] + 0.09), (0.5, ROWS["y"] - 0.09), MATRIX_COLORS["W_hy"])
    _arrow(ax_folded, (0.61, ROWS["h"] + 0.04), (0.61, ROWS["h"] - 0.04), MATRIX_COLORS["W_hh"],
           connection="arc3,rad=-2.8")
    ax_folded.set(xlim=(0.2, 0.9), ylim=(0, 1), title=text("recurrent.folded"))
    ax_folded.axis("off")
    # Unrolled: one column per time step, the same three matrices in every column.
    arrows = {name: [] for name in MATRIX_COLORS}
    outputs = []
    columns = np.linspace(0.06, 0.94, T)
    width = min(0.09, 0.6 / T)
    for t, column in enumerate(columns, start=1):
        value = X[t - 1]
        label = number(value[0], "+.0f") if value.size == 1 else f"$x_{{{t}}}$"
        _node(ax_unrolled, column, ROWS["x"], label, width=width)
        _node(ax_unrolled, column, ROWS["h"], f"$h_{{{t}}}$", color="#fce5cd", width=width)
        sign = "+" if Y_hat[0, t - 1, 0] >= 0 else "−"
        outputs.append(_node(ax_unrolled, column, ROWS["y"], sign, width=width))
        arrows["W_xh"].append(_arrow(ax_unrolled, (column, ROWS["x"] + 0.09),
                                     (column, ROWS["h"] - 0.09), MATRIX_COLORS["W_xh"]))
        arrows["W_hy"].append(_arrow(ax_unrolled, (column, ROWS["h"] + 0.09),
                                     (column, ROWS["y"] - 0.09), MATRIX_COLORS["W_hy"]))
        if t > 1:
            arrows["W_hh"].append(_arrow(ax_unrolled, (columns[t - 2] + width / 2 + 0.01,
                                                       ROWS["h"]),
                                         (column - width / 2 - 0.01, ROWS["h"]),
                                         MATRIX_COLORS["W_hh"]))
    for name, row in (("x", "recurrent.inputs"), ("h", "recurrent.hidden"),
                      ("y", "recurrent.outputs")):
        ax_unrolled.text(-0.01, ROWS[name], text(row), ha="right", va="center", fontsize=9)
    # Below the drawing, never over it: the legend names each shared matrix with its shape.
    ax_unrolled.legend(handles=[Line2D([], [], color=MATRIX_COLORS[n], lw=2, label=names[n])
                                for n in MATRIX_COLORS],
                       loc="upper center", bbox_to_anchor=(0.5, -0.02), ncols=3,
                       frameon=False)
    ax_unrolled.set(xlim=(0, 1), ylim=(0, 1),
                    title=text("recurrent.unrolled", steps=T))
    ax_unrolled.axis("off")
    return {"arrows": arrows, "outputs": outputs}


def draw_gradient_norms(ax, norms):
    """log-scale ‖∂L/∂h_t‖ against the number of steps back from the loss.

    Parameters
    ----------
    ax : Axes
    norms : dict of str to ndarray of shape (T,)
        Label → mean ‖∂L/∂h_t‖ for t = 1 … T (the loss sits at t = T).

    Returns
    -------
    dict
        ``"lines"``: dict label → Line2D.
    """
    lines = {}
    for color, (label, values) in zip(SERIES_COLORS, norms.items()):
        values = np.asarray(values, dtype=float)
        back = np.arange(len(values))[::-1]  # T − t
        lines[label], = ax.semilogy(back, values, "o-", ms=3, color=color, label=label)
    ax.set(xlabel=text("recurrent.steps_back"), ylabel=text("recurrent.gradient_norm"),
           title=text("recurrent.gradient_title"))
    ax.legend(loc="lower left")
    return {"lines": lines}


def draw_gradient_explorer(ax, norms, reference, *, radius, limits=(1e-26, 1e1)):
    """The explorer's picture: ‖∂L/∂hₜ‖ for the chosen radius over a fixed reference curve.

    Returns
    -------
    dict
        ``"line"`` Line2D (moves), ``"title"`` Text (moves).
    """
    back = np.arange(len(norms))[::-1]
    ax.semilogy(back, reference, "--", color="0.6", label=text("recurrent.reference"))
    line, = ax.semilogy(back, norms, "o-", ms=3, color=SERIES_COLORS[0],
                        label=text("recurrent.chosen"))
    ax.set(ylim=limits, xlabel=text("recurrent.steps_back"),
           ylabel=text("recurrent.gradient_norm"))
    ax.legend(loc="lower left")
    title = ax.set_title("")
    artists = {"line": line, "title": title}
    update_gradient_explorer(artists, norms, radius=radius)
    return artists


def update_gradient_explorer(artists, norms, *, radius):
    """New curve and title: the radius and how much of the gradient reaches the first step."""
    artists["line"].set_ydata(norms)
    ratio = norms[0] / norms[-1]
    artists["title"].set_text(text("recurrent.explorer_title", radius=number(radius, ".1f"),
                                   ratio=number(ratio, ".0e")))
