"""Explorer of backpropagation on a small network drawn as a graph (§1.3).

Step 0 shows the inputs. The next steps are the forward phase, one node at a time in
topological order; then the backward phase reveals Δ(h, o) (or δ(h, o)) one node at a time in
reverse order, and with each node the gradients ∂L/∂w of its incoming edges.
"""

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


def backpropagation_explorer(graph=None):
    """Step through the forward and backward phases of ``graph`` (default: a small network).

    Returns
    -------
    Explorer
        Controls ``step`` (0 … 2 × units + 1; the last step only says the pass is over) and ``form`` ("post" for Δ, "pre" for δ);
        ``explorer.graph`` holds the graph with both passes done.
    """
    if graph is None:
        graph = small_network_graph()[1]
    order = graph.topological_order()
    units = [name for name in order if graph.nodes[name].kind != "input"]
    loss = graph.forward()
    values = {name: graph.nodes[name].value for name in order}
    deltas = {}
    for form in ("post", "pre"):
        result = graph.backward(form)
        deltas[form] = result.nodes if form == "post" else result.pre
    gradients = result.weights

    view = FigureView(figsize=(9, 5), dpi=72)
    ax = view.axes[0]
    drawing = plots.graph.draw_graph(ax, graph, form="post")
    step = widgets.IntSlider(value=0, min=0, max=2 * len(units) + 1, description=text("backprop.step"))
    form = widgets.ToggleButtons(options=[(text("backprop.post"), "post"),
                                          (text("backprop.pre"), "pre")],
                                 value="post", description=text("backprop.form"),
                                 style={"button_width": "auto"})

    def update(change=None):
        s, chosen = step.value, form.value
        known = set(units[:s]) | {n for n in order if graph.nodes[n].kind == "input"}
        backward = units[::-1][:max(0, min(s, 2 * len(units)) - len(units))]
        symbol = "Δ" if chosen == "post" else "δ"
        for name in order:
            shown_delta = deltas[chosen][name] if name in backward else None
            node_symbol = symbol if graph.nodes[name].kind != "input" else None
            drawing["node_text"][name].set_text(plots.graph.format_node(
                name, values[name] if name in known else None, shown_delta, node_symbol))
            drawing["circles"][name].set_linewidth(1)
            drawing["circles"][name].set_edgecolor("0.3")
        for (source, target), label in drawing["edge_text"].items():
            edge = graph.edges[(source, target)]
            label.set_text(plots.graph.format_edge(
                edge.weight, gradients.get((source, target)) if target in backward else None))
        if 0 < s <= 2 * len(units):
            current = units[s - 1] if s <= len(units) else backward[-1]
            drawing["circles"][current].set_edgecolor("tab:red")
            drawing["circles"][current].set_linewidth(2.5)
        if s == 0:
            title = text("backprop.start")
        elif s < len(units):
            title = text("backprop.forward", node=units[s - 1], value=values[units[s - 1]])
        elif s == len(units):
            title = text("backprop.loss", value=loss)
        elif s <= 2 * len(units):
            title = text("backprop.backward", symbol=symbol, node=backward[-1],
                         value=deltas[chosen][backward[-1]])
        else:
            title = text("backprop.done")
        ax.set_title(title)
        view.refresh()

    step.observe(update, names="value")
    form.observe(update, names="value")
    update()
    # The layout is settled after the first drawing; keeping it makes each change cheaper.
    view.figure.set_layout_engine("none")
    explorer = Explorer({"step": step, "form": form}, view)
    explorer.graph = graph
    return explorer
