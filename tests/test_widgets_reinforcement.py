"""The Q-learning explorer of §1.7.1: the slider looks up the table of that episode."""

import time

import numpy as np

from nbcompanion import reinforcement, widgets


def test_the_episode_slider_shows_that_episodes_table_and_path():
    start = time.perf_counter()
    explorer = widgets.reinforcement.q_learning_explorer()
    assert time.perf_counter() - start < 5  # well under a second on an idle machine
    world = reinforcement.GridWorld()
    reference = reinforcement.q_learning(world, n_episodes=300, record_history=True,
                                         random_state=0)
    assert list(explorer.controls) == ["episode"]
    pictures = {bytes(explorer.view.image.value)}
    for episode in (0, 1, 20, 300, 5):
        explorer.controls["episode"].value = episode
        assert explorer.state.episode == episode
        np.testing.assert_array_equal(explorer.state.q, reference.history[episode])
        path = reinforcement.greedy_path(world, reference.history[episode])
        assert explorer.state.path == path
        assert explorer.artists["path"].get_xdata().tolist() == [c[1] for c in path]
        assert explorer.artists["marker"].get_xdata()[0] == episode
        pictures.add(bytes(explorer.view.image.value))
    assert len(pictures) >= 4
    # After the last episode the greedy path is a shortest one; before the first it is not.
    explorer.controls["episode"].value = 300
    assert len(explorer.state.path) - 1 == world.shortest_path_length()
    explorer.controls["episode"].value = 0
    assert explorer.state.path[-1] != world.goal
    # Untried cells have no arrow: at episode 0 every arrow has zero length.
    assert not np.any(explorer.artists["policy"].U) and not np.any(explorer.artists["policy"].V)
    assert explorer.view.static_draws == 1  # moving the slider never redraws the background


def test_history_is_the_table_after_each_episode():
    world = reinforcement.GridWorld()
    run = reinforcement.q_learning(world, n_episodes=30, record_history=True, random_state=2)
    assert run.history.shape == (31, world.n_states, 4)
    assert not run.history[0].any()
    np.testing.assert_array_equal(run.history[-1], run.q)
    plain = reinforcement.q_learning(world, n_episodes=30, random_state=2)
    assert plain.history is None
    np.testing.assert_array_equal(plain.q, run.q)
