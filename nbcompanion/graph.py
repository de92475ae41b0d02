"""A computational graph of scalar nodes and backpropagation over it (Aggarwal §1.2.3, §1.3).

Every node ``h`` holds a pre-activation ``a_h`` and a value ``h = Φ(a_h)``. For a *neuron*
``a_h = Σ_g w_(g,h) · g`` over its incoming edges (Fig. 1.7); for a *function node*
``a_h = f(g_1, …, g_m)`` with its own partial derivatives (Fig. 1.13), and Φ is the identity.
Input nodes just hold a value. The local derivative on an edge g → h is

    ∂h/∂g = Φ'(a_h) · ∂a_h/∂g,     which is Φ'(a_h) · w_(g,h) for a neuron (eq. 1.25).

The loss L is a sum of terms ``loss(target, node)`` taken from :mod:`nbcompanion.losses`,
on the output node or on any hidden node (§1.5.3). The graph can be any directed acyclic
graph: inputs may enter later layers, and skip connections are allowed.

Backpropagation is a topological order plus one reverse sweep that *accumulates* (``+=``)
the contribution of every path, the dynamic programming of §1.3, in either of the book's two
forms:

* post-activation, eqs. (1.24)-(1.27): Δ(h, o) = ∂L/∂h,
  Δ(g, o) = Σ_{h: g⇒h} Φ'(a_h) · ∂a_h/∂g · Δ(h, o);
* pre-activation, eqs. (1.28)-(1.31): δ(h, o) = ∂L/∂a_h,
  δ(g, o) = Φ'(a_g) · Σ_{h: g⇒h} ∂a_h/∂g · δ(h, o);

and in both ∂L/∂w_(g,h) = δ(h, o) · g = Δ(h, o) · Φ'(a_h) · g. :meth:`Graph.path_sum`
computes the same numbers by brute force, enumerating every path of eq. (1.23), and
:meth:`Graph.numerical_gradient` by central differences.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from . import activations, losses
from ._validation import check_choice, check_positive

__all__ = ["Node", "Edge", "Graph", "Gradients", "random_dag", "layered_graph",
           "two_path_example"]

_SCALAR_LOSSES = ("squared", "logistic", "hinge")


@dataclass
class Node:
    """One scalar node: its kind, activation, and the numbers of the last passes.

    Attributes
    ----------
    name : str
    kind : {"input", "neuron", "function"}
    activation : str
        Name in :data:`nbcompanion.activations.REGISTRY` ("identity" for inputs and
        function nodes).
    value : float
        h = Φ(a_h) after :meth:`Graph.forward` (for an input, its given value).
    pre_activation : float
        a_h after :meth:`Graph.forward`.
    delta_post, delta_pre : float
        Δ(h, o) = ∂L/∂h and δ(h, o) = ∂L/∂a_h after :meth:`Graph.backward`.
    """

    name: str
    kind: str
    activation: str = "identity"
    value: float = 0.0
    pre_activation: float = 0.0
    function: Callable | None = None
    partials: Callable | None = None
    delta_post: float = float("nan")
    delta_pre: float = float("nan")


@dataclass
class Edge:
    """A directed edge g → h; ``weight`` is w_(g,h) for a neuron, None for a function node.

    ``local_derivative`` is ∂h/∂g after a forward pass and ``gradient`` ∂L/∂w_(g,h) after a
    backward pass.
    """

    source: str
    target: str
    weight: float | None = None
    local_derivative: float = float("nan")
    gradient: float = float("nan")


@dataclass
class Gradients:
    """Result of a backward pass.

    Attributes
    ----------
    weights : dict of (str, str) to float
        ∂L/∂w_(g,h) for every weighted edge.
    nodes : dict of str to float
        ∂L/∂h = Δ(h, o) for every node (for an input: the gradient with respect to it).
    pre : dict of str to float
        ∂L/∂a_h = δ(h, o) for every non-input node.
    operations : int
        Multiply-adds of the reverse sweep (one per edge and direction): linear in the size
        of the graph.
    """

    weights: dict = field(default_factory=dict)
    nodes: dict = field(default_factory=dict)
    pre: dict = field(default_factory=dict)
    operations: int = 0


class Graph:
    """A directed acyclic computational graph of scalar nodes (§1.2.3, §1.3).

    Build it node by node, connect the nodes, add loss terms, then call :meth:`forward` and
    :meth:`backward`. Child order follows insertion order, so every result is deterministic.

    Examples
    --------
    >>> g = Graph()
    >>> g.add_input("x", 2.0)
    >>> g.add_neuron("o", {"x": 0.5}, activation="identity")
    >>> g.add_loss("o", "squared", target=0.0)
    >>> g.forward()      # o = 0.5 · 2, L = (0 - 1)²
    1.0
    >>> g.backward().weights[("x", "o")]   # ∂L/∂w = 2 · o · x
    4.0
    """

    def __init__(self):
        self.nodes = {}
        self.edges = {}
        self._parents = {}  # adjacency lists in insertion order: O(1) look-ups in the sweep
        self._children = {}
        self.loss_terms = []
        self.loss = float("nan")
        self._changes = 0  # counts edits; backward() needs a forward() after the last one
        self._forwarded_at = None

    # -- building -----------------------------------------------------------------------
    def add_input(self, name, value=0.0):
        """Add an input node holding ``value``."""
        self._new_node(Node(name, "input", value=_scalar(value, f"value of {name!r}")))

    def add_neuron(self, name, inputs=None, *, activation="sigmoid"):
        """Add a neuron h = Φ(Σ_g w_(g,h) g); ``inputs`` maps source names to weights."""
        activations.get(activation)
        self._new_node(Node(name, "neuron", activation=activation))
        for source, weight in (inputs or {}).items():
            self.connect(source, name, weight)

    def add_function(self, name, inputs, function, partials):
        """Add a node h = f(g_1, …, g_m) with its partial derivatives (Fig. 1.13).

        Parameters
        ----------
        inputs : list of str
            The source nodes g_1 … g_m, in the order ``function`` takes them.
        function : callable
            ``function(*values) -> float``.
        partials : callable
            ``partials(*values) -> sequence of m floats``, ∂f/∂g_i.
        """
        if not callable(function) or not callable(partials):
            raise TypeError("function and partials must be callables of the input values.")
        self._new_node(Node(name, "function", function=function, partials=partials))
        for source in inputs:
            self.connect(source, name)

    def connect(self, source, target, weight=None):
        """Add the edge source → target, with a weight when the target is a neuron."""
        for name in (source, target):
            self._node(name)
        if (source, target) in self.edges:
            raise ValueError(f"The edge {source!r} -> {target!r} exists already.")
        kind = self.nodes[target].kind
        if kind == "input":
            raise ValueError(f"{target!r} is an input node; it cannot receive an edge.")
        if kind == "neuron":
            weight = _scalar(weight, f"weight of {source!r} -> {target!r}")
        elif weight is not None:
            raise ValueError(f"{target!r} is a function node; its edges carry no weight.")
        self._changes += 1
        self.edges[(source, target)] = Edge(source, target, weight)
        self._parents[target].append(source)
        self._children[source].append(target)

    def add_loss(self, node, loss="squared", *, target=0.0):
        """Add the term ``loss(target, node)`` to L; any node may carry one (§1.5.3)."""
        self._node(node)
        check_choice(loss, "loss", _SCALAR_LOSSES)
        target = _scalar(target, "target")
        losses.REGISTRY[loss][0]([target], [0.0])  # checks the target (±1 for logistic, hinge)
        self._changes += 1
        self.loss_terms.append((node, loss, target))

    def set_input(self, name, value):
        """Change the value of an input node."""
        if self._node(name).kind != "input":
            raise ValueError(f"{name!r} is not an input node.")
        self.nodes[name].value = _scalar(value, f"value of {name!r}")
        self._changes += 1

    def set_weight(self, source, target, weight):
        """Change the weight w_(source, target)."""
        edge = self.edges.get((source, target))
        if edge is None or edge.weight is None:
            raise ValueError(f"There is no weighted edge {source!r} -> {target!r}.")
        edge.weight = _scalar(weight, "weight")
        self._changes += 1

    # -- structure ----------------------------------------------------------------------
    def parents(self, name):
        """Sources of the edges into ``name``, in insertion order."""
        return list(self._parents[self._node(name).name])

    def children(self, name):
        """Targets of the edges out of ``name``, in insertion order."""
        return list(self._children[self._node(name).name])

    def topological_order(self):
        """Return the node names so that every edge goes forward; raise on a cycle.

        Kahn's algorithm, taking ready nodes in insertion order.
        """
        indegree = {name: len(self._parents[name]) for name in self.nodes}
        children = self._children
        ready = [name for name in self.nodes if indegree[name] == 0]
        order = []
        while ready:
            name = ready.pop(0)
            order.append(name)
            for child in children[name]:
                indegree[child] -= 1
                if indegree[child] == 0:
                    ready.append(child)
        if len(order) < len(self.nodes):
            stuck = [name for name in self.nodes if indegree[name] > 0]
            raise ValueError(
                "The graph has a cycle through some of the nodes " + ", ".join(map(repr, stuck))
                + "; a computational graph must be acyclic (§1.3) for backpropagation.")
        return order

    # -- forward phase ------------------------------------------------------------------
    def forward(self):
        """Forward phase: compute every a_h, h and local derivative; return the loss L."""
        if not self.loss_terms:
            raise ValueError("The graph has no loss term; call add_loss(node, ...) first.")
        for name in self.topological_order():
            self._forward_node(name)
        self.loss = float(sum(losses.REGISTRY[loss][0]([t], [self.nodes[n].value])[0]
                              for n, loss, t in self.loss_terms))
        self._forwarded_at = self._changes
        return self.loss

    def _forward_node(self, name):
        node = self.nodes[name]
        if node.kind == "input":
            node.pre_activation = node.value
            return
        sources = self._parents[name]
        values = [self.nodes[s].value for s in sources]
        if node.kind == "neuron":
            weights = [self.edges[(s, name)].weight for s in sources]
            node.pre_activation = float(np.dot(weights, values)) if sources else 0.0
            slopes = weights
        else:
            node.pre_activation = _function_value(node, values)
            slopes = _partials(node, sources, values)
        phi = activations.get(node.activation)
        node.value = float(phi.function(node.pre_activation))
        derivative = float(phi.derivative(node.pre_activation))
        for source, slope in zip(sources, slopes):
            # ∂h/∂g = Φ'(a_h) · ∂a_h/∂g, eq. (1.25)
            self.edges[(source, name)].local_derivative = derivative * slope

    def loss_derivatives(self):
        """∂L/∂h of the loss terms alone, for every node (0 where no term sits)."""
        direct = {name: 0.0 for name in self.nodes}
        for name, loss, target in self.loss_terms:
            direct[name] += float(losses.REGISTRY[loss][1]([target], [self.nodes[name].value])[0])
        return direct

    # -- backward phase -----------------------------------------------------------------
    def backward(self, form="post"):
        """Backward phase: one reverse sweep in topological order (§1.3).

        Parameters
        ----------
        form : {"post", "pre"}
            Recursion on Δ(h, o) = ∂L/∂h, eqs. (1.24)-(1.27), or on δ(h, o) = ∂L/∂a_h,
            eqs. (1.28)-(1.31). Both give the same gradients.

        Returns
        -------
        Gradients
            Also stored on the nodes (``delta_post``, ``delta_pre``) and edges (``gradient``).
        """
        check_choice(form, "form", ("post", "pre"))
        order = self.topological_order()  # a cycle is reported first
        if self._forwarded_at is None:
            raise RuntimeError("backward() needs the values of the forward phase: call"
                               " forward() first.")
        if self._forwarded_at != self._changes:
            raise RuntimeError("The graph changed (a node, edge, loss, input or weight) since"
                               " the last forward(): call forward() again before backward().")
        direct = self.loss_derivatives()
        sweep = self._sweep_post if form == "post" else self._sweep_pre
        operations = sweep(order, direct)
        result = Gradients(operations=operations)
        for name in order:
            node = self.nodes[name]
            result.nodes[name] = node.delta_post
            if node.kind != "input":
                result.pre[name] = node.delta_pre
        for key, edge in self.edges.items():
            if edge.weight is not None:
                # ∂L/∂w_(g,h) = δ(h, o) · g, eqs. (1.27) and (1.31)
                edge.gradient = self.nodes[edge.target].delta_pre * self.nodes[edge.source].value
                result.weights[key] = edge.gradient
        return result

    def _phi_prime(self, node):
        return float(activations.get(node.activation).derivative(node.pre_activation))

    def _sweep_post(self, order, direct):
        operations = 0
        for name in reversed(order):
            node = self.nodes[name]
            delta = direct[name]  # Δ(o, o) = ∂L/∂o at a loss node, eq. (1.24)
            for child in self._children[name]:
                # Δ(g, o) += ∂h/∂g · Δ(h, o): eqs. (1.25)-(1.26)
                delta += self.edges[(name, child)].local_derivative * self.nodes[child].delta_post
                operations += 1
            node.delta_post = delta
            node.delta_pre = self._phi_prime(node) * delta if node.kind != "input" else 0.0
        return operations

    def _sweep_pre(self, order, direct):
        operations = 0
        for name in reversed(order):
            node = self.nodes[name]
            total = direct[name]  # δ(o, o) = Φ'(a_o) ∂L/∂o, eq. (1.29)
            for child in self._children[name]:
                # δ(g, o) = Φ'(a_g) Σ ∂a_h/∂g · δ(h, o), eq. (1.30)
                total += self._slope(name, child) * self.nodes[child].delta_pre
                operations += 1
            node.delta_post = total
            node.delta_pre = self._phi_prime(node) * total if node.kind != "input" else 0.0
        return operations

    def _slope(self, source, target):
        """∂a_h/∂g: the weight for a neuron, the partial derivative for a function node."""
        edge = self.edges[(source, target)]
        if edge.weight is not None:
            return edge.weight
        target_node = self.nodes[target]
        sources = self._parents[target]
        values = [self.nodes[s].value for s in sources]
        return _partials(target_node, sources, values)[sources.index(source)]

    # -- second methods -----------------------------------------------------------------
    def paths(self, source, target):
        """Every path from ``source`` to ``target``, as lists of node names (eq. 1.23)."""
        self._node(source), self._node(target)
        self.topological_order()  # raises on a cycle, where the recursion would not end
        return self._paths_from(source, target)

    def _paths_from(self, source, target):
        if source == target:
            return [[source]]
        return [[source] + rest for child in self._children[source]
                for rest in self._paths_from(child, target)]

    def count_paths(self, source, target):
        """Number of paths from ``source`` to ``target``, by dynamic programming."""
        order = self.topological_order()
        count = {name: 0 for name in self.nodes}
        count[target] = 1
        for name in reversed(order):
            if name != target:
                count[name] = sum(count[c] for c in self._children[name])
        return count[source]

    def path_products(self, source, target):
        """Each path from ``source`` to ``target`` with its product Π ∂h/∂g (eq. 1.22).

        Their sum is ∂target/∂source, the multivariable chain rule of eq. (1.23) and
        Fig. 1.13. Needs a forward pass first.

        Returns
        -------
        list of (list of str, float)
        """
        result = []
        for path in self.paths(source, target):
            product = 1.0
            for g, h in zip(path, path[1:]):
                product *= self.edges[(g, h)].local_derivative
            result.append((path, product))
        return result

    def path_sum(self, source):
        """∂L/∂source by brute force: Σ over loss nodes and every path of Π ∂h/∂g (eq. 1.23).

        Returns
        -------
        gradient : float
        products : int
            Multiplications done, one per edge of every path: exponential in depth.

        Needs a forward pass first.
        """
        direct = self.loss_derivatives()
        total, products = 0.0, 0
        for name in dict.fromkeys(n for n, _, _ in self.loss_terms):
            for path, product in self.path_products(source, name):
                total += direct[name] * product
                products += len(path)  # len(path) - 1 edges, and ∂L/∂o
        return total, products

    def path_sum_weight(self, source, target):
        """∂L/∂w_(source,target) by path enumeration: path_sum(target) · Φ'(a_h) · g."""
        edge = self.edges[(source, target)]
        if edge.weight is None:
            raise ValueError(f"The edge {source!r} -> {target!r} has no weight.")
        node = self.nodes[target]
        return self.path_sum(target)[0] * self._phi_prime(node) * self.nodes[source].value

    def numerical_gradient(self, step=1e-6, *, order=2):
        """Central differences for every weight and input: a second method of §1.3.

        Parameters
        ----------
        step : float
            ε.
        order : {2, 4}
            2: (L(w + ε) - L(w - ε)) / 2ε. 4: the five-point central difference
            (L(w - 2ε) - 8 L(w - ε) + 8 L(w + ε) - L(w + 2ε)) / 12ε, whose error is O(ε⁴),
            accurate to about 1e-10 with ε = 1e-3.

        Returns
        -------
        weights : dict of (str, str) to float
        inputs : dict of str to float
        """
        check_positive(step, "step")
        if order not in (2, 4):
            raise ValueError(f"order must be 2 or 4, got {order!r}.")
        self._order = order
        weights = {}
        for key, edge in self.edges.items():
            if edge.weight is not None:
                weights[key] = self._difference(lambda v, e=edge: setattr(e, "weight", v),
                                                edge.weight, step)
        inputs = {}
        for name, node in self.nodes.items():
            if node.kind == "input":
                inputs[name] = self._difference(lambda v, n=node: setattr(n, "value", v),
                                                node.value, step)
        self.forward()
        return weights, inputs

    def _difference(self, assign, original, step):
        stencil = {2: ((1, 1 / 2), (-1, -1 / 2)),
                   4: ((-2, 1 / 12), (-1, -8 / 12), (1, 8 / 12), (2, -1 / 12))}[self._order]
        total = 0.0
        for multiple, coefficient in stencil:
            assign(original + multiple * step)
            total += coefficient * self.forward()
        assign(original)
        return total / step

    # -- helpers ------------------------------------------------------------------------
    def _new_node(self, node):
        if not isinstance(node.name, str) or not node.name:
            raise TypeError(f"A node name must be a non-empty string, got {node.name!r}.")
        if node.name in self.nodes:
            raise ValueError(f"A node named {node.name!r} exists already.")
        self._changes += 1
        self.nodes[node.name] = node
        self._parents[node.name] = []
        self._children[node.name] = []

    def _node(self, name):
        if name not in self.nodes:
            known = ", ".join(map(repr, self.nodes)) or "none yet"
            raise ValueError(f"Unknown node {name!r}; the graph has {known}.")
        return self.nodes[name]

    def layers(self):
        """Depth of each node: the length of the longest path reaching it (for drawing)."""
        depth = {}
        for name in self.topological_order():
            depth[name] = max((depth[p] + 1 for p in self._parents[name]), default=0)
        return depth


