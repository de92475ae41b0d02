"""Universal approximation with one hidden layer (§1.2.3, §1.5): fit a 1-D target.

A network 1 → n → 1 with a sigmoid hidden layer and a linear output is a weighted sum of n
shifted and stretched sigmoids. The more hidden units, the closer such a sum can follow a
continuous function on an interval. :func:`fit_one_hidden_layer` trains one with the gradients
of backpropagation (:meth:`FeedForwardNetwork.flat_gradient`) handed to scipy's L-BFGS, which
reaches a good fit in a fraction of a second; the mini-batch SGD of §1.3 gets there too, but
more slowly.
"""

import numpy as np
from scipy import optimize

from ._validation import as_real_array, check_positive
from .network import FeedForwardNetwork

__all__ = ["target_function", "fit_one_hidden_layer", "hidden_contributions"]


def target_function(x):
    """The 1-D target of the explorer: f(x) = sin(3x) + 0.3 x², shape as ``x``.

    >>> float(target_function(0.0))
    0.0
    """
    x = as_real_array(x, "x", allow_empty=True)
    result = np.sin(3 * x) + 0.3 * x ** 2
    return result[()] if result.ndim == 0 else result


def fit_one_hidden_layer(x, y, n_hidden, *, activation="sigmoid", max_iterations=2000,
                         random_state=0):
    """Fit a 1 → n_hidden → 1 network to (x, y) by minimizing the mean squared error.

    Parameters
    ----------
    x, y : array_like of shape (n_samples,)
    n_hidden : int
        Units of the hidden layer.

    Returns
    -------
    network : FeedForwardNetwork
    error : float
        Final mean squared error on (x, y).

    >>> x = np.linspace(-1, 1, 40)
    >>> net, error = fit_one_hidden_layer(x, x ** 2, 3)
    >>> error < 1e-3
    True
    """
    check_positive(n_hidden, "n_hidden", integer=True)
    X = as_real_array(x, "x", ndim=1).reshape(-1, 1)
    Y = as_real_array(y, "y", ndim=1).reshape(-1, 1)
    if len(X) != len(Y):
        raise ValueError(f"x and y must have the same length, got {len(X)} and {len(Y)}.")
    network = FeedForwardNetwork([1, n_hidden, 1], activation=activation,
                                 random_state=random_state)
    # Wider first-layer weights spread the sigmoids' steps over the interval.
    network.weights[0] *= 4
    network.biases[0][:] = np.random.default_rng(random_state).uniform(-4, 4, n_hidden)

    def loss_and_gradient(theta):
        network.set_parameters(theta)
        return network.flat_gradient(X, Y)

    result = optimize.minimize(loss_and_gradient, network.get_parameters(), jac=True,
                               method="L-BFGS-B", options={"maxiter": max_iterations})
    network.set_parameters(result.x)
    return network, network.loss(X, Y)


def hidden_contributions(network, x):
    """Each hidden unit's term w_(h,o) · h(x) of the output sum, shape (n_samples, n_hidden)."""
    X = as_real_array(x, "x", ndim=1).reshape(-1, 1)
    _, post = network.forward(X)
    return post[1] * network.weights[1][:, 0]
