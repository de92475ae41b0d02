import gzip
import hashlib

import numpy as np
import pytest

from nbcompanion import data
from nbcompanion.perceptron import Perceptron


@pytest.mark.parametrize("seed", range(5))
def test_separable_data_is_separable(seed):
    X, y = data.linearly_separable(60, random_state=seed)
    assert set(y) == {-1.0, 1.0}
    assert Perceptron(max_epochs=1000, random_state=0).fit(X, y).converged_


def test_same_seed_same_data_and_different_seed_different_data():
    for maker in (data.linearly_separable, data.non_separable, data.unit_square):
        a, b, c = maker(20, random_state=1), maker(20, random_state=1), maker(20, random_state=2)
        np.testing.assert_array_equal(a[0], b[0])
        assert not np.array_equal(a[0], c[0])


def test_non_separable_data_never_converges():
    X, y = data.non_separable(60, random_state=0)
    assert not Perceptron(max_epochs=300, random_state=0).fit(X, y).converged_


def test_book_examples():
    X, y = data.overfitting_table()
    np.testing.assert_array_equal(X @ [2, 0, 0, 0, 0], y)  # the true W of §1.4.1
    np.testing.assert_array_equal(X @ [0, 2, 4, 6, 8], y)  # the other zero-error solution
    X, y = data.unit_square(200, random_state=3)
    np.testing.assert_array_equal(y == 1, X[:, 0] > X[:, 1])


@pytest.mark.parametrize("prefix, md5", [
    ("train-images-idx3-ubyte", "6bbc9ace898e44ae57da46a324031adb"),
    ("t10k-labels-idx1-ubyte", "27ae3e4e09519cfbb04c329615203637"),
])
def test_committed_mnist_files_are_the_originals(prefix, md5):
    with gzip.open(data.MNIST_DIR / f"{prefix}.gz") as stream:
        assert hashlib.md5(stream.read()).hexdigest() == md5


def test_mnist_shapes_and_values():
    images, labels = data.load_mnist("test")
    assert images.shape == (10000, 28, 28) and labels.shape == (10000,)
    assert images.max() == 255 and set(np.unique(labels)) == set(range(10))


def test_bad_arguments():
    with pytest.raises(ValueError, match="Unknown subset 'valid'"):
        data.load_mnist("valid")
    with pytest.raises(ValueError, match="n_samples must be at least 2"):
        data.linearly_separable(1)
    with pytest.raises(TypeError, match="random_state must be"):
        data.unit_square(5, random_state="seed")
