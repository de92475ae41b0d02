"""Figures of §1.2.1.3 and §1.2.1.6: the activations (Fig. 1.8) and their derivatives (Fig. 1.10)."""

import numpy as np

from .. import activations
from .._validation import as_real_array
from ..i18n import number, text
from ._style import legend_below, legend_beside

__all__ = ["GRID", "name_label", "draw_activation", "draw_activation_grid", "saturated",
           "shade_saturation", "draw_tanh_identity", "draw_derivative_peak",
           "draw_activation_pair", "update_activation_pair", "show_activation"]

GRID = np.linspace(-4, 4, 801)
COLORS = {"identity": "tab:gray", "sign": "tab:purple", "sigmoid": "tab:blue",
          "tanh": "tab:orange", "relu": "tab:green", "hard_tanh": "tab:red"}


def name_label(name):
    """The activation's name in the notebook's language.

    >>> name_label("relu")
    'ReLU'
    """
    return text(f"activations.{activations.get(name).name}")


def _curve(name, v, derivative):
    phi = activations.get(name)
    return (phi.derivative if derivative else phi.function)(v)


def draw_activation(ax, name, v=None, *, derivative=False, **style):
    """Draw Φ (or Φ′ when ``derivative``) of the activation ``name`` over ``v``.

    Returns
    -------
    Line2D
    """
    v = GRID if v is None else as_real_array(v, "v", ndim=1)
    y = _curve(name, v, derivative)
    style = {"color": COLORS[name], "lw": 2, "label": name_label(name)} | style
    if name == "sign" and not derivative:
        style.setdefault("drawstyle", "steps-mid")
    (line,) = ax.plot(v, y, **style)
    return line


def draw_activation_grid(axes, *, derivative=False, v=None):
    """Fig. 1.8 (or Fig. 1.10 with ``derivative``): one panel per activation of the registry.

    Parameters
    ----------
    axes : sequence of 6 Axes

    Returns
    -------
    dict of str to Line2D
    """
    lines = {}
    ylabel = text("activations.dphi" if derivative else "activations.phi")
    for ax, name in zip(axes, activations.REGISTRY):
        lines[name] = draw_activation(ax, name, v, derivative=derivative)
        ax.axhline(0, color="0.7", lw=0.8)
        ax.axvline(0, color="0.7", lw=0.8)
        ax.set(title=name_label(name), xlabel=text("common.v"), ylabel=ylabel)
        low, high = ax.get_ylim()  # headroom: every Φ and Φ′ leaves the upper left empty
        ax.set_ylim(low, high + 0.6 * (high - low))
        ax.legend(loc="upper left")
    return lines


def saturated(name, v, *, fraction=0.05):
    """Where Φ′(v) is below ``fraction`` of its largest value on ``v``: the flat parts of Φ.

    An activation whose derivative is zero everywhere (the sign) is saturated everywhere.

    >>> saturated("hard_tanh", [-2.0, 0.0, 2.0]).tolist()
    [True, False, True]
    """
    v = as_real_array(v, "v", ndim=1)
    slope = np.abs(_curve(name, v, True))
    peak = slope.max()
    return slope <= fraction * peak if peak > 0 else np.ones(v.shape, dtype=bool)


def shade_saturation(ax, name, v=None, *, fraction=0.05):
    """Shade the saturation regions of ``name`` across the height of ``ax``.

    Returns
    -------
    PolyCollection
    """
    v = GRID if v is None else as_real_array(v, "v", ndim=1)
    return ax.fill_between(v, 0, 1, where=saturated(name, v, fraction=fraction),
                           transform=ax.get_xaxis_transform(), color="0.85", step="mid",
                           label=text("activations.saturation"), zorder=0)


