"""Reinforcement learning in two small tasks (§1.7.1): a multi-armed bandit and a grid world.

The book's point is that the learner is told nothing about which action is right: it acts,
receives a reward, and must discover good actions by trying them. Two sketches:

- a **k-armed bandit**: k slot machines with unknown mean rewards; an ε-greedy agent keeps
  the running mean Q(a) of each arm's rewards, Q(a) ⇐ Q(a) + (r − Q(a)) / n(a), plays the
  best-looking arm and, with probability ε, a random one to keep exploring;
- a **grid world**: an agent walks a maze to a goal, paid −1 a step; tabular Q-learning
  updates Q(s, a) ⇐ Q(s, a) + α [r + γ max_a' Q(s', a') − Q(s, a)] after each move, and
  the greedy policy of the learned table walks a shortest path. :func:`value_iteration`
  computes the exact Q* the tests compare the learned table with.
"""

from collections import deque
from dataclasses import dataclass, field

import numpy as np

from ._validation import as_real_array, check_positive

__all__ = ["epsilon_greedy_bandit", "BanditRun", "GridWorld", "q_learning", "QLearningRun",
           "value_iteration", "greedy_path", "ACTIONS"]

ACTIONS = ((-1, 0), (1, 0), (0, -1), (0, 1))  # up, down, left, right (row, column steps)


def _rng(random_state):
    if random_state is None or isinstance(random_state, (int, np.integer, np.random.Generator)):
        return np.random.default_rng(random_state)
    raise TypeError(f"random_state must be an int, None or a numpy Generator,"
                    f" got {random_state!r}.")


def _probability(value, name):
    if isinstance(value, bool) or not isinstance(value, (int, float, np.floating)) \
            or not 0 <= value <= 1:
        raise ValueError(f"{name} must be a number in [0, 1], got {value!r}.")
    return float(value)


@dataclass
class BanditRun:
    """What :func:`epsilon_greedy_bandit` recorded, one row per independent run.

    Attributes
    ----------
    rewards : ndarray of shape (n_runs, n_steps)
    optimal : ndarray of shape (n_runs, n_steps), bool
        Whether each step played the arm with the highest true mean.
    estimates : ndarray of shape (n_runs, k)
        The agent's Q(a) at the end.
    counts : ndarray of shape (n_runs, k)
        How often each arm was played.
    """

    rewards: np.ndarray
    optimal: np.ndarray
    estimates: np.ndarray
    counts: np.ndarray


def epsilon_greedy_bandit(means, *, epsilon=0.1, n_steps=1000, n_runs=200, noise=1.0,
                          random_state=None):
    """Play a k-armed bandit with Gaussian rewards by the ε-greedy rule, many runs at once.

    Parameters
    ----------
    means : array_like of shape (k,)
        The true mean reward of each arm (unknown to the agent).
    epsilon : float in [0, 1], default=0.1
        Probability of playing a random arm instead of the best-looking one.
    n_steps, n_runs : int
        Plays per run, and independent runs (each with its own agent), simulated together.
    noise : float, default=1.0
        Standard deviation of a reward around its arm's mean.
    random_state : int, Generator or None

    Returns
    -------
    BanditRun

    >>> run = epsilon_greedy_bandit([0.0, 1.0], epsilon=0.1, n_steps=500, n_runs=20,
    ...                             random_state=0)
    >>> run.rewards.shape, bool(run.optimal[:, -100:].mean() > 0.9)
    ((20, 500), True)
    """
    means = as_real_array(means, "means", ndim=1)
    if means.size < 2:
        raise ValueError(f"means needs at least 2 arms, got {means.size}.")
    epsilon = _probability(epsilon, "epsilon")
    n_steps = int(check_positive(n_steps, "n_steps", integer=True))
    n_runs = int(check_positive(n_runs, "n_runs", integer=True))
    check_positive(noise, "noise", allow_zero=True)
    rng = _rng(random_state)
    k = means.size
    estimates = np.zeros((n_runs, k))
    counts = np.zeros((n_runs, k))
    rewards = np.empty((n_runs, n_steps))
    optimal = np.empty((n_runs, n_steps), dtype=bool)
    is_best = means == means.max()
    runs = np.arange(n_runs)
    for t in range(n_steps):
        # Ties between equal estimates are broken at random, so no arm is favoured at start.
        noisy = estimates + 1e-9 * rng.random((n_runs, k))
        greedy = noisy.argmax(axis=1)
        explore = rng.random(n_runs) < epsilon
        arms = np.where(explore, rng.integers(0, k, n_runs), greedy)
        reward = means[arms] + noise * rng.standard_normal(n_runs)
        counts[runs, arms] += 1
        estimates[runs, arms] += (reward - estimates[runs, arms]) / counts[runs, arms]
        rewards[:, t] = reward
        optimal[:, t] = is_best[arms]
    return BanditRun(rewards, optimal, estimates, counts)


