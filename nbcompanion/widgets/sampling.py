"""Explorer of exercise 11: the same experiment on another training sample, one click each.

The experiment is computed once (:func:`nbcompanion.sampling.experiment`, cached); a change
of sample only moves existing artists to the next sample.
"""

from types import SimpleNamespace

import ipywidgets as widgets

from .. import i18n, sampling
from ..plots import sampling as plots
from ._core import Explorer, FigureView

__all__ = ["sample_explorer"]


def _sample(result, index):
    """The training sample ``index``, each model's weights and its wrong test points."""
    weights = {loss: result.weights[loss][index] for loss in sampling.LOSSES}
    wrong = {loss: result.predictions[loss][index] != result.y_test for loss in sampling.LOSSES}
    return result.X_train[index], result.y_train[index], weights, wrong


def sample_explorer(result=None, *, start=0, task=None):
    """Both separators and the test points for training sample ``start``; a button for the next.

    Parameters
    ----------
    result : sampling.Experiment, optional
        Default: ``sampling.experiment()`` (precomputed once and cached).
    start : int
        The sample shown first.
    task : str, optional

    Returns
    -------
    Explorer
        Controls ``sample`` (an IntSlider) and ``next`` (the "new training sample" button);
        ``state.result`` is the experiment, ``state.accuracy`` the test accuracy by loss.
    """
    result = sampling.experiment() if result is None else result
    controls = {
        "sample": widgets.IntSlider(value=start, min=0, max=result.n_repeats - 1,
                                    description=i18n.text("sampling.sample")),
        "next": widgets.Button(description=i18n.text("sampling.next"), icon="refresh"),
    }
    view = FigureView(figsize=(7.6, 4.6))
    X, y, weights, wrong = _sample(result, start)
    artists = plots.draw_sample(view.axes[0], X, y, weights, result.X_test, wrong)
    state = SimpleNamespace(result=result, accuracy=None)

    def update(state):
        X, y, weights, wrong = _sample(result, state.sample)
        plots.update_sample(artists, X, y, weights, result.X_test, wrong)
        state.accuracy = {loss: 1 - wrong[loss].mean() for loss in sampling.LOSSES}
        artists["title"].set_text(i18n.text(
            "sampling.explorer_title", sample=state.sample,
            perceptron=state.accuracy["perceptron"], hinge=state.accuracy["hinge"]))

    moving = [artists[name] for name in ("positive", "negative", *sampling.LOSSES, "title")]
    moving += [artists[f"wrong_{loss}"] for loss in sampling.LOSSES]
    explorer = Explorer(controls, view, state=state, artists=artists, moving=moving,
                        update=update, task=i18n.text("tasks.sample") if task is None else task)
    # The button moves the slider, whose change redraws.
    controls["next"].on_click(
        lambda _: setattr(controls["sample"], "value",
                          (controls["sample"].value + 1) % result.n_repeats))
    return explorer
