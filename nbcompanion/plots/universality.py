"""Figures of §1.5: a target approximated by bumps, and the error against the number of units.

``draw_…`` functions draw on the axes they are given and return their artists by name;
``update_…`` functions move them. Numbers use the edition's decimal separator.
"""

import numpy as np

from .. import activations, i18n, universality
from ._style import SERIES_COLORS
from .composition import decimal_ticks

__all__ = ["draw_approximation", "add_figure_legend", "update_approximation", "draw_error_curve",
           "update_error_curve", "draw_kernels", "draw_unit_fits", "draw_fits"]

YOURS, REST, TARGET = SERIES_COLORS[0], SERIES_COLORS[1], "black"
BUDGET_MARK_Y = 0.42  # just below the top of the error axis (0.5)
KIND_COLORS = {"step": SERIES_COLORS[0], "sigmoid": SERIES_COLORS[1],
               "gaussian": SERIES_COLORS[2]}


def draw_approximation(ax, x, target, *, max_bumps=20, ylim=(-0.3, 1.0)):
    """The target, your sum, the bump being moved, the placed bumps and the fitted sum.

    Every line starts empty; :func:`update_approximation` fills them.

    The moving curves can go anywhere inside the axes, so the legend goes outside, below
    the figure: :func:`add_figure_legend` with ``artists["legend_handles"]``.

    Returns
    -------
    dict with ``target``, ``yours``, ``candidate``, ``with_rest``, ``note`` (Text), the
    list ``placed`` of ``max_bumps`` faint lines and ``legend_handles``.
    """
    nothing = np.full(len(x), np.nan)
    artists = {"placed": [ax.plot(x, nothing, color=YOURS, lw=0.8, alpha=0.35,
                                  label=i18n.text("universality.placed") if k == 0 else None)[0]
                          for k in range(max_bumps)]}
    artists["target"] = ax.plot(x, target, color=TARGET, ls="--", lw=1.5,
                                label=i18n.text("universality.target"))[0]
    artists["candidate"] = ax.plot(x, nothing, color=YOURS, ls=":", lw=1.5,
                                   label=i18n.text("universality.candidate"))[0]
    artists["with_rest"] = ax.plot(x, nothing, color=REST, lw=1.5,
                                   label=i18n.text("universality.with_rest"))[0]
    artists["yours"] = ax.plot(x, nothing, color=YOURS, lw=2.2,
                               label=i18n.text("universality.yours"))[0]
    artists["note"] = ax.text(0.02, 0.97, "", transform=ax.transAxes, va="top", ha="left")
    artists["legend_handles"] = [artists[k] for k in ("target", "yours", "candidate",
                                                       "with_rest")] + artists["placed"][:1]
    ax.set(xlim=(x[0], x[-1]), ylim=ylim, xlabel=i18n.text("universality.x"),
           ylabel=i18n.text("universality.y"), title=i18n.text("universality.fit_title"))
    decimal_ticks(ax.xaxis)
    decimal_ticks(ax.yaxis)
    return artists


def add_figure_legend(figure, handles, ncol=3):
    """One legend below the whole figure, outside every axes (constrained layout)."""
    return figure.legend(handles=handles, loc="outside lower center", ncol=ncol)


def update_approximation(artists, x, yours, candidate=None, placed=(), with_rest=None,
                         note=""):
    """Move the lines of :func:`draw_approximation`.

    Parameters
    ----------
    yours : ndarray of shape (n_samples,)
    candidate : ndarray of shape (n_samples,), optional
        The profile of the bump being moved (None: hidden).
    placed : sequence of ndarray
        Each placed bump's contribution.
    with_rest : ndarray, optional
        Your sum plus the fitted rest (None: hidden).
    """
    nothing = np.full(len(x), np.nan)
    artists["yours"].set_ydata(yours)
    artists["candidate"].set_ydata(nothing if candidate is None else candidate)
    artists["with_rest"].set_ydata(nothing if with_rest is None else with_rest)
    for k, line in enumerate(artists["placed"]):
        line.set_ydata(placed[k] if k < len(placed) else nothing)
    artists["note"].set_text(note)