@dataclass(frozen=True)
class GridWorld:
    """A maze of ``shape`` cells: the agent starts at ``start`` and the episode ends at ``goal``.

    Each move (up, down, left, right) costs a reward of −1; a move into a wall or off the
    grid leaves the agent where it is (and still costs −1). So the return of an episode is
    minus its number of steps, and the best policy walks a shortest path.

    >>> world = GridWorld((3, 4), start=(2, 0), goal=(0, 3), walls=((1, 1), (1, 2)))
    >>> world.step((2, 0), 0)  # up
    ((1, 0), -1.0, False)
    >>> world.shortest_path_length()
    5
    """

    shape: tuple = (5, 6)
    start: tuple = (4, 0)
    goal: tuple = (0, 5)
    walls: tuple = field(default=((1, 1), (2, 1), (3, 1), (1, 3), (2, 3), (3, 3), (4, 3)))

    def __post_init__(self):
        rows, cols = self.shape
        check_positive(rows, "shape[0]", integer=True)
        check_positive(cols, "shape[1]", integer=True)
        for name in ("start", "goal"):
            cell = tuple(getattr(self, name))
            if not self.inside(cell) or cell in self.walls:
                raise ValueError(f"{name} must be a free cell inside the grid {self.shape},"
                                 f" got {cell}.")
        if self.shortest_path_length() is None:
            raise ValueError("The walls leave no path from start to goal.")

    def inside(self, cell):
        return 0 <= cell[0] < self.shape[0] and 0 <= cell[1] < self.shape[1]

    @property
    def n_states(self):
        return self.shape[0] * self.shape[1]

    def index(self, cell):
        """The state number of ``cell``, row by row."""
        return cell[0] * self.shape[1] + cell[1]

    def step(self, cell, action):
        """Move from ``cell`` by ``action`` (0–3): the next cell, the reward, and whether done."""
        if action not in range(len(ACTIONS)):
            raise ValueError(f"action must be 0, 1, 2 or 3 (up, down, left, right),"
                             f" got {action!r}.")
        move = ACTIONS[action]
        target = (cell[0] + move[0], cell[1] + move[1])
        if not self.inside(target) or target in self.walls:
            target = tuple(cell)
        return target, -1.0, target == tuple(self.goal)

    def shortest_path_length(self):
        """Breadth-first search: the fewest moves from start to goal, or None."""
        seen = {tuple(self.start): 0}
        queue = deque([tuple(self.start)])
        while queue:
            cell = queue.popleft()
            if cell == tuple(self.goal):
                return seen[cell]
            for action in range(len(ACTIONS)):
                move = ACTIONS[action]
                target = (cell[0] + move[0], cell[1] + move[1])
                if self.inside(target) and target not in self.walls and target not in seen:
                    seen[target] = seen[cell] + 1
                    queue.append(target)
        return None


@dataclass
class QLearningRun:
    """What :func:`q_learning` learned and recorded.

    Attributes
    ----------
    q : ndarray of shape (n_states, 4)
        The learned table Q(s, a).
    returns : ndarray of shape (n_episodes,)
        The total reward of each episode (minus its number of steps).
    history : ndarray of shape (n_episodes + 1, n_states, 4) or None
        The table before the first episode and after each one, if recorded.
    """

    q: np.ndarray
    returns: np.ndarray
    history: np.ndarray = None


