"""One figure vocabulary for the whole companion: the palettes and the text sizes.

The reader learns the colours once: class +1 and class −1 look the same in every section,
and so does each loss. Plot functions take their colours from here; explorers draw inside
``EXPLORER_RC`` (text at least 9 pt, shown at its true size at 100 % zoom).

>>> CLASS_COLORS[+1] != CLASS_COLORS[-1]
True
>>> sorted(LOSS_COLORS) == sorted(set(LOSS_COLORS))
True
"""

__all__ = ["CLASS_COLORS", "CLASS_MARKERS", "LOSS_COLORS", "SERIES_COLORS", "MIN_FONT_PT",
           "EXPLORER_RC", "NOTEBOOK_RC", "legend_beside",
           "legend_below"]

# Colour-blind-safe pairs from matplotlib's tab10: orange against blue.
CLASS_COLORS = {+1: "tab:orange", -1: "tab:blue"}
CLASS_MARKERS = {+1: "s", -1: "o"}

# One colour per loss, in every figure that shows it (eqs. 1.7–1.15). None is a class colour:
# exercise 11 draws each loss's separator over the two classes' points.
LOSS_COLORS = {
    "zero_one": "tab:gray",
    "perceptron": "tab:purple",
    "hinge": "tab:red",
    "logistic": "tab:green",
    "squared": "tab:brown",
    "cross_entropy": "black",
}

# Several curves that are not classes or losses (layers, models, seeds): this order.
SERIES_COLORS = ("tab:blue", "tab:orange", "tab:green", "tab:red", "tab:purple",
                 "tab:brown", "tab:pink", "tab:olive", "tab:cyan", "tab:gray")

MIN_FONT_PT = 9.0

# Text sizes in points; a FigureView shows 1 pt as 1 pt at 100 % zoom.
EXPLORER_RC = {
    "font.size": 10.0,
    "axes.titlesize": 11.0,
    "axes.labelsize": 10.0,
    "xtick.labelsize": 9.0,
    "ytick.labelsize": 9.0,
    "legend.fontsize": 9.0,
    "legend.title_fontsize": 9.0,
    "figure.titlesize": 11.0,
}

# Static figures of the notebooks: the same sizes, rendered at twice the pixels.
NOTEBOOK_RC = EXPLORER_RC | {"figure.dpi": 100, "savefig.dpi": 200,
                             "figure.constrained_layout.use": True}


def legend_beside(ax, **legend_kw):
    """A legend to the right of ``ax``, outside it: it can never hide the data.

    Constrained layout makes room for it. Returns the Legend.
    """
    options = {"loc": "upper left", "bbox_to_anchor": (1.02, 1.0), "borderaxespad": 0.0}
    return ax.legend(**(options | legend_kw))


def legend_below(figure, handles, *, ncol=None, **legend_kw):
    """One legend for the whole ``figure``, under its axes (constrained layout makes room).

    For explorers with several panels: the legend stays off the data whatever moves.
    Returns the Legend.
    """
    ncol = len(handles) if ncol is None else ncol
    return figure.legend(handles=handles, loc="outside lower center", ncol=ncol, **legend_kw)
