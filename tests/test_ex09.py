"""Exercise 9: the closed form of the network, checked against the network itself."""

import numpy as np
import pytest
import sympy

from nbcompanion import activations
from nbcompanion.exercises import MISSING, ex09
from nbcompanion.exercises._expressions import numeric

S = "sigmoid(x1 + x2) + tanh(x1 + x2)"
REFERENCE = f"relu(sigmoid({S}) + tanh({S}))"


def test_network_follows_the_description_unit_by_unit():
    a, b = 0.3, -1.2
    h1, h2 = activations.sigmoid(a + b), activations.tanh(a + b)  # layer 1 sums x1 + x2
    h3, h4 = activations.sigmoid(h1 + h2), activations.tanh(h1 + h2)
    assert ex09.network(a, b) == pytest.approx(activations.relu(h3 + h4))


def test_closed_form_equals_the_network():
    points = ex09.POINTS
    np.testing.assert_allclose(numeric(ex09.REFERENCE)(points[:, 0], points[:, 1]),
                               ex09.network(points[:, 0], points[:, 1]), rtol=1e-12)


def test_points_cover_both_sides_of_the_output_relu():
    values = ex09.network(ex09.POINTS[:, 0], ex09.POINTS[:, 1])
    assert 0.2 < np.mean(values == 0) < 0.8


@pytest.mark.parametrize("answer", [
    REFERENCE,
    f"Max(0, 1/(1 + exp(-({S}))) + tanh({S}))",
    f"relu(tanh({S}) + sigmoid({S}))",
    ex09.REFERENCE,
])
def test_reference_solution_and_its_spellings_pass(answer):
    feedback = ex09.check(answer)
    assert feedback.passed, str(feedback)


@pytest.mark.parametrize("answer, expected", [
    (f"-relu(sigmoid({S}) + tanh({S}))", "opposite sign"),
    (f"sigmoid({S}) + tanh({S})", "without its output ReLU"),
    (f"relu({S})", "one hidden layer"),
    ("relu(sigmoid(sigmoid(x1) + tanh(x2)) + tanh(sigmoid(x1) + tanh(x2)))", "x1 to the top unit"),
    (REFERENCE.replace("sigmoid", "sigmoid(-1*").replace("sigmoid(-1*(", "sigmoid(-(")
     if False else "relu(1/(1+exp(sigmoid(x1+x2)+tanh(x1+x2))) + tanh(" + S + "))",
     "At x1"),
    ("x1 + x2", "At x1"),
    (f"({REFERENCE}, 1)", "cannot be part of a formula"),
    ("relu(sigmoid(x1 + x2)", "Cannot read the formula"),
    (MISSING, "No answer yet"),
    (3, "At x1"),
    ("sigmoid(x1, x2)", "takes 1 argument"),
    (sympy.Function("g")(ex09.x1), "not one of the functions"),
])
def test_wrong_answers_get_a_helpful_message(answer, expected, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    feedback = ex09.check(answer)
    assert not feedback.passed and expected in str(feedback), str(feedback)


def test_wrong_sign_inside_the_sigmoid_is_named(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    wrong = ex09.REFERENCE.replace(ex09.sigmoid, lambda v: 1 / (1 + sympy.exp(v)))
    assert "1/(1 + exp(v))" in str(ex09.check(wrong))