def draw_error_curve(ax, n_units, errors, *, max_units=20, budget=None):
    """The best least-squares error with n equal bumps of each shape, and the reader's marks.

    Parameters
    ----------
    errors : dict
        ``{"step": …, "sigmoid": …}``, one error per entry of ``n_units``.
    budget : int, optional
        Marked by a vertical line: the bumps "fit the rest" may use in all.

    Returns
    -------
    dict with ``step`` and ``sigmoid`` (lines), ``you`` and ``you_and_rest`` (markers) and
    ``budget`` (the vertical line).
    """
    artists = {
        "step": ax.semilogy(n_units, errors["step"], "o-", color="0.35", ms=3,
                            label=i18n.text("universality.best_steps"))[0],
        "sigmoid": ax.semilogy(n_units, errors["sigmoid"], "^-", color="0.65", ms=3,
                               label=i18n.text("universality.best_sigmoids"))[0],
        # a mark on the top edge, not a full-height line that would cross the legend
        "budget": ax.semilogy([budget or 0], [BUDGET_MARK_Y], "v", color=REST, ms=10,
                              label=i18n.text("universality.budget_line"))[0],
        "you": ax.semilogy([], [], "o", ms=9, color=YOURS, label=i18n.text("universality.you"))[0],
        "you_and_rest": ax.semilogy([], [], "s", ms=9, mfc="none", mec=REST, mew=2,
                                    label=i18n.text("universality.you_and_rest"))[0],
    }
    ax.set(xlim=(0, max_units + 1), ylim=(3e-3, 0.5), xticks=[1, *range(5, max_units + 1, 5)],
           xlabel=i18n.text("universality.units"),
           ylabel=i18n.text("universality.rms"), title=i18n.text("universality.error_title"))
    decimal_ticks(ax.yaxis)
    # lower left stays empty: few bumps never give a small error
    ax.legend(loc="lower left")
    return artists


def update_error_curve(artists, n_units, errors, you, you_and_rest=None, budget=None):
    """Move the curves and the marks: ``you`` and ``you_and_rest`` are (n, error)."""
    for shape in ("step", "sigmoid"):
        artists[shape].set_data(n_units, errors[shape])
    artists["you"].set_data([you[0]], [you[1]])
    if you_and_rest is None:
        artists["you_and_rest"].set_data([], [])
    else:
        artists["you_and_rest"].set_data([you_and_rest[0]], [you_and_rest[1]])
    if budget is not None:
        artists["budget"].set_data([budget], [BUDGET_MARK_Y])


def draw_kernels(ax, v=None):
    """Sigmoid and tanh saturate to two different levels; the Gaussian kernel to 0 on both sides."""
    v = np.linspace(-5, 5, 401) if v is None else np.asarray(v, dtype=float)
    artists = {
        "gaussian": ax.plot(v, universality.gaussian_kernel(v), color=KIND_COLORS["gaussian"],
                            lw=2, label=i18n.text("universality.gaussian"))[0],
        "sigmoid": ax.plot(v, activations.sigmoid(v), color=KIND_COLORS["sigmoid"], lw=2,
                           label=i18n.text("universality.sigmoid"))[0],
        "tanh": ax.plot(v, activations.tanh(v), color="0.4", lw=1.5, ls="--",
                        label=i18n.text("universality.tanh"))[0],
    }
    ax.axhline(0, color="0.8", lw=0.8, zorder=0)
    ax.set(xlabel=i18n.text("universality.v"), ylabel=i18n.text("universality.phi"),
           title=i18n.text("universality.kernels_title"), ylim=(-1.15, 1.6))
    ax.legend(loc="upper left", ncol=1)
    decimal_ticks(ax.xaxis)
    decimal_ticks(ax.yaxis)
    return artists


def draw_unit_fits(ax, x, target, n):
    """The target and its least-squares fits by ``n`` units of each kind (§1.5)."""
    artists = {"target": ax.plot(x, target, "k--", lw=1.5,
                                 label=i18n.text("universality.target"))[0]}
    for kind in universality.KINDS:
        artists[kind] = ax.plot(x, universality.least_squares_fit(x, target, kind, n),
                                color=KIND_COLORS[kind], lw=1.5,
                                label=i18n.text(f"universality.kind_{kind}"))[0]
    span = np.ptp(target)
    ax.set(xlabel=i18n.text("universality.x"), ylabel=i18n.text("universality.y"),
           ylim=(np.min(target) - 0.15 * span, np.max(target) + 0.45 * span),
           title=i18n.text("universality.fits_title", n=n))
    ax.legend(loc="upper left")
    decimal_ticks(ax.xaxis)
    decimal_ticks(ax.yaxis)
    return artists


def draw_fits(ax, n_units, errors):
    """Error of the least-squares fit against the number of units, one line per kind.

    Parameters
    ----------
    errors : dict of str to sequence of float
        By kind ("step", "sigmoid", "gaussian"), one error per entry of ``n_units``.
    """
    artists = {kind: ax.loglog(n_units, values, "o-", ms=3, color=KIND_COLORS[kind],
                               label=i18n.text(f"universality.kind_{kind}"))[0]
               for kind, values in errors.items()}
    ax.set(xlabel=i18n.text("universality.n_units"), ylabel=i18n.text("universality.rms"),
           title=i18n.text("universality.falls_title"))
    decimal_ticks(ax.xaxis)
    ax.legend(loc="lower left")
    return artists
