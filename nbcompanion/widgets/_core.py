"""The one shape of every explorer: controls that write a state, one update, a blitted figure.

An explorer is built from four things:

- ``controls``: a dict of ipywidgets by name. A control named ``k`` writes ``state.k``
  (buttons write nothing: wire them with ``explorer.on_click(name, action)``);
- ``state``: one ``SimpleNamespace`` with everything the picture depends on;
- ``update(state)``: the one function that moves the artists (it calls the
  ``plots.<topic>.update_…`` functions) and returns True only when it changed static content
  (limits, a data set), so that the cached background must be drawn again;
- ``view``: a :class:`FigureView`, whose ``moving`` artists are redrawn over a cached
  background at each change (blitting), and whose static part is rendered once.

Measured here, a full render of a two-axes figure cost 25–30 ms, nearly all of it text
(ticks, labels, legends) that a control does not change; restoring the background and
drawing a few lines costs a few milliseconds, and the PNG encoding the rest. The PNG goes to
an ``ipywidgets.Image``, which stores cleanly under strict nbval (no extra cell outputs).

The figure is rendered at twice its displayed size, so text is sharp on high-density screens;
inside a FigureView the house style of :mod:`nbcompanion.plots._style` applies (text ≥ 9 pt).
"""

import io
from types import SimpleNamespace

import ipywidgets as widgets
import matplotlib
import PIL.Image
from IPython.display import Image as IPythonImage
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from .. import i18n
from ..plots._style import EXPLORER_RC

__all__ = ["FigureView", "Explorer", "Blitter", "CSS_DPI", "SCALE"]

CSS_DPI = 96  # a CSS inch: at 100 % zoom a 10 pt label shows as 10 pt
SCALE = 2     # rendered at 2× device pixels


class FigureView:
    """A matplotlib figure rendered to PNG into an ``ipywidgets.Image``, blitted by default.

    Parameters
    ----------
    nrows, ncols : int
        Grid of axes, as in ``Figure.subplots``.
    figsize : tuple of float
        Displayed size in inches (96 CSS pixels each); rendered at ``SCALE`` times that.
    **subplot_kw
        Passed to ``Figure.subplots`` (``projection``, …).

    Attributes
    ----------
    figure : Figure
    axes : list of Axes
    image : ipywidgets.Image
    moving : list of Artist
        Artists redrawn at every refresh over the cached background (see :meth:`animate`).
    static_draws : int
        How many times the static background was rendered (the tests count it).

    Examples
    --------
    >>> view = FigureView(figsize=(2, 2))
    >>> line, = view.axes[0].plot([0, 1], [0, 1])
    >>> view.animate([line])
    >>> view.refresh(); line.set_ydata([1, 0]); view.refresh()
    >>> view.static_draws, bytes(view.image.value[:4])
    (1, b'\\x89PNG')
    """

    def __init__(self, nrows=1, ncols=1, *, figsize=(7.0, 3.2), dpi=None, **subplot_kw):
        del dpi  # older explorers passed one; the resolution is now CSS_DPI × SCALE
        self.figsize = tuple(float(v) for v in figsize)
        with matplotlib.rc_context(EXPLORER_RC):
            self.figure = Figure(figsize=self.figsize, dpi=CSS_DPI * SCALE,
                                 layout="constrained")
            FigureCanvasAgg(self.figure)
            axes = self.figure.subplots(nrows, ncols, squeeze=False,
                                        subplot_kw=subplot_kw or None)
        self.axes = list(axes.flat)
        width, height = (round(v * CSS_DPI) for v in self.figsize)
        self.image = widgets.Image(format="png", layout=widgets.Layout(
            width=f"{width}px", height=f"{height}px"))
        self.moving = []
        self.static_draws = 0
        self._background = None

    def style(self):
        """A context in which to create artists with the explorer style (``with view.style():``)."""
        return matplotlib.rc_context(EXPLORER_RC)

    def animate(self, artists):
        """Mark ``artists`` as moving: drawn at each refresh, left out of the background."""
        for artist in _flatten(artists):
            if artist not in self.moving:
                artist.set_animated(True)
                self.moving.append(artist)
        self._background = None

    def refresh(self, everything=False):
        """Render and send the PNG; ``everything`` after a change of static content.

        The constrained layout is computed at the first full render only: explorers move
        data, not axes.
        """
        figure, canvas = self.figure, self.figure.canvas
        with matplotlib.rc_context(EXPLORER_RC):
            if everything or self._background is None or not self.moving:
                canvas.draw()
                self.static_draws += 1
                figure.set_layout_engine("none")
                self._background = canvas.copy_from_bbox(figure.bbox)
            else:
                canvas.restore_region(self._background)
            for artist in sorted(self.moving, key=lambda a: a.get_zorder()):
                if artist.get_visible():
                    figure.draw_artist(artist)
        self.image.value = _png(canvas)

    def snapshot(self):
        """The current picture as a static image, which a notebook shows without a kernel."""
        return IPythonImage(data=bytes(self.image.value), format="png",
                            width=round(self.figsize[0] * CSS_DPI))


def _png(canvas):
    rgb = PIL.Image.frombuffer("RGBA", canvas.get_width_height(), canvas.buffer_rgba(),
                               "raw", "RGBA", 0, 1).convert("RGB")
    buffer = io.BytesIO()
    rgb.save(buffer, format="png", compress_level=1)
    return buffer.getvalue()


