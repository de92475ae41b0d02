"""Figures of §1.2.1.3 and §1.2.1.6: the activations (Fig. 1.8) and their derivatives (Fig. 1.10)."""

import numpy as np

from .. import activations
from .._validation import as_real_array
from ..i18n import text

__all__ = ["GRID", "name_label", "draw_activation", "draw_activation_grid", "saturated",
           "shade_saturation", "draw_tanh_identity", "draw_derivative_peak"]

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
        ax.legend(loc="upper left", fontsize="small")
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
    ax.legend(loc="upper left")
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
                        label=f"{text('activations.maximum')}: Φ′({v[i]:g}) = {slope[i]:g}")
    return marker