def draw_tanh_identity(ax, v=None):
    """tanh(v) and 2·sigmoid(2v) − 1 on one axes, the identity of exercise 3.

    Returns
    -------
    list of Line2D
    """
    v = GRID if v is None else as_real_array(v, "v", ndim=1)
    tanh = ax.plot(v, activations.tanh(v), color=COLORS["tanh"], lw=5, alpha=0.4,
                   label=name_label("tanh"))[0]
    scaled = ax.plot(v, 2 * activations.sigmoid(2 * v) - 1, "k--", lw=1.5,
                     label=text("activations.scaled_sigmoid"))[0]
    sigmoid = ax.plot(v, activations.sigmoid(v), color=COLORS["sigmoid"], lw=1,
                      label=text("activations.sigmoid_curve"))[0]
    ax.set(title=text("activations.tanh_identity"), xlabel=text("common.v"),
           ylabel=text("activations.function_of_v"))
    legend_beside(ax)
    return [tanh, scaled, sigmoid]


def draw_derivative_peak(ax, name, v=None):
    """Mark where Φ′ is largest on ``v`` (the first such v), and its value.

    Returns
    -------
    Line2D
        The marker.
    """
    v = GRID if v is None else as_real_array(v, "v", ndim=1)
    slope = _curve(name, v, True)
    i = int(np.argmax(slope))
    (marker,) = ax.plot([v[i]], [slope[i]], "o", color="k", ms=7,
                        label=f"{text('activations.maximum')}: Φ′({number(v[i], 'g')}) = {number(slope[i], 'g')}")
    return marker


def draw_activation_pair(ax_f, ax_d, name, v, v_range=(-6.0, 6.0)):
    """Φ on ``ax_f`` and Φ′ on ``ax_d``, the point at ``v`` on both, saturation shaded.

    Returns
    -------
    dict
        ``"f"``, ``"d"`` (curves), ``"f_shade"``, ``"d_shade"``, ``"f_point"``, ``"d_point"``,
        ``"f_guide"``, ``"d_guide"``, and the titles ``"f_title"``, ``"d_title"``.
    """
    grid = np.linspace(*v_range, 601)
    artists = {}
    for key, ax, ylabel in (("f", ax_f, "activations.phi"), ("d", ax_d, "activations.dphi")):
        ax.axhline(0, color="0.7", lw=0.8)
        ax.set(xlim=v_range, xlabel=text("common.v"), ylabel=text(ylabel))
        ax.locator_params(nbins=5)
        artists[key] = ax.plot(grid, grid, lw=2, color="tab:blue" if key == "f" else "tab:red",
                               label=text(ylabel))[0]
        artists[f"{key}_point"] = ax.plot([], [], "ko", ms=8,
                                          label=text("activations.current"))[0]
        artists[f"{key}_guide"] = ax.axvline(0, color="k", lw=0.8, ls=":")
        artists[f"{key}_title"] = ax.title
    show_activation(artists, name)
    artists["legend"] = legend_below(ax_f.figure, [artists["f"], artists["d"],
                                                   artists["f_point"], artists["f_shade"]])
    update_activation_pair(artists, name, v)
    return artists


def show_activation(artists, name):
    """Draw the curves, the shading and the limits of the activation ``name``."""
    f, d = artists["f"], artists["d"]
    grid = f.get_xdata()
    values, slopes = _curve(name, grid, False), _curve(name, grid, True)
    f.set_ydata(values)
    d.set_ydata(slopes)
    for key, line in (("f_shade", f), ("d_shade", d)):
        if key in artists:
            artists[key].remove()
        artists[key] = shade_saturation(line.axes, name, grid)
    f.axes.set_ylim(values.min() - 0.15 * np.ptp(values) - 0.1,
                    values.max() + 0.15 * np.ptp(values) + 0.1)
    peak = max(slopes.max(), 0.25)
    d.axes.set_ylim(-0.1 * peak, 1.15 * peak)


def update_activation_pair(artists, name, v):
    """Move the point and the guides to ``v``; return (Φ(v), Φ′(v))."""
    value, slope = float(_curve(name, v, False)), float(_curve(name, v, True))
    for key, y in (("f", value), ("d", slope)):
        artists[f"{key}_point"].set_data([v], [y])
        artists[f"{key}_guide"].set_xdata([v, v])
    artists["f_title"].set_text(text("activations.function_title", name=name_label(name),
                                     value=value))
    artists["d_title"].set_text(text("activations.derivative_title", value=slope))
    return value, slope
