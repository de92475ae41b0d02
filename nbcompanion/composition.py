"""Depth by composition: the ReLU tent composed r times (Aggarwal §1.5.2, Fig. 1.15).

The book's example is a 1-D function made of 1024 equal, regularly repeated steps: a shallow
network with step units needs about one unit per step, while a deep network with a few units
per layer builds 1 step in layer 1, 2 in layer 2, … 2^r in layer r. One exact construction
uses the ReLU *tent* on [0, 1],

    t(x) = 2·ReLU(x) − 4·ReLU(x − ½),   so t(x) = 2x for x ≤ ½ and 2 − 2x for x ≥ ½,

which maps [0, 1] onto itself. Each layer of two ReLU units computes one more tent, so the
composition t^r = t ∘ … ∘ t is a sawtooth with exactly 2^r linear pieces, computed by
``r`` hidden layers of 2 units (6r + 1 parameters with the bias neurons), whereas a network
with one hidden layer of n ReLU units has at most n + 1 pieces, so it needs at least
2^r − 1 units (:func:`shallow_network` uses 2^r, 3·2^r + 1 parameters). The ±1 square wave
that switches 2^r times, the book's second description, is sign(2 t^r(x) − 1).

:func:`linear_pieces` finds, exactly (in rational arithmetic), the maximal intervals on which
the output of any ReLU network of one input is affine, so the 2^r is counted on the output
of the network, not asserted.
"""

from dataclasses import dataclass
from fractions import Fraction

import numpy as np
from scipy import optimize

from . import activations
from ._validation import as_real_array, check_positive
from .network import FeedForwardNetwork

__all__ = ["tent", "composed_tent", "tent_network", "shallow_network", "Piece",
           "linear_pieces", "count_pieces", "parameter_count", "depth_table",
           "square_wave", "square_wave_steps", "step_sum", "sawtooth_data",
           "random_network", "fit_sawtooth", "MAX_DEPTH"]

MAX_DEPTH = 30  # 2^30 pieces: beyond it the breakpoints k/2^r are no longer exact in float64


def _check_depth(r, name="r"):
    check_positive(r, name, integer=True)
    if r > MAX_DEPTH:
        raise ValueError(f"{name} must be at most {MAX_DEPTH}, got {r}.")
    return int(r)


def tent(x):
    """The ReLU tent t(x) = 2·ReLU(x) − 4·ReLU(x − ½) (§1.5.2), same shape as ``x``.

    >>> tent([0.0, 0.25, 0.5, 0.75, 1.0]).tolist()
    [0.0, 0.5, 1.0, 0.5, 0.0]
    """
    x = as_real_array(x, "x", allow_empty=True)
    return 2 * activations.relu(x) - 4 * activations.relu(x - 0.5)


def composed_tent(x, r):
    """t^r(x) = t(t(… t(x))), the tent composed ``r`` times: 2^r pieces on [0, 1].

    The values are exact in floating point at dyadic points k/2^m (m ≤ 52): every operation
    multiplies by 2 or 4 or subtracts ½.

    >>> composed_tent([0.0, 0.125, 0.25, 0.375, 0.5], 2).tolist()
    [0.0, 0.5, 1.0, 0.5, 0.0]
    """
    r = _check_depth(r)
    values = as_real_array(x, "x", allow_empty=True)
    for _ in range(r):
        values = tent(values)
    return values


def tent_network(r):
    """The deep network of §1.5.2: ``r`` hidden layers of 2 ReLU units computing t^r.

    Layer 1 computes ReLU(x) and ReLU(x − ½); each later layer reads the previous tent
    z = 2 h₁ − 4 h₂ through its weights and computes ReLU(z) and ReLU(z − ½); the linear
    output is 2 h₁ − 4 h₂ of the last layer. 6r + 1 parameters.

    Returns
    -------
    FeedForwardNetwork
        Layer sizes [1, 2, …, 2, 1], ReLU hidden layers, linear output, bias neurons.

    >>> net = tent_network(3)
    >>> net.predict([[0.0625], [0.125]])[:, 0].tolist()  # t³(1/16) = ½, t³(1/8) = 1
    [0.5, 1.0]
    """
    r = _check_depth(r)
    network = FeedForwardNetwork([1] + [2] * r + [1], activation="relu", random_state=0)
    unit_biases = np.array([0.0, -0.5])  # the second unit is ReLU(z − ½)
    readout = np.array([[2.0], [-4.0]])  # z = 2 h₁ − 4 h₂: the tent of this layer
    network.weights[0][...] = [[1.0, 1.0]]
    network.biases[0][...] = unit_biases
    for p in range(1, r):
        network.weights[p][...] = readout @ [[1.0, 1.0]]  # both units read z
        network.biases[p][...] = unit_biases
    network.weights[r][...] = readout
    network.biases[r][...] = 0.0
    return network


