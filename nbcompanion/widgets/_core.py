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

A full render is mostly text (ticks, labels, legends) that a control does not change;
restoring the background and drawing a few artists is cheap, and the PNG encoder
(:mod:`._png`) recompresses only the bands of rows a change drew on
(``benchmarks/RESULTS.md`` has the figures). A control that changes static content
(listed in ``static``) renders the background once per value: backgrounds are cached by the
values of the static controls, so moving such a control back and forth is as cheap as any
other change. The PNG goes to an ``ipywidgets.Image``, which stores cleanly under strict
nbval (no extra cell outputs).

The figure is rendered at twice its displayed size, so text is sharp on high-density screens;
inside a FigureView the house style of :mod:`nbcompanion.plots._style` applies (text ≥ 9 pt).
"""

from types import SimpleNamespace

import ipywidgets as widgets
import matplotlib
import numpy as np
from IPython.display import Image as IPythonImage
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import Collection
from matplotlib.figure import Figure

from .. import i18n
from ..plots._numbers import localize_figure
from ..plots._style import EXPLORER_RC
from ._png import BandedPng

__all__ = ["FigureView", "Explorer", "CSS_DPI", "SCALE"]

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
    width_ratios : sequence of float, optional
        Relative widths of the columns.
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

    def __init__(self, nrows=1, ncols=1, *, figsize=(7.0, 3.2), dpi=None, width_ratios=None,
                 **subplot_kw):
        del dpi  # older explorers passed one; the resolution is now CSS_DPI × SCALE
        self.figsize = tuple(float(v) for v in figsize)
        with matplotlib.rc_context(EXPLORER_RC):
            self.figure = Figure(figsize=self.figsize, dpi=CSS_DPI * SCALE,
                                 layout="constrained")
            FigureCanvasAgg(self.figure)
            axes = self.figure.subplots(nrows, ncols, squeeze=False, width_ratios=width_ratios,
                                        subplot_kw=subplot_kw or None)
        self.axes = list(axes.flat)
        width, height = (round(v * CSS_DPI) for v in self.figsize)
        self.image = widgets.Image(format="png", layout=widgets.Layout(
            width=f"{width}px", height=f"{height}px"))
        self.moving = []
        self.static_draws = 0
        self._background = None
        self._backgrounds = {}
        self._drawn = None
        self._own_draw = False
        self._encoder = BandedPng()
        # A draw by anyone else (a figure check, savefig) may move or repaint artists: the
        # next refresh then draws every moving artist again.
        self.figure.canvas.mpl_connect("draw_event", self._on_draw)

    def _on_draw(self, _event):
        if not self._own_draw:
            self._drawn = None

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
        self._backgrounds.clear()
        self._drawn = None

    def refresh(self, everything=False, *, key=None):
        """Render and send the PNG; ``everything`` after a change of static content.

        ``key`` names the static content (e.g. the values of the static controls): a
        background rendered once for a key is reused whenever that key comes back, so
        ``everything`` then costs no render. The constrained layout is computed at the first
        full render only: explorers move data, not axes.

        Between two refreshes on the same background only the moving artists that changed
        (matplotlib marks them ``stale``) are drawn again, with the artists they overlap:
        their old and new places are restored from the background first (dirty rectangles).
        """
        figure, canvas = self.figure, self.figure.canvas
        with matplotlib.rc_context(EXPLORER_RC):
            cached = self._backgrounds.get(key) if key is not None else None
            if everything and cached is not None and cached is not self._background:
                self._background = cached
                self._drawn = None
            if (everything and cached is None) or self._background is None or not self.moving:
                localize_figure(figure)  # decimal commas in the Russian edition
                if self.static_draws == 0:  # the layout settles in two passes (aspect, legends)
                    figure.draw_without_rendering()
                self._own_draw = True
                try:
                    canvas.draw()
                finally:
                    self._own_draw = False
                self.static_draws += 1
                figure.set_layout_engine("none")
                self._background = np.array(canvas.buffer_rgba())
                if key is not None:
                    self._backgrounds[key] = self._background
                self._drawn = None
            rows = self._draw_moving(canvas)
        self.image.value = self._encoder.encode(canvas.buffer_rgba(), rows)

    def _draw_moving(self, canvas):
        """Draw the moving artists over the background: all of them, or only what changed.

        Only what changed: the old and new places of the changed (``stale``) artists are
        dirty rectangles, restored from the background; every moving artist that meets one is
        drawn again, and outside the rectangles the previous picture is put back, so an
        artist drawn twice over its own pixels never thickens. All of this happens inside
        the box that holds the rectangles and the redrawn artists, whose rows are returned
        (the PNG encoder recompresses only those); None when everything was drawn.
        """
        pixels = np.asarray(canvas.buffer_rgba())
        renderer = canvas.get_renderer()
        order = sorted(self.moving, key=lambda a: a.get_zorder())
        plan = None
        if self._drawn is not None:
            try:
                plan = self._dirty(order, renderer, pixels.shape[:2])
            except Exception:  # an extent matplotlib cannot give: draw everything
                plan = None
        if plan is None:
            pixels[...] = self._background
            drawn = {}
            for artist in order:
                if artist.get_visible():
                    self.figure.draw_artist(artist)
                drawn[id(artist)] = _extent(artist, renderer, pixels.shape[:2])
                artist.stale = False  # (measuring an annotation marks it stale again)
            self._drawn = drawn
            return None
        redraw, rectangles, places = plan
        if not rectangles:
            return (0, 0)
        boxes = rectangles + [self._drawn[id(a)] for a in redraw
                              if id(a) not in places and self._drawn.get(id(a)) is not None]
        top, bottom = min(b[0] for b in boxes), max(b[1] for b in boxes)
        left, right = min(b[2] for b in boxes), max(b[3] for b in boxes)
        region = pixels[top:bottom, left:right]
        keep = region.copy()
        mask = np.zeros(region.shape[:2], dtype=bool)
        for r0, r1, c0, c1 in rectangles:
            pixels[r0:r1, c0:c1] = self._background[r0:r1, c0:c1]
            mask[r0 - top:r1 - top, c0 - left:c1 - left] = True
        for artist in redraw:
            if artist.get_visible():
                self.figure.draw_artist(artist)
            artist.stale = False
        np.copyto(region, keep, where=~mask[:, :, None])
        self._drawn = {**self._drawn, **places}
        return (top, bottom)

    def _dirty(self, order, renderer, shape):
        """(artists to draw, rectangles to restore, new places of the changed artists), or
        None when drawing all is simpler."""
        stale = [a for a in order if a.stale]
        if len(stale) * 3 > 2 * len(order):
            return None
        if any(a.get_visible() and self._drawn.get(id(a)) is None for a in order):
            return None  # an artist whose place is unknown could be anywhere
        places = {id(a): _extent(a, renderer, shape) for a in stale}
        boxes = [box for a in stale for box in (self._drawn.get(id(a)), places[id(a)])
                 if box is not None]
        redraw = [a for a in order if a.stale or (
            self._drawn.get(id(a)) is not None
            and any(_overlap(self._drawn[id(a)], box) for box in boxes))]
        return redraw, boxes, places

    def snapshot(self):
        """The current picture as a static image, which a notebook shows without a kernel."""
        return IPythonImage(data=bytes(self.image.value), format="png",
                            width=round(self.figsize[0] * CSS_DPI))


def _extent(artist, renderer, shape, pad=6):
    """The pixels (row0, row1, col0, col1) ``artist`` covers, padded; None when nothing."""
    if not artist.get_visible():
        return None
    if isinstance(artist, Collection) and len(artist.get_offsets()):
        return _marker_extent(artist, shape, pad)
    box = artist.get_window_extent(renderer)
    patch = getattr(artist, "get_bbox_patch", lambda: None)()
    if patch is not None:
        artist.update_bbox_position_size(renderer)
        box = box.union([box, patch.get_window_extent(renderer)])
    x0, y0, x1, y1 = box.extents
    if not np.all(np.isfinite([x0, y0, x1, y1])) or x1 < x0 or y1 < y0:
        return None
    height, width = shape
    width_px = getattr(artist, "get_linewidth", lambda: 0)()
    width_px = float(np.max(width_px)) if np.size(width_px) else 0.0
    pad = pad + int(np.ceil(width_px * CSS_DPI * SCALE / 72))
    r0, r1 = int(height - y1) - pad, int(np.ceil(height - y0)) + pad
    c0, c1 = int(x0) - pad, int(np.ceil(x1)) + pad
    r0, r1, c0, c1 = max(r0, 0), min(r1, height), max(c0, 0), min(c1, width)
    return (r0, r1, c0, c1) if r1 > r0 and c1 > c0 else None


def _marker_extent(collection, shape, pad):
    """The pixels of a scatter: its points, padded by the largest marker."""
    points = collection.get_offset_transform().transform(collection.get_offsets())
    points = points[np.all(np.isfinite(points), axis=1)]
    if not len(points):
        return None
    sizes = collection.get_sizes()
    radius = (np.sqrt(sizes.max()) if len(sizes) else 6.0) * CSS_DPI * SCALE / 72 / 2
    widths = collection.get_linewidths()
    radius += (float(np.max(widths)) if np.size(widths) else 1.0) * CSS_DPI * SCALE / 72
    height, width = shape
    x0, y0 = points.min(axis=0) - radius
    x1, y1 = points.max(axis=0) + radius
    r0, r1 = max(int(height - y1) - pad, 0), min(int(np.ceil(height - y0)) + pad, height)
    c0, c1 = max(int(x0) - pad, 0), min(int(np.ceil(x1)) + pad, width)
    return (r0, r1, c0, c1) if r1 > r0 and c1 > c0 else None


def _overlap(a, b):
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


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
        ``update(state)`` moves the artists; returns True when it changed static content
        that the static controls' values do not name (then every cached background goes).
    moving : list of Artist, optional
        The artists a change can move. Default: every artist in ``artists``.
    static : tuple of str
        Controls whose change alters static content (data set, limits): the background is
        drawn again after them, once per combination of their values (then reused).
    task : str, optional
        The one question the explorer asks, shown beside its controls.
    footer : sequence of Widget
        Shown below the picture.

    Attributes
    ----------
    controls, state, artists, view, task, static

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

    def __init__(self, controls, view, *, update, state=None, artists=None, moving=None,
                 static=(), task=None, footer=()):
        if not callable(update):
            raise TypeError("update must be the explorer's update(state) function,"
                            f" got {update!r}.")
        self.view = view
        self.controls = dict(controls)
        self.state = SimpleNamespace() if state is None else state
        self.artists = {} if artists is None else artists
        self.task = task
        self.static = tuple(static)
        self._update = update
        self._holding = False
        unknown = set(self.static) - set(self.controls)
        if unknown:
            raise ValueError(f"static names controls that do not exist: {sorted(unknown)}")
        view.animate(_flatten(self.artists) if moving is None else moving)
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
        self.redraw(everything=name in self.static)

    def _key(self):
        return tuple(repr(getattr(self.state, name, None)) for name in self.static)

    def redraw(self, everything=False):
        """Run ``update(state)`` and refresh the picture."""
        if self._update(self.state):
            self.view._backgrounds.clear()
            self.view.refresh(everything=True)
        else:
            self.view.refresh(everything=everything, key=self._key())

    def set(self, **values):
        """Set several controls at once with one redraw (``explorer.set(w1=0.5, w2=-1)``)."""
        everything = False
        self._holding = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
                setattr(self.state, name, self.controls[name].value)
                everything = everything or name in self.static
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


def new_state(**values):
    """A fresh explorer state: ``new_state(x=..., w=...)`` (a ``SimpleNamespace``)."""
    return SimpleNamespace(**values)
