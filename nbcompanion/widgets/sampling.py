"""Explorer of exercise 11: the same experiment on another training sample, one click each.

The experiment is computed once (:func:`nbcompanion.exercises.ex11.experiment`); a click
only moves existing artists to the next sample, well under 50 ms.
"""


import ipywidgets as widgets

from .. import i18n
from ..exercises import ex11
from ..plots import sampling as plots
from ._core import Blitter, Explorer, FigureView

__all__ = ["sample_explorer"]


def sample_explorer(result=None, *, start=0):
    """Both separators and the test points for training sample ``start``; a button for the next.

    Parameters
    ----------
    result : ex11.Experiment, optional
        Default: ``ex11.experiment()``.
    start : int
        The sample shown first.

    Returns
    -------
    Explorer
        Controls ``sample`` (an IntSlider) and ``next`` (the "new training sample" button).
    """
    result = ex11.experiment() if result is None else result
    view = FigureView(figsize=(5.0, 6.0), dpi=72)
    ax = view.axes[0]
    state = {}

    def show(index):
        weights = {loss: result.weights[loss][index] for loss in ex11.LOSSES}
        wrong = {loss: result.predictions[loss][index] != result.y_test for loss in ex11.LOSSES}
        X, y = result.X_train[index], result.y_train[index]
        if not state:
            state.update(plots.draw_sample(ax, X, y, weights, result.X_test, wrong))
        else:
            plots.update_sample(state, X, y, weights, result.X_test, wrong)
        accuracy = {loss: 1 - wrong[loss].mean() for loss in ex11.LOSSES}
        ax.set_title(i18n.text("sampling.explorer_title", sample=index,
                               perceptron=accuracy["perceptron"], hinge=accuracy["hinge"]),
                     fontsize="medium")
        if "blitter" not in state:
            moving = [state[name] for name in ("positive", "negative", *ex11.LOSSES)]
            moving += [state[f"wrong_{loss}"] for loss in ex11.LOSSES] + [ax.title]
            state["blitter"] = Blitter(view, moving)
        state["blitter"].refresh()

    slider = widgets.IntSlider(value=start, min=0, max=result.n_repeats - 1,
                               description=i18n.text("sampling.sample"),
                               continuous_update=False)
    button = widgets.Button(description=i18n.text("sampling.next"), icon="refresh")
    slider.observe(lambda change: show(change["new"]), names="value")
    button.on_click(lambda _: setattr(slider, "value", (slider.value + 1) % result.n_repeats))
    show(start)
    return Explorer({"sample": slider, "next": button}, view)
