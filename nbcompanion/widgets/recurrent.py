"""The gradient-through-time explorer of §1.6.4: the spectral radius of W_hh on a slider.

Each radius is computed once (a new network and one BPTT sweep over 200 sequences, a few
milliseconds) and kept in ``explorer.cache``, so moving back to a radius is instant.
"""

import ipywidgets as widgets
import numpy as np

from ..i18n import text
from ..plots import recurrent as plot
from ..recurrent import RecurrentNetwork, first_symbol_task
from ._core import Explorer, FigureView, new_state

__all__ = ["gradient_explorer"]


def gradient_explorer(radius=0.5, *, length=30, n_hidden=16, random_state=0):
    """Mean ‖∂L/∂hₜ‖ against the distance in time, for an untrained RNN of the chosen radius.

    ``explorer.state`` holds ``radius`` and ``norms`` (t = 1 … T); ``explorer.cache`` maps a
    radius to its norms.

    Returns
    -------
    Explorer
    """
    X, y = first_symbol_task(200, length, random_state=random_state)
    cache = {}

    def norms_for(r):
        key = round(float(r), 3)
        if key not in cache:
            net = RecurrentNetwork(1, n_hidden, recurrent_scale=key, random_state=random_state)
            dH = net.gradients(X, y)[2][:, 1:]
            cache[key] = np.linalg.norm(dH, axis=2).mean(axis=0)
        return cache[key]

    controls = {"radius": widgets.FloatSlider(value=radius, min=0.1, max=2.5, step=0.1,
                                              description=text("recurrent.radius"),
                                              style={"description_width": "initial"})}
    state = new_state(radius=radius, norms=norms_for(radius))
    view = FigureView(figsize=(6.6, 3.2))
    artists = plot.draw_gradient_explorer(view.axes[0], state.norms, norms_for(1.0),
                                          radius=radius)

    def update(state):
        state.norms = norms_for(state.radius)
        plot.update_gradient_explorer(artists, state.norms, radius=state.radius)

    explorer = Explorer(view=view, controls=controls, state=state, artists=artists,
                        update=update, task=text("recurrent.task"))
    explorer.cache = cache
    return explorer
