"""A hidden layer moves the points: the ReLU network of §1.5.1 (Fig. 1.14, exercise 1).

Hidden values h = ReLU(W_hiddenᵀ x + b_hidden), one column of ``W_hidden`` per hidden unit,
and a linear output O = w_out · h + b_out, eq. (1.35) with weights. A class boundary that is
a straight line in hidden space can be a bent one in the input space.
"""

import numpy as np

from ._validation import as_labels, as_real_array

__all__ = ["relu_forward", "separated"]


def relu_forward(W_hidden, b_hidden, w_out, b_out, X):
    """Hidden values and output of the network of §1.5.1 on the rows of ``X``.

    Parameters
    ----------
    W_hidden : array_like of shape (n_features, n_hidden)
        Column j holds the weights from the inputs into hidden unit j.
    b_hidden : array_like of shape (n_hidden,)
    w_out : array_like of shape (n_hidden,)
    b_out : float
    X : array_like of shape (n_points, n_features)

    Returns
    -------
    H : ndarray of shape (n_points, n_hidden)
        ReLU(X W_hidden + b_hidden), the points in hidden space.
    O : ndarray of shape (n_points,)
        H w_out + b_out.

    Examples
    --------
    >>> H, O = relu_forward([[1.0, -1.0], [-1.0, 1.0]], [0.0, 0.0], [1.0, 1.0], 0.0,
    ...                     [[0.0, 0.0], [1.0, 0.0]])
    >>> H.tolist(), O.tolist()
    ([[0.0, 0.0], [1.0, 0.0]], [0.0, 1.0])
    """
    X = as_real_array(X, "X", ndim=2)
    W = as_real_array(W_hidden, "W_hidden", ndim=2)
    b = as_real_array(b_hidden, "b_hidden", ndim=1)
    w = as_real_array(w_out, "w_out", ndim=1)
    if W.shape[0] != X.shape[1] or b.shape != (W.shape[1],) or w.shape != (W.shape[1],):
        raise ValueError(f"W_hidden must have shape ({X.shape[1]}, n_hidden) and b_hidden,"
                         f" w_out shape (n_hidden,); got {W.shape}, {b.shape}, {w.shape}.")
    H = np.maximum(X @ W + b, 0.0)
    return H, H @ w + float(as_real_array(b_out, "b_out", ndim=0))


def separated(O, y, threshold=0.5):
    """How many points the output puts on their class's side: O > threshold for +1, else <.

    >>> separated([0.0, 1.0, 1.0], [-1, 1, -1])
    2
    """
    O = as_real_array(O, "O", ndim=1)
    y = as_labels(y, "y")
    return int(np.sum(np.where(y > 0, O > threshold, O < threshold)))
