"""Exercise 10: ∂o/∂x1 against sympy, central differences and backpropagation."""

import numpy as np
import pytest
import sympy

from nbcompanion.exercises import MISSING, ex09, ex10
from nbcompanion.exercises._expressions import numeric, x1

S1 = "(x1 + x2)"
S2 = f"(sigmoid{S1} + tanh{S1})"
S3 = f"(sigmoid({S2}) + tanh({S2}))"
D1 = f"(sigmoid{S1}*(1 - sigmoid{S1}) + 1 - tanh{S1}**2)"
D2 = f"(sigmoid({S2})*(1 - sigmoid({S2})) + 1 - tanh({S2})**2)"
REFERENCE = f"Heaviside({S3}) * {D2} * {D1}"


def _away_from_kink(points):
    a, b = points[:, 0], points[:, 1]
    return np.abs(ex10._pre_output(a, b)) > 1e-3


def test_sympy_derivative_matches_central_differences_and_backprop():
    points = ex09.POINTS[_away_from_kink(ex09.POINTS)]
    a, b = points[:, 0], points[:, 1]
    exact = numeric(ex10.DERIVATIVE)(a, b)
    np.testing.assert_allclose(exact, ex10.central_difference(a, b), atol=1e-6)
    swept = np.array([ex10.backprop(p, q)[0] for p, q in zip(a, b)])
    np.testing.assert_allclose(swept, exact, rtol=1e-12, atol=1e-15)


@pytest.mark.parametrize("depth", [1, 3])
def test_backprop_matches_differences_at_other_depths(depth):
    value, _ = ex10.backprop(0.4, 0.1, depth)
    assert value == pytest.approx(ex10.central_difference(0.4, 0.1, depth=depth), abs=1e-7)


def test_closed_forms_grow_exponentially_and_backprop_linearly():
    rows = ex10.sizes([1, 2, 3, 4])
    closed = [row[1] for row in rows]
    derivative = [row[2] for row in rows]
    swept = [row[3] for row in rows]
    assert closed == [2 ** (d + 2) - 2 for d in (1, 2, 3, 4)]  # each layer writes its input twice
    assert all(later > 2 * earlier for earlier, later in zip(derivative, derivative[1:]))
    assert len(set(np.diff(swept))) == 1  # a constant number of operations per layer


def test_reference_solution_passes():
    feedback = ex10.check(REFERENCE, False)
    assert feedback.passed, str(feedback)
    assert ex10.check(sympy.diff(ex09.REFERENCE, x1), "no").passed


@pytest.mark.parametrize("answer, expected", [
    ("-" + REFERENCE, "opposite sign"),
    (f"{D2} * {D1}", "derivative of the output ReLU"),
    (f"Heaviside({S3}) * {D2}", "stops one layer early"),
    (f"Heaviside({S3}) * {D2.replace('**2', '')} * {D1.replace('**2', '')}", "tanh is squared"),
    (f"relu({S3})", "o itself"),
    ("x1 *", "Cannot read the formula"),
    (MISSING, "No answer yet"),
    (["x1"], "as text in quotes"),
    ("Heaviside(x1, x2, 3)", "takes 1 argument"),
])
def test_wrong_derivatives_get_a_helpful_message(answer, expected, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    feedback = ex10.check(answer, False)
    assert not feedback.passed and expected in str(feedback), str(feedback)


@pytest.mark.parametrize("practical, passed, expected", [
    (False, True, "not practical"),
    ("no", True, "not practical"),
    (True, False, "Measure it"),
    ("maybe", False, "True or False"),
    (MISSING, False, "No answer yet"),
])
def test_practical_question(practical, passed, expected, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    feedback = ex10.check(REFERENCE, practical)
    assert feedback.passed == passed and expected in str(feedback)
