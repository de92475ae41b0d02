"""Figures of §1.2.1.5: the losses against y·ŷ and how hard each one pushes ŷ."""

import numpy as np

from .. import losses
from .._validation import as_labels, as_real_array, check_choice, check_same_shape
from ..i18n import text

__all__ = ["NAMES", "COLORS", "loss_and_gradient", "draw_losses", "draw_pushes"]

NAMES = ("squared", "hinge", "logistic", "cross_entropy")
COLORS = {"squared": "tab:blue", "hinge": "tab:red", "logistic": "tab:green",
          "cross_entropy": "k"}
MARGINS = np.linspace(-3, 3, 601)


def loss_and_gradient(name, y, y_hat):
    """The loss ``name`` and its gradient ∂L/∂ŷ for labels y ∈ {−1, +1} and scores ŷ.

    The cross-entropy (eq. 1.15) is taken with k = 2 classes and scores (0, ŷ), so class
    +1 has probability sigmoid(ŷ); it is computed by :func:`losses.cross_entropy_loss` and
    comes out equal to the logistic loss (eq. 1.14).

    Parameters
    ----------
    name : {"squared", "hinge", "logistic", "cross_entropy"}
    y, y_hat : array_like of shape (n,)

    Returns
    -------
    loss, gradient : ndarray of shape (n,)

    >>> loss_and_gradient("cross_entropy", [1.0], [0.0])
    (array([0.69314718]), array([-0.5]))
    """
    check_choice(name, "loss", NAMES)
    if name != "cross_entropy":
        loss, gradient = losses.REGISTRY[name]
        return loss(y, y_hat), gradient(y, y_hat)
    labels = as_labels(y, "y")
    scores = as_real_array(y_hat, "y_hat", ndim=1)
    check_same_shape(labels, scores, ("y", "y_hat"))
    logits = np.column_stack([np.zeros_like(scores), scores])
    classes = (labels > 0).astype(int)
    grad = losses.cross_entropy_loss_gradient(classes, logits, from_logits=True)
    return losses.cross_entropy_loss(classes, logits, from_logits=True), grad[:, 1]


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
    ax.legend(loc="upper right", fontsize="small")
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
    ax.legend(loc="upper right", fontsize="small")
    return lines
