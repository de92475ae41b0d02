"""Figures of §1.2.1 (the perceptron) and §1.2.1.1–§1.2.1.2 (its objective, the SVM).

Every ``draw_*`` function draws on the axes it is given and returns the artists it made;
titles, axis labels and legends come from :mod:`nbcompanion.i18n` in the notebook's
language. :func:`boundary_segment` is the geometry the explorers reuse to move a line.
"""

import textwrap

import numpy as np

from .. import i18n, losses
from .._validation import as_labels, as_real_array
from ..perceptron import Perceptron, TrainingHistory, geometric_margin
from ._style import CLASS_COLORS, CLASS_MARKERS, LOSS_COLORS, legend_below, legend_beside

__all__ = [
    "boundary_segment", "draw_data", "draw_boundary", "draw_margins", "draw_separator",
    "draw_update", "view_limits",
    "draw_diagram", "draw_losses", "draw_mistakes", "draw_updates_per_epoch",
    "draw_epochs_to_convergence", "geometric_margin",
    "draw_training", "show_training_data", "update_training", "draw_margin_view", "update_margin_view",
]

NEGATIVE, POSITIVE = CLASS_COLORS[-1], CLASS_COLORS[+1]
RING = "crimson"
LIMITS = (-1.6, 1.6)


def _points(X, y):
    X = as_real_array(X, "X", ndim=2)
    if X.shape[1] != 2:
        raise ValueError(f"X must have 2 columns (points in the plane), got shape {X.shape}.")
    y = as_labels(y, "y")
    if y.shape != (X.shape[0],):
        raise ValueError(f"y must hold one label per row of X: X has {X.shape[0]} rows,"
                         f" y has shape {y.shape}.")
    return X, y


def _weights(W, b):
    W = as_real_array(W, "W", ndim=1)
    if W.shape != (2,):
        raise ValueError(f"W must hold 2 weights (w1, w2) for points in the plane,"
                         f" got shape {W.shape}.")
    b = float(as_real_array(b, "b", ndim=0))
    return W, b


def _fitted(model):
    if not isinstance(model, Perceptron):
        raise TypeError(f"model must be an nbcompanion Perceptron, got {type(model).__name__}.")
    if not hasattr(model, "coef_"):
        raise ValueError("model is not fitted yet: call model.fit(X, y) first.")
    return model


def _history(history):
    if isinstance(history, Perceptron):
        history = _fitted(history).history_
    if not isinstance(history, TrainingHistory):
        raise TypeError("history must be a TrainingHistory (model.history_ of a Perceptron"
                        f" fitted with record_history=True), got {type(history).__name__}.")
    return history


def boundary_segment(W, b=0.0, *, xlim=LIMITS, ylim=LIMITS, level=0.0):
    """The part of the line W·X + b = level inside a rectangle, as two end points.

    Parameters
    ----------
    W : array_like of shape (2,)
        The weights (w1, w2); the line is w1·x1 + w2·x2 + b = level, eq. (1.2).
    b : float, default=0.0
        The bias.
    xlim, ylim : tuple of float
        The rectangle.
    level : float, default=0.0
        0 for the separator, ±1 for the margin lines of the SVM (§1.2.1.2).

    Returns
    -------
    xs, ys : ndarray of shape (2,) or (0,)
        The end points, or empty arrays when W = 0 (no line: every point is a tie) or the
        line misses the rectangle.

    >>> xs, ys = boundary_segment([1.0, -1.0], 0.0, xlim=(0, 1), ylim=(0, 1))
    >>> xs.tolist(), ys.tolist()
    ([0.0, 1.0], [0.0, 1.0])
    """
    W, b = _weights(W, b)
    norm2 = W @ W
    if norm2 == 0:
        return np.empty(0), np.empty(0)
    point = (level - b) * W / norm2  # the point of the line nearest the origin
    direction = np.array([-W[1], W[0]])
    low, high = -np.inf, np.inf
    for axis, (lo, hi) in enumerate((xlim, ylim)):  # clip p + t·d to the box (Liang–Barsky)
        if direction[axis] == 0:
            if not lo <= point[axis] <= hi:
                return np.empty(0), np.empty(0)
            continue
        t1, t2 = sorted((np.array([lo, hi]) - point[axis]) / direction[axis])
        low, high = max(low, t1), min(high, t2)
    if low > high:
        return np.empty(0), np.empty(0)
    ends = point + np.outer([low, high], direction)
    return ends[:, 0], ends[:, 1]


