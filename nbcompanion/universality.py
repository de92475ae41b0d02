"""Sums of simple units approximate any 1-D function (Aggarwal §1.5, eq. (1.34)).

§1.5 of the book argues for the universal approximation property in one sentence: every
1-D function is close to a sum of shifted, scaled steps, and a sigmoid is nearly a step.
The same holds for the Gaussian kernel Φ(v) = exp(−v²/2) of eq. (1.34), which saturates
to 0 on both sides instead of to two different levels.

A *bump* of height h on [a, b] is the difference of two units, h · (φ(s(x − a)) − φ(s(x − b))),
with φ a step or a sigmoid of steepness s: two hidden units and one output weight each, as
in Nielsen's visual proof of universality. :func:`fit_heights` finds the best heights for
given bumps by linear least squares; :func:`fit_rest` does so for the bumps a reader has not
placed; :func:`approximation_error` measures how the error falls as units are added.
"""

import numpy as np

from . import activations
from ._validation import as_real_array, check_choice, check_positive

__all__ = ["gaussian_kernel", "gaussian_kernel_derivative", "step", "target_function",
           "bumps", "unit_sum", "slots", "fit_heights", "fit_rest", "rms_error",
           "unit_features", "least_squares_fit", "approximation_error", "SHAPES", "KINDS"]

SHAPES = ("step", "sigmoid")
KINDS = ("step", "sigmoid", "gaussian")


def gaussian_kernel(v):
    """The Gaussian kernel unit Φ(v) = exp(−v²/2), eq. (1.34); 1 at 0, saturating to 0.

    >>> gaussian_kernel([0.0, 2.0]).round(6).tolist()
    [1.0, 0.135335]
    """
    v = as_real_array(v, "v", allow_empty=True)
    return np.exp(-0.5 * v * v)  # exp of a non-positive number: never overflows


def gaussian_kernel_derivative(v):
    """Φ'(v) = −v · exp(−v²/2), written from the output as −v · Φ(v).

    >>> float(gaussian_kernel_derivative(1.0).round(6))
    -0.606531
    """
    v = as_real_array(v, "v", allow_empty=True)
    return -v * gaussian_kernel(v)


def step(v):
    """The step unit: 1 for v ≥ 0, else 0 (a sign unit rescaled to {0, 1}).

    >>> step([-1.0, 0.0, 2.0]).tolist()
    [0.0, 1.0, 1.0]
    """
    v = as_real_array(v, "v", allow_empty=True)
    return (v >= 0).astype(float)


def target_function(x):
    """The target of the §1.5 explorer: f(x) = 0.2 + 0.4 x² + 0.3 x sin(15x) on [0, 1].

    The function of Nielsen's visual proof of universality (*Neural Networks and Deep
    Learning*, chapter 4): a few wiggles of growing size, so that no single bump fits it.

    >>> round(float(target_function(0.0)), 6)
    0.2
    """
    x = as_real_array(x, "x", allow_empty=True)
    return 0.2 + 0.4 * x ** 2 + 0.3 * x * np.sin(15 * x)


def _unit(shape, steepness):
    check_choice(shape, "shape", SHAPES)
    if shape == "step":
        return step
    check_positive(steepness, "steepness")
    return lambda v: activations.sigmoid(steepness * v)


def bumps(x, edges, shape="step", steepness=50.0):
    """Each bump's unit-height profile φ(s(x − a)) − φ(s(x − b)), shape (n_samples, n_bumps).

    Parameters
    ----------
    x : array_like of shape (n_samples,)
    edges : array_like of shape (n_bumps, 2)
        Left and right edge (a, b) of each bump.
    shape : {"step", "sigmoid"}
    steepness : float
        s of the sigmoid (ignored for steps).

    >>> bumps([0.1, 0.5, 0.9], [[0.3, 0.7]]).ravel().tolist()
    [0.0, 1.0, 0.0]
    """
    x = as_real_array(x, "x", ndim=1)
    edges = as_real_array(edges, "edges", ndim=2, allow_empty=True)
    if edges.shape[1] != 2:
        raise ValueError(f"edges must have shape (n_bumps, 2), got {edges.shape}.")
    phi = _unit(shape, steepness)
    return phi(x[:, None] - edges[:, 0]) - phi(x[:, None] - edges[:, 1])


def _rows(placed):
    placed = as_real_array(placed, "placed", ndim=(1, 2), allow_empty=True)
    if placed.size % 3 or (placed.ndim == 2 and placed.shape[1] != 3):
        raise ValueError(f"placed must hold rows (a, b, h), got shape {placed.shape}.")
    return placed.reshape(-1, 3)


def unit_sum(x, placed, shape="step", steepness=50.0):
    """The network output Σ_k h_k · bump_k(x) for bumps given as rows (a, b, h).

    >>> unit_sum([0.1, 0.5], [[0.0, 0.3, 1.0], [0.2, 1.0, 2.0]]).tolist()
    [1.0, 2.0]
    """
    placed = _rows(placed)
    x = as_real_array(x, "x", ndim=1)
    if not len(placed):
        return np.zeros_like(x)
    return bumps(x, placed[:, :2], shape, steepness) @ placed[:, 2]


