"""Ensembles (§1.4.1.5): bagging of networks, dropout, and the variance they remove.

Bagging trains several networks, each on a bootstrap sample (drawn with replacement) of
the training data, and averages their predicted probabilities. Dropout trains one network
whose hidden units are randomly switched off in every mini-batch, an average over
exponentially many thinned networks that share weights (see
:func:`nbcompanion.network.dropout_mask`). Both aim at the variance part of the error of
§1.4.1: how much the prediction depends on the particular training run.
"""

import numpy as np
from sklearn.base import clone
from sklearn.utils import check_random_state

from ._validation import check_positive

__all__ = ["bagged_models", "average_probabilities", "prediction_variance"]


def bagged_models(model, X, y, n_members, *, bootstrap=True, random_state=None):
    """Fit ``n_members`` clones of ``model``, each on its own bootstrap sample of (X, y).

    Each member gets its own seed as well, so the members differ in data and initial weights
    (with ``bootstrap=False`` only in the seed).

    Returns
    -------
    list of fitted estimators
    """
    check_positive(n_members, "n_members", integer=True)
    X, y = np.asarray(X), np.asarray(y)
    rng = check_random_state(random_state)
    members = []
    for _ in range(n_members):
        rows = rng.randint(len(X), size=len(X)) if bootstrap else np.arange(len(X))
        member = clone(model).set_params(random_state=rng.randint(2**31 - 1))
        members.append(member.fit(X[rows], y[rows]))
    return members


def average_probabilities(members, X):
    """The ensemble's prediction: the mean of the members' ``predict_proba`` (n, k).

    Members fitted on bootstrap samples may miss a class; their columns are aligned on the
    union of ``classes_``.
    """
    classes = np.unique(np.concatenate([m.classes_ for m in members]))
    total = np.zeros((len(X), len(classes)))
    for member in members:
        columns = np.searchsorted(classes, member.classes_)
        total[:, columns] += member.predict_proba(X)
    return total / len(members)


def prediction_variance(probabilities):
    """Mean variance of predicted probabilities across repeated training runs.

    Parameters
    ----------
    probabilities : array_like of shape (n_runs, n_samples, n_classes)
        The same model trained ``n_runs`` times (other data sample or seed), predicting the
        same points.

    Returns
    -------
    float
        The variance over runs, averaged over points and classes: 0 when every run predicts
        the same.

    >>> prediction_variance([[[0.2, 0.8]], [[0.4, 0.6]]])
    0.01
    """
    probabilities = np.asarray(probabilities, dtype=float)
    if probabilities.ndim != 3 or len(probabilities) < 2:
        raise ValueError("probabilities must have shape (n_runs >= 2, n_samples, n_classes),"
                         f" got {probabilities.shape}.")
    return float(np.round(probabilities.var(axis=0).mean(), 12))
