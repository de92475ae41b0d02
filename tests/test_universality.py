"""§1.5: sums of steps, sigmoid pairs and Gaussian kernels (1.34) approximating a function."""

import numpy as np
import pytest
from helpers import central_difference

from nbcompanion import universality


def test_gaussian_kernel_values_and_derivative():
    # Φ(0) = 1, Φ(±1) = e^{-1/2}, saturating to exactly 0 far out (no overflow at 1e4)
    values = universality.gaussian_kernel([0.0, 1.0, -1.0, 1e4])
    np.testing.assert_allclose(values, [1.0, np.exp(-0.5), np.exp(-0.5), 0.0], rtol=1e-15)
    v = np.linspace(-4, 4, 41)
    np.testing.assert_allclose(universality.gaussian_kernel_derivative(v),
                               central_difference(universality.gaussian_kernel, v),
                               atol=1e-9)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        universality.gaussian_kernel_derivative([1e4, -1e4])


def test_step_bump_is_exactly_the_indicator_of_its_interval():
    x = np.array([0.0, 0.25, 0.5, 0.75, 1.0])
    profile = universality.bumps(x, [[0.25, 0.75]])[:, 0]
    assert profile.tolist() == [0.0, 1.0, 1.0, 0.0, 0.0]  # [a, b): step(x − a) − step(x − b)


def test_sigmoid_bumps_approach_step_bumps_as_steepness_grows():
    x = np.array([0.1, 0.3, 0.6, 0.9])  # away from the edges 0.2 and 0.8
    steps = universality.bumps(x, [[0.2, 0.8]])
    gaps = [np.abs(universality.bumps(x, [[0.2, 0.8]], "sigmoid", s) - steps).max()
            for s in (10, 100, 1000)]
    assert gaps[0] > gaps[1] > gaps[2] and gaps[2] < 1e-40


def test_fit_heights_recovers_heights_exactly():
    x = np.linspace(0, 1, 101)
    edges = universality.slots(4)
    truth = np.array([0.3, -1.0, 2.0, 0.5])
    for shape in universality.SHAPES:
        y = universality.bumps(x, edges, shape, 30.0) @ truth
        np.testing.assert_allclose(universality.fit_heights(x, y, edges, shape, 30.0), truth,
                                   atol=1e-10)


def test_least_squares_heights_of_step_bumps_are_slot_means():
    x = np.linspace(0, 0.999, 1000)
    y = universality.target_function(x)
    edges = universality.slots(5)
    heights = universality.fit_heights(x, y, edges)
    for (a, b), h in zip(edges, heights):
        assert h == pytest.approx(y[(x >= a) & (x < b)].mean(), abs=1e-12)


def test_fit_rest_keeps_the_placed_units_and_fills_the_budget():
    x = np.linspace(0, 1, 200)
    y = universality.target_function(x)
    placed = np.array([[0.0, 0.3, 0.25]])
    rest = universality.fit_rest(x, y, placed, budget=6)
    assert rest.shape == (5, 3)
    mine = universality.rms_error(y, universality.unit_sum(x, placed))
    both = universality.rms_error(y, universality.unit_sum(x, np.vstack([placed, rest])))
    assert both < mine
    # the fitted heights are the least-squares optimum: perturbing any one raises the error
    for k in range(5):
        worse = rest.copy()
        worse[k, 2] += 1e-3
        worse_sum = universality.unit_sum(x, np.vstack([placed, worse]))
        assert universality.rms_error(y, worse_sum) > both
    assert universality.fit_rest(x, y, np.tile(placed, (3, 1)), budget=2).shape == (0, 3)


@pytest.mark.parametrize("kind", universality.KINDS)
def test_error_falls_as_units_are_added(kind):
    x = np.linspace(0, 1, 400)
    y = universality.target_function(x)
    errors = [universality.approximation_error(x, y, kind, n) for n in (1, 4, 16)]
    assert errors[0] > errors[1] > errors[2]
    assert errors[2] < 0.05


def test_step_error_is_first_order():
    # a staircase of n steps is off by about |f'| / (n·sqrt(12)): doubling n halves the error
    x = np.linspace(0, 1, 4000)
    y = universality.target_function(x)
    ratio = (universality.approximation_error(x, y, "step", 40)
             / universality.approximation_error(x, y, "step", 80))
    assert 1.7 < ratio < 2.3


def test_bad_input_gets_a_clear_error():
    with pytest.raises(ValueError, match="Unknown shape"):
        universality.bumps([0.5], [[0, 1]], "relu")
    with pytest.raises(ValueError, match="edges must have shape"):
        universality.bumps([0.5], [[0, 1, 2]])
    with pytest.raises(ValueError, match="steepness must be > 0"):
        universality.bumps([0.5], [[0, 1]], "sigmoid", 0.0)
    with pytest.raises(ValueError, match="same length"):
        universality.fit_heights([0, 1], [0], [[0, 1]])
    with pytest.raises(ValueError, match="Unknown kind"):
        universality.unit_features([0.5], "cubic", 3)
    with pytest.raises(TypeError, match="budget must be an integer"):
        universality.fit_rest([0.5], [0.5], [], 2.5)
