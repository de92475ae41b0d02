"""The pieces every explorer is made of: a figure shown as an image, and a box of controls.

Explorers draw on a persistent Agg figure, change the data of its artists when a control
moves, and send the PNG to an ``ipywidgets.Image``. Measured here, that costs about 30 ms a
change and stores cleanly in a notebook (no extra cell outputs under strict nbval), unlike
``widgets.interactive`` or drawing into an ``Output``.
"""

import io

import ipywidgets as widgets
import matplotlib.image
import numpy as np
from IPython.display import Image as IPythonImage
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure


class FigureView:
    """A matplotlib figure rendered to PNG into an ``ipywidgets.Image``.

    Parameters
    ----------
    nrows, ncols : int
        Grid of axes, as in ``Figure.subplots``.
    figsize : tuple of float
        Size in inches.
    dpi : int
        Resolution of the PNG.

    Examples
    --------
    >>> view = FigureView(figsize=(2, 2))
    >>> _ = view.axes[0].plot([0, 1], [0, 1])
    >>> view.refresh()
    >>> bytes(view.image.value[:4])
    b'\\x89PNG'
    """

    def __init__(self, nrows=1, ncols=1, *, figsize=(6.4, 4.0), dpi=90, **subplot_kw):
        self.figure = Figure(figsize=figsize, dpi=dpi, layout="constrained")
        FigureCanvasAgg(self.figure)
        axes = self.figure.subplots(nrows, ncols, squeeze=False, subplot_kw=subplot_kw or None)
        self.axes = list(axes.flat)
        self.image = widgets.Image(format="png", layout=widgets.Layout(width="auto"))

    def refresh(self):
        """Render the figure and send the PNG to the image widget.

        The constrained layout is computed at the first render only: explorers move data,
        not axes, and laying the figure out again cost about 40 % of a render here. The PNG
        is compressed lightly, which is faster and still small.
        """
        buffer = io.BytesIO()
        self.figure.savefig(buffer, format="png", pil_kwargs={"compress_level": 1})
        if self.figure.get_layout_engine() is not None:
            self.figure.set_layout_engine("none")
        self.image.value = buffer.getvalue()

    def snapshot(self):
        """The current picture as a static image, which a notebook shows without a kernel."""
        return IPythonImage(data=bytes(self.image.value), format="png")


class Explorer(widgets.VBox):
    """Controls above a :class:`FigureView`, with the model state they drive.

    Attributes
    ----------
    controls : dict of str to Widget
        The controls by name, in display order (the tests and the benchmark move each one).
    view : FigureView
        The picture the controls change.
    """

    def __init__(self, controls, view, *, footer=()):
        self.controls = dict(controls)
        self.view = view
        rows = [widgets.HBox(list(self.controls.values()),
                             layout=widgets.Layout(flex_flow="row wrap"))]
        super().__init__(rows + [view.image, *footer])

    def snapshot(self):
        """A static image of what the explorer shows now (put one above each explorer)."""
        return self.view.snapshot()


class Blitter:
    """Renders a FigureView by redrawing only the artists that move over a cached background.

    Measured here, a full render of an explorer's figure cost about twice that of a one-line
    plot, nearly all of it text (ticks, labels, legends) that a click does not change. So the
    static part is rendered once per change of data or limits (``refresh(everything=True)``),
    and an ordinary change redraws only the ``moving`` artists over it.

    Parameters
    ----------
    view : FigureView
    moving : list of Artist
        The artists a control changes (lines, markers, a title).
    """

    def __init__(self, view, moving):
        self.view = view
        self.moving = list(moving)
        for artist in self.moving:
            artist.set_animated(True)  # left out of canvas.draw(), drawn by refresh()
        self.background = None

    def refresh(self, everything=False):
        """Send the current picture to the image widget; ``everything`` after static changes."""
        figure = self.view.figure
        canvas = figure.canvas
        if everything or self.background is None:
            canvas.draw()
            figure.set_layout_engine("none")  # laid out once; the axes never move
            self.background = canvas.copy_from_bbox(figure.bbox)
        else:
            canvas.restore_region(self.background)
        for artist in self.moving:
            figure.draw_artist(artist)
        buffer = io.BytesIO()
        matplotlib.image.imsave(buffer, np.asarray(canvas.buffer_rgba()), format="png",
                                pil_kwargs={"compress_level": 1})
        self.view.image.value = buffer.getvalue()
