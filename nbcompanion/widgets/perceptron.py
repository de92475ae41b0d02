"""Explorers of §1.2.1 and §1.2.1.2: perceptron training step by step, and the SVM's margin.

Both fit once (a :class:`~nbcompanion.perceptron.Perceptron` with ``record_history``) when
the data or a training parameter changes, and the buttons or the epoch slider only move a
cursor through the recorded ``history_``: models compute, widgets wire.
"""


import ipywidgets as widgets
import numpy as np

from .. import data, i18n
from .._validation import check_choice, check_positive
from ..perceptron import Perceptron
from ..plots import perceptron as drawing
from ._core import Blitter, Explorer, FigureView

__all__ = ["TrainingCursor", "epoch_end", "training_explorer", "margin_explorer", "DATASETS"]

DATASETS = {
    "separable": lambda n, seed: data.linearly_separable(n, random_state=seed),
    "non_separable": lambda n, seed: data.non_separable(n, overlap=0.8, random_state=seed),
}


class TrainingCursor:
    """A position (step) in the recorded training of a fitted Perceptron.

    Step 0 is W = 0; step t is the state after the t-th example was visited.

    Parameters
    ----------
    model : Perceptron
        Fitted with ``record_history=True`` and ``batch_size=1``.

    Examples
    --------
    >>> from nbcompanion import data
    >>> model = Perceptron(random_state=0).fit(*data.linearly_separable(20))
    >>> cursor = TrainingCursor(model)
    >>> cursor.next_update(), int(cursor.mistakes) < 20
    (1, True)
    """

    def __init__(self, model):
        if not isinstance(model, Perceptron) or getattr(model, "history_", None) is None:
            raise ValueError("TrainingCursor needs a Perceptron fitted with record_history=True.")
        if model.batch_size != 1:
            raise ValueError("TrainingCursor steps through one example at a time: batch_size"
                             f" must be 1, got {model.batch_size}.")
        self.model = model
        self.history = model.history_
        self.step = 0

    @property
    def n_steps(self):
        """Number of recorded steps."""
        return self.history.n_steps

    @property
    def weights(self):
        """W at the cursor; with a bias neuron its last entry is b."""
        return self.history.weights[self.step]

    @property
    def mistakes(self):
        """Training mistakes of the weights at the cursor."""
        return int(self.history.mistakes[self.step])

    @property
    def epoch(self):
        """The (1-based) epoch the step at the cursor belongs to; 0 at the start."""
        return int(self.history.epochs[self.step - 1]) + 1 if self.step else 0

    @property
    def example(self):
        """Index of the example visited by the step at the cursor (None at step 0)."""
        return int(self.history.batches[self.step - 1][0]) if self.step else None

    def next_update(self):
        """Move to the next step that changed W (or to the end); return the new step."""
        changed = np.flatnonzero(self.history.updated[self.step:])
        self.step = self.step + int(changed[0]) + 1 if changed.size else self.n_steps
        return self.step

    def next_epoch(self):
        """Move to the end of the current epoch (of the next one when at an epoch's end)."""
        if self.step < self.n_steps:
            epoch = self.history.epochs[self.step]
            self.step = int(np.searchsorted(self.history.epochs, epoch, side="right"))
        return self.step

    def reset(self):
        """Back to W = 0."""
        self.step = 0
        return self.step

    def move_to(self, step):
        """Move to ``step``, clipped to the recorded range."""
        self.step = int(np.clip(step, 0, self.n_steps))
        return self.step


def _check_training(learning_rate, max_epochs, random_state):
    check_positive(learning_rate, "learning_rate")
    check_positive(max_epochs, "max_epochs", integer=True)
    if not isinstance(random_state, (int, np.integer)) or isinstance(random_state, bool):
        raise TypeError(f"random_state must be an int seed, got {random_state!r}.")


