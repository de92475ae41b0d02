"""Hidden layers as feature engineering, measured; transfer by freezing layers (§1.6.6).

Fig. 1.19 of the book claims that the hidden layers of a trained network turn the input into
features on which the last layer, a linear classifier, can do its job. A *linear probe*
measures the claim: take the values of one layer for every image, fit a linear softmax
classifier (multinomial logistic regression, §1.2.1.4) on them, and test it. If the probe's
accuracy rises layer after layer, the data has become more linearly separable.

Transfer learning reuses those features: keep (freeze) the hidden layers of a network trained
on one task, compute their output for the new task's data, and train only a new last layer on
it. :func:`frozen_features` does that with :class:`nbcompanion.network.FeedForwardNetwork`'s
public ``forward``.
"""

import numpy as np
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression

from ._validation import check_positive
from .data import load_mnist
from .network import NetworkClassifier

__all__ = ["load_digits_subset", "train_network", "layer_outputs", "frozen_features",
           "frozen_convolutional_features",
           "probe_accuracy", "project_2d", "transfer_comparison"]


def load_digits_subset(subset="train", n=None, *, classes=None):
    """MNIST images as rows in [0, 1] (n, 784) and labels, optionally only some classes.

    ``n`` keeps the first ``n`` images *after* choosing the classes.

    >>> X, y = load_digits_subset("test", 6, classes=(5, 6))
    >>> X.shape, sorted(set(y.tolist()))
    ((6, 784), [5, 6])
    """
    images, labels = load_mnist(subset)
    if classes is not None:
        keep = np.isin(labels, classes)
        images, labels = images[keep], labels[keep]
    if n is not None:
        check_positive(n, "n", integer=True)
        images, labels = images[:n], labels[:n]
    return images.reshape(len(images), -1) / np.float32(255), labels.astype(np.int64)


def train_network(X, y, *, hidden=(128, 64), epochs=5, random_state=0):
    """A ReLU network with a softmax output (nbcompanion.network), mini-batch SGD."""
    return NetworkClassifier(hidden_layer_sizes=hidden, max_epochs=epochs, batch_size=64,
                             learning_rate=0.1, dtype="float32",
                             random_state=random_state).fit(X, y)


def layer_outputs(model, X):
    """The input and every hidden layer's values for ``X``: [X, H_1, …, H_k].

    ``model`` is a fitted :class:`~nbcompanion.network.NetworkClassifier`.
    """
    post = model.network_.forward(X)[1]
    return post[:-1]  # H_0 = X, H_1 … H_k; the output layer is left out


def frozen_features(model, X):
    """The last hidden layer's values: what the frozen layers hand to a new last layer."""
    return layer_outputs(model, X)[-1]


def frozen_convolutional_features(network, X):
    """The output of every layer of a :class:`~nbcompanion.convolution.ConvolutionalNetwork`
    before its last dense layer, as one row per image (``X`` as rows of 784 pixels)."""
    H = np.asarray(X, dtype=network.dtype).reshape(len(X), *network.input_shape)
    for layer in network.layers[:-1]:
        H = layer.forward(H)
    return H.reshape(len(H), -1)


def probe_accuracy(Z_train, y_train, Z_test, y_test, *, C=1.0):
    """Test accuracy of a linear softmax classifier trained on the features ``Z_train``.

    The features are scaled by their largest training value first, so that one C suits
    layers of any scale.

    >>> Z = np.array([[0.0], [1.0], [2.0], [3.0]]); y = np.array([0, 0, 1, 1])
    >>> probe_accuracy(Z, y, Z, y)
    1.0
    """
    scale = float(np.abs(Z_train).max()) or 1.0
    probe = LogisticRegression(C=C, max_iter=2000).fit(Z_train / scale, y_train)
    return float(probe.score(Z_test / scale, y_test))


def project_2d(Z, *, random_state=0):
    """The first two principal components of ``Z`` (a 2-D picture of a layer)."""
    return PCA(n_components=2, random_state=random_state).fit_transform(Z)


def transfer_comparison(source_model, X_target, y_target, X_test, y_test, *, hidden=(128, 64),
                        epochs=200, random_state=0):
    """Test accuracy of (frozen features + new last layer) and of a network from scratch.

    Both see only ``X_target`` (few images of the new classes). The transferred model keeps
    every hidden layer of ``source_model`` and trains a new softmax layer on its features;
    the scratch model has the same architecture with every weight learned from the few
    images.

    Returns
    -------
    dict with keys ``"transfer"`` and ``"scratch"`` (accuracies on ``X_test``)
    """
    transfer = probe_accuracy(frozen_features(source_model, X_target), y_target,
                              frozen_features(source_model, X_test), y_test)
    scratch = NetworkClassifier(hidden_layer_sizes=hidden, max_epochs=epochs,
                                batch_size=min(32, len(X_target)), learning_rate=0.05,
                                dtype="float32", random_state=random_state).fit(X_target, y_target)
    return {"transfer": transfer, "scratch": float(scratch.score(X_test, y_test))}
