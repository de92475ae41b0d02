"""The tent composition of §1.5.2: exact pieces, exact values, the parameter table."""

from fractions import Fraction

import numpy as np
import pytest

from nbcompanion import composition
from nbcompanion.network import FeedForwardNetwork


def reference_tent(x):
    """t(x) written from its cases on [0, 1], in exact rationals: 2x, then 2 − 2x."""
    return 2 * x if x <= Fraction(1, 2) else 2 - 2 * x


def reference_composed(x, r):
    for _ in range(r):
        x = reference_tent(x)
    return x


@pytest.mark.parametrize("r", range(1, 11))
def test_composed_tent_has_exactly_2_to_the_r_pieces(r):
    pieces = composition.linear_pieces(composition.tent_network(r))
    assert len(pieces) == 2 ** r
    # the pieces tile [0, 1] at the breakpoints k / 2^r, with slopes ±2^r alternating
    assert [p.start for p in pieces] == [Fraction(k, 2 ** r) for k in range(2 ** r)]
    assert pieces[-1].end == 1
    assert [p.slope for p in pieces] == [(-1) ** k * 2 ** r for k in range(2 ** r)]


@pytest.mark.parametrize("r", [1, 2, 3, 5, 8, 10])
def test_values_at_breakpoints_are_exact(r):
    # at x = k / 2^r the sawtooth is 0 for even k and 1 for odd k (every operation is exact)
    k = np.arange(2 ** r + 1)
    x = k / 2 ** r
    expected = (k % 2).astype(float)
    assert np.array_equal(composition.composed_tent(x, r), expected)
    assert np.array_equal(composition.tent_network(r).predict(x[:, None])[:, 0], expected)
    for k_i in (0, 1, 2 ** r - 1, 2 ** r):
        assert reference_composed(Fraction(int(k_i), 2 ** r), r) == k_i % 2


@pytest.mark.parametrize("r", [1, 2, 3, 4, 6])
def test_network_and_function_agree_with_the_rational_reference(r):
    rng = np.random.default_rng(r)
    x = rng.uniform(0, 1, 200)
    exact = np.array([float(reference_composed(Fraction(v), r)) for v in x])
    np.testing.assert_allclose(composition.composed_tent(x, r), exact, atol=1e-12)
    np.testing.assert_allclose(composition.tent_network(r).predict(x[:, None])[:, 0], exact,
                               atol=1e-12)
    np.testing.assert_allclose(composition.shallow_network(r).predict(x[:, None])[:, 0], exact,
                               atol=1e-9)


@pytest.mark.parametrize("r", [1, 2, 3, 5])
def test_shallow_network_has_the_same_pieces(r):
    deep = composition.linear_pieces(composition.tent_network(r))
    shallow = composition.linear_pieces(composition.shallow_network(r))
    assert shallow == deep


def test_parameter_counts_match_the_table():
    table = composition.depth_table(range(1, 11))
    for row in table:
        r = row["r"]
        # deep: layer 1 has 2 weights + 2 biases, layers 2..r have 4 + 2, the output 2 + 1
        assert row["deep_parameters"] == 4 + 6 * (r - 1) + 3 == 6 * r + 1
        assert row["deep_units"] == 2 * r and row["deep_layers"] == r
        # shallow: 2^r units, each with a weight, a bias and an output weight, + output bias
        assert row["shallow_units"] == 2 ** r
        assert row["shallow_parameters"] == 3 * 2 ** r + 1
        assert row["pieces"] == 2 ** r
    assert (table[-1]["deep_parameters"], table[-1]["shallow_parameters"]) == (61, 3073)


def test_a_shallow_network_with_n_units_has_at_most_n_plus_1_pieces():
    # why the shallow network needs about 2^r units: each ReLU unit adds one breakpoint
    for seed in range(20):
        net = FeedForwardNetwork([1, 6, 1], activation="relu", random_state=seed)
        net.biases[0][...] = np.random.default_rng(seed).uniform(-1, 1, 6)
        assert composition.count_pieces(net, -2, 2) <= 7


def test_pieces_merge_when_units_do_not_bend_the_output():
    net = FeedForwardNetwork([1, 2, 1], activation="relu", random_state=0)
    net.weights[0][...] = [[1.0, -1.0]]
    net.biases[0][...] = 0.0
    net.weights[1][...] = [[1.0], [-1.0]]  # ReLU(x) − ReLU(−x) = x: one piece
    assert composition.count_pieces(net, -1, 1) == 1
    net.weights[1][...] = [[1.0], [1.0]]  # |x|: two pieces
    assert composition.count_pieces(net, -1, 1) == 2


def test_square_wave_switches_2_to_the_r_times_and_equals_its_step_sum():
    for r in (1, 3, 10):
        x = (np.arange(2 ** (r + 3)) + 0.5) / 2 ** (r + 3)  # between the switches
        wave = composition.square_wave(x, r)
        assert set(np.unique(wave)) == {-1.0, 1.0}
        assert np.count_nonzero(np.diff(wave)) == 2 ** r
        positions, heights, offset = composition.square_wave_steps(r)
        assert len(positions) == 2 ** r
        np.testing.assert_array_equal(composition.step_sum(x, positions, heights, offset), wave)


def test_tent_derivative_matches_central_differences():
    x = np.array([0.1, 0.3, 0.6, 0.9])  # away from the kinks
    h = 1e-6
    slope = (composition.tent(x + h) - composition.tent(x - h)) / (2 * h)
    np.testing.assert_allclose(slope, [2, 2, -2, -2], rtol=1e-8)


def test_bad_input_gets_a_clear_error():
    with pytest.raises(TypeError, match="r must be an integer"):
        composition.tent_network(2.5)
    with pytest.raises(ValueError, match="r must be > 0"):
        composition.composed_tent([0.5], 0)
    with pytest.raises(ValueError, match="at most"):
        composition.tent_network(31)
    with pytest.raises(ValueError, match="low must be below high"):
        composition.linear_pieces(composition.tent_network(1), 1.0, 0.0)
    with pytest.raises(ValueError, match="ReLU or identity"):
        composition.linear_pieces(FeedForwardNetwork([1, 2, 1], activation="tanh"))
    with pytest.raises(TypeError, match="FeedForwardNetwork"):
        composition.count_pieces("net")
    with pytest.raises(ValueError, match="same length"):
        composition.step_sum([0.0], [0.1, 0.2], [1.0])
    with pytest.raises(TypeError, match="x must contain real numbers"):
        composition.tent(["a"])


@pytest.mark.parametrize("r", [1, 4, 9])
def test_float_counting_agrees_with_rational_counting_on_the_tent(r):
    exact = composition.linear_pieces(composition.tent_network(r))
    fast = composition.linear_pieces(composition.tent_network(r), exact=False)
    assert [(float(p.start), float(p.slope), float(p.intercept)) for p in exact] == [
        (p.start, p.slope, p.intercept) for p in fast]
