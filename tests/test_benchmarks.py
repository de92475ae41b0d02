"""§1.8: the MNIST measurements, the error rates and the experiment that computes them."""

import importlib.util
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pytest

from nbcompanion import benchmarks, data, i18n, plots

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "experiments" / "1.8-benchmarks.py"
RESULT = ROOT / "experiments" / "results" / "1.8-benchmarks.json"


def load_script():
    spec = importlib.util.spec_from_file_location("benchmarks_experiment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_centre_of_mass_against_a_reference_loop():
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, size=(5, 7, 9)).astype(np.uint8)
    expected = []
    for image in images.astype(float):  # the definition, pixel by pixel
        total = rows = cols = 0.0
        for r in range(image.shape[0]):
            for c in range(image.shape[1]):
                total += image[r, c]
                rows += r * image[r, c]
                cols += c * image[r, c]
        expected.append([rows / total, cols / total])
    np.testing.assert_allclose(benchmarks.centre_of_mass(images), expected, rtol=1e-12)
    np.testing.assert_allclose(benchmarks.centre_of_mass(images.astype(float)), expected,
                               rtol=1e-12)


def test_ink_box_of_a_drawn_rectangle():
    image = np.zeros((28, 28), dtype=np.uint8)
    image[3:23, 10:15] = 200  # rows 3..22 (20 rows), columns 10..14 (5 columns)
    image[12, 9] = 1  # one faint pixel widens the box by a column
    size, centre = benchmarks.ink_box(image)
    assert size.tolist() == [[20, 6]]
    assert centre.tolist() == [[12.5, 11.5]]  # (3 + 22) / 2, (9 + 14) / 2


@pytest.mark.parametrize("function", [benchmarks.centre_of_mass, benchmarks.ink_box])
def test_blank_negative_or_misshapen_images_are_refused(function):
    with pytest.raises(ValueError, match="ink"):
        function(np.zeros((2, 4, 4)))
    with pytest.raises(ValueError, match="non-negative"):
        function(-np.ones((4, 4)))
    with pytest.raises(ValueError, match="shape"):
        function(np.ones(4))


def test_mnist_digits_are_centred_by_mass_not_by_box():
    images, _ = data.load_mnist("test")
    mass = benchmarks.centre_of_mass(images)
    size, box = benchmarks.ink_box(images)
    assert size.max() == 20  # scaled into a 20 × 20 box (§1.8.1)
    assert np.all(np.abs(mass - 14) <= 0.6)
    assert np.all(box.std(axis=0) > 3 * mass.std(axis=0))


def test_book_error_rates_are_those_of_section_1_8_1():
    assert benchmarks.BOOK_ERROR_RATES == {"svm": 0.56, "deep_network": 0.35,
                                           "convnet_ensemble": 0.21}
    assert benchmarks.IMAGENET["images"] == 14_000_000


def test_convnet_error_is_read_as_percent_or_fraction(tmp_path):
    assert benchmarks.convnet_error(tmp_path) is None
    path = tmp_path / "1.6.5-convolutional-networks.json"
    path.write_text(json.dumps({"test_error": 1.25}))
    assert benchmarks.convnet_error(tmp_path) == 1.25
    path.write_text(json.dumps({"test_error": 0.0125}))
    assert benchmarks.convnet_error(tmp_path) == pytest.approx(1.25)
    path.write_text(json.dumps({"test_error": -3}))
    with pytest.raises(ValueError, match="test_error"):
        benchmarks.convnet_error(tmp_path)
    path.write_text(json.dumps({"test_error": 0.02, "lenet5_test_error_per_epoch": [0.03, 0.0175]}))
    assert benchmarks.convnet_error(tmp_path, model="lenet5") == pytest.approx(1.75)
    with pytest.raises(ValueError, match="lenet5"):
        benchmarks.convnet_error(tmp_path, model="alexnet")


def test_lenet5_beats_the_small_network_in_the_committed_run():
    small, lenet = benchmarks.convnet_error(), benchmarks.convnet_error(model="lenet5")
    assert 0.5 < lenet < small < 5


def test_committed_results_cover_the_full_split_and_rank_the_models():
    result = json.loads(RESULT.read_text())
    assert result["split"] == {"n_train": 60000, "n_test": 10000}
    errors = {name: r["test_error"] for name, r in result["models"].items()}
    assert errors["network"] < errors["softmax_regression"] < errors["perceptron"] < 20


def test_the_script_reproduces_its_committed_slice():
    # One mistake on 1 000 test digits is 0.1 %: allow two for BLAS differences in float32.
    stored = json.loads(RESULT.read_text())["slice"]
    script = load_script()
    assert script.SLICE == {"n_train": stored["n_train"], "n_test": stored["n_test"]}
    recomputed = script.slice_errors()
    assert recomputed.keys() == stored["test_error"].keys()
    for name, error in recomputed.items():
        assert error == pytest.approx(stored["test_error"][name], abs=0.2), name


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_plots_are_labelled_in_the_edition(lang):
    i18n.set_language(lang)
    try:
        fig, ax = plt.subplots()
        artists = plots.benchmarks.draw_error_rates(
            ax, benchmarks.BOOK_ERROR_RATES, {"network": 2.0, "convnet": None})
        assert {"book", "companion", "value_network"} <= artists.keys()
        assert "value_convnet" not in artists
        assert ax.get_title() == i18n.text("benchmarks.errors_title")
        assert artists["value_svm"].get_text() == i18n.number(0.56, ".2f")
        fig, ax = plt.subplots()
        centres = np.array([[14.0, 14.5], [13.5, 14.0]])
        artists = plots.benchmarks.draw_centring(ax, centres, centres + 1)
        assert [t.get_text() for t in ax.get_legend().get_texts()] == [
            i18n.text("benchmarks.mass"), i18n.text("benchmarks.box")]
        fig, axes = plt.subplots(1, 2)
        images, labels = data.load_mnist("test")
        artists = plots.benchmarks.draw_digits(axes, images[:2], labels[:2])
        assert axes[0].get_title() == i18n.text("benchmarks.digit", label=7)
        with pytest.raises(ValueError, match="one entry per digit"):
            plots.benchmarks.draw_digits(axes, images[:3], labels[:3])
    finally:
        i18n.set_language(None)
