"""Backpropagation on computational graphs: both recursions against brute force and
central differences (§1.3)."""

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from nbcompanion import graph, i18n, plots, widgets

SEEDS = range(12)


def assert_close(actual, expected, rtol=1e-8, atol=1e-10):
    np.testing.assert_allclose(actual, expected, rtol=rtol, atol=atol)


@pytest.mark.parametrize("seed", SEEDS)
def test_both_recursions_equal_the_path_sum_and_central_differences(seed):
    # Random DAGs: inputs enter later nodes, and a hidden node carries a loss term too.
    g = graph.random_dag(3, 7, edge_probability=0.5, hidden_losses=2, random_state=seed)
    g.forward()
    post = g.backward("post")
    pre = g.backward("pre")
    numeric_weights, numeric_inputs = g.numerical_gradient(5e-4, order=4)
    keys = list(post.weights)
    assert keys == list(numeric_weights)
    by_paths = [g.path_sum_weight(*key) for key in keys]
    assert_close([post.weights[k] for k in keys], by_paths, rtol=1e-12, atol=1e-14)
    assert_close([pre.weights[k] for k in keys], by_paths, rtol=1e-12, atol=1e-14)
    assert_close([post.weights[k] for k in keys], [numeric_weights[k] for k in keys])
    for name, value in numeric_inputs.items():
        assert_close(post.nodes[name], g.path_sum(name)[0], rtol=1e-12, atol=1e-14)
        assert_close(pre.nodes[name], value)


def test_random_dags_really_have_skips_and_hidden_losses():
    g = graph.random_dag(3, 7, edge_probability=0.5, hidden_losses=2, random_state=0)
    depth = g.layers()
    assert any(depth[t] - depth[s] > 1 for s, t in g.edges)  # an input or unit skips layers
    assert any(name != "o" for name, _, _ in g.loss_terms)


def test_fig_1_13_two_paths_sum_to_the_closed_form():
    for w in (-1.3, 0.2, 0.7, 1.5):
        g = graph.two_path_example(w)
        products = g.path_products("w", "o")
        assert [p for p, _ in products] == [["w", "y", "p", "o"], ["w", "y", "q", "o"]]
        y = w * w
        # path 1: ∂o/∂p · ∂p/∂y · ∂y/∂w = sin(y) · (-sin y) · 2w; path 2: cos(y) · cos(y) · 2w
        assert_close([v for _, v in products], [-np.sin(y) ** 2 * 2 * w, np.cos(y) ** 2 * 2 * w])
        assert_close(sum(v for _, v in products), 2 * w * np.cos(2 * w * w), rtol=1e-13)
        # L = o², so ∂L/∂w = 2o · ∂o/∂w, by the sweep and by differences
        o = g.nodes["o"].value
        assert_close(g.backward().nodes["w"], 2 * o * 2 * w * np.cos(2 * w * w), rtol=1e-12)
        assert_close(g.numerical_gradient(5e-4, order=4)[1]["w"], g.backward().nodes["w"])


def test_a_single_neuron_matches_the_hand_computation():
    g = graph.Graph()
    g.add_input("x1", 1.0)
    g.add_input("x2", 2.0)
    g.add_neuron("o", {"x1": 0.5, "x2": -0.25}, activation="sigmoid")
    g.add_loss("o", "squared", target=1.0)
    g.forward()
    # a = 0.5 - 0.5 = 0, o = 0.5, L = 0.25, ∂L/∂o = -1, δ = Φ'(0) · (-1) = -0.25
    assert g.loss == 0.25
    grads = g.backward("pre")
    assert grads.pre["o"] == -0.25
    assert grads.weights == {("x1", "o"): -0.25, ("x2", "o"): -0.5}


def test_path_counts_grow_exponentially_and_backprop_work_linearly():
    counts, operations, products = [], [], []
    for depth in range(1, 8):
        g = graph.layered_graph([2] + [2] * depth + [1], random_state=0)
        g.forward()
        counts.append(g.count_paths("x1", "o1"))
        assert counts[-1] == len(g.paths("x1", "o1"))
        operations.append(g.backward().operations)
        products.append(g.path_sum("x1")[1])
    assert counts == [2 ** d for d in range(1, 8)]
    assert operations == [len(graph.layered_graph([2] + [2] * d + [1]).edges) for d in range(1, 8)]
    assert np.all(np.diff(operations) == 4)  # 4 more edges per layer of 2 units
    assert products == [2 ** d * (d + 2) for d in range(1, 8)]


