import matplotlib.pyplot as plt
import numpy as np
import pytest
from hypothesis import given, strategies as st
from matplotlib.collections import PathCollection
from matplotlib.lines import Line2D

from nbcompanion import data, i18n, plots
from nbcompanion.perceptron import Perceptron


@pytest.fixture
def edition(monkeypatch, request):
    monkeypatch.setenv("NBCOMPANION_LANG", request.param)
    return request.param


def both_languages(test):
    return pytest.mark.parametrize("edition", i18n.LANGUAGES, indirect=True)(test)


def legend_texts(ax):
    return [t.get_text() for t in ax.get_legend().get_texts()]


@pytest.fixture(scope="module")
def separable():
    X, y = data.linearly_separable(30, random_state=0)
    return X, y, Perceptron(random_state=0).fit(X, y)


# --- geometry ---------------------------------------------------------------------------

@pytest.mark.parametrize("W, b", [([1.0, 2.0], 0.3), ([0.0, 1.0], -0.5), ([3.0, 0.0], 1.0),
                                  ([-0.7, 0.2], 0.0)])
def test_boundary_segment_lies_on_the_line_and_in_the_box(W, b):
    xs, ys = plots.perceptron.boundary_segment(W, b, xlim=(-1, 1), ylim=(-1, 1))
    assert xs.shape == (2,)
    np.testing.assert_allclose(W[0] * xs + W[1] * ys + b, 0, atol=1e-12)
    assert np.all(np.abs(xs) <= 1 + 1e-12) and np.all(np.abs(ys) <= 1 + 1e-12)
    # the segment spans the whole box: its ends are on the border
    on_border = np.isclose(np.abs(xs), 1) | np.isclose(np.abs(ys), 1)
    assert on_border.all()


weights = st.floats(-10, 10, allow_nan=False).filter(lambda w: abs(w) > 1e-3)


@given(weights, weights, st.floats(-3, 3), st.sampled_from([-1.0, 0.0, 1.0]))
def test_boundary_segment_property(w1, w2, b, level):
    xs, ys = plots.perceptron.boundary_segment([w1, w2], b, level=level)
    lo, hi = plots.perceptron.LIMITS
    if xs.size:  # on the line W·X + b = level, inside the box
        np.testing.assert_allclose(w1 * xs + w2 * ys + b, level, atol=1e-9 * (1 + abs(b)))
        assert np.all((xs >= lo - 1e-9) & (xs <= hi + 1e-9) & (ys >= lo - 1e-9) & (ys <= hi + 1e-9))
    else:  # the line misses the box: all four corners are on the same side
        corners = np.array([[lo, lo], [lo, hi], [hi, lo], [hi, hi]])
        sides = np.sign(corners @ [w1, w2] + b - level)
        assert abs(sides.sum()) == 4


def test_boundary_segment_of_the_margin_lines_is_at_distance_one_over_norm():
    W = np.array([3.0, 4.0])
    xs, ys = plots.perceptron.boundary_segment(W, 0.0, level=1.0)
    np.testing.assert_allclose((W @ np.vstack([xs, ys])) / np.linalg.norm(W), 1 / 5)


def test_no_line_for_zero_weights_or_a_line_outside_the_box():
    assert plots.perceptron.boundary_segment([0.0, 0.0], 1.0)[0].size == 0
    assert plots.perceptron.boundary_segment([1.0, 0.0], 10.0)[0].size == 0
    assert plots.perceptron.boundary_segment([1.0, 1.0], 10.0)[0].size == 0


def test_geometric_margin_is_the_distance_of_the_nearest_point():
    # the line x2 = 0; the nearest point (0, 1) is at distance 1, on the right side
    margin = plots.perceptron.geometric_margin([0.0, 5.0], 0.0, [[0, 1], [2, -3]], [1, -1])
    assert margin == pytest.approx(1.0)
    with pytest.raises(ValueError, match="W = 0 defines no line"):
        plots.perceptron.geometric_margin([0.0, 0.0], 0.0, [[0, 1]], [1])


# --- figures and their words --------------------------------------------------------------

