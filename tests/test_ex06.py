"""Exercise 6: the checker accepts the book's perceptron and explains typical slips."""

import numpy as np
import pytest

from nbcompanion.exercises import MISSING, ex06


def reference_solution(X, y, alpha, epochs):
    """Eq. (1.5) with a bias neuron, from W = 0, examples in order, a tie is a mistake."""
    W, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):
            if y_i * (W @ x_i + b) <= 0:
                error = y_i - (-y_i)  # E(X) = y - ŷ = 2y on a mistake
                W = W + alpha * error * x_i
                b = b + alpha * error
    return W, b


def _loop(update, reset=False):
    def train(X, y, alpha, epochs):
        W, b = np.zeros(X.shape[1]), 0.0
        for _ in range(epochs):
            if reset:
                W, b = np.zeros(X.shape[1]), 0.0
            for x_i, y_i in zip(X, y):
                W, b = update(W, b, x_i, y_i, alpha)
        return W, b
    return train


def _wrong_sign(W, b, x, y, alpha):
    if y * (W @ x + b) <= 0:
        return W - 2 * alpha * y * x, b - 2 * alpha * y
    return W, b


def _numpy_sign(W, b, x, y, alpha):
    y_hat = np.sign(W @ x + b)  # np.sign(0) = 0: half a step from W = 0
    return W + alpha * (y - y_hat) * x, b + alpha * (y - y_hat)


def _no_bias(W, b, x, y, alpha):
    if y * (W @ x + b) <= 0:
        return W + 2 * alpha * y * x, b
    return W, b


def _always(W, b, x, y, alpha):
    return W + 2 * alpha * y * x, b + 2 * alpha * y


def _book(W, b, x, y, alpha):
    if y * (W @ x + b) <= 0:
        return W + 2 * alpha * y * x, b + 2 * alpha * y
    return W, b


def _bias_inside_W(X, y, alpha, epochs):
    W, b = reference_solution(X, y, alpha, epochs)
    return np.append(W, b), b  # W with the bias neuron's weight as a last column


def test_reference_solution_passes_and_names_every_case():
    feedback = ex06.check(reference_solution)
    assert feedback.passed
    assert len(feedback.lines) == len(ex06.CASES) + 2


def test_reference_solution_agrees_with_the_package_perceptron():
    for _, make, alpha, epochs in ex06.CASES:
        X, y = make()
        W, b, _ = ex06.reference(X, y, alpha, epochs)
        mine = reference_solution(X, y, alpha, epochs)
        np.testing.assert_allclose(mine[0], W)
        assert mine[1] == pytest.approx(b)


@pytest.mark.parametrize("answer, expected", [
    (_loop(_wrong_sign), "opposite sign"),
    (_loop(_numpy_sign), "np.sign(0)"),
    (_loop(_no_bias), "Δb = α(y − ŷ)"),
    (_loop(_book, reset=True), "keeping W and b from one epoch to the next"),
    (_loop(_always), "even a correctly classified one"),
    (_bias_inside_W, "has shape (3,), expected (2,)"),
])
def test_typical_wrong_answers_get_a_precise_message(answer, expected, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    feedback = ex06.check(answer)
    assert not feedback.passed
    assert expected in str(feedback)


def test_first_difference_names_step_example_and_due_update(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    text = str(ex06.check(_loop(_wrong_sign)))
    assert "step 1 (epoch 1, example 0" in text
    assert "The update due: ΔW" in text and "Your update: ΔW" in text


@pytest.mark.parametrize("answer, expected", [
    (MISSING, "No answer yet"),
    (lambda X, y, alpha, epochs: ..., "No answer yet"),
    (lambda X, y, alpha, epochs: None, "returned None"),
    (lambda X, y, alpha, epochs: X[100], "IndexError"),
    (lambda X, y, alpha, epochs: np.zeros(X.shape[1]), "pair `(W, b)`"),
    (lambda X, y, alpha, epochs: ("a", "b"), "array of numbers"),
    (lambda X, y, alpha, epochs: (np.full(X.shape[1], np.nan), 0.0), "NaN"),
    (42, "Expected a function"),
])
def test_missing_malformed_and_raising_answers_get_a_message(answer, expected, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    feedback = ex06.check(answer)
    assert not feedback.passed and expected in str(feedback)


def test_student_code_cannot_change_the_test_data():
    def vandal(X, y, alpha, epochs):
        X[:] = 0
        y[:] = 1
        return reference_solution(X, y, alpha, epochs)
    assert not ex06.check(vandal).passed
    assert ex06.check(reference_solution).passed


def test_messages_exist_in_russian(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    assert "противоположный знак" in str(ex06.check(_loop(_wrong_sign)))
    assert ex06.hint(99).number == 4
