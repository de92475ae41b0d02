"""§1.7.3: the GAN's two networks, their gradients against finite differences, and training."""

import numpy as np
import pytest

from nbcompanion import gan


def numerical(loss, params, h=1e-6):
    """Central finite differences of ``loss()`` with respect to every entry of ``params``."""
    result = {}
    for name, array in params.items():
        result[name] = np.zeros_like(array)
        for index in np.ndindex(array.shape):
            original = array[index]
            array[index] = original + h
            plus = loss()
            array[index] = original - h
            minus = loss()
            array[index] = original
            result[name][index] = (plus - minus) / (2 * h)
    return result


def networks(seed):
    rng = np.random.default_rng(seed)
    return gan.init_network(4, rng=rng), gan.init_network(5, rng=rng), rng


@pytest.mark.parametrize("seed", [0, 1])
def test_discriminator_gradient_matches_finite_differences(seed):
    _, discriminator, rng = networks(seed)
    real, fake = 3 + rng.normal(size=(10, 1)), rng.normal(size=(8, 1))
    _, analytic = gan.discriminator_loss(discriminator, real, fake)
    expected = numerical(lambda: gan.discriminator_loss(discriminator, real, fake)[0],
                         discriminator)
    for name in gan.PARAMETERS:
        np.testing.assert_allclose(analytic[name], expected[name], rtol=1e-6, atol=1e-9)


@pytest.mark.parametrize("seed", [0, 1])
def test_generator_gradient_through_the_discriminator_matches_finite_differences(seed):
    generator, discriminator, rng = networks(seed)
    z = rng.normal(size=(12, 1))
    _, analytic = gan.generator_loss(generator, discriminator, z)
    expected = numerical(lambda: gan.generator_loss(generator, discriminator, z)[0], generator)
    for name in gan.PARAMETERS:
        np.testing.assert_allclose(analytic[name], expected[name], rtol=1e-6, atol=1e-9)


def test_input_gradient_of_a_network_matches_finite_differences():
    generator, _, rng = networks(3)
    x = rng.normal(size=(6, 1))
    out, cache = gan.network_forward(generator, x)
    _, d_x = gan.network_backward(generator, cache, np.ones_like(out))
    h = 1e-6
    expected = (gan.network_forward(generator, x + h)[0] - gan.network_forward(generator, x - h)[0]) / (2 * h)
    np.testing.assert_allclose(d_x, expected, rtol=1e-6)


def test_losses_stay_finite_when_the_discriminator_is_certain():
    _, discriminator, _ = networks(0)
    discriminator["b2"] = np.array([1e4])  # D(x) = 1 everywhere
    loss, grads = gan.discriminator_loss(discriminator, np.zeros((3, 1)), np.zeros((3, 1)))
    assert loss == pytest.approx(1e4, rel=1e-3)  # fakes scored ℓ ≈ 1e4 cost ≈ 1e4
    assert all(np.all(np.isfinite(g)) for g in grads.values())


def test_losses_at_the_equilibrium_are_2_log_2_and_log_2():
    generator, discriminator, rng = networks(1)
    discriminator = {k: np.zeros_like(v) for k, v in discriminator.items()}  # D = ½
    d_loss, _ = gan.discriminator_loss(discriminator, rng.normal(size=(5, 1)),
                                       rng.normal(size=(5, 1)))
    g_loss, _ = gan.generator_loss(generator, discriminator, rng.normal(size=(5, 1)))
    assert d_loss == pytest.approx(2 * np.log(2)) and g_loss == pytest.approx(np.log(2))


@pytest.mark.parametrize("seed", [0, 3])
def test_training_learns_the_mean_and_the_spread(seed):
    run = gan.train_gan(mean=3.0, std=0.5, random_state=seed)
    final = run.snapshots[1500]
    assert abs(run.snapshots[0].mean() - 3.0) > 2  # it started far away
    assert abs(final.mean() - 3.0) < 0.15 and abs(final.std() - 0.5) < 0.1
    assert run.d_loss[-200:].mean() == pytest.approx(2 * np.log(2), abs=0.05)
    assert run.g_loss[-200:].mean() == pytest.approx(np.log(2), abs=0.05)


def test_bad_input_gets_clear_errors():
    with pytest.raises(ValueError, match="snapshot_steps"):
        gan.train_gan(n_steps=10, snapshot_steps=(20,))
    with pytest.raises(ValueError, match="std"):
        gan.train_gan(std=-1.0)
    with pytest.raises(TypeError, match="n_steps"):
        gan.train_gan(n_steps=2.5)


from hypothesis import (  # noqa: E402
    given,
    settings,
    strategies as st,  # noqa: E402
)


@settings(max_examples=40, deadline=None)
@given(bias=st.floats(-1e4, 1e4), seed=st.integers(0, 1000))
def test_losses_are_finite_and_non_negative_for_any_logit(bias, seed):
    generator, discriminator, rng = networks(seed)
    discriminator["b2"] = np.array([bias])
    d_loss, d_grads = gan.discriminator_loss(discriminator, rng.normal(size=(4, 1)),
                                             rng.normal(size=(4, 1)))
    g_loss, g_grads = gan.generator_loss(generator, discriminator, rng.normal(size=(4, 1)))
    assert 0 <= d_loss < np.inf and 0 <= g_loss < np.inf
    assert all(np.all(np.isfinite(g)) for g in [*d_grads.values(), *g_grads.values()])
