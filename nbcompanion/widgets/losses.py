"""The loss explorer of §1.2.1.5: a label y, a prediction ŷ, a loss, its value and its push."""

from types import SimpleNamespace

import ipywidgets as widgets

from ..i18n import text
from ..plots import losses as plot
from ._core import Explorer, FigureView

__all__ = ["loss_explorer"]

Y_HAT_RANGE = (-3.0, 3.0)


def loss_explorer(y=1, y_hat=0.5, loss="logistic", *, task=None):
    """Build the explorer: buttons for y ∈ {−1, +1}, a slider for ŷ and a choice of loss.

    Left: every loss L(y, ŷ) against ŷ for the chosen y, the chosen one drawn strong, with
    the current point. Right: ∂L/∂ŷ against ŷ; since ∂L/∂W = (∂L/∂ŷ)·X, this is how hard
    and in which direction the example pulls the weights. ``state`` holds ``y``, ``y_hat``,
    ``loss``, and ``value`` and ``gradient`` of the chosen loss there. The label and the
    loss redraw the curves (the background, cached per combination); ŷ moves the points.

    Returns
    -------
    Explorer
    """
    if y not in (-1, 1):
        raise ValueError(f"y must be one of the book's labels -1 or +1, got {y!r}.")
    plot.loss_and_gradient(loss, [y], [y_hat])
    controls = {
        "y": widgets.ToggleButtons(options=[("y = −1", -1), ("y = +1", 1)], value=int(y),
                                   description=text("losses.label"),
                                   style={"button_width": "auto"}),
        "y_hat": widgets.FloatSlider(value=y_hat, min=Y_HAT_RANGE[0], max=Y_HAT_RANGE[1],
                                     step=0.05, description="ŷ"),
        "loss": widgets.Dropdown(options=[(text(f"losses.{n}"), n) for n in plot.NAMES],
                                 value=loss, description=text("losses.choice")),
    }
    view = FigureView(1, 2, figsize=(8.0, 3.5))
    artists = plot.draw_loss_explorer(*view.axes, Y_HAT_RANGE)
    state = SimpleNamespace(shown=None, value=None, gradient=None)

    def update(state):
        if state.shown != (state.y, state.loss):
            plot.show_label(artists, state.y, state.loss)
            state.shown = (state.y, state.loss)
        state.value, state.gradient = plot.update_loss_point(artists, state.y, state.y_hat,
                                                             state.loss)

    moving = [*(line for pair in artists["points"].values() for line in pair),
              *artists["guides"], artists["loss_title"], artists["gradient_title"]]
    return Explorer(controls, view, state=state, artists=artists, moving=moving,
                    update=update, static=("y", "loss"),
                    task=text("tasks.loss") if task is None else task)
