"""Soft attention over a memory of vectors: a differentiable lookup (§1.7.2).

The book's §1.7.2 asks for networks that decide *where* to read. Soft attention does it
with the tools of this chapter: a memory holds n slots, each a key k_j (what the slot is
about) and a value v_j (what it stores). A query q scores every key, the scores become
weights by the softmax of eq. (1.12), and the read is the weighted average of the values:

    s_j = k_j · (W q),   a = softmax(s),   r = Σ_j a_j v_j.

Because every step is differentiable, the query map W can be learned by gradient descent:
here the queries arrive distorted by an unknown linear map, and W learns to undo it so that
the weights concentrate on the right slot. The loss of a batch is the mean of ½‖r − v_i‖²,
and :func:`loss_and_gradient` backpropagates it to W through the softmax
(∂a/∂s = diag(a) − a aᵀ), checked against finite differences in the tests.
"""

from dataclasses import dataclass

import numpy as np
from scipy import special

from ._validation import as_real_array, check_positive

__all__ = ["attend", "loss_and_gradient", "LookupTask", "make_lookup_task", "new_queries",
           "train_query_map", "TrainingRun"]


def _check_memory(keys, values):
    keys = as_real_array(keys, "keys", ndim=2)
    values = as_real_array(values, "values", ndim=2)
    if keys.shape[0] != values.shape[0]:
        raise ValueError(f"keys and values need one row per memory slot, got {keys.shape[0]}"
                         f" keys and {values.shape[0]} values.")
    return keys, values


def attend(queries, keys, values, W=None):
    """Read the memory ``(keys, values)`` with each query: the weights and the read vectors.

    Parameters
    ----------
    queries : array_like of shape (batch, d_query)
    keys : array_like of shape (n_slots, d_key)
    values : array_like of shape (n_slots, d_value)
    W : array_like of shape (d_key, d_query), optional
        The query map; the identity (queries compared with keys as they are) by default.

    Returns
    -------
    weights : ndarray of shape (batch, n_slots)
        a = softmax(K W q) for each query; each row sums to 1.
    read : ndarray of shape (batch, d_value)
        r = Σ_j a_j v_j.

    >>> keys = np.eye(3); values = np.array([[1.0], [2.0], [3.0]])
    >>> weights, read = attend([[0.0, 50.0, 0.0]], keys, values)
    >>> weights.round(3).tolist(), read.round(3).tolist()
    ([[0.0, 1.0, 0.0]], [[2.0]])
    """
    keys, values = _check_memory(keys, values)
    queries = as_real_array(queries, "queries", ndim=2)
    if W is None:
        W = np.eye(keys.shape[1], queries.shape[1])
    W = as_real_array(W, "W", ndim=2)
    if W.shape != (keys.shape[1], queries.shape[1]):
        raise ValueError(f"W must have shape (d_key, d_query) = {(keys.shape[1], queries.shape[1])},"
                         f" got {W.shape}.")
    scores = queries @ W.T @ keys.T  # s_bj = k_j · (W q_b)
    weights = special.softmax(scores, axis=1)
    return weights, weights @ values


def loss_and_gradient(W, queries, targets, keys, values):
    """Mean of ½‖r_b − v_{targets_b}‖² over the batch, and its gradient with respect to W.

    Backpropagation: ∂L/∂r = (r − v)/B, ∂L/∂a = ∂L/∂r Vᵀ, ∂L/∂s = a ⊙ (∂L/∂a − a·∂L/∂a)
    (the softmax Jacobian), and s = Q Wᵀ Kᵀ gives ∂L/∂W = (∂L/∂s K)ᵀ Q.

    Returns
    -------
    loss : float
    gradient : ndarray of the shape of W
    """
    keys, values = _check_memory(keys, values)
    targets = np.asarray(targets)
    if targets.ndim != 1 or not np.issubdtype(targets.dtype, np.integer) \
            or targets.min(initial=0) < 0 or targets.max(initial=0) >= keys.shape[0]:
        raise ValueError(f"targets must be slot indices in 0..{keys.shape[0] - 1}, one per"
                         " query.")
    queries = as_real_array(queries, "queries", ndim=2)
    if len(targets) != len(queries):
        raise ValueError(f"targets needs one index per query: {len(targets)} for"
                         f" {len(queries)} queries.")
    weights, read = attend(queries, keys, values, W)
    error = read - values[targets]
    loss = 0.5 * np.mean(np.sum(error ** 2, axis=1))
    d_read = error / len(queries)
    d_weights = d_read @ values.T
    d_scores = weights * (d_weights - np.sum(d_weights * weights, axis=1, keepdims=True))
    return float(loss), (d_scores @ keys).T @ queries