def view_limits(X, pad=0.2):
    """Axis limits that show every point of ``X`` (shape (n_samples, 2)), padded.

    >>> view_limits([[0.0, 1.0], [1.0, -1.0]], pad=0.5)
    ((-0.5, 1.5), (-1.5, 1.5))
    """
    X = as_real_array(X, "X", ndim=2)
    low, high = X.min(axis=0) - pad, X.max(axis=0) + pad
    return (float(low[0]), float(high[0])), (float(low[1]), float(high[1]))


def draw_data(ax, X, y, *, highlight=None):
    """Scatter the two classes of a 2-D data set (Fig. 1.4).

    Parameters
    ----------
    ax : matplotlib Axes
    X : array_like of shape (n_samples, 2)
    y : array_like of shape (n_samples,), labels -1 and +1
    highlight : int, optional
        Index of a point to ring (the example being updated).

    Returns
    -------
    list of PathCollection
        Class -1, class +1, and the ring (empty when ``highlight`` is None).

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> len(draw_data(ax, [[0, 0], [1, 1]], [-1, 1]))
    3
    """
    X, y = _points(X, y)
    artists = [
        ax.scatter(*X[y < 0].T, c=NEGATIVE, marker=CLASS_MARKERS[-1], s=28,
                   label=i18n.text("common.class_neg")),
        ax.scatter(*X[y > 0].T, c=POSITIVE, marker=CLASS_MARKERS[+1], s=28,
                   label=i18n.text("common.class_pos")),
    ]
    ring = X[[highlight]] if highlight is not None else np.empty((0, 2))
    label = i18n.text("perceptron.updated_point") if highlight is not None else "_nolegend_"
    artists.append(ax.scatter(*ring.T, s=220, facecolors="none", edgecolors=RING,
                              linewidths=2, label=label))
    ax.set_xlabel(i18n.text("common.x1"))
    ax.set_ylabel(i18n.text("common.x2"))
    return artists


def draw_boundary(ax, W, b=0.0, *, label=None, level=0.0, **line_kw):
    """Draw the line W·X + b = level across the current view; returns the Line2D.

    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> draw_boundary(ax, [1.0, 1.0], 0.5).get_label()
    '$W\\\\cdot X + b = 0$'
    """
    xlim, ylim = _limits(ax)
    xs, ys = boundary_segment(W, b, xlim=xlim, ylim=ylim, level=level)
    style = {"color": "black", "linewidth": 2, **line_kw}
    label = i18n.text("perceptron.boundary") if label is None else label
    (line,) = ax.plot(xs, ys, label=label, **style)
    ax.set_xlim(xlim)
    ax.set_ylim(ylim)
    return line


def draw_margins(ax, W, b=0.0, *, label=None):
    """Draw the two margin lines W·X + b = ±1 of the SVM condition (eq. 1.10); returns both."""
    label = i18n.text("perceptron.margin_lines") if label is None else label
    upper = draw_boundary(ax, W, b, level=1.0, label=label, color="gray", linestyle="--",
                          linewidth=1.2)
    lower = draw_boundary(ax, W, b, level=-1.0, label="_nolegend_", color="gray",
                          linestyle="--", linewidth=1.2)
    return [upper, lower]


def _limits(ax):
    if ax.get_autoscalex_on() and not ax.has_data():
        return LIMITS, LIMITS
    return ax.get_xlim(), ax.get_ylim()


