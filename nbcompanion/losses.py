"""Loss functions of Chapter 1 and their gradients with respect to the prediction.

Every loss has the same signature, ``loss(y, y_hat)`` -> one value per example, and a twin
``loss_gradient(y, y_hat)`` -> ∂loss/∂y_hat with the shape of ``y_hat``.

For the binary losses ``y`` holds the book's labels -1 and +1, and ``y_hat`` is the real-valued
prediction before any sign is taken, for example the score W·X of the perceptron. The squared
loss also accepts real targets (regression, §1.2.1.5). The cross-entropy takes class indices
``y`` in 0..k-1 and a matrix of probabilities (or, with ``from_logits=True``, of scores).

At a kink the gradient takes the side the book's updates use: a tie y·ŷ = 0 counts as a
mistake for the perceptron criterion, and the hinge loss pushes while y·ŷ < 1 (eq. 1.10).
"""

import numpy as np
from scipy import special

from ._validation import as_labels, as_real_array, check_same_shape

__all__ = [
    "zero_one_loss", "perceptron_criterion", "hinge_loss", "squared_loss", "logistic_loss",
    "cross_entropy_loss", "zero_one_loss_gradient", "perceptron_criterion_gradient",
    "hinge_loss_gradient", "squared_loss_gradient", "logistic_loss_gradient",
    "cross_entropy_loss_gradient", "two_class_cross_entropy", "two_class_cross_entropy_gradient",
    "REGISTRY", "BINARY",
]


def _binary(y, y_hat):
    labels = as_labels(y, "y")
    scores = as_real_array(y_hat, "y_hat")
    check_same_shape(labels, scores, ("y", "y_hat"))
    return labels, scores


def zero_one_loss(y, y_hat):
    """0/1 loss of eq. (1.7): 1 for a mistake, 0 for a correct prediction.

    A tie ŷ = 0 counts as a mistake, as in the perceptron's training.

    Parameters
    ----------
    y : array_like of shape (n_samples,)
        Labels -1 or +1.
    y_hat : array_like of shape (n_samples,)
        Real-valued predictions (scores W·X).

    Returns
    -------
    ndarray of shape (n_samples,)

    >>> zero_one_loss([1, -1, 1], [2.0, 0.5, 0.0])
    array([0., 1., 1.])
    """
    y, y_hat = _binary(y, y_hat)
    return (y * y_hat <= 0).astype(y_hat.dtype)


def zero_one_loss_gradient(y, y_hat):
    """Gradient of the 0/1 loss: zero wherever it exists (the loss is a staircase, §1.2.1.1).

    >>> zero_one_loss_gradient([1, -1], [2.0, 0.5])
    array([0., 0.])
    """
    y, y_hat = _binary(y, y_hat)
    return np.zeros_like(y_hat)


def perceptron_criterion(y, y_hat):
    """Perceptron criterion of eq. (1.8): max{-y·ŷ, 0}.

    >>> perceptron_criterion([1, -1], [-2.0, -3.0])
    array([2., 0.])
    """
    y, y_hat = _binary(y, y_hat)
    return np.maximum(-y * y_hat, 0)


def perceptron_criterion_gradient(y, y_hat):
    """Gradient of eq. (1.8) with respect to ŷ: -y on mistakes (y·ŷ <= 0), else 0.

    >>> perceptron_criterion_gradient([1, -1], [-2.0, -3.0])
    array([-1.,  0.])
    """
    y, y_hat = _binary(y, y_hat)
    return np.where(y * y_hat <= 0, -y, 0).astype(y_hat.dtype)


def hinge_loss(y, y_hat):
    """Hinge loss of eqs. (1.9) and (1.13): max{0, 1 - y·ŷ}.

    >>> hinge_loss([1, 1], [0.25, 3.0])
    array([0.75, 0.  ])
    """
    y, y_hat = _binary(y, y_hat)
    return np.maximum(1 - y * y_hat, 0)


def hinge_loss_gradient(y, y_hat):
    """Gradient of the hinge loss with respect to ŷ: -y inside the margin (y·ŷ < 1), else 0.

    >>> hinge_loss_gradient([1, 1], [0.25, 3.0])
    array([-1.,  0.])
    """
    y, y_hat = _binary(y, y_hat)
    return np.where(y * y_hat < 1, -y, 0).astype(y_hat.dtype)


def _regression(y, y_hat):
    target = as_real_array(y, "y")
    prediction = as_real_array(y_hat, "y_hat")
    check_same_shape(target, prediction, ("y", "y_hat"))
    return target, prediction


def squared_loss(y, y_hat):
    """Squared loss (y - ŷ)² (§1.2.1 and §1.2.1.5); ``y`` may be any real target.

    >>> squared_loss([1, -1], [0.5, -1.0])
    array([0.25, 0.  ])
    """
    y, y_hat = _regression(y, y_hat)
    with np.errstate(over="ignore"):  # beyond the largest double the loss is inf, no warning
        return (y - y_hat) ** 2


def squared_loss_gradient(y, y_hat):
    """Gradient of the squared loss with respect to ŷ: -2 (y - ŷ).

    >>> squared_loss_gradient([1, -1], [0.5, -1.0])
    array([-1., -0.])
    """
    y, y_hat = _regression(y, y_hat)
    with np.errstate(over="ignore"):  # inf beyond the largest double, no warning
        return -2 * (y - y_hat)


def logistic_loss(y, y_hat):
    """Logistic loss of eq. (1.14): log(1 + exp(-y·ŷ)), finite at |ŷ| = 1e4.

    >>> logistic_loss([1, 1], [0.0, -1e4])
    array([6.93147181e-01, 1.00000000e+04])
    """
    y, y_hat = _binary(y, y_hat)
    return np.logaddexp(0, -y * y_hat)