@dataclass(frozen=True)
class LookupTask:
    """A memory and the distorted queries that should retrieve its slots.

    ``queries[b]`` is ``distortion @ keys[targets[b]]`` plus a little noise, so with the
    identity query map the attention lands on the wrong slots until W learns to undo the
    distortion.
    """

    keys: np.ndarray
    values: np.ndarray
    distortion: np.ndarray
    queries: np.ndarray
    targets: np.ndarray


def make_lookup_task(*, n_slots=8, dim=6, value_dim=4, n_queries=200, noise=0.05, scale=4.0,
                     random_state=0):
    """Random unit keys scaled by ``scale``, random values, and queries made from the keys.

    >>> task = make_lookup_task(random_state=0)
    >>> task.keys.shape, task.values.shape, task.queries.shape
    ((8, 6), (8, 4), (200, 6))
    """
    for name, value in [("n_slots", n_slots), ("dim", dim), ("value_dim", value_dim),
                        ("n_queries", n_queries)]:
        check_positive(value, name, integer=True)
    check_positive(noise, "noise", allow_zero=True)
    check_positive(scale, "scale")
    rng = np.random.default_rng(random_state)
    keys = rng.standard_normal((n_slots, dim))
    keys *= scale / np.linalg.norm(keys, axis=1, keepdims=True)
    values = rng.standard_normal((n_slots, value_dim))
    # A random orthogonal map: the queries point away from their keys.
    distortion, _ = np.linalg.qr(rng.standard_normal((dim, dim)))
    targets = rng.integers(0, n_slots, n_queries)
    queries = _distort(keys[targets], distortion, scale, noise, rng)
    return LookupTask(keys, values, distortion, queries, targets)


def _distort(keys, distortion, scale, noise, rng):
    return keys @ distortion.T / scale + noise * rng.standard_normal(keys.shape)


def new_queries(task, targets, *, noise=0.05, random_state=1):
    """Fresh queries for the slots ``targets``, distorted as the task's: a held-out test.

    >>> task = make_lookup_task(random_state=0)
    >>> new_queries(task, [0, 1, 2]).shape
    (3, 6)
    """
    targets = np.asarray(targets)
    if targets.ndim != 1 or not np.issubdtype(targets.dtype, np.integer) \
            or targets.min(initial=0) < 0 or targets.max(initial=0) >= len(task.keys):
        raise ValueError(f"targets must be slot indices in 0..{len(task.keys) - 1}.")
    scale = float(np.linalg.norm(task.keys[0]))
    return _distort(task.keys[targets], task.distortion, scale, noise,
                    np.random.default_rng(random_state))


@dataclass
class TrainingRun:
    """The learned query map and what training recorded.

    Attributes
    ----------
    W : ndarray of shape (d_key, d_query)
    loss : list of float
        Loss before each step and after the last (n_steps + 1 values).
    accuracy : list of float
        Fraction of queries whose largest weight is on the right slot, at the same times.
    """

    W: np.ndarray
    loss: list
    accuracy: list


def train_query_map(task, *, n_steps=300, learning_rate=0.5, momentum=0.9):
    """Learn W by gradient descent with momentum, starting from the identity.

    >>> run = train_query_map(make_lookup_task(random_state=0), n_steps=300)
    >>> run.accuracy[0] < 0.5 < 0.95 < run.accuracy[-1]
    True
    """
    n_steps = int(check_positive(n_steps, "n_steps", integer=True))
    check_positive(learning_rate, "learning_rate")
    if not 0 <= momentum < 1:
        raise ValueError(f"momentum must be in [0, 1), got {momentum!r}.")
    W = np.eye(task.keys.shape[1], task.queries.shape[1])
    velocity = np.zeros_like(W)
    losses, accuracy = [], []
    for step in range(n_steps + 1):
        loss, gradient = loss_and_gradient(W, task.queries, task.targets, task.keys,
                                           task.values)
        weights, _ = attend(task.queries, task.keys, task.values, W)
        losses.append(loss)
        accuracy.append(float(np.mean(weights.argmax(axis=1) == task.targets)))
        if step < n_steps:
            velocity = momentum * velocity - learning_rate * gradient
            W = W + velocity
    return TrainingRun(W, losses, accuracy)
