"""The single artificial neuron of §1.1 (Fig. 1.1 b) and its two values (Fig. 1.7).

A neuron multiplies its inputs x_1 … x_d by weights w_1 … w_d, adds them up (with a bias b)
into the pre-activation value v = W·X + b, and outputs the post-activation value h = Φ(v),
eq. (1.11). Fig. 1.7 draws these two values as the two halves of one node.
"""

from dataclasses import dataclass

import numpy as np

from . import activations
from ._validation import as_real_array, check_same_shape

__all__ = ["NeuronOutput", "pre_activation", "forward"]


@dataclass(frozen=True)
class NeuronOutput:
    """The two values of Fig. 1.7: ``v`` before and ``h`` after the activation."""

    v: float
    h: float


def pre_activation(x, w, b=0.0):
    """The weighted sum v = Σ_j w_j x_j + b of Fig. 1.1 (b) and eq. (1.2).

    Parameters
    ----------
    x : array_like of shape (d,)
        Inputs x_1 … x_d.
    w : array_like of shape (d,)
        Weights w_1 … w_d.
    b : float, default=0.0
        Bias (the weight of a bias neuron whose input is always 1).

    Returns
    -------
    float

    >>> pre_activation([1, 2, 3], [0.5, -1, 1])
    1.5
    """
    x = as_real_array(x, "x", ndim=1)
    w = as_real_array(w, "w", ndim=1)
    check_same_shape(x, w, ("x", "w"))
    bias = as_real_array(b, "b", ndim=0)
    return float(np.dot(w, x) + bias)


def forward(x, w, b=0.0, *, activation="sigmoid"):
    """Pre- and post-activation values of one neuron, h = Φ(W·X + b), eq. (1.11), Fig. 1.7.

    Parameters
    ----------
    x, w : array_like of shape (d,)
    b : float, default=0.0
    activation : str, default="sigmoid"
        A name of :data:`nbcompanion.activations.REGISTRY`.

    Returns
    -------
    NeuronOutput

    >>> forward([1, 2], [1, -1], activation="relu")
    NeuronOutput(v=-1.0, h=0.0)
    """
    phi = activations.get(activation)
    v = pre_activation(x, w, b)
    return NeuronOutput(v=v, h=float(phi.function(v)))