def shallow_network(r):
    """One hidden layer of 2^r ReLU units computing the same t^r on [0, 1].

    The sawtooth t^r has slope +2^r on its even pieces and −2^r on its odd ones; the unit
    ReLU(x − k/2^r) adds the change of slope at the breakpoint k/2^r:

        t^r(x) = 2^r ReLU(x) + Σ_{k=1}^{2^r − 1} (−1)^k 2^{r+1} ReLU(x − k/2^r)  on [0, 1].

    >>> net = shallow_network(2)
    >>> net.layer_sizes, net.predict([[0.125], [0.25]])[:, 0].tolist()
    ([1, 4, 1], [0.5, 1.0])
    """
    r = _check_depth(r)
    n = 2 ** r
    k = np.arange(n)
    network = FeedForwardNetwork([1, n, 1], activation="relu", random_state=0)
    network.weights[0][...] = 1.0
    network.biases[0][...] = -k / n
    changes = np.where(k % 2 == 0, 2.0, -2.0) * n
    changes[0] = n
    network.weights[1][:, 0] = changes
    network.biases[1][...] = 0.0
    return network


@dataclass(frozen=True)
class Piece:
    """One maximal interval [start, end] on which the output is slope · x + intercept."""

    start: Fraction
    end: Fraction
    slope: Fraction
    intercept: Fraction


def _rows(array, number):
    return [[number(float(v)) for v in row] for row in np.atleast_2d(array)]


def linear_pieces(network, low=0.0, high=1.0, *, exact=True):
    """The maximal intervals of [low, high] on which the network's output is affine, exactly.

    Works for a network of one input and one output whose hidden activations are ReLU or
    the identity and whose output is linear. Every weight is read as the exact rational
    number its float stores, and the intervals are found by following each unit's affine
    pieces through the layers: a ReLU splits a piece where its pre-activation crosses 0.
    Adjacent intervals with the same line are then merged, so the count is the number of
    linear pieces of the function itself, not of the network's bookkeeping.

    Parameters
    ----------
    network : FeedForwardNetwork
    low, high : float
        The interval, low < high.

    Returns
    -------
    list of Piece
        In order from ``low`` to ``high``, in exact rational numbers.

    >>> [(str(p.start), str(p.end), str(p.slope)) for p in linear_pieces(tent_network(1))]
    [('0', '1/2', '2'), ('1/2', '1', '-2')]
    """
    _check_network(network)
    number = Fraction if exact else float
    low, high = (number(float(v)) for v in (low, high))
    if not low < high:
        raise ValueError(f"low must be below high, got [{float(low)}, {float(high)}].")
    biases = network.biases or [np.zeros(W.shape[1]) for W in network.weights]
    kinds = list(network.activation) + ["identity"]
    # Each cell: (start, end, slopes, intercepts) of the current layer's units on that cell.
    cells = [(low, high, [number(1)], [number(0)])]
    for W, b, kind in zip(network.weights, biases, kinds):
        W, b = _rows(W, number), _rows(b, number)[0]
        cells = [piece for cell in cells for piece in _next_layer(cell, W, b, kind)]
    return _merge(cells)


def _next_layer(cell, W, b, kind):
    start, end, slopes, intercepts = cell
    columns = range(len(b))
    slope = [sum(s * row[j] for s, row in zip(slopes, W)) for j in columns]
    intercept = [sum(c * row[j] for c, row in zip(intercepts, W)) + b[j] for j in columns]
    if kind == "identity":
        return [(start, end, slope, intercept)]
    roots = {-intercept[j] / slope[j] for j in columns if slope[j] != 0}
    edges = [start, *sorted(x for x in roots if start < x < end), end]
    result = []
    for left, right in zip(edges, edges[1:]):
        middle = (left + right) / 2
        on = [slope[j] * middle + intercept[j] > 0 for j in columns]  # ReLU keeps or zeroes
        result.append((left, right, [s if o else 0 * s for s, o in zip(slope, on)],
                       [c if o else 0 * c for c, o in zip(intercept, on)]))
    return result


