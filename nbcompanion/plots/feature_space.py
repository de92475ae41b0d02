"""Input space and feature space side by side, as in Fig. 1.14 (§1.5.1, exercises 1 and 5).

A hidden layer (or a hand-made feature) moves the points; a class boundary that is a straight
line in the new space can be a curve, or impossible, in the input space.
"""

import numpy as np

from .. import i18n
from ._style import CLASS_COLORS, CLASS_MARKERS, legend_below, legend_beside

__all__ = ["line_in_box", "stack_labels", "draw_points", "draw_input_space", "draw_hidden_space",
           "draw_feature_line", "product_regions", "update_input_space", "update_hidden_space",
           "draw_product_input", "update_product", "product_outline", "legend_below"]

# Few points, so large markers; the colours and shapes of the classes everywhere else.
POSITIVE = {"marker": CLASS_MARKERS[+1], "s": 110, "color": CLASS_COLORS[+1],
            "edgecolor": "black"}
NEGATIVE = {"marker": CLASS_MARKERS[-1], "s": 110, "color": CLASS_COLORS[-1],
            "edgecolor": "black"}
REGION = "tab:orange"
UNIT_COLORS = ("tab:green", "tab:purple", "tab:brown", "tab:pink")  # not the classes' colours


def line_in_box(w, c, limits):
    """Two end points of the line w·x + c = 0 across the square ``limits`` (nan if w = 0).

    >>> line_in_box([1.0, -1.0], 0.0, (0.0, 1.0))
    (array([0., 1.]), array([0., 1.]))
    """
    w1, w2 = float(w[0]), float(w[1])
    ends = np.asarray(limits, dtype=float)
    if abs(w2) >= abs(w1) and w2 != 0:
        return ends, -(c + w1 * ends) / w2
    if w1 != 0:
        return -(c + w2 * ends) / w1, ends
    return np.full(2, np.nan), np.full(2, np.nan)


def stack_labels(labels, points):
    """Shift the labels of points that coincide, so that each stays readable.

    ``labels`` are the annotations of ``points`` (n_points, 2); the k-th label at the same
    place goes k lines lower.
    """
    points = np.asarray(points, dtype=float)
    for i, label in enumerate(labels):
        label.xy = points[i]
        same = int(np.sum(np.all(np.isclose(points[:i], points[i]), axis=1)))
        label.xyann = (6, 6 - 12 * same)


def draw_points(ax, X, y, *, annotate=True, names=None):
    """Scatter the two classes of ``X`` (n_points, 2) with labels ``y`` in {-1, +1}.

    Each point is annotated with the coordinates of ``names`` (n_points, 2), by default its
    own: in hidden space, pass the input points so that each moved point keeps its name.
    Returns a dict with the scatter ``"positive"``, ``"negative"`` and the ``"labels"`` texts.
    """
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    artists = {
        "positive": ax.scatter(X[y > 0, 0], X[y > 0, 1], label=i18n.text("common.class_pos"),
                               zorder=3, **POSITIVE),
        "negative": ax.scatter(X[y <= 0, 0], X[y <= 0, 1], label=i18n.text("common.class_neg"),
                               zorder=3, **NEGATIVE),
        "labels": [],
    }
    if annotate:
        names = X if names is None else np.asarray(names, dtype=float)
        artists["labels"] = [ax.annotate(i18n.numbers(name, "g", brackets="()"), x, xytext=(6, 6),
                                         textcoords="offset points", fontsize=9)
                             for x, name in zip(X, names)]
        stack_labels(artists["labels"], X)
    return artists


def _square(ax, limits, title, xlabel, ylabel, legend=True):
    """A square view of ``limits`` with its title, axis labels (i18n keys) and legend.

    The legend stands beside the axes: inside, it would hide one of the few points.
    """
    ax.set_xlim(limits)
    ax.set_ylim(limits)
    ax.set_aspect("equal")
    ax.set_title(i18n.text(title))
    ax.set_xlabel(i18n.text(xlabel))
    ax.set_ylabel(i18n.text(ylabel))
    ax.locator_params(nbins=5)
    if legend:
        legend_beside(ax)


def draw_input_space(ax, X, y, W_hidden=None, b_hidden=None, *, limits=(-0.5, 1.5),
                     legend=True):
    """The points in input space, with the lines where each hidden ReLU switches on.

    ``W_hidden`` has shape (2, n_hidden) (column j feeds unit j); unit j is active on the
    side of its line where W_hidden[:, j]·x + b_hidden[j] > 0.
    """
    artists = draw_points(ax, X, y)
    artists["units"] = []
    if W_hidden is not None:
        W = np.asarray(W_hidden, dtype=float)
        b = np.zeros(W.shape[1]) if b_hidden is None else np.asarray(b_hidden, dtype=float)
        for j in range(W.shape[1]):
            (line,) = ax.plot(*line_in_box(W[:, j], b[j], limits), linestyle="--",
                              color=UNIT_COLORS[j % len(UNIT_COLORS)],
                              label=i18n.text("feature_space.unit_line", j=j + 1))
            artists["units"].append(line)
    _square(ax, limits, "feature_space.input_title", "common.x1", "common.x2", legend)
    return artists


def update_input_space(artists, W_hidden, b_hidden, limits):
    """Move the line of each hidden unit to its new weights."""
    W, b = np.asarray(W_hidden, dtype=float), np.asarray(b_hidden, dtype=float)
    for j, line in enumerate(artists["units"]):
        line.set_data(*line_in_box(W[:, j], b[j], limits))


