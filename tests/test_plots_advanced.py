"""Figures of §1.7: labelled in the edition's language, artists found by name."""

import matplotlib.pyplot as plt
import numpy as np
import pytest

from nbcompanion import gan, i18n, plots, reinforcement


@pytest.fixture(params=["en", "ru"])
def lang(request):
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language(None)


def test_reinforcement_figures(lang):
    fig, (a, b, c) = plt.subplots(1, 3)
    curves = {0.0: np.zeros(50), 0.1: np.ones(50)}
    artists = plots.reinforcement.draw_reward_curves(a, curves, best=1.5, window=10)
    assert len(artists["eps=0.1"].get_xdata()) == 41
    assert a.get_ylabel() == i18n.text("rl.average_reward", window=10)
    assert [t.get_text() for t in a.get_legend().get_texts()][1] == f"ε = {i18n.number(0.1, 'g')}"
    world = reinforcement.GridWorld()
    run = reinforcement.q_learning(world, n_episodes=50, random_state=0)
    artists = plots.reinforcement.draw_episode_returns(b, run.returns, shortest=9)
    np.testing.assert_array_equal(artists["raw"].get_ydata(), -run.returns)
    path = reinforcement.greedy_path(world, run.q)
    artists = plots.reinforcement.draw_grid_world(c, world, run.q, path)
    assert artists["path"].get_xdata().tolist() == [cell[1] for cell in path]
    assert c.get_title() == i18n.text("rl.grid_title")


def test_attention_figures(lang):
    fig, (a, b) = plt.subplots(1, 2)
    weights = np.full((3, 4), 0.25)
    artists = plots.attention.draw_weights(a, weights, [0, 1, 2], title="t")
    assert artists["weights"].get_array().shape == (3, 4)
    assert a.get_xlabel() == i18n.text("attention.slot")
    assert a.get_legend() is not None
    artists = plots.attention.draw_training(b, [1.0, 0.5], [0.0, 1.0])
    assert artists["right_axis"].get_ylabel() == i18n.text("attention.accuracy")


def test_gan_figures(lang):
    fig, (a, b) = plt.subplots(1, 2)
    run = gan.train_gan(n_steps=60, snapshot_steps=(60,), random_state=0)
    artists = plots.gan.draw_losses(a, run.d_loss, run.g_loss, window=10)
    assert artists["equilibrium_d"].get_ydata()[0] == pytest.approx(2 * np.log(2))
    assert len(artists["d_loss"].get_ydata()) == 51
    artists = plots.gan.draw_samples(b, run.snapshots[60], mean=3.0, std=0.5, step=60)
    assert b.get_title() == i18n.text("gan.samples_title", step=60)
    assert artists["real"].get_ydata().max() == pytest.approx(1 / (0.5 * np.sqrt(2 * np.pi)),
                                                              rel=1e-3)
