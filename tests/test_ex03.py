"""Exercise 3: tanh(v) = 2 sigmoid(2v) - 1, step by step."""

import numpy as np
import pytest

from nbcompanion.exercises import ex03


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


def test_reference_passes_and_the_identity_holds_numerically():
    assert ex03.check(ex03.REFERENCE)
    assert ex03.largest_gap(np.linspace(-30, 30, 601)) < 1e-15


def test_missing():
    assert "No answer yet" in str(ex03.check(...))


@pytest.mark.parametrize("steps, message", [
    # wrong sign of the shift
    (["tanh(v)", "2/(1 + exp(-2*v)) + 1", "2*sigmoid(2*v) + 1"], "Your last formula should equal the target"),
    # a wrong horizontal scale
    (["tanh(v)", "2/(1 + exp(-v)) - 1", "2*sigmoid(2*v) - 1"], "step 1 → 2: `tanh(v)` ≠"),
    # a wrong type
    ({"tanh(v)": "2*sigmoid(2*v) - 1"}, "should be a list of formulas"),
    ([1, 2], "at least one step in between"),
    # the student's "code" breaks: unbalanced brackets, implicit product
    (["tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1", "2*sigmoid(2*v) - 1"], "Cannot read the formula"),
    (["tanh(v)", "2sigmoid(2v) - 1", "2*sigmoid(2*v) - 1"], "write every product with *"),
])
def test_wrong_answers_get_a_message(steps, message):
    feedback = ex03.check(steps)
    assert not feedback and message in str(feedback)


def test_the_first_formula_must_be_the_start():
    feedback = ex03.check(["sigmoid(v)", "1/(1 + exp(-v))", "2*sigmoid(2*v) - 1"])
    assert not feedback and "Your first formula should equal the start" in str(feedback)


def test_hints_ladder():
    assert [ex03.hint(n).number for n in (-1, 1, 2, 9, "x")] == [1, 1, 2, 4, 1]
