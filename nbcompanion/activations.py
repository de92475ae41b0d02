"""Activation functions Φ and their derivatives (Aggarwal §1.2.1.3 and §1.2.1.6).

Each function works elementwise on a number or an array of pre-activation values ``v``.
The derivatives of the sigmoid and of tanh are computed from the forward output, as the book
writes them in eqs. (1.18) and (1.21); ``REGISTRY`` maps each name to its function, its
derivative, and (where it exists) the derivative written in terms of the output ``o = Φ(v)``.

Conventions at the kinks, as in the book: ReLU' = 1 for v >= 0, hard tanh' = 1 on [-1, 1],
and sign' = 0 everywhere (the derivative is 0 except at v = 0, where it does not exist;
training treats it as 0, which is why the sign cannot be trained by gradient descent).
"""

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import special

from ._validation import as_real_array, check_choice

__all__ = [
    "identity", "sign", "sigmoid", "tanh", "relu", "hard_tanh", "softmax",
    "identity_derivative", "sign_derivative", "sigmoid_derivative", "tanh_derivative",
    "relu_derivative", "hard_tanh_derivative", "Activation", "REGISTRY", "get",
]


def _values(v):
    return as_real_array(v, "v", allow_empty=True)


def _like_input(result, v):
    """Return a numpy scalar for scalar input, an array otherwise."""
    return result[()] if np.ndim(v) == 0 else result


def identity(v):
    """Identity activation Φ(v) = v (§1.2.1.3, Fig. 1.8).

    >>> identity([-2.0, 3.0])
    array([-2.,  3.])
    """
    values = _values(v)
    return _like_input(values.copy(), v)


def sign(v):
    """Sign activation of eq. (1.1): -1, 0 or +1 (Fig. 1.8).

    >>> sign([-0.5, 0.0, 2.0])
    array([-1.,  0.,  1.])
    """
    return _like_input(np.sign(_values(v)), v)


def sigmoid(v):
    """Sigmoid Φ(v) = 1 / (1 + exp(-v)), eq. (1.16); finite and exact at |v| = 1e4.

    >>> sigmoid([0.0, 1e4, -1e4])
    array([0.5, 1. , 0. ])
    """
    return _like_input(special.expit(_values(v)), v)


def tanh(v):
    """Hyperbolic tangent Φ(v) = (exp(2v) - 1) / (exp(2v) + 1), eq. (1.19).

    >>> float(tanh(0.0))
    0.0
    """
    return _like_input(np.tanh(_values(v)), v)


def relu(v):
    """Rectified linear unit Φ(v) = max{v, 0} (§1.2.1.3).

    >>> relu([-1.0, 2.0])
    array([0., 2.])
    """
    return _like_input(np.maximum(_values(v), 0), v)


def hard_tanh(v):
    """Hard tanh Φ(v) = max{min[v, 1], -1} (§1.2.1.3).

    >>> hard_tanh([-3.0, 0.5, 3.0])
    array([-1. ,  0.5,  1. ])
    """
    return _like_input(np.clip(_values(v), -1, 1), v)


def identity_derivative(v):
    """Derivative of the identity: 1 everywhere (Fig. 1.10).

    >>> identity_derivative([-2.0, 3.0])
    array([1., 1.])
    """
    return _like_input(np.ones_like(_values(v)), v)


def sign_derivative(v):
    """Derivative of the sign: 0 everywhere (undefined at v = 0, taken as 0; Fig. 1.10).

    >>> sign_derivative([-1.0, 0.0, 1.0])
    array([0., 0., 0.])
    """
    return _like_input(np.zeros_like(_values(v)), v)


def sigmoid_derivative(v):
    """Derivative of the sigmoid, o(1 - o) with o = sigmoid(v), eqs. (1.17)-(1.18).

    It is computed as sigmoid(v) * sigmoid(-v), the same number as o(1 - o) but without
    the cancellation of 1 - o when o is close to 1.

    >>> float(sigmoid_derivative(0.0))
    0.25
    """
    values = _values(v)
    product = special.expit(values) * special.expit(-values)
    # Rounding can leave the product one ulp above its exact maximum 1/4 (exercise 7).
    return _like_input(np.minimum(product, 0.25), v)


