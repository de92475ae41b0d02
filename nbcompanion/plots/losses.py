"""Figures of §1.2.1.5: the losses against y·ŷ and how hard each one pushes ŷ."""

import numpy as np

from .. import losses
from .._validation import as_real_array, check_choice
from ..i18n import text
from ._style import LOSS_COLORS, legend_below, legend_beside

__all__ = ["NAMES", "COLORS", "loss_and_gradient", "draw_losses", "draw_pushes",
           "draw_loss_explorer", "show_label", "update_loss_point"]

NAMES = ("squared", "hinge", "logistic", "cross_entropy")
COLORS = {name: LOSS_COLORS[name] for name in NAMES}
MARGINS = np.linspace(-3, 3, 601)


def loss_and_gradient(name, y, y_hat):
    """The loss ``name`` and its gradient ∂L/∂ŷ for labels y ∈ {−1, +1} and scores ŷ.

    Computed by :data:`nbcompanion.losses.BINARY` (the cross-entropy of eq. 1.15 with k = 2,
    which equals the logistic loss of eq. 1.14).

    >>> loss_and_gradient("cross_entropy", [1.0], [0.0])
    (array([0.69314718]), array([-0.5]))
    """
    check_choice(name, "loss", NAMES)
    loss, gradient = losses.BINARY[name]
    return loss(y, y_hat), gradient(y, y_hat)


def _label(name):
    return text(f"losses.{name}")


def _style(name):
    dashed = name == "cross_entropy"
    return {"color": COLORS[name], "lw": 1.5 if dashed else 2.5, "ls": "--" if dashed else "-"}


def _curves(ax, names, margins, value):
    """One line per loss: ``value(loss, gradient)`` at y = +1 against the margin y·ŷ."""
    m = MARGINS if margins is None else as_real_array(margins, "margins", ndim=1)
    lines = {}
    for name in names:
        loss, gradient = loss_and_gradient(name, np.ones_like(m), m)
        lines[name] = ax.plot(m, value(loss, gradient), label=_label(name), **_style(name))[0]
    return lines


def draw_losses(ax, names=NAMES, margins=None):
    """Each loss against the margin y·ŷ (taking y = +1, so ŷ = y·ŷ), §1.2.1.5.

    Returns
    -------
    dict of str to Line2D
    """
    lines = _curves(ax, names, margins, lambda loss, gradient: loss)
    ax.axvline(0, color="0.7", lw=0.8)
    ax.set(xlabel=text("losses.margin"), ylabel=text("common.loss"), ylim=(-0.2, 5),
           title=text("losses.title"))
    legend_beside(ax)
    return lines


def draw_pushes(ax, names=NAMES, margins=None):
    """How hard each loss pushes ŷ towards the label: −y·∂L/∂ŷ against y·ŷ.

    Gradient descent moves W by −α ∂L/∂W = −α (∂L/∂ŷ) X, so this number times αX is the
    step. Positive: towards the correct side; negative (squared loss beyond y·ŷ = 1): back.

    Returns
    -------
    dict of str to Line2D
    """
    lines = _curves(ax, names, margins, lambda loss, gradient: -gradient)
    ax.axhline(0, color="0.7", lw=0.8)
    ax.axvline(0, color="0.7", lw=0.8)
    ax.set(xlabel=text("losses.margin"), ylabel=text("losses.push"), ylim=(-2.5, 4.5),
           title=text("losses.push_title"))
    legend_beside(ax)
    return lines


def draw_loss_explorer(ax_l, ax_g, y_hat_range=(-3.0, 3.0)):
    """Every loss L(y, ŷ) (``ax_l``) and its gradient ∂L/∂ŷ (``ax_g``) against ŷ, for one y.

    Returns
    -------
    dict
        ``"curves"`` and ``"points"``: per loss a pair (on ``ax_l``, on ``ax_g``) of Line2D;
        ``"guides"`` (two vertical lines at ŷ) and the titles ``"loss_title"``,
        ``"gradient_title"``. Show a label with :func:`show_label`, a point with
        :func:`update_loss_point`.
    """
    grid = np.linspace(*y_hat_range, 601)
    artists = {"curves": {}, "points": {}}
    for name in NAMES:
        style = _style(name)
        artists["curves"][name] = (ax_l.plot(grid, grid, label=_label(name), **style)[0],
                                   ax_g.plot(grid, grid, **style)[0])
        artists["points"][name] = (ax_l.plot([], [], "o", color=COLORS[name])[0],
                                   ax_g.plot([], [], "o", color=COLORS[name])[0])
    for ax in (ax_l, ax_g):
        ax.axhline(0, color="0.7", lw=0.8)
        ax.set(xlim=y_hat_range, xlabel=text("losses.y_hat"))
        ax.locator_params(nbins=6)
    ax_l.set(ylabel=text("common.loss"), ylim=(-0.2, 8))
    ax_g.set(ylabel=text("losses.gradient"), ylim=(-4.5, 4.5))
    artists["guides"] = (ax_l.axvline(0, color="k", lw=0.8, ls=":"),
                         ax_g.axvline(0, color="k", lw=0.8, ls=":"))
    artists["loss_title"], artists["gradient_title"] = ax_l.title, ax_g.title
    artists["legend"] = legend_below(ax_l.figure, [pair[0] for pair in
                                                   artists["curves"].values()], ncol=2)
    return artists


def show_label(artists, y, chosen):
    """Draw every loss for the label ``y``, the ``chosen`` one strong."""
    for name, lines in artists["curves"].items():
        grid = lines[0].get_xdata()
        value, gradient = loss_and_gradient(name, np.full_like(grid, y), grid)
        lines[0].set_ydata(value)
        lines[1].set_ydata(gradient)
        for line in lines:
            line.set_linewidth(3 if name == chosen else 1.2)
            line.set_alpha(1.0 if name == chosen else 0.45)


def update_loss_point(artists, y, y_hat, chosen):
    """Move every loss's point to ŷ; return the value and gradient of the ``chosen`` loss."""
    for name, (loss_point, grad_point) in artists["points"].items():
        value, gradient = loss_and_gradient(name, [y], [y_hat])
        loss_point.set_data([y_hat], value)
        grad_point.set_data([y_hat], gradient)
        if name == chosen:
            result = float(value[0]), float(gradient[0])
    for guide in artists["guides"]:
        guide.set_xdata([y_hat, y_hat])
    artists["loss_title"].set_text(text("losses.loss_title", name=_label(chosen),
                                        loss=result[0]))
    artists["gradient_title"].set_text(text("losses.gradient_title", gradient=result[1]))
    return result
