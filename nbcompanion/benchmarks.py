"""The benchmarks of §1.8: MNIST measured, the book's error rates, ImageNet's facts.

MNIST's digits were scaled to fit a 20 × 20 box and then placed in the 28 × 28 image so
that their centre of mass falls at its centre (§1.8.1). :func:`centre_of_mass` and
:func:`ink_box` measure both claims on the committed files. The error rates the book
quotes are in :data:`BOOK_ERROR_RATES`; the companion's own, on the same split, come from
``experiments/results/`` (:func:`load_result`), computed by the scripts in ``experiments/``.
"""

import json
from pathlib import Path

import numpy as np

from ._validation import as_real_array

__all__ = ["BOOK_ERROR_RATES", "IMAGENET", "centre_of_mass", "ink_box", "load_result",
           "convnet_error"]

RESULTS = Path(__file__).resolve().parent.parent / "experiments" / "results"

# Test error in % on the 10 000 MNIST test digits, as quoted in §1.8.1.
BOOK_ERROR_RATES = {
    "svm": 0.56,  # support vector machine on the 784-dimensional vectors
    "deep_network": 0.35,  # deep network without convolutions
    "convnet_ensemble": 0.21,  # ensemble of five convolutional networks
}

# §1.8.2: the facts the book states about ImageNet.
IMAGENET = {
    "images": 14_000_000,  # "more than 14 million"
    "categories": 1000,  # "about 1000" (the classes of the ILSVRC challenge)
    "hierarchy": "WordNet",  # categories are WordNet synsets (sets of synonyms)
    "challenge": "ILSVRC",  # ImageNet Large Scale Visual Recognition Challenge
}


def _images(images):
    raw = np.asarray(images)
    # uint8 digits stay uint8: a float copy of MNIST's training set would take 376 MB.
    images = raw if raw.dtype.kind == "u" else as_real_array(raw, "images")
    if images.ndim == 2:
        images = images[np.newaxis]
    if images.ndim != 3:
        raise ValueError(f"images must have shape (n, height, width) or (height, width),"
                         f" got shape {images.shape}.")
    if np.any(images < 0):
        raise ValueError("images must hold non-negative intensities (ink), got a negative value.")
    return images


def centre_of_mass(images):
    """The intensity-weighted centre (row, column) of each image, in pixel indices.

    Parameters
    ----------
    images : array_like of shape (n, height, width) or (height, width), values ≥ 0

    Returns
    -------
    ndarray of shape (n, 2)
        Row and column of the centre of mass. A blank image has none and is refused.

    >>> image = np.zeros((5, 5)); image[1, 3] = 2.0; image[3, 3] = 2.0
    >>> centre_of_mass(image).tolist()
    [[2.0, 3.0]]
    """
    images = _images(images)
    mass = images.sum(axis=(1, 2), dtype=np.float64)
    if np.any(mass == 0):
        raise ValueError(f"images must each hold some ink; image {int(np.argmin(mass))} is blank.")
    rows = images.sum(axis=2, dtype=np.float64) @ np.arange(images.shape[1])
    cols = images.sum(axis=1, dtype=np.float64) @ np.arange(images.shape[2])
    return np.column_stack([rows / mass, cols / mass])


def ink_box(images):
    """The bounding box of the ink of each image: its height, width and centre.

    Returns
    -------
    size : ndarray of shape (n, 2), int
        Height and width of the smallest box holding every non-zero pixel.
    centre : ndarray of shape (n, 2)
        The box's centre (row, column), in pixel indices.

    >>> image = np.zeros((6, 6)); image[1:4, 2] = 1.0
    >>> size, centre = ink_box(image)
    >>> size.tolist(), centre.tolist()
    ([[3, 1]], [[2.0, 2.0]])
    """
    images = _images(images)
    ink = images > 0
    if not ink.any(axis=(1, 2)).all():
        raise ValueError("images must each hold some ink to have a bounding box.")
    bounds = []
    for axis in (2, 1):  # rows, then columns
        present = ink.any(axis=axis)
        first = present.argmax(axis=1)
        last = present.shape[1] - 1 - present[:, ::-1].argmax(axis=1)
        bounds.append((first, last))
    size = np.column_stack([last - first + 1 for first, last in bounds])
    centre = np.column_stack([(first + last) / 2 for first, last in bounds])
    return size, centre


def load_result(name, root=None):
    """The committed result of ``experiments/<name>.py``, or None if it does not exist yet.

    >>> load_result("1.8-benchmarks")["split"]
    {'n_train': 60000, 'n_test': 10000}
    """
    path = Path(root or RESULTS) / f"{name}.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def convnet_error(root=None, model="small"):
    """The test error in % of a convolutional network of §1.6.5, or None while to come.

    ``model="small"``: the small network, key ``test_error`` of
    ``experiments/results/1.6.5-convolutional-networks.json``; ``model="lenet5"``: LeNet-5,
    the last of ``lenet5_test_error_per_epoch``. That script is another section's; a value
    below 0.5 is read as a fraction (no convolutional network trained in minutes gets under
    0.5 % error; the book's best, an ensemble of five, got 0.21 %), anything else as a
    percentage.
    """
    keys = {"small": "test_error", "lenet5": "lenet5_test_error_per_epoch"}
    if model not in keys:
        raise ValueError(f"model must be one of {sorted(keys)}, got {model!r}.")
    result = load_result("1.6.5-convolutional-networks", root)
    if result is None or keys[model] not in result:
        return None
    value = result[keys[model]]
    value = float(value[-1] if isinstance(value, list) else value)
    if not 0 <= value <= 100:
        raise ValueError(f"{keys[model]} of 1.6.5-convolutional-networks.json must be a fraction"
                         f" or a percentage, got {value}.")
    return 100.0 * value if value < 0.5 else value