@both_languages
def test_separator_draws_data_line_and_localized_words(edition, separable):
    X, y, model = separable
    fig, ax = plt.subplots()
    artists = plots.perceptron.draw_separator(ax, model, X, y, margins=True)
    assert all(isinstance(a, PathCollection) for a in artists["data"])
    assert artists["data"][0].get_offsets().shape == ((y < 0).sum(), 2)
    assert isinstance(artists["boundary"], Line2D) and len(artists["margins"]) == 2
    xs, ys = artists["boundary"].get_data()
    np.testing.assert_allclose(model.coef_ @ np.vstack([xs, ys]) + model.intercept_, 0,
                               atol=1e-9)
    assert ax.get_title() == i18n.text("perceptron.title_perceptron", edition)
    assert ax.get_xlabel() == i18n.text("common.x1", edition)
    assert i18n.text("common.class_neg", edition) in legend_texts(ax)
    assert i18n.text("perceptron.margin_lines", edition) in legend_texts(ax)


@both_languages
def test_diagram_is_drawn_from_the_model(edition, separable):
    X, y, model = separable
    fig, (left, right) = plt.subplots(1, 2)
    plain = Perceptron(random_state=0, fit_bias=False).fit(X, y)
    without = plots.perceptron.draw_diagram(left, plain)
    with_bias = plots.perceptron.draw_diagram(right, model)
    # one edge label per learned weight, with its learned value
    assert len(without["weights"]) == 2 and len(with_bias["weights"]) == 3
    assert i18n.number(plain.coef_[0], ".2f") in without["weights"][0].get_text()
    assert i18n.number(model.intercept_, ".2f") in with_bias["weights"][2].get_text()
    assert len(with_bias["nodes"]) == 4  # x1, x2, the bias neuron, the output
    assert left.get_title() == i18n.text("perceptron.diagram_plain", edition)
    assert right.get_title() == i18n.text("perceptron.diagram_bias", edition)
    assert i18n.text("perceptron.bias_neuron", edition) in legend_texts(right)
    assert i18n.text("perceptron.bias_neuron", edition) not in legend_texts(left)


@both_languages
def test_losses_of_fig_1_6(edition):
    fig, ax = plt.subplots()
    margins = np.array([-2.0, -0.5, 0.0, 0.5, 1.0, 2.0])
    zero_one, criterion, hinge = plots.perceptron.draw_losses(ax, margins)
    np.testing.assert_array_equal(zero_one.get_ydata(), [1, 1, 1, 0, 0, 0])
    np.testing.assert_array_equal(criterion.get_ydata(), [2, 0.5, 0, 0, 0, 0])
    np.testing.assert_array_equal(hinge.get_ydata(), [3, 1.5, 1, 0.5, 0, 0])
    assert ax.get_title() == i18n.text("perceptron.title_losses", edition)
    assert ax.get_ylabel() == i18n.text("common.loss", edition)
    assert legend_texts(ax) == [i18n.text(k, edition) for k in
                                ("perceptron.zero_one", "perceptron.criterion", "perceptron.hinge")]


@both_languages
def test_mistakes_plain_and_pocket(edition):
    X, y = data.non_separable(40, random_state=1)
    model = Perceptron(random_state=0, max_epochs=5).fit(X, y)
    fig, ax = plt.subplots()
    plain = plots.perceptron.draw_mistakes(ax, model.history_)
    pocket = plots.perceptron.draw_mistakes(ax, model, pocket=True)
    np.testing.assert_array_equal(plain.get_ydata(), model.history_.mistakes)
    assert np.all(np.diff(pocket.get_ydata()) <= 0)  # the pocket never gets worse
    assert pocket.get_ydata()[-1] == model.history_.mistakes.min()
    assert ax.get_xlabel() == i18n.text("perceptron.steps_axis", edition)
    assert legend_texts(ax) == [i18n.text("perceptron.plain", edition),
                                i18n.text("perceptron.pocket", edition)]


