"""A recurrent network, eqs. (1.36)–(1.37), and backpropagation through time (§1.6.4).

The hidden state is updated by one function with the same weights at every time step,

    h_t = tanh(x_t W_xh + h_{t−1} W_hh + b_h),   h_0 = 0        (eq. 1.36, f = this update)
    ŷ_t = h_t W_hy + b_y                                         (eq. 1.37: ŷ_t depends on x_1…x_t)

so unrolled in time (Fig. 1.17) it is a deep feed-forward network with T layers whose
weights are *shared*. Backpropagation through time (BPTT) is ordinary backpropagation on that
unrolled network: one reverse sweep over t = T … 1, in which the gradient of each shared
matrix is the sum (``+=``) of its contributions at every time step.

Shapes: a batch of sequences is ``X`` of shape (n_sequences, T, d); ``H`` holds h_0 … h_T,
shape (n_sequences, T + 1, p); outputs ``Y_hat`` have shape (n_sequences, T, o). The loss is
the logistic loss (eq. 1.14) of the *last* output against labels ±1, averaged over sequences,
which is what a task such as "say the first symbol at the end" needs.
"""

from dataclasses import dataclass, field

import numpy as np
from sklearn.utils import check_random_state

from . import losses
from ._validation import as_real_array, check_positive

__all__ = ["RecurrentNetwork", "RecurrentHistory", "first_symbol_task", "PARAMETERS"]

PARAMETERS = ("W_xh", "W_hh", "b_h", "W_hy", "b_y")


@dataclass
class RecurrentHistory:
    """Training record: mean loss and accuracy of each epoch."""

    loss: list = field(default_factory=list)
    accuracy: list = field(default_factory=list)