def tanh_derivative(v):
    """Derivative of tanh, 1 - o² with o = tanh(v), eqs. (1.20)-(1.21).

    It is computed as sech²(v) = 4 e^{-2|v|} / (1 + e^{-2|v|})², the same number as
    1 - tanh²(v), but keeping its full relative precision where tanh(v) rounds to ±1
    (|v| > 19, where 1 - o² would be exactly 0 and loses all digits already past |v| ≈ 16).

    >>> float(tanh_derivative(0.0))
    1.0
    >>> float(tanh_derivative(20.0))  # 4 e^-40
    1.6993417021166355e-17
    """
    values = _values(v)
    t = np.exp(-2 * np.minimum(np.abs(values), 400.0))  # e^-800 = 0: no overflow in 2|v|
    # Rounding can leave the value one ulp above its exact maximum 1 (exercise 8).
    return _like_input(np.minimum(4 * t / (1 + t) ** 2, 1.0), v)


def relu_derivative(v):
    """Derivative of ReLU: 1 for v >= 0 (the book's convention at 0), else 0.

    >>> relu_derivative([-1.0, 0.0, 2.0])
    array([0., 1., 1.])
    """
    values = _values(v)
    return _like_input((values >= 0).astype(values.dtype), v)


def hard_tanh_derivative(v):
    """Derivative of hard tanh: 1 for -1 <= v <= 1, else 0.

    >>> hard_tanh_derivative([-2.0, 0.0, 2.0])
    array([0., 1., 0.])
    """
    values = _values(v)
    return _like_input((np.abs(values) <= 1).astype(values.dtype), v)


def softmax(v):
    """Softmax along the last axis, eq. (1.12): exp(v_i) / Σ_j exp(v_j).

    Parameters
    ----------
    v : array_like of shape (..., k)
        Scores of k classes, for example the pre-activations of the output layer (Fig. 1.9).

    Returns
    -------
    ndarray of shape (..., k)
        Probabilities that sum to 1 along the last axis. Stable at |v| = 1e4.

    >>> softmax([1e4, 0.0, -1e4])
    array([1., 0., 0.])
    """
    values = as_real_array(v, "v", ndim=range(1, 33))
    # v_i - max(v) may overflow to -inf (v = [1e308, -1e308]); exp(-inf) = 0 is then exact.
    with np.errstate(over="ignore"):
        return special.softmax(values, axis=-1)


@dataclass(frozen=True)
class Activation:
    """An activation function with its derivative, as the book pairs them in §1.2.1.6.

    ``derivative_from_output`` computes Φ'(v) from o = Φ(v) alone (eqs. 1.18, 1.21), which
    is what backpropagation uses when it keeps only the forward outputs; it is None where
    the output does not determine the derivative (sign, hard tanh at ±1).
    """

    name: str
    function: Callable
    derivative: Callable
    derivative_from_output: Callable | None = None


def _from_output(formula):
    def derivative(o):
        return _like_input(formula(as_real_array(o, "o", allow_empty=True)), o)
    return derivative


REGISTRY = {
    "identity": Activation("identity", identity, identity_derivative,
                           _from_output(np.ones_like)),
    "sign": Activation("sign", sign, sign_derivative),
    "sigmoid": Activation("sigmoid", sigmoid, sigmoid_derivative,
                          _from_output(lambda o: o * (1 - o))),
    "tanh": Activation("tanh", tanh, tanh_derivative, _from_output(lambda o: 1 - o**2)),
    # From the output alone v = 0 and v < 0 look the same (o = 0); like scikit-learn this
    # takes 0 there, which differs from relu_derivative only at exactly v = 0.
    "relu": Activation("relu", relu, relu_derivative,
                       _from_output(lambda o: (o > 0).astype(o.dtype))),
    "hard_tanh": Activation("hard_tanh", hard_tanh, hard_tanh_derivative),
}


def get(name):
    """Return the :class:`Activation` registered under ``name``.

    >>> get("tanh").derivative(0.0)
    np.float64(1.0)
    """
    return REGISTRY[check_choice(name, "activation", tuple(REGISTRY))]
