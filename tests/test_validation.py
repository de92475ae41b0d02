import numpy as np
import pytest
from hypothesis import given
from hypothesis.extra import numpy as hnp

from nbcompanion._validation import as_labels, as_real_array, check_positive


@given(hnp.arrays(np.float64, hnp.array_shapes(max_dims=3)))
def test_non_finite_values_always_get_the_same_clear_error(values):
    if np.isfinite(values).all():
        np.testing.assert_array_equal(as_real_array(values, "v"), values)
    else:
        with pytest.raises(ValueError, match="v contains NaN or infinity"):
            as_real_array(values, "v")


def test_empty_and_shape_errors_name_the_argument():
    with pytest.raises(ValueError, match=r"X is empty \(shape \(0, 2\)\)"):
        as_real_array(np.zeros((0, 2)), "X")
    with pytest.raises(ValueError, match=r"X must be 2-D, got an array of shape \(3,\)"):
        as_real_array([1, 2, 3], "X", ndim=2)


def test_labels_other_than_plus_minus_one_are_refused():
    with pytest.raises(ValueError, match="Map your two classes to -1 and \\+1"):
        as_labels([0, 1])


@pytest.mark.parametrize("value, error", [(0, ValueError), (-1, ValueError), ("1", TypeError),
                                          (True, TypeError), (float("nan"), TypeError)])
def test_positive_numbers(value, error):
    with pytest.raises(error, match="alpha"):
        check_positive(value, "alpha")
