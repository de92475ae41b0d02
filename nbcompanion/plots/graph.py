"""Drawings of a computational graph with its values and gradients (§1.2.3, §1.3)."""

import numpy as np
from matplotlib.lines import Line2D
from matplotlib.patches import Circle

from ..i18n import number, text
from ._style import legend_beside

__all__ = ["node_positions", "draw_graph", "format_node", "format_edge", "draw_path_counts",
           "draw_path_times", "draw_two_path_derivative", "update_graph"]

_INPUT, _UNIT, _LOSS = "#dbe9f6", "#fdf1d6", "#f6d5d5"


def node_positions(graph):
    """Position of each node: x = depth (longest path from an input), y = rank in its layer.

    >>> from nbcompanion import graph as g
    >>> node_positions(g.layered_graph([2, 1]))["o1"]
    (1.0, 0.0)
    """
    depth = graph.layers()
    columns = {}
    for name in graph.nodes:
        columns.setdefault(depth[name], []).append(name)
    positions = {}
    for column, names in columns.items():
        for i, name in enumerate(names):
            positions[name] = (float(column), (len(names) - 1) / 2 - i)
    return positions


def format_node(name, value=None, delta=None, symbol="Δ"):
    """The text inside a node: its name, h and Δ (or δ); None shows as "?".

    >>> format_node("h1", 0.5, None).split()
    ['h1', 'h=0.5', 'Δ=?']
    """
    def show(value):
        return "?" if value is None or not np.isfinite(value) else number(value)
    lines = [name, f"h={show(value)}"]
    if symbol:
        lines.append(f"{symbol}={show(delta)}")
    return "\n".join(lines)


def format_edge(weight, gradient=None, local_derivative=None):
    """The text on an edge: w and ∂L/∂w, or ∂h/∂g for an edge without a weight."""
    if weight is None:
        return f"∂={number(local_derivative)}"
    shown = "?" if gradient is None or not np.isfinite(gradient) else number(gradient)
    return f"w={number(weight, '.2g')}\n∂L/∂w={shown}"


def _node_label(node, form):
    delta = node.delta_post if form == "post" else node.delta_pre
    symbol = "Δ" if form == "post" else ("δ" if node.kind != "input" else None)
    return format_node(node.name, node.value, delta, symbol)


def _edge_label(edge):
    return format_edge(edge.weight, edge.gradient, edge.local_derivative)


def draw_graph(ax, graph, *, form="post", edge_labels=True, title=None, radius=0.55):
    """Draw ``graph``: nodes with their value and Δ (or δ), edges with w and ∂L/∂w.

    Parameters
    ----------
    ax : matplotlib Axes
    graph : nbcompanion.graph.Graph
        Drawn with the numbers of its last forward and backward passes ("?" before).
    form : {"post", "pre"}
        Show Δ(h, o) = ∂L/∂h or δ(h, o) = ∂L/∂a_h on the nodes.
    edge_labels : bool, default=True

    Returns
    -------
    dict
        ``circles`` and ``node_text`` by node name, ``edge_text`` and ``edges`` by (g, h):
        explorers change their text and colours.
    """
    positions = {n: (3.2 * x, 2.8 * y) for n, (x, y) in node_positions(graph).items()}
    depth = graph.layers()
    rank, width = {}, {}
    for name in graph.nodes:  # where in its column a node sits, to stagger edge labels
        rank[name] = width.get(depth[name], 0)
        width[depth[name]] = rank[name] + 1
    loss_nodes = {name for name, _, _ in graph.loss_terms}
    artists = {"circles": {}, "node_text": {}, "edges": {}, "edge_text": {}}
    for (source, target), edge in graph.edges.items():
        (x0, y0), (x1, y1) = positions[source], positions[target]
        length = np.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        line = ax.annotate("", xy=(x1 - radius * ux, y1 - radius * uy),
                           xytext=(x0 + radius * ux, y0 + radius * uy),
                           arrowprops=dict(arrowstyle="-|>", color="0.55", lw=1,
                                           shrinkA=0, shrinkB=0))
        artists["edges"][(source, target)] = line
        if edge_labels:
            # labels of edges into different targets sit at different fractions of the edge
            t = 0.5 if y0 == y1 else 0.32 + 0.36 * rank[target] / max(1, width[depth[target]] - 1)
            artists["edge_text"][(source, target)] = ax.text(
                x0 + t * (x1 - x0), y0 + t * (y1 - y0), _edge_label(edge), fontsize=9,
                ha="center", va="center", color="0.25", zorder=5,
                bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.85))
    for name, node in graph.nodes.items():
        x, y = positions[name]
        colour = _INPUT if node.kind == "input" else _LOSS if name in loss_nodes else _UNIT
        circle = Circle((x, y), radius, facecolor=colour, edgecolor="0.3", zorder=3)
        ax.add_patch(circle)
        artists["circles"][name] = circle
        artists["node_text"][name] = ax.text(x, y, _node_label(node, form), fontsize=9,
                                             ha="center", va="center", zorder=4)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    ax.set_xlim(min(xs) - radius - 0.15, max(xs) + radius + 0.15)
    ax.set_ylim(min(ys) - radius - 0.15, max(ys) + radius + 0.15)
    ax.set_aspect("equal")
    ax.set_xticks(sorted(set(xs)), [str(round(x / 3.2)) for x in sorted(set(xs))])
    ax.set_yticks([])
    ax.set_xlabel(text("graph.layer"))
    ax.set_ylabel(text("graph.position"))
    ax.set_title(title or text("graph.title"))
    handles = [Line2D([], [], marker="o", ls="", mfc=c, mec="0.3", ms=10, label=text(k))
               for c, k in ((_INPUT, "graph.legend_input"), (_UNIT, "graph.legend_unit"),
                            (_LOSS, "graph.legend_loss"))]
    handles.append(Line2D([], [], color="0.55", label=text("graph.legend_edge")))
    artists["legend"] = ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0),
                                  borderaxespad=0.0, frameon=False)
    artists["title"] = ax.title
    return artists


