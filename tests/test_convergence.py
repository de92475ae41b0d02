"""§1.4.3–§1.4.5: restarts end in different minima; the slice; throughput."""

import numpy as np
import pytest

from nbcompanion import approximation, convergence


def test_restarts_find_minima_of_very_different_quality():
    x = np.linspace(-2, 2, 60)
    y = approximation.target_function(x)
    runs = convergence.restarts(x, y, 3, range(12))
    losses = [run[2] for run in runs]
    assert losses == sorted(losses)
    assert losses[-1] > 100 * losses[0]  # a poor local minimum next to a good one
    best, worst = runs[0][1], runs[-1][1]
    X, Y = x[:, None], y[:, None]
    t = np.linspace(0, 1, 41)
    slice_ = convergence.loss_along_line(best, X, Y, best.get_parameters(),
                                         worst.get_parameters(), t)
    assert slice_[0] == pytest.approx(losses[0]) and slice_[-1] == pytest.approx(losses[-1])
    assert slice_.max() > 10 * slice_[-1]  # a barrier between the two minima
    np.testing.assert_array_equal(best.get_parameters(), runs[0][1].get_parameters())


def test_examples_per_second_uses_the_best_timing():
    calls = []
    rate = convergence.examples_per_second(lambda: calls.append(1), 1000, repeats=4)
    assert len(calls) == 4 and rate > 1000
    with pytest.raises(ValueError, match="n_examples must be > 0"):
        convergence.examples_per_second(lambda: None, 0)
