"""Parameter sharing (§1.4.1.2): a convolution is a dense layer whose weights are tied.

A 5 × 5 filter slid over a 28 × 28 image gives a 24 × 24 map. Written as the book's layer
h = Wᵀ x, the matrix W has 784 × 576 entries, but only 25 distinct values: every hidden
unit looks at its own 5 × 5 window with the same 25 weights. Fewer free parameters with the
same number of connections is what makes convolutional networks (§1.6.5) hard to overfit.
"""

import numpy as np

from ._validation import as_real_array, check_positive

__all__ = ["convolution_matrix", "parameter_counts"]


def convolution_matrix(kernel, image_shape):
    """The dense matrix W with x.ravel() @ W = valid cross-correlation of x with ``kernel``.

    Parameters
    ----------
    kernel : array_like of shape (k1, k2)
    image_shape : tuple (n1, n2)

    Returns
    -------
    W : ndarray of shape (n1 * n2, (n1 - k1 + 1) * (n2 - k2 + 1))
        Column j holds the kernel at the window of output pixel j, zeros elsewhere.

    >>> convolution_matrix([[1.0, 2.0]], (1, 3)).tolist()
    [[1.0, 0.0], [2.0, 1.0], [0.0, 2.0]]
    """
    kernel = as_real_array(kernel, "kernel", ndim=2)
    n1, n2 = (int(check_positive(n, "image_shape", integer=True)) for n in image_shape)
    k1, k2 = kernel.shape
    if k1 > n1 or k2 > n2:
        raise ValueError(f"The kernel {kernel.shape} does not fit in the image {(n1, n2)}.")
    m1, m2 = n1 - k1 + 1, n2 - k2 + 1
    W = np.zeros((n1 * n2, m1 * m2))
    for i in range(m1):
        for j in range(m2):
            window = np.zeros((n1, n2))
            window[i:i + k1, j:j + k2] = kernel
            W[:, i * m2 + j] = window.ravel()
    return W


def parameter_counts(image=28, kernel=5, maps=6):
    """Free parameters of one layer from an image × image input to ``maps`` feature maps.

    Returns
    -------
    dict
        ``dense``: a fully connected layer to the same number of units (weights and biases);
        ``shared``: a convolution, one kernel × kernel filter and one bias per map;
        ``units``: the number of hidden units.

    >>> parameter_counts()
    {'units': 3456, 'dense': 2712960, 'shared': 156}
    """
    for value, name in ((image, "image"), (kernel, "kernel"), (maps, "maps")):
        check_positive(value, name, integer=True)
    units = maps * (image - kernel + 1) ** 2
    return {"units": units, "dense": image * image * units + units,
            "shared": maps * (kernel * kernel + 1)}
