"""Exercise 11: the repeated experiment, its verdict, and the checker of parts (a)-(d)."""

import numpy as np
import pytest

from nbcompanion.exercises import MISSING, ex11


@pytest.fixture(scope="module")
def result():
    return ex11.experiment()


@pytest.mark.parametrize("loss", ex11.LOSSES)
def test_vectorised_training_is_bitwise_the_package_perceptron(loss, result):
    for s in range(6):
        model = ex11.fit(result.X_train[s], result.y_train[s], loss)
        assert np.array_equal(model.coef_, result.weights[loss][s, :2])
        assert model.intercept_ == result.weights[loss][s, 2]
        assert np.array_equal(model.predict(result.X_test), result.predictions[loss][s])


def test_experiment_has_the_exercise_sizes_and_separates_every_training_sample(result):
    assert result.X_train.shape == (200, 20, 2) and result.X_test.shape == (1000, 2)
    for loss in ex11.LOSSES:
        scores = np.einsum("snd,sd->sn", result.X_train, result.weights[loss][:, :2])
        fitted = np.where(scores + result.weights[loss][:, 2:] > 0, 1.0, -1.0)
        converged = result.converged[loss]
        assert (fitted[converged] == result.y_train[converged]).all()


def test_unknown_loss_is_a_clear_error():
    with pytest.raises(ValueError, match="Unknown loss 'squared'"):
        ex11.train_many(np.zeros((1, 2, 2)), np.ones((1, 2)), "squared")


def test_changes_counts_test_points_that_switch_between_two_samples(result):
    decisions = result.predictions["hinge"]
    assert result.changes("hinge")[0] == np.mean(decisions[0] != decisions[1])
    assert len(result.changes("hinge")) == 100


def _reference_answers():
    X, y = ex11.train_sample()
    X_test, y_test = ex11.test_points()
    a = ex11.fit(X, y, "perceptron").score(X_test, y_test)
    b = ex11.fit(X, y, "hinge").score(X_test, y_test)
    measured = ex11.verdict()
    return a, b, measured["c"], measured["d"]


def test_reference_solution_passes():
    feedback = ex11.check(*_reference_answers())
    assert feedback.passed, str(feedback)


def _other(choice):
    return "hinge" if choice != "hinge" else "perceptron"


@pytest.mark.parametrize("change, expected", [
    (lambda a, b, c, d: (b, b, c, d), "(a) this is the accuracy of the other model"),
    (lambda a, b, c, d: (a, 100 * b, c, d), "not in percent"),
    (lambda a, b, c, d: (1.0, b, c, d), "accuracy on the 20 training points"),
    (lambda a, b, c, d: (-a, b, c, d), "is not the test accuracy"),
    (lambda a, b, c, d: ("0.9", b, c, d), "should be an accuracy"),
    (lambda a, b, c, d: (a, np.array([b]), c, d), "should be an accuracy"),
    (lambda a, b, c, d: (a, float("nan"), c, d), "should be an accuracy"),
    (lambda a, b, c, d: (a, b, ["hinge"], d), "answer \"perceptron\""),
    (lambda a, b, c, d: (a, b, _other(c), d), "(c) not what the measurement says"),
    (lambda a, b, c, d: (a, b, c, _other(d)), "(d) not what the measurement says"),
    (lambda a, b, c, d: (a, b, 3, d), "answer \"perceptron\", \"hinge\" or \"same\""),
    (lambda a, b, c, d: (a, b, c, MISSING), "No answer yet"),
])
def test_wrong_answers_get_a_helpful_message(change, expected, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    feedback = ex11.check(*change(*_reference_answers()))
    assert not feedback.passed and expected in str(feedback), str(feedback)


def test_unsolved_notebook_check_reports_every_part_missing(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    assert str(ex11.check(...)).count("No answer yet") == 4
