import numpy as np
import pytest

from nbcompanion import data, i18n, plots, widgets
from nbcompanion.perceptron import Perceptron
from nbcompanion.widgets.perceptron import TrainingCursor, epoch_end


@pytest.fixture
def explorer():
    return widgets.perceptron.training_explorer()


def picture(explorer):
    return bytes(explorer.view.image.value)


def line_data(explorer):
    return np.array(explorer.view.axes[0].lines[0].get_data())


# --- the cursor (no widgets) ---------------------------------------------------------------

def test_cursor_moves_through_the_recorded_history():
    X, y = data.linearly_separable(20, random_state=2)
    model = Perceptron(random_state=0).fit(X, y)
    cursor = TrainingCursor(model)
    history = model.history_
    steps = []
    while cursor.step < cursor.n_steps:
        steps.append(cursor.next_update())
    # it stops exactly at each step that changed W, then at the end
    expected = list(np.flatnonzero(history.updated) + 1)
    assert steps[:len(expected)] == expected and steps[-1] == cursor.n_steps
    assert cursor.mistakes == 0  # separable data: the end of training has no mistake
    cursor.reset()
    assert cursor.step == 0 and not cursor.weights.any() and cursor.example is None
    assert cursor.next_epoch() == len(y) and cursor.epoch == 1
    assert cursor.next_epoch() == 2 * len(y) and cursor.epoch == 2
    assert epoch_end(history, 2) == 2 * len(y)


def test_cursor_refuses_models_without_history():
    X, y = data.linearly_separable(20)
    with pytest.raises(ValueError, match="record_history=True"):
        TrainingCursor(Perceptron(record_history=False).fit(X, y))
    with pytest.raises(ValueError, match="batch_size must be 1"):
        TrainingCursor(Perceptron(batch_size=4).fit(X, y))


# --- the training explorer -----------------------------------------------------------------

def test_explorer_starts_at_w_zero_with_all_controls(explorer):
    assert list(explorer.controls) == ["dataset", "learning_rate", "update", "epoch", "reset"]
    assert explorer.cursor.step == 0 and explorer.cursor.mistakes == len(explorer.y)
    assert line_data(explorer).size == 0  # W = 0: no line yet
    assert picture(explorer)[:4] == b"\x89PNG"


def test_one_update_moves_the_line_and_rings_the_point(explorer):
    before = picture(explorer)
    explorer.controls["update"].click()
    cursor = explorer.cursor
    assert cursor.step == np.flatnonzero(explorer.model.history_.updated)[0] + 1
    ring = explorer.view.axes[0].collections[2].get_offsets()
    np.testing.assert_array_equal(ring, explorer.X[[cursor.example]])
    assert picture(explorer) != before
    lines = []
    for _ in range(5):
        # the line drawn is W·X + b = 0 for the weights at the cursor, clipped to the view
        W = cursor.weights
        expected = plots.perceptron.boundary_segment(W[:2], W[2], xlim=explorer.limits[0],
                                                     ylim=explorer.limits[1])
        np.testing.assert_array_equal(line_data(explorer), np.array(expected))
        lines.append(line_data(explorer).tobytes())
        explorer.controls["update"].click()
    assert len(set(lines)) >= 3  # it moved


def test_one_epoch_and_reset(explorer):
    explorer.controls["epoch"].click()
    assert explorer.cursor.step == len(explorer.y) and explorer.cursor.epoch == 1
    after_epoch, line = picture(explorer), line_data(explorer)
    marker = explorer.view.axes[1].lines[1].get_data()
    assert marker[0][0] == len(explorer.y)
    explorer.controls["epoch"].click()
    assert explorer.cursor.step == 2 * len(explorer.y) or explorer.model.n_iter_ == 1
    explorer.controls["reset"].click()
    assert explorer.cursor.step == 0 and line_data(explorer).size == 0
    assert picture(explorer) != after_epoch
    assert line.size == 4


def test_dataset_dropdown_refits_on_new_data(explorer):
    explorer.controls["epoch"].click()
    X, model, line, before = explorer.X, explorer.model, line_data(explorer), picture(explorer)
    explorer.controls["dataset"].value = "non_separable"
    assert explorer.model is not model and not np.array_equal(explorer.X, X)
    assert not explorer.model.converged_ and explorer.cursor.step == 0
    explorer.controls["epoch"].click()
    assert not np.array_equal(line_data(explorer), line)
    assert picture(explorer) != before
    mistakes = explorer.view.axes[1].lines[0].get_ydata()
    np.testing.assert_array_equal(mistakes, explorer.model.history_.mistakes)


