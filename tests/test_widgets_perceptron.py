import numpy as np
import pytest

from nbcompanion import data, i18n, widgets
from nbcompanion.perceptron import Perceptron, TrainingCursor, epoch_end


@pytest.fixture
def explorer():
    return widgets.perceptron.training_explorer()


def picture(explorer):
    return bytes(explorer.view.image.value)


def line_data(explorer):
    return np.array(explorer.artists["boundary"].get_data())


# --- the cursor (a model object, tested here beside the explorer that uses it) -------------

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
    state = explorer.state
    assert state.cursor.step == 0 and state.cursor.mistakes == len(state.y)
    assert line_data(explorer).size == 0  # W = 0: no line yet
    assert picture(explorer)[:4] == b"\x89PNG"
    assert explorer.task == i18n.text("tasks.training")


def test_one_update_moves_the_line_and_rings_the_point(explorer):
    before = picture(explorer)
    explorer.controls["update"].click()
    state = explorer.state
    cursor = state.cursor
    assert cursor.step == np.flatnonzero(state.model.history_.updated)[0] + 1
    ring = explorer.artists["ring"].get_offsets()
    np.testing.assert_array_equal(ring, state.X[[cursor.example]])
    assert picture(explorer) != before
    lines = []
    for _ in range(5):
        # the line drawn is W·X + b = 0 for the weights at the cursor: both ends on the line,
        # on the border of the view
        W = cursor.weights
        xs, ys = line_data(explorer)
        np.testing.assert_allclose(W[0] * xs + W[1] * ys + W[2], 0, atol=1e-9)
        ax = explorer.artists["boundary"].axes
        (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
        for x, y in zip(xs, ys):
            assert min(abs(x - x0), abs(x - x1), abs(y - y0), abs(y - y1)) < 1e-9
        lines.append(line_data(explorer).tobytes())
        explorer.controls["update"].click()
    assert len(set(lines)) >= 3  # it moved


def test_one_epoch_and_reset(explorer):
    state = explorer.state
    assert state.model.n_iter_ >= 2  # so that two epochs are two full passes
    explorer.controls["epoch"].click()
    assert state.cursor.step == len(state.y) and state.cursor.epoch == 1
    after_epoch, line = picture(explorer), line_data(explorer)
    marker = explorer.artists["cursor"].get_data()
    assert marker[0][0] == len(state.y)
    explorer.controls["epoch"].click()
    assert state.cursor.step == 2 * len(state.y)
    explorer.controls["reset"].click()
    assert state.cursor.step == 0 and line_data(explorer).size == 0
    assert picture(explorer) != after_epoch
    assert line.size == 4


def test_dataset_dropdown_refits_on_new_data(explorer):
    explorer.controls["epoch"].click()
    state = explorer.state
    X, model, line, before = state.X, state.model, line_data(explorer), picture(explorer)
    explorer.controls["dataset"].value = "non_separable"
    assert state.model is not model and not np.array_equal(state.X, X)
    assert not state.model.converged_ and state.cursor.step == 0
    explorer.controls["epoch"].click()
    assert not np.array_equal(line_data(explorer), line)
    assert picture(explorer) != before
    mistakes = explorer.artists["mistakes"].get_ydata()
    np.testing.assert_array_equal(mistakes, state.model.history_.mistakes)
    explorer.controls["dataset"].value = "separable"
    assert state.model is model  # fitted once per data set, then kept


def test_learning_rate_scales_w_but_leaves_the_line(explorer):
    # From W = 0 every weight vector is α times the one for α = 1 (§1.2.1): the slider
    # rescales W, shown in the text, while the line W·X + b = 0 stays where it is.
    explorer.controls["epoch"].click()
    state = explorer.state
    W, line, before = state.weights.copy(), line_data(explorer), picture(explorer)
    explorer.controls["learning_rate"].value = 0.5
    assert state.cursor.step == len(state.y)  # the cursor stays at its step
    np.testing.assert_allclose(state.weights, 0.5 * W)
    # the explorer's shortcut is the perceptron's own arithmetic: refit with α = 0.5
    refit = Perceptron(learning_rate=0.5, max_epochs=30, random_state=0).fit(state.X, state.y)
    np.testing.assert_allclose(refit.history_.weights[state.cursor.step], state.weights)
    np.testing.assert_array_equal(refit.history_.mistakes, state.model.history_.mistakes)
    np.testing.assert_allclose(line_data(explorer), line, atol=1e-12)
    title = explorer.artists["title"].get_text()
    assert i18n.number(0.5 * W[0], ".2f") in title and i18n.number(0.5 * W[2], ".2f") in title
    assert picture(explorer) != before


def test_learning_rate_shows_even_at_w_zero(explorer):
    # At step 0, W = 0 for every α: the title names α, so the slider visibly does something.
    before = picture(explorer)
    explorer.controls["learning_rate"].value = 0.5
    assert "α = 0.50" in explorer.artists["title"].get_text()
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
    boundary, upper = explorer.artists["boundary"], explorer.artists["margins"][0]
    state = explorer.state
    first = (picture(explorer), np.array(boundary.get_data()), np.array(upper.get_data()),
             state.weights.copy())
    explorer.controls["loss"].value = "hinge"
    hinge = state.models["hinge"]
    np.testing.assert_array_equal(state.weights, hinge.history_.weights[-1])
    assert not np.array_equal(state.weights, first[3])
    W = state.weights
    xs, ys = upper.get_data()
    np.testing.assert_allclose(W[0] * np.asarray(xs) + W[1] * np.asarray(ys) + W[2], 1.0,
                               atol=1e-9)  # the margin line is W·X + b = 1
    assert not np.array_equal(np.array(boundary.get_data()), first[1])
    assert not np.array_equal(np.array(upper.get_data()), first[2])
    assert picture(explorer) != first[0]
    before = picture(explorer)
    explorer.controls["epochs"].value = 1
    np.testing.assert_array_equal(state.weights,
                                  hinge.history_.weights[epoch_end(hinge.history_, 1)])
    assert picture(explorer) != before
    explorer.controls["epochs"].value = 0
    assert not state.weights.any() and boundary.get_xdata().size == 0


def test_margin_explorer_bad_input():
    X, y = data.linearly_separable(20)
    with pytest.raises(ValueError, match="Give both X and y"):
        widgets.perceptron.margin_explorer(X)
    with pytest.raises(ValueError, match="X must have 2 columns"):
        widgets.perceptron.margin_explorer(np.zeros((4, 3)), [1, -1, 1, -1])
    with pytest.raises(ValueError, match="learning_rate must be > 0"):
        widgets.perceptron.margin_explorer(X, y, learning_rate=-1)