def logistic_loss_gradient(y, y_hat):
    """Gradient of eq. (1.14) with respect to ŷ: -y · sigmoid(-y·ŷ).

    >>> logistic_loss_gradient([1], [0.0])
    array([-0.5])
    """
    y, y_hat = _binary(y, y_hat)
    return -y * special.expit(-y * y_hat)


def _classes(y, y_hat):
    scores = as_real_array(y_hat, "y_hat", ndim=2)
    labels = as_real_array(y, "y", ndim=1)
    n_samples, n_classes = scores.shape
    if labels.shape[0] != n_samples:
        raise ValueError(
            f"y has {labels.shape[0]} labels but y_hat has {n_samples} rows; one label per row"
            " is expected."
        )
    bad = (labels != np.round(labels)) | (labels < 0) | (labels >= n_classes)
    if bad.any():
        i = int(np.argmax(bad))
        raise ValueError(
            f"y must hold class indices 0..{n_classes - 1} (one per column of y_hat),"
            f" got {labels[i].item()!r} at index {i}."
        )
    return labels.astype(np.intp), scores


def _probabilities(scores):
    if (scores < 0).any() or (scores > 1).any():
        raise ValueError(
            "y_hat must hold probabilities in [0, 1] (rows of a softmax output);"
            " pass from_logits=True for raw scores."
        )
    return scores


def cross_entropy_loss(y, y_hat, *, from_logits=False):
    """Cross-entropy loss of eq. (1.15): -log ŷ_r, r the true class.

    Parameters
    ----------
    y : array_like of shape (n_samples,)
        True class indices 0..k-1.
    y_hat : array_like of shape (n_samples, k)
        Predicted probabilities, or scores (logits) when ``from_logits`` is True, in which
        case the softmax of eq. (1.12) is applied in log space.
    from_logits : bool, default=False

    Returns
    -------
    ndarray of shape (n_samples,)
        Finite even when a probability underflows to 0: it is then floored at the smallest
        normal double, ``np.finfo(float).tiny`` ≈ 2.2e-308, giving about 708.4 (the smallest
        positive, subnormal, double would give 744.4 and make the gradient -1/ŷ infinite).

    >>> cross_entropy_loss([0], [[0.5, 0.5]])
    array([0.69314718])
    >>> cross_entropy_loss([2], [[1e4, 0.0, -1e4]], from_logits=True)
    array([20000.])
    """
    y, scores = _classes(y, y_hat)
    rows = np.arange(y.shape[0])
    if from_logits:
        return -special.log_softmax(scores, axis=1)[rows, y]
    probabilities = _probabilities(scores)[rows, y]
    return -np.log(np.maximum(probabilities, np.finfo(scores.dtype).tiny))


def cross_entropy_loss_gradient(y, y_hat, *, from_logits=False):
    """Gradient of eq. (1.15) with respect to ``y_hat``, shape (n_samples, k).

    With probabilities it is -1/ŷ_r in the true column and 0 elsewhere; with logits it is
    softmax(v) - one_hot(r), the form backpropagation uses at a softmax output.

    >>> cross_entropy_loss_gradient([0], [[0.5, 0.5]])
    array([[-2.,  0.]])
    """
    y, scores = _classes(y, y_hat)
    rows = np.arange(y.shape[0])
    if from_logits:
        gradient = special.softmax(scores, axis=1)
        gradient[rows, y] -= 1
        return gradient
    probabilities = _probabilities(scores)
    gradient = np.zeros_like(probabilities)
    floor = np.finfo(scores.dtype).tiny
    gradient[rows, y] = -1 / np.maximum(probabilities[rows, y], floor)
    return gradient


def _two_class(y, y_hat):
    """Labels ±1 and scores ŷ as class indices and the logits (0, ŷ) of eq. (1.15), k = 2."""
    y, y_hat = _binary(y, y_hat)
    return (y > 0).astype(np.intp), np.column_stack([np.zeros_like(y_hat), y_hat])


def two_class_cross_entropy(y, y_hat):
    """The cross-entropy of eq. (1.15) with k = 2 classes, for labels ±1 and a score ŷ.

    Class +1 gets the score ŷ and class −1 the score 0, so its probability is sigmoid(ŷ):
    the result equals the logistic loss of eq. (1.14), as §1.2.1.5 says it must.

    >>> two_class_cross_entropy([1.0], [0.0])
    array([0.69314718])
    """
    classes, logits = _two_class(y, y_hat)
    return cross_entropy_loss(classes, logits, from_logits=True)


def two_class_cross_entropy_gradient(y, y_hat):
    """∂/∂ŷ of :func:`two_class_cross_entropy`, one value per example.

    >>> two_class_cross_entropy_gradient([1.0], [0.0])
    array([-0.5])
    """
    classes, logits = _two_class(y, y_hat)
    return cross_entropy_loss_gradient(classes, logits, from_logits=True)[:, 1]


REGISTRY = {
    "zero_one": (zero_one_loss, zero_one_loss_gradient),
    "perceptron": (perceptron_criterion, perceptron_criterion_gradient),
    "hinge": (hinge_loss, hinge_loss_gradient),
    "squared": (squared_loss, squared_loss_gradient),
    "logistic": (logistic_loss, logistic_loss_gradient),
    "cross_entropy": (cross_entropy_loss, cross_entropy_loss_gradient),
}

#: Every loss of a label ±1 and one score ŷ, with its gradient (the cross-entropy with k = 2).
BINARY = {name: REGISTRY[name] for name in ("zero_one", "perceptron", "hinge", "squared",
                                            "logistic")}
BINARY["cross_entropy"] = (two_class_cross_entropy, two_class_cross_entropy_gradient)
