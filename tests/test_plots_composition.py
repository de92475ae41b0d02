"""Figures of §1.5.2 (plots.composition)."""

import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pytest

from nbcompanion import composition, i18n
from nbcompanion.plots import composition as plot

RESULT = (Path(__file__).resolve().parent.parent / "experiments" / "results"
          / "1.5.2-depth-reduces-parameters.json")


@pytest.fixture
def russian():
    i18n.set_language("ru")
    yield
    i18n.set_language(None)


def test_sawtooth_title_counts_the_pieces_and_ticks_use_the_edition(russian):
    fig, ax = plt.subplots()
    artists = plot.draw_sawtooth(ax, plot.sawtooth_vertices(composition.tent_network(2)), r=2)
    assert ax.get_title() == "слоёв: 2, кусков: 4"
    fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert "0,4" in labels and not any("." in label for label in labels)
    np.testing.assert_array_equal(artists["breakpoints"].get_xdata(), [0.25, 0.5, 0.75])


def test_update_sawtooth_fills_the_note_and_hides_dense_breakpoints():
    fig, ax = plt.subplots()
    artists = plot.draw_sawtooth(ax, plot.sawtooth_vertices(composition.tent_network(1)),
                                 note=True)
    row = composition.depth_table([7])[0]
    plot.update_sawtooth(artists, plot.sawtooth_vertices(composition.tent_network(7)), row=row)
    assert "128" in artists["note"].get_text() and "43" in artists["note"].get_text()
    assert not artists["breakpoints"].get_visible()


def test_counts_ring_the_three_numbers_of_the_chosen_depth():
    fig, ax = plt.subplots()
    table = composition.depth_table(range(1, 6))
    artists = plot.draw_counts(ax, table, current=4)
    assert list(artists["current"].get_ydata()) == [16, 25, 49]
    assert list(artists["deep"].get_ydata()) == [7, 13, 19, 25, 31]


def test_training_figures_show_every_run():
    stored = json.loads(RESULT.read_text(encoding="utf-8"))
    fig, (left, right) = plt.subplots(1, 2)
    runs = plot.draw_training_runs(left, stored["lbfgs"])
    deep = [r["mse"] for e in stored["lbfgs"].values() if e["architecture"] == "deep"
            for r in e["runs"]]
    np.testing.assert_allclose(np.sort(runs["deep"].get_offsets()[:, 1]), np.sort(deep))
    noise = plot.draw_noise_runs(right, stored["noise"])
    assert len(noise["runs"].get_offsets()) == sum(len(e["runs"]) for e in stored["noise"].values())
    assert left.get_yscale() == "log" and right.get_xscale() == "log"