def _merge(cells):
    pieces = []
    for start, end, slopes, intercepts in cells:
        if pieces and (pieces[-1].slope, pieces[-1].intercept) == (slopes[0], intercepts[0]):
            pieces[-1] = Piece(pieces[-1].start, end, slopes[0], intercepts[0])
        else:
            pieces.append(Piece(start, end, slopes[0], intercepts[0]))
    return pieces


def _check_network(network):
    if not isinstance(network, FeedForwardNetwork):
        raise TypeError(f"network must be a FeedForwardNetwork, got {type(network).__name__}.")
    if network.layer_sizes[0] != 1 or network.layer_sizes[-1] != 1:
        raise ValueError("network must have one input and one output, got layer sizes"
                         f" {network.layer_sizes}.")
    if network.output != "linear" or set(network.activation) - {"relu", "identity"}:
        raise ValueError("Only ReLU or identity hidden layers and a linear output are piecewise"
                         f" linear; got {network.activation} and a {network.output} output.")


def count_pieces(network, low=0.0, high=1.0, *, exact=True):
    """Number of linear pieces of the network's output on [low, high] (:func:`linear_pieces`).

    >>> [count_pieces(tent_network(r)) for r in (1, 2, 3)]
    [2, 4, 8]
    """
    return len(linear_pieces(network, low, high, exact=exact))


def parameter_count(network):
    """Number of weights and biases of a FeedForwardNetwork.

    >>> parameter_count(tent_network(10)), parameter_count(shallow_network(10))
    (61, 3073)
    """
    return int(network.get_parameters().size)


def depth_table(depths=range(1, 11), *, exact=True):
    """Pieces, units and parameters of the deep and the shallow network for each r.

    Every count is taken from a constructed network: pieces by :func:`count_pieces` on the
    deep one (``exact`` as there), parameters by :func:`parameter_count`.

    Returns
    -------
    list of dict
        Keys ``r``, ``pieces``, ``deep_layers``, ``deep_units``, ``deep_parameters``,
        ``shallow_units``, ``shallow_parameters``.

    >>> depth_table([3])[0]["deep_parameters"], depth_table([3])[0]["shallow_parameters"]
    (19, 25)
    """
    rows = []
    for r in depths:
        r = _check_depth(r, "each depth")
        deep, shallow = tent_network(r), shallow_network(r)
        rows.append({"r": r, "pieces": count_pieces(deep, exact=exact), "deep_layers": r,
                     "deep_units": sum(deep.layer_sizes[1:-1]),
                     "deep_parameters": parameter_count(deep),
                     "shallow_units": shallow.layer_sizes[1],
                     "shallow_parameters": parameter_count(shallow)})
    return rows


def square_wave(x, r):
    """The book's ±1 function switching 2^r times on [0, 1]: sign(2 t^r(x) − 1).

    t^r rises from 0 to 1 or falls from 1 to 0 on each of its 2^r pieces, so it crosses ½
    once per piece, at the piece's middle.

    >>> square_wave([0.1, 0.3, 0.6, 0.9], 1).tolist()
    [-1.0, 1.0, 1.0, -1.0]
    """
    return activations.sign(2 * composed_tent(x, r) - 1)


def square_wave_steps(r):
    """The shallow form of :func:`square_wave`: 2^r step units and their heights.

    sign(2 t^r(x) − 1) = −1 + Σ_k h_k · step(x − s_k) with s_k = (2k + 1)/2^{r+1} and
    h_k = +2, −2, +2, …: one step unit per switch.

    Returns
    -------
    positions, heights : ndarray of shape (2^r,)
    offset : float

    >>> positions, heights, offset = square_wave_steps(1)
    >>> positions.tolist(), heights.tolist(), offset
    ([0.25, 0.75], [2.0, -2.0], -1.0)
    """
    r = _check_depth(r)
    k = np.arange(2 ** r)
    return (2 * k + 1) / 2 ** (r + 1), np.where(k % 2 == 0, 2.0, -2.0), -1.0


