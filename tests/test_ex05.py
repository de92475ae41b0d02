"""Exercise 5: z = x1·x2 separates exercise 4's points with one threshold."""

import pytest

from nbcompanion.exercises import ex05


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


@pytest.mark.parametrize("threshold", [0, 0.0, -1, 0.99, -0.5])
def test_reference_and_any_threshold_in_between_pass(threshold):
    assert ex05.check(ex05.REFERENCE["feature"], True, threshold)


def test_values_of_the_feature():
    # (-1)(-1) = 1, 1*1 = 1 for class +1; 1*(-1) = (-1)*1 = -1 for class -1
    assert ex05.feature_values(lambda a, b: a * b)[0].tolist() == [1, 1, -1, -1]


def test_missing():
    assert "`feature`" in str(ex05.check(..., ..., ...))
    assert "`separable`" in str(ex05.check(ex05.REFERENCE["feature"], ..., ...))
    assert "`threshold`" in str(ex05.check(ex05.REFERENCE["feature"], True, ...))

    def feature(x1, x2):
        return ...
    assert "No answer yet" in str(ex05.check(feature, True, 0))


@pytest.mark.parametrize("feature, separable, threshold, message", [
    (lambda a, b: -a * b, True, 0, "change the sign of the feature"),  # wrong sign
    (lambda a, b: a * b, True, 1.0, "does not split the classes"),
    (lambda a, b: a * b, True, -1.5, "does not split the classes"),
    (lambda a, b: a + b, True, 0, "the classes overlap"),
    (lambda a, b: a * b, False, 0, "the data is separable in z"),
    (lambda a, b: a * b, "yes", 0, "`separable` should be True or False"),
    (lambda a, b: a * b, True, "0", "`threshold` should be a number"),
    (lambda a, b: [a, b], True, 0, "should return 4 finite numbers"),  # wrong shape
    (lambda a, b: a * b / 0 if False else a @ b @ a, True, 0, "Your code raised"),
    (lambda a, b: a / (a - a), True, 0, "finite numbers"),
    (lambda a: a, True, 0, "Your code raised TypeError"),
])
def test_wrong_answers(feature, separable, threshold, message):
    feedback = ex05.check(feature, separable, threshold)
    assert not feedback and message in str(feedback)


def test_russian(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    assert "Порог t = 0" in str(ex05.check(**ex05.REFERENCE))