def _function_value(node, values):
    """a_h = f(g_1, …, g_m) of a function node, checked to be one finite number."""
    try:
        value = float(node.function(*values))
    except (TypeError, ValueError) as error:
        raise TypeError(f"The function of node {node.name!r} must return one real number for"
                        f" its {len(values)} input value(s); it failed: {error}") from None
    if not np.isfinite(value):
        raise ValueError(f"The function of node {node.name!r} returned {value} at the inputs"
                         f" {values}; it must return a finite number.")
    return value


def _partials(node, sources, values):
    """∂f/∂g_i of a function node, checked: one finite number per input, in their order."""
    try:
        slopes = [float(p) for p in node.partials(*values)]
    except (TypeError, ValueError) as error:
        raise TypeError(f"partials of node {node.name!r} must return a sequence of"
                        f" {len(sources)} numbers, ∂f/∂g for g in {sources}; it failed:"
                        f" {error}") from None
    if len(slopes) != len(sources):
        raise ValueError(f"partials of node {node.name!r} returned {len(slopes)} value(s), but"
                         f" the node has {len(sources)} input(s) {sources}: give one ∂f/∂g"
                         " per input, in that order.")
    if not np.all(np.isfinite(slopes)):
        raise ValueError(f"partials of node {node.name!r} returned {slopes} at the inputs"
                         f" {values}; every partial derivative must be finite.")
    return slopes


