"""Figures of §1.5.2: the sawtooth t^r with its counted pieces (Fig. 1.15), and what depth buys.

Each ``draw_…`` function draws on the axes it is given and returns its artists by name; the
matching ``update_…`` moves them. Numbers on the axes use the edition's decimal separator.
"""

import numpy as np
from matplotlib.ticker import FuncFormatter

from .. import composition, i18n
from ._style import SERIES_COLORS

__all__ = ["sawtooth_vertices", "draw_sawtooth", "update_sawtooth", "draw_counts",
           "update_counts", "draw_training_runs", "draw_noise_runs", "decimal_ticks"]

DEEP_COLOR, SHALLOW_COLOR, PIECES_COLOR = SERIES_COLORS[0], SERIES_COLORS[1], SERIES_COLORS[2]


def decimal_ticks(axis):
    """Tick labels of ``axis`` (``ax.xaxis``) with the edition's decimal separator."""
    axis.set_major_formatter(FuncFormatter(lambda v, _: i18n.number(v, "g")))


def sawtooth_vertices(network, low=0.0, high=1.0, *, exact=True):
    """The exact graph of a piecewise-linear network: its piece ends and the values there.

    Returns
    -------
    x, y : ndarray of shape (n_pieces + 1,)
    breakpoints : ndarray of shape (n_pieces - 1,)
        The interior points where the slope changes.

    >>> x, y, b = sawtooth_vertices(composition.tent_network(1))
    >>> x.tolist(), y.tolist(), b.tolist()
    ([0.0, 0.5, 1.0], [0.0, 1.0, 0.0], [0.5])
    """
    pieces = composition.linear_pieces(network, low, high, exact=exact)
    x = [p.start for p in pieces] + [pieces[-1].end]
    y = [p.slope * p.start + p.intercept for p in pieces]
    y.append(pieces[-1].slope * pieces[-1].end + pieces[-1].intercept)
    x, y = np.array(x, dtype=float), np.array(y, dtype=float)
    return x, y, x[1:-1]


def draw_sawtooth(ax, vertices, *, r=None, note=False):
    """The output of the deep tent network on [0, 1] with its breakpoints marked.

    Parameters
    ----------
    vertices : tuple
        ``sawtooth_vertices(network)``.
    r : int, optional
        Its depth: the title then counts its pieces (a static figure); without it the title
        is generic (an explorer, whose ``note`` says the count).
    note : bool, default=False
        Add a text in the upper left for :func:`update_sawtooth` to fill.

    Returns
    -------
    dict with ``line`` and ``breakpoints`` (and ``note``).
    """
    x, y, breaks = vertices
    artists = {
        "line": ax.plot(x, y, color=DEEP_COLOR, lw=1.4, label=i18n.text("composition.sawtooth"))[0],
        "breakpoints": ax.plot(breaks, np.interp(breaks, x, y), "o", ms=3, color="0.2",
                               label=i18n.text("composition.breakpoints"))[0],
    }
    if note:
        artists["note"] = ax.text(0.02, 0.97, "", transform=ax.transAxes, va="top", ha="left")
    ax.set(xlim=(0, 1), ylim=(-0.05, 1.3), xlabel=i18n.text("composition.x"),
           ylabel=i18n.text("composition.output"),
           title=(i18n.text("composition.sawtooth") if r is None else
                  i18n.text("composition.layer_title", r=r, pieces=len(x) - 1)))
    decimal_ticks(ax.xaxis)
    decimal_ticks(ax.yaxis)
    return artists


def update_sawtooth(artists, vertices, row=None):
    """Move the artists of :func:`draw_sawtooth` to another network's graph.

    ``row`` (a row of ``composition.depth_table``) fills the note: depth, pieces counted on
    these vertices, and the parameters of both networks.
    """
    x, y, breaks = vertices
    artists["line"].set_data(x, y)
    artists["breakpoints"].set_data(breaks, np.interp(breaks, x, y))
    # beyond 64 breakpoints the markers merge into a band: the line alone shows them
    artists["breakpoints"].set_visible(len(breaks) <= 64)
    if row is not None and "note" in artists:
        artists["note"].set_text(i18n.text(
            "composition.pieces_note", r=row["r"], pieces=len(x) - 1,
            deep=row["deep_parameters"], shallow=row["shallow_parameters"]))


