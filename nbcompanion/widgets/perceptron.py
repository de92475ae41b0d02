"""Explorers of §1.2.1 and §1.2.1.2: perceptron training step by step, and the SVM's margin.

Both fit a :class:`~nbcompanion.perceptron.Perceptron` with ``record_history`` once per data
set, and their controls only move a cursor through the recorded ``history_``: models
compute, widgets wire.
"""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import data, i18n
from .._validation import check_choice, check_positive
from ..perceptron import Perceptron, TrainingCursor, epoch_end, geometric_margin
from ..plots import perceptron as plot
from ._core import Explorer, FigureView

__all__ = ["training_explorer", "margin_explorer", "DATASETS"]

DATASETS = {
    "separable": lambda n, seed: data.linearly_separable(n, random_state=seed),
    "non_separable": lambda n, seed: data.non_separable(n, overlap=0.8, random_state=seed),
}


def _check_training(learning_rate, max_epochs, random_state):
    check_positive(learning_rate, "learning_rate")
    check_positive(max_epochs, "max_epochs", integer=True)
    if not isinstance(random_state, (int, np.integer)) or isinstance(random_state, bool):
        raise TypeError(f"random_state must be an int seed, got {random_state!r}.")


def training_explorer(*, dataset="separable", n_samples=30, learning_rate=1.0, max_epochs=30,
                      random_state=0, task=None):
    """Step through perceptron training on 2-D data (§1.2.1, eqs. 1.2 and 1.5).

    Controls: the data set (separable or not, Fig. 1.4), the learning rate α, and the
    buttons "one update", "one epoch", "reset". The left panel shows the line W·X + b = 0,
    the point of the last update ringed, and W; the right panel the training mistakes
    after each step, with the cursor.

    Each data set is fitted once, with α = 1, and kept. Moving α refits nothing: from
    W = 0 every update of eq. (1.5) is α times the update with α = 1, so the weights after
    step t are α·W_t(α = 1) and the mistakes do not depend on α (a point worth seeing).

    Parameters
    ----------
    dataset : {"separable", "non_separable"}, default="separable"
    n_samples : int, default=30
    learning_rate : float, default=1.0
        Initial α (the slider spans 0.05 to 2).
    max_epochs : int, default=30
        Epochs recorded per fit.
    random_state : int, default=0
        Seed of the data and of the order of the examples.
    task : str, optional
        The question shown beside the controls (default: the companion's).

    Returns
    -------
    Explorer
        With ``controls`` ``dataset``, ``learning_rate``, ``update``, ``epoch``, ``reset``,
        and the ``state`` ``X``, ``y``, ``model`` (fitted with α = 1), ``cursor`` (a
        :class:`~nbcompanion.perceptron.TrainingCursor`) and ``weights`` (W and b shown).

    >>> explorer = training_explorer()
    >>> explorer.controls["update"].click()
    >>> explorer.state.cursor.step > 0
    True
    """
    check_choice(dataset, "dataset", tuple(DATASETS))
    check_positive(n_samples, "n_samples", integer=True)
    if n_samples < 4:
        raise ValueError(f"n_samples must be at least 4 to show two classes, got {n_samples}.")
    _check_training(learning_rate, max_epochs, random_state)
    if not 0.05 <= learning_rate <= 2:
        raise ValueError("learning_rate must lie in [0.05, 2] (the slider's range),"
                         f" got {learning_rate}.")
    controls = {
        "dataset": widgets.Dropdown(
            options=[(i18n.text(f"perceptron.{key}"), key) for key in DATASETS], value=dataset,
            description=i18n.text("common.dataset"), style={"description_width": "initial"}),
        "learning_rate": widgets.FloatSlider(
            value=learning_rate, min=0.05, max=2.0, step=0.05,
            description=i18n.text("common.learning_rate"), style={"description_width": "initial"}),
        "update": widgets.Button(description=i18n.text("perceptron.one_update")),
        "epoch": widgets.Button(description=i18n.text("perceptron.one_epoch")),
        "reset": widgets.Button(description=i18n.text("common.reset")),
    }
    fits = {}

    def fitted(name):
        if name not in fits:
            X, y = DATASETS[name](n_samples, random_state)
            fits[name] = (X, y, Perceptron(max_epochs=max_epochs,
                                           random_state=random_state).fit(X, y))
        return fits[name]

    view = FigureView(1, 2, figsize=(8.0, 3.8))
    artists = plot.draw_training(*view.axes)
    state = SimpleNamespace(loaded=None, X=None, y=None, model=None, cursor=None, weights=None)

    def update(state):
        if state.loaded != state.dataset:
            state.X, state.y, state.model = fitted(state.dataset)
            state.cursor = TrainingCursor(state.model)
            plot.show_training_data(artists, state.X, state.y, state.model.history_.mistakes)
            state.loaded = state.dataset
        cursor = state.cursor
        state.weights = state.learning_rate * cursor.weights
        W = state.weights
        title = "\n".join([
            i18n.text("perceptron.title_step", step=cursor.step, n_steps=cursor.n_steps,
                      epoch=cursor.epoch, mistakes=cursor.mistakes),
            i18n.text("perceptron.weights_text", w1=W[0], w2=W[1], b=W[2],
                      alpha=state.learning_rate)])
        plot.update_training(artists, state.X, W, cursor.example, cursor.step,
                             cursor.mistakes, title)

    explorer = Explorer(controls, view, state=state, artists=artists,
                        moving=[artists[k] for k in ("boundary", "ring", "cursor", "title")],
                        update=update, static=("dataset",),
                        task=i18n.text("tasks.training") if task is None else task)
    explorer.on_click("update", lambda state: state.cursor.next_update())
    explorer.on_click("epoch", lambda state: state.cursor.next_epoch())
    explorer.on_click("reset", lambda state: state.cursor.reset())
    return explorer


