"""Early stopping (§1.4.1.3): the patience rule read off a recorded validation curve.

:meth:`nbcompanion.network.FeedForwardNetwork.fit` applies the rule while it trains
(``validation=…, patience=…``); this module applies the same rule to a curve recorded
without stopping, which is how a notebook shows where training would have stopped.
"""

import numpy as np

from ._validation import as_real_array, check_positive

__all__ = ["patience_stop"]


def patience_stop(validation_loss, patience):
    """Best and stopping epoch (counted from 1) of the rule "stop after ``patience`` epochs
    without a lower validation loss; keep the best epoch's weights".

    Returns
    -------
    best_epoch, stop_epoch : int
        ``stop_epoch`` is the last epoch trained (the length of the curve if the rule never
        fired).

    >>> patience_stop([3.0, 2.0, 1.0, 1.5, 1.2, 1.1, 1.3], patience=3)
    (3, 6)
    """
    loss = as_real_array(validation_loss, "validation_loss", ndim=1)
    check_positive(patience, "patience", integer=True)
    best, waited = 0, 0
    for epoch in range(1, len(loss)):
        if loss[epoch] < loss[best]:
            best, waited = epoch, 0
        else:
            waited += 1
            if waited >= patience:
                return best + 1, epoch + 1
    return int(best + 1), len(loss)


def mean_and_spread(runs):
    """Mean and standard deviation over runs (axis 0), as two ndarrays."""
    runs = np.asarray(runs, dtype=float)
    return runs.mean(axis=0), runs.std(axis=0)