def slots(n, low=0.0, high=1.0):
    """``n`` equal, touching intervals covering [low, high], shape (n, 2).

    >>> slots(2).tolist()
    [[0.0, 0.5], [0.5, 1.0]]
    """
    check_positive(n, "n", integer=True, allow_zero=True)
    edges = np.linspace(low, high, n + 1)
    return np.column_stack([edges[:-1], edges[1:]])


def fit_heights(x, y, edges, shape="step", steepness=50.0, *, fixed=None):
    """Least-squares heights of bumps with the given edges, so that fixed + Σ h_k bump_k ≈ y.

    Parameters
    ----------
    fixed : array_like of shape (n_samples,), optional
        The output of units that are kept as they are (the reader's).

    Returns
    -------
    ndarray of shape (n_bumps,)

    >>> x = np.linspace(0, 1, 11)
    >>> fit_heights(x, np.where(x < 0.5, 1.0, 3.0), [[0, 0.5], [0.5, 1.01]]).round(9).tolist()
    [1.0, 3.0]
    """
    x = as_real_array(x, "x", ndim=1)
    y = as_real_array(y, "y", ndim=1)
    if x.shape != y.shape:
        raise ValueError(f"x and y must have the same length, got {x.size} and {y.size}.")
    residual = y if fixed is None else y - as_real_array(fixed, "fixed", ndim=1)
    design = bumps(x, edges, shape, steepness)
    if design.shape[1] == 0:
        return np.zeros(0)
    heights, *_ = np.linalg.lstsq(design, residual, rcond=None)
    return heights


def fit_rest(x, y, placed, budget, shape="step", steepness=50.0):
    """Fill the units left of ``budget`` with bumps on equal slots, heights by least squares.

    The reader's bumps ``placed`` (rows a, b, h) stay as they are; the remaining
    budget − len(placed) bumps tile [0, 1] in equal slots and get the heights that best fit
    what the reader's sum leaves over.

    Returns
    -------
    ndarray of shape (budget − n_placed, 3)
        Rows (a, b, h) of the fitted bumps (none when the budget is used up).
    """
    placed = _rows(placed)
    check_positive(budget, "budget", integer=True)
    edges = slots(max(budget - len(placed), 0))
    heights = fit_heights(x, y, edges, shape, steepness,
                          fixed=unit_sum(x, placed, shape, steepness))
    return np.column_stack([edges, heights])


def rms_error(y, y_hat):
    """Root mean squared error sqrt(mean((y − ŷ)²)).

    >>> rms_error([0.0, 0.0], [3.0, 4.0]).round(6)
    np.float64(3.535534)
    """
    y = as_real_array(y, "y")
    y_hat = as_real_array(y_hat, "y_hat")
    if y.shape != y_hat.shape:
        raise ValueError(f"y and y_hat must have the same shape, got {y.shape} and"
                         f" {y_hat.shape}.")
    return np.sqrt(np.mean((y - y_hat) ** 2))


def unit_features(x, kind, n, low=0.0, high=1.0):
    """The outputs of ``n`` hidden units spread over [low, high], shape (n_samples, n).

    "step": bumps of steps on n equal slots; "sigmoid": the same bumps made of sigmoids of
    steepness 4n/(high − low), whose ramps take a quarter of a slot; "gaussian": Gaussian
    kernels Φ((x − c)/w), eq. (1.34), with n equally spaced centres c from low to high and
    w = 2 (high − low)/n, so that neighbours overlap.
    """
    check_choice(kind, "kind", KINDS)
    check_positive(n, "n", integer=True)
    edges = slots(n, low, high)
    width = (high - low) / n
    if kind == "gaussian":
        centres = np.linspace(low, high, n)
        return gaussian_kernel((as_real_array(x, "x", ndim=1)[:, None] - centres) / (2 * width))
    return bumps(x, edges, kind, steepness=4.0 / width)


def least_squares_fit(x, y, kind, n):
    """The least-squares fit of y by a constant plus ``n`` units of ``kind``, at ``x``.

    >>> x = np.linspace(0, 1, 5)
    >>> least_squares_fit(x, 2 * x, "gaussian", 5).round(6).tolist()
    [0.0, 0.5, 1.0, 1.5, 2.0]
    """
    y = as_real_array(y, "y", ndim=1)
    design = np.column_stack([np.ones(len(y)), unit_features(x, kind, n)])
    coefficients, *_ = np.linalg.lstsq(design, y, rcond=None)
    return design @ coefficients


def approximation_error(x, y, kind, n):
    """RMS error of :func:`least_squares_fit` with ``n`` units of ``kind``.

    >>> x = np.linspace(0, 1, 200)
    >>> [bool(approximation_error(x, target_function(x), "step", n) < 0.05) for n in (2, 20)]
    [False, True]
    """
    return float(rms_error(y, least_squares_fit(x, y, kind, n)))
