"""The linear autoencoder of Fig. 1.12 and its relation to the SVD (§1.2.2).

A network d → k → d with identity activations, no bias neurons and the squared loss
reconstructs centred data X through a rank-k map X W_1 W_2. The best rank-k reconstruction
is the truncated SVD, so a trained linear autoencoder spans the same subspace as the top k
right singular vectors of X, though its weights are not those vectors themselves: any
invertible k × k matrix can sit between encoder and decoder. The principal angles between
the two subspaces measure how close training came.
"""

import numpy as np
from scipy import linalg

from ._validation import as_real_array, check_positive
from .network import FeedForwardNetwork

__all__ = ["linear_autoencoder", "singular_subspace", "decoder_subspace", "principal_angles",
           "best_reconstruction_error"]


def linear_autoencoder(X, n_components, *, epochs=100, batch_size=32, learning_rate=0.01,
                       random_state=0):
    """Train the linear autoencoder of Fig. 1.12 on (centred) data ``X``.

    Parameters
    ----------
    X : array_like of shape (n_samples, d)
    n_components : int
        k, the width of the middle (code) layer.

    Returns
    -------
    network : FeedForwardNetwork
        Layers d, k, d; ``weights[0]`` is the encoder W_1 (d × k), ``weights[1]`` the
        decoder W_2 (k × d).
    history : TrainingHistory
        Mean squared reconstruction error per epoch (summed over the d outputs).

    >>> X = np.random.default_rng(0).normal(size=(50, 4)) * [3, 2, 0.1, 0.1]
    >>> net, history = linear_autoencoder(X, 2, epochs=100, random_state=0)
    >>> bool(principal_angles(decoder_subspace(net), singular_subspace(X, 2)).max() < 1)
    True
    """
    X = as_real_array(X, "X", ndim=2)
    check_positive(n_components, "n_components", integer=True)
    if n_components >= X.shape[1]:
        raise ValueError(f"n_components must be below d = {X.shape[1]} for a bottleneck,"
                         f" got {n_components}.")
    network = FeedForwardNetwork([X.shape[1], n_components, X.shape[1]], activation="identity",
                                 bias=False, random_state=random_state)
    history = network.fit(X, X, epochs=epochs, batch_size=batch_size,
                          learning_rate=learning_rate, random_state=random_state)
    return network, history


def singular_subspace(X, n_components):
    """The top ``n_components`` right singular vectors of ``X`` as columns, shape (d, k)."""
    X = as_real_array(X, "X", ndim=2)
    check_positive(n_components, "n_components", integer=True)
    if n_components > min(X.shape):
        raise ValueError(f"n_components must be at most min(n_samples, d) = {min(X.shape)},"
                         f" got {n_components}.")
    return np.linalg.svd(X, full_matrices=False)[2][:n_components].T


def decoder_subspace(network):
    """The span of the decoder's rows, as a (d, k) matrix of columns: W_2ᵀ."""
    return network.weights[-1].T


def principal_angles(A, B):
    """Principal angles between the column spaces of A and B, in degrees, smallest first.

    >>> principal_angles(np.eye(3)[:, :2], np.eye(3)[:, [1, 0]]).tolist()
    [0.0, 0.0]
    """
    return np.sort(np.degrees(linalg.subspace_angles(A, B)))


def best_reconstruction_error(X, n_components):
    """Mean over rows of the squared error of the best rank-k reconstruction (Eckart–Young)."""
    X = as_real_array(X, "X", ndim=2)
    check_positive(n_components, "n_components", integer=True, allow_zero=True)
    if n_components > min(X.shape):
        raise ValueError(f"n_components must be at most min(n_samples, d) = {min(X.shape)},"
                         f" got {n_components}.")
    singular = np.linalg.svd(X, compute_uv=False)
    return float(np.sum(singular[n_components:] ** 2) / len(X))
