import importlib.util
import json
from itertools import product
from pathlib import Path

import numpy as np
import pytest
from scipy.special import comb
from sklearn.datasets import make_circles
from sklearn.utils.estimator_checks import parametrize_with_checks

from nbcompanion import rbf, widgets

ROOT = Path(__file__).resolve().parent.parent


def test_features_are_the_gaussian_kernel_of_eq_1_34():
    rng = np.random.default_rng(0)
    X, prototypes = rng.normal(size=(7, 3)), rng.normal(size=(4, 3))
    features = rbf.rbf_features(X, prototypes, width=0.7)
    for i, j in product(range(7), range(4)):
        v = np.linalg.norm(X[i] - prototypes[j]) / 0.7
        assert features[i, j] == pytest.approx(np.exp(-v ** 2 / 2), rel=1e-12)  # Φ(v) = exp(−v²/2)


def test_network_prototypes_are_k_means_and_output_is_least_squares():
    from sklearn.cluster import KMeans
    from sklearn.linear_model import Ridge

    X, y = make_circles(150, factor=0.4, noise=0.05, random_state=0)
    model = rbf.RBFNetwork(n_prototypes=6, width=0.5, alpha=1e-3).fit(X, y)
    centres = KMeans(6, n_init=3, random_state=0).fit(X).cluster_centers_
    np.testing.assert_allclose(model.prototypes_, centres)
    # the output layer is ridge regression on ±1 targets with penalty α n
    ridge = Ridge(alpha=1e-3 * len(X)).fit(model.features(X), np.where(y == 1, 1.0, -1.0))
    np.testing.assert_allclose(model.coef_[:, 0], ridge.coef_, atol=1e-8)
    np.testing.assert_allclose(model.intercept_[0], ridge.intercept_, atol=1e-8)
    assert model.score(X, y) > 0.95


def test_rbf_network_separates_what_a_line_cannot():
    from sklearn.linear_model import LogisticRegression

    X, y = make_circles(300, factor=0.4, noise=0.08, random_state=1)
    assert LogisticRegression().fit(X, y).score(X, y) < 0.7
    assert rbf.RBFNetwork(n_prototypes=10, width=0.5).fit(X, y).score(X, y) > 0.95


def test_cover_formula_small_cases_by_hand():
    # N points on a line (D = 2 with the bias): only the 2N "threshold" labellings separate
    assert rbf.cover_fraction(5, 2) == pytest.approx(2 * 5 / 2 ** 5)
    # D ≥ N: every labelling separates
    assert rbf.cover_fraction(6, 6) == 1.0 and rbf.cover_fraction(6, 9) == 1.0
    n, d = 20, 11
    assert rbf.cover_fraction(n, d) == pytest.approx(
        2 * sum(comb(n - 1, k, exact=True) for k in range(d)) / 2 ** n)


def test_counted_separability_agrees_with_cover_on_the_line():
    # 1-D points in general position, D = 2: exactly 2N of the 2^N labellings separate
    X = np.array([[0.0], [1.0], [2.5], [3.0], [4.2]])
    labellings = [np.array(bits) * 2.0 - 1 for bits in product([0, 1], repeat=5)]
    separable = sum(rbf.is_linearly_separable(X, y) for y in labellings)
    assert separable == 2 * 5


def test_separable_fraction_grows_with_gaussian_units():
    X = np.random.default_rng(0).uniform(-1, 1, (12, 2))
    fractions = [rbf.separable_fraction(X, m, width=0.5, n_labellings=40) for m in (0, 6, 11)]
    assert fractions[0] < fractions[1] < fractions[2] == 1.0


def test_bad_input_gets_clear_messages():
    with pytest.raises(ValueError, match="width"):
        rbf.rbf_features([[0.0]], [[1.0]], width=0)
    with pytest.raises(ValueError, match="prototypes have 2"):
        rbf.rbf_features([[0.0]], [[1.0, 2.0]], width=1)
    with pytest.raises(ValueError, match="n_prototypes"):
        rbf.RBFNetwork(n_prototypes=0).fit([[0.0], [1.0]], [0, 1])
    with pytest.raises(ValueError, match="labels for"):
        rbf.is_linearly_separable([[0.0], [1.0]], [1])
    with pytest.raises(ValueError, match="width must be one of"):
        widgets.rbf.rbf_explorer(width=0.42)


def test_far_points_give_zero_features_not_nan():
    features = rbf.rbf_features([[1e4, -1e4]], [[0.0, 0.0]], width=0.1)
    assert features.tolist() == [[0.0]]


def test_explorer_moves_with_both_sliders_and_caches():
    explorer = widgets.rbf.rbf_explorer()
    picture = bytes(explorer.view.image.value)
    explorer.controls["n_prototypes"].value = 12
    assert len(explorer.artists["prototypes"].get_xdata()) == 12
    assert explorer.state.n_prototypes == 12 and 0.5 < explorer.state.test <= 1
    assert bytes(explorer.view.image.value) != picture
    explorer.controls["width"].value = 0.05
    tiny = explorer.state.train
    assert "0,05" in explorer.artists["title"].get_text() or "0.05" in explorer.artists["title"].get_text()
    entry = explorer.cache[(12, 0.05)]
    explorer.controls["width"].value = 0.5
    explorer.controls["width"].value = 0.05
    assert explorer.cache[(12, 0.05)] is entry and explorer.state.train == tiny


def _experiment():
    path = ROOT / "experiments" / "1.6.2-rbf-networks.py"
    spec = importlib.util.spec_from_file_location("experiment_1_6_2", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_experiment_matches_a_recomputed_slice():
    stored = json.loads((ROOT / "experiments" / "results" / "1.6.2-rbf-networks.json").read_text())
    experiment = _experiment()
    assert experiment.count(stored["slice"]["m"], stored["slice"]["n_labellings"]) == \
        stored["slice"]["counted"]
    counted, formula = np.array(stored["counted"]), np.array(stored["cover_formula"])
    assert np.abs(counted - formula).max() < 0.12  # 200 labellings: sampling error ≈ 0.035
    assert formula[1:].tolist() == [round(rbf.cover_fraction(20, m + 1), 4) for m in stored["m"][1:]]


@parametrize_with_checks([rbf.RBFNetwork(n_prototypes=5)])
def test_scikit_learn_estimator_contract(estimator, check):
    check(estimator)


def test_cover_figure_draws_the_count_and_the_formula():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from nbcompanion import plots

    fig, ax = plt.subplots()
    artists = plots.rbf.draw_cover(ax, [1, 2, 3], [0.0, 0.5, 1.0], 20, predicted=[0.1, 0.4, 0.9])
    np.testing.assert_array_equal(artists["counted"].get_ydata(), [0.0, 0.5, 1.0])
    np.testing.assert_array_equal(artists["formula"].get_ydata(), [0.1, 0.4, 0.9])
    assert "20" in ax.get_title() and ax.get_legend() is not None
    plt.close(fig)
