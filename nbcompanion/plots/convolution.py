"""Figures of §1.6.5: images, filters and feature maps; test error curves."""

import numpy as np

from ..i18n import text
from ._style import SERIES_COLORS, legend_beside

__all__ = ["draw_images", "draw_error_curves"]


def draw_images(axes, images, titles, *, diverging=False, colorbar_label=None):
    """One image per axes, no ticks; ``diverging`` centres a red–blue map on 0 (filters).

    Parameters
    ----------
    axes : sequence of Axes
    images : sequence of 2-D arrays
    titles : sequence of str
    diverging : bool, default=False
        Filters and signed maps: one symmetric colour scale for all, white at 0.
    colorbar_label : str, optional
        Adds one colour bar for the row, with this label.

    Returns
    -------
    dict
        ``"images"``: list of AxesImage.
    """
    images = [np.asarray(image, dtype=float) for image in images]
    if diverging:
        limit = max(np.abs(image).max() for image in images) or 1.0
        style = {"cmap": "RdBu_r", "vmin": -limit, "vmax": limit}
    else:
        style = {"cmap": "gray_r"}
    shown = []
    for ax, image, title in zip(axes, images, titles):
        shown.append(ax.imshow(image, **style))
        ax.set_title(title)
        ax.set_xticks([])
        ax.set_yticks([])
    if colorbar_label is not None:
        figure = axes[0].figure
        figure.colorbar(shown[-1], ax=list(axes), shrink=0.8, label=colorbar_label)
    return {"images": shown}


def draw_error_curves(ax, curves):
    """Test error (in %) after each epoch, one line per model.

    Parameters
    ----------
    ax : Axes
    curves : dict of str to sequence of float
        Label → test error (a fraction) after epochs 1, 2, ….

    Returns
    -------
    dict
        ``"lines"``: dict label → Line2D.
    """
    lines = {}
    for color, (label, errors) in zip(SERIES_COLORS, curves.items()):
        epochs = np.arange(1, len(errors) + 1)
        lines[label], = ax.plot(epochs, 100 * np.asarray(errors), "o-", color=color,
                                label=label)
    ax.set(xlabel=text("convolution.epoch"), ylabel=text("convolution.test_error"),
           title=text("convolution.error_title"))
    ax.set_xticks(epochs)
    ax.set_ylim(bottom=0)
    legend_beside(ax)  # off the curves, whatever their number
    return {"lines": lines}
