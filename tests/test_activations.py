import warnings

import numpy as np
import pytest
from helpers import central_difference
from hypothesis import given, strategies as st

from nbcompanion import activations

NAMES = ["identity", "sign", "sigmoid", "tanh", "relu", "hard_tanh"]
# Points away from every kink (0 for sign and ReLU, ±1 for hard tanh).
SMOOTH_POINTS = np.array([-7.3, -2.5, -1.3, -0.6, -0.2, 0.3, 0.7, 1.6, 4.2, 9.1])
reals = st.floats(min_value=-1e4, max_value=1e4, allow_nan=False)


@pytest.mark.parametrize("name", NAMES)
def test_derivative_matches_central_differences(name):
    activation = activations.get(name)
    numeric = central_difference(activation.function, SMOOTH_POINTS)
    np.testing.assert_allclose(activation.derivative(SMOOTH_POINTS), numeric, atol=1e-8)


@pytest.mark.parametrize("name", ["identity", "sigmoid", "tanh", "relu"])
def test_derivative_from_output_equals_derivative(name):
    # eqs. (1.18) and (1.21): the derivative written in terms of the output o = Φ(v).
    activation = activations.get(name)
    output = activation.function(SMOOTH_POINTS)
    # 1 - o² cancels where o is near ±1: equal to rounding of o, 1e-16 absolute.
    np.testing.assert_allclose(activation.derivative_from_output(output),
                               activation.derivative(SMOOTH_POINTS), rtol=1e-12, atol=1e-15)


def test_book_formulas_of_the_sigmoid_and_tanh_derivatives():
    v = np.linspace(-5, 5, 41)
    np.testing.assert_allclose(activations.sigmoid_derivative(v),
                               np.exp(-v) / (1 + np.exp(-v)) ** 2)  # eq. (1.17)
    np.testing.assert_allclose(activations.tanh_derivative(v),
                               4 * np.exp(2 * v) / (np.exp(2 * v) + 1) ** 2)  # eq. (1.20)


def test_values_at_the_kinks_follow_the_book():
    v = np.array([-1.0, 0.0, 1.0])
    np.testing.assert_array_equal(activations.relu_derivative(v), [0, 1, 1])
    np.testing.assert_array_equal(activations.hard_tanh_derivative(v), [1, 1, 1])
    np.testing.assert_array_equal(activations.sign(v), [-1, 0, 1])
    np.testing.assert_array_equal(activations.sign_derivative(v), [0, 0, 0])


@given(reals)
def test_sigmoid_is_symmetric(v):
    # Exercise 2(a): sigmoid(-v) = 1 - sigmoid(v).
    assert activations.sigmoid(-v) == pytest.approx(1 - activations.sigmoid(v), abs=1e-15)


@given(reals)
def test_tanh_and_hard_tanh_are_odd(v):
    # Exercise 2(b), 2(c).
    assert activations.tanh(-v) == -activations.tanh(v)
    assert activations.hard_tanh(-v) == -activations.hard_tanh(v)


@given(st.floats(min_value=-300, max_value=300))
def test_tanh_is_a_scaled_sigmoid(v):
    # §1.2.1.3 and exercise 3: tanh(v) = 2 sigmoid(2v) - 1.
    assert activations.tanh(v) == pytest.approx(2 * activations.sigmoid(2 * v) - 1, abs=1e-14)


@given(reals)
def test_derivative_bounds(v):
    # Exercises 7 and 8: sigmoid' <= 1/4, tanh' <= 1.
    assert 0 <= activations.sigmoid_derivative(v) <= 0.25
    assert 0 <= activations.tanh_derivative(v) <= 1


@pytest.mark.parametrize("name", NAMES)
def test_stable_without_warnings_at_large_arguments(name):
    activation = activations.get(name)
    v = np.array([-1e4, -710.0, 710.0, 1e4])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        out = activation.function(v)
        slope = activation.derivative(v)
    assert np.all(np.isfinite(out)) and np.all(np.isfinite(slope))


def test_sigmoid_exact_at_large_arguments():
    np.testing.assert_array_equal(activations.sigmoid([-1e4, 1e4]), [0.0, 1.0])
    assert activations.sigmoid_derivative(-40.0) == pytest.approx(np.exp(-40.0), rel=1e-12)
    assert activations.sigmoid_derivative(40.0) == pytest.approx(np.exp(-40.0), rel=1e-12)


def test_softmax_is_stable_and_exact():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = activations.softmax([1e4, 0.0, -1e4])
    np.testing.assert_array_equal(p, [1.0, 0.0, 0.0])


def test_softmax_rows_sum_to_one_and_ignore_shifts():
    rng = np.random.default_rng(0)
    v = rng.normal(size=(5, 3))
    p = activations.softmax(v)
    np.testing.assert_allclose(p.sum(axis=-1), 1.0)
    np.testing.assert_allclose(activations.softmax(v + 123.0), p)
    np.testing.assert_allclose(p, np.exp(v) / np.exp(v).sum(axis=1, keepdims=True))  # eq. (1.12)


def test_scalars_in_scalars_out_and_dtype_kept():
    assert activations.sigmoid(0) == 0.5
    assert np.ndim(activations.relu(2.0)) == 0
    assert activations.tanh(np.ones(3, dtype=np.float32)).dtype == np.float32


@pytest.mark.parametrize("bad, error, words", [
    ([1.0, np.nan], ValueError, "NaN or infinity"),
    ([np.inf], ValueError, "NaN or infinity"),
    (["a", "b"], TypeError, "real numbers"),
    ([[1.0, 2.0], [3.0]], ValueError, "rectangular"),
    ([1 + 2j], TypeError, "complex"),
])
@pytest.mark.parametrize("name", NAMES)
def test_bad_input_gets_a_clear_error(name, bad, error, words):
    with pytest.raises(error, match=words):
        activations.get(name).function(bad)


def test_softmax_needs_a_vector():
    with pytest.raises(ValueError, match="must be 1-D"):
        activations.softmax(3.0)


def test_unknown_activation_lists_the_known_ones():
    with pytest.raises(ValueError, match="Unknown activation 'swish'.*'relu'"):
        activations.get("swish")
