"""Fig. 1.11 and Fig. 1.12 drawn from a network's own specification (§1.2.2)."""

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyBboxPatch

from ..i18n import text

__all__ = ["draw_network", "draw_vector_network", "draw_principal_angles",
           "draw_training_loss"]


def _sizes_and_bias(network):
    if hasattr(network, "layer_sizes"):
        return list(network.layer_sizes), network.biases is not None
    return [int(s) for s in network], False


def _layer_names(n_layers):
    names = [text("network.input")]
    names += [text("network.hidden", p=p) for p in range(1, n_layers - 1)]
    return names + [text("network.output")]


def draw_network(ax, network, *, bias=None, title=None, max_units=8):
    """Fig. 1.11 in scalar form: one circle per unit, one line per weight.

    Parameters
    ----------
    network : FeedForwardNetwork or sequence of int
        A network (its layer sizes and bias neurons are read from it) or layer sizes.
    bias : bool, optional
        Draw the bias neurons (+1) feeding each layer; default: whether the network has them.
    max_units : int, default=8
        Larger layers are drawn with their first units and a "⋮".

    Returns
    -------
    dict with ``units`` (list of lists of circles), ``edges`` and ``bias`` artists.

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> [len(layer) for layer in draw_network(ax, [3, 4, 1])["units"]]
    [3, 4, 1]
    """
    sizes, has_bias = _sizes_and_bias(network)
    bias = has_bias if bias is None else bias
    shown = [min(s, max_units) for s in sizes]
    height = max(shown)
    y = [np.linspace(height / 2 - 0.5, -height / 2 + 0.5, n) if n > 1 else np.zeros(1)
         for n in shown]
    gap = 2.2  # horizontal distance between layers, room for the labels
    artists = {"units": [], "edges": [], "bias": []}
    weights = getattr(network, "weights", None)
    scale = max((np.abs(W).max() for W in weights), default=1) if weights else 1
    for p in range(len(sizes) - 1):
        for i, y0 in enumerate(y[p]):
            for j, y1 in enumerate(y[p + 1]):
                strength = abs(weights[p][i, j]) / scale if weights else 0.5
                colour = ("tab:red" if weights and weights[p][i, j] < 0 else "tab:blue")
                artists["edges"] += ax.plot([gap * p, gap * (p + 1)], [y0, y1], color=colour,
                                            lw=0.3 + 2 * strength, alpha=0.6, zorder=1)
        if bias:
            yb = height / 2 + 0.3
            xb = gap * p + 0.6
            circle = Circle((xb, yb), 0.2, fc="white", ec="tab:green", zorder=3)
            ax.add_patch(circle)
            ax.text(xb, yb, "+1", ha="center", va="center", fontsize=9, zorder=4)
            for y1 in y[p + 1]:
                artists["edges"] += ax.plot([xb, gap * (p + 1)], [yb, y1], color="tab:green",
                                            lw=0.6, ls="--", zorder=1)
            artists["bias"].append(circle)
    for p, ys in enumerate(y):
        layer = []
        for y0 in ys:
            circle = Circle((gap * p, y0), 0.25, fc="0.92" if p == 0 else "#fdf1d6", ec="0.2",
                            zorder=2)
            ax.add_patch(circle)
            layer.append(circle)
        if sizes[p] > shown[p]:
            ax.text(gap * p, ys[-1] - 0.6, f"⋮ {sizes[p]}", ha="center", va="center", fontsize=9)
        artists["units"].append(layer)
    ax.set_xticks([gap * p for p in range(len(sizes))],
                  [f"{name}\n({s})".replace(" ", "\n", 1)
                   for name, s in zip(_layer_names(len(sizes)), sizes)], fontsize=9)
    ax.set_yticks([])
    ax.set_xlim(-0.6, gap * (len(sizes) - 1) + 0.6)
    ax.set_ylim(-height / 2 - 0.8, height / 2 + 0.7)
    ax.set_aspect("equal")
    ax.set_xlabel(text("network.layer"))
    ax.set_ylabel(text("network.unit"))
    key = "network.scalar_bias_title" if bias else "network.scalar_nobias_title"
    ax.set_title(title or text(key), fontsize=10)
    handles = [Line2D([], [], marker="o", ls="", mfc="#fdf1d6", mec="0.2", ms=9,
                      label=text("network.neuron")),
               Line2D([], [], color="tab:blue", label=text("network.weights"))]
    if bias:
        handles.append(Line2D([], [], marker="o", ls="--", color="tab:green", mfc="white",
                              label=text("network.bias")))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=3,
              fontsize=9, frameon=False)
    return artists