def draw_separator(ax, model, X, y, *, title=None, margins=False, legend=True):
    """Data, the learned line W·X + b = 0 (and, optionally, W·X + b = ±1) of a fitted model.

    Parameters
    ----------
    ax : matplotlib Axes
    model : Perceptron
        Fitted on 2-D data.
    X, y : the points to show, shape (n_samples, 2) and (n_samples,)
    title : str, optional
        Default: "Perceptron" (localized).
    margins : bool, default=False
        Also draw the margin lines W·X + b = ±1 (§1.2.1.2).
    legend : bool, default=True
        A legend beside the axes. False leaves it to the caller: with several panels side by
        side, one figure legend below them (``fig.legend(..., loc="outside lower center")``)
        takes less width than one legend beside each.

    Returns
    -------
    dict
        ``"data"`` (list of collections), ``"boundary"`` (Line2D), ``"margins"`` (list).
    """
    model = _fitted(model)
    X, y = _points(X, y)
    if model.coef_.shape != (2,):
        raise ValueError(f"model must be fitted on 2-D points, it has {model.coef_.size} weights.")
    xlim, ylim = view_limits(X)
    ax.set_xlim(xlim)
    ax.set_ylim(ylim)
    artists = {"data": draw_data(ax, X, y)}
    artists["boundary"] = draw_boundary(ax, model.coef_, model.intercept_)
    artists["margins"] = draw_margins(ax, model.coef_, model.intercept_) if margins else []
    ax.set_title(i18n.text("perceptron.title_perceptron") if title is None else title)
    ax.set_aspect("equal")
    if legend:
        legend_beside(ax)
    return artists


def draw_update(ax, X, y, before, after, index, *, title):
    """One step of training: the data, the updated point ringed, the line before and after.

    Parameters
    ----------
    ax : matplotlib Axes
    X, y : the points, shape (n_samples, 2) and (n_samples,)
    before, after : array_like of shape (3,)
        (w1, w2, b) before and after the step, e.g. two rows of ``history_.weights``.
    index : int
        The example of the step (``history_.batches[t][0]``).
    title : str

    Returns
    -------
    dict
        ``"data"`` (list of collections), ``"before"`` and ``"after"`` (Line2D).
    """
    X, y = _points(X, y)
    before = as_real_array(before, "before", ndim=1)
    after = as_real_array(after, "after", ndim=1)
    for name, weights in (("before", before), ("after", after)):
        if weights.shape != (3,):
            raise ValueError(f"{name} must be (w1, w2, b), got shape {weights.shape}.")
    if not 0 <= index < len(y):
        raise ValueError(f"index must pick one of the {len(y)} points, got {index}.")
    xlim, ylim = view_limits(X)
    ax.set_xlim(xlim)
    ax.set_ylim(ylim)
    artists = {"data": draw_data(ax, X, y, highlight=index)}
    artists["before"] = draw_boundary(ax, before[:2], before[2], color="gray", linestyle="--",
                                      label=i18n.text("perceptron.before_update"))
    artists["after"] = draw_boundary(ax, after[:2], after[2],
                                     label=i18n.text("perceptron.after_update"))
    ax.set_aspect("equal")
    ax.set_title(title, fontsize=10)
    legend_beside(ax)
    return artists


