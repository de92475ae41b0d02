"""Exercise 7: the sigmoid's derivative, where it peaks, and its peak value 1/4."""

import numpy as np
import pytest

from nbcompanion import plots
from nbcompanion.exercises import ex07


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


@pytest.mark.parametrize("derivative", [
    "sigmoid(v)*(1 - sigmoid(v))", "exp(-v)/(1 + exp(-v))**2", "1/(2 + exp(v) + exp(-v))",
    lambda v: np.exp(-v) / (1 + np.exp(-v)) ** 2,
])
def test_right_answers_pass_as_formula_or_function(derivative):
    assert ex07.check(derivative, 0, 0.25)


def test_the_derivative_of_the_reference_is_the_sigmoid_derivative_by_finite_differences():
    from nbcompanion import activations, symbolic
    v = np.linspace(-5, 5, 11)
    h = 1e-6
    numeric = (activations.sigmoid(v + h) - activations.sigmoid(v - h)) / (2 * h)
    assert np.allclose(symbolic.numeric(symbolic.parse(ex07.REFERENCE["derivative"]), v), numeric,
                       atol=1e-9)


def test_missing():
    assert "No answer yet" in str(ex07.check(..., ..., ...))
    assert "`argmax`" in str(ex07.check(ex07.REFERENCE["derivative"], ..., 0.25))


def test_wrong_sign_of_the_derivative():
    feedback = str(ex07.check("-sigmoid(v)*(1 - sigmoid(v))", 0, 0.25))
    assert "at v = 0 the first is −0.25, the second 0.25" in feedback


def test_wrong_location_and_value_of_the_maximum():
    feedback = str(ex07.check(ex07.REFERENCE["derivative"], 1, 0.5))
    assert "At your argmax v = 1, sigmoid'(v) = 0.196612" in feedback
    assert "never reaches 0.5" in feedback
    assert "is not the largest value" in str(ex07.check(ex07.REFERENCE["derivative"], 0, 0.2))


@pytest.mark.parametrize("derivative, argmax, maximum, message", [
    ("sigmoid(v)*(1 - sigmoid(v))", "0", 0.25, "`argmax` should be a number"),
    ("sigmoid(v)*(1 - sigmoid(v))", 0, [0.25, 0.25], "`maximum` should be a number"),
    (0.25, 0, 0.25, "≠"),
    ([1, 2], 0, 0.25, "A formula is expected as text"),
    (lambda v: 1 / 0, 0, 0.25, "Your code raised ZeroDivisionError"),
    (lambda v: "x", 0, 0.25, "should return"),
    ("sigma(v)", 0, 0.25, "`sigma(v)` ≠"),
    ("sigmoid(v) + x", 0, 0.25, "Unknown name `x`"),
])
def test_malformed_answers(derivative, argmax, maximum, message):
    feedback = ex07.check(derivative, argmax, maximum)
    assert not feedback and message in str(feedback)


def test_check_step_and_the_figure(monkeypatch):
    assert ex07.check_step("sigmoid(v)*(1 - sigmoid(v))", "1/4 - (sigmoid(v) - 1/2)**2")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    artists = plots.derivative_bound.draw_derivative(ax, "sigmoid")
    assert artists["maximum"].get_xdata()[0] == 0.0 and artists["maximum"].get_ydata()[0] == 0.25
    assert ax.get_title() and ax.get_legend() is not None


def test_the_figure_refuses_an_activation_without_a_bound_clearly():
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots()
    with pytest.raises(ValueError, match="Unknown name 'relu'; expected one of 'sigmoid', 'tanh'"):
        plots.derivative_bound.draw_derivative(ax, "relu")