@both_languages
def test_updates_per_epoch_and_epochs_to_convergence(edition, separable):
    X, y, model = separable
    fig, (left, right) = plt.subplots(1, 2)
    line = plots.perceptron.draw_updates_per_epoch(left, model.history_)
    counts = line.get_ydata()
    assert counts.size == model.n_iter_ and counts[-1] == 0 and counts.sum() == \
        model.history_.updated.sum()
    bars = plots.perceptron.draw_epochs_to_convergence(right, [3, 3, 5])
    assert [b.get_height() for b in bars] == [2, 1]
    assert left.get_title() == i18n.text("perceptron.title_updates", edition)
    assert right.get_title() == i18n.text("perceptron.title_convergence", edition)
    assert legend_texts(right) == [i18n.text("perceptron.runs", edition, n=3)]


# --- bad input ----------------------------------------------------------------------------

def test_bad_input_gets_clear_errors(separable):
    X, y, model = separable
    fig, ax = plt.subplots()
    draw = plots.perceptron
    with pytest.raises(ValueError, match="W must hold 2 weights"):
        draw.boundary_segment([1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match="NaN"):
        draw.boundary_segment([np.nan, 1.0])
    with pytest.raises(ValueError, match="X must have 2 columns"):
        draw.draw_data(ax, np.zeros((3, 3)), [1, -1, 1])
    with pytest.raises(ValueError, match="labels -1 and \\+1"):
        draw.draw_data(ax, X, np.where(y > 0, 1, 0))
    with pytest.raises(ValueError, match="one label per row"):
        draw.draw_data(ax, X, y[:-1])
    with pytest.raises(ValueError, match="not fitted yet"):
        draw.draw_diagram(ax, Perceptron())
    with pytest.raises(TypeError, match="must be an nbcompanion Perceptron"):
        draw.draw_separator(ax, "model", X, y)
    with pytest.raises(ValueError, match="at most 8 inputs"):
        draw.draw_diagram(ax, Perceptron().fit(np.eye(10), [1, -1] * 5))
    with pytest.raises(TypeError, match="record_history=True"):
        draw.draw_mistakes(ax, Perceptron(record_history=False).fit(X, y))
    with pytest.raises(ValueError, match="positive whole numbers"):
        draw.draw_epochs_to_convergence(ax, [2, 0.5])
    with pytest.raises(ValueError, match="fitted on 2-D points"):
        draw.draw_separator(ax, Perceptron().fit(np.eye(4), [1, -1, 1, -1]), X, y)


@both_languages
def test_update_figure_rings_the_point_and_draws_both_lines(edition):
    X, y = data.non_separable(30, overlap=0.8, random_state=1)
    model = Perceptron(random_state=0, max_epochs=2).fit(X, y)
    history = model.history_
    t = int(np.flatnonzero(history.updated)[3])  # the fourth update
    fig, ax = plt.subplots()
    artists = plots.perceptron.draw_update(ax, X, y, history.weights[t], history.weights[t + 1],
                                           history.batches[t][0], title="t")
    np.testing.assert_array_equal(artists["data"][2].get_offsets(), X[[history.batches[t][0]]])
    for key, W in (("before", history.weights[t]), ("after", history.weights[t + 1])):
        xs, ys = artists[key].get_data()
        np.testing.assert_allclose(W[:2] @ np.vstack([xs, ys]) + W[2], 0, atol=1e-9)
    # every point is inside the view, the ringed one included
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()
    assert x0 < X[:, 0].min() and X[:, 0].max() < x1 and y0 < X[:, 1].min() < X[:, 1].max() < y1
    assert legend_texts(ax)[-2:] == [i18n.text("perceptron.before_update", edition),
                                     i18n.text("perceptron.after_update", edition)]
    with pytest.raises(ValueError, match="must pick one of the 30 points"):
        plots.perceptron.draw_update(ax, X, y, history.weights[t], history.weights[t], 30,
                                     title="t")
    with pytest.raises(ValueError, match=r"before must be \(w1, w2, b\)"):
        plots.perceptron.draw_update(ax, X, y, [1.0, 2.0], history.weights[t], 0, title="t")