def draw_diagram(ax, model, *, title=None):
    """Fig. 1.3 drawn from a fitted model: inputs, learned weights on the edges, sign output.

    With ``fit_bias=True`` a bias neuron (constant output 1) joins the inputs and its edge
    carries b, Fig. 1.3 (b); without it the picture is Fig. 1.3 (a).

    Parameters
    ----------
    ax : matplotlib Axes
    model : Perceptron
        Fitted, any number of features up to 8.
    title : str, optional
        Default: "(a) without a bias neuron" or "(b) with a bias neuron" (localized).

    Returns
    -------
    dict
        ``"nodes"`` (list of Circle patches, inputs first, output last), ``"edges"`` (list of
        Line2D), ``"weights"`` (list of Text, one per edge, in the order of ``coef_`` then b).

    >>> import matplotlib.pyplot as plt
    >>> from nbcompanion import data
    >>> model = Perceptron(random_state=0).fit(*data.linearly_separable(20))
    >>> len(draw_diagram(plt.subplots()[1], model)["weights"])
    3
    """
    import matplotlib.patches as patches

    model = _fitted(model)
    weights = list(model.coef_) + ([model.intercept_] if model.fit_bias else [])
    n_inputs = len(weights)
    if n_inputs > 8:
        raise ValueError(f"a diagram is readable for at most 8 inputs, the model has {n_inputs}.")
    names = [f"$x_{{{j + 1}}}$" for j in range(model.coef_.size)]
    names += ["+1"] if model.fit_bias else []
    spread = min(1.0, 0.45 * (n_inputs - 1))  # the inputs' heights, centred on the output
    heights = np.linspace(spread, -spread, n_inputs)
    output = np.array([1.6, 0.0])
    artists = {"nodes": [], "edges": [], "weights": []}
    for j, (name, height, weight) in enumerate(zip(names, heights, weights)):
        bias = model.fit_bias and j == n_inputs - 1
        start = np.array([0.0, height])
        (edge,) = ax.plot(*np.c_[start, output], color="dimgray", linewidth=1.5, zorder=1)
        middle = start + 0.45 * (output - start)
        label = (f"$b$ = {i18n.number(weight, '.2f')}" if bias
                 else f"$w_{{{j + 1}}}$ = {i18n.number(weight, '.2f')}")
        text = ax.text(*middle, label, ha="center", va="bottom", fontsize=9,
                       bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none"})
        node = patches.Circle(start, 0.17, fc="khaki" if bias else "lightsteelblue", ec="black",
                              zorder=2, label=i18n.text("perceptron.bias_neuron" if bias
                                                        else "perceptron.input_node"))
        ax.add_patch(node)
        ax.text(*start, name, ha="center", va="center", zorder=3)
        artists["nodes"].append(node)
        artists["edges"].append(edge)
        artists["weights"].append(text)
    out = patches.Circle(output, 0.22, fc="lightcoral", ec="black", zorder=2,
                         label=i18n.text("perceptron.output_node"))
    ax.add_patch(out)
    ax.text(*output, r"$\Sigma$ sign", ha="center", va="center", fontsize=9, zorder=3)
    (arrow,) = ax.plot([output[0] + 0.22, output[0] + 0.6], [0, 0], color="black", linewidth=1.5)
    ax.text(output[0] + 0.65, 0, r"$\hat y$", va="center")
    artists["nodes"].append(out)
    artists["edges"].append(arrow)
    ax.set_xlim(-0.4, 2.5)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.axis("off")
    if title is None:
        key = "perceptron.diagram_bias" if model.fit_bias else "perceptron.diagram_plain"
        title = i18n.text(key)
    ax.set_title(title)
    ax.legend(handles=_unique_handles(artists["nodes"]), loc="upper right")
    return artists


def _unique_handles(handles):
    seen, unique = set(), []
    for handle in handles:
        if handle.get_label() not in seen:
            seen.add(handle.get_label())
            unique.append(handle)
    return unique


def draw_losses(ax, margins=None):
    """Fig. 1.6: 0/1 loss, perceptron criterion and hinge loss against y·(W·X).

    Parameters
    ----------
    ax : matplotlib Axes
    margins : array_like of shape (n,), optional
        Values of y·(W·X); default 401 points in [-2, 2.5].

    Returns
    -------
    list of Line2D
        0/1 loss (eq. 1.7), perceptron criterion (1.8), hinge loss (1.9).

    >>> import matplotlib.pyplot as plt
    >>> [line.get_ydata()[0] for line in draw_losses(plt.subplots()[1], [-1.0, 2.0])]
    [np.float64(1.0), np.float64(1.0), np.float64(2.0)]
    """
    margins = np.linspace(-2, 2.5, 401) if margins is None else margins
    margins = as_real_array(margins, "margins", ndim=1)
    plus = np.ones_like(margins)  # with y = +1, y·(W·X) is the score itself
    curves = [
        (losses.zero_one_loss, "perceptron.zero_one", {"color": LOSS_COLORS["zero_one"], "linestyle": ":"}),
        (losses.perceptron_criterion, "perceptron.criterion",
         {"color": LOSS_COLORS["perceptron"]}),
        (losses.hinge_loss, "perceptron.hinge", {"color": LOSS_COLORS["hinge"], "linestyle": "--"}),
    ]
    lines = [ax.plot(margins, loss(plus, margins), label=i18n.text(key), linewidth=2, **style)[0]
             for loss, key, style in curves]
    ax.axvline(0, color="black", linewidth=0.6)
    ax.set_xlabel(i18n.text("perceptron.score_axis"))
    ax.set_ylabel(i18n.text("common.loss"))
    ax.set_title(i18n.text("perceptron.title_losses"))
    legend_beside(ax)
    return lines


def draw_mistakes(ax, history, *, label=None, pocket=False, **line_kw):
    """Training mistakes after every step of a recorded fit (or, with ``pocket``, of the best
    weights seen so far, which the pocket algorithm of §1.2.1.1 keeps); returns the Line2D.

    >>> import matplotlib.pyplot as plt
    >>> from nbcompanion import data
    >>> model = Perceptron(random_state=0).fit(*data.linearly_separable(20))
    >>> int(draw_mistakes(plt.subplots()[1], model.history_).get_ydata()[-1])
    0
    """
    history = _history(history)
    counts = np.minimum.accumulate(history.mistakes) if pocket else history.mistakes
    if label is None:
        label = i18n.text("perceptron.pocket" if pocket else "perceptron.plain")
    (line,) = ax.step(np.arange(counts.size), counts, where="post", label=label, **line_kw)
    ax.set_xlabel(i18n.text("perceptron.steps_axis"))
    ax.set_ylabel(i18n.text("perceptron.mistakes_axis"))
    ax.set_title(i18n.text("perceptron.title_mistakes"))
    legend_beside(ax)
    return line


def draw_updates_per_epoch(ax, history, *, label=None, **line_kw):
    """The number of updates (mistakes met) in each epoch of a recorded fit; returns the Line2D.

    On separable data it falls to 0 and training stops; on non-separable data it never does.
    """
    history = _history(history)
    per_epoch = np.bincount(history.epochs, weights=history.updated).astype(int)
    label = i18n.text("perceptron.updates") if label is None else label
    (line,) = ax.plot(np.arange(1, per_epoch.size + 1), per_epoch, marker=".", label=label,
                      **line_kw)
    ax.set_xlabel(i18n.text("perceptron.epochs_axis"))
    ax.set_ylabel(i18n.text("perceptron.updates_axis"))
    ax.set_title(i18n.text("perceptron.title_updates"))
    legend_beside(ax)
    return line


def draw_epochs_to_convergence(ax, epochs, *, label=None):
    """A bar chart of how many runs converged after each number of epochs.

    Parameters
    ----------
    ax : matplotlib Axes
    epochs : array_like of int, shape (n_runs,)
        Epochs each run needed (``model.n_iter_``, the last epoch being the one without an
        update).

    Returns
    -------
    BarContainer
    """
    epochs = as_real_array(epochs, "epochs", ndim=1)
    if np.any(epochs != np.round(epochs)) or np.any(epochs < 1):
        raise ValueError("epochs must hold positive whole numbers (model.n_iter_ of each run).")
    values, counts = np.unique(epochs.astype(int), return_counts=True)
    label = i18n.text("perceptron.runs", n=epochs.size) if label is None else label
    bars = ax.bar(values, counts, width=0.8, label=label)
    ax.set_xlabel(i18n.text("perceptron.epochs_to_converge"))
    ax.set_ylabel(i18n.text("perceptron.runs_axis"))
    ax.set_title(i18n.text("perceptron.title_convergence"))
    ax.legend()
    return bars



def draw_training(ax_data, ax_mistakes):
    """The two panels of the training explorer (§1.2.1), empty: fill them with
    :func:`update_training` (after :func:`show_training_data` for the static part).

    Left: the classes, the line W·X + b = 0, the example of the last step ringed. Right: the
    training mistakes after every step, with the cursor.

    Returns
    -------
    dict of Artist
        ``negative``, ``positive``, ``ring`` (PathCollection), ``boundary``, ``mistakes``,
        ``cursor`` (Line2D) and the left ``title``.
    """
    ax_data.set_aspect("equal")
    empty = np.empty((0, 2))
    artists = {
        "negative": ax_data.scatter(*empty.T, c=NEGATIVE, marker=CLASS_MARKERS[-1], s=24,
                                    label=i18n.text("common.class_neg")),
        "positive": ax_data.scatter(*empty.T, c=POSITIVE, marker=CLASS_MARKERS[+1], s=24,
                                    label=i18n.text("common.class_pos")),
        "ring": ax_data.scatter(*empty.T, s=200, facecolors="none", edgecolors=RING,
                                linewidths=2, label=i18n.text("perceptron.updated_point")),
        "boundary": ax_data.plot([], [], color="black", linewidth=2,
                                 label=i18n.text("perceptron.boundary"))[0],
        "mistakes": ax_mistakes.step([], [], where="post", color="tab:purple",
                                     label=i18n.text("common.mistakes"))[0],
        "cursor": ax_mistakes.plot([], [], "o", color=RING,
                                   label=i18n.text("perceptron.current_step"))[0],
        "title": ax_data.title,
    }
    ax_data.set(xlabel=i18n.text("common.x1"), ylabel=i18n.text("common.x2"))
    ax_mistakes.set(xlabel=i18n.text("perceptron.steps_axis"),  # a long label on two lines
                    ylabel="\n".join(textwrap.wrap(i18n.text("perceptron.mistakes_axis"), 24)),
                    title=i18n.text("perceptron.title_mistakes"))
    for ax in (ax_data, ax_mistakes):
        ax.locator_params(nbins=5)
    artists["legend"] = legend_below(ax_data.figure, [artists[k] for k in (
        "negative", "positive", "ring", "boundary", "mistakes", "cursor")], ncol=3)
    return artists


def show_training_data(artists, X, y, mistakes):
    """The static part: the points, the limits, the mistakes after every step."""
    X, y = _points(X, y)
    ax = artists["boundary"].axes
    xlim, ylim = view_limits(X)
    ax.set(xlim=xlim, ylim=ylim)
    artists["negative"].set_offsets(X[y < 0])
    artists["positive"].set_offsets(X[y > 0])
    mistakes = np.asarray(mistakes)
    artists["mistakes"].set_data(np.arange(mistakes.size), mistakes)
    artists["mistakes"].axes.set(xlim=(0, max(mistakes.size - 1, 1)), ylim=(-0.5, len(y) + 0.5))


def update_training(artists, X, weights, example, step, mistakes, title):
    """Move the line to ``weights`` (w1, w2, b), ring ``example`` (or none), the cursor."""
    ax = artists["boundary"].axes
    artists["boundary"].set_data(*boundary_segment(weights[:2], weights[2], xlim=ax.get_xlim(),
                                                   ylim=ax.get_ylim()))
    artists["ring"].set_offsets(np.asarray(X)[[example]] if example is not None
                                else np.empty((0, 2)))
    artists["cursor"].set_data([step], [mistakes])
    artists["title"].set_text(title)


def draw_margin_view(ax, X, y):
    """The data of the margin explorer (§1.2.1.2), with the separator W·X + b = 0 and the
    margin lines W·X + b = ±1 to move with :func:`update_margin_view`.

    Returns
    -------
    dict
        ``"data"`` (list of collections), ``"boundary"`` (Line2D), ``"margins"`` (two Line2D),
        ``"title"``.
    """
    X, y = _points(X, y)
    xlim, ylim = view_limits(X)
    ax.set(xlim=xlim, ylim=ylim, aspect="equal")
    ax.locator_params(nbins=5)
    artists = {"data": draw_data(ax, X, y)[:2],
               "boundary": draw_boundary(ax, [0.0, 0.0]),
               "margins": draw_margins(ax, [0.0, 0.0]), "title": ax.title}
    artists["legend"] = legend_below(ax.figure, [*artists["data"], artists["boundary"],
                                                 artists["margins"][0]], ncol=2)
    return artists


def update_margin_view(artists, W, b, title):
    """Move the separator and the margin lines to (W, b); set the title."""
    ax = artists["boundary"].axes
    box = {"xlim": ax.get_xlim(), "ylim": ax.get_ylim()}
    artists["boundary"].set_data(*boundary_segment(W, b, **box))
    for line, level in zip(artists["margins"], (1.0, -1.0)):
        line.set_data(*boundary_segment(W, b, level=level, **box))
    artists["title"].set_text(title)