def step_sum(x, positions, heights, offset=0.0):
    """offset + Σ_k heights[k] · step(x − positions[k]), with step(v) = 1 for v ≥ 0, else 0.

    >>> step_sum([0.0, 0.5, 1.0], [0.5], [2.0], -1.0).tolist()
    [-1.0, 1.0, 1.0]
    """
    x = as_real_array(x, "x", allow_empty=True)
    positions = as_real_array(positions, "positions", ndim=1)
    heights = as_real_array(heights, "heights", ndim=1)
    if positions.shape != heights.shape:
        raise ValueError(f"positions and heights must have the same length, got"
                         f" {positions.size} and {heights.size}.")
    # Sorted positions and a cumulative sum: O((n + m) log n) even for 1024 steps.
    order = np.argsort(positions, kind="stable")
    totals = np.concatenate([[0.0], np.cumsum(heights[order])])
    return offset + totals[np.searchsorted(positions[order], x, side="right")]


def sawtooth_data(r, n_points=257):
    """Training data for §1.5.2: ``n_points`` equally spaced x in [0, 1] and y = t^r(x).

    With n_points = 2^m + 1 (m ≥ r) every breakpoint of t^r is a data point.

    Returns
    -------
    X : ndarray of shape (n_points, 1)
    y : ndarray of shape (n_points, 1)
    """
    check_positive(n_points, "n_points", integer=True)
    if n_points < 2:
        raise ValueError(f"n_points must be at least 2, got {n_points}.")
    x = np.linspace(0.0, 1.0, n_points)
    return x[:, None], composed_tent(x, r)[:, None]


def random_network(layer_sizes, random_state=0):
    """A ReLU network of one input with He-normal weights and first-layer kinks inside [0, 1].

    Weights are N(0, 2/fan_in) (the usual start for ReLU layers); the first layer's biases
    put each unit's kink x = −b/w at a uniform point of [0, 1], so no unit starts dead or
    linear on the data; later biases are U(−¼, ¼). Both architectures of the training
    comparison start this way.
    """
    network = FeedForwardNetwork(layer_sizes, activation="relu", random_state=random_state)
    rng = np.random.default_rng(random_state)
    for W, b in zip(network.weights, network.biases):
        W[...] = rng.normal(0.0, np.sqrt(2.0 / W.shape[0]), W.shape)
        b[...] = rng.uniform(-0.25, 0.25, b.shape)
    network.biases[0][...] = -rng.uniform(0.0, 1.0, layer_sizes[1]) * network.weights[0][0]
    return network


def fit_sawtooth(network, r, *, method="lbfgs", max_iterations=5000, epochs=600,
                 learning_rate=0.05, batch_size=16, random_state=0, n_points=257):
    """Train ``network`` on t^r by gradient-based optimization; return its mean squared error.

    Parameters
    ----------
    network : FeedForwardNetwork
        Trained in place (one input, one linear output).
    method : {"lbfgs", "sgd"}
        "lbfgs": scipy's L-BFGS on the full-batch gradient of backpropagation
        (:meth:`FeedForwardNetwork.flat_gradient`), at most ``max_iterations`` steps;
        "sgd": the mini-batch gradient descent of :meth:`FeedForwardNetwork.fit`.

    Returns
    -------
    float
        Mean of (y − ŷ)² over the data after training.

    >>> net = tent_network(2)
    >>> fit_sawtooth(net, 2, max_iterations=5)  # already exact: nothing to improve
    0.0
    """
    X, y = sawtooth_data(r, n_points)
    if method == "lbfgs":
        check_positive(max_iterations, "max_iterations", integer=True)

        def loss_and_gradient(theta):
            network.set_parameters(theta)
            return network.flat_gradient(X, y)

        result = optimize.minimize(loss_and_gradient, network.get_parameters(), jac=True,
                                   method="L-BFGS-B", options={"maxiter": max_iterations})
        network.set_parameters(result.x)
    elif method == "sgd":
        network.fit(X, y, epochs=epochs, batch_size=batch_size, learning_rate=learning_rate,
                    random_state=random_state)
    else:
        raise ValueError(f"Unknown method {method!r}; expected one of 'lbfgs', 'sgd'.")
    return network.loss(X, y)