class RecurrentNetwork:
    """An Elman recurrent network with tanh hidden units and a linear output (Fig. 1.17).

    Parameters
    ----------
    n_inputs, n_hidden, n_outputs : int
        d, p and o.
    recurrent_scale : float, default=1.0
        The spectral radius W_hh starts with (its largest |eigenvalue|): below 1 the
        gradient through time tends to vanish, above 1 to explode (§1.4.2).
    random_state : int, Generator or None, default=None

    Attributes
    ----------
    W_xh : ndarray of shape (d, p)
    W_hh : ndarray of shape (p, p)
    b_h : ndarray of shape (p,)
    W_hy : ndarray of shape (p, o)
    b_y : ndarray of shape (o,)

    Examples
    --------
    >>> net = RecurrentNetwork(1, 4, 1, random_state=0)
    >>> H, Y_hat = net.forward(np.ones((2, 5, 1)))
    >>> H.shape, Y_hat.shape
    ((2, 6, 4), (2, 5, 1))
    """

    def __init__(self, n_inputs, n_hidden, n_outputs=1, *, recurrent_scale=1.0,
                 random_state=None):
        d, p, o = (int(check_positive(n, name, integer=True)) for n, name in
                   ((n_inputs, "n_inputs"), (n_hidden, "n_hidden"), (n_outputs, "n_outputs")))
        check_positive(recurrent_scale, "recurrent_scale", allow_zero=True)
        rng = check_random_state(random_state)
        self.W_xh = rng.normal(0, 1 / np.sqrt(d), (d, p))
        W_hh = rng.normal(0, 1 / np.sqrt(p), (p, p))
        radius = np.abs(np.linalg.eigvals(W_hh)).max()
        self.W_hh = W_hh * (recurrent_scale / radius)
        self.b_h = np.zeros(p)
        self.W_hy = rng.normal(0, 1 / np.sqrt(p), (p, o))
        self.b_y = np.zeros(o)

    @property
    def sizes(self):
        """(d, p, o)."""
        return self.W_xh.shape[0], self.W_hh.shape[0], self.W_hy.shape[1]

    # -- forward phase: eqs. (1.36) and (1.37) -------------------------------------------
    def forward(self, X):
        """Hidden states h_0 … h_T and outputs ŷ_1 … ŷ_T of every sequence in ``X``.

        Parameters
        ----------
        X : array_like of shape (n_sequences, T, d)

        Returns
        -------
        H : ndarray of shape (n_sequences, T + 1, p)
        Y_hat : ndarray of shape (n_sequences, T, o)
        """
        X = self._check_X(X)
        n, T, _ = X.shape
        H = np.zeros((n, T + 1, self.sizes[1]))
        for t in range(T):  # the same f, with the same weights, at every step: eq. (1.36)
            H[:, t + 1] = np.tanh(X[:, t] @ self.W_xh + H[:, t] @ self.W_hh + self.b_h)
        return H, H[:, 1:] @ self.W_hy + self.b_y  # eq. (1.37)

    def decision_function(self, X):
        """The last output ŷ_T of each sequence, shape (n_sequences,) (first output unit)."""
        return self.forward(X)[1][:, -1, 0]

    def predict(self, X):
        """sign(ŷ_T): the label ±1 predicted at the end of each sequence."""
        return np.where(self.decision_function(X) >= 0, 1.0, -1.0)

    def loss(self, X, y):
        """Mean logistic loss (eq. 1.14) of the last output against labels ±1."""
        y = self._check_y(y, len(self._check_X(X)))
        return float(np.mean(losses.logistic_loss(y, self.decision_function(X))))

    # -- backward phase: backpropagation through time -----------------------------------
    def gradients(self, X, y):
        """Loss, its gradient for each shared weight, and ∂L/∂h_t for every t, by BPTT.

        Returns
        -------
        loss : float
        gradients : dict of str to ndarray
            Keys :data:`PARAMETERS`, shapes as the weights.
        hidden : ndarray of shape (n_sequences, T + 1, p)
            ∂L/∂h_t (row t = 0 is ∂L/∂h_0); its norm against t shows the gradient
            vanishing or exploding through time.

        >>> net = RecurrentNetwork(1, 3, random_state=0)
        >>> loss, grads, dH = net.gradients(np.ones((2, 4, 1)), [1, -1])
        >>> grads["W_hh"].shape, dH.shape
        ((3, 3), (2, 5, 3))
        """
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        n, T, _ = X.shape
        H, Y_hat = self.forward(X)
        scores = Y_hat[:, -1, 0]
        loss = float(np.mean(losses.logistic_loss(y, scores)))
        grads = {name: np.zeros_like(getattr(self, name)) for name in PARAMETERS}
        dY = np.zeros_like(Y_hat)
        dY[:, -1, 0] = losses.logistic_loss_gradient(y, scores) / n
        dH = np.zeros_like(H)
        carried = np.zeros((n, self.sizes[1]))  # ∂L/∂h_t through h_{t+1}
        for t in range(T, 0, -1):
            grads["W_hy"] += H[:, t].T @ dY[:, t - 1]
            grads["b_y"] += dY[:, t - 1].sum(axis=0)
            dH[:, t] = carried + dY[:, t - 1] @ self.W_hy.T
            delta = dH[:, t] * (1 - H[:, t] ** 2)  # tanh' from the output, eq. (1.21)
            grads["W_xh"] += X[:, t - 1].T @ delta  # shared weights: contributions add up
            grads["W_hh"] += H[:, t - 1].T @ delta
            grads["b_h"] += delta.sum(axis=0)
            carried = delta @ self.W_hh.T
        dH[:, 0] = carried
        return loss, grads, dH

    def numerical_gradients(self, X, y, step=1e-6):
        """Central differences of :meth:`loss` for every weight (small networks only)."""
        result = {}
        for name in PARAMETERS:
            array = getattr(self, name)
            gradient = np.empty_like(array)
            for index in np.ndindex(array.shape):
                saved = array[index]
                array[index] = saved + step
                up = self.loss(X, y)
                array[index] = saved - step
                down = self.loss(X, y)
                array[index] = saved
                gradient[index] = (up - down) / (2 * step)
            result[name] = gradient
        return result

    # -- training -----------------------------------------------------------------------
    def fit(self, X, y, *, epochs=50, batch_size=32, learning_rate=0.1, clip=5.0,
            random_state=None):
        """Mini-batch SGD on the BPTT gradient, each step's gradient norm clipped to ``clip``.

        Clipping (rescaling a gradient longer than ``clip``) keeps an exploding gradient
        from throwing the weights away; it does nothing for a vanishing one.
        """
        for value, name in ((epochs, "epochs"), (batch_size, "batch_size")):
            check_positive(value, name, integer=True)
        check_positive(learning_rate, "learning_rate")
        check_positive(clip, "clip")
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        rng = check_random_state(random_state)
        history = RecurrentHistory()
        for _ in range(epochs):
            order = rng.permutation(len(X))
            total = 0.0
            for start in range(0, len(X), batch_size):
                batch = order[start:start + batch_size]
                loss, grads, _ = self.gradients(X[batch], y[batch])
                total += loss * len(batch)
                norm = np.sqrt(sum(float(np.sum(g ** 2)) for g in grads.values()))
                factor = learning_rate * min(1.0, clip / norm) if norm > 0 else 0.0
                for name in PARAMETERS:
                    getattr(self, name)[...] -= factor * grads[name]
            history.loss.append(total / len(X))
            history.accuracy.append(float(np.mean(self.predict(X) == y)))
        return history

    # -- checks -------------------------------------------------------------------------
    def _check_X(self, X):
        X = as_real_array(X, "X", ndim=3)
        if X.shape[2] != self.sizes[0]:
            raise ValueError(f"X must have shape (n_sequences, T, d) with d = {self.sizes[0]}"
                             f" inputs per step, got {X.shape}.")
        return X

    @staticmethod
    def _check_y(y, n_sequences):
        y = as_real_array(y, "y", ndim=1)
        if y.shape != (n_sequences,):
            raise ValueError(f"y must hold one label per sequence, shape ({n_sequences},),"
                             f" got {y.shape}.")
        if not np.all(np.isin(y, (-1.0, 1.0))):
            raise ValueError("y must hold the labels -1 and +1 (eq. 1.14).")
        return y


def first_symbol_task(n_sequences=500, length=8, *, random_state=0):
    """Sequences of random ±1 symbols; the label is the *first* symbol (a memory task).

    Every later symbol is noise of the same size, so the answer at time T is only
    available to a model that carried it from t = 1: a model that sees only the last
    input (or any window that misses t = 1) is right half of the time.

    Returns
    -------
    X : ndarray of shape (n_sequences, length, 1)
    y : ndarray of shape (n_sequences,), values −1 and +1

    >>> X, y = first_symbol_task(4, 3, random_state=0)
    >>> X.shape, bool(np.all(X[:, 0, 0] == y))
    ((4, 3, 1), True)
    """
    check_positive(n_sequences, "n_sequences", integer=True)
    check_positive(length, "length", integer=True)
    rng = check_random_state(random_state)
    X = rng.choice([-1.0, 1.0], size=(int(n_sequences), int(length), 1))
    return X, X[:, 0, 0].copy()
