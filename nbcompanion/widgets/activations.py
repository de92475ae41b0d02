"""The activation explorer of §1.2.1.3: pick Φ, move v, see Φ(v) and Φ′(v)."""

from types import SimpleNamespace

import ipywidgets as widgets

from .. import activations
from ..i18n import text
from ..plots import activations as plot
from ._core import Explorer, FigureView

__all__ = ["activation_explorer"]

V_RANGE = (-6.0, 6.0)


def activation_explorer(name="sigmoid", v=2.0, *, task=None):
    """Build the explorer: a choice of activation and a slider for v.

    The left panel shows Φ, the right one Φ′, each with the current point and the saturation
    regions (Φ′ below 5 % of its peak) shaded. ``state`` holds ``activation``, ``v``,
    ``value`` = Φ(v) and ``slope`` = Φ′(v). Choosing Φ redraws the background once per
    activation (then it is cached); moving v only moves the points.

    Returns
    -------
    Explorer
    """
    activations.get(name)
    controls = {
        "activation": widgets.Dropdown(
            options=[(plot.name_label(n), n) for n in activations.REGISTRY], value=name,
            description=text("common.activation"), style={"description_width": "initial"}),
        "v": widgets.FloatSlider(value=v, min=V_RANGE[0], max=V_RANGE[1], step=0.1,
                                 description="v"),
    }
    view = FigureView(1, 2, figsize=(8.0, 3.4))
    artists = plot.draw_activation_pair(*view.axes, name, v, V_RANGE)
    state = SimpleNamespace(shown=name, value=None, slope=None)

    def update(state):
        if state.activation != state.shown:
            plot.show_activation(artists, state.activation)
            state.shown = state.activation
        state.value, state.slope = plot.update_activation_pair(artists, state.activation,
                                                               state.v)

    moving = [artists[k] for k in ("f_point", "d_point", "f_guide", "d_guide", "f_title",
                                   "d_title")]
    return Explorer(controls, view, state=state, artists=artists, moving=moving,
                    update=update, static=("activation",),
                    task=text("tasks.activation") if task is None else task)
