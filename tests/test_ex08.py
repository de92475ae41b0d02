"""Exercise 8: tanh's derivative is at most 1, largest at v = 0."""

import numpy as np
import pytest

from nbcompanion.exercises import ex08


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


@pytest.mark.parametrize("derivative", [
    "1 - tanh(v)**2", "4*exp(2*v)/(exp(2*v) + 1)**2", "4*sigmoid(2*v)*(1 - sigmoid(2*v))",
    lambda v: 1 / np.cosh(v) ** 2,
])
def test_right_answers_pass(derivative):
    assert ex08.check(derivative, 0.0, 1)


def test_reference_matches_central_differences():
    from nbcompanion import symbolic
    v, h = np.linspace(-4, 4, 9), 1e-6
    numeric = (np.tanh(v + h) - np.tanh(v - h)) / (2 * h)
    assert np.allclose(symbolic.numeric(symbolic.parse(ex08.REFERENCE["derivative"]), v), numeric,
                       atol=1e-9)


@pytest.mark.parametrize("derivative, argmax, maximum, message", [
    ("1 + tanh(v)**2", 0, 1, "≠ `tanh'(v)`"),  # wrong sign
    ("tanh(v)**2 - 1", 0, 1, "at v = 0 the first is −1, the second 1"),  # wrong sign
    ("1 - tanh(v)**2", 0, 0.25, "is not the largest value"),  # the sigmoid's bound
    ("1 - tanh(v)**2", 0, 2, "never reaches 2"),
    ("1 - tanh(v)**2", True, 1, "`argmax` should be a number"),  # wrong type
    ("1 - tanh(v)^2)", 0, 1, "Cannot read the formula"),
    (lambda v: v.nonexistent, 0, 1, "Your code raised AttributeError"),
    (..., 0, 1, "No answer yet"),
])
def test_wrong_answers(derivative, argmax, maximum, message):
    feedback = ex08.check(derivative, argmax, maximum)
    assert not feedback and message in str(feedback)


def test_russian(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    assert "никогда не достигает 2" in str(ex08.check("1 - tanh(v)**2", 0, 2))
    assert ex08.hint(1).body.startswith("Формула (1.21)")
