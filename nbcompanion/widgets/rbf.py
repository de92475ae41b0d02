"""The RBF network explorer of §1.6.2: the number of prototypes and the width on sliders.

Every (m, σ) pair is trained once and kept in ``explorer.cache`` (k-means once per m, the
output layer and the picture's grid once per pair), so moving a slider back to a value seen
before is instant.
"""

import ipywidgets as widgets
import numpy as np
from sklearn.datasets import make_moons

from ..i18n import text
from ..plots import rbf as plot
from ..rbf import RBFNetwork
from ._core import Explorer, FigureView, new_state

__all__ = ["rbf_explorer", "WIDTHS"]

WIDTHS = (0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0)
EXTENT = (-1.6, 2.6, -1.1, 1.6)


def moons(random_state=0):
    """200 training and 400 test points of scikit-learn's two moons, labels ±1."""
    X, y = make_moons(600, noise=0.25, random_state=random_state)
    y = np.where(y == 1, 1.0, -1.0)
    return X[:200], y[:200], X[200:], y[200:]


class _Cache(dict):
    """(m, σ) → (prototypes, grid labels, training accuracy, test accuracy)."""

    def __init__(self, data, grid):
        super().__init__()
        self.data, self.grid = data, grid

    def get_result(self, m, width):
        key = (int(m), float(width))
        if key not in self:
            X, y, X_test, y_test = self.data
            model = RBFNetwork(n_prototypes=key[0], width=key[1]).fit(X, y)
            regions = model.predict(self.grid[0]).reshape(self.grid[1])
            self[key] = (model.prototypes_, regions, model.score(X, y),
                         model.score(X_test, y_test))
        return self[key]


def rbf_explorer(n_prototypes=6, width=0.5, *, random_state=0):
    """Two moons, the RBF network's decision regions and its prototypes, m and σ on sliders.

    ``explorer.state`` holds ``n_prototypes``, ``width``, ``train`` and ``test`` (accuracies);
    ``explorer.cache`` keeps every trained pair (see the module).

    Returns
    -------
    Explorer
    """
    if width not in WIDTHS:
        raise ValueError(f"width must be one of {WIDTHS}, got {width!r}.")
    data = moons(random_state)
    xs = np.linspace(EXTENT[0], EXTENT[1], 140)
    ys = np.linspace(EXTENT[2], EXTENT[3], 90)
    grid = np.column_stack([a.ravel() for a in np.meshgrid(xs, ys)])
    cache = _Cache(data, (grid, (len(ys), len(xs))))
    controls = {
        "n_prototypes": widgets.IntSlider(value=n_prototypes, min=1, max=40,
                                          description=text("rbf.n_prototypes"),
                                          style={"description_width": "initial"}),
        "width": widgets.SelectionSlider(options=list(WIDTHS), value=width,
                                         description=text("rbf.width"),
                                         style={"description_width": "initial"}),
    }
    state = new_state(n_prototypes=n_prototypes, width=width, train=None, test=None)
    prototypes, regions, state.train, state.test = cache.get_result(n_prototypes, width)
    view = FigureView(figsize=(6.6, 3.2))
    artists = plot.draw_rbf(view.axes[0], data[0], data[1], prototypes, regions, EXTENT,
                            width=width, train=state.train, test=state.test)

    def update(state):
        prototypes, regions, state.train, state.test = cache.get_result(state.n_prototypes,
                                                                        state.width)
        plot.update_rbf(artists, prototypes, regions, width=state.width, train=state.train,
                        test=state.test)

    explorer = Explorer(view=view, controls=controls, state=state, artists=artists,
                        update=update, task=text("rbf.task"))
    explorer.cache = cache
    return explorer
