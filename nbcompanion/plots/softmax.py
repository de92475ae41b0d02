"""Figures of §1.2.1.4: the softmax layer (Fig. 1.9), its probabilities, and the comparison of
softmax regression with scikit-learn's multinomial logistic regression."""

import numpy as np
from matplotlib.patches import Circle, FancyArrowPatch, FancyBboxPatch, Patch

from .. import activations
from .._validation import as_real_array, check_same_shape
from ..i18n import number, text
from ._style import SERIES_COLORS, legend_below, legend_beside

__all__ = ["CLASS_COLORS", "draw_softmax_layer", "draw_bars", "draw_probability_agreement",
           "draw_difference_histogram", "draw_softmax_bars", "update_softmax_bars"]

# k classes of a softmax (not the two classes ±1): the house series colours, in order.
CLASS_COLORS = SERIES_COLORS[:3]


def draw_softmax_layer(ax, v, *, n_hidden=4):
    """Fig. 1.9: a hidden layer, a linear layer to three scores vᵢ, the softmax box, ŷᵢ.

    The numbers in the score and output nodes are ``v`` and softmax(v), eq. (1.12).

    Returns
    -------
    dict
        ``"scores"`` and ``"outputs"``: lists of Text.
    """
    v = as_real_array(v, "v", ndim=1)
    p = activations.softmax(v)
    k = len(v)
    hidden_y = np.linspace(0.85, 0.15, n_hidden)
    out_y = np.linspace(0.8, 0.2, k)
    for y_h in hidden_y:
        ax.add_patch(Circle((0.1, y_h), 0.04, fc="0.9", ec="k"))
        for y_o in out_y:
            ax.add_patch(FancyArrowPatch((0.14, y_h), (0.36, y_o), arrowstyle="-", color="0.6",
                                         lw=0.6))
    ax.add_patch(FancyBboxPatch((0.56, 0.1), 0.1, 0.8, boxstyle="round,pad=0.01",
                                fc="#fff2cc", ec="k"))
    ax.text(0.61, 0.5, "softmax", rotation=90, ha="center", va="center", fontsize=9)
    artists = {"scores": [], "outputs": []}
    for i, y_o in enumerate(out_y):
        color = CLASS_COLORS[i % len(CLASS_COLORS)]
        ax.add_patch(Circle((0.4, y_o), 0.05, fc="white", ec=color, lw=2))
        artists["scores"].append(ax.text(0.4, y_o, f"$v_{i + 1}$\n{number(v[i], '.2g')}", ha="center",
                                         va="center", fontsize=9))
        ax.add_patch(FancyArrowPatch((0.45, y_o), (0.56, y_o), arrowstyle="-|>",
                                     mutation_scale=8, color="0.3"))
        ax.add_patch(FancyArrowPatch((0.66, y_o), (0.8, y_o), arrowstyle="-|>",
                                     mutation_scale=8, color="0.3"))
        ax.add_patch(Circle((0.86, y_o), 0.06, fc=color, ec="k", alpha=0.35))
        artists["outputs"].append(ax.text(0.86, y_o, f"$\\hat y_{i + 1}$\n{number(p[i], '.3f')}",
                                          ha="center", va="center", fontsize=9))
    ax.legend(handles=[Patch(fc="0.9", ec="k", label=text("softmax.hidden")),
                       Patch(fc="white", ec="k", label=text("softmax.scores")),
                       Patch(fc="0.7", ec="k", label=text("softmax.outputs"))],
              loc="lower center", bbox_to_anchor=(0.5, -0.25), fontsize=9, ncol=3)
    ax.set(xlim=(0, 1), ylim=(0, 1), aspect="equal", title=text("softmax.fig_1_9"),
           xlabel=text("softmax.weights"))
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    return artists


def draw_bars(ax, values, *, ylabel, title, label, **style):
    """Bars of one value per class (scores or probabilities), colored by class.

    Returns
    -------
    BarContainer
    """
    values = as_real_array(values, "values", ndim=1)
    names = [text("softmax.class", i=i + 1) for i in range(len(values))]
    colors = [CLASS_COLORS[i % len(CLASS_COLORS)] for i in range(len(values))]
    bars = ax.bar(names, values, color=colors, label=label, **style)
    ax.set(ylabel=ylabel, title=title)
    return bars


