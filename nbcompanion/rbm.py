"""Restricted Boltzmann machines trained by contrastive divergence (§1.6.3).

An RBM has binary visible units v (the data, here binarized digits) and binary hidden units
h, connected by weights W with no connection inside a layer. It is not a feed-forward map but
a probability model: each joint state has an energy

    E(v, h) = −b·v − c·h − hᵀ W v,      P(v, h) ∝ exp(−E(v, h)),

and training raises the probability of the data. The gradient of log P(v) with respect to W
is ⟨h vᵀ⟩_data − ⟨h vᵀ⟩_model: a difference of two *correlations*, the first with h sampled
given the data, the second under the model's own distribution. No loss is differentiated
layer by layer and nothing is backpropagated; the model term cannot even be computed exactly
(it sums over 2^(n_visible + n_hidden) states), so contrastive divergence (CD-k) estimates it
by running k steps of Gibbs sampling v → h → v → … from the data. Persistent CD keeps the
Gibbs chain running between updates instead; it is what scikit-learn's ``BernoulliRBM``
does, and ``RBM(persistent=True, k=1)`` reproduces it step for step.

Notation: ``components_`` is W (n_hidden × n_visible), ``intercept_visible_`` is b and
``intercept_hidden_`` is c, as in scikit-learn.
"""

import itertools
import warnings

import numpy as np
from scipy.special import expit
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils import check_random_state, gen_even_slices
from sklearn.utils.validation import check_is_fitted, validate_data

from ._validation import check_positive

__all__ = ["RBM", "binarized_digits", "exact_log_likelihood", "exact_gradient",
           "cd_estimate"]