def draw_vector_network(ax, network, *, title=None):
    """Fig. 1.11 in vector form: one box per layer, W_r with its shape on each edge.

    Returns the boxes and the weight labels (whose text states each matrix's shape).

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> [t.get_text() for t in draw_vector_network(ax, [4, 3, 2])["labels"]]
    ['$W_1$\\n4 × 3', '$W_2$\\n3 × 2']
    """
    sizes, _ = _sizes_and_bias(network)
    if hasattr(network, "weights"):
        shapes = [W.shape for W in network.weights]
    else:
        shapes = list(zip(sizes, sizes[1:]))
    symbols = ["x"] + [f"h_{p}" for p in range(1, len(sizes) - 1)] + ["o"]
    artists = {"boxes": [], "labels": []}
    for p, (size, symbol) in enumerate(zip(sizes, symbols)):
        box = FancyBboxPatch((p * 2 - 0.35, -0.5), 0.7, 1.0, boxstyle="round,pad=0.05",
                             fc="0.92" if p == 0 else "#fdf1d6", ec="0.2")
        ax.add_patch(box)
        ax.text(p * 2, 0, f"${symbol}$\n{size}", ha="center", va="center", fontsize=9)
        artists["boxes"].append(box)
    for p, shape in enumerate(shapes):
        ax.annotate("", xy=(2 * p + 1.6, 0), xytext=(2 * p + 0.4, 0),
                    arrowprops=dict(arrowstyle="-|>", color="0.3"))
        artists["labels"].append(ax.text(2 * p + 1, 0.3, f"$W_{p + 1}$\n{shape[0]} × {shape[1]}",
                                         ha="center", va="bottom", fontsize=9))
    ax.set_xlim(-0.8, 2 * len(sizes) - 1.2)
    ax.set_ylim(-1.0, 1.4)
    ax.set_xticks([2 * p for p in range(len(sizes))], _layer_names(len(sizes)), fontsize=9)
    ax.set_yticks([])
    ax.set_xlabel(text("network.layer"))
    ax.set_ylabel(text("network.unit"))
    ax.set_title(title or text("network.vector_title"))
    ax.legend(handles=[Line2D([], [], color="0.3", marker=">", label=text("network.weights"))],
              loc="lower right", fontsize=9)
    return artists


def draw_principal_angles(ax, trained, untrained):
    """Bars of the principal angles (degrees) of two subspaces to the SVD's (Fig. 1.12)."""
    index = np.arange(1, len(trained) + 1)
    bars = [ax.bar(index - 0.2, untrained, 0.4, label=text("network.untrained")),
            ax.bar(index + 0.2, trained, 0.4, label=text("network.trained"))]
    ax.set_xticks(index)
    ax.set_xlabel(text("network.angle_index"))
    ax.set_ylabel(text("network.degrees"))
    ax.bar_label(bars[1], fmt="%.2f°", fontsize=9)
    ax.set_title(text("network.angles_title"), fontsize=10)
    ax.legend(fontsize=9)
    return bars


def draw_training_loss(ax, loss, *, best=None):
    """Training loss per epoch, and optionally the best value possible as a line."""
    lines = [ax.plot(np.arange(1, len(loss) + 1), loss, label=text("network.reconstruction"))[0]]
    if best is not None:
        lines.append(ax.axhline(best, color="k", ls="--", lw=1, label=text("network.svd_error")))
    ax.set_xlabel(text("common.epoch"))
    ax.set_ylabel(text("common.loss"))
    ax.set_title(text("network.history_title"), fontsize=10)
    ax.legend(fontsize=9)
    return lines
