"""Unconventional architectures as computational graphs (Aggarwal §1.5.3, Fig. 1.16).

Backpropagation needs nothing of a layered network but a directed acyclic graph: a
topological order and one reverse sweep. Each builder here returns a
:class:`nbcompanion.graph.Graph` that breaks one habit of the layered network:

* :func:`later_inputs_graph`: inputs that enter the second hidden layer and the output, in
  the spirit of Fig. 1.16;
* :func:`skip_connection_graph`: residual additions h + F(h) that skip a layer (ResNet);
* :func:`hidden_loss_graph`: a loss term on a hidden node (a penalty on its activity);
* :func:`sum_product_graph`: a sum-product network over two binary variables, whose sum
  nodes have positive weights and whose product nodes multiply without weights.

:func:`check_gradients` compares the three ways of computing the gradient on any of them:
the reverse sweep, the sum over every path of eq. (1.23) and central differences.
"""

from dataclasses import dataclass
from itertools import product

import numpy as np

from ._validation import check_positive
from .graph import Graph

__all__ = ["later_inputs_graph", "skip_connection_graph", "hidden_loss_graph",
           "sum_product_graph", "spn_probabilities", "GradientCheck", "check_gradients"]


def _weights(rng, sources, scale=0.8):
    return {source: float(rng.normal(scale=scale)) for source in sources}


def later_inputs_graph(random_state=0):
    """Inputs entering later layers (Fig. 1.16): x1–x3 feed layer 1, x4–x5 layer 2, x6 the output.

    Hidden units are tanh (layer 1) and sigmoid (layer 2), the output is linear with a
    squared loss towards 0.5. Weights and inputs are drawn with ``random_state``.

    >>> g = later_inputs_graph()
    >>> g.children("x4"), g.children("x6")
    (['h2_1', 'h2_2'], ['o'])
    """
    rng = np.random.default_rng(random_state)
    graph = Graph()
    for i in range(1, 7):
        graph.add_input(f"x{i}", float(rng.normal()))
    for j in (1, 2):
        graph.add_neuron(f"h1_{j}", _weights(rng, ["x1", "x2", "x3"]), activation="tanh")
    for j in (1, 2):
        graph.add_neuron(f"h2_{j}", _weights(rng, ["h1_1", "h1_2", "x4", "x5"]),
                         activation="sigmoid")
    graph.add_neuron("o", _weights(rng, ["h2_1", "h2_2", "x6"]), activation="identity")
    graph.add_loss("o", "squared", target=0.5)
    return graph


def _add(*values):
    return float(sum(values))


def _add_partials(*values):
    return (1.0,) * len(values)


def skip_connection_graph(blocks=3, random_state=0, *, skip=True):
    """A chain of residual blocks r_k = r_{k−1} + tanh(w_k · r_{k−1}) (ResNet, §1.5.3).

    The addition is a function node with ∂r_k/∂r_{k−1} = 1: the skip edge. With ``blocks``
    blocks there are 2^blocks paths from the input to the output, against one in the plain
    chain, and the identity path keeps the product of local derivatives from vanishing.
    With ``skip=False`` the same weights make the plain chain f_k = tanh(w_k f_{k−1}).

    >>> skip_connection_graph(blocks=3).count_paths("x", "o")
    8
    >>> skip_connection_graph(blocks=3, skip=False).count_paths("x", "o")
    1
    """
    check_positive(blocks, "blocks", integer=True)
    rng = np.random.default_rng(random_state)
    graph = Graph()
    graph.add_input("x", float(rng.normal()))
    previous = "x"
    for k in range(1, blocks + 1):
        graph.add_neuron(f"f{k}", {previous: float(rng.normal(scale=0.8))}, activation="tanh")
        if skip:
            graph.add_function(f"r{k}", [previous, f"f{k}"], _add, _add_partials)
        previous = f"r{k}" if skip else f"f{k}"
    graph.add_neuron("o", {previous: float(rng.normal())}, activation="identity")
    graph.add_loss("o", "squared", target=1.0)
    return graph


def hidden_loss_graph(penalty_node="h1_2", random_state=0):
    """A 2-3-2-1 tanh network whose loss has a second term on a hidden node (§1.5.3).

    L = (o − 0.5)² + (h − 0)² with h = ``penalty_node``: the hidden term pulls that unit's
    activity towards zero, as the sparsity penalties of the book's chapters 2 and 4 do.
    Backpropagation starts from two places: Δ(h, o) gets ∂L/∂h from its own term plus what
    flows back from the output.
    """
    rng = np.random.default_rng(random_state)
    graph = Graph()
    layers = [["x1", "x2"], ["h1_1", "h1_2", "h1_3"], ["h2_1", "h2_2"], ["o"]]
    for name in layers[0]:
        graph.add_input(name, float(rng.normal()))
    for previous, layer in zip(layers, layers[1:]):
        for name in layer:
            graph.add_neuron(name, _weights(rng, previous),
                             activation="identity" if name == "o" else "tanh")
    graph.add_loss("o", "squared", target=0.5)
    graph.add_loss(penalty_node, "squared", target=0.0)
    return graph


