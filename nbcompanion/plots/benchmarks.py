"""Figures of §1.8: Fig. 1.20 from the real digits, their centring, and the error rates.

Each function draws on the axes it is given and returns the artists it made; labels come
from :mod:`nbcompanion.i18n` in the notebook's language.
"""

import numpy as np

from .. import i18n
from ._style import SERIES_COLORS

__all__ = ["draw_digits", "draw_centring", "draw_error_rates"]


def draw_digits(axes, images, labels):
    """Fig. 1.20: one digit per axes, in grey levels 0 (white) to 255 (black), titled by label.

    Parameters
    ----------
    axes : array of Axes, as many as images
    images : ndarray of shape (n, 28, 28), values 0-255
    labels : ndarray of shape (n,)

    Returns
    -------
    dict of str to Artist: ``"digit0"``, ``"digit1"``, …
    """
    axes = np.asarray(axes).ravel()
    if len(axes) != len(images) or len(images) != len(labels):
        raise ValueError(f"axes, images and labels must have one entry per digit, got"
                         f" {len(axes)}, {len(images)} and {len(labels)}.")
    artists = {}
    for i, (ax, image, label) in enumerate(zip(axes, images, labels)):
        artists[f"digit{i}"] = ax.imshow(image, cmap="gray_r", vmin=0, vmax=255)
        ax.set_title(i18n.text("benchmarks.digit", label=int(label)))
        ax.set_xticks([])
        ax.set_yticks([])
    return artists


def draw_centring(ax, mass_centres, box_centres, *, centre=14.0):
    """Histograms of how far the centres of mass and of the ink boxes are from ``centre``.

    Rows and columns are pooled; the bins are half a pixel wide and centred on multiples of
    half a pixel, where the centres of the ink boxes fall.

    Parameters
    ----------
    mass_centres, box_centres : ndarray of shape (n, 2)
        (row, column) of each image's centre of mass and of its ink box.

    Returns
    -------
    dict of str to Artist: ``"mass"`` and ``"box"``
    """
    edges = np.arange(-4.75, 4.76, 0.5)
    artists = {}
    for colour, (key, centres) in enumerate([("mass", mass_centres), ("box", box_centres)]):
        counts, _ = np.histogram(np.ravel(centres) - centre, bins=edges)
        artists[key] = ax.stairs(counts, edges, fill=True, alpha=0.55,
                                 color=SERIES_COLORS[colour],
                                 label=i18n.text(f"benchmarks.{key}"))
    ax.set_title(i18n.text("benchmarks.centring_title"))
    ax.set_xlabel(i18n.text("benchmarks.offset"))
    ax.set_ylabel(i18n.text("benchmarks.coordinates"))
    ax.legend(loc="upper right")
    return artists


def draw_error_rates(ax, book, companion):
    """Horizontal bars of test error (%), the book's next to the companion's, on a log scale.

    Parameters
    ----------
    book, companion : dict of str to float
        Error in % by model key (labels ``benchmarks.<key>`` of :mod:`nbcompanion.i18n`);
        a value of None (a model still to come) is left out.

    Returns
    -------
    dict of str to Artist: ``"book"``, ``"companion"`` and one text per bar
    """
    rows = [("book", key, value) for key, value in book.items() if value is not None]
    rows += [("companion", key, value) for key, value in companion.items() if value is not None]
    positions = np.arange(len(rows))[::-1]
    artists = {}
    for colour, source in enumerate(("book", "companion")):
        chosen = [i for i, row in enumerate(rows) if row[0] == source]
        artists[source] = ax.barh(positions[chosen], [rows[i][2] for i in chosen],
                                  color=SERIES_COLORS[colour],
                                  label=i18n.text(f"benchmarks.{source}"))
    for position, (_, key, value) in zip(positions, rows):
        artists[f"value_{key}"] = ax.text(value * 1.08, position, i18n.number(value, ".2f"),
                                          va="center")
    ax.set_xscale("log")
    ax.set_xlim(0.1, 100)
    ax.set_yticks(positions, [i18n.text(f"benchmarks.{key}") for _, key, _ in rows])
    ax.set_title(i18n.text("benchmarks.errors_title"))
    ax.set_xlabel(i18n.text("benchmarks.error"))
    ax.legend(loc="upper right")
    return artists