def training_explorer(*, dataset="separable", n_samples=30, learning_rate=1.0, max_epochs=30,
                      random_state=0):
    """Step through perceptron training on 2-D data (§1.2.1, eqs. 1.2 and 1.5).

    Controls: the data set (separable or not, Fig. 1.4), the learning rate α, and the
    buttons "one update", "one epoch", "reset". The left panel shows the line W·X + b = 0,
    the point of the last update ringed, and W; the right panel the training mistakes
    after each step, with the cursor.

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

    Returns
    -------
    Explorer
        With ``controls`` ``dataset``, ``learning_rate``, ``update``, ``epoch``, ``reset``,
        and the state ``X``, ``y``, ``model``, ``cursor`` (a :class:`TrainingCursor`).

    >>> explorer = training_explorer()
    >>> explorer.controls["update"].click()
    >>> explorer.cursor.step > 0
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
    view = FigureView(1, 2, figsize=(9.6, 3.8), dpi=72)
    explorer = Explorer(controls, view)
    artists = _training_artists(view)
    blitter = Blitter(view, [artists[name] for name in ("boundary", "ring", "cursor")]
                       + [view.axes[0].title])

    def refit(keep_step):
        step = explorer.cursor.step if keep_step else 0
        model = Perceptron(learning_rate=controls["learning_rate"].value, max_epochs=max_epochs,
                           random_state=random_state)
        explorer.model = model.fit(explorer.X, explorer.y)
        explorer.cursor = TrainingCursor(model)
        explorer.cursor.move_to(step)
        mistakes = model.history_.mistakes
        if np.array_equal(artists["mistakes"].get_ydata(), mistakes):
            return False  # the static picture is unchanged
        artists["mistakes"].set_data(np.arange(mistakes.size), mistakes)
        view.axes[1].set_xlim(0, max(mistakes.size - 1, 1))
        view.axes[1].set_ylim(-0.5, len(explorer.y) + 0.5)
        return True

    def load(change=None):
        explorer.X, explorer.y = DATASETS[controls["dataset"].value](n_samples, random_state)
        explorer.limits = drawing.view_limits(explorer.X)
        view.axes[0].set_xlim(explorer.limits[0])
        view.axes[0].set_ylim(explorer.limits[1])
        artists["negative"].set_offsets(explorer.X[explorer.y < 0])
        artists["positive"].set_offsets(explorer.X[explorer.y > 0])
        refit(keep_step=False)
        show(everything=True)  # new points and limits

    def show(everything=False):
        cursor = explorer.cursor
        W = cursor.weights
        xlim, ylim = explorer.limits
        artists["boundary"].set_data(*drawing.boundary_segment(W[:2], W[2], xlim=xlim, ylim=ylim))
        ring = explorer.X[[cursor.example]] if cursor.example is not None else np.empty((0, 2))
        artists["ring"].set_offsets(ring)
        artists["cursor"].set_data([cursor.step], [cursor.mistakes])
        step = i18n.text("perceptron.title_step", step=cursor.step, n_steps=cursor.n_steps,
                         epoch=cursor.epoch, mistakes=cursor.mistakes)
        weights = i18n.text("perceptron.weights_text", w1=W[0], w2=W[1], b=W[2],
                            alpha=controls["learning_rate"].value)
        view.axes[0].set_title(f"{step}\n{weights}", fontsize=10)
        blitter.refresh(everything)

    def on_learning_rate(change):
        # From W = 0 the mistakes do not depend on α (§1.2.1), so usually only W moves.
        show(everything=refit(keep_step=True))

    def on_button(move):
        def handler(button):
            move(explorer.cursor)
            show()
        return handler

    controls["dataset"].observe(load, names="value")
    controls["learning_rate"].observe(on_learning_rate, names="value")
    controls["update"].on_click(on_button(TrainingCursor.next_update))
    controls["epoch"].on_click(on_button(TrainingCursor.next_epoch))
    controls["reset"].on_click(on_button(TrainingCursor.reset))
    load()
    return explorer


def _training_artists(view):
    left, right = view.axes
    left.set_aspect("equal")
    empty = np.empty((0, 2))
    artists = {
        "negative": left.scatter(*empty.T, c=drawing.NEGATIVE, marker="o", s=24,
                                 label=i18n.text("common.class_neg")),
        "positive": left.scatter(*empty.T, c=drawing.POSITIVE, marker="s", s=24,
                                 label=i18n.text("common.class_pos")),
        "ring": left.scatter(*empty.T, s=200, facecolors="none", edgecolors="crimson",
                             linewidths=2, label=i18n.text("perceptron.updated_point")),
        "boundary": left.plot([], [], color="black", linewidth=2,
                              label=i18n.text("perceptron.boundary"))[0],
        "mistakes": right.step([], [], where="post", color="tab:purple",
                               label=i18n.text("common.mistakes"))[0],
        "cursor": right.plot([], [], "o", color="crimson",
                             label=i18n.text("perceptron.current_step"))[0],
    }
    left.set_xlabel(i18n.text("common.x1"))
    left.set_ylabel(i18n.text("common.x2"))
    left.legend(loc="upper left", bbox_to_anchor=(1.02, 1.0), fontsize="x-small")
    right.set_xlabel(i18n.text("perceptron.steps_axis"))
    right.set_ylabel(i18n.text("perceptron.mistakes_axis"))
    right.set_title(i18n.text("perceptron.title_mistakes"))
    right.legend(loc="upper right", fontsize="small")
    return artists


def epoch_end(history, epochs):
    """The step at which ``epochs`` full epochs of a recorded fit are done (clipped to the end).

    >>> from nbcompanion import data
    >>> model = Perceptron(shuffle=False).fit(*data.linearly_separable(10))
    >>> epoch_end(model.history_, 0), epoch_end(model.history_, 1)
    (0, 10)
    """
    return int(np.searchsorted(history.epochs, epochs - 1, side="right")) if epochs > 0 else 0


def margin_explorer(X=None, y=None, *, learning_rate=0.1, max_epochs=30, random_state=0):
    """Perceptron criterion versus hinge loss on the same data, epoch by epoch (§1.2.1.2).

    Controls: the loss (the update condition y·(W·X) < 0 or < 1 of eq. 1.10) and the number
    of epochs. Shows the separator W·X + b = 0, the margin lines W·X + b = ±1, and the
    geometric margin min y·(W·X + b)/‖W‖ in the title.

    Parameters
    ----------
    X : array_like of shape (n_samples, 2), optional
        Default: ``data.linearly_separable(30, random_state=random_state)``.
    y : array_like of shape (n_samples,), labels -1 and +1
    learning_rate : float, default=0.1
    max_epochs : int, default=30
        Range of the epoch slider; both models are fitted once, for this many epochs.
    random_state : int, default=0

    Returns
    -------
    Explorer
        With ``controls`` ``loss`` and ``epochs`` and the state ``models`` (dict by loss),
        ``weights`` (W and b shown now).

    >>> explorer = margin_explorer()
    >>> explorer.controls["loss"].value = "hinge"
    >>> explorer.weights.shape
    (3,)
    """
    _check_training(learning_rate, max_epochs, random_state)
    if X is None and y is None:
        X, y = data.linearly_separable(30, random_state=random_state)
    elif X is None or y is None:
        raise ValueError("Give both X and y, or neither (then a separable data set is drawn).")
    X, y = drawing._points(X, y)
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
    view = FigureView(figsize=(5.0, 4.6), dpi=72)
    explorer = Explorer(controls, view)
    explorer.models = models
    ax = view.axes[0]
    xlim, ylim = drawing.view_limits(X)
    ax.set_xlim(xlim)
    ax.set_ylim(ylim)
    ax.set_aspect("equal")
    drawing.draw_data(ax, X, y)
    lines = {"boundary": drawing.draw_boundary(ax, [0.0, 0.0]),
             "margins": drawing.draw_margins(ax, [0.0, 0.0])}
    ax.legend(loc="lower left", fontsize="x-small", framealpha=0.6)
    blitter = Blitter(view, [lines["boundary"], *lines["margins"], ax.title])

    def show(change=None):
        model = models[controls["loss"].value]
        W = model.history_.weights[epoch_end(model.history_, controls["epochs"].value)]
        explorer.weights = W
        lines["boundary"].set_data(*drawing.boundary_segment(W[:2], W[2], xlim=xlim, ylim=ylim))
        for line, level in zip(lines["margins"], (1.0, -1.0)):
            line.set_data(*drawing.boundary_segment(W[:2], W[2], xlim=xlim, ylim=ylim,
                                                    level=level))
        margin = drawing.geometric_margin(W[:2], W[2], X, y) if np.any(W[:2]) else np.nan
        ax.set_title(i18n.text("perceptron.title_epoch",
                               loss=i18n.text(f"perceptron.loss_{controls['loss'].value}"),
                               epochs=controls["epochs"].value,
                               margin="—" if np.isnan(margin) else f"{margin:.3f}"),
                     fontsize=10)
        blitter.refresh()

    controls["loss"].observe(show, names="value")
    controls["epochs"].observe(show, names="value")
    show()
    return explorer
