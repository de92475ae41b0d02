"""Convergence, local optima and cost (§1.4.3–§1.4.5).

The loss of a network is not convex in its weights: training from different initial
weights can end in different minima, some much worse than others. :func:`restarts` trains
the one-hidden-layer network of §1.2.3 from several seeds; :func:`loss_along_line` evaluates
the loss on the straight line between two weight vectors, a one-dimensional slice of the
loss surface; :func:`examples_per_second` measures the cost of training and of prediction.
"""

import time

import numpy as np

from ._validation import as_real_array, check_positive
from .approximation import fit_one_hidden_layer

__all__ = ["restarts", "loss_along_line", "examples_per_second"]


def restarts(x, y, n_hidden, seeds, *, max_iterations=300):
    """Train the 1 → n_hidden → 1 sigmoid network of §1.2.3 once per seed (L-BFGS).

    Returns
    -------
    list of (seed, network, loss), sorted by the final mean squared error.
    """
    runs = [(seed, *fit_one_hidden_layer(x, y, n_hidden, max_iterations=max_iterations,
                                         random_state=seed)) for seed in seeds]
    return sorted(runs, key=lambda run: run[2])


def loss_along_line(network, X, y, theta_a, theta_b, t):
    """Loss at θ(t) = (1 − t) θ_a + t θ_b for each t: a slice of the loss surface.

    The network's own parameters are left as they were.

    >>> from nbcompanion.network import FeedForwardNetwork
    >>> net = FeedForwardNetwork([1, 1], bias=False, random_state=0)
    >>> loss_along_line(net, [[1.0]], [[0.0]], [0.0], [2.0], [0.0, 0.5, 1.0]).tolist()
    [0.0, 1.0, 4.0]
    """
    theta_a = as_real_array(theta_a, "theta_a", ndim=1)
    theta_b = as_real_array(theta_b, "theta_b", ndim=1)
    t = as_real_array(t, "t", ndim=1)
    saved = network.get_parameters()
    try:
        values = []
        for s in t:
            network.set_parameters((1 - s) * theta_a + s * theta_b)
            values.append(network.loss(X, y))
    finally:
        network.set_parameters(saved)
    return np.array(values)


def examples_per_second(function, n_examples, repeats=3):
    """``n_examples`` divided by the best of ``repeats`` timings of ``function()``."""
    check_positive(n_examples, "n_examples", integer=True)
    check_positive(repeats, "repeats", integer=True)
    best = np.inf
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return n_examples / best
