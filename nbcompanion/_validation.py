"""Input checks shared by the public functions.

Every public function of the package calls one of these before it computes, so that bad
input fails at once with a message that names the argument, says what was wrong and what
is expected, instead of a NaN or a traceback from deep inside numpy.
"""

import numbers
import warnings

import numpy as np


def as_real_array(value, name, *, ndim=None, allow_empty=False):
    """Return ``value`` as a finite floating-point ndarray, or raise a clear error.

    Integers and booleans become float64; float32 stays float32 so that models can run in
    single precision.

    Parameters
    ----------
    value : array_like
        The argument to check.
    name : str
        Its name, used in the error messages.
    ndim : int or tuple of int, optional
        Accepted numbers of dimensions.
    allow_empty : bool, default=False
        Whether an array with no elements is accepted.

    Returns
    -------
    ndarray
        A float array with the same shape as ``value``.

    Examples
    --------
    >>> as_real_array([1, 2], "v")
    array([1., 2.])
    """
    try:
        array = np.asarray(value)
    except ValueError as error:  # ragged nested lists
        raise ValueError(f"{name} must be a rectangular array of numbers ({error}).") from None
    if array.dtype == object or not (
        np.issubdtype(array.dtype, np.number) or np.issubdtype(array.dtype, np.bool_)
    ):
        raise TypeError(
            f"{name} must contain real numbers, got values of type {array.dtype}"
            f" (for example {_first(array)!r})."
        )
    if np.iscomplexobj(array):
        raise TypeError(f"{name} must contain real numbers, got complex values.")
    if ndim is not None:
        allowed = (ndim,) if isinstance(ndim, numbers.Integral) else tuple(ndim)
        if array.ndim not in allowed:
            expected = " or ".join(f"{n}-D" for n in allowed)
            raise ValueError(f"{name} must be {expected}, got an array of shape {array.shape}.")
    if array.size == 0 and not allow_empty:
        raise ValueError(f"{name} is empty (shape {array.shape}); at least one value is needed.")
    if not np.issubdtype(array.dtype, np.floating):
        array = array.astype(np.float64)
    finite = np.isfinite(array)
    if not finite.all():
        where = tuple(int(i) for i in np.argwhere(~finite)[0])
        raise ValueError(
            f"{name} contains NaN or infinity (first at index {where}: {array[where].item()});"
            " only finite numbers are accepted."
        )
    return array


def as_labels(value, name="y"):
    """Return ``value`` as a float array of the book's labels -1 and +1, or raise.

    Examples
    --------
    >>> as_labels([1, -1, 1])
    array([ 1., -1.,  1.])
    """
    labels = as_real_array(value, name)
    bad = ~np.isin(labels, (-1.0, 1.0))
    if bad.any():
        where = tuple(int(i) for i in np.argwhere(bad)[0])
        raise ValueError(
            f"{name} must hold the book's class labels -1 and +1, got {labels[where].item()!r}"
            f" at index {where}. Map your two classes to -1 and +1 first."
        )
    return labels


def check_same_shape(a, b, names):
    """Raise a clear error unless two arrays have the same shape."""
    if np.shape(a) != np.shape(b):
        raise ValueError(
            f"{names[0]} and {names[1]} must have the same shape,"
            f" got {np.shape(a)} and {np.shape(b)}."
        )


def check_choice(value, name, choices):
    """Raise a clear error unless ``value`` is one of ``choices``."""
    if not isinstance(value, str) or value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        raise ValueError(f"Unknown {name} {value!r}; expected one of {listed}.")
    return value


def check_positive(value, name, *, integer=False, allow_zero=False):
    """Raise a clear error unless ``value`` is a positive (or non-negative) number."""
    kind = numbers.Integral if integer else numbers.Real
    if isinstance(value, bool) or not isinstance(value, kind) or not np.isfinite(value):
        what = "an integer" if integer else "a finite number"
        raise TypeError(f"{name} must be {what}, got {value!r}.")
    if value < 0 or (value == 0 and not allow_zero):
        bound = ">= 0" if allow_zero else "> 0"
        raise ValueError(f"{name} must be {bound}, got {value!r}.")
    return value


def check_label_types(y, name="y"):
    """Raise a clear error when the labels ``y`` mix text and numbers.

    scikit-learn would call such labels "unknown" and suggest a regression target; the
    real cause is the mixture.

    >>> check_label_types(["cat", "dog"])
    >>> check_label_types(np.array([1, "a"], dtype=object))
    Traceback (most recent call last):
    ...
    ValueError: y mixes text and numbers (for example 1 and 'a'); give every label the same type.
    """
    array = np.asarray(y, dtype=object) if not isinstance(y, np.ndarray) else y
    if array.dtype != object or array.size == 0:
        return
    flat = array.ravel()
    text = [value for value in flat if isinstance(value, str)]
    other = [value for value in flat if not isinstance(value, str)]
    if text and other:
        raise ValueError(f"{name} mixes text and numbers (for example {other[0]!r} and"
                         f" {text[0]!r}); give every label the same type.")


def _first(array):
    return array.flat[0] if array.size else None


def check_classification_targets(y):
    """scikit-learn's check that ``y`` holds class labels, without its cast warnings.

    scikit-learn decides whether float labels are whole numbers by casting them to int; for a
    label beyond the int range (9.2e18, inf) that cast warns before the clear error
    "Unknown label type: continuous" is raised. The warning says nothing to the reader, so it
    is silenced here and the error is kept.

    >>> check_classification_targets([1.0, 9.3e18])
    Traceback (most recent call last):
    ...
    ValueError: Unknown label type: continuous. ...
    """
    from sklearn.utils.multiclass import check_classification_targets as sklearn_check

    with np.errstate(invalid="ignore", over="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        sklearn_check(y)