def _scalar(value, name):
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise TypeError(f"{name} must be a real number, got {value!r}.")
    if not np.isfinite(value):
        raise ValueError(f"{name} must be finite, got {value!r}.")
    return float(value)


def layered_graph(sizes, *, activation="tanh", loss="squared", target=0.5, random_state=0):
    """A fully connected layered graph: ``sizes[0]`` inputs, then hidden layers, then outputs.

    Nodes are named ``x1…``, ``h{layer}_{unit}`` and ``o1…``; weights are drawn from
    N(0, 1/fan_in) with the seed; inputs are drawn from N(0, 1). Each output carries a loss.

    >>> g = layered_graph([2, 2, 1], random_state=0)
    >>> len(g.nodes), len(g.edges), g.count_paths("x1", "o1")
    (5, 6, 2)
    """
    rng = np.random.default_rng(random_state)
    if isinstance(sizes, (str, bytes)) or not hasattr(sizes, "__len__") or len(sizes) < 2:
        raise ValueError(f"sizes needs at least an input and an output layer, got {sizes!r}.")
    for size in sizes:
        check_positive(size, "each layer size in sizes", integer=True)
    graph = Graph()
    names = [[f"x{i + 1}" for i in range(sizes[0])]]
    for name in names[0]:
        graph.add_input(name, float(rng.normal()))
    for layer, size in enumerate(sizes[1:], start=1):
        last = layer == len(sizes) - 1
        names.append([f"o{i + 1}" if last else f"h{layer}_{i + 1}" for i in range(size)])
        scale = 1 / np.sqrt(len(names[-2]))
        for name in names[-1]:
            weights = {p: float(rng.normal(scale=scale)) for p in names[-2]}
            graph.add_neuron(name, weights, activation="identity" if last else activation)
    for name in names[-1]:
        graph.add_loss(name, loss, target=target)
    return graph


