"""Vanishing and exploding gradients (§1.4.2) on the book's chain of single-unit layers.

The chain x → h_1 → h_2 → … → h_k = o has one unit per layer: a_i = w_i h_{i-1} (h_0 = x)
and h_i = Φ(a_i). By the chain rule (§1.3), the derivative of the output with respect to
w_i is the product of the local derivatives on the one path from w_i to o:

    ∂o/∂w_i = h_{i-1} Φ'(a_i) · Π_{j > i} w_j Φ'(a_j).

Every factor w_j Φ'(a_j) below 1 shrinks the gradient of the earlier layers, every factor
above 1 inflates it; over many layers the product vanishes or explodes geometrically. With
the sigmoid, Φ' ≤ 1/4 (at a = 0), so unless |w| > 4 each factor is at most |w|/4.
"""

import numpy as np

from . import activations
from ._validation import as_real_array

__all__ = ["chain_forward", "chain_factors", "chain_gradients", "SIGMOID_DERIVATIVE_MAX"]

SIGMOID_DERIVATIVE_MAX = 0.25  # σ'(0) = σ(0)(1 - σ(0)) = 1/4, eq. (1.18)


def _check(x, weights, activation):
    x = float(as_real_array(x, "x", ndim=0))
    weights = as_real_array(weights, "weights", ndim=1)
    return x, weights, activations.get(activation)


def chain_forward(x, weights, activation="sigmoid"):
    """Pre-activations a_1 … a_k and outputs h_0 = x, h_1 … h_k of the chain.

    Returns
    -------
    pre : ndarray of shape (k,)
    post : ndarray of shape (k + 1,)

    >>> pre, post = chain_forward(1.0, [2.0, 3.0], "identity")
    >>> pre.tolist(), post.tolist()
    ([2.0, 6.0], [1.0, 2.0, 6.0])
    """
    x, weights, phi = _check(x, weights, activation)
    pre, post = np.empty(len(weights)), np.empty(len(weights) + 1)
    post[0] = x
    for i, w in enumerate(weights):
        pre[i] = w * post[i]
        post[i + 1] = phi.function(pre[i])
    return pre, post


def chain_factors(x, weights, activation="sigmoid"):
    """The local derivatives ∂h_i/∂h_{i-1} = w_i Φ'(a_i), one per layer, shape (k,).

    >>> chain_factors(0.0, [2.0], "sigmoid").tolist()  # 2 · σ'(0) = 2 · 1/4
    [0.5]
    """
    _, weights, phi = _check(x, weights, activation)
    pre, _ = chain_forward(x, weights, activation)
    return weights * phi.derivative(pre)


def chain_gradients(x, weights, activation="sigmoid"):
    """∂o/∂w_i for every layer i = 1 … k, by the product of local derivatives.

    Computed backwards with one running product (the dynamic programming of §1.3):
    g = 1 at the output, then ∂o/∂w_i = g · Φ'(a_i) h_{i-1} and g ⇐ g · w_i Φ'(a_i).

    >>> chain_gradients(1.0, [2.0, 3.0], "identity").tolist()
    [3.0, 2.0]
    """
    _, weights, phi = _check(x, weights, activation)
    pre, post = chain_forward(x, weights, activation)
    derivative = phi.derivative(pre)
    gradients = np.empty(len(weights))
    running = 1.0  # ∂o/∂h_i, starting at i = k
    for i in range(len(weights) - 1, -1, -1):
        gradients[i] = running * derivative[i] * post[i]
        running *= weights[i] * derivative[i]
    return gradients
