"""A layered feed-forward network with the book's recursion, and two estimators on it (§1.2.2).

The layers follow §1.2.2: h_1 = Φ(W_1ᵀ x), h_{p+1} = Φ(W_{p+1}ᵀ h_p), o = Φ(W_{k+1}ᵀ h_k),
with W_1 of shape d × p_1, W_{p+1} of shape p_p × p_{p+1} and W_{k+1} of shape p_k × o.
A mini-batch is a matrix with one example per row, so the recursion is H_{p+1} = Φ(H_p W_{p+1})
over the whole batch at once (no Python loop over examples). An optional bias neuron per
layer (Fig. 1.11 a) is stored as a vector ``b_p`` added to the pre-activations.

Backpropagation is the pre-activation recursion of eqs. (1.28)-(1.31) in matrix form:
δ_out = Φ'(A_out) ⊙ ∂L/∂o, δ_p = Φ'(A_p) ⊙ (δ_{p+1} W_{p+1}ᵀ), ∂L/∂W_{p+1} = H_pᵀ δ_{p+1}.
The loss of a batch is the mean of the per-example losses (each the sum over its outputs),
and training is mini-batch SGD with weight decay, eq. (1.33): W ⇐ W(1 - αλ) - α ∂L/∂W,
which is gradient descent on the penalized objective L + (λ/2) Σ_p ‖W_p‖² (§1.4.1.1).

Training in practice (§1.4) adds:

- **dropout** (§1.4.1.5): each hidden unit is kept with probability 1 - q during training and
  its output multiplied by 1/(1 - q) ("inverted" dropout), so that its expected value is the
  output of the full network, which is what prediction uses (no dropout, no rescaling);
- **early stopping** (§1.4.1.3): the loss on held-out data after each epoch, training stops
  after ``patience`` epochs without improvement and the best weights are restored;
- the loss curve with and without the penalty, and the norm of ∂L/∂W_p per layer and epoch
  (§1.4.2, vanishing and exploding gradients);
- **divergence** detection: a loss that grows a million-fold or stops being finite ends the
  training with an error naming the learning rate, instead of weights of 1e141.

The training loop works in preallocated buffers with in-place operations and folds the
learning rate into the output delta, so that an epoch is little more than its matrix products
(see ``tools/network_speed.py`` for the comparison with scikit-learn's MLPClassifier).
"""

import numbers
import warnings
from dataclasses import dataclass, field

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, RegressorMixin, _fit_context
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder
from sklearn.utils import check_random_state
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted, validate_data

from . import activations, losses
from ._validation import as_real_array, check_choice, check_classification_targets, check_positive

__all__ = ["FeedForwardNetwork", "TrainingHistory", "NetworkClassifier", "NetworkRegressor",
           "dropout_mask"]

OUTPUTS = {"linear": ("squared", "logistic", "hinge"), "sigmoid": ("squared",),
           "softmax": ("cross_entropy",)}
DTYPES = {"float32": np.float32, "float64": np.float64}
DIVERGENCE_FACTOR = 1e6  # a batch loss this many times the first one means divergence


@dataclass
class TrainingHistory:
    """What one call of :meth:`FeedForwardNetwork.fit` recorded, one entry per epoch.

    Attributes
    ----------
    loss : list of float
        Mean training loss over each epoch's mini-batches (before each step's update; with
        dropout, the loss of the thinned networks that were trained).
    penalized_loss : list of float
        ``loss`` plus the weight-decay penalty (λ/2) Σ_p ‖W_p‖² at the end of the epoch:
        the objective that eq. (1.33) descends. Equal to ``loss`` when λ = 0.
    validation_loss : list of float
        Loss on the validation data after each epoch, if some was given.
    gradient_norms : list of ndarray
        If asked for, the Frobenius norm of ∂L/∂W_p for every layer p, averaged over the
        epoch's mini-batches (one array of length k + 1 per epoch).
    best_epoch : int or None
        With early stopping, the epoch (from 1) whose weights were restored.
    stopped_early : bool
        Whether the patience rule ended the training before the last epoch.
    diverged : str or None
        With ``divergence="stop"``, the message of the divergence that ended the training.
    """

    loss: list = field(default_factory=list)
    penalized_loss: list = field(default_factory=list)
    validation_loss: list = field(default_factory=list)
    gradient_norms: list = field(default_factory=list)
    best_epoch: int = None
    stopped_early: bool = False
    diverged: str = None


def dropout_mask(shape, rate, rng, dtype=np.float64):
    """An inverted-dropout mask: 0 with probability ``rate``, else 1 / (1 - rate) (§1.4.1.5).

    Multiplying a layer's outputs by it keeps each unit's expected value unchanged, so the
    full network (no mask) predicts with the average of the thinned ones' weights.

    >>> m = dropout_mask((2, 4), 0.5, np.random.default_rng(0))
    >>> sorted(set(m.ravel().tolist())) in ([0.0, 2.0], [0.0], [2.0])
    True
    """
    keep = np.asarray(rng.uniform(size=shape) >= rate, dtype=dtype)
    keep *= dtype(1.0 / (1.0 - rate)) if isinstance(dtype, type) else 1.0 / (1.0 - rate)
    return keep


