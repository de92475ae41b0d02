"""Drawings of §1.5.3 (plots.architectures)."""

import matplotlib.pyplot as plt

from nbcompanion import architectures
from nbcompanion.plots import architectures as plot


def test_inputs_stand_one_column_before_the_node_they_feed():
    positions = plot.architecture_positions(architectures.later_inputs_graph())
    assert positions["x1"][0] == 0 and positions["x4"][0] == 1 and positions["x6"][0] == 2
    assert positions["o"][0] == 3


def test_gallery_draws_every_node_and_edge_and_rings_the_loss_nodes():
    fig, axes = plt.subplots(2, 2)
    drawn = plot.draw_gallery(axes)
    for name, (build, _) in plot.GALLERY.items():
        graph = build()
        assert set(drawn[name]["nodes"]) == set(graph.nodes)
        assert set(drawn[name]["edges"]) == set(graph.edges)
        ringed = {n for n, c in drawn[name]["nodes"].items() if c.get_linewidth() > 2}
        assert ringed == {n for n, _, _ in graph.loss_terms}
    assert len(plot.legend_handles()) == 4
