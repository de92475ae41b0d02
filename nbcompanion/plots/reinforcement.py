"""Figures of §1.7.1: the bandit's reward curves and the grid world learned by Q-learning.

Each function draws on the axes it is given and returns the artists it made; labels come
from :mod:`nbcompanion.i18n` in the notebook's language.
"""

import numpy as np

from .. import i18n
from ..reinforcement import ACTIONS
from ._style import SERIES_COLORS

__all__ = ["draw_reward_curves", "draw_episode_returns", "draw_grid_world", "update_grid_world",
           "policy_arrows"]


def _smooth(values, window):
    if window <= 1 or len(values) < window:
        return np.asarray(values, dtype=float)
    kernel = np.ones(window) / window
    return np.convolve(values, kernel, mode="valid")


def draw_reward_curves(ax, curves, *, best=None, window=20):
    """Average reward per step for each agent, smoothed over ``window`` plays; ``curves`` maps
    ε to a curve of shape (n_steps,).

    Returns
    -------
    dict of str to Artist: ``"eps=<ε>"`` per curve, and ``"best"`` if ``best`` is given
    """
    artists = {}
    for colour, (epsilon, curve) in enumerate(curves.items()):
        smooth = _smooth(curve, window)
        artists[f"eps={epsilon}"], = ax.plot(np.arange(window, window + len(smooth)), smooth,
                                             color=SERIES_COLORS[colour], linewidth=1.2,
                                             label=f"ε = {i18n.number(epsilon, 'g')}")
    if best is not None:
        artists["best"] = ax.axhline(best, color="black", linestyle="--", linewidth=1,
                                     label=i18n.text("rl.best_arm"))
    ax.set_title(i18n.text("rl.bandit_title"))
    ax.set_xlabel(i18n.text("rl.step"))
    ax.set_ylabel(i18n.text("rl.average_reward", window=window))
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncols=4)
    return artists


def draw_episode_returns(ax, returns, *, shortest, window=10):
    """Steps per episode (minus the return), smoothed over ``window`` episodes, and the
    length of a shortest path."""
    steps = -np.asarray(returns, dtype=float)
    smooth = _smooth(steps, window)
    artists = {}
    artists["raw"], = ax.plot(np.arange(1, len(steps) + 1), steps, color=SERIES_COLORS[0],
                              alpha=0.3, linewidth=0.8, label=i18n.text("rl.per_episode"))
    artists["smooth"], = ax.plot(np.arange(window, window + len(smooth)), smooth,
                                 color=SERIES_COLORS[0], linewidth=1.8,
                                 label=i18n.text("rl.moving_average", window=window))
    artists["shortest"] = ax.axhline(shortest, color="black", linestyle="--", linewidth=1,
                                     label=i18n.text("rl.shortest", n=shortest))
    ax.set_yscale("log")
    ax.set_ylim(0.8 * min(shortest, steps.min()), 4 * steps.max())  # room for the legend
    ax.set_title(i18n.text("rl.grid_curve_title"))
    ax.set_xlabel(i18n.text("rl.episode"))
    ax.set_ylabel(i18n.text("rl.steps_to_goal"))
    ax.legend(loc="upper right")
    return artists


def draw_grid_world(ax, world, q, path):
    """The maze, the greedy action of every free cell (arrows), and the greedy path."""
    rows, cols = world.shape
    free = np.ones(world.shape)
    for wall in world.walls:
        free[wall] = 0
    artists = {"cells": ax.imshow(free, cmap="gray", vmin=-0.3, vmax=1, origin="upper")}
    xs, ys, us, vs = policy_arrows(world, q)
    artists["policy"] = ax.quiver(xs, ys, us, vs, color="0.45", scale=2.4, scale_units="xy",
                                  width=0.006, label=i18n.text("rl.greedy_action"))
    path = np.asarray(path)
    artists["path"], = ax.plot(path[:, 1], path[:, 0], color=SERIES_COLORS[1], linewidth=2.5,
                               label=i18n.text("rl.greedy_path"))
    artists["start"], = ax.plot(*world.start[::-1], "o", color=SERIES_COLORS[2], markersize=11,
                                label=i18n.text("rl.start"))
    artists["goal"], = ax.plot(*world.goal[::-1], "*", color=SERIES_COLORS[3], markersize=16,
                               label=i18n.text("rl.goal"))
    ax.set_xticks(range(cols))
    ax.set_yticks(range(rows))
    ax.set_title(i18n.text("rl.grid_title"))
    ax.set_xlabel(i18n.text("rl.column"))
    ax.set_ylabel(i18n.text("rl.row"))
    ax.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0))
    return artists


def policy_arrows(world, q):
    """Arrow positions (column, row) and directions of the greedy action of each free cell.

    A cell whose actions all have the same value (never tried) gets no arrow (zero length).

    Returns
    -------
    xs, ys, us, vs : ndarray of shape (n_free_cells,)
    """
    xs, ys, us, vs = [], [], [], []
    for r in range(world.shape[0]):
        for c in range(world.shape[1]):
            if (r, c) in world.walls or (r, c) == tuple(world.goal):
                continue
            values = q[world.index((r, c))]
            dr, dc = ACTIONS[int(np.argmax(values))] if np.ptp(values) > 0 else (0, 0)
            xs.append(c), ys.append(r), us.append(dc), vs.append(-dr)
    return tuple(np.array(v, dtype=float) for v in (xs, ys, us, vs))


def update_grid_world(artists, world, q, path):
    """Move the arrows and the greedy path of :func:`draw_grid_world` to a new table ``q``."""
    _, _, us, vs = policy_arrows(world, q)
    artists["policy"].set_UVC(us, vs)
    path = np.asarray(path)
    artists["path"].set_data(path[:, 1], path[:, 0])
