"""A layered feed-forward network with the book's recursion, and two estimators on it (§1.2.2).

The layers follow §1.2.2: h_1 = Φ(W_1ᵀ x), h_{p+1} = Φ(W_{p+1}ᵀ h_p), o = Φ(W_{k+1}ᵀ h_k),
with W_1 of shape d × p_1, W_{p+1} of shape p_p × p_{p+1} and W_{k+1} of shape p_k × o.
A mini-batch is a matrix with one example per row, so the recursion is H_{p+1} = Φ(H_p W_{p+1})
over the whole batch at once (no Python loop over examples). An optional bias neuron per
layer (Fig. 1.11 a) is stored as a vector ``b_p`` added to the pre-activations.

Backpropagation is the pre-activation recursion of eqs. (1.28)-(1.31) in matrix form:
δ_out = Φ'(A_out) ⊙ ∂L/∂o, δ_p = Φ'(A_p) ⊙ (δ_{p+1} W_{p+1}ᵀ), ∂L/∂W_{p+1} = H_pᵀ δ_{p+1}.
The loss of a batch is the mean of the per-example losses (each the sum over its outputs),
and training is mini-batch SGD with weight decay, eq. (1.33): W ⇐ W(1 - αλ) - α ∂L/∂W.
"""

from dataclasses import dataclass, field

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin, RegressorMixin
from sklearn.preprocessing import LabelEncoder
from sklearn.utils import check_random_state
from sklearn.utils.multiclass import check_classification_targets
from sklearn.utils.validation import check_is_fitted, validate_data

from . import activations, losses
from ._validation import as_real_array, check_choice, check_positive

__all__ = ["FeedForwardNetwork", "TrainingHistory", "NetworkClassifier", "NetworkRegressor"]

OUTPUTS = {"linear": ("squared", "logistic", "hinge"), "sigmoid": ("squared",),
           "softmax": ("cross_entropy",)}
DTYPES = {"float32": np.float32, "float64": np.float64}


