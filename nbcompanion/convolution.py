"""Convolutional networks: convolution, 2×2 subsampling and LeNet-5 (§1.6.5, Fig. 1.18).

A layer of a convolutional network is three-dimensional: ``channels × height × width`` (the
"depth" of a layer is its number of feature maps, not the number of layers). A convolution
layer slides ``k`` filters of shape ``c × f × f`` over every position of its input and takes
the dot product of each filter with the patch under it, so one output map reuses the same
``c f²`` weights everywhere (sparse connections, shared weights). A subsampling layer averages
each 2×2 block, halving both spatial sizes.

Convolution is computed with *im2col*: every f × f patch becomes one row of a matrix, and all
filters are applied at once by one matrix product, the same product a dense layer does.
As in every CNN library, "convolution" here is the cross-correlation (the filter is not
flipped), which is what :func:`scipy.signal.correlate2d` computes.

Array layout: images are ``(n, channels, height, width)``; filters ``(k, c, f, f)``.
"""

import numpy as np
from sklearn.utils import check_random_state

from . import activations, losses
from ._validation import as_real_array, check_positive

__all__ = ["im2col", "convolve", "average_pool", "Convolution", "Subsampling", "Activation",
           "Flatten", "Dense", "ConvolutionalNetwork", "lenet5", "pad_to_32", "small_convnet",
           "load_mnist_images"]


def _check_images(images, name="images"):
    images = as_real_array(images, name, ndim=4)
    return images


def im2col(images, size):
    """Every ``size × size`` patch of every channel as one row: shape (n, H', W', c·f²).

    >>> im2col(np.arange(16.0).reshape(1, 1, 4, 4), 3)[0, 0, 0].tolist()
    [0.0, 1.0, 2.0, 4.0, 5.0, 6.0, 8.0, 9.0, 10.0]
    """
    n, c, height, width = images.shape
    if size > min(height, width):
        raise ValueError(f"The filter size {size} exceeds the input's {height}×{width}.")
    windows = np.lib.stride_tricks.sliding_window_view(images, (size, size), axis=(2, 3))
    out_h, out_w = height - size + 1, width - size + 1
    return windows.transpose(0, 2, 3, 1, 4, 5).reshape(n, out_h, out_w, c * size * size)


def convolve(images, filters, bias=None):
    """Valid convolution (cross-correlation) of ``images`` with ``filters`` by im2col.

    Parameters
    ----------
    images : array_like of shape (n, c, H, W)
    filters : array_like of shape (k, c, f, f)
    bias : array_like of shape (k,), optional

    Returns
    -------
    ndarray of shape (n, k, H − f + 1, W − f + 1)

    >>> convolve(np.ones((1, 2, 5, 5)), np.ones((3, 2, 3, 3))).shape
    (1, 3, 3, 3)
    """
    images = _check_images(images)
    filters = as_real_array(filters, "filters", ndim=4)
    k, c, f, f2 = filters.shape
    if f != f2:
        raise ValueError(f"filters must be square, got {f}×{f2}.")
    if c != images.shape[1]:
        raise ValueError(f"filters have {c} channel(s) but the images have {images.shape[1]}.")
    out = im2col(images, f) @ filters.reshape(k, -1).T  # one product for every filter and patch
    if bias is not None:
        out = out + as_real_array(bias, "bias", ndim=1)
    return out.transpose(0, 3, 1, 2)


