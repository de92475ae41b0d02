"""Exercise 1: the XOR checker accepts working ReLU networks and explains broken ones."""

import numpy as np
import pytest

from nbcompanion.exercises import ex01


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


def test_reference_and_the_biased_solution_pass():
    assert ex01.check(**ex01.REFERENCE)
    assert ex01.check([[1, 1], [1, 1]], [0, -1], [1, -2], 0)
    # numpy arrays and a third hidden unit are fine too
    assert ex01.check(np.array([[1, -1, 0], [-1, 1, 0]]), np.zeros(3), np.array([1, 1, 0]), 0)


def test_the_reference_network_computes_abs_difference():
    # h1 = ReLU(x1 - x2), h2 = ReLU(x2 - x1), O = h1 + h2 = |x1 - x2|
    H, O = ex01.forward(**ex01.REFERENCE)
    assert O.tolist() == np.abs(ex01.POINTS[:, 0] - ex01.POINTS[:, 1]).tolist()
    assert H.tolist() == [[0, 0], [0, 0], [1, 0], [0, 1]]


def test_missing_answer_is_reported_not_raised():
    feedback = ex01.check(..., [0, 0], ..., 0)
    assert not feedback and "No answer yet" in str(feedback) and "W_hidden" in str(feedback)
    assert "w_out" in str(ex01.check(ex01.REFERENCE["W_hidden"], [0, 0], ..., 0))


def test_wrong_sign_of_the_output_names_the_points_and_their_outputs():
    feedback = str(ex01.check([[1, -1], [-1, 1]], [0, 0], [-1, -1], 0))
    assert "puts (1, 0) in the wrong class: its output is −1, expected > 0.5" in feedback
    assert "(0, 1)" in feedback


def test_fig_1_14_weights_fail_and_say_which_point():
    # h1 = ReLU(x1), h2 = ReLU(-x1): (1, 1) lands on h = (1, 0) like (1, 0), output 1
    feedback = str(ex01.check([[1, -1], [0, 0]], [0, 0], [1, 1], 0))
    assert "puts (1, 1) in the wrong class: its output is 1, expected < 0.5" in feedback
    assert "land on the same hidden point" in feedback


def test_transposed_weights_are_recognised():
    # columns as units: h1 = ReLU(x1 - x2), h2 = ReLU(2 x2 - 2 x1) separates XOR;
    # the same numbers written row by row make (1, 1) land on h = (0, 1), output 1
    right = np.array([[1, -2], [-1, 2]])
    assert ex01.check(right, [0, 0], [1, 1], 0)
    feedback = ex01.check(right.T, [0, 0], [1, 1], 0)
    assert not feedback
    assert "transposed" in str(feedback)


@pytest.mark.parametrize("W, b, w, c, message", [
    ([1, -1], [0, 0], [1, 1], 0, "`W_hidden` has shape (2,); expected shape (2, 2)"),
    ([[1, -1], [-1, 1]], [0], [1, 1], 0, "`b_hidden` has shape (1,); expected shape (2,)"),
    ([[1, -1], [-1, 1]], [0, 0], "one", 0, "`w_out` should be numbers"),
    ([[1, -1], [-1, 1]], [0, 0], [1, 1], "zero", "`b_out` should be a number"),
    ([[1, np.nan], [-1, 1]], [0, 0], [1, 1], 0, "NaN or infinity"),
    (None, [0, 0], [1, 1], 0, "`W_hidden`"),
])
def test_malformed_answers_get_a_message(W, b, w, c, message):
    feedback = ex01.check(W, b, w, c)
    assert not feedback
    assert message in str(feedback)


def test_an_exception_while_computing_the_answer_is_a_message():
    def weights():
        raise ValueError("oops")
    from nbcompanion.exercises import attempt
    value, feedback = attempt(weights)
    assert value is None and "ValueError: oops" in str(feedback)
    # an object that breaks numpy conversion is reported, not raised
    class Broken:
        def __array__(self, *args, **kwargs):
            raise RuntimeError("broken")
    feedback = ex01.check(Broken(), [0, 0], [1, 1], 0)
    assert not feedback and "`W_hidden` should be numbers" in str(feedback)
    assert "broken" in str(feedback)


def test_messages_and_hints_in_russian(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    assert "относит (1, 0) к неверному классу" in str(ex01.check([[1, -1], [-1, 1]], [0, 0], [-1, -1], 0))
    assert ex01.hint(4).number == 4 and "W_hidden" in ex01.hint(4).body
    assert "Подсказка 1 из 4" in repr(ex01.hint(0))


def test_hints_get_more_specific():
    bodies = [ex01.hint(n).body for n in range(1, 5)]
    assert len(set(bodies)) == 4 and "[[1, -1], [-1, 1]]" in bodies[-1]


def test_a_check_called_without_arguments_says_what_is_missing():
    from nbcompanion.exercises import ex02, ex03, ex04, ex05, ex07, ex08
    for module in (ex01, ex02, ex03, ex04, ex05, ex07, ex08):
        feedback = module.check()
        assert not feedback and "No answer yet" in str(feedback), module.__name__