class RBM(TransformerMixin, BaseEstimator):
    """A Bernoulli RBM trained by CD-k (or persistent CD, as scikit-learn's BernoulliRBM).

    Parameters
    ----------
    n_components : int, default=64
        Number of hidden units.
    learning_rate : float, default=0.1
    batch_size : int, default=10
    n_iter : int, default=10
        Passes over the data.
    k : int, default=1
        Gibbs steps per update (the k of CD-k).
    persistent : bool, default=False
        Start each update's chain where the previous one stopped (PCD) instead of at the data.
    random_state : int, RandomState or None, default=None

    Attributes
    ----------
    components_ : ndarray of shape (n_components, n_features)
    intercept_hidden_ : ndarray of shape (n_components,)
    intercept_visible_ : ndarray of shape (n_features,)

    Examples
    --------
    >>> X = binarized_digits()[0][:100]
    >>> rbm = RBM(n_components=16, n_iter=2, random_state=0).fit(X)
    >>> rbm.transform(X).shape
    (100, 16)
    """

    def __init__(self, n_components=64, *, learning_rate=0.1, batch_size=10, n_iter=10, k=1,
                 persistent=False, random_state=None):
        self.n_components = n_components
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.n_iter = n_iter
        self.k = k
        self.persistent = persistent
        self.random_state = random_state

    # -- conditionals: each layer given the other is a layer of independent sigmoids --------
    def _mean_hiddens(self, v):
        return expit(v @ self.components_.T + self.intercept_hidden_)

    def _mean_visibles(self, h):
        return expit(h @ self.components_ + self.intercept_visible_)

    def transform(self, X):
        """P(h_j = 1 | v) for every row: the features an RBM hands to the next model."""
        check_is_fitted(self)
        return self._mean_hiddens(validate_data(self, X, reset=False, dtype=np.float64))

    def gibbs(self, v, random_state=None):
        """One Gibbs step v → h → v′ with sampled binary units; returns v′."""
        check_is_fitted(self)
        rng = check_random_state(random_state)
        h = rng.uniform(size=(len(v), self.n_components)) < self._mean_hiddens(v)
        return (rng.uniform(size=v.shape) < self._mean_visibles(h)).astype(float)

    def reconstruct(self, X):
        """Mean-field reconstruction P(v = 1 | E[h | X]) (one up-down pass, no sampling)."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return self._mean_visibles(self._mean_hiddens(X))

    # -- training -------------------------------------------------------------------------
    def fit(self, X, y=None):
        """Train by CD-k (or PCD) on binary or [0, 1] data ``X``; ``y`` is ignored."""
        X = validate_data(self, X, dtype=np.float64)
        for value, name in ((self.n_components, "n_components"), (self.batch_size, "batch_size"),
                            (self.n_iter, "n_iter"), (self.k, "k")):
            check_positive(value, name, integer=True)
        check_positive(self.learning_rate, "learning_rate")
        if X.min() < 0:
            raise ValueError("Negative values in data passed to RBM.fit: X must hold values in"
                             f" [0, 1] (binary pixels or probabilities), got {X.min():g}.")
        if X.max() > 1:
            # a warning, not an error: scikit-learn's estimator checks feed larger values
            warnings.warn(f"X holds values up to {X.max():g}; a Bernoulli RBM models values in"
                          " [0, 1] (scale the data first).", UserWarning, stacklevel=2)
        rng = check_random_state(self.random_state)
        # the same draws, in the same order, as scikit-learn's BernoulliRBM
        self.components_ = rng.normal(0, 0.01, (self.n_components, X.shape[1]))
        self.intercept_hidden_ = np.zeros(self.n_components)
        self.intercept_visible_ = np.zeros(X.shape[1])
        self.h_samples_ = np.zeros((self.batch_size, self.n_components))
        n_batches = int(np.ceil(len(X) / self.batch_size))
        slices = list(gen_even_slices(n_batches * self.batch_size, n_batches, n_samples=len(X)))
        for _ in range(self.n_iter):
            for batch in slices:
                self._update(X[batch], rng)
        return self

    def _update(self, v_data, rng):
        """ΔW ∝ ⟨h vᵀ⟩_data − ⟨h vᵀ⟩_model, the model term from k Gibbs steps."""
        h_data = self._mean_hiddens(v_data)
        if self.persistent:
            h = self.h_samples_  # the chain goes on from where it stopped
        else:
            h = (rng.uniform(size=h_data.shape) < h_data).astype(float)  # starts at the data
        for _ in range(self.k):
            v_model = (rng.uniform(size=(len(h), v_data.shape[1]))
                       < self._mean_visibles(h)).astype(float)
            h_model = self._mean_hiddens(v_model)
            h = h_model
        step = self.learning_rate / len(v_data)  # scikit-learn's scaling, also for PCD
        self.components_ += step * (h_data.T @ v_data - h_model.T @ v_model)
        self.intercept_hidden_ += step * (h_data.sum(axis=0) - h_model.sum(axis=0))
        self.intercept_visible_ += step * (v_data.sum(axis=0) - v_model.sum(axis=0))
        if self.persistent:
            self.h_samples_ = np.where(rng.uniform(size=h_model.shape) < h_model, 1.0,
                                       np.floor(h_model))

    # -- evaluation -----------------------------------------------------------------------
    def free_energy(self, v):
        """F(v) = −b·v − Σ_j log(1 + exp(c_j + W_j·v)), with P(v) ∝ exp(−F(v))."""
        return -(v @ self.intercept_visible_) - np.logaddexp(
            0, v @ self.components_.T + self.intercept_hidden_).sum(axis=1)

    def score_samples(self, X):
        """Pseudo-likelihood of each row, computed as scikit-learn's BernoulliRBM does it.

        One random pixel i of each row is flipped; n_features · log σ(F(v_flipped) − F(v))
        estimates Σ_i log P(v_i | v_rest). The pixels are drawn from ``random_state``.
        """
        check_is_fitted(self)
        v = validate_data(self, X, reset=False, dtype=np.float64)
        rng = check_random_state(self.random_state)
        flipped = v.copy()
        index = (np.arange(len(v)), rng.randint(0, v.shape[1], len(v)))
        flipped[index] = 1 - flipped[index]
        return -v.shape[1] * np.logaddexp(0, -(self.free_energy(flipped) - self.free_energy(v)))

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.positive_only = True
        return tags


def binarized_digits(threshold=0.5):
    """scikit-learn's 8×8 digits as binary pixels: (1797, 64) of 0/1, and the labels.

    >>> X, y = binarized_digits()
    >>> X.shape, sorted(np.unique(X).tolist())
    ((1797, 64), [0.0, 1.0])
    """
    from sklearn.datasets import load_digits

    digits = load_digits()
    return (digits.data / 16 > threshold).astype(float), digits.target


def _all_states(n):
    return np.array(list(itertools.product([0.0, 1.0], repeat=n)))


def exact_log_likelihood(rbm, X):
    """Mean log P(v) over the rows of X, the partition function summed over every v.

    Exponential in the number of visible units: for small RBMs only (at most 20 visible).
    """
    n_visible = rbm.components_.shape[1]
    if n_visible > 20:
        raise ValueError(f"Exact likelihood sums over 2^{n_visible} states; at most 20"
                         " visible units.")
    free = rbm.free_energy(_all_states(n_visible))
    log_partition = np.logaddexp.reduce(-free)
    return float(np.mean(-rbm.free_energy(np.asarray(X, dtype=float)) - log_partition))


def exact_gradient(rbm, X):
    """∂ mean log P(v) / ∂W exactly: ⟨h vᵀ⟩_data − ⟨h vᵀ⟩_model, the model term enumerated."""
    X = np.asarray(X, dtype=float)
    states = _all_states(rbm.components_.shape[1])
    if states.shape[1] > 20:
        raise ValueError("exact_gradient enumerates every visible state; at most 20 visible.")
    weights = np.exp(-rbm.free_energy(states) - np.logaddexp.reduce(-rbm.free_energy(states)))
    data_term = rbm._mean_hiddens(X).T @ X / len(X)
    model_term = (rbm._mean_hiddens(states) * weights[:, None]).T @ states
    return data_term - model_term


def cd_estimate(rbm, X, k=1, *, random_state=None):
    """The CD-k estimate of ∂ mean log P(v) / ∂W, without changing ``rbm``.

    ⟨h vᵀ⟩ with h given the data, minus the same after k Gibbs steps started at the data:
    the update CD-k makes, divided by the learning rate.
    """
    X = np.asarray(X, dtype=float)
    check_positive(k, "k", integer=True)
    rng = check_random_state(random_state)
    h_data = rbm._mean_hiddens(X)
    h = (rng.uniform(size=h_data.shape) < h_data).astype(float)
    for _ in range(int(k)):
        v_model = (rng.uniform(size=X.shape) < rbm._mean_visibles(h)).astype(float)
        h_model = rbm._mean_hiddens(v_model)
        h = (rng.uniform(size=h_model.shape) < h_model).astype(float)
    return (h_data.T @ X - h_model.T @ v_model) / len(X)
