"""Figures of §1.6.2: an RBF network's decision regions, and Cover's theorem counted."""

from matplotlib.colors import ListedColormap
from matplotlib.ticker import MaxNLocator

from ..i18n import number, text
from ._style import CLASS_COLORS, CLASS_MARKERS, SERIES_COLORS

__all__ = ["draw_rbf", "update_rbf", "draw_cover"]

REGION_MAP = ListedColormap(["#c6dbef", "#fdd0a2"])  # light blue (−1), light orange (+1)


def _title(m, width, train, test):
    return text("rbf.title", m=m, width=number(width, ".2g"), train=number(100 * train, ".1f"),
                test=number(100 * test, ".1f"))


def draw_rbf(ax, X, y, prototypes, regions, extent, *, width, train, test):
    """Training points, prototypes and the network's decision regions on a grid.

    Parameters
    ----------
    ax : Axes
    X : ndarray of shape (n, 2)
    y : ndarray of shape (n,), labels −1 and +1
    prototypes : ndarray of shape (m, 2)
    regions : ndarray of shape (rows, columns)
        The predicted label (−1 or +1) at each grid point.
    extent : (left, right, bottom, top)
    width, train, test : float
        σ and the two accuracies, for the title.

    Returns
    -------
    dict
        ``"regions"`` AxesImage, ``"points"`` list of PathCollection (one per class),
        ``"prototypes"`` Line2D, ``"title"`` Text.
    """
    artists = {"regions": ax.imshow(regions > 0, origin="lower", extent=extent, cmap=REGION_MAP,
                                    vmin=0, vmax=1, aspect="auto", interpolation="nearest")}
    artists["points"] = []  # listed after the regions: a redraw paints them on top
    for label, key in ((-1, "rbf.class_a"), (1, "rbf.class_b")):
        chosen = y == label
        artists["points"].append(ax.scatter(X[chosen, 0], X[chosen, 1], s=14, color=CLASS_COLORS[label],
                   marker=CLASS_MARKERS[label], edgecolor="k", linewidth=0.3,
                                            label=text(key)))
    artists["prototypes"], = ax.plot(prototypes[:, 0], prototypes[:, 1], "kX", ms=8, mec="w",
                                     mew=0.8, label=text("rbf.prototypes"))
    ax.set(xlim=extent[:2], ylim=extent[2:], xlabel=text("common.x1"), ylabel=text("common.x2"))
    artists["title"] = ax.set_title(_title(len(prototypes), width, train, test))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), borderaxespad=0)
    return artists


def update_rbf(artists, prototypes, regions, *, width, train, test):
    """Move the prototypes, repaint the regions, retitle."""
    artists["regions"].set_data(regions > 0)
    artists["prototypes"].set_data(prototypes[:, 0], prototypes[:, 1])
    artists["title"].set_text(_title(len(prototypes), width, train, test))


def draw_cover(ax, m_values, counted, n_points, predicted=None):
    """Counted fraction of separable labellings against m, with Cover's formula.

    Returns
    -------
    dict
        ``"counted"`` and ``"formula"`` Line2D.
    """
    artists = {}
    if predicted is not None:
        artists["formula"], = ax.plot(m_values, predicted, "-", color=SERIES_COLORS[1], lw=2,
                                      label=text("rbf.formula"))
    artists["counted"], = ax.plot(m_values, counted, "o", color=SERIES_COLORS[0],
                                  label=text("rbf.counted"))
    ax.set(xlabel=text("rbf.features"), ylabel=text("rbf.separable"), ylim=(-0.03, 1.03),
           title=text("rbf.cover_title", n=n_points))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="lower right")
    return artists