def draw_probability_agreement(ax, p_ours, p_theirs):
    """Scatter one model's probabilities against another's, with the diagonal.

    Parameters
    ----------
    p_ours, p_theirs : array_like of shape (n_samples, k)

    Returns
    -------
    PathCollection
    """
    p_ours = as_real_array(p_ours, "p_ours", ndim=2)
    p_theirs = as_real_array(p_theirs, "p_theirs", ndim=2)
    check_same_shape(p_ours, p_theirs, ("p_ours", "p_theirs"))
    ax.plot([0, 1], [0, 1], color="0.6", lw=3, label=text("softmax.diagonal"), zorder=0)
    points = ax.scatter(p_theirs.ravel(), p_ours.ravel(), s=4, alpha=0.5,
                        label=text("softmax.pairs"))
    ax.set(xlabel=text("softmax.theirs"), ylabel=text("softmax.ours"), aspect="equal",
           title=text("softmax.agreement_title"))
    legend_beside(ax)
    return points


def draw_difference_histogram(ax, p_ours, p_theirs):
    """Histogram of log10 |p_ours − p_theirs| over all entries (exact zeros shown at -17).

    Returns
    -------
    tuple
        What ``ax.hist`` returns.
    """
    p_ours = as_real_array(p_ours, "p_ours", ndim=2)
    p_theirs = as_real_array(p_theirs, "p_theirs", ndim=2)
    check_same_shape(p_ours, p_theirs, ("p_ours", "p_theirs"))
    gap = np.abs(p_ours - p_theirs).ravel()
    logs = np.log10(np.maximum(gap, 1e-17))
    result = ax.hist(logs, bins=40, color="tab:purple", label=text("softmax.histogram"))
    ax.set(xlabel=text("softmax.difference"), ylabel=text("softmax.count"),
           title=text("softmax.difference_title"))
    ax.legend(loc="best")
    return result


def draw_softmax_bars(ax_s, ax_p, v, *, score_limits=(-12.0, 12.0)):
    """The scores s·v + c as bars on ``ax_s``; softmax of them on ``ax_p`` over outlines of
    softmax(v), with each probability written above its bar.

    Returns
    -------
    dict
        ``"scores"``, ``"probabilities"``, ``"reference"`` (BarContainer) and ``"labels"``
        (list of Text); move them with :func:`update_softmax_bars`.
    """
    v = as_real_array(v, "v", ndim=1)
    artists = {"scores": draw_bars(ax_s, v, ylabel=text("softmax.score_axis"),
                                   title=text("softmax.scores_title"),
                                   label=text("softmax.scores"))}
    ax_s.axhline(0, color="0.5", lw=0.8)
    ax_s.set_ylim(*score_limits)
    artists["reference"] = draw_bars(ax_p, activations.softmax(v),
                                     ylabel=text("common.probability"),
                                     title=text("softmax.probabilities_title"),
                                     label=text("softmax.reference"), fill=False, ls="--",
                                     lw=1.5)
    artists["probabilities"] = draw_bars(ax_p, activations.softmax(v),
                                         ylabel=text("common.probability"),
                                         title=text("softmax.probabilities_title"),
                                         label=text("softmax.shifted"), alpha=0.6, width=0.5)
    artists["labels"] = [ax_p.text(i, 0, "", ha="center", va="bottom", fontsize=9)
                         for i in range(len(v))]
    ax_p.set_ylim(0, 1.18)
    artists["legend"] = legend_below(ax_s.figure, [artists["scores"], artists["reference"],
                                                   artists["probabilities"]])
    return artists


def update_softmax_bars(artists, v, shift=0.0, scale=1.0):
    """Show the scores s·v + c and their probabilities; return both."""
    v = as_real_array(v, "v", ndim=1)
    scores = scale * v + shift
    probabilities = activations.softmax(scores)
    reference = activations.softmax(v)
    low, high = artists["scores"][0].axes.get_ylim()
    for i in range(len(v)):
        artists["scores"][i].set_height(np.clip(scores[i], low, high))
        artists["probabilities"][i].set_height(probabilities[i])
        artists["reference"][i].set_height(reference[i])
        artists["labels"][i].set_position((i, probabilities[i] + 0.01))
        artists["labels"][i].set_text(number(probabilities[i], ".3f"))
    return scores, probabilities