def average_pool(images, size=2):
    """The subsampling layer: the mean of each ``size × size`` block, shape (n, c, H/2, W/2).

    >>> average_pool(np.arange(16.0).reshape(1, 1, 4, 4))[0, 0].tolist()
    [[2.5, 4.5], [10.5, 12.5]]
    """
    images = _check_images(images)
    n, c, height, width = images.shape
    if height % size or width % size:
        raise ValueError(f"Subsampling by {size} needs sizes divisible by {size},"
                         f" got {height}×{width}.")
    return images.reshape(n, c, height // size, size, width // size, size).mean(axis=(3, 5))


# -- layers: forward keeps what backward needs -----------------------------------------
class Convolution:
    """k filters of shape c × f × f and k biases; ``params`` are (filters, bias)."""

    kind = "convolution"

    def __init__(self, in_channels, out_channels, size, rng):
        fan_in = in_channels * size * size
        self.filters = rng.normal(0, np.sqrt(2 / fan_in), (out_channels, in_channels, size, size))
        self.bias = np.zeros(out_channels)
        self.size = size

    @property
    def params(self):
        return [self.filters, self.bias]

    def output_shape(self, shape):
        c, height, width = shape
        if c != self.filters.shape[1]:
            raise ValueError(f"A convolution with {self.filters.shape[1]} input channel(s)"
                             f" gets {c}.")
        return self.filters.shape[0], height - self.size + 1, width - self.size + 1

    def forward(self, X):
        self._cols = im2col(X, self.size)
        self._input_shape = X.shape
        k = self.filters.shape[0]
        out = self._cols @ self.filters.reshape(k, -1).T + self.bias
        return out.transpose(0, 3, 1, 2)

    def backward(self, grad):
        k, c, f, _ = self.filters.shape
        grad_rows = grad.transpose(0, 2, 3, 1).reshape(-1, k)  # one row per output position
        grad_filters = (grad_rows.T @ self._cols.reshape(-1, c * f * f)).reshape(self.filters.shape)
        grad_bias = grad_rows.sum(axis=0)
        grad_cols = (grad_rows @ self.filters.reshape(k, -1)).reshape(
            *grad.shape[:1], *grad.shape[2:], c, f, f)
        grad_input = np.zeros(self._input_shape, dtype=grad.dtype)
        out_h, out_w = grad.shape[2:]
        for i in range(f):  # col2im: each patch entry adds back to the pixel it came from
            for j in range(f):
                grad_input[:, :, i:i + out_h, j:j + out_w] += grad_cols[..., i, j].transpose(0, 3, 1, 2)
        return grad_input, [grad_filters, grad_bias]


class Subsampling:
    """2×2 average subsampling (no weights)."""

    kind = "subsampling"
    params = []

    def __init__(self, size=2):
        self.size = size

    def output_shape(self, shape):
        c, height, width = shape
        if height % self.size or width % self.size:
            raise ValueError(f"Subsampling by {self.size} needs sizes divisible by"
                             f" {self.size}, got {height}×{width}.")
        return c, height // self.size, width // self.size

    def forward(self, X):
        return average_pool(X, self.size)

    def backward(self, grad):
        s = self.size
        spread = np.repeat(np.repeat(grad, s, axis=2), s, axis=3) / (s * s)
        return spread, []


class Activation:
    """Φ applied to every value (names from :data:`nbcompanion.activations.REGISTRY`)."""

    kind = "activation"
    params = []

    def __init__(self, name):
        self.name = name
        self.function = activations.get(name)

    def output_shape(self, shape):
        return shape

    def forward(self, X):
        self._pre = X
        return self.function.function(X)

    def backward(self, grad):
        return grad * self.function.derivative(self._pre), []


class Flatten:
    """Channels × height × width → one vector per example."""

    kind = "flatten"
    params = []

    def output_shape(self, shape):
        return (int(np.prod(shape)),)

    def forward(self, X):
        self._shape = X.shape
        return X.reshape(len(X), -1)

    def backward(self, grad):
        return grad.reshape(self._shape), []


class Dense:
    """A fully connected layer, h = W^T x + b (§1.2.2)."""

    kind = "dense"

    def __init__(self, n_in, n_out, rng):
        self.W = rng.normal(0, np.sqrt(2 / n_in), (n_in, n_out))
        self.b = np.zeros(n_out)

    @property
    def params(self):
        return [self.W, self.b]

    def output_shape(self, shape):
        if shape != (self.W.shape[0],):
            raise ValueError(f"A dense layer with {self.W.shape[0]} inputs gets shape {shape}.")
        return (self.W.shape[1],)

    def forward(self, X):
        self._input = X
        return X @ self.W + self.b

    def backward(self, grad):
        return grad @ self.W.T, [self._input.T @ grad, grad.sum(axis=0)]


# -- the network -----------------------------------------------------------------------
class ConvolutionalNetwork:
    """A stack of layers ending in class scores, trained with softmax + cross-entropy.

    Parameters
    ----------
    input_shape : tuple (channels, height, width)
    layers : list of (kind, *arguments)
        ``("conv", k, f)``, ``("pool", 2)``, ``("act", "relu")``, ``("flatten",)``,
        ``("dense", n)``; each layer's input size is inferred from the previous one.
    random_state : int, Generator or None
    dtype : {"float64", "float32"}, default="float64"
        float32 trains about twice as fast on MNIST.

    Attributes
    ----------
    layers : list of layer objects
    shapes : list of tuple
        The output shape of every layer, computed from the model (input first).

    Examples
    --------
    >>> net = ConvolutionalNetwork((1, 8, 8), [("conv", 2, 3), ("act", "relu"), ("pool", 2),
    ...                                        ("flatten",), ("dense", 3)], random_state=0)
    >>> net.shapes
    [(1, 8, 8), (2, 6, 6), (2, 6, 6), (2, 3, 3), (18,), (3,)]
    """

    def __init__(self, input_shape, layers, *, random_state=None, dtype="float64"):
        rng = check_random_state(random_state)
        if str(np.dtype(dtype)) not in ("float32", "float64"):
            raise ValueError(f"dtype must be 'float32' or 'float64', got {dtype!r}.")
        self.dtype = np.dtype(dtype)
        shape = tuple(int(check_positive(s, "input_shape", integer=True)) for s in input_shape)
        if len(shape) != 3:
            raise ValueError(f"input_shape must be (channels, height, width), got {input_shape}.")
        self.input_shape = shape
        self.layers, self.shapes = [], [shape]
        for spec in layers:
            layer = self._make(spec, shape, rng)
            shape = tuple(layer.output_shape(shape))
            self.layers.append(layer)
            self.shapes.append(shape)
        if len(shape) != 1:
            raise ValueError(f"The last layer must give class scores (a vector), got {shape}.")
        for layer in self.layers:
            for name in ("filters", "bias", "W", "b"):
                if hasattr(layer, name):
                    setattr(layer, name, getattr(layer, name).astype(self.dtype))

    @staticmethod
    def _make(spec, shape, rng):
        kind, *args = spec
        if kind == "conv":
            return Convolution(shape[0], int(args[0]), int(args[1]), rng)
        if kind == "pool":
            return Subsampling(*args)
        if kind == "act":
            return Activation(*args)
        if kind == "flatten":
            return Flatten()
        if kind == "dense":
            if len(shape) != 1:
                raise ValueError(f"A dense layer needs a vector input; put ('flatten',) before"
                                 f" it (got shape {shape}).")
            return Dense(shape[0], int(args[0]), rng)
        raise ValueError(f"Unknown layer kind {kind!r}; expected conv, pool, act, flatten or"
                         " dense.")

    def parameter_counts(self):
        """Number of trainable weights of each layer (biases included)."""
        return [sum(p.size for p in layer.params) for layer in self.layers]

    @property
    def parameters(self):
        return [p for layer in self.layers for p in layer.params]

    def _check_X(self, X):
        X = as_real_array(X, "X", ndim=4)
        if X.shape[1:] != self.input_shape:
            raise ValueError(f"X must have shape (n, {', '.join(map(str, self.input_shape))}),"
                             f" got {X.shape}.")
        return X.astype(self.dtype, copy=False)

    def forward(self, X, *, keep=False):
        """Class scores of each image; with ``keep=True`` also every layer's output."""
        H = self._check_X(X)
        outputs = [H]
        for layer in self.layers:
            H = layer.forward(H)
            if keep:
                outputs.append(H)
        return (H, outputs) if keep else H

    def predict(self, X, batch_size=1000):
        """The class with the largest score for each image."""
        X = self._check_X(X)
        return np.concatenate([np.argmax(self.forward(X[i:i + batch_size]), axis=1)
                               for i in range(0, len(X), batch_size)])

    def loss(self, X, y):
        """Mean cross-entropy (eq. 1.15) of the softmax of the scores."""
        scores = self.forward(X)
        return float(np.mean(losses.cross_entropy_loss(self._check_y(y, len(scores)), scores,
                                                       from_logits=True)))

    def gradients(self, X, y):
        """Loss and the gradient of every parameter (order of :attr:`parameters`)."""
        scores = self.forward(X)
        y = self._check_y(y, len(scores))
        loss = float(np.mean(losses.cross_entropy_loss(y, scores, from_logits=True)))
        grad = (losses.cross_entropy_loss_gradient(y, scores, from_logits=True)
                / len(scores)).astype(self.dtype, copy=False)
        collected = []
        for layer in reversed(self.layers):
            grad, layer_grads = layer.backward(grad)
            collected = layer_grads + collected
        return loss, collected

    def fit(self, X, y, *, epochs=1, batch_size=64, learning_rate=0.05, momentum=0.9,
            random_state=None, callback=None):
        """Mini-batch SGD with momentum; returns the mean training loss of each epoch."""
        check_positive(epochs, "epochs", integer=True)
        check_positive(batch_size, "batch_size", integer=True)
        check_positive(learning_rate, "learning_rate")
        X = self._check_X(X)
        y = self._check_y(y, len(X))
        rng = check_random_state(random_state)
        velocity = [np.zeros_like(p) for p in self.parameters]
        history = []
        for epoch in range(epochs):
            order = rng.permutation(len(X))
            total = 0.0
            for start in range(0, len(X), batch_size):
                batch = order[start:start + batch_size]
                loss, grads = self.gradients(X[batch], y[batch])
                total += loss * len(batch)
                for p, v, g in zip(self.parameters, velocity, grads):
                    v *= momentum
                    v -= learning_rate * g
                    p += v
            history.append(total / len(X))
            if callback is not None:
                callback(epoch, self)
        return history

    @staticmethod
    def _check_y(y, n):
        y = np.asarray(y)
        if y.shape != (n,) or not np.issubdtype(y.dtype, np.integer):
            raise ValueError(f"y must hold {n} integer class labels, got shape {y.shape} and"
                             f" dtype {y.dtype}.")
        return y


def lenet5(*, random_state=0, dtype="float64"):
    """LeNet-5 as drawn in Fig. 1.18, with 2×2 average subsampling and tanh units.

    32×32 input → C1 6@28×28 → S2 6@14×14 → C3 16@10×10 → S4 16@5×5 → C5 120 → F6 84 → 10.
    C3 here connects every S2 map to every C3 map (LeCun et al. 1998 used a sparse table
    with 1 516 weights instead of 2 416), and the output is a dense layer. MNIST's 28×28
    digits go in padded to 32×32 (:func:`pad_to_32`), as in LeCun et al.

    >>> [s for s in lenet5().shapes if len(s) == 3][1:3]
    [(6, 28, 28), (6, 28, 28)]
    """
    return ConvolutionalNetwork((1, 32, 32), [
        ("conv", 6, 5), ("act", "tanh"), ("pool", 2),
        ("conv", 16, 5), ("act", "tanh"), ("pool", 2),
        ("conv", 120, 5), ("act", "tanh"), ("flatten",),
        ("dense", 84), ("act", "tanh"), ("dense", 10)], random_state=random_state, dtype=dtype)


def pad_to_32(images):
    """28×28 images (n, 1, 28, 28) centred in 32×32 with a border of zeros, LeNet-5's input.

    >>> pad_to_32(np.ones((2, 1, 28, 28))).shape
    (2, 1, 32, 32)
    """
    images = _check_images(images)
    if images.shape[2:] != (28, 28):
        raise ValueError(f"pad_to_32 expects 28×28 images, got {images.shape[2]}×{images.shape[3]}.")
    return np.pad(images, ((0, 0), (0, 0), (2, 2), (2, 2)))


def small_convnet(n_filters=8, *, random_state=0, dtype="float64"):
    """The small network trained on MNIST in §1.6.5: one convolution layer, subsampling, dense.

    28×28 → ``n_filters``@24×24 (5×5, ReLU) → @12×12 (2×2 average) → 10 scores.
    """
    return ConvolutionalNetwork((1, 28, 28), [
        ("conv", n_filters, 5), ("act", "relu"), ("pool", 2), ("flatten",), ("dense", 10)],
        random_state=random_state, dtype=dtype)


def load_mnist_images(subset="train", n=None, *, dtype="float32"):
    """MNIST (§1.8) as images for a convolutional network: (n, 1, 28, 28) in [0, 1], labels.

    Reads :func:`nbcompanion.data.load_mnist`; ``n`` keeps the first ``n`` images.

    >>> X, y = load_mnist_images("test", 5)
    >>> X.shape, X.dtype.name, y.tolist()
    ((5, 1, 28, 28), 'float32', [7, 2, 1, 0, 4])
    """
    from .data import load_mnist

    images, labels = load_mnist(subset)
    if n is not None:
        check_positive(n, "n", integer=True)
        images, labels = images[:n], labels[:n]
    return (images[:, None] / np.float32(255)).astype(dtype), labels.astype(np.int64)