class FeedForwardNetwork:
    """A fully connected feed-forward network, h_{p+1} = Φ(W_{p+1}ᵀ h_p) (§1.2.2, Fig. 1.11).

    Parameters
    ----------
    layer_sizes : sequence of int
        d, p_1, …, p_k, o: the input size, the hidden layer sizes and the output size.
    activation : str or sequence of str, default="relu"
        Φ of the hidden layers, names from :data:`nbcompanion.activations.REGISTRY`; one
        name for all, or one per hidden layer.
    output : {"linear", "sigmoid", "softmax"}, default="linear"
    loss : {"squared", "logistic", "hinge", "cross_entropy"}, default="squared"
        Logistic and hinge take labels ±1 on a linear output; cross-entropy goes with a
        softmax output and takes class indices.
    bias : bool, default=True
        A bias neuron in every layer (Fig. 1.11 a) or none (Fig. 1.11 b).
    dtype : {"float64", "float32"}, default="float64"
    random_state : int, Generator or None, default=None
        Seed of the initial weights, uniform in ±sqrt(6 / (fan_in + fan_out)).

    Attributes
    ----------
    weights : list of ndarray
        W_1 … W_{k+1}; ``weights[p]`` has shape (layer_sizes[p], layer_sizes[p + 1]).
    biases : list of ndarray or None
        The weights of the bias neurons, one vector per layer after the input.

    Examples
    --------
    >>> net = FeedForwardNetwork([3, 4, 2], activation="tanh", random_state=0)
    >>> [W.shape for W in net.weights]
    [(3, 4), (4, 2)]
    >>> net.predict(np.zeros((5, 3))).shape
    (5, 2)
    """

    def __init__(self, layer_sizes, *, activation="relu", output="linear", loss="squared",
                 bias=True, dtype="float64", random_state=None):
        sizes = [int(check_positive(s, "each layer size", integer=True)) for s in layer_sizes]
        if len(sizes) < 2:
            raise ValueError(f"layer_sizes needs an input and an output size, got {sizes}.")
        self.layer_sizes = sizes
        names = [activation] * (len(sizes) - 2) if isinstance(activation, str) else list(activation)
        if len(names) != len(sizes) - 2:
            raise ValueError(f"{len(sizes) - 2} hidden layer(s) need as many activations,"
                             f" got {len(names)}: {names}.")
        for name in names:
            activations.get(name)
        self.activation = names
        self.output = check_choice(output, "output", tuple(OUTPUTS))
        self.loss_name = check_choice(loss, "loss", tuple(losses.REGISTRY))
        if loss not in OUTPUTS[output]:
            raise ValueError(f"A {output} output goes with the loss "
                             + " or ".join(map(repr, OUTPUTS[output])) + f", not {loss!r}.")
        if output == "softmax" and sizes[-1] < 2:
            raise ValueError("A softmax output needs at least 2 units (one per class).")
        self.dtype = DTYPES[check_choice(str(np.dtype(dtype)), "dtype", tuple(DTYPES))]
        rng = check_random_state(random_state)
        self.weights, self.biases = [], [] if bias else None
        for fan_in, fan_out in zip(sizes, sizes[1:]):
            limit = np.sqrt(6 / (fan_in + fan_out))
            self.weights.append(rng.uniform(-limit, limit, (fan_in, fan_out)).astype(self.dtype))
            if bias:
                self.biases.append(rng.uniform(-limit, limit, fan_out).astype(self.dtype))

    @property
    def hidden(self):
        """The hidden layers' :class:`~nbcompanion.activations.Activation` objects.

        Looked up by name on use, so that a network pickles (the registry's derivative
        functions are closures).
        """
        return [activations.get(name) for name in self.activation]

    # -- forward phase ------------------------------------------------------------------
    def forward(self, X, *, dropout=0.0, random_state=None):
        """Forward phase over a mini-batch.

        Parameters
        ----------
        X : array_like of shape (n_samples, d)
        dropout : float in [0, 1), default=0.0
            Probability of dropping each hidden unit (inverted dropout, §1.4.1.5); the masks
            are drawn from ``random_state``, layer by layer, as in training.
        random_state : int, Generator or None

        Returns
        -------
        pre : list of ndarray
            A_1 … A_{k+1}, the pre-activations (n_samples, p_r) of every layer.
        post : list of ndarray
            H_0 = X, H_1 … H_k and the output O: the post-activations.
        """
        X = self._check_X(X)
        return self._forward(X, self._masks(len(X), dropout, random_state))

    def _masks(self, n_samples, dropout, random_state):
        """One inverted-dropout mask per hidden layer, or None without dropout."""
        check_dropout(dropout)
        if not dropout:
            return None
        rng = check_random_state(random_state)
        return [dropout_mask((n_samples, size), dropout, rng, self.dtype)
                for size in self.layer_sizes[1:-1]]

    def _forward(self, H, masks=None):
        hidden = self.hidden
        pre, post = [], [H]
        last = len(self.weights) - 1
        for p, W in enumerate(self.weights):
            A = H @ W  # the rows of H W are W_{p+1}ᵀ h_p for each example
            if self.biases is not None:
                A += self.biases[p]
            H = self._output_function(A) if p == last else hidden[p].function(A)
            if masks is not None and p < last:
                H = H * masks[p]  # a dropped unit sends 0; a kept one 1/(1-q) times its value
            pre.append(A)
            post.append(H)
        return pre, post

    def predict(self, X):
        """Network output o for each row of ``X``, shape (n_samples, o)."""
        return self.forward(X)[1][-1]

    def _output_function(self, A):
        if self.output == "softmax":
            return activations.softmax(A)
        if self.output == "sigmoid":
            return activations.sigmoid(A)
        return A

    # -- loss and backward phase --------------------------------------------------------
    def loss(self, X, y, *, dropout=0.0, random_state=None):
        """Mean loss over the examples (each example's loss summed over its outputs)."""
        pre, post = self.forward(X, dropout=dropout, random_state=random_state)
        return self._loss_value(self._check_y(y, len(post[0])), pre[-1], post[-1])

    def penalty(self, weight_decay):
        """The weight-decay penalty (λ/2) Σ_p ‖W_p‖² whose gradient is λ W (eq. 1.33).

        Bias neurons are not penalized, as they are not decayed.

        >>> FeedForwardNetwork([1, 1], bias=False, random_state=0).penalty(0.0)
        0.0
        """
        check_positive(weight_decay, "weight_decay", allow_zero=True)
        return float(weight_decay / 2 * sum(np.vdot(W, W) for W in self.weights))

    def objective(self, X, y, weight_decay=0.0):
        """The penalized objective L + (λ/2) Σ_p ‖W_p‖² that eq. (1.33) descends."""
        return self.loss(X, y) + self.penalty(weight_decay)

    def _loss_value(self, y, A, O):
        function = losses.REGISTRY[self.loss_name][0]
        if self.loss_name == "cross_entropy":
            return float(np.mean(function(y, A, from_logits=True)))
        return float(np.sum(function(y, O)) / len(O))

    def _output_delta(self, y, A, O):
        """δ(o, o) = Φ'(a_o) · ∂L/∂o of eq. (1.29), for the mean loss of the batch."""
        gradient = losses.REGISTRY[self.loss_name][1]
        if self.loss_name == "cross_entropy":
            delta = gradient(y, A, from_logits=True)  # softmax(a) - one_hot(y)
        elif self.output == "sigmoid":
            delta = gradient(y, O) * (O * (1 - O))  # eq. (1.18)
        else:
            delta = gradient(y, O)
        return (delta / len(O)).astype(self.dtype, copy=False)

    def gradients(self, X, y, *, dropout=0.0, random_state=None):
        """Loss and its gradient with respect to every weight, by backpropagation.

        With ``dropout`` the masks are drawn from ``random_state`` as in :meth:`forward`,
        so a seeded call is a fixed thinned network whose gradient finite differences check.

        Returns
        -------
        loss : float
        weight_gradients : list of ndarray
            ∂L/∂W_p, shapes as ``weights``.
        bias_gradients : list of ndarray or None

        >>> net = FeedForwardNetwork([2, 3, 1], random_state=0)
        >>> loss, dW, db = net.gradients(np.ones((4, 2)), np.zeros((4, 1)))
        >>> [g.shape for g in dW]
        [(2, 3), (3, 1)]
        """
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        masks = self._masks(len(X), dropout, random_state)
        pre, post = self._forward(X, masks)
        loss = self._loss_value(y, pre[-1], post[-1])
        return (loss, *self._backward(pre, post, self._output_delta(y, pre[-1], post[-1]),
                                      masks))

    def layer_gradient_norms(self, X, y):
        """‖∂L/∂W_p‖ (Frobenius) for every layer p = 1 … k + 1, an ndarray (§1.4.2).

        >>> net = FeedForwardNetwork([2, 3, 1], random_state=0)
        >>> net.layer_gradient_norms(np.ones((4, 2)), np.zeros((4, 1))).shape
        (2,)
        """
        return np.array([np.linalg.norm(g) for g in self.gradients(X, y)[1]])

    def _backward(self, pre, post, delta, masks=None):
        hidden = self.hidden
        weight_gradients = [None] * len(self.weights)
        bias_gradients = [None] * len(self.weights) if self.biases is not None else None
        for p in range(len(self.weights) - 1, -1, -1):
            weight_gradients[p] = post[p].T @ delta  # ∂L/∂w = δ(h, o) · h_prev, eq. (1.31)
            if bias_gradients is not None:
                bias_gradients[p] = delta.sum(axis=0)  # the bias neuron's value is 1
            if p > 0:
                # δ(h_r, o) = Φ'(a_{h_r}) Σ_h w_(h_r,h) δ(h, o), eq. (1.30)
                delta = (delta @ self.weights[p].T) * hidden[p - 1].derivative(pre[p - 1])
                if masks is not None:
                    delta *= masks[p - 1]  # the dropped unit passes no gradient back
        return weight_gradients, bias_gradients


    # -- training -----------------------------------------------------------------------
    def step(self, X, y, *, learning_rate=0.1, weight_decay=0.0, dropout=0.0,
             random_state=None):
        """One SGD update on a mini-batch, eq. (1.33); returns the loss before it.

        This is the plain form of one step of :meth:`fit` (which does the same in
        preallocated buffers): with the same seed both draw the same dropout masks.
        """
        loss, weight_gradients, bias_gradients = self.gradients(
            X, y, dropout=dropout, random_state=random_state)
        self._update(weight_gradients, bias_gradients, learning_rate, weight_decay)
        return loss

    def _update(self, weight_gradients, bias_gradients, learning_rate, weight_decay):
        shrink = 1 - learning_rate * weight_decay
        for p, W in enumerate(self.weights):
            if weight_decay:
                W *= shrink  # W(1 - αλ), eq. (1.33); bias neurons are not decayed
            W -= learning_rate * weight_gradients[p]
            if self.biases is not None:
                self.biases[p] -= learning_rate * bias_gradients[p]

    def fit(self, X, y, *, epochs=10, batch_size=32, learning_rate=0.1, weight_decay=0.0,
            dropout=0.0, shuffle=True, random_state=None, validation=None, patience=None,
            record_gradients=False, callback=None, divergence="raise"):
        """Mini-batch SGD for ``epochs`` passes over the data; returns a TrainingHistory.

        Parameters
        ----------
        X : array_like of shape (n_samples, d)
        y : array_like
            Targets as for :meth:`loss`.
        epochs, batch_size : int
        learning_rate, weight_decay : float
            α and λ of eq. (1.33).
        dropout : float in [0, 1), default=0.0
            Probability of dropping each hidden unit in each mini-batch (§1.4.1.5).
        shuffle : bool, default=True
        random_state : int, Generator or None
            Seed of the shuffling and of the dropout masks.
        validation : pair (X_val, y_val), optional
            Held-out data whose loss is recorded after each epoch.
        patience : int, optional
            Early stopping (§1.4.1.3), needs ``validation``: training stops after
            ``patience`` epochs in which the validation loss did not go below its best
            value, and the weights of the best epoch are restored.
        record_gradients : bool, default=False
            Record ‖∂L/∂W_p‖ per layer, averaged over each epoch (§1.4.2).
        callback : callable, optional
            ``callback(epoch, history)`` after each epoch, e.g. to fill a progress bar.
        divergence : {"raise", "stop"}, default="raise"
            What a diverging training does (a batch loss not finite or a million times the
            first one): raise, or stop and keep the weights from the start of the epoch
            that diverged, with the message in ``history.diverged``.

        Raises
        ------
        FloatingPointError
            When the training diverges and ``divergence="raise"``; the message names the
            learning rate.
        """
        check_positive(epochs, "epochs", integer=True)
        check_positive(batch_size, "batch_size", integer=True)
        check_positive(learning_rate, "learning_rate")
        check_positive(weight_decay, "weight_decay", allow_zero=True)
        check_dropout(dropout)
        check_choice(divergence, "divergence", ("raise", "stop"))
        if patience is not None:
            check_positive(patience, "patience", integer=True)
            if validation is None:
                raise ValueError("patience (early stopping) needs held-out data: pass"
                                 " validation=(X_val, y_val).")
        X = self._check_X(X)
        y = self._training_targets(self._check_y(y, len(X)), "y")
        if validation is not None:
            X_val = self._check_X(validation[0])
            y_val = self._check_y(validation[1], len(X_val))
        rng = check_random_state(random_state)
        trainer = _Trainer(self, min(batch_size, len(X)), dropout, rng, learning_rate)
        trainer.prepare(X)
        history = TrainingHistory()
        best, waited = (np.inf, None), 0
        with np.errstate(over="ignore", invalid="ignore", divide="ignore", under="ignore"):
            for epoch in range(1, epochs + 1):
                order = rng.permutation(len(X)) if shuffle else None
                kept = self._copy() if divergence == "stop" else None
                try:
                    loss, norms = trainer.epoch(X, y, order, weight_decay, record_gradients,
                                                epoch)
                except FloatingPointError as error:
                    if kept is None:
                        raise
                    self._restore(kept)
                    history.diverged = str(error)
                    break
                history.loss.append(loss)
                history.penalized_loss.append(loss + self.penalty(weight_decay))
                if record_gradients:
                    history.gradient_norms.append(norms)
                if validation is not None:
                    pre, post = self._forward(X_val)
                    value = self._loss_value(y_val, pre[-1], post[-1])
                    history.validation_loss.append(value)
                    if value < best[0]:
                        best, waited, history.best_epoch = (value, self._copy()), 0, epoch
                    else:
                        waited += 1
                if callback is not None:
                    callback(epoch, history)
                if patience is not None and waited >= patience:
                    history.stopped_early = epoch < epochs
                    break
        if patience is not None and best[1] is not None:
            self._restore(best[1])
        else:
            history.best_epoch = None
        return history

    def _training_targets(self, y, name):
        """Cross-entropy targets as class indices 0 … o-1 (checked), others unchanged."""
        if self.loss_name != "cross_entropy":
            return y
        k = self.layer_sizes[-1]
        bad = (y != np.round(y)) | (y < 0) | (y >= k)
        if bad.any():
            i = int(np.argmax(bad))
            raise ValueError(f"{name} must hold class indices 0 … {k - 1} for a softmax output"
                             f" of {k} units, got {y[i]!r} at index {i}.")
        return y.astype(np.intp)

    def _copy(self):
        return [W.copy() for W in self.weights], [b.copy() for b in self.biases or []]

    def _restore(self, saved):
        for target, source in zip(self.weights + (self.biases or []), saved[0] + saved[1]):
            target[...] = source

    # -- parameters as one vector (for finite differences and scipy.optimize) ----------
    def get_parameters(self):
        """All weights (then all biases) as one flat vector."""
        parts = [W.ravel() for W in self.weights] + [b for b in self.biases or []]
        return np.concatenate(parts)

    def set_parameters(self, theta):
        """Set all weights from a flat vector laid out as :meth:`get_parameters`."""
        theta = as_real_array(theta, "theta", ndim=1)
        if theta.size != self.get_parameters().size:
            raise ValueError(f"theta must have {self.get_parameters().size} values,"
                             f" got {theta.size}.")
        start = 0
        for array in self.weights + (self.biases or []):
            array[...] = theta[start:start + array.size].reshape(array.shape)
            start += array.size

    def flat_gradient(self, X, y):
        """Loss and its gradient as one vector laid out as :meth:`get_parameters`."""
        loss, weight_gradients, bias_gradients = self.gradients(X, y)
        parts = [g.ravel() for g in weight_gradients] + list(bias_gradients or [])
        return loss, np.concatenate(parts)

    def numerical_gradient(self, X, y, step=1e-6, **loss_options):
        """Central differences of :meth:`loss` for every parameter (slow; small nets only).

        ``loss_options`` go to :meth:`loss` (a seeded ``dropout`` fixes one thinned network).
        """
        theta = self.get_parameters().astype(np.float64)
        gradient = np.empty_like(theta)
        for i in range(theta.size):
            values = []
            for shift in (step, -step):
                shifted = theta.copy()
                shifted[i] += shift
                self.set_parameters(shifted)
                values.append(self.loss(X, y, **loss_options))
            gradient[i] = (values[0] - values[1]) / (2 * step)
        self.set_parameters(theta)
        return gradient

    # -- the same network as a computational graph --------------------------------------
    def unit_names(self):
        """Names of the units layer by layer: ``x1…``, ``h1_1…``, …, ``o1…`` (Fig. 1.11)."""
        names = [[f"x{i + 1}" for i in range(self.layer_sizes[0])]]
        for p, size in enumerate(self.layer_sizes[1:-1], start=1):
            names.append([f"h{p}_{j + 1}" for j in range(size)])
        names.append([f"o{j + 1}" for j in range(self.layer_sizes[-1])])
        return names

    def to_graph(self, x, y):
        """This network on one example as a :class:`nbcompanion.graph.Graph` (§1.2.3).

        The weight ``weights[p][i, j]`` is the edge (``names[p][i]``, ``names[p + 1][j]``)
        of :meth:`unit_names`; the bias ``biases[p][j]`` is the edge (``f"b{p}"``, unit)
        from a bias neuron of value 1. Softmax outputs have no scalar graph form.
        """
        from .graph import Graph

        if self.output == "softmax":
            raise ValueError("A softmax output couples its units; to_graph needs a linear or"
                             " sigmoid output.")
        x = as_real_array(x, "x", ndim=1)
        targets = self._check_y(np.reshape(y, (1, -1)), 1)[0]
        names = self.unit_names()
        graph = Graph()
        for name, value in zip(names[0], x):
            graph.add_input(name, float(value))
        last = len(self.weights) - 1
        for p, W in enumerate(self.weights):
            if self.biases is not None:
                graph.add_input(f"b{p}", 1.0)
            kind = ({"linear": "identity", "sigmoid": "sigmoid"}[self.output] if p == last
                    else self.activation[p])
            for j, name in enumerate(names[p + 1]):
                inputs = {source: float(W[i, j]) for i, source in enumerate(names[p])}
                if self.biases is not None:
                    inputs[f"b{p}"] = float(self.biases[p][j])
                graph.add_neuron(name, inputs, activation=kind)
        for name, target in zip(names[-1], targets):
            graph.add_loss(name, self.loss_name, target=float(target))
        return graph

    # -- checks -------------------------------------------------------------------------
    def _check_X(self, X):
        X = as_real_array(X, "X", ndim=2)
        if X.shape[1] != self.layer_sizes[0]:
            raise ValueError(f"X has {X.shape[1]} features per row but the network's input"
                             f" layer has d = {self.layer_sizes[0]} units.")
        return X.astype(self.dtype, copy=False)

    def _check_y(self, y, n_samples):
        if self.loss_name == "cross_entropy":
            y = as_real_array(y, "y", ndim=1)
            expected = (n_samples,)
        else:
            y = as_real_array(y, "y", ndim=(1, 2))
            y = y.reshape(-1, 1) if y.ndim == 1 else y
            expected = (n_samples, self.layer_sizes[-1])
        if y.shape != expected:
            raise ValueError(f"y must have shape {expected} for {n_samples} example(s) and"
                             f" {self.layer_sizes[-1]} output unit(s), got {y.shape}.")
        return y.astype(self.dtype, copy=False)


