"""Step through the perceptron's training on exercise 4's points and watch W come back (§1.2.1).

The run is :class:`nbcompanion.perceptron.Perceptron` with α = 1, no shuffling and no bias,
from W = (0, 0); its ``history_`` and the criterion after every step are computed once, when
the explorer is built, and the slider only picks a step.
"""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import data, i18n
from ..perceptron import Perceptron, criterion_path, visited
from ..plots import cycling as plots
from ._core import Explorer, FigureView

__all__ = ["cycling_explorer"]


def cycling_explorer(X=None, y=None, *, epochs=3, learning_rate=1.0, step=0, task=None):
    """A step slider over the trajectory of the perceptron on ``X`` (default: exercise 4).

    Returns
    -------
    Explorer
        ``controls["step"]`` picks the step; ``state.history`` is the run's TrainingHistory
        and ``state.criterion`` the summed perceptron criterion (1.8) after each step.
    """
    if X is None:
        X, y = data.exercise4_points()
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    model = Perceptron(learning_rate=learning_rate, shuffle=False, fit_bias=False,
                       max_epochs=epochs).fit(X, y)
    history = model.history_
    criterion = criterion_path(history.weights, X, np.where(y == model.classes_[1], 1, -1))
    controls = {"step": widgets.IntSlider(value=step, min=0, max=history.n_steps,
                                          description=i18n.text("ex04.step_slider"))}
    view = FigureView(1, 3, figsize=(9.6, 3.8))
    limit = max(2.5, float(np.abs(history.weights).max()) + 0.5)
    artists = plots.draw_cycling(view.axes, X, y, history.weights, criterion, step,
                                 visited=visited(history, step), weight_limits=(-limit, limit))
    state = SimpleNamespace(history=history, criterion=criterion)

    def update(state):
        plots.update_cycling(artists, X, history.weights, criterion, state.step,
                             visited(history, state.step))

    data_artists, path = artists["data"], artists["path"]
    moving = [data_artists[k] for k in ("boundary", "vector", "visited", "title")]
    moving += [path["walked"], path["current"], artists["criterion"]["current"]]
    return Explorer(controls, view, state=state, artists=artists, moving=moving,
                    update=update, task=i18n.text("tasks.cycling") if task is None else task)