def margin_explorer(X=None, y=None, *, learning_rate=0.1, max_epochs=30, random_state=0,
                    task=None):
    """Perceptron criterion versus hinge loss on the same data, epoch by epoch (§1.2.1.2).

    Controls: the loss (the update condition y·(W·X) < 0 or < 1 of eq. 1.10) and the number
    of epochs. Shows the separator W·X + b = 0, the margin lines W·X + b = ±1, and the
    geometric margin min y·(W·X + b)/‖W‖ in the title. Both models are fitted once, when
    the explorer is built; the controls only pick a recorded step.

    Parameters
    ----------
    X : array_like of shape (n_samples, 2), optional
        Default: ``data.linearly_separable(30, random_state=random_state)``.
    y : array_like of shape (n_samples,), labels -1 and +1
    learning_rate : float, default=0.1
    max_epochs : int, default=30
        Range of the epoch slider.
    random_state : int, default=0
    task : str, optional

    Returns
    -------
    Explorer
        With ``controls`` ``loss`` and ``epochs`` and the ``state`` ``models`` (dict by
        loss) and ``weights`` (W and b shown now).

    >>> explorer = margin_explorer()
    >>> explorer.controls["loss"].value = "hinge"
    >>> explorer.state.weights.shape
    (3,)
    """
    _check_training(learning_rate, max_epochs, random_state)
    if X is None and y is None:
        X, y = data.linearly_separable(30, random_state=random_state)
    elif X is None or y is None:
        raise ValueError("Give both X and y, or neither (then a separable data set is drawn).")
    X, y = plot._points(X, y)
    models = {loss: Perceptron(loss=loss, learning_rate=learning_rate, max_epochs=max_epochs,
                               random_state=random_state).fit(X, y)
              for loss in ("perceptron", "hinge")}
    controls = {
        "loss": widgets.Dropdown(
            options=[(i18n.text(f"perceptron.loss_{loss}"), loss) for loss in models],
            value="perceptron", description=i18n.text("perceptron.loss_choice")),
        "epochs": widgets.IntSlider(value=max_epochs, min=0, max=max_epochs,
                                    description=i18n.text("perceptron.epochs_slider")),
    }
    view = FigureView(figsize=(4.6, 4.6))
    artists = plot.draw_margin_view(view.axes[0], X, y)
    state = SimpleNamespace(models=models, weights=None, margin=None)

    def update(state):
        history = state.models[state.loss].history_
        W = state.weights = history.weights[epoch_end(history, state.epochs)]
        state.margin = geometric_margin(W[:2], W[2], X, y) if np.any(W[:2]) else None
        title = i18n.text("perceptron.title_epoch",
                          loss=i18n.text(f"perceptron.loss_{state.loss}"), epochs=state.epochs,
                          margin="—" if state.margin is None else i18n.number(state.margin, ".3f"))
        plot.update_margin_view(artists, W[:2], W[2], title)

    return Explorer(controls, view, state=state, artists=artists,
                    moving=[artists["boundary"], *artists["margins"], artists["title"]],
                    update=update, task=i18n.text("tasks.margin") if task is None else task)
