"""An activation's derivative with its largest value marked (§1.2.1.6, exercises 7 and 8)."""

import numpy as np

from .. import activations, i18n
from .._validation import check_choice

__all__ = ["draw_derivative"]


def draw_derivative(ax, name, v=None):
    """Draw Φ'(v) of the activation ``name`` (``"sigmoid"`` or ``"tanh"``) and mark its largest value on the grid ``v``.

    Returns a dict of artists: ``"curve"``, ``"maximum"`` (the marker), ``"bound"`` (the
    horizontal line at the largest value).
    """
    activation = activations.get(check_choice(name, "name", ("sigmoid", "tanh")))
    v = np.linspace(-6.0, 6.0, 1201) if v is None else np.asarray(v, dtype=float)
    values = activation.derivative(v)
    best = int(np.argmax(values))
    (curve,) = ax.plot(v, values, label=i18n.text("derivative_bound.curve", name=name))
    (marker,) = ax.plot([v[best]], [values[best]], linestyle="none", marker="o", color="black",
                        label=i18n.text("derivative_bound.maximum", v=v[best], value=values[best]))
    bound = ax.axhline(values[best], color="0.5", linestyle="--",
                       label=i18n.text("derivative_bound.bound"))
    ax.set_ylim(0.0, 1.6 * values[best])  # room for the legend above the peak
    ax.set_title(i18n.text(f"derivative_bound.title_{name}"))
    ax.set_xlabel(i18n.text("common.v"))
    ax.set_ylabel(i18n.text("derivative_bound.ylabel", name=name))
    ax.legend(loc="upper center", fontsize=9)
    return {"curve": curve, "maximum": marker, "bound": bound}
