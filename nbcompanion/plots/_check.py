"""Legibility checks on a drawn figure: no text outside it, no legend over the data.

:func:`problems` lists what is wrong with a figure (an empty list when nothing is). The
tests run it on every explorer; the notebook build runs it on every figure a notebook shows,
through :func:`activate` (``NBCOMPANION_CHECK_FIGURES=1`` in the kernel's environment), and
fails on a figure with a problem.

>>> import matplotlib.pyplot as plt
>>> fig, ax = plt.subplots(figsize=(3, 2), layout="constrained")
>>> _ = ax.plot([0, 1], [0, 1], label="line"); _ = ax.legend(loc="upper left")
>>> problems(fig)
[]
>>> ax.scatter([0.05], [0.95]); problems(fig)[0].startswith("legend")
<matplotlib.collections.PathCollection object at ...>
True
"""

import os
import sys

import numpy as np
from matplotlib.collections import Collection
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.text import Text

from ._display import wrap_figure_png

__all__ = ["problems", "text_outside", "legends_over_data", "activate", "ENVIRONMENT"]

ENVIRONMENT = "NBCOMPANION_CHECK_FIGURES"
TOLERANCE = 1.0  # display pixels: antialiasing may touch the edge


def _renderer(figure):
    """A renderer with every artist of ``figure`` placed (layout and ticks up to date)."""
    if not hasattr(figure.canvas, "get_renderer"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        FigureCanvasAgg(figure)
    figure.draw_without_rendering()
    return figure.canvas.get_renderer()


def _hidden_tick_labels(figure):
    """Tick labels matplotlib keeps but does not draw (ticks outside the view)."""
    hidden = set()
    for ax in figure.axes:
        for axis in ax._axis_map.values():
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks() + axis.get_minor_ticks():
                if not (ax.axison and axis.get_visible()):
                    hidden.update({id(tick.label1), id(tick.label2)})
                    continue
                loc = tick.get_loc()
                if loc is None or not (low - 1e-9 * (abs(low) + abs(high)) <= loc
                                       <= high + 1e-9 * (abs(low) + abs(high))):
                    hidden.update({id(tick.label1), id(tick.label2)})
                if not tick.get_visible() or not tick.label1.get_visible():
                    hidden.add(id(tick.label1))
                if not tick.label2.get_visible():
                    hidden.add(id(tick.label2))
    return hidden


def _texts(figure):
    hidden = _hidden_tick_labels(figure)
    for artist in figure.findobj(Text):
        if (artist.get_visible() and artist.get_text().strip() and id(artist) not in hidden
                and artist.get_figure(root=True) is figure):
            yield artist


def text_outside(figure, renderer=None):
    """The texts of ``figure`` that reach outside it: a list of (text, bbox) pairs."""
    renderer = renderer or _renderer(figure)
    box = figure.bbox
    outside = []
    for text in _texts(figure):
        extent = text.get_window_extent(renderer)
        if (extent.x0 < box.x0 - TOLERANCE or extent.y0 < box.y0 - TOLERANCE
                or extent.x1 > box.x1 + TOLERANCE or extent.y1 > box.y1 + TOLERANCE):
            outside.append((text.get_text(), extent))
    return outside


def _points(artist):
    """The data points of a line or a scatter, in display coordinates (None: not data)."""
    if isinstance(artist, Line2D):
        if not artist.get_visible() or artist.get_label().startswith("_child"):
            return None
        xy = np.asarray(artist.get_xydata(), dtype=float)
        transform = artist.get_transform()
    elif isinstance(artist, Collection) and artist.get_offsets() is not None:
        if not artist.get_visible():
            return None
        xy = np.asarray(artist.get_offsets(), dtype=float)
        transform = artist.get_offset_transform()
    else:
        return None
    if xy.size == 0:
        return None
    xy = xy[np.all(np.isfinite(xy), axis=1)]
    return transform.transform(xy) if len(xy) else None


def legends_over_data(figure, renderer=None):
    """Legends of ``figure`` that cover a plotted point (a line's vertex or a scatter's
    point inside the axes' view): a list of (legend title or first label, count) pairs."""
    renderer = renderer or _renderer(figure)
    found = []
    for legend in figure.findobj(Legend):
        if not legend.get_visible():
            continue
        frame = legend.get_window_extent(renderer)
        covered = 0
        for ax in figure.axes:
            view = ax.bbox
            for artist in [*ax.lines, *ax.collections]:
                xy = _points(artist)
                if xy is None:
                    continue
                inside_view = ((xy[:, 0] >= view.x0) & (xy[:, 0] <= view.x1)
                               & (xy[:, 1] >= view.y0) & (xy[:, 1] <= view.y1))
                inside = ((xy[:, 0] > frame.x0) & (xy[:, 0] < frame.x1)
                          & (xy[:, 1] > frame.y0) & (xy[:, 1] < frame.y1))
                covered += int(np.sum(inside & inside_view))
        if covered:
            texts = legend.get_texts()
            name = texts[0].get_text() if texts else "legend"
            found.append((name, covered))
    return found


def problems(figure):
    """Every legibility problem of ``figure``, as sentences (empty when there is none)."""
    renderer = _renderer(figure)
    found = [f"text outside the figure: {text!r}" for text, _ in
             text_outside(figure, renderer)]
    found += [f"legend ({name!r}, …) covers {count} plotted point(s)" for name, count in
              legends_over_data(figure, renderer)]
    return found


def _report(figure):
    found = problems(figure)
    if found:
        print(f"nbcompanion figure check failed: {'; '.join(found)}", file=sys.stderr)


def activate(shell=None):
    """Check every figure the notebook displays (when ``NBCOMPANION_CHECK_FIGURES`` is set).

    Wraps IPython's PNG formatter for figures: a figure with a problem prints one line
    starting "nbcompanion figure check failed" to the cell's stderr, which the notebook
    build turns into a failure. Returns True when the check is active.
    """
    return wrap_figure_png(_report, shell)


if os.environ.get(ENVIRONMENT, "0") != "0":
    activate()
