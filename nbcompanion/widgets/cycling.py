"""Step through the perceptron's training on exercise 4's points and watch W come back (§1.2.1).

The run is :class:`nbcompanion.perceptron.Perceptron` with α = 1, no shuffling and no bias,
from W = (0, 0); its ``history_`` is computed once, the slider only picks a step.
"""

import ipywidgets as widgets
import numpy as np

from .. import data, i18n, losses
from ..perceptron import Perceptron
from ..plots import cycling as plots
from ..plots.feature_space import line_in_box
from ._core import Explorer, FigureView

__all__ = ["cycling_explorer"]


def cycling_explorer(X=None, y=None, *, epochs=3, learning_rate=1.0, step=0):
    """A step slider over the trajectory of the perceptron on ``X`` (default: exercise 4).

    Returns
    -------
    Explorer
        ``controls["step"]`` picks the step; ``history`` is the run's TrainingHistory and
        ``criterion`` the summed perceptron criterion (1.8) after each step.
    """
    if X is None:
        X, y = data.exercise4_points()
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    model = Perceptron(learning_rate=learning_rate, shuffle=False, fit_bias=False,
                       max_epochs=epochs).fit(X, y)
    history = model.history_
    signs = np.where(y == model.classes_[1], 1.0, -1.0)
    criterion = np.array([np.sum(losses.perceptron_criterion(signs, X @ W))
                          for W in history.weights])
    slider = widgets.IntSlider(value=step, min=0, max=history.n_steps,
                               description=i18n.text("ex04.step_slider"))
    view = FigureView(1, 3, figsize=(12.0, 4.0), dpi=72)
    limit = max(2.5, float(np.abs(history.weights).max()) + 0.5)
    data_artists = plots.draw_data_state(view.axes[0], X, y, history.weights[step],
                                         _visited(history, step), step=step)
    path = plots.draw_weight_path(view.axes[1], history.weights, step, limits=(-limit, limit))
    curve = plots.draw_criterion(view.axes[2], criterion, step)

    def update(_change=None):
        t = slider.value
        W = history.weights[t]
        data_artists["boundary"].set_data(*line_in_box(W, 0.0, (-2.5, 2.5)))
        data_artists["vector"].set_data([0, W[0]], [0, W[1]])
        visited = _visited(history, t)
        point = X[visited] if visited is not None else [np.nan, np.nan]
        data_artists["visited"].set_data([point[0]], [point[1]])
        view.axes[0].set_title(i18n.text("ex04.data_title", step=t,
                                         W=plots.format_weights(W)))
        path["walked"].set_data(history.weights[:t + 1, 0], history.weights[:t + 1, 1])
        path["current"].set_data([W[0]], [W[1]])
        curve["current"].set_data([t], [criterion[t]])
        view.refresh()

    slider.observe(update, names="value")
    for ax in view.axes:
        ax.locator_params(nbins=5)  # fewer tick labels: text is most of a redraw's cost
    update()
    view.figure.set_layout_engine("none")  # keep the first layout: a change then costs less
    explorer = Explorer({"step": slider}, view)
    explorer.history, explorer.criterion = history, criterion
    return explorer


def _visited(history, step):
    """The index of the example used at ``step`` (None at the start)."""
    return int(history.batches[step - 1][0]) if step > 0 else None