def check_dropout(rate, name="dropout"):
    """Raise a clear error unless ``rate`` is a probability in [0, 1)."""
    check_positive(rate, name, allow_zero=True)
    if rate >= 1:
        raise ValueError(f"{name} is the probability of dropping a unit and must be below 1"
                         f" (at 1 nothing is left to train), got {rate!r}.")
    return rate


class _Trainer:
    """The mini-batch SGD loop of :meth:`FeedForwardNetwork.fit`, in preallocated buffers.

    Per mini-batch it computes exactly what ``FeedForwardNetwork.step`` computes, in this
    order: the forward phase into the buffers ``A`` (pre-activations) and ``H`` (hidden
    outputs, times the dropout masks), the output delta of the mean loss scaled once by α,
    then from the last layer back: α ∂L/∂W_p = H_{p-1}ᵀ (α δ_p) into ``G``, the next delta
    from the weights before their update, and the update W_p ⇐ W_p(1 - αλ) - α ∂L/∂W_p in
    place. Softmax with cross-entropy, the common case, is fused (one exponential, the loss
    from the log-sum-exp); ReLU and its derivative are done in place.
    """

    def __init__(self, network, batch_size, dropout, rng, learning_rate):
        self.net, self.dropout, self.rng = network, dropout, rng
        self.learning_rate = learning_rate
        dtype, sizes = network.dtype, network.layer_sizes
        self.relu = [name == "relu" for name in network.activation]
        self.hidden = network.hidden
        self.X = np.empty((batch_size, sizes[0]), dtype)
        self.A = [np.empty((batch_size, size), dtype) for size in sizes[1:]]
        self.H = [np.empty((batch_size, size), dtype) for size in sizes[1:-1]]
        self.D = [np.empty((batch_size, size), dtype) for size in sizes[1:-1]]
        self.G = [np.empty_like(W) for W in network.weights]
        self.first_loss = None
        self.skip_zero_columns = False

    def prepare(self, X):
        """Skip zero input columns per batch when the inputs are mostly zeros (sparse images)."""
        self.skip_zero_columns = X.shape[1] >= 64 and np.count_nonzero(X[:1000]) < 0.5 * X[:1000].size

    def epoch(self, X, y, order, weight_decay, record, number):
        """One pass over the data in the given order; returns (mean loss, gradient norms)."""
        n, size = len(X), len(self.X)
        total, norms = 0.0, np.zeros(len(self.G)) if record else None
        for start in range(0, n, size):
            stop = min(start + size, n)
            if order is None:
                X_batch, y_batch = X[start:stop], y[start:stop]
            else:
                index = order[start:stop]
                X_batch = np.take(X, index, axis=0, out=self.X[:stop - start])
                y_batch = y[index]
            loss = self.step(X_batch, y_batch, weight_decay, norms)
            self._check(loss, number)
            total += loss * (stop - start)
        if not all(np.isfinite(W).all() for W in self.net.weights):
            self._check(np.inf, number)
        batches = -(-n // size)
        return total / n, (norms / batches if record else None)

    def _check(self, loss, epoch):
        if self.first_loss is None and np.isfinite(loss):
            self.first_loss = loss
        limit = DIVERGENCE_FACTOR * max(self.first_loss or 0.0, 1.0)
        if not loss <= limit:  # also catches NaN
            start = "" if self.first_loss is None else f" from {self.first_loss:.3g}"
            raise FloatingPointError(
                f"Training diverged in epoch {epoch}: the loss went{start} to {loss:.3g}."
                f" Lower the learning rate (now {self.learning_rate}) or scale the data.")

    def step(self, X, y, weight_decay, norms):
        net, m, rate = self.net, len(X), self.learning_rate
        last = len(net.weights) - 1
        masks = None
        if self.dropout:
            masks = [dropout_mask((m, size), self.dropout, self.rng, net.dtype)
                     for size in net.layer_sizes[1:-1]]
        H, post, columns = X, [X], None
        if self.skip_zero_columns:
            # Features that are 0 in every example of the batch (MNIST's empty borders) add
            # nothing to H_0 W_1 and their rows of ∂L/∂W_1 = H_0ᵀ δ_1 are 0: leave them out.
            columns = np.flatnonzero(X.any(axis=0))
            H = post[0] = X[:, columns]
        for p, W in enumerate(net.weights):
            A = self.A[p][:m]
            np.matmul(H, W if p or columns is None else W[columns], out=A)
            if net.biases is not None:
                A += net.biases[p]
            if p < last:
                H = self.H[p][:m]
                if self.relu[p]:
                    np.maximum(A, 0, out=H)
                else:
                    H[...] = self.hidden[p].function(A)
                if masks is not None:
                    H *= masks[p]
                post.append(H)
        loss, delta = self._output(A, y)
        if delta is None:
            return loss
        delta *= net.dtype(rate)  # from here on every gradient is α times ∂L/∂W
        shrink = 1 - rate * weight_decay
        for p in range(last, -1, -1):
            W, G = net.weights[p], self.G[p]
            if p == 0 and columns is not None:
                G = G[:len(columns)]
            np.matmul(post[p].T, delta, out=G)
            if norms is not None:
                norms[p] += np.linalg.norm(G) / rate
            if net.biases is not None:
                net.biases[p] -= delta.sum(axis=0)
            if p > 0:
                D = self.D[p - 1][:m]
                np.matmul(delta, W.T, out=D)  # eq. (1.30) with W before its update
                if self.relu[p - 1]:
                    np.multiply(D, self.A[p - 1][:m] >= 0, out=D)  # relu'(v) = 1 for v >= 0
                else:
                    D *= self.hidden[p - 1].derivative(self.A[p - 1][:m])
                if masks is not None:
                    D *= masks[p - 1]
                delta = D
            if weight_decay:
                W *= shrink
            if p == 0 and columns is not None:
                W[columns] -= G
            else:
                W -= G
        return loss

    def _output(self, A, y):
        """Loss of the batch and δ of the output layer for the mean loss."""
        net, m = self.net, len(A)
        if net.loss_name == "cross_entropy":
            shifted = A - A.max(axis=1, keepdims=True)
            P = np.exp(shifted)
            sums = P.sum(axis=1, keepdims=True)
            rows = np.arange(m)
            loss = float(np.mean(np.log(sums[:, 0]) - shifted[rows, y]))  # -log softmax
            P /= sums
            P[rows, y] -= 1  # softmax(a) - one_hot(y), eq. (1.15)'s gradient
            P *= net.dtype(1 / m)
            return loss, P
        if not np.isfinite(A).all():
            return np.inf, None
        O = net._output_function(A)
        return net._loss_value(y, A, O), net._output_delta(y, A, O).copy()


class _NetworkEstimator(BaseEstimator):
    """The parameters and training loop shared by the classifier and the regressor."""

    _parameter_constraints = {
        "hidden_layer_sizes": ["array-like", Interval(numbers.Integral, 1, None, closed="left")],
        "activation": [StrOptions(set(activations.REGISTRY) - {"sign"}), list, tuple],
        "learning_rate": [Interval(numbers.Real, 0, None, closed="neither")],
        "batch_size": [Interval(numbers.Integral, 1, None, closed="left")],
        "max_epochs": [Interval(numbers.Integral, 1, None, closed="left")],
        "weight_decay": [Interval(numbers.Real, 0, None, closed="left")],
        "dropout": [Interval(numbers.Real, 0, 1, closed="left")],
        "early_stopping": ["boolean"],
        "validation_fraction": [Interval(numbers.Real, 0, 1, closed="neither")],
        "n_iter_no_change": [Interval(numbers.Integral, 1, None, closed="left")],
        "bias": ["boolean"],
        "dtype": [StrOptions(set(DTYPES))],
        "shuffle": ["boolean"],
        "random_state": ["random_state"],
    }

    def __init__(self, *, hidden_layer_sizes=(100,), activation="relu", learning_rate=0.1,
                 batch_size=128, max_epochs=20, weight_decay=0.0, dropout=0.0,
                 early_stopping=False, validation_fraction=0.1, n_iter_no_change=10,
                 bias=True, dtype="float64", shuffle=True, random_state=None):
        self.hidden_layer_sizes = hidden_layer_sizes
        self.activation = activation
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.max_epochs = max_epochs
        self.weight_decay = weight_decay
        self.dropout = dropout
        self.early_stopping = early_stopping
        self.validation_fraction = validation_fraction
        self.n_iter_no_change = n_iter_no_change
        self.bias = bias
        self.dtype = dtype
        self.shuffle = shuffle
        self.random_state = random_state

    def _hidden_sizes(self):
        sizes = self.hidden_layer_sizes
        sizes = [sizes] if isinstance(sizes, numbers.Integral) else list(np.ravel(sizes))
        for size in sizes:
            if isinstance(size, (bool, np.bool_)) or not isinstance(size, numbers.Integral) \
                    or size < 1:
                raise ValueError("hidden_layer_sizes must be a positive integer or a sequence of"
                                 f" them (units per hidden layer), got {self.hidden_layer_sizes!r}.")
        return [int(size) for size in sizes]

    def _train(self, X, targets, n_outputs, output, loss, stratify=None):
        rng = check_random_state(self.random_state)
        sizes = [X.shape[1], *self._hidden_sizes(), n_outputs]
        self.network_ = FeedForwardNetwork(sizes, activation=self.activation, output=output,
                                           loss=loss, bias=self.bias, dtype=self.dtype,
                                           random_state=rng)
        validation, patience = None, None
        if self.early_stopping:
            # A held-out part of the training data, as scikit-learn's MLP does (§1.4.1.3).
            X, X_val, targets, y_val = train_test_split(
                X, targets, test_size=self.validation_fraction, stratify=stratify,
                random_state=rng.randint(2**31 - 1))
            validation, patience = (X_val, y_val), self.n_iter_no_change
        self.history_ = self.network_.fit(
            X, targets, epochs=self.max_epochs, batch_size=min(self.batch_size, len(X)),
            learning_rate=self.learning_rate, weight_decay=self.weight_decay,
            dropout=self.dropout, shuffle=self.shuffle, random_state=rng,
            validation=validation, patience=patience, divergence="stop")
        if self.history_.diverged:
            warnings.warn(self.history_.diverged + " Training stopped there; the weights from"
                          " the start of that epoch are kept.", ConvergenceWarning,
                          stacklevel=4)
        self.loss_curve_ = list(self.history_.loss)
        self.penalized_loss_curve_ = list(self.history_.penalized_loss)
        self.validation_loss_curve_ = list(self.history_.validation_loss)
        self.best_epoch_ = self.history_.best_epoch
        self.n_iter_ = len(self.loss_curve_)
        return self

    def _dtype(self):
        return DTYPES[check_choice(str(self.dtype), "dtype", tuple(DTYPES))]

    def _validate(self, X):
        return validate_data(self, X, dtype=self._dtype(), reset=False)


class NetworkClassifier(ClassifierMixin, _NetworkEstimator):
    """A feed-forward network with a softmax output and the cross-entropy loss (§1.2.1.4).

    Parameters are those of :class:`NetworkRegressor`. Training is mini-batch SGD with
    weight decay, eq. (1.33), on the mean cross-entropy of eq. (1.15).

    Attributes
    ----------
    classes_ : ndarray
    network_ : FeedForwardNetwork
    history_ : TrainingHistory
    loss_curve_, penalized_loss_curve_, validation_loss_curve_ : list of float
    best_epoch_ : int or None
    n_iter_ : int
        Epochs run (fewer than ``max_epochs`` when early stopping ended the training).

    Examples
    --------
    >>> from sklearn.datasets import load_iris
    >>> X, y = load_iris(return_X_y=True)
    >>> model = NetworkClassifier(hidden_layer_sizes=8, max_epochs=200, batch_size=16,
    ...                           learning_rate=0.05, random_state=0).fit(X, y)
    >>> model.score(X, y) > 0.9
    True
    """

    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X, y):
        """Train on ``X`` (n_samples, n_features) and class labels ``y`` (n_samples,)."""
        _check_one_kind_of_label(y)
        X, y = validate_data(self, X, y, dtype=self._dtype())
        check_classification_targets(y)
        encoder = LabelEncoder().fit(y)
        self.classes_ = encoder.classes_
        if len(self.classes_) < 2:
            raise ValueError(f"y needs at least 2 classes, got 1 class:"
                             f" {self.classes_.tolist()}.")
        labels = encoder.transform(y)
        stratify = labels if self.early_stopping and np.bincount(labels).min() >= 2 else None
        return self._train(X, labels, len(self.classes_), "softmax", "cross_entropy",
                           stratify=stratify)

    def predict_proba(self, X):
        """Class probabilities, shape (n_samples, n_classes), the softmax of eq. (1.12)."""
        check_is_fitted(self)
        return self.network_.predict(self._validate(X))

    def predict(self, X):
        """The most probable class of each row."""
        check_is_fitted(self)
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


