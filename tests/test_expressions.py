"""Reading typed formulas: every input gets an expression or a message, never a traceback."""

import numpy as np
import pytest
import sympy
from helpers import central_difference
from hypothesis import given, settings, strategies as st

from nbcompanion.exercises import MISSING, Feedback, _expressions as expressions
from nbcompanion.exercises._expressions import relu, sigmoid, x1, x2


@pytest.mark.parametrize("text, expected", [
    ("sigmoid(x1 + x2)", sigmoid(x1 + x2)),
    ("σ(x1) + ReLU(x2)", sigmoid(x1) + relu(x2)),
    ("x1^2", x1 ** 2),
    ("max(0, x1)", sympy.Max(0, x1)),
    ("1/(1 + e**(-x_1))", 1 / (1 + sympy.exp(-x1))),
])
def test_spellings_are_read(text, expected):
    expression, problem = expressions.parse(text)
    assert problem is None and expression == expected


@pytest.mark.parametrize("answer, expected", [
    (MISSING, "No answer yet"),
    ("", "empty"),
    ("sigmoid(x1", "Cannot read the formula"),
    ("2x1", "Cannot read the formula"),
    ("foo(x1) + x3", "Unknown name `foo`"),
    ("x1 + x3", "Unknown name `x3`"),
    ("__import__('os').system('ls')", "cannot be part of a formula (an attribute"),
    ("__import__('os')", "Unknown name `__import__`"),
    ("lambda: 1", "cannot be part of a formula (a lambda)"),
    ("x1 > 0", "cannot be part of a formula (a comparison"),
    ("sigmoid(x1, x2)", "takes 1 argument"),
    ("1/0", "undefined value"),
    ([3.5], "as text in quotes"),
    (sympy.Symbol("y") + x1, "Unknown name `y`"),
])
def test_bad_formulas_get_a_message(answer, expected, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    expression, problem = expressions.parse(answer)
    assert expression is None and isinstance(problem, Feedback)
    assert expected in str(problem)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="x12+-*/()^ ,.sigmoidtanhrelu0e", max_size=30))
def test_any_text_gives_an_expression_or_a_message(text):
    expression, problem = expressions.parse(text)
    assert (expression is None) != (problem is None)


def test_sigmoid_derivative_is_written_from_its_output_and_matches_differences():
    derivative = sympy.diff(sigmoid(x1), x1)
    assert derivative == sigmoid(x1) * (1 - sigmoid(x1))  # eq. (1.18)
    f = expressions.numeric(sigmoid(x1))
    v = np.linspace(-5, 5, 11)
    np.testing.assert_allclose(expressions.numeric(derivative)(v, 0 * v),
                               central_difference(lambda t: f(t, 0 * t), v), atol=1e-8)


def test_numeric_sigmoid_is_stable_at_large_arguments():
    values = expressions.numeric(sigmoid(x1))(np.array([-1e4, 1e4]), np.zeros(2))
    assert values.tolist() == [0.0, 1.0]


def test_symbolic_equality_recognises_spelled_out_activations():
    spelled = expressions.parse("Max(0, x1 + 1/(1 + exp(-x1 - x2)))")[0]
    assert expressions.symbolic_equal(spelled, relu(x1 + sigmoid(x1 + x2))) is True
    assert expressions.symbolic_equal(x1, x2) is None
