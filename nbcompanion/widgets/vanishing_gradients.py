"""The explorer of §1.4.2: depth, weight and activation of a chain of single units."""

from types import SimpleNamespace

import ipywidgets as widgets

from .. import vanishing_gradients
from ..i18n import text
from ..plots import activations as activation_plots, vanishing_gradients as plot
from ._core import Explorer, FigureView

__all__ = ["gradient_chain_explorer"]

ACTIVATIONS = ("sigmoid", "tanh", "relu")
MAX_DEPTH = 30


def gradient_chain_explorer(depth=10, weight=1.0, x=1.0, activation="sigmoid"):
    """Build the explorer: a chain of ``depth`` single units, all weights ``weight``.

    Left: |∂o/∂w_i| for every layer (log scale), with the ratio of the first layer's to the
    last one's. Right: the local factors |w Φ'(a_i)| against the lines 1 and 1/4. The chain
    is recomputed at each change (30 scalar layers cost microseconds).

    Returns
    -------
    Explorer
        ``explorer.state`` holds ``depth``, ``weight``, ``x``, ``activation`` and the last
        ``gradients`` and ``factors``.
    """
    view = FigureView(1, 2, figsize=(8.0, 3.4))
    with view.style():
        artists = plot.draw_chain(*view.axes, MAX_DEPTH)
    controls = {
        "depth": widgets.IntSlider(value=depth, min=1, max=MAX_DEPTH,
                                   description=text("vanishing.depth")),
        "weight": widgets.FloatSlider(value=weight, min=0.1, max=6.0, step=0.1,
                                      description=text("vanishing.weight")),
        "x": widgets.FloatSlider(value=x, min=-3.0, max=3.0, step=0.1,
                                 description=text("vanishing.input")),
        "activation": widgets.Dropdown(
            options=[(activation_plots.name_label(n), n) for n in ACTIVATIONS],
            value=activation, description=text("vanishing.activation")),
    }
    state = SimpleNamespace(gradients=None, factors=None)

    def update(state):
        weights = [state.weight] * state.depth
        state.gradients = vanishing_gradients.chain_gradients(state.x, weights, state.activation)
        state.factors = vanishing_gradients.chain_factors(state.x, weights, state.activation)
        plot.update_chain(artists, state.gradients, state.factors)

    return Explorer(view=view, controls=controls, state=state, artists=artists, update=update,
                    task=text("vanishing.task"))
