"""The neuron explorer of §1.1: set inputs and weights, watch v and h = Φ(v) (Figs. 1.1 b, 1.7)."""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import activations
from .._validation import as_real_array, check_same_shape
from ..i18n import text
from ..plots import activations as activation_plots, neuron as plot
from ._core import Explorer, FigureView

__all__ = ["neuron_explorer", "DEFAULT_X", "DEFAULT_W"]

DEFAULT_X = (1.0, 0.5, -1.0, 2.0, 0.0)
DEFAULT_W = (0.8, -0.4, 0.3, 0.5, 1.0)


def _slider(name, value):
    return widgets.FloatSlider(value=value, min=-2.0, max=2.0, step=0.1, description=name,
                               layout=widgets.Layout(width="210px"),
                               style={"description_width": "40px"})


def neuron_explorer(x=DEFAULT_X, w=DEFAULT_W, b=0.0, activation="sigmoid", *, task=None):
    """Build the explorer: a slider for every input xᵢ and weight wᵢ, the bias and Φ.

    Left: the neuron of Fig. 1.1 (b) with its pre- and post-activation values (Fig. 1.7).
    Right: the activation Φ with the neuron's point (v, h). ``state`` holds the sliders
    ``x1 … xd``, ``w1 … wd``, ``b``, ``activation``, the vectors ``x`` and ``w`` and
    ``output`` (a NeuronOutput). Choosing Φ redraws the background once per activation.

    Returns
    -------
    Explorer
    """
    x = as_real_array(x, "x", ndim=1)
    w = as_real_array(w, "w", ndim=1)
    check_same_shape(x, w, ("x", "w"))
    activations.get(activation)
    controls = {}
    for i in range(len(x)):
        controls[f"x{i + 1}"] = _slider(f"x{i + 1}", float(x[i]))
        controls[f"w{i + 1}"] = _slider(f"w{i + 1}", float(w[i]))
    controls["b"] = _slider("b", float(b))
    controls["activation"] = widgets.Dropdown(
        options=[(activation_plots.name_label(n), n) for n in activations.REGISTRY],
        value=activation, description=text("common.activation"),
        style={"description_width": "initial"})
    view = FigureView(1, 2, figsize=(8.4, 3.5), width_ratios=(1.3, 1.0))
    diagram = plot.draw_neuron(view.axes[0], x, w, b, activation=activation)
    curve = plot.draw_activation_point(view.axes[1], activation)
    state = SimpleNamespace(x=x.copy(), w=w.copy(), output=None)

    def update(state):
        state.x = np.array([getattr(state, f"x{i + 1}") for i in range(len(x))])
        state.w = np.array([getattr(state, f"w{i + 1}") for i in range(len(x))])
        state.output = plot.update_neuron(diagram, state.x, state.w, state.b,
                                          activation=state.activation)
        plot.update_activation_point(curve, state.activation, state.output.v, state.output.h)

    return Explorer(controls, view, state=state, artists={"diagram": diagram, **curve},
                    moving=[*diagram["x"], *diagram["w"], *diagram["edges"], diagram["v"],
                            diagram["h"], diagram["b"], curve["point"]],
                    update=update, static=("activation",),
                    task=text("tasks.neuron") if task is None else task)
