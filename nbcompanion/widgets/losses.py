"""The loss explorer of §1.2.1.5: a label y, a prediction ŷ, a loss, its value and its push."""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from ..i18n import text
from ..plots import losses as plot
from ._core import Explorer, FigureView

__all__ = ["loss_explorer"]

Y_HAT_RANGE = (-3.0, 3.0)


def loss_explorer(y=1, y_hat=0.5, loss="logistic"):
    """Build the explorer: buttons for y ∈ {−1, +1}, a slider for ŷ and a choice of loss.

    Left: every loss L(y, ŷ) against ŷ for the chosen y, the chosen one drawn strong, with
    the current point. Right: ∂L/∂ŷ against ŷ; since ∂L/∂W = (∂L/∂ŷ)·X, this is how hard
    and in which direction the example pulls the weights. ``explorer.state`` holds ``y``,
    ``y_hat``, ``loss``, and ``value`` and ``gradient`` of the chosen loss there.

    Returns
    -------
    Explorer
    """
    if y not in (-1, 1):
        raise ValueError(f"y must be one of the book's labels -1 or +1, got {y!r}.")
    plot.loss_and_gradient(loss, [y], [y_hat])
    grid = np.linspace(*Y_HAT_RANGE, 601)
    state = SimpleNamespace(y=int(y), y_hat=float(y_hat), loss=loss, value=None, gradient=None)
    view = FigureView(1, 2, figsize=(9.5, 3.6), dpi=80)
    ax_l, ax_g = view.axes
    curves, points = {}, {}
    for name in plot.NAMES:
        style = {"color": plot.COLORS[name], "label": text(f"losses.{name}")}
        if name == "cross_entropy":
            style["ls"] = "--"
        curves[name] = (ax_l.plot(grid, grid, **style)[0], ax_g.plot(grid, grid, **style)[0])
        points[name] = (ax_l.plot([], [], "o", color=plot.COLORS[name])[0],
                        ax_g.plot([], [], "o", color=plot.COLORS[name])[0])
    for ax in view.axes:
        ax.axhline(0, color="0.7", lw=0.8)
        ax.set_xlim(*Y_HAT_RANGE)
        ax.set_xlabel(text("losses.y_hat"))
    ax_l.set(ylabel=text("common.loss"), ylim=(-0.2, 8))
    ax_g.set(ylabel=text("losses.gradient"), ylim=(-4.5, 4.5))
    ax_l.legend(loc="upper center", fontsize="small")
    guides = (ax_l.axvline(y_hat, color="k", lw=0.8, ls=":"),
              ax_g.axvline(y_hat, color="k", lw=0.8, ls=":"))

    def set_curves():
        labels = np.full_like(grid, state.y)
        for name, (loss_line, grad_line) in curves.items():
            value, gradient = plot.loss_and_gradient(name, labels, grid)
            loss_line.set_ydata(value)
            grad_line.set_ydata(gradient)
            strong = name == state.loss
            for line in (loss_line, grad_line):
                line.set_linewidth(3 if strong else 1.2)
                line.set_alpha(1.0 if strong else 0.45)

    def set_point():
        for name, (loss_point, grad_point) in points.items():
            value, gradient = plot.loss_and_gradient(name, [state.y], [state.y_hat])
            loss_point.set_data([state.y_hat], value)
            grad_point.set_data([state.y_hat], gradient)
            if name == state.loss:
                state.value, state.gradient = float(value[0]), float(gradient[0])
        for guide in guides:
            guide.set_xdata([state.y_hat, state.y_hat])
        ax_l.set_title(text("losses.loss_title", name=text(f"losses.{state.loss}"),
                            loss=state.value), fontsize="medium")
        ax_g.set_title(text("losses.gradient_title", gradient=state.gradient),
                       fontsize="medium")

    controls = {
        "y": widgets.ToggleButtons(options=[("y = −1", -1), ("y = +1", 1)], value=int(y),
                                   description=text("losses.label"),
                                   style={"button_width": "60px"}),
        "y_hat": widgets.FloatSlider(value=y_hat, min=Y_HAT_RANGE[0], max=Y_HAT_RANGE[1],
                                     step=0.05, description="ŷ", continuous_update=True),
        "loss": widgets.Dropdown(options=[(text(f"losses.{n}"), n) for n in plot.NAMES],
                                 value=loss, description=text("losses.choice")),
    }

    def on_change(change):
        key = next(k for k, c in controls.items() if c is change["owner"])
        setattr(state, key, change["new"])
        if key != "y_hat":
            set_curves()
        set_point()
        view.refresh()

    for control in controls.values():
        control.observe(on_change, names="value")
    set_curves()
    set_point()
    view.refresh()
    explorer = Explorer(controls, view)
    explorer.state = state
    explorer.artists = {"curves": curves, "points": points}
    return explorer
