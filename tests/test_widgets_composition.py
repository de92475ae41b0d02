"""The §1.5.2 depth explorer, moved in plain pytest."""

import numpy as np

from nbcompanion import composition, i18n
from nbcompanion.plots import composition as plot
from nbcompanion.widgets import composition as widgets


def test_moving_r_doubles_the_pieces_and_redraws():
    explorer = widgets.depth_explorer(r=2)
    before = bytes(explorer.view.image.value)
    static = explorer.view.static_draws
    for r in (3, 4, 7, 10, 1):
        explorer.controls["r"].value = r
        assert explorer.state.r == r
        assert explorer.state.pieces == 2 ** r
        x, y = explorer.artists["sawtooth_line"].get_data()
        assert len(x) == 2 ** r + 1
        np.testing.assert_array_equal(y, np.arange(2 ** r + 1) % 2)
        ringed = explorer.artists["current"].get_data()
        assert list(ringed[1]) == [2 ** r, 6 * r + 1, 3 * 2 ** r + 1]
    assert bytes(explorer.view.image.value) != before
    assert explorer.view.static_draws == static  # blitted: the background was kept
    assert set(explorer.cache) == set(range(1, 11))  # counted at build


def test_explorer_labels_follow_the_edition():
    i18n.set_language("ru")
    try:
        explorer = widgets.depth_explorer(r=3)
        assert "кусков" in explorer.artists["note"].get_text()
    finally:
        i18n.set_language(None)


def test_vertices_are_the_exact_graph():
    x, y, breaks = plot.sawtooth_vertices(composition.tent_network(3))
    np.testing.assert_array_equal(x, np.arange(9) / 8)
    np.testing.assert_array_equal(y, composition.composed_tent(x, 3))
    assert len(breaks) == 7