def _check_one_kind_of_label(y):
    """Labels must be all numbers or all strings: a mix has no order to sort classes by."""
    try:
        y = np.asarray(y)
    except ValueError:  # ragged: validate_data reports it
        return
    if y.dtype != object:
        return
    kinds = {"string" if isinstance(v, str) else "number" if isinstance(v, numbers.Number)
             else type(v).__name__ for v in y.ravel()}
    if len(kinds) > 1:
        raise ValueError("y mixes labels of different kinds (" + ", ".join(sorted(kinds))
                         + "); use all strings or all numbers, e.g. y.astype(str).")


class NetworkRegressor(RegressorMixin, _NetworkEstimator):
    """A feed-forward network with a linear output and the squared loss (§1.2.2).

    The targets are standardized for training (``y_mean_``, ``y_scale_``) and mapped back
    in ``predict``; the standardization is computed after dividing by the largest |y|, so
    targets near the largest double (1e300) neither overflow nor lose precision.

    Parameters
    ----------
    hidden_layer_sizes : int or tuple of int, default=(100,)
        p_1 … p_k (an int is one hidden layer, as in scikit-learn).
    activation : str, default="relu"
        Φ of the hidden layers.
    learning_rate : float, default=0.1
        α of eq. (1.33), applied to the mean gradient of a mini-batch.
    batch_size : int, default=128
    max_epochs : int, default=20
    weight_decay : float, default=0.0
        λ of eq. (1.33).
    dropout : float in [0, 1), default=0.0
        Probability of dropping each hidden unit during training (§1.4.1.5).
    early_stopping : bool, default=False
        Hold out ``validation_fraction`` of the training data, stop after
        ``n_iter_no_change`` epochs without a lower loss on it, keep the best weights
        (§1.4.1.3). Unlike scikit-learn's MLP, the criterion is the held-out *loss*.
    validation_fraction : float in (0, 1), default=0.1
    n_iter_no_change : int, default=10
        The patience of early stopping.
    bias : bool, default=True
    dtype : {"float64", "float32"}, default="float64"
    shuffle : bool, default=True
    random_state : int, RandomState or None, default=None

    Examples
    --------
    >>> X = np.linspace(-1, 1, 50).reshape(-1, 1)
    >>> model = NetworkRegressor(hidden_layer_sizes=(10,), activation="tanh", max_epochs=300,
    ...                          batch_size=10, random_state=0).fit(X, X[:, 0] ** 2)
    >>> model.score(X, X[:, 0] ** 2) > 0.9
    True
    """

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.target_tags.multi_output = True
        return tags

    @_fit_context(prefer_skip_nested_validation=True)
    def fit(self, X, y):
        """Train on ``X`` (n_samples, n_features) and real targets ``y``."""
        with np.errstate(over="ignore", invalid="ignore"):  # sklearn's finiteness check sums y
            X, y = validate_data(self, X, y, dtype=self._dtype(), multi_output=True,
                                 y_numeric=True)
        self._one_column = y.ndim == 1
        targets = y.reshape(len(y), -1).astype(np.float64)
        # The network learns standardized targets, so one learning rate suits any units of y;
        # dividing by max |y| first keeps the mean and the spread finite near 1e308.
        size = np.max(np.abs(targets), axis=0)
        size = np.where(size > 0, size, 1.0)
        unit = targets / size
        mean, spread = unit.mean(axis=0), unit.std(axis=0)
        spread = np.where(spread > 0, spread, 1.0)
        self.y_mean_, self.y_scale_ = mean * size, spread * size
        scaled = (unit - mean) / spread
        return self._train(X, scaled, targets.shape[1], "linear", "squared")

    def predict(self, X):
        """Predicted targets, shape (n_samples,) or (n_samples, n_outputs) as in ``fit``.

        Raises
        ------
        FloatingPointError
            If a prediction lies beyond the largest double (the network extrapolates far
            outside targets that were already near it).
        """
        check_is_fitted(self)
        with np.errstate(over="ignore", invalid="ignore"):
            output = self.network_.predict(self._validate(X)) * self.y_scale_ + self.y_mean_
        if not np.isfinite(output).all():
            raise FloatingPointError(
                "A prediction exceeds the largest floating-point number (about 1.8e308):"
                f" the targets were as large as {np.max(np.abs(self.y_scale_)):.3g}. Fit"
                " targets in smaller units (divide y by a constant) and scale back.")
        return output[:, 0] if self._one_column else output