def random_dag(n_inputs=3, n_hidden=6, *, edge_probability=0.6, hidden_losses=1,
               random_state=0):
    """A random DAG of neurons: inputs may enter any later node, losses on hidden nodes too.

    Nodes ``x1…`` come first, then hidden neurons ``h1…`` with random activations among
    sigmoid, tanh, identity and ReLU, then the output ``o``. Every node gets at least one
    edge from an earlier node; other earlier nodes connect with ``edge_probability``.
    The output carries a squared loss, and ``hidden_losses`` hidden nodes a logistic one.

    >>> g = random_dag(random_state=1)
    >>> g.topological_order()[0], g.topological_order()[-1]
    ('x1', 'o')
    """
    rng = np.random.default_rng(random_state)
    graph = Graph()
    names = []
    for i in range(n_inputs):
        names.append(f"x{i + 1}")
        graph.add_input(names[-1], float(rng.normal()))
    kinds = ("sigmoid", "tanh", "identity", "relu")
    for i in range(n_hidden + 1):
        name = "o" if i == n_hidden else f"h{i + 1}"
        graph.add_neuron(name, activation=kinds[rng.integers(len(kinds))] if i < n_hidden
                         else "sigmoid")
        chosen = [p for p in names if rng.random() < edge_probability]
        required = names[-1] if names[-1] not in chosen else None
        for source in chosen + ([required] if required else []):
            graph.connect(source, name, float(rng.normal()))
        names.append(name)
    graph.add_loss("o", "squared", target=float(rng.uniform()))
    hidden = names[n_inputs:-1]
    for name in rng.choice(hidden, size=min(hidden_losses, len(hidden)), replace=False):
        graph.add_loss(str(name), "logistic", target=1.0)
    return graph


def two_path_example(w=0.7):
    """The graph of Fig. 1.13: a weight w reaches the output o by exactly two paths.

    y = w², p = cos(y), q = sin(y), o = K(p, q) = p · q. So o = ½ sin(2w²) and the closed
    form is ∂o/∂w = 2w cos(2w²), the sum of the two path products
    q · (-sin y) · 2w and p · cos y · 2w. The loss is L = (o - 0)², so Δ(o, o) = 2o.
    Returns the graph after its forward pass.

    >>> g = two_path_example(0.5)
    >>> [round(product, 4) for _, product in g.path_products("w", "o")]
    [-0.0612, 0.9388]
    """
    graph = Graph()
    graph.add_input("w", w)
    graph.add_function("y", ["w"], lambda w: w * w, lambda w: (2 * w,))
    graph.add_function("p", ["y"], np.cos, lambda y: (-np.sin(y),))
    graph.add_function("q", ["y"], np.sin, lambda y: (np.cos(y),))
    graph.add_function("o", ["p", "q"], lambda p, q: p * q, lambda p, q: (q, p))
    graph.add_loss("o", "squared", target=0.0)
    graph.forward()
    return graph