def _flatten(artists):
    """Every Artist in a nested structure of dicts, lists and tuples, in order."""
    if isinstance(artists, Artist):
        return [artists]
    if isinstance(artists, dict):
        artists = artists.values()
    if isinstance(artists, (list, tuple)) or hasattr(artists, "__iter__"):
        return [a for item in artists for a in _flatten(item)]
    return []


class Explorer(widgets.VBox):
    """Controls beside their task, above a :class:`FigureView`, wired to one ``update``.

    Parameters
    ----------
    view : FigureView
    controls : dict of str to Widget
        In display order. A control with a ``value`` writes ``state.<name>`` and calls
        ``update``; a ``Button`` is wired with :meth:`on_click`.
    state : SimpleNamespace
        Everything the picture depends on; the controls' values are copied into it first.
    artists : dict
        The artists by name (as returned by the ``draw_…`` functions); the tests find them
        here, never by position.
    update : callable
        ``update(state)`` moves the artists; returns True when it changed static content.
    moving : list of Artist, optional
        The artists a change can move. Default: every artist in ``artists``.
    static : tuple of str
        Controls whose change alters static content (data set, limits): the background is
        drawn again after them.
    task : str, optional
        The one question the explorer asks, shown beside its controls.
    footer : sequence of Widget
        Shown below the picture.

    Attributes
    ----------
    controls, state, artists, view, task

    Examples
    --------
    >>> import numpy as np
    >>> view = FigureView(figsize=(3, 2))
    >>> line, = view.axes[0].plot([0, 1], [0, 0])
    >>> slope = widgets.FloatSlider(value=1.0, min=-2, max=2)
    >>> explorer = Explorer(view=view, controls={"slope": slope}, state=SimpleNamespace(),
    ...                     artists={"line": line},
    ...                     update=lambda s: line.set_ydata([0.0, s.slope]), task="Tilt it.")
    >>> slope.value = -1.5
    >>> explorer.state.slope, list(line.get_ydata()), view.static_draws
    (-1.5, [0.0, -1.5], 1)
    """

    def __init__(self, controls=None, view=None, *, state=None, artists=None, update=None,
                 moving=None, static=(), task=None, footer=()):
        self.view = view
        self.controls = dict(controls)
        self.state = SimpleNamespace() if state is None else state
        self.artists = {} if artists is None else artists
        self.task = task
        if update is None:  # an explorer of the older shape wires and redraws by itself
            super().__init__([widgets.HBox(list(self.controls.values()), layout=widgets.Layout(
                flex_flow="row wrap")), view.image, *footer])
            return
        self._update = update
        self._static = frozenset(static)
        self._holding = False
        unknown = self._static - set(self.controls)
        if unknown:
            raise ValueError(f"static names controls that do not exist: {sorted(unknown)}")
        view.animate(_flatten(artists) if moving is None else moving)
        for name, control in self.controls.items():
            if hasattr(control, "value") and not isinstance(control, widgets.Button):
                setattr(self.state, name, control.value)
                control.observe(self._on_change, names="value")
        row = [widgets.HBox(list(self.controls.values()),
                            layout=widgets.Layout(flex_flow="row wrap", flex="1 1 auto"))]
        if task:
            row.append(widgets.HTML(f"<div style='max-width:22em;line-height:1.3'>"
                                    f"<b>{i18n.text('explorer.task')}</b> {task}</div>",
                                    layout=widgets.Layout(flex="0 1 auto", margin="0 0 0 1em")))
        super().__init__([widgets.HBox(row), view.image, *footer])
        self.redraw(everything=True)

    def _on_change(self, change):
        if self._holding:
            return
        name = next(k for k, c in self.controls.items() if c is change["owner"])
        setattr(self.state, name, change["new"])
        self.redraw(everything=name in self._static)

    def redraw(self, everything=False):
        """Run ``update(state)`` and refresh the picture."""
        changed_static = bool(self._update(self.state))
        self.view.refresh(everything=everything or changed_static)

    def set(self, **values):
        """Set several controls at once with one redraw (``explorer.set(w1=0.5, w2=-1)``)."""
        everything = False
        self._holding = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
                setattr(self.state, name, self.controls[name].value)
                everything = everything or name in self._static
        finally:
            self._holding = False
        self.redraw(everything=everything)

    def on_click(self, name, action, *, static=False):
        """Wire button ``name``: ``action(state)`` then a redraw (of everything if ``static``)."""
        def handler(_button):
            action(self.state)
            self.redraw(everything=static)
        self.controls[name].on_click(handler)

    def snapshot(self):
        """A static image of what the explorer shows now (put one above each explorer)."""
        return self.view.snapshot()

    def __repr__(self):
        # What a viewer without a kernel (GitHub, nbviewer) shows instead of the widget.
        return i18n.text("explorer.no_kernel")


class Blitter:
    """Deprecated adaptor for explorers written before :class:`FigureView` blitted itself."""

    def __init__(self, view, moving):
        self.view = view
        view.animate(moving)

    def refresh(self, everything=False):
        self.view.refresh(everything=everything)


def new_state(**values):
    """A fresh explorer state: ``new_state(x=..., w=...)`` (a ``SimpleNamespace``)."""
    return SimpleNamespace(**values)
