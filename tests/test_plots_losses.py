import matplotlib.pyplot as plt
import numpy as np
import pytest
from helpers import central_difference
from hypothesis import given, strategies as st

from nbcompanion import losses, plots

MARGINS = np.array([-2.3, -0.4, 0.3, 0.8, 1.7])  # away from the hinge's kink at 1


@pytest.mark.parametrize("name", plots.losses.NAMES)
@pytest.mark.parametrize("y", [-1.0, 1.0])
def test_gradient_matches_central_differences(name, y):
    labels = np.full_like(MARGINS, y)
    _, gradient = plots.losses.loss_and_gradient(name, labels, MARGINS)
    numeric = central_difference(
        lambda s: plots.losses.loss_and_gradient(name, labels, s)[0], MARGINS)
    np.testing.assert_allclose(gradient, numeric, atol=1e-7)


def test_cross_entropy_with_two_classes_is_the_logistic_loss():
    y = np.array([1.0, -1.0, 1.0, -1.0])
    s = np.array([0.3, 2.0, -1e4, 1e4])
    ce, ce_grad = plots.losses.loss_and_gradient("cross_entropy", y, s)
    np.testing.assert_allclose(ce, losses.logistic_loss(y, s), rtol=1e-12)
    np.testing.assert_allclose(ce_grad, losses.logistic_loss_gradient(y, s), rtol=1e-12)


def test_figures_plot_every_loss_with_labels():
    fig, (ax1, ax2) = plt.subplots(1, 2)
    lines = plots.losses.draw_losses(ax1)
    pushes = plots.losses.draw_pushes(ax2)
    assert list(lines) == list(pushes) == list(plots.losses.NAMES)
    m = lines["hinge"].get_xdata()
    np.testing.assert_allclose(lines["hinge"].get_ydata(), np.maximum(0, 1 - m))
    np.testing.assert_allclose(lines["squared"].get_ydata(), (1 - m) ** 2)
    assert ax1.get_legend() and ax2.get_legend() and ax1.get_title()


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="Unknown loss"):
        plots.losses.loss_and_gradient("huber", [1], [0.0])
    with pytest.raises(ValueError, match="-1 and \\+1"):
        plots.losses.loss_and_gradient("cross_entropy", [0], [0.0])


@given(st.floats(min_value=-1e4, max_value=1e4, allow_nan=False), st.sampled_from([-1.0, 1.0]))
def test_two_class_cross_entropy_is_logistic_for_any_score(score, y):
    # softmax(0, ŷ) gives class +1 the probability sigmoid(ŷ), so eq. (1.15) is eq. (1.14).
    ce, ce_grad = plots.losses.loss_and_gradient("cross_entropy", [y], [score])
    assert np.isfinite(ce).all()
    np.testing.assert_allclose(ce, losses.logistic_loss([y], [score]), rtol=1e-9, atol=1e-15)
    np.testing.assert_allclose(ce_grad, losses.logistic_loss_gradient([y], [score]),
                               rtol=1e-9, atol=1e-15)