def draw_hidden_space(ax, H, y, w_out=None, b_out=0.0, *, threshold=0.5, limits=(-0.5, 2.5),
                      X=None, legend=True):
    """The points in hidden space h = (h1, h2), with the output's boundary w_out·h + b_out = threshold.

    ``X`` (n_points, 2), the input points, names each hidden point after the point it came from.
    """
    artists = draw_points(ax, H, y, names=X)
    artists["boundary"] = None
    if w_out is not None:
        (artists["boundary"],) = ax.plot(*line_in_box(w_out, b_out - threshold, limits),
                                         color="black",
                                         label=i18n.text("feature_space.output_line",
                                                         threshold=threshold))
    _square(ax, limits, "feature_space.hidden_title", "feature_space.h1", "feature_space.h2",
            legend)
    artists["title"] = ax.title
    return artists


def update_hidden_space(artists, H, y, w_out, b_out, *, threshold, limits, title):
    """Move the hidden points to ``H``, the output's line to (w_out, b_out); set the title."""
    H, y = np.asarray(H, dtype=float), np.asarray(y)
    artists["positive"].set_offsets(H[y > 0])
    artists["negative"].set_offsets(H[y <= 0])
    stack_labels(artists["labels"], H)
    artists["boundary"].set_data(*line_in_box(w_out, b_out - threshold, limits))
    artists["title"].set_text(title)


def draw_feature_line(ax, z, y, threshold=None, *, limits=(-1.5, 1.5), legend=True):
    """A one-dimensional feature ``z`` on a line, with a threshold between the classes.

    Returns a dict with the scatters and the threshold line (``"threshold"``, or None).
    """
    z, y = np.asarray(z, dtype=float), np.asarray(y)
    points = np.column_stack([z, np.zeros_like(z)])
    artists = draw_points(ax, points, y, annotate=False)
    artists["threshold"] = None
    if threshold is not None:
        artists["threshold"] = ax.axvline(threshold, color="black", linestyle="--",
                                          label=i18n.text("feature_space.threshold"))
    ax.axhline(0.0, color="0.7", linewidth=0.8, zorder=1)
    ax.set_xlim(limits)
    ax.set_ylim(-1, 1)
    ax.set_yticks([])
    ax.set_title(i18n.text("feature_space.feature_title"))
    ax.set_xlabel(i18n.text("feature_space.z"))
    ax.locator_params(axis="x", nbins=5)
    if legend:
        legend_beside(ax)
    artists["title"] = ax.title
    return artists


def product_outline(threshold, *, limits=(-1.5, 1.5), n=240):
    """The region x1·x2 > ``threshold`` of the square ``limits`` as two polygons.

    For x1 ≥ 0 the region is x2 > t/x1 (clipped to the square), for x1 ≤ 0 its mirror image
    through the origin; each polygon is returned as an array of shape (n + 2, 2).

    >>> right, left = product_outline(0.0, limits=(-1.0, 1.0), n=3)
    >>> right.tolist()
    [[0.0, 0.0], [0.5, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]
    """
    high = float(limits[1])
    x1 = np.linspace(0.0, high, n)
    with np.errstate(divide="ignore", invalid="ignore"):
        boundary = np.where(x1 > 0, threshold / np.where(x1 > 0, x1, 1.0),
                            np.sign(threshold) * np.inf)
    low = np.clip(np.nan_to_num(boundary, nan=0.0, posinf=high, neginf=-high), -high, high)
    right = np.vstack([np.column_stack([x1, low]), [[high, high], [0.0, high]]])
    return right, -right


def draw_product_input(ax, X, y, threshold, *, limits=(-1.5, 1.5)):
    """The input space of exercise 5: the points and the region x1·x2 > t shaded.

    Returns a dict with the scatters, ``"region"`` (two Polygons, also the legend handle's
    look) and ``"region_key"`` (the first of them).
    """
    artists = draw_points(ax, X, y)
    artists["region"] = [ax.fill(*xy.T, color=REGION, alpha=0.3, linewidth=0, zorder=1,
                                 label=i18n.text("feature_space.region") if i == 0 else None)[0]
                         for i, xy in enumerate(product_outline(threshold, limits=limits))]
    artists["region_key"] = artists["region"][0]
    ax.set(xlim=limits, ylim=limits, aspect="equal",
           title=i18n.text("feature_space.product_input_title"),
           xlabel=i18n.text("common.x1"), ylabel=i18n.text("common.x2"))
    ax.locator_params(nbins=5)
    return artists


def update_product(region, line, threshold, *, limits=(-1.5, 1.5), title):
    """Shade x1·x2 > ``threshold`` in ``region``, move the threshold on ``line``."""
    for polygon, xy in zip(region["region"], product_outline(threshold, limits=limits)):
        polygon.set_xy(xy)
    line["threshold"].set_xdata([threshold, threshold])
    line["title"].set_text(title)


def product_regions(threshold, *, limits=(-1.5, 1.5), size=121):
    """Image of the region x1·x2 > threshold on a square grid: 1 inside, 0 outside.

    >>> product_regions(0.0, size=3).tolist()
    [[1.0, 0.0, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 1.0]]
    """
    grid = np.linspace(*limits, size)
    x1, x2 = np.meshgrid(grid, grid)
    return (x1 * x2 > threshold).astype(float)