def draw_counts(ax, table, *, current=None):
    """Pieces and the parameters of both networks against r, on a log scale.

    Parameters
    ----------
    table : list of dict
        ``composition.depth_table(...)``.
    current : int, optional
        The r to ring.

    Returns
    -------
    dict with ``pieces``, ``deep``, ``shallow`` lines and ``current`` (the ringed points).
    """
    r = [row["r"] for row in table]
    artists = {
        "shallow": ax.semilogy(r, [row["shallow_parameters"] for row in table], "s-",
                               color=SHALLOW_COLOR, ms=4,
                               label=i18n.text("composition.shallow_parameters"))[0],
        "pieces": ax.semilogy(r, [row["pieces"] for row in table], "o-", color=PIECES_COLOR,
                              ms=4, label=i18n.text("composition.pieces"))[0],
        "deep": ax.semilogy(r, [row["deep_parameters"] for row in table], "^-",
                            color=DEEP_COLOR, ms=4,
                            label=i18n.text("composition.deep_parameters"))[0],
        "current": ax.plot([], [], "o", ms=11, mfc="none", mec="k",
                           label=i18n.text("composition.current"))[0],
    }
    ax.set(xlabel=i18n.text("composition.r_short"), ylabel=i18n.text("composition.count"),
           title=i18n.text("composition.count_title"), xticks=r)
    ax.legend(loc="upper left")
    ax.set_ylim(1, max(row["shallow_parameters"] for row in table) * 30)
    if current is not None:
        update_counts(artists, table, current)
    return artists


def update_counts(artists, table, current):
    """Ring the three counts of depth ``current``."""
    row = next(row for row in table if row["r"] == current)
    artists["current"].set_data([current] * 3, [row["pieces"], row["deep_parameters"],
                                                row["shallow_parameters"]])


def draw_training_runs(ax, entries, *, variance=1 / 12):
    """Final training error of every run, deep beside shallow, for each r.

    Parameters
    ----------
    entries : dict
        The ``"lbfgs"`` part of the experiment's JSON: ``"deep-3"`` → {"r", "runs", …}.

    Returns
    -------
    dict with ``deep``, ``shallow`` (PathCollections) and ``mean`` (the constant-output line).
    """
    rng = np.random.default_rng(0)  # horizontal jitter only, to see overlapping points
    artists = {}
    for architecture, shift, color in (("deep", -0.15, DEEP_COLOR),
                                       ("shallow", 0.15, SHALLOW_COLOR)):
        xs, ys = [], []
        for entry in entries.values():
            if entry["architecture"] == architecture:
                mse = [run["mse"] for run in entry["runs"]]
                xs += list(entry["r"] + shift + rng.uniform(-0.06, 0.06, len(mse)))
                ys += mse
        artists[architecture] = ax.scatter(xs, ys, s=14, color=color, alpha=0.75,
                                           label=i18n.text(f"composition.{architecture}"))
    artists["mean"] = ax.axhline(variance, color="0.4", ls="--", lw=1,
                                 label=i18n.text("composition.mean_line"))
    depths = sorted({entry["r"] for entry in entries.values()})
    runs = len(next(iter(entries.values()))["runs"])
    ax.set(yscale="log", xticks=depths, xlabel=i18n.text("composition.r_short"),
           ylabel=i18n.text("composition.mse"),
           title=i18n.text("composition.training_title", runs=runs))
    ax.set_xlim(depths[0] - 0.6, depths[-1] + 0.6)
    ax.legend(loc="lower right")  # the runs sit high, and the few exact fits low on the left
    return artists


def draw_noise_runs(ax, entries, *, variance=1 / 12):
    """Final error of the deep network started at the exact weights plus noise σ."""
    sigmas, mse = [], []
    for entry in entries.values():
        sigmas += [entry["sigma"]] * len(entry["runs"])
        mse += [run["mse"] for run in entry["runs"]]
    rng = np.random.default_rng(0)
    artists = {"runs": ax.scatter(np.array(sigmas) * np.exp(rng.uniform(-0.12, 0.12, len(mse))),
                                  mse, s=14, color=DEEP_COLOR, alpha=0.75,
                                  label=i18n.text("composition.runs")),
               "mean": ax.axhline(variance, color="0.4", ls="--", lw=1,
                                  label=i18n.text("composition.mean_line"))}
    r = next(iter(entries.values()))["r"]
    ax.set(xscale="log", yscale="log", xlabel=i18n.text("composition.noise"),
           ylabel=i18n.text("composition.mse"), title=i18n.text("composition.noise_title", r=r))
    decimal_ticks(ax.xaxis)
    ax.legend(loc="lower right")
    return artists
