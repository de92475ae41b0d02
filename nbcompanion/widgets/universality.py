"""Explorer of §1.5: build a function from bumps by hand, then let least squares finish it.

In the spirit of Nielsen's visual proof of universality: a bump is two step (or sigmoid)
units of opposite sign, h · (φ(s(x − a)) − φ(s(x − b))). The reader moves one bump with the
sliders a, b and h, places it, moves the next, and sees the error of the sum at once.
"fit the rest" fills the remaining budget of bumps on equal slots, with the heights that
least squares picks for what the reader's bumps leave over.
"""

from collections import OrderedDict
from types import SimpleNamespace

import ipywidgets as widgets
import numpy as np

from .. import i18n, universality
from ..plots import universality as plot
from ._core import Explorer, FigureView

__all__ = ["bumps_explorer"]

CACHE_SIZE = 256


class _Cache(OrderedDict):
    """A small least-recently-used cache: least-squares fits keyed by what they depend on."""

    def get_or_compute(self, key, compute):
        if key in self:
            self.move_to_end(key)
            return self[key]
        value = self[key] = compute()
        if len(self) > CACHE_SIZE:
            self.popitem(last=False)
        return value


def _slider(name, value, low, high, step=0.01):
    return widgets.FloatSlider(value=value, min=low, max=high, step=step,
                               description=i18n.text(f"universality.{name}"),
                               continuous_update=True, layout=widgets.Layout(width="260px"),
                               style={"description_width": "90px"})


def _controls(shape, budget):
    layout = widgets.Layout(width="260px")
    return {
        "shape": widgets.ToggleButtons(
            options=[(i18n.text("universality.steps"), "step"),
                     (i18n.text("universality.sigmoids"), "sigmoid")],
            value=shape, description=i18n.text("universality.shape"),
            style={"button_width": "80px", "description_width": "60px"}),
        "steepness": widgets.FloatLogSlider(value=60.0, base=10, min=1.0, max=2.6, step=0.05,
                                            description=i18n.text("universality.steepness"),
                                            layout=layout, style={"description_width": "90px"}),
        "left": _slider("left", 0.0, 0.0, 1.0),
        "right": _slider("right", 0.25, 0.0, 1.0),
        "height": _slider("height", 0.25, -0.5, 1.0),
        "budget": widgets.IntSlider(value=budget, min=1, max=20,
                                    description=i18n.text("universality.budget"),
                                    layout=layout, style={"description_width": "90px"}),
        "fit_rest": widgets.ToggleButton(value=False, icon="magic",
                                         description=i18n.text("universality.fit_rest")),
        "place": widgets.Button(description=i18n.text("universality.place"), icon="plus"),
        "undo": widgets.Button(description=i18n.text("universality.undo"), icon="undo"),
    }


def bumps_explorer(*, shape="step", budget=8, n_points=301, max_bumps=20):
    """Approximate f(x) = 0.2 + 0.4x² + 0.3x sin(15x) on [0, 1] by bumps placed by hand.

    Controls: ``shape`` (steps or sigmoids) and ``steepness`` of the units; ``left``,
    ``right``, ``height`` of the bump being moved; ``place`` and ``undo`` buttons;
    ``budget``, the number of bumps in all, and ``fit_rest``, which fills the rest of the
    budget by least squares. ``explorer.state`` holds ``placed`` (rows a, b, h), the
    current ``error`` and ``rest_error``.

    The right panel shows the best error with n equal bumps of steps and of sigmoids of the
    current steepness, and the reader's two marks. Every least-squares fit (the rest, and
    these curves) is cached by the values it depends on, so moving a control back and forth
    only redraws.

    Returns
    -------
    Explorer
    """
    x = np.linspace(0.0, 1.0, n_points)
    y = universality.target_function(x)
    cache = _Cache()
    n_units = np.arange(1, max_bumps + 1)

    def best_errors(shape, steepness):
        def compute():
            return np.array([universality.rms_error(y, universality.unit_sum(
                x, np.column_stack([e, universality.fit_heights(x, y, e, shape, steepness)]),
                shape, steepness)) for e in map(universality.slots, n_units)])
        return cache.get_or_compute(("best", shape, steepness), compute)

    def rest(state, mine):
        key = ("rest", state.shape, state.steepness, mine.tobytes(), state.budget)
        return cache.get_or_compute(key, lambda: universality.fit_rest(
            x, y, mine, state.budget, state.shape, state.steepness))

    view = FigureView(1, 2, figsize=(9.2, 4.2))
    left, right = view.axes
    with view.style():
        fit = plot.draw_approximation(left, x, y, max_bumps=max_bumps)
        curve = plot.draw_error_curve(right, n_units, {"step": best_errors("step", 60.0),
                                                       "sigmoid": best_errors("sigmoid", 60.0)},
                                      max_units=max_bumps, budget=budget)
        plot.add_figure_legend(view.figure, fit.pop("legend_handles"))
    state = SimpleNamespace(placed=np.zeros((0, 3)), parked=None, error=None, rest_error=None)

    def candidate(state):
        """The bump on the sliders, unless it is the one just placed and not moved since."""
        bump = (min(state.left, state.right), max(state.left, state.right), state.height)
        return None if bump == state.parked or bump[0] == bump[1] else bump

    def update(state):
        moving = candidate(state)
        mine = state.placed if moving is None else np.vstack([state.placed, moving])
        def profile(rows):
            return universality.unit_sum(x, rows, state.shape, state.steepness)

        yours = profile(mine)
        state.error = float(universality.rms_error(y, yours))
        note = i18n.text("universality.error_note", n=len(mine),
                         error=i18n.number(state.error, ".3f"))
        with_rest, state.rest_error = None, None
        if state.fit_rest:
            fitted = rest(state, mine)
            if len(fitted):
                with_rest = yours + profile(fitted)
                state.rest_error = float(universality.rms_error(y, with_rest))
                note += "\n" + i18n.text("universality.rest_note", m=len(fitted),
                                         error=i18n.number(state.rest_error, ".3f"))
            else:
                note += "\n" + i18n.text("universality.budget_used")
        plot.update_approximation(
            fit, x, yours, candidate=None if moving is None else profile([moving]),
            placed=[profile(row) for row in state.placed[:max_bumps]], with_rest=with_rest,
            note=note)
        plot.update_error_curve(
            curve, n_units, {"step": best_errors("step", 60.0),
                             "sigmoid": best_errors("sigmoid", state.steepness)},
            (len(mine), state.error),
            None if state.rest_error is None else (max(state.budget, len(mine)), state.rest_error),
            budget=state.budget)

    controls = _controls(shape, budget)
    moving = [*fit["placed"], fit["candidate"], fit["with_rest"], fit["yours"], fit["note"],
              curve["step"], curve["sigmoid"], curve["budget"], curve["you"],
              curve["you_and_rest"]]
    explorer = Explorer(view=view, controls=controls, state=state,
                        artists={**fit, **{f"curve_{k}": v for k, v in curve.items()}},
                        update=update, moving=moving, task=i18n.text("universality.task"))

    def place(state):
        bump = candidate(state)
        if bump is not None and len(state.placed) < max_bumps:
            state.placed = np.vstack([state.placed, bump])
            state.parked = bump

    def undo(state):
        state.placed, state.parked = state.placed[:-1], None

    explorer.on_click("place", place)
    explorer.on_click("undo", undo)
    explorer.cache = cache
    explorer.target = (x, y)
    return explorer
