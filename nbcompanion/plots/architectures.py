"""Drawings of §1.5.3: a computational graph laid out so that its unusual edges show.

An input is drawn one column before the first node it feeds, so inputs that enter later
layers appear beside those layers (as in Fig. 1.16), and edges that skip a column are
drawn as arcs. Uses only the public interface of :class:`nbcompanion.graph.Graph`.
"""

import re

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Circle, FancyArrowPatch

from .. import architectures, i18n

__all__ = ["architecture_positions", "node_label", "draw_architecture", "legend_handles",
           "draw_gallery", "GALLERY"]

# The four graphs of §1.5.3, their builders and the symbols of their weight-free nodes.
GALLERY = {
    "later_inputs": (architectures.later_inputs_graph, {}),
    "skip": (architectures.skip_connection_graph, {"r1": "+", "r2": "+", "r3": "+"}),
    "hidden_loss": (architectures.hidden_loss_graph, {}),
    "sum_product": (architectures.sum_product_graph, {"p1": "×", "p2": "×", "root": "$S$"}),
}

COLORS = {"input": "#dbe9f6", "neuron": "#fdf1d6", "function": "#e4f2dc"}
LOSS_EDGE = "tab:red"


def architecture_positions(graph):
    """Column and row of each node: inputs one column before their first child.

    >>> from nbcompanion import architectures
    >>> architecture_positions(architectures.later_inputs_graph())["x4"][0]
    1.0
    """
    depth = graph.layers()
    column = {}
    for name, node in graph.nodes.items():
        children = graph.children(name)
        if node.kind == "input" and children:
            column[name] = min(depth[c] for c in children) - 1
        else:
            column[name] = depth[name]
    members = {}
    for name in graph.nodes:
        members.setdefault(column[name], []).append(name)
    positions = {}
    for c, names in members.items():
        for i, name in enumerate(names):
            positions[name] = (float(c), (len(names) - 1) / 2 - i)
    return positions


def node_label(name):
    """``"h1_2"`` → ``"$h_{1,2}$"``, ``"x4"`` → ``"$x_{4}$"``; other names unchanged.

    >>> node_label("h1_2"), node_label("x4"), node_label("root")
    ('$h_{1,2}$', '$x_{4}$', 'root')
    """
    match = re.fullmatch(r"([a-z])(\d+)(?:_(\d+))?", name)
    if not match:
        return name
    letter, first, second = match.groups()
    return f"${letter}_{{{first}{',' + second if second else ''}}}$"


def draw_architecture(ax, graph, *, title=None, symbols=None, radius=0.26):
    """Draw ``graph``: inputs, neurons, weight-free operations, loss nodes ringed in red.

    Parameters
    ----------
    symbols : dict of str to str, optional
        Text shown inside a node instead of its name (``{"p1": "×"}``).

    Returns
    -------
    dict with ``nodes`` (Circle by name) and ``edges`` (FancyArrowPatch by (g, h)).
    """
    symbols = symbols or {}
    positions = architecture_positions(graph)
    loss_nodes = {name for name, _, _ in graph.loss_terms}
    artists = {"nodes": {}, "edges": {}}
    for (source, target) in graph.edges:
        (x0, y0), (x1, y1) = positions[source], positions[target]
        length = np.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        # an edge that skips a column along a row is drawn as an arc below the nodes
        bend = 0.3 if abs(x1 - x0) > 1 and abs(y1 - y0) < 0.5 else 0.0
        tilt = np.array([[np.cos(bend), -np.sin(bend)], [np.sin(bend), np.cos(bend)]])
        start = np.array([x0, y0]) + radius * tilt.T @ [ux, uy]
        end = np.array([x1, y1]) - radius * tilt @ [ux, uy]
        arrow = FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=9, color="0.5",
                                lw=0.9, shrinkA=0, shrinkB=0,
                                connectionstyle=f"arc3,rad={bend}")
        ax.add_patch(arrow)
        artists["edges"][(source, target)] = arrow
    for name, node in graph.nodes.items():
        x, y = positions[name]
        circle = Circle((x, y), radius, facecolor=COLORS[node.kind],
                        edgecolor=LOSS_EDGE if name in loss_nodes else "0.3",
                        lw=2.2 if name in loss_nodes else 1.0, zorder=3)
        ax.add_patch(circle)
        artists["nodes"][name] = circle
        ax.text(x, y, symbols.get(name, node_label(name)), ha="center", va="center", zorder=4)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    ax.set(xlim=(min(xs) - 0.4, max(xs) + 0.4), ylim=(min(ys) - 0.45, max(ys) + 0.45),
           aspect="equal", xticks=sorted(set(xs)), yticks=[],
           xlabel=i18n.text("architectures.depth"))
    ax.set_xticklabels([str(int(x)) for x in sorted(set(xs))])
    for spine in ("top", "right", "left"):
        ax.spines[spine].set_visible(False)
    if title:
        ax.set_title(title)
    return artists


def legend_handles():
    """Legend entries for the node kinds of :func:`draw_architecture` (one legend a figure)."""
    handles = [Line2D([], [], marker="o", ls="", ms=11, mfc=COLORS[kind], mec="0.3",
                      label=i18n.text(f"architectures.{label}"))
               for kind, label in (("input", "input"), ("neuron", "neuron"),
                                   ("function", "operation"))]
    handles.append(Line2D([], [], marker="o", ls="", ms=11, mfc="white", mec=LOSS_EDGE,
                          mew=2.2, label=i18n.text("architectures.loss")))
    return handles


def draw_gallery(axes):
    """Draw the four graphs of :data:`GALLERY` on four axes, titled in the edition's language.

    Returns
    -------
    dict of str to dict
        The artists of each drawing, by the gallery's names.
    """
    axes = list(getattr(axes, "flat", axes))
    if len(axes) != len(GALLERY):
        raise ValueError(f"draw_gallery needs {len(GALLERY)} axes, got {len(axes)}.")
    return {name: draw_architecture(ax, build(), symbols=symbols,
                                    title=i18n.text(f"architectures.{name}"))
            for ax, (name, (build, symbols)) in zip(axes, GALLERY.items())}
