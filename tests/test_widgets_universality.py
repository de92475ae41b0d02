"""The §1.5 bumps explorer, moved in plain pytest."""

import numpy as np
import pytest

from nbcompanion import universality
from nbcompanion.widgets import universality as widgets


@pytest.fixture
def explorer():
    return widgets.bumps_explorer()


def test_sliders_move_the_candidate_and_the_error_is_live(explorer):
    x, y = explorer.target
    c = explorer.controls
    explorer.set(left=0.0, right=0.3, height=0.2)
    expected = universality.rms_error(y, universality.unit_sum(x, [[0.0, 0.3, 0.2]]))
    assert explorer.state.error == pytest.approx(expected)
    before = bytes(explorer.view.image.value)
    c["height"].value = 0.25
    assert explorer.state.error != pytest.approx(expected)
    assert bytes(explorer.view.image.value) != before
    np.testing.assert_allclose(explorer.artists["yours"].get_ydata(),
                               universality.unit_sum(x, [[0.0, 0.3, 0.25]]))


def test_place_and_undo(explorer):
    c = explorer.controls
    explorer.set(left=0.0, right=0.3, height=0.2)
    c["place"].click()
    assert explorer.state.placed.tolist() == [[0.0, 0.3, 0.2]]
    # the placed bump is not counted twice while the sliders stay where they were
    x, y = explorer.target
    assert explorer.state.error == pytest.approx(
        universality.rms_error(y, universality.unit_sum(x, [[0.0, 0.3, 0.2]])))
    explorer.set(left=0.3, right=0.6, height=0.3)
    c["place"].click()
    assert len(explorer.state.placed) == 2
    c["undo"].click()
    assert explorer.state.placed.tolist() == [[0.0, 0.3, 0.2]]


def test_fit_the_rest_is_least_squares_and_cached(explorer):
    c = explorer.controls
    explorer.set(left=0.0, right=0.3, height=0.2, budget=6)
    c["fit_rest"].value = True
    x, y = explorer.target
    rest = universality.fit_rest(x, y, [[0.0, 0.3, 0.2]], 6)
    expected = universality.unit_sum(x, np.vstack([[[0.0, 0.3, 0.2]], rest]))
    np.testing.assert_allclose(explorer.artists["with_rest"].get_ydata(), expected)
    assert explorer.state.rest_error < explorer.state.error
    entries = len(explorer.cache)
    c["budget"].value = 7
    c["budget"].value = 6  # back: served from the cache
    assert len(explorer.cache) == entries + 1
    c["fit_rest"].value = False
    assert np.isnan(explorer.artists["with_rest"].get_ydata()).all()
    assert explorer.state.rest_error is None


def test_sigmoids_and_steepness(explorer):
    c = explorer.controls
    explorer.set(left=0.2, right=0.5, height=0.3)
    steps = explorer.state.error
    c["shape"].value = "sigmoid"
    soft = explorer.state.error
    c["steepness"].value = 300.0
    assert soft != steps and abs(explorer.state.error - steps) < abs(soft - steps)


def test_every_control_changes_the_picture_without_rebuilding_the_background(explorer):
    c = explorer.controls
    static = explorer.view.static_draws
    for name, value in [("left", 0.1), ("right", 0.4), ("height", 0.5), ("budget", 5),
                        ("fit_rest", True), ("shape", "sigmoid"), ("steepness", 20.0)]:
        before = bytes(explorer.view.image.value)
        c[name].value = value
        assert bytes(explorer.view.image.value) != before, name
    assert explorer.view.static_draws == static
