"""Data sets of Chapter 1: seeded 2-D generators, the book's small examples, and MNIST.

Labels of the two-class sets are the book's -1 and +1. Every generator takes
``random_state`` (an int or a ``numpy.random.Generator``); the same seed gives the same data.
MNIST is read from the files committed in ``nbcompanion/_data/mnist`` (§1.8); nothing is
downloaded.
"""

import gzip
from pathlib import Path

import numpy as np

from ._validation import check_positive

__all__ = [
    "linearly_separable", "non_separable", "xor", "exercise4_points", "unit_square",
    "overfitting_table", "load_mnist",
]

MNIST_DIR = Path(__file__).parent / "_data" / "mnist"


def _rng(random_state):
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None or isinstance(random_state, (int, np.integer)):
        return np.random.default_rng(random_state)
    raise TypeError(f"random_state must be an int, None or a numpy Generator, got {random_state!r}.")


def _count(n_samples, minimum=2):
    check_positive(n_samples, "n_samples", integer=True)
    if n_samples < minimum:
        raise ValueError(f"n_samples must be at least {minimum}, got {n_samples}.")
    return int(n_samples)


def linearly_separable(n_samples=40, *, margin=0.15, random_state=0):
    """Points in [-1, 1]² labelled by a random line, with an empty band around it.

    Fig. 1.4 (left). Both classes are present and the band of width ``2 * margin`` around
    the separating line holds no point, so the perceptron converges (§1.2.1).

    Returns
    -------
    X : ndarray of shape (n_samples, 2)
    y : ndarray of shape (n_samples,), values -1 and +1

    >>> X, y = linearly_separable(10, random_state=1)
    >>> X.shape, np.unique(y).tolist()
    ((10, 2), [-1.0, 1.0])
    """
    n_samples = _count(n_samples)
    check_positive(margin, "margin", allow_zero=True)
    if margin >= 0.5:
        raise ValueError(f"margin must be below 0.5 so that points fit in the square, got {margin}.")
    rng = _rng(random_state)
    while True:  # draw again in the rare case that one class is missing
        angle = rng.uniform(0, np.pi)
        normal = np.array([np.cos(angle), np.sin(angle)])
        offset = rng.uniform(-0.3, 0.3)
        X = np.empty((0, 2))
        while X.shape[0] < n_samples:
            candidates = rng.uniform(-1, 1, size=(4 * n_samples, 2))
            X = np.vstack([X, candidates[np.abs(candidates @ normal + offset) > margin]])
        X = X[:n_samples]
        y = np.where(X @ normal + offset > 0, 1.0, -1.0)
        if np.unique(y).size == 2:
            return X, y


def non_separable(n_samples=40, *, overlap=0.6, random_state=0):
    """Two overlapping Gaussian clouds, no line separates them (Fig. 1.4, right).

    >>> X, y = non_separable(20, random_state=0)
    >>> X.shape
    (20, 2)
    """
    from sklearn.datasets import make_blobs

    n_samples = _count(n_samples)
    check_positive(overlap, "overlap")
    X, labels = make_blobs(n_samples=n_samples, centers=[(-0.5, -0.5), (0.5, 0.5)],
                           cluster_std=overlap, random_state=_seed(random_state))
    return X, np.where(labels == 1, 1.0, -1.0)


def _seed(random_state):
    return int(_rng(random_state).integers(2**31 - 1))


def xor():
    """The XOR points of exercise 1: (0, 0), (1, 1) are class -1; (1, 0), (0, 1) class +1.

    >>> xor()[1]
    array([-1., -1.,  1.,  1.])
    """
    X = np.array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    return X, np.array([-1.0, -1.0, 1.0, 1.0])


def exercise4_points():
    """The four points of exercise 4: (-1, -1), (1, 1) are +1; (1, -1), (-1, 1) are -1.

    >>> exercise4_points()[0].shape
    (4, 2)
    """
    X = np.array([[-1.0, -1.0], [1.0, 1.0], [1.0, -1.0], [-1.0, 1.0]])
    return X, np.array([1.0, 1.0, -1.0, -1.0])


def unit_square(n_samples=20, *, random_state=0):
    """Exercise 11: uniform points in the unit square, +1 where x1 > x2, else -1.

    >>> X, y = unit_square(5, random_state=0)
    >>> bool(np.all((X[:, 0] > X[:, 1]) == (y == 1)))
    True
    """
    n_samples = _count(n_samples, minimum=1)
    X = _rng(random_state).uniform(0, 1, size=(n_samples, 2))
    return X, np.where(X[:, 0] > X[:, 1], 1.0, -1.0)


def overfitting_table():
    """The table of §1.4.1: four points, five features, target y = 2·x1.

    >>> X, y = overfitting_table()
    >>> y
    array([2., 4., 6., 8.])
    """
    X = np.array([
        [1, 1, 0, 0, 0],
        [2, 0, 1, 0, 0],
        [3, 0, 0, 1, 0],
        [4, 0, 0, 0, 1],
    ], dtype=float)
    return X, 2 * X[:, 0]


def load_mnist(subset="train"):
    """The MNIST digits of §1.8 from the committed IDX files (Fig. 1.20).

    Parameters
    ----------
    subset : {"train", "test"}
        60 000 training or 10 000 test images.

    Returns
    -------
    images : ndarray of shape (n, 28, 28), dtype uint8, values 0-255
    labels : ndarray of shape (n,), dtype uint8, values 0-9

    >>> images, labels = load_mnist("test")
    >>> images.shape, labels[:3].tolist()
    ((10000, 28, 28), [7, 2, 1])
    """
    prefix = {"train": "train", "test": "t10k"}.get(subset)
    if prefix is None:
        raise ValueError(f"Unknown subset {subset!r}; expected 'train' or 'test'.")
    images = _read_idx(MNIST_DIR / f"{prefix}-images-idx3-ubyte.gz", 16)
    labels = _read_idx(MNIST_DIR / f"{prefix}-labels-idx1-ubyte.gz", 8)
    return images.reshape(-1, 28, 28), labels


def _read_idx(path, header):
    with gzip.open(path, "rb") as stream:
        return np.frombuffer(stream.read(), dtype=np.uint8, offset=header)
