"""Explorer of backpropagation on a small network drawn as a graph (§1.3).

Step 0 shows the inputs. The next steps are the forward phase, one node at a time in
topological order; then the backward phase reveals Δ(h, o) (or δ(h, o)) one node at a time in
reverse order, and with each node the gradients ∂L/∂w of its incoming edges.
"""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import plots
from ..i18n import text
from ..network import FeedForwardNetwork
from ._core import Explorer, FigureView

__all__ = ["small_network_graph", "backpropagation_explorer"]


def small_network_graph(random_state=3):
    """A 2-2-2-1 sigmoid network without bias neurons, on one example, as a graph.

    Returns the network and its graph (squared loss against the target 1).

    >>> network, graph = small_network_graph()
    >>> list(graph.nodes)[:3]
    ['x1', 'x2', 'h1_1']
    """
    network = FeedForwardNetwork([2, 2, 2, 1], activation="sigmoid", bias=False,
                                 random_state=random_state)
    return network, network.to_graph(np.array([1.0, -0.5]), np.array([1.0]))


def _passes(graph):
    """Both passes done once: the order, the values, Δ and δ by node, ∂L/∂w by edge."""
    order = graph.topological_order()
    loss = graph.forward()
    values = {name: graph.nodes[name].value for name in order}
    deltas = {}
    for form in ("post", "pre"):
        result = graph.backward(form)
        deltas[form] = result.nodes if form == "post" else result.pre
    return SimpleNamespace(order=order, loss=loss, values=values, deltas=deltas,
                           gradients=result.weights,
                           units=[n for n in order if graph.nodes[n].kind != "input"])


def _step_texts(graph, passes, step, form):
    """What step ``step`` shows: node texts, edge texts, the current node and the title."""
    units = passes.units
    known = set(units[:step]) | {n for n in passes.order if graph.nodes[n].kind == "input"}
    backward = units[::-1][:max(0, min(step, 2 * len(units)) - len(units))]
    symbol = "Δ" if form == "post" else "δ"
    nodes = {name: plots.graph.format_node(
        name, passes.values[name] if name in known else None,
        passes.deltas[form][name] if name in backward else None,
        symbol if graph.nodes[name].kind != "input" else None) for name in passes.order}
    edges = {(g, h): plots.graph.format_edge(
        graph.edges[(g, h)].weight, passes.gradients.get((g, h)) if h in backward else None)
        for (g, h) in graph.edges}
    current = None
    if 0 < step <= 2 * len(units):
        current = units[step - 1] if step <= len(units) else backward[-1]
    if step == 0:
        title = text("backprop.start")
    elif step < len(units):
        title = text("backprop.forward", node=current, value=passes.values[current])
    elif step == len(units):
        title = text("backprop.loss", value=passes.loss)
    elif step <= 2 * len(units):
        title = text("backprop.backward", symbol=symbol, node=current,
                     value=passes.deltas[form][current])
    else:
        title = text("backprop.done")
    return nodes, edges, current, title


def backpropagation_explorer(graph=None, *, task=None):
    """Step through the forward and backward phases of ``graph`` (default: a small network).

    Both passes are computed once, when the explorer is built; a step only writes texts.

    Returns
    -------
    Explorer
        Controls ``step`` (0 … 2 × units + 1; the last step only says the pass is over) and
        ``form`` ("post" for Δ, "pre" for δ); ``state.graph`` holds the graph with both
        passes done.
    """
    if graph is None:
        graph = small_network_graph()[1]
    passes = _passes(graph)
    controls = {
        "step": widgets.IntSlider(value=0, min=0, max=2 * len(passes.units) + 1,
                                  description=text("backprop.step")),
        "form": widgets.ToggleButtons(options=[(text("backprop.post"), "post"),
                                               (text("backprop.pre"), "pre")],
                                      value="post", description=text("backprop.form"),
                                      style={"button_width": "auto"}),
    }
    view = FigureView(figsize=(8.4, 4.0))
    artists = plots.graph.draw_graph(view.axes[0], graph, form="post")
    state = SimpleNamespace(graph=graph, passes=passes)

    def update(state):
        nodes, edges, current, title = _step_texts(graph, passes, state.step, state.form)
        plots.graph.update_graph(artists, nodes, edges, current=current, title=title)

    moving = [*artists["node_text"].values(), *artists["edge_text"].values(),
              *artists["circles"].values(), artists["title"]]
    return Explorer(controls, view, state=state, artists=artists, moving=moving,
                    update=update, task=text("tasks.backprop") if task is None else task)