def draw_path_counts(ax, depths, n_paths, brute_operations, backprop_operations):
    """Paths and work of the two methods against depth, on a log scale (§1.3).

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> len(draw_path_counts(ax, [1, 2], [2, 4], [6, 16], [6, 10]))
    3
    """
    lines = [
        ax.semilogy(depths, n_paths, "o-", label=text("graph.n_paths"))[0],
        ax.semilogy(depths, brute_operations, "s-", label=text("graph.brute_ops"))[0],
        ax.semilogy(depths, backprop_operations, "^-", label=text("graph.backprop_ops"))[0],
    ]
    ax.set_xlabel(text("graph.depth"))
    ax.set_ylabel(text("graph.count"))
    ax.set_title(text("graph.paths_title"))
    legend_beside(ax)
    return lines


def draw_path_times(ax, depths, brute_seconds, backprop_seconds):
    """Measured time of the path sum and of backpropagation against depth."""
    lines = [ax.semilogy(depths, brute_seconds, "s-", label=text("graph.brute_time"))[0],
             ax.semilogy(depths, backprop_seconds, "^-", label=text("graph.backprop_time"))[0]]
    ax.set_xlabel(text("graph.depth"))
    ax.set_ylabel(text("graph.seconds"))
    ax.set_title(text("graph.time_title"))
    legend_beside(ax)
    return lines


def draw_two_path_derivative(ax, w, path1, path2, closed_form):
    """The two path products of Fig. 1.13, their sum, and the closed form, against w."""
    lines = [ax.plot(w, path1, "--", label=text("graph.path1"))[0],
             ax.plot(w, path2, ":", label=text("graph.path2"))[0],
             ax.plot(w, np.add(path1, path2), lw=3, alpha=0.5, label=text("graph.sum_paths"))[0],
             ax.plot(w, closed_form, "k", lw=1, label=text("graph.closed_form"))[0]]
    ax.set_xlabel(text("graph.w"))
    ax.set_ylabel(text("graph.derivative"))
    ax.set_title(text("graph.derivative_title"))
    legend_beside(ax)
    return lines


def update_graph(artists, node_text, edge_text, *, current=None, title=None):
    """Write new texts into the nodes and edges of :func:`draw_graph`; ring ``current`` red.

    ``node_text`` maps a node's name, ``edge_text`` an edge (g, h), to its new text.
    """
    for name, label in node_text.items():
        artists["node_text"][name].set_text(label)
        circle, ringed = artists["circles"][name], name == current
        if circle.get_linewidth() != (2.5 if ringed else 1):  # only what changes goes stale
            circle.set_edgecolor("tab:red" if ringed else "0.3")
            circle.set_linewidth(2.5 if ringed else 1)
    for edge, label in edge_text.items():
        artists["edge_text"][edge].set_text(label)
    if title is not None:
        artists["title"].set_text(title)