def q_learning(world, *, n_episodes=300, alpha=0.5, gamma=0.95, epsilon=0.1, max_steps=500,
               record_history=False, random_state=None):
    """Tabular Q-learning with an ε-greedy behaviour policy in ``world``.

    After each move from s by a to s' with reward r:
    Q(s, a) ⇐ Q(s, a) + α [r + γ max_a' Q(s', a') − Q(s, a)], with Q(goal, ·) = 0.

    Parameters
    ----------
    world : GridWorld
    n_episodes : int
    alpha : float in (0, 1]
        Learning rate.
    gamma : float in [0, 1]
        Discount of future rewards.
    epsilon : float in [0, 1]
        Probability of a random move.
    max_steps : int
        An episode is cut after this many moves.
    record_history : bool, default=False
        Keep a copy of the table after every episode (``history``), for the explorer.

    Returns
    -------
    QLearningRun

    >>> run = q_learning(GridWorld(), n_episodes=200, random_state=0)
    >>> len(greedy_path(GridWorld(), run.q)) - 1 == GridWorld().shortest_path_length()
    True
    """
    if not isinstance(world, GridWorld):
        raise TypeError(f"world must be a GridWorld, got {type(world).__name__}.")
    n_episodes = int(check_positive(n_episodes, "n_episodes", integer=True))
    max_steps = int(check_positive(max_steps, "max_steps", integer=True))
    alpha = _probability(alpha, "alpha")
    if alpha == 0:
        raise ValueError("alpha must be > 0, got 0.")
    gamma = _probability(gamma, "gamma")
    epsilon = _probability(epsilon, "epsilon")
    rng = _rng(random_state)
    q = np.zeros((world.n_states, len(ACTIONS)))
    returns = np.zeros(n_episodes)
    history = [q.copy()] if record_history else None
    for episode in range(n_episodes):
        cell = tuple(world.start)
        for _ in range(max_steps):
            s = world.index(cell)
            if rng.random() < epsilon:
                action = int(rng.integers(len(ACTIONS)))
            else:  # greedy, ties broken at random
                action = int(rng.choice(np.flatnonzero(q[s] == q[s].max())))
            cell, reward, done = world.step(cell, action)
            target = reward if done else reward + gamma * q[world.index(cell)].max()
            q[s, action] += alpha * (target - q[s, action])
            returns[episode] += reward
            if done:
                break
        if record_history:
            history.append(q.copy())
    return QLearningRun(q, returns, None if history is None else np.array(history))


def value_iteration(world, *, gamma=0.95, tol=1e-12, max_iter=10_000):
    """The optimal table Q*(s, a) = r + γ max_a' Q*(s', a') of ``world``, by iteration.

    >>> q = value_iteration(GridWorld((1, 3), start=(0, 0), goal=(0, 2), walls=()), gamma=0.5)
    >>> q[0].round(3).tolist()  # from the left end: right leads on to the middle cell
    [-1.75, -1.75, -1.75, -1.5]
    """
    q = np.zeros((world.n_states, len(ACTIONS)))
    moves = {}
    for r in range(world.shape[0]):
        for c in range(world.shape[1]):
            if (r, c) in world.walls or (r, c) == tuple(world.goal):
                continue
            for action in range(len(ACTIONS)):
                moves[world.index((r, c)), action] = world.step((r, c), action)
    for _ in range(max_iter):
        new = q.copy()
        for (s, action), (cell, reward, done) in moves.items():
            new[s, action] = reward if done else reward + gamma * q[world.index(cell)].max()
        if np.max(np.abs(new - q)) < tol:
            return new
        q = new
    return q


def greedy_path(world, q, *, max_steps=None):
    """The cells the greedy policy argmax_a Q(s, a) visits from start (to goal, if it gets
    there within ``max_steps``, default: the number of cells)."""
    q = as_real_array(q, "q", ndim=2)
    if q.shape != (world.n_states, len(ACTIONS)):
        raise ValueError(f"q must have shape {(world.n_states, len(ACTIONS))}, got {q.shape}.")
    cell, path = tuple(world.start), [tuple(world.start)]
    for _ in range(max_steps or world.n_states):
        cell, _, done = world.step(cell, int(np.argmax(q[world.index(cell)])))
        path.append(cell)
        if done:
            break
    return path