def _multiply(a, b):
    return a * b


def _multiply_partials(a, b):
    return b, a


SPN_WEIGHTS = {"s1": (0.6, 0.4), "s2": (0.3, 0.7), "s3": (0.8, 0.2), "s4": (0.1, 0.9),
               "root": (0.7, 0.3)}


def sum_product_graph(x1=1, x2=0, *, target=0.5):
    """A sum-product network over two binary variables (§1.5.3.2), as a computational graph.

    The inputs are indicators: ``a1`` = [x1 = 1], ``a0`` = [x1 = 0], ``b1`` = [x2 = 1],
    ``b0`` = [x2 = 0]. Sum nodes (neurons with identity activation and positive weights
    summing to 1) mix them: s1, s2 over x1 and s3, s4 over x2. Product nodes p1 = s1·s3 and
    p2 = s2·s4 multiply without weights, and the root 0.7 p1 + 0.3 p2 is the probability of
    (x1, x2) under a mixture of two independent models. The loss (root − ``target``)² only
    gives backpropagation something to differentiate.

    >>> g = sum_product_graph(1, 1); _ = g.forward()
    >>> round(g.nodes["root"].value, 12)  # 0.7 · 0.6 · 0.8 + 0.3 · 0.3 · 0.1
    0.345
    """
    for value, name in ((x1, "x1"), (x2, "x2")):
        if value not in (0, 1):
            raise ValueError(f"{name} must be 0 or 1, got {value!r}.")
    graph = Graph()
    for name, value in (("a1", x1), ("a0", 1 - x1), ("b1", x2), ("b0", 1 - x2)):
        graph.add_input(name, float(value))
    for name, sources in (("s1", ("a1", "a0")), ("s2", ("a1", "a0")), ("s3", ("b1", "b0")),
                          ("s4", ("b1", "b0"))):
        graph.add_neuron(name, dict(zip(sources, SPN_WEIGHTS[name])), activation="identity")
    graph.add_function("p1", ["s1", "s3"], _multiply, _multiply_partials)
    graph.add_function("p2", ["s2", "s4"], _multiply, _multiply_partials)
    graph.add_neuron("root", dict(zip(("p1", "p2"), SPN_WEIGHTS["root"])), activation="identity")
    graph.add_loss("root", "squared", target=target)
    return graph


def spn_probabilities():
    """The root's value for each of the four (x1, x2): a distribution, so they sum to 1.

    >>> round(sum(spn_probabilities().values()), 12)
    1.0
    """
    result = {}
    for x1, x2 in product((0, 1), repeat=2):
        graph = sum_product_graph(x1, x2)
        graph.forward()
        result[(x1, x2)] = graph.nodes["root"].value
    return result


@dataclass
class GradientCheck:
    """The gradient of one graph by three methods, and how far apart they are.

    Attributes
    ----------
    backprop, path_sum, finite_difference : dict of str to float
        ∂L/∂w for every weighted edge (keys ``"w(g→h)"``) and ∂L/∂x for every input.
    paths : int
        Input-to-loss paths in the graph (the work of the path sum grows with them).
    max_path_difference, max_finite_difference : float
        Largest |backprop − path sum| and |backprop − finite difference|.
    """

    backprop: dict
    path_sum: dict
    finite_difference: dict
    paths: int
    max_path_difference: float
    max_finite_difference: float


def check_gradients(graph, *, step=1e-4):
    """Backpropagation against the sum over paths (eq. 1.23) and five-point differences.

    Parameters
    ----------
    graph : Graph
        With at least one loss term. Its forward and backward passes are run here.
    step : float
        ε of the five-point central difference (error O(ε⁴)).

    Returns
    -------
    GradientCheck

    >>> check = check_gradients(later_inputs_graph())
    >>> check.max_path_difference < 1e-12, check.max_finite_difference < 1e-9
    (True, True)
    """
    if not isinstance(graph, Graph):
        raise TypeError(f"graph must be an nbcompanion.graph.Graph, got {type(graph).__name__}.")
    graph.forward()
    gradients = graph.backward()
    weights_fd, inputs_fd = graph.numerical_gradient(step, order=4)
    graph.forward()
    backprop, paths, differences = {}, {}, {}
    for (source, target), value in gradients.weights.items():
        key = f"w({source}→{target})"
        backprop[key] = value
        paths[key] = graph.path_sum_weight(source, target)
        differences[key] = weights_fd[(source, target)]
    loss_nodes = list(dict.fromkeys(name for name, _, _ in graph.loss_terms))
    n_paths = 0
    for name, node in graph.nodes.items():
        if node.kind == "input":
            backprop[name] = gradients.nodes[name]
            paths[name] = graph.path_sum(name)[0]
            differences[name] = inputs_fd[name]
            n_paths += sum(graph.count_paths(name, loss) for loss in loss_nodes)
    return GradientCheck(
        backprop, paths, differences, n_paths,
        max(abs(backprop[k] - paths[k]) for k in backprop),
        max(abs(backprop[k] - differences[k]) for k in backprop))
