import warnings

import numpy as np
import pytest
from helpers import central_difference
from hypothesis import given, strategies as st

from nbcompanion import losses

BINARY = ["zero_one", "perceptron", "hinge", "squared", "logistic"]
Y = np.array([1.0, -1.0, 1.0, -1.0, 1.0, -1.0])
# Predictions away from the kinks y·ŷ = 0 and y·ŷ = 1.
Y_HAT = np.array([2.3, 0.4, -0.7, -1.8, 0.35, 0.6])


@pytest.mark.parametrize("name", BINARY)
def test_binary_gradients_match_central_differences(name):
    loss, gradient = losses.REGISTRY[name]
    numeric = central_difference(lambda y_hat: loss(Y, y_hat), Y_HAT)
    np.testing.assert_allclose(gradient(Y, Y_HAT), numeric, atol=1e-7)


@pytest.mark.parametrize("from_logits", [False, True])
def test_cross_entropy_gradient_matches_central_differences(from_logits):
    rng = np.random.default_rng(1)
    y = np.array([0, 2, 1, 2])
    scores = rng.normal(size=(4, 3))
    y_hat = scores if from_logits else rng.dirichlet(np.ones(3), size=4)
    analytic = losses.cross_entropy_loss_gradient(y, y_hat, from_logits=from_logits)
    numeric = np.zeros_like(y_hat)
    h = 1e-6
    for index in np.ndindex(*y_hat.shape):
        step = np.zeros_like(y_hat)
        step[index] = h
        plus = losses.cross_entropy_loss(y, y_hat + step, from_logits=from_logits).sum()
        minus = losses.cross_entropy_loss(y, y_hat - step, from_logits=from_logits).sum()
        numeric[index] = (plus - minus) / (2 * h)
    np.testing.assert_allclose(analytic, numeric, atol=1e-6)


def test_book_values():
    # eq. (1.7): one mistake out of three; a tie counts as a mistake.
    np.testing.assert_array_equal(losses.zero_one_loss([1, -1, 1], [3.0, -2.0, 0.0]), [0, 0, 1])
    # eq. (1.8): only the misclassified point costs, by its distance in score.
    np.testing.assert_array_equal(losses.perceptron_criterion([1, -1], [-2.5, -1.0]), [2.5, 0])
    # eq. (1.9): a correct point inside the margin still costs 1 - y·ŷ.
    np.testing.assert_array_equal(losses.hinge_loss([1, 1, -1], [0.25, 1.0, 2.0]), [0.75, 0, 3])
    # eq. (1.14): log 2 at ŷ = 0.
    assert losses.logistic_loss([1], [0.0])[0] == pytest.approx(np.log(2))
    # eq. (1.15): -log of the probability of the true class.
    assert losses.cross_entropy_loss([1], [[0.2, 0.5, 0.3]])[0] == pytest.approx(-np.log(0.5))


@given(st.sampled_from([-1.0, 1.0]), st.floats(min_value=-15, max_value=15))
def test_sigmoid_negative_log_likelihood_is_the_logistic_loss(y, score):
    # §1.2.1.5: -log|y/2 - 0.5 + sigmoid(ŷ)| equals eq. (1.14) for y in {-1, +1}.
    probability = 1 / (1 + np.exp(-score))
    nll = -np.log(abs(y / 2 - 0.5 + probability))
    # (the naive formula loses digits to 1 - sigmoid near 1, hence the range and rtol)
    assert losses.logistic_loss([y], [score])[0] == pytest.approx(nll, rel=1e-7, abs=1e-12)


@given(st.floats(min_value=-50, max_value=50))
def test_binary_cross_entropy_equals_logistic_loss(score):
    # Two classes: softmax over scores (0, ŷ) with class 1 = +1 gives eq. (1.14).
    ce = losses.cross_entropy_loss([1], [[0.0, score]], from_logits=True)[0]
    assert ce == pytest.approx(losses.logistic_loss([1], [score])[0], rel=1e-9, abs=1e-12)


def test_stable_without_warnings_at_large_predictions():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        big = losses.logistic_loss([1, -1, 1], [-1e4, -1e4, 1e4])
        slope = losses.logistic_loss_gradient([1, 1], [-1e4, 1e4])
        ce = losses.cross_entropy_loss([2], [[1e4, 0.0, -1e4]], from_logits=True)
        under = losses.cross_entropy_loss([1], [[1.0, 0.0]])
        under_slope = losses.cross_entropy_loss_gradient([1], [[1.0, 0.0]])
    np.testing.assert_array_equal(big, [1e4, 0.0, 0.0])
    np.testing.assert_array_equal(slope, [-1.0, -0.0])
    np.testing.assert_array_equal(ce, [2e4])
    assert np.isfinite(under).all() and under[0] > 700
    assert np.isfinite(under_slope).all()


@pytest.mark.parametrize("name", ["zero_one", "perceptron", "hinge", "logistic"])
def test_labels_must_be_plus_or_minus_one(name):
    loss, gradient = losses.REGISTRY[name]
    for function in (loss, gradient):
        with pytest.raises(ValueError, match=r"labels -1 and \+1, got 0\.0 at index \(1,\)"):
            function([1, 0], [0.5, 0.5])


@pytest.mark.parametrize("name", BINARY)
def test_shapes_must_agree(name):
    loss, _ = losses.REGISTRY[name]
    with pytest.raises(ValueError, match=r"same shape, got \(2,\) and \(3,\)"):
        loss([1, -1], [0.1, 0.2, 0.3])


@pytest.mark.parametrize("name", BINARY)
def test_nan_predictions_are_refused(name):
    loss, _ = losses.REGISTRY[name]
    with pytest.raises(ValueError, match="y_hat contains NaN"):
        loss([1, -1], [0.1, np.nan])


def test_cross_entropy_checks_its_input():
    with pytest.raises(ValueError, match=r"class indices 0..1.*got 2.0 at index 0"):
        losses.cross_entropy_loss([2], [[0.5, 0.5]])
    with pytest.raises(ValueError, match="probabilities in \\[0, 1\\]"):
        losses.cross_entropy_loss([0], [[3.0, -1.0]])
    with pytest.raises(ValueError, match="y has 2 labels but y_hat has 1 rows"):
        losses.cross_entropy_loss([0, 1], [[0.5, 0.5]])
    with pytest.raises(ValueError, match="must be 2-D"):
        losses.cross_entropy_loss([0], [0.5, 0.5])
