"""Explorer of §1.5.2: add layers to the tent network and watch its pieces double."""

from types import SimpleNamespace

import ipywidgets as widgets

from .. import composition, i18n
from ..plots import composition as plot
from ._core import Explorer, FigureView

__all__ = ["depth_explorer"]


def depth_explorer(r=3, *, max_depth=10):
    """The output of the deep tent network with ``r`` layers, and the counts against r.

    Left: t^r on [0, 1] drawn from the exact pieces of the network's output
    (:func:`nbcompanion.composition.linear_pieces`), with its breakpoints. Right: pieces and
    the parameters of the deep and the shallow network against r, the chosen r ringed.

    The pieces of every depth are counted at build, in float arithmetic, which is exact for
    this network (its weights and breakpoints are dyadic; the tests compare it with the
    rational count): about 0.2 s for depths 1–10. Moving the slider then only redraws.

    Returns
    -------
    Explorer
        Control ``r`` (an IntSlider); ``explorer.cache`` maps r to the graph's vertices.
    """
    max_depth = composition._check_depth(max_depth, "max_depth")
    r = composition._check_depth(r)
    if r > max_depth:
        raise ValueError(f"r must be at most max_depth = {max_depth}, got {r}.")
    table = composition.depth_table(range(1, max_depth + 1), exact=False)
    cache = {}

    def vertices(depth):
        if depth not in cache:
            cache[depth] = plot.sawtooth_vertices(composition.tent_network(depth), exact=False)
        return cache[depth]

    for depth in range(1, max_depth + 1):
        vertices(depth)
    view = FigureView(1, 2, figsize=(9.6, 3.8))
    left, right = view.axes
    with view.style():
        saw = plot.draw_sawtooth(left, vertices(r), note=True)
        counts = plot.draw_counts(right, table, current=r)
    artists = {"sawtooth_line": saw["line"], "sawtooth_breakpoints": saw["breakpoints"],
               "note": saw["note"], "current": counts["current"]}
    state = SimpleNamespace(r=r, pieces=None)

    def update(state):
        x, _, _ = vertices(state.r)
        state.pieces = len(x) - 1
        plot.update_sawtooth(saw, cache[state.r], row=table[state.r - 1])
        plot.update_counts(counts, table, state.r)

    slider = widgets.IntSlider(value=r, min=1, max=max_depth, description="r",
                               continuous_update=True)
    explorer = Explorer(view=view, controls={"r": slider}, state=state, artists=artists,
                        update=update, task=i18n.text("composition.depth_task"))
    explorer.cache = cache
    return explorer
