"""The activation explorer of §1.2.1.3: pick Φ, move v, see Φ(v) and Φ′(v)."""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import activations
from ..i18n import text
from ..plots import activations as plot
from ._core import Explorer, FigureView

__all__ = ["activation_explorer"]

V_RANGE = (-6.0, 6.0)


def activation_explorer(name="sigmoid", v=2.0):
    """Build the explorer: a choice of activation and a slider for v.

    The left panel shows Φ, the right one Φ′, each with the current point and the saturation
    regions (Φ′ below 5 % of its peak) shaded. ``explorer.state`` holds ``name``, ``v``,
    ``value`` = Φ(v) and ``slope`` = Φ′(v).

    Returns
    -------
    Explorer
    """
    activations.get(name)
    grid = np.linspace(*V_RANGE, 601)
    view = FigureView(1, 2, figsize=(9.0, 3.4), dpi=80)
    ax_f, ax_d = view.axes
    choice = widgets.Dropdown(options=[(plot.name_label(n), n) for n in activations.REGISTRY],
                              value=name, description=text("common.activation"),
                              style={"description_width": "initial"})
    slider = widgets.FloatSlider(value=v, min=V_RANGE[0], max=V_RANGE[1], step=0.1,
                                 description="v", continuous_update=True)
    state = SimpleNamespace(name=name, v=v, value=None, slope=None)
    artists = {}
    for ax in view.axes:
        ax.axhline(0, color="0.7", lw=0.8)
        ax.set_xlim(*V_RANGE)
        ax.set_xlabel(text("common.v"))
    ax_f.set_ylabel(text("activations.phi"))
    ax_d.set_ylabel(text("activations.dphi"))
    artists["f"] = ax_f.plot(grid, grid, lw=2, label=text("activations.phi"))[0]
    artists["d"] = ax_d.plot(grid, grid, lw=2, color="tab:red", label=text("activations.dphi"))[0]
    artists["f_point"] = ax_f.plot([], [], "ko", ms=8, label=text("activations.current"))[0]
    artists["d_point"] = ax_d.plot([], [], "ko", ms=8, label=text("activations.current"))[0]
    artists["f_guide"] = ax_f.axvline(v, color="k", lw=0.8, ls=":")
    artists["d_guide"] = ax_d.axvline(v, color="k", lw=0.8, ls=":")

    def set_activation(new_name):
        state.name = new_name
        f, d = activations.get(new_name).function(grid), activations.get(new_name).derivative(grid)
        artists["f"].set_ydata(f)
        artists["d"].set_ydata(d)
        for key, ax in (("f_shade", ax_f), ("d_shade", ax_d)):
            if key in artists:
                artists[key].remove()
            artists[key] = plot.shade_saturation(ax, new_name, grid)
        ax_f.set_ylim(f.min() - 0.15 * np.ptp(f) - 0.1, f.max() + 0.15 * np.ptp(f) + 0.1)
        ax_d.set_ylim(-0.1 * max(d.max(), 0.25), 1.15 * max(d.max(), 0.25))
        ax_f.legend(loc="upper left", fontsize="small")
        ax_d.legend(loc="upper left", fontsize="small")

    def set_point(new_v):
        phi = activations.get(state.name)
        state.v = float(new_v)
        state.value = float(phi.function(state.v))
        state.slope = float(phi.derivative(state.v))
        artists["f_point"].set_data([state.v], [state.value])
        artists["d_point"].set_data([state.v], [state.slope])
        artists["f_guide"].set_xdata([state.v, state.v])
        artists["d_guide"].set_xdata([state.v, state.v])
        ax_f.set_title(text("activations.function_title", name=plot.name_label(state.name),
                            value=state.value), fontsize="medium")
        ax_d.set_title(text("activations.derivative_title", value=state.slope),
                       fontsize="medium")

    def on_name(change):
        set_activation(change["new"])
        set_point(state.v)
        view.refresh()

    def on_v(change):
        set_point(change["new"])
        view.refresh()

    set_activation(name)
    set_point(v)
    view.refresh()
    choice.observe(on_name, names="value")
    slider.observe(on_v, names="value")
    explorer = Explorer({"activation": choice, "v": slider}, view)
    explorer.state = state
    explorer.artists = artists
    return explorer
