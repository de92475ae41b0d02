"""§1.7.1: the ε-greedy bandit and tabular Q-learning, against exact answers."""

import numpy as np
import pytest

from nbcompanion import reinforcement
from nbcompanion.reinforcement import GridWorld


def reference_bandit_estimates(arms, rewards, k):
    """The running mean of each arm's rewards, computed as a plain average."""
    return np.array([rewards[arms == a].mean() if np.any(arms == a) else 0.0
                     for a in range(k)])


def test_bandit_estimates_are_the_sample_means_of_each_arm():
    means = np.array([0.0, 0.5, 1.0])
    run = reinforcement.epsilon_greedy_bandit(means, epsilon=1.0, n_steps=2000, n_runs=3,
                                              random_state=0)
    # With ε = 1 every arm is played about equally often; the estimates are sample means.
    assert np.all(run.counts.sum(axis=1) == 2000)
    assert np.all(run.counts > 500)
    np.testing.assert_allclose(run.estimates, np.tile(means, (3, 1)), atol=0.15)
    assert run.optimal.mean() == pytest.approx(1 / 3, abs=0.03)


def test_bandit_incremental_mean_equals_the_plain_average():
    # One run, noise-free rewards: recover which arm was played from the reward, then check
    # Q(a) ⇐ Q(a) + (r − Q(a)) / n(a) against the average of the rewards of that arm.
    means = np.array([0.1, 0.7, 0.4, 0.9])
    run = reinforcement.epsilon_greedy_bandit(means, epsilon=0.3, n_steps=300, n_runs=1,
                                              noise=0.0, random_state=1)
    arms = np.array([int(np.flatnonzero(means == r)[0]) for r in run.rewards[0]])
    expected = reference_bandit_estimates(arms, run.rewards[0], len(means))
    np.testing.assert_allclose(run.estimates[0], expected, rtol=1e-12)
    np.testing.assert_array_equal(run.counts[0], np.bincount(arms, minlength=len(means)))


def test_exploration_beats_greed_on_average():
    means = np.random.default_rng(1).normal(size=10)
    last = {eps: reinforcement.epsilon_greedy_bandit(
        means, epsilon=eps, n_steps=1000, n_runs=300, random_state=7).optimal[:, -200:].mean()
        for eps in (0.0, 0.1)}
    assert last[0.1] > last[0.0] + 0.2


@pytest.mark.parametrize("kwargs, match", [
    ({"means": [1.0]}, "at least 2 arms"),
    ({"means": [0.0, 1.0], "epsilon": 1.5}, "epsilon must be a number in"),
    ({"means": [0.0, np.nan]}, "means"),
    ({"means": [0.0, 1.0], "n_steps": 0}, "n_steps"),
    ({"means": [0.0, 1.0], "random_state": "seed"}, "random_state"),
])
def test_bandit_bad_input(kwargs, match):
    with pytest.raises((ValueError, TypeError), match=match):
        reinforcement.epsilon_greedy_bandit(**kwargs)


def test_grid_world_moves_and_walls():
    world = GridWorld((3, 3), start=(2, 0), goal=(0, 2), walls=((1, 1),))
    assert world.step((2, 0), 1) == ((2, 0), -1.0, False)  # off the grid: stay
    assert world.step((1, 0), 3) == ((1, 0), -1.0, False)  # into the wall: stay
    assert world.step((0, 1), 3) == ((0, 2), -1.0, True)
    assert world.shortest_path_length() == 4
    with pytest.raises(ValueError, match="action must be 0, 1, 2 or 3"):
        world.step((0, 0), 4)
    with pytest.raises(ValueError, match="goal must be a free cell"):
        GridWorld((3, 3), start=(2, 0), goal=(1, 1), walls=((1, 1),))
    with pytest.raises(ValueError, match="no path"):
        GridWorld((3, 3), start=(2, 0), goal=(0, 2), walls=((1, 0), (1, 1), (1, 2)))


def test_value_iteration_satisfies_bellman_and_gives_minus_the_discounted_distance():
    world = GridWorld()
    gamma = 0.9
    q = reinforcement.value_iteration(world, gamma=gamma)
    for r in range(world.shape[0]):
        for c in range(world.shape[1]):
            if (r, c) in world.walls or (r, c) == world.goal:
                continue
            for action in range(4):
                cell, reward, done = world.step((r, c), action)
                target = reward if done else reward + gamma * q[world.index(cell)].max()
                assert q[world.index((r, c)), action] == pytest.approx(target, abs=1e-10)
    # With reward −1 a step, V*(start) = −(1 + γ + … + γ^(d−1)) for the shortest distance d.
    d = world.shortest_path_length()
    assert q[world.index(world.start)].max() == pytest.approx(-(1 - gamma ** d) / (1 - gamma))


def test_q_learning_finds_the_shortest_path_and_the_exact_values_along_it():
    world = GridWorld()
    run = reinforcement.q_learning(world, n_episodes=300, random_state=0)
    path = reinforcement.greedy_path(world, run.q)
    assert path[-1] == world.goal and len(path) - 1 == world.shortest_path_length()
    exact = reinforcement.value_iteration(world)
    on_path = [world.index(cell) for cell in path[:-1]]
    np.testing.assert_allclose(run.q[on_path].max(axis=1), exact[on_path].max(axis=1),
                               atol=1e-6)
    assert -run.returns[:20].mean() > 2 * -run.returns[-20:].mean()


def test_q_learning_bad_input():
    with pytest.raises(TypeError, match="world must be a GridWorld"):
        reinforcement.q_learning("maze")
    with pytest.raises(ValueError, match="alpha must be > 0"):
        reinforcement.q_learning(GridWorld(), alpha=0.0)
    with pytest.raises(ValueError, match="gamma must be a number in"):
        reinforcement.q_learning(GridWorld(), gamma=2.0)
    with pytest.raises(ValueError, match="q must have shape"):
        reinforcement.greedy_path(GridWorld(), np.zeros((3, 4)))


from hypothesis import (  # noqa: E402
    given,
    settings,
    strategies as st,  # noqa: E402
)


@settings(max_examples=30, deadline=None)
@given(k=st.integers(2, 6), epsilon=st.floats(0, 1), seed=st.integers(0, 10_000))
def test_every_play_is_counted_once(k, epsilon, seed):
    means = np.arange(k, dtype=float)
    run = reinforcement.epsilon_greedy_bandit(means, epsilon=epsilon, n_steps=40, n_runs=3,
                                              random_state=seed)
    assert np.all(run.counts.sum(axis=1) == 40)
    assert run.rewards.shape == run.optimal.shape == (3, 40)
