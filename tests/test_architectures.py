"""§1.5.3: backpropagation on graphs that are not layered chains."""

import pytest

from nbcompanion import architectures
from nbcompanion.graph import Graph

BUILDERS = [architectures.later_inputs_graph, architectures.skip_connection_graph,
            architectures.hidden_loss_graph, architectures.sum_product_graph]


@pytest.mark.parametrize("build", BUILDERS, ids=lambda b: b.__name__)
def test_backprop_matches_paths_and_finite_differences(build):
    check = architectures.check_gradients(build())
    assert check.max_path_difference < 1e-12
    assert check.max_finite_difference < 1e-8
    # the check is not vacuous: some gradients are far from zero
    assert max(abs(v) for v in check.backprop.values()) > 1e-2


@pytest.mark.parametrize("seed", range(5))
def test_checks_hold_for_other_weights(seed):
    for build in (architectures.later_inputs_graph, architectures.skip_connection_graph,
                  architectures.hidden_loss_graph):
        check = architectures.check_gradients(build(random_state=seed))
        assert check.max_path_difference < 1e-12 and check.max_finite_difference < 1e-8


def test_later_inputs_enter_later_layers():
    graph = architectures.later_inputs_graph()
    depth = graph.layers()
    assert {depth[c] for c in graph.children("x4")} == {2}
    assert graph.children("x6") == ["o"]
    # x6 reaches the loss by one path, with derivative w · 2(o − 0.5)
    graph.forward()
    gradient = graph.backward().nodes["x6"]
    expected = graph.edges[("x6", "o")].weight * 2 * (graph.nodes["o"].value - 0.5)
    assert gradient == pytest.approx(expected, rel=1e-14)


def test_skip_connections_double_the_paths_and_keep_the_identity_path():
    for blocks in (1, 2, 4):
        assert architectures.skip_connection_graph(blocks).count_paths("x", "o") == 2 ** blocks
    graph = architectures.skip_connection_graph(3)
    graph.forward()
    products = dict((tuple(p), v) for p, v in graph.path_products("x", "o"))
    # the path through the additions only: every local derivative is 1 except into o
    identity = ("x", "r1", "r2", "r3", "o")
    assert products[identity] == pytest.approx(graph.edges[("r3", "o")].weight)


def test_hidden_loss_adds_its_own_derivative():
    graph = architectures.hidden_loss_graph()
    graph.forward()
    with_penalty = graph.backward().nodes["h1_2"]
    plain = architectures.hidden_loss_graph()
    plain.loss_terms = [t for t in plain.loss_terms if t[0] == "o"]
    plain.forward()
    without = plain.backward().nodes["h1_2"]
    # Δ(h, o) = 2(h − 0) from its own term + what flows back from the output
    assert with_penalty - without == pytest.approx(2 * graph.nodes["h1_2"].value, rel=1e-12)


def test_sum_product_network_is_a_distribution_with_exact_values():
    probabilities = architectures.spn_probabilities()
    # p(x1, x2) = 0.7 · s1 · s3 + 0.3 · s2 · s4 with the indicator-selected weights
    assert probabilities[(1, 1)] == pytest.approx(0.7 * 0.6 * 0.8 + 0.3 * 0.3 * 0.1, abs=1e-15)
    assert probabilities[(0, 0)] == pytest.approx(0.7 * 0.4 * 0.2 + 0.3 * 0.7 * 0.9, abs=1e-15)
    assert sum(probabilities.values()) == pytest.approx(1.0, abs=1e-14)
    graph = architectures.sum_product_graph(1, 0)
    graph.forward()
    gradients = graph.backward()
    # ∂root/∂w(p1→root) = p1 = s1 · s3; times ∂L/∂root = 2(root − target)
    root, p1 = graph.nodes["root"].value, graph.nodes["p1"].value
    assert gradients.weights[("p1", "root")] == pytest.approx(2 * (root - 0.5) * p1, rel=1e-12)


def test_bad_input_gets_a_clear_error():
    with pytest.raises(ValueError, match="x1 must be 0 or 1"):
        architectures.sum_product_graph(2, 0)
    with pytest.raises(TypeError, match="blocks must be an integer"):
        architectures.skip_connection_graph(1.5)
    with pytest.raises(TypeError, match="graph must be"):
        architectures.check_gradients("graph")
    with pytest.raises(ValueError, match="no loss term"):
        architectures.check_gradients(Graph())


def test_plain_chain_has_the_same_weights_and_one_path():
    residual = architectures.skip_connection_graph(4, random_state=3)
    plain = architectures.skip_connection_graph(4, random_state=3, skip=False)
    weights = lambda g: [e.weight for e in g.edges.values() if e.weight is not None]  # noqa: E731
    assert weights(residual) == weights(plain)
    assert plain.count_paths("x", "o") == 1
    check = architectures.check_gradients(plain)
    assert check.max_finite_difference < 1e-8
