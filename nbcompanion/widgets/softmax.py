"""The softmax explorer of §1.2.1.4: three scores, a shift and a scale, and the probabilities."""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import activations
from ..i18n import text
from ..plots import softmax as plot
from ._core import Explorer, FigureView

__all__ = ["softmax_explorer"]


def _slider(description, value, low, high):
    return widgets.FloatSlider(value=value, min=low, max=high, step=0.1, description=description,
                               continuous_update=True, layout=widgets.Layout(width="230px"),
                               style={"description_width": "70px"})


def softmax_explorer(v=(2.0, 1.0, 0.1), shift=0.0, scale=1.0):
    """Build the explorer: sliders for v₁, v₂, v₃, a shift c and a scale s.

    The left panel shows the scores s·v + c, the right one softmax(s·v + c) as bars, over
    outlines of softmax(v). Moving c moves every score and leaves the probabilities where
    they are; s > 1 sharpens them towards the largest score, s < 1 flattens them.
    ``explorer.state`` holds ``v``, ``shift``, ``scale``, ``scores`` and ``probabilities``.

    Returns
    -------
    Explorer
    """
    v = np.array(v, dtype=float)
    if v.shape != (3,):
        raise ValueError(f"v must hold the three scores of Fig. 1.9, got shape {v.shape}.")
    state = SimpleNamespace(v=v.copy(), shift=float(shift), scale=float(scale), scores=None,
                            probabilities=None)
    view = FigureView(1, 2, figsize=(8.5, 3.2), dpi=80)
    ax_s, ax_p = view.axes
    score_bars = plot.draw_bars(ax_s, v, ylabel=text("softmax.score_axis"),
                                title=text("softmax.scores_title"), label=text("softmax.scores"))
    ax_s.axhline(0, color="0.5", lw=0.8)
    ax_s.set_ylim(-12, 12)
    ax_s.legend(loc="upper right", fontsize="small")
    reference = plot.draw_bars(ax_p, activations.softmax(v), ylabel=text("common.probability"),
                               title=text("softmax.probabilities_title"),
                               label=text("softmax.reference"), fill=False, ls="--", lw=1.5)
    prob_bars = plot.draw_bars(ax_p, activations.softmax(v), ylabel=text("common.probability"),
                               title=text("softmax.probabilities_title"),
                               label=text("softmax.shifted"), alpha=0.6, width=0.5)
    labels = [ax_p.text(i, 0, "", ha="center", va="bottom", fontsize=8) for i in range(3)]
    ax_p.set_ylim(0, 1.15)
    ax_p.legend(loc="upper right", fontsize="small")

    def redraw():
        state.scores = state.scale * state.v + state.shift
        state.probabilities = activations.softmax(state.scores)
        reference_p = activations.softmax(state.v)
        for i in range(3):
            score_bars[i].set_height(state.scores[i])
            prob_bars[i].set_height(state.probabilities[i])
            reference[i].set_height(reference_p[i])
            labels[i].set_position((i, state.probabilities[i] + 0.01))
            labels[i].set_text(f"{state.probabilities[i]:.3f}")
        view.refresh()

    controls = {f"v{i + 1}": _slider(f"v{i + 1}", float(v[i]), -5.0, 5.0) for i in range(3)}
    controls["shift"] = _slider(text("softmax.shift"), float(shift), -5.0, 5.0)
    controls["scale"] = _slider(text("softmax.scale"), float(scale), 0.1, 5.0)

    def on_change(change):
        key = next(k for k, c in controls.items() if c is change["owner"])
        if key == "shift":
            state.shift = float(change["new"])
        elif key == "scale":
            state.scale = float(change["new"])
        else:
            state.v[int(key[1:]) - 1] = float(change["new"])
        redraw()

    for control in controls.values():
        control.observe(on_change, names="value")
    redraw()
    explorer = Explorer(controls, view)
    explorer.state = state
    explorer.artists = {"scores": score_bars, "probabilities": prob_bars,
                        "reference": reference, "labels": labels}
    return explorer
