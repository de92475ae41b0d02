"""Exercise 4: the perceptron's cycle on four points, the update rule and the answers."""

import numpy as np
import pytest

from nbcompanion.exercises import ex04


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


def test_the_cycle_is_exact():
    # W: (0,0) -> (-2,-2) -> (0,0) -> (-2,2) -> (0,0), every pass (see the solution's table)
    history = ex04.trajectory(epochs=3)
    expected = [[0, 0], [-2, -2], [0, 0], [-2, 2]] * 3 + [[0, 0]]
    assert history.weights.tolist() == expected
    assert [ex04.criterion(W) for W in history.weights[:5]] == [0, 4, 0, 4, 0]
    assert history.updated.all()


def test_reference_update_matches_the_perceptron_step_by_step():
    history = ex04.trajectory(epochs=2)
    W = np.zeros(2)
    for step in range(history.n_steps):
        W = ex04.reference_update(W, ex04.POINTS[step % 4], ex04.LABELS[step % 4], 1.0)
        assert W.tolist() == history.weights[step + 1].tolist()


def test_reference_answer_passes():
    assert ex04.check(ex04.reference_update, False, "C")
    assert ex04.check(ex04.reference_update, False, " c ")


def test_sign_zero_convention_is_accepted_with_a_note():
    def update(W, x, y, alpha):
        return W + alpha * (y - np.sign(W @ x)) * x
    feedback = ex04.check(update, False, "C")
    assert feedback and "sign(0) = 0" in str(feedback)


def test_missing_answers_each_named():
    text = str(ex04.check(..., ..., ...))
    assert all(f"`{name}`" in text for name in ("update", "converges", "reason"))

    def update(W, x, y, alpha):
        return ...
    assert "No answer yet" in str(ex04.check(update, False, "C"))


def test_wrong_sign_of_the_update():
    def update(W, x, y, alpha):
        return W - alpha * 2 * y * x if y * (W @ x) <= 0 else W
    text = str(ex04.check(update, False, "C"))
    assert "At step 1 (point (-1, -1), class +1, W before = (0, 0)) your `update` gives W = (2, 2)" in text
    assert "opposite direction" in text


@pytest.mark.parametrize("update, message", [
    (lambda W, x, y, alpha: float(W @ x), "should return the new weights, 2 numbers"),
    (lambda W, x, y, alpha: [W, x], "should return the new weights"),
    (lambda W, x, y, alpha: W + undefined_name, "Your code raised NameError"),  # noqa: F821
    (lambda W, x: W, "Your code raised TypeError"),
    ("W + 2*y*x", "Expected a function here"),
])
def test_malformed_updates(update, message):
    feedback = ex04.check(update, False, "C")
    assert not feedback and message in str(feedback)


@pytest.mark.parametrize("converges, reason, message", [
    (True, "C", "after each pass the weights are back at (0, 0)"),
    ("no", "C", "`converges` should be True or False"),
    (False, "B", "the learning rate only scales W"),
    (False, "D", "every point is a tie"),
    (False, "A", "the weights never stop changing"),
    (False, "E", "`reason` should be one of"),
    (False, 3, "`reason` should be one of"),
])
def test_wrong_answers_to_a_and_b(converges, reason, message):
    feedback = ex04.check(ex04.reference_update, converges, reason)
    assert not feedback and message in str(feedback)


def test_student_update_cannot_corrupt_the_check_by_mutating_W():
    def update(W, x, y, alpha):
        if y * (W @ x) <= 0:
            W += 2 * alpha * y * x  # in place
        return W
    assert ex04.check(update, False, "C")


def test_russian(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    assert "Верно по всем трём пунктам" in str(ex04.check(ex04.reference_update, False, "C"))
