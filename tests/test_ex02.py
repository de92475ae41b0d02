"""Exercise 2: chains of steps for the three symmetries, checked link by link."""

import pytest

from nbcompanion.exercises import ex02


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


def test_reference_chains_pass():
    assert ex02.check(**ex02.REFERENCE)


def test_missing_parts_are_named():
    feedback = str(ex02.check(..., ex02.REFERENCE["tanh_steps"], ...))
    assert "`sigmoid_steps`" in feedback and "`hard_tanh_steps`" in feedback
    assert "(b) ✅" in feedback


def test_a_lost_minus_sign_is_located():
    wrong = ["tanh(-v)", "(exp(-2*v) - 1)/(exp(-2*v) + 1)", "(exp(2*v) - 1)/(exp(2*v) + 1)",
             "-tanh(v)"]
    feedback = ex02.check(ex02.REFERENCE["sigmoid_steps"], wrong, ex02.REFERENCE["hard_tanh_steps"])
    assert not feedback
    assert "step 2 → 3: `(exp(-2*v) - 1)/(exp(-2*v) + 1)` ≠ `(exp(2*v) - 1)/(exp(2*v) + 1)`" in str(feedback)


def test_a_chain_that_ends_at_the_wrong_target_says_so():
    # sigmoid(-v) = 1/(1 + exp(v)) is right, but it is not sigmoid(v) - 1
    wrong = ["sigmoid(-v)", "1/(1 + exp(v))", "sigmoid(v) - 1"]
    feedback = str(ex02.check(wrong, ex02.REFERENCE["tanh_steps"], ex02.REFERENCE["hard_tanh_steps"]))
    assert "≠" in feedback and "❌" in feedback


@pytest.mark.parametrize("answer, message", [
    ("sigmoid(-v) = 1 - sigmoid(v)", "should be a list of formulas"),
    (["sigmoid(-v)", "1 - sigmoid(v)"], "at least one step in between"),
    (["sigmoid(-v)", "1/(1 + exp(v)", "1 - sigmoid(v)"], "Step 2: Cannot read the formula"),
    (["sigmoid(-v)", "1/(1 + e**x)", "1 - sigmoid(v)"], "Unknown name `x`"),
    (["sigmoid(-v)", "__import__('os')", "1 - sigmoid(v)"], "Unknown name `__import__`"),
    (["sigmoid(-v)", 3, "1 - sigmoid(v)"], "≠"),
])
def test_malformed_chains_get_a_message(answer, message):
    feedback = ex02.check(answer, ex02.REFERENCE["tanh_steps"], ex02.REFERENCE["hard_tanh_steps"])
    assert not feedback and message in str(feedback)


def test_check_step_reports_both_verdicts_and_russian(monkeypatch):
    assert ex02.check_step("sigmoid(-v)", "1 - sigmoid(v)")
    assert not ex02.check_step("sigmoid(-v)", "sigmoid(v)")
    assert "No answer yet" in str(ex02.check_step(..., "v"))
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    assert "Этот шаг неверен" in str(ex02.check_step("tanh(-v)", "tanh(v)"))
    assert "(а)" in str(ex02.check(..., ..., ...))


def test_hard_tanh_step_that_sympy_cannot_close_is_accepted_with_a_note():
    feedback = ex02.check_step("-Min(Max(v, -1), 1)", "-Max(Min(v, 1), -1)")
    assert feedback and "justify this step in words" in str(feedback)
