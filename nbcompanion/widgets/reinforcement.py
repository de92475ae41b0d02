"""The Q-learning explorer of §1.7.1: slide through the episodes, watch the policy form."""

from types import SimpleNamespace

import ipywidgets as widgets

from .. import reinforcement
from ..i18n import text
from ..plots import reinforcement as plot
from ._core import Explorer, FigureView

__all__ = ["q_learning_explorer"]


def q_learning_explorer(world=None, *, n_episodes=300, episode=5, random_state=0):
    """Build the explorer: a slider over the episodes of one Q-learning run.

    Left: steps to the goal per episode, with a line at the chosen episode. Right: the maze
    with the greedy action of every cell and the greedy path, from the table Q as it was
    after that episode. The run is trained once when the explorer is built (about 0.2 s)
    and every table is kept, so moving the slider back and forth only looks one up.
    ``explorer.state`` holds ``episode``, ``q`` and ``path``.

    Returns
    -------
    Explorer
    """
    world = reinforcement.GridWorld() if world is None else world
    run = reinforcement.q_learning(world, n_episodes=n_episodes, record_history=True,
                                   random_state=random_state)
    state = SimpleNamespace(episode=episode, q=None, path=None)
    view = FigureView(1, 2, figsize=(8.8, 3.4))
    left, right = view.axes
    with view.style():
        curve = plot.draw_episode_returns(left, run.returns,
                                          shortest=world.shortest_path_length())
        marker = left.axvline(episode, color="0.3", linewidth=1.5)
        start_q = run.history[episode]
        grid = plot.draw_grid_world(right, world, start_q,
                                    reinforcement.greedy_path(world, start_q))
    artists = {**{f"curve_{k}": v for k, v in curve.items()}, **grid, "marker": marker}

    def update(state):
        state.q = run.history[state.episode]
        state.path = reinforcement.greedy_path(world, state.q)
        plot.update_grid_world(grid, world, state.q, state.path)
        marker.set_xdata([state.episode, state.episode])

    controls = {"episode": widgets.IntSlider(
        value=episode, min=0, max=n_episodes, step=1, description=text("rl.episode"),
        continuous_update=True, layout=widgets.Layout(width="420px"))}
    return Explorer(view=view, controls=controls, state=state, artists=artists, update=update,
                    moving=[grid["policy"], grid["path"], marker],
                    task=text("rl.explorer_task"))
