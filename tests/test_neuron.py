import numpy as np
import pytest

from nbcompanion import activations, neuron


def test_weighted_sum_of_figure_1_1():
    # v = 1·0.5 + 2·(-1) + 3·1 + b = 1.5 + 0.25
    assert neuron.pre_activation([1, 2, 3], [0.5, -1, 1], 0.25) == 1.75


@pytest.mark.parametrize("name", list(activations.REGISTRY))
def test_post_activation_is_phi_of_pre_activation(name):
    x, w = np.array([1.0, 0.5, -1.0, 2.0, 0.0]), np.array([0.8, -0.4, 0.3, 0.5, 1.0])
    out = neuron.forward(x, w, -0.2, activation=name)
    assert out.v == pytest.approx(w @ x - 0.2)
    assert out.h == activations.get(name).function(out.v)


def test_stable_at_large_inputs():
    out = neuron.forward([1e4], [1.0], activation="sigmoid")
    assert (out.v, out.h) == (1e4, 1.0)


@pytest.mark.parametrize("args, error, words", [
    (([1, 2], [1]), ValueError, "same shape"),
    (([1, np.nan], [1, 1]), ValueError, "NaN"),
    (([[1, 2]], [[1, 2]]), ValueError, "1-D"),
    ((["a"], [1]), TypeError, "real numbers"),
])
def test_bad_input_gets_a_clear_error(args, error, words):
    with pytest.raises(error, match=words):
        neuron.forward(*args)


def test_unknown_activation():
    with pytest.raises(ValueError, match="Unknown activation 'step'"):
        neuron.forward([1], [1], activation="step")
