"""Breadth against depth at a fixed number of parameters (§1.4.1.4).

A fully connected network d - p - … - p - o with k hidden layers of p units has
(d + 1) p + (k - 1)(p + 1) p + (p + 1) o parameters (weights and biases). For a budget of
parameters, :func:`width_for_budget` gives the width p of each depth that comes closest.
"""

from ._validation import check_positive

__all__ = ["parameter_count", "width_for_budget"]


def parameter_count(layer_sizes, bias=True):
    """Weights (and biases) of a fully connected network with these layer sizes.

    >>> parameter_count([64, 10, 10])
    760
    """
    sizes = [int(check_positive(s, "each layer size", integer=True)) for s in layer_sizes]
    return sum((a + bias) * b for a, b in zip(sizes, sizes[1:]))


def width_for_budget(n_inputs, n_outputs, depth, budget):
    """The width p whose network with ``depth`` hidden layers of p units has the number of
    parameters closest to ``budget``.

    >>> width_for_budget(64, 10, 1, 10000)
    133
    """
    check_positive(depth, "depth", integer=True)
    check_positive(budget, "budget", integer=True)

    def count(p):
        return parameter_count([n_inputs] + [p] * depth + [n_outputs])

    p = 1
    while count(p + 1) <= budget:
        p += 1
    return p if budget - count(p) <= count(p + 1) - budget else p + 1
