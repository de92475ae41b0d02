"""The softmax explorer of §1.2.1.4: three scores, a shift and a scale, and the probabilities."""

from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from ..i18n import text
from ..plots import softmax as plot
from ._core import Explorer, FigureView

__all__ = ["softmax_explorer"]


def _slider(description, value, low, high):
    return widgets.FloatSlider(value=value, min=low, max=high, step=0.1, description=description,
                               layout=widgets.Layout(width="230px"),
                               style={"description_width": "70px"})


def softmax_explorer(v=(2.0, 1.0, 0.1), shift=0.0, scale=1.0, *, task=None):
    """Build the explorer: sliders for v₁, v₂, v₃, a shift c and a scale s.

    The left panel shows the scores s·v + c, the right one softmax(s·v + c) as bars, over
    outlines of softmax(v). Moving c moves every score and leaves the probabilities where
    they are; s > 1 sharpens them towards the largest score, s < 1 flattens them.
    ``state`` holds the sliders ``v1``, ``v2``, ``v3``, ``shift``, ``scale``, the vector
    ``v``, ``scores`` and ``probabilities``.

    Returns
    -------
    Explorer
    """
    v = np.array(v, dtype=float)
    if v.shape != (3,):
        raise ValueError(f"v must hold the three scores of Fig. 1.9, got shape {v.shape}.")
    controls = {f"v{i + 1}": _slider(f"v{i + 1}", float(v[i]), -5.0, 5.0) for i in range(3)}
    controls["shift"] = _slider(text("softmax.shift"), float(shift), -5.0, 5.0)
    controls["scale"] = _slider(text("softmax.scale"), float(scale), 0.1, 5.0)
    view = FigureView(1, 2, figsize=(7.6, 3.3))
    artists = plot.draw_softmax_bars(*view.axes, v)
    state = SimpleNamespace(v=v.copy(), scores=None, probabilities=None)

    def update(state):
        state.v = np.array([state.v1, state.v2, state.v3])
        state.scores, state.probabilities = plot.update_softmax_bars(
            artists, state.v, state.shift, state.scale)

    return Explorer(controls, view, state=state, artists=artists,
                    moving=[*artists["scores"], *artists["probabilities"],
                            *artists["reference"], *artists["labels"]],
                    update=update, task=text("tasks.softmax") if task is None else task)