def test_learning_rate_scales_w_but_leaves_the_line(explorer):
    # From W = 0 every weight vector is α times the one for α = 1 (§1.2.1): the slider
    # rescales W, shown in the text, while the line W·X + b = 0 stays where it is.
    explorer.controls["epoch"].click()
    W, line, before = explorer.cursor.weights.copy(), line_data(explorer), picture(explorer)
    model = explorer.model
    explorer.controls["learning_rate"].value = 0.5
    assert explorer.model is not model and explorer.model.learning_rate == 0.5
    assert explorer.cursor.step == len(explorer.y)  # the cursor stays at its step
    np.testing.assert_allclose(explorer.cursor.weights, 0.5 * W)
    np.testing.assert_allclose(line_data(explorer), line, atol=1e-12)
    title = explorer.view.axes[0].get_title()
    assert f"{0.5 * W[0]:.2f}" in title and f"{0.5 * W[2]:.2f}" in title
    assert picture(explorer) != before


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_explorer_speaks_the_notebook_language(lang, monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", lang)
    explorer = widgets.perceptron.training_explorer()
    assert explorer.controls["update"].description == i18n.text("perceptron.one_update", lang)
    assert explorer.controls["reset"].description == i18n.text("common.reset", lang)
    labels = [label for label, _ in explorer.controls["dataset"].options]
    assert labels == [i18n.text("perceptron.separable", lang),
                      i18n.text("perceptron.non_separable", lang)]
    assert explorer.view.axes[1].get_title() == i18n.text("perceptron.title_mistakes", lang)


@pytest.mark.parametrize("kwargs, error, words", [
    ({"dataset": "xor"}, ValueError, "Unknown dataset 'xor'"),
    ({"learning_rate": 0}, ValueError, "learning_rate must be > 0"),
    ({"learning_rate": 5.0}, ValueError, "slider's range"),
    ({"n_samples": 2}, ValueError, "at least 4"),
    ({"max_epochs": 1.5}, TypeError, "max_epochs must be an integer"),
    ({"random_state": "seed"}, TypeError, "random_state must be an int"),
])
def test_training_explorer_bad_input(kwargs, error, words):
    with pytest.raises(error, match=words):
        widgets.perceptron.training_explorer(**kwargs)


# --- the margin explorer -------------------------------------------------------------------

def test_margin_explorer_responds_to_loss_and_epochs():
    explorer = widgets.perceptron.margin_explorer()
    ax = explorer.view.axes[0]
    boundary, upper = ax.lines[0], ax.lines[1]
    first = (picture(explorer), np.array(boundary.get_data()), np.array(upper.get_data()),
             explorer.weights.copy())
    explorer.controls["loss"].value = "hinge"
    hinge = explorer.models["hinge"]
    np.testing.assert_array_equal(explorer.weights, hinge.history_.weights[-1])
    assert not np.array_equal(explorer.weights, first[3])
    assert not np.array_equal(np.array(boundary.get_data()), first[1])
    assert not np.array_equal(np.array(upper.get_data()), first[2])
    assert picture(explorer) != first[0]
    before = picture(explorer)
    explorer.controls["epochs"].value = 1
    np.testing.assert_array_equal(explorer.weights,
                                  hinge.history_.weights[epoch_end(hinge.history_, 1)])
    assert picture(explorer) != before
    explorer.controls["epochs"].value = 0
    assert not explorer.weights.any() and boundary.get_xdata().size == 0


def test_margin_explorer_bad_input():
    X, y = data.linearly_separable(20)
    with pytest.raises(ValueError, match="Give both X and y"):
        widgets.perceptron.margin_explorer(X)
    with pytest.raises(ValueError, match="X must have 2 columns"):
        widgets.perceptron.margin_explorer(np.zeros((4, 3)), [1, -1, 1, -1])
    with pytest.raises(ValueError, match="learning_rate must be > 0"):
        widgets.perceptron.margin_explorer(X, y, learning_rate=-1)