def test_cycles_are_a_clear_error():
    g = graph.Graph()
    g.add_input("x", 1.0)
    g.add_neuron("a", {"x": 1.0})
    g.add_neuron("b", {"a": 1.0})
    g.connect("b", "a", 0.5)
    g.add_loss("b")
    with pytest.raises(ValueError, match="cycle through .*'a', 'b'"):
        g.forward()
    with pytest.raises(ValueError, match="must be acyclic"):
        g.backward()


def test_bad_building_steps_are_clear_errors():
    g = graph.Graph()
    g.add_input("x", 1.0)
    with pytest.raises(ValueError, match="Unknown activation 'swish'"):
        g.add_neuron("h", {"x": 1.0}, activation="swish")
    with pytest.raises(ValueError, match="Unknown node 'y'"):
        g.add_neuron("h2", {"y": 1.0})
    g.add_neuron("h", {"x": 1.0})
    with pytest.raises(ValueError, match="exists already"):
        g.add_input("x")
    with pytest.raises(ValueError, match="edge 'x' -> 'h' exists"):
        g.connect("x", "h", 1.0)
    with pytest.raises(TypeError, match="weight of 'h' -> 'h3' must be a real number"):
        g.add_neuron("h3", {"h": "big"})
    with pytest.raises(ValueError, match="input node; it cannot receive"):
        g.connect("h", "x", 1.0)
    with pytest.raises(ValueError, match="no loss term"):
        g.forward()
    with pytest.raises(ValueError, match="Unknown loss 'l1'"):
        g.add_loss("h", "l1")
    with pytest.raises(ValueError, match="labels -1 and \\+1"):
        g.add_loss("h", "logistic", target=0.5)
    with pytest.raises(ValueError, match="must be finite"):
        g.set_input("x", float("nan"))
    g.add_loss("h")
    with pytest.raises(ValueError, match="Unknown form 'both'"):
        g.backward("both")


def test_drawing_shows_values_and_gradients():
    import matplotlib.pyplot as plt

    g = graph.layered_graph([2, 2, 1], random_state=0)
    g.forward()
    g.backward()
    fig, ax = plt.subplots()
    artists = plots.graph.draw_graph(ax, g)
    assert set(artists["circles"]) == set(g.nodes)
    assert i18n.number(g.nodes['o1'].value, ".3g") in artists["node_text"]["o1"].get_text()
    edge = g.edges[("x1", "h1_1")]
    assert i18n.number(edge.gradient, ".3g") in artists["edge_text"][("x1", "h1_1")].get_text()
    assert ax.get_title() and ax.get_xlabel() and ax.get_legend() is not None


def test_backprop_explorer_steps_through_both_phases():
    explorer = widgets.backprop.backpropagation_explorer()
    graph_ = explorer.state.graph
    units = [n for n in graph_.topological_order() if graph_.nodes[n].kind != "input"]
    step = explorer.controls["step"]
    assert step.max == 2 * len(units) + 1
    ax = explorer.view.axes[0]
    before = bytes(explorer.view.image.value)
    step.value = len(units)  # forward phase done
    assert "L =" in ax.get_title()
    last = explorer.artists["node_text"][units[-1]]
    assert "?" not in last.get_text().split("\n")[1]  # values known
    middle = bytes(explorer.view.image.value)
    assert middle != before
    step.value = len(units) + 1  # first backward step: the output's Δ
    node = units[-1]
    assert i18n.number(graph_.nodes[node].delta_post, ".4f") in ax.get_title()
    explorer.controls["form"].value = "pre"
    assert i18n.number(graph_.nodes[node].delta_pre, ".4f") in ax.get_title()
    assert bytes(explorer.view.image.value) != middle


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 10**6), n_inputs=st.integers(1, 4), n_hidden=st.integers(1, 8),
       density=st.floats(0.2, 1.0))
def test_recursions_equal_path_sums_on_any_dag(seed, n_inputs, n_hidden, density):
    g = graph.random_dag(n_inputs, n_hidden, edge_probability=density, random_state=seed)
    g.forward()
    post, pre = g.backward("post"), g.backward("pre")
    for key, value in post.weights.items():
        assert value == pytest.approx(g.path_sum_weight(*key), rel=1e-10, abs=1e-12)
        assert pre.weights[key] == pytest.approx(value, rel=1e-12, abs=1e-14)
    assert post.operations == len(g.edges)  # one multiply-add per edge: linear work


def test_numerical_gradient_rejects_an_unknown_order():
    g = graph.layered_graph([1, 1])
    with pytest.raises(ValueError, match="order must be 2 or 4"):
        g.numerical_gradient(order=3)
