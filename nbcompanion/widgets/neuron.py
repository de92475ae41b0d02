"""The neuron explorer of §1.1: set inputs and weights, watch v and h = Φ(v) (Figs. 1.1 b, 1.7)."""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import activations
from .._validation import as_real_array, check_same_shape
from ..i18n import text
from ..plots import activations as activation_plots
from ..plots import neuron as plot
from ._core import Explorer, FigureView

__all__ = ["neuron_explorer", "DEFAULT_X", "DEFAULT_W"]

DEFAULT_X = (1.0, 0.5, -1.0, 2.0, 0.0)
DEFAULT_W = (0.8, -0.4, 0.3, 0.5, 1.0)
V_RANGE = (-8.0, 8.0)


def _slider(name, value, low=-2.0, high=2.0):
    return widgets.FloatSlider(value=value, min=low, max=high, step=0.1, description=name,
                               continuous_update=True, layout=widgets.Layout(width="210px"),
                               style={"description_width": "40px"})


def neuron_explorer(x=DEFAULT_X, w=DEFAULT_W, b=0.0, activation="sigmoid"):
    """Build the explorer: a slider for every input xᵢ and weight wᵢ, the bias and Φ.

    Left: the neuron of Fig. 1.1 (b) with its pre- and post-activation values (Fig. 1.7).
    Right: the activation Φ with the neuron's point (v, h). ``explorer.state`` holds the
    current ``x``, ``w``, ``b``, ``activation`` and ``output`` (a NeuronOutput).

    Returns
    -------
    Explorer
    """
    x = as_real_array(x, "x", ndim=1)
    w = as_real_array(w, "w", ndim=1)
    check_same_shape(x, w, ("x", "w"))
    activations.get(activation)
    state = SimpleNamespace(x=x.copy(), w=w.copy(), b=float(b), activation=activation,
                            output=None)
    view = FigureView(1, 2, figsize=(9.5, 3.9), dpi=80)
    ax_n, ax_f = view.axes
    diagram = plot.draw_neuron(ax_n, state.x, state.w, state.b, activation=activation)
    grid = np.linspace(*V_RANGE, 641)
    curve = ax_f.plot(grid, grid, lw=2, label=text("activations.phi"))[0]
    point = ax_f.plot([], [], "ko", ms=8, label=text("neuron.point"))[0]
    ax_f.axhline(0, color="0.7", lw=0.8)
    ax_f.axvline(0, color="0.7", lw=0.8)
    ax_f.set(xlim=V_RANGE, xlabel=text("common.v"), ylabel=text("neuron.h"),
             title=text("neuron.curve_title"))
    ax_f.legend(loc="upper left", fontsize="small")

    def set_activation(name):
        state.activation = name
        values = activations.get(name).function(grid)
        curve.set_ydata(values)
        curve.set_label(activation_plots.name_label(name))
        pad = 0.1 * np.ptp(values) + 0.1
        ax_f.set_ylim(values.min() - pad, values.max() + pad)
        ax_f.legend(loc="upper left", fontsize="small")

    def redraw():
        state.output = plot.update_neuron(diagram, state.x, state.w, state.b,
                                          activation=state.activation)
        point.set_data([np.clip(state.output.v, *V_RANGE)], [state.output.h])
        view.refresh()

    controls = {}
    for i in range(len(x)):
        controls[f"x{i + 1}"] = _slider(f"x{i + 1}", float(x[i]))
        controls[f"w{i + 1}"] = _slider(f"w{i + 1}", float(w[i]))
    controls["b"] = _slider("b", float(b))
    controls["activation"] = widgets.Dropdown(
        options=[(activation_plots.name_label(n), n) for n in activations.REGISTRY],
        value=activation, description=text("common.activation"),
        style={"description_width": "initial"})

    def on_change(change):
        owner = change["owner"]
        key = next(k for k, c in controls.items() if c is owner)
        if key == "activation":
            set_activation(change["new"])
        elif key == "b":
            state.b = float(change["new"])
        else:
            vector = state.x if key[0] == "x" else state.w
            vector[int(key[1:]) - 1] = float(change["new"])
        redraw()

    for control in controls.values():
        control.observe(on_change, names="value")
    set_activation(activation)
    redraw()
    explorer = Explorer(controls, view)
    explorer.state = state
    explorer.artists = {"diagram": diagram, "curve": curve, "point": point}
    return explorer