@dataclass
class TrainingHistory:
    """What one call of :meth:`FeedForwardNetwork.fit` recorded.

    Attributes
    ----------
    loss : list of float
        Mean training loss over each epoch's mini-batches (before each step's update).
    validation_loss : list of float
        Loss on the validation data after each epoch, if some was given.
    """

    loss: list = field(default_factory=list)
    validation_loss: list = field(default_factory=list)


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
    def forward(self, X):
        """Forward phase over a mini-batch.

        Parameters
        ----------
        X : array_like of shape (n_samples, d)

        Returns
        -------
        pre : list of ndarray
            A_1 … A_{k+1}, the pre-activations (n_samples, p_r) of every layer.
        post : list of ndarray
            H_0 = X, H_1 … H_k and the output O: the post-activations.
        """
        return self._forward(self._check_X(X))

    def _forward(self, H):
        hidden = self.hidden
        pre, post = [], [H]
        last = len(self.weights) - 1
        for p, W in enumerate(self.weights):
            A = H @ W  # the rows of H W are W_{p+1}ᵀ h_p for each example
            if self.biases is not None:
                A += self.biases[p]
            H = self._output_function(A) if p == last else hidden[p].function(A)
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
    def loss(self, X, y):
        """Mean loss over the examples (each example's loss summed over its outputs)."""
        pre, post = self.forward(X)
        return self._loss_value(self._check_y(y, len(post[0])), pre[-1], post[-1])

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

    def gradients(self, X, y):
        """Loss and its gradient with respect to every weight, by backpropagation.

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
        pre, post = self._forward(X)
        loss = self._loss_value(y, pre[-1], post[-1])
        return (loss, *self._backward(pre, post, self._output_delta(y, pre[-1], post[-1])))

    def _backward(self, pre, post, delta):
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
        return weight_gradients, bias_gradients

    # -- training -----------------------------------------------------------------------
    def step(self, X, y, *, learning_rate=0.1, weight_decay=0.0):
        """One SGD update on a mini-batch, eq. (1.33); returns the loss before it."""
        loss, weight_gradients, bias_gradients = self.gradients(X, y)
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
            shuffle=True, random_state=None, validation=None):
        """Mini-batch SGD for ``epochs`` passes over the data; returns a TrainingHistory.

        ``validation`` is an optional pair (X_val, y_val) whose loss is recorded each epoch.
        """
        check_positive(epochs, "epochs", integer=True)
        check_positive(batch_size, "batch_size", integer=True)
        check_positive(learning_rate, "learning_rate")
        check_positive(weight_decay, "weight_decay", allow_zero=True)
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        rng = check_random_state(random_state)
        history = TrainingHistory()
        for _ in range(epochs):
            order = rng.permutation(len(X)) if shuffle else np.arange(len(X))
            X_epoch, y_epoch = X[order], y[order]
            total = 0.0
            for start in range(0, len(X), batch_size):
                X_batch, y_batch = X_epoch[start:start + batch_size], y_epoch[start:start + batch_size]
                pre, post = self._forward(X_batch)
                if not np.isfinite(pre[-1]).all():
                    raise FloatingPointError(
                        f"Training diverged in epoch {len(history.loss) + 1}: the output became"
                        f" infinite or NaN. Lower the learning rate (now {learning_rate}) or"
                        " scale the data.")
                total += self._loss_value(y_batch, pre[-1], post[-1]) * len(X_batch)
                delta = self._output_delta(y_batch, pre[-1], post[-1])
                self._update(*self._backward(pre, post, delta), learning_rate, weight_decay)
            history.loss.append(total / len(X))
            if validation is not None:
                history.validation_loss.append(self.loss(*validation))
        return history

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

    def numerical_gradient(self, X, y, step=1e-6):
        """Central differences of :meth:`loss` for every parameter (slow; small nets only)."""
        theta = self.get_parameters().astype(np.float64)
        gradient = np.empty_like(theta)
        for i in range(theta.size):
            values = []
            for shift in (step, -step):
                shifted = theta.copy()
                shifted[i] += shift
                self.set_parameters(shifted)
                values.append(self.loss(X, y))
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


class _NetworkEstimator(BaseEstimator):
    """The parameters and training loop shared by the classifier and the regressor."""

    def __init__(self, *, hidden_layer_sizes=(100,), activation="relu", learning_rate=0.1,
                 batch_size=128, max_epochs=20, weight_decay=0.0, bias=True, dtype="float64",
                 shuffle=True, random_state=None):
        self.hidden_layer_sizes = hidden_layer_sizes
        self.activation = activation
        self.learning_rate = learning_rate
        self.batch_size = batch_size
        self.max_epochs = max_epochs
        self.weight_decay = weight_decay
        self.bias = bias
        self.dtype = dtype
        self.shuffle = shuffle
        self.random_state = random_state

    def _train(self, X, targets, n_outputs, output, loss):
        rng = check_random_state(self.random_state)
        sizes = [X.shape[1], *self.hidden_layer_sizes, n_outputs]
        self.network_ = FeedForwardNetwork(sizes, activation=self.activation, output=output,
                                           loss=loss, bias=self.bias, dtype=self.dtype,
                                           random_state=rng)
        self.history_ = self.network_.fit(
            X, targets, epochs=self.max_epochs, batch_size=min(self.batch_size, len(X)),
            learning_rate=self.learning_rate, weight_decay=self.weight_decay,
            shuffle=self.shuffle, random_state=rng)
        self.loss_curve_ = list(self.history_.loss)
        self.n_iter_ = self.max_epochs
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
    loss_curve_ : list of float

    Examples
    --------
    >>> from sklearn.datasets import load_iris
    >>> X, y = load_iris(return_X_y=True)
    >>> model = NetworkClassifier(hidden_layer_sizes=(8,), max_epochs=200, batch_size=16,
    ...                           learning_rate=0.05, random_state=0).fit(X, y)
    >>> model.score(X, y) > 0.9
    True
    """

    def fit(self, X, y):
        """Train on ``X`` (n_samples, n_features) and class labels ``y`` (n_samples,)."""
        X, y = validate_data(self, X, y, dtype=self._dtype())
        check_classification_targets(y)
        encoder = LabelEncoder().fit(y)
        self.classes_ = encoder.classes_
        if len(self.classes_) < 2:
            raise ValueError(f"y needs at least 2 classes, got 1 class:"
                             f" {self.classes_.tolist()}.")
        return self._train(X, encoder.transform(y), len(self.classes_), "softmax",
                           "cross_entropy")

    def predict_proba(self, X):
        """Class probabilities, shape (n_samples, n_classes), the softmax of eq. (1.12)."""
        check_is_fitted(self)
        return self.network_.predict(self._validate(X))

    def predict(self, X):
        """The most probable class of each row."""
        check_is_fitted(self)
        return self.classes_[np.argmax(self.predict_proba(X), axis=1)]


class NetworkRegressor(RegressorMixin, _NetworkEstimator):
    """A feed-forward network with a linear output and the squared loss (§1.2.2).

    The targets are standardized for training (``y_mean_``, ``y_scale_``) and mapped back
    in ``predict``.

    Parameters
    ----------
    hidden_layer_sizes : tuple of int, default=(100,)
        p_1 … p_k.
    activation : str, default="relu"
        Φ of the hidden layers.
    learning_rate : float, default=0.1
        α of eq. (1.33), applied to the mean gradient of a mini-batch.
    batch_size : int, default=128
    max_epochs : int, default=20
    weight_decay : float, default=0.0
        λ of eq. (1.33).
    bias : bool, default=True
    dtype : {"float64", "float32"}, default="float64"
    shuffle : bool, default=True
    random_state : int, Generator or None, default=None

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

    def fit(self, X, y):
        """Train on ``X`` (n_samples, n_features) and real targets ``y``."""
        X, y = validate_data(self, X, y, dtype=self._dtype(), multi_output=True,
                             y_numeric=True)
        self._one_column = y.ndim == 1
        targets = y.reshape(len(y), -1)
        # The network learns standardized targets, so one learning rate suits any units of y.
        self.y_mean_ = targets.mean(axis=0)
        self.y_scale_ = np.where(targets.std(axis=0) > 0, targets.std(axis=0), 1.0)
        scaled = (targets - self.y_mean_) / self.y_scale_
        return self._train(X, scaled, targets.shape[1], "linear", "squared")

    def predict(self, X):
        """Predicted targets, shape (n_samples,) or (n_samples, n_outputs) as in ``fit``."""
        check_is_fitted(self)
        output = self.network_.predict(self._validate(X)) * self.y_scale_ + self.y_mean_
        return output[:, 0] if self._one_column else output
