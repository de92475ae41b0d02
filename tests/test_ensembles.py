"""§1.4.1.5: bagging, averaging, the variance measure, and the experiment's first slice."""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_digits

from nbcompanion import ensembles
from nbcompanion.network import NetworkClassifier

ROOT = Path(__file__).resolve().parent.parent


def test_bagging_draws_bootstrap_samples_and_averages_probabilities():
    X, y = load_digits(return_X_y=True)
    X, y = X[:200] / 16, y[:200]
    model = NetworkClassifier(hidden_layer_sizes=8, max_epochs=3)
    members = ensembles.bagged_models(model, X, y, 3, random_state=0)
    assert len({m.random_state for m in members}) == 3
    average = ensembles.average_probabilities(members, X[:5])
    np.testing.assert_allclose(average, np.mean([m.predict_proba(X[:5]) for m in members], 0))
    np.testing.assert_allclose(average.sum(axis=1), 1)
    # Without bootstrap and with one member, the ensemble is that one network.
    one = ensembles.bagged_models(model, X, y, 1, bootstrap=False, random_state=0)[0]
    same = NetworkClassifier(hidden_layer_sizes=8, max_epochs=3,
                             random_state=one.random_state).fit(X, y)
    np.testing.assert_array_equal(one.predict_proba(X[:5]), same.predict_proba(X[:5]))


def test_average_aligns_members_that_miss_a_class():
    X = np.arange(12, dtype=float).reshape(-1, 1)
    a = NetworkClassifier(hidden_layer_sizes=2, max_epochs=1, random_state=0).fit(X[:6], [0, 1] * 3)
    b = NetworkClassifier(hidden_layer_sizes=2, max_epochs=1, random_state=0).fit(X[:6], [1, 2] * 3)
    average = ensembles.average_probabilities([a, b], X[:2])
    assert average.shape == (2, 3)
    np.testing.assert_allclose(average[:, 0], a.predict_proba(X[:2])[:, 0] / 2)


def test_prediction_variance_is_numpys_variance_over_runs():
    P = np.random.default_rng(0).dirichlet(np.ones(4), size=(5, 7))
    assert ensembles.prediction_variance(P) == pytest.approx(P.var(axis=0).mean())
    assert ensembles.prediction_variance(np.tile(P[:1], (3, 1, 1))) == 0
    with pytest.raises(ValueError, match="n_runs >= 2"):
        ensembles.prediction_variance(P[:1])


def test_ensembles_script_reproduces_its_first_repetition():
    spec = importlib.util.spec_from_file_location(
        "ensembles_script", ROOT / "experiments" / "1.4.1.5-ensembles.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = json.loads((ROOT / "experiments" / "results" / "1.4.1.5-ensembles.json").read_text())
    data = module.split()
    first = module.repetition(0, data)
    y_test = data[1][data[3]]
    for method in ("single", "dropout"):
        error = float(np.mean(first[method].argmax(axis=1) != y_test))
        assert error == pytest.approx(result["error"][method][0], abs=0.003)
