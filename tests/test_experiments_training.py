"""The MNIST experiments of §1.1.1 and §1.4.1.3: each script recomputes a slice of its
committed result, and the patience rule read off a curve is the one fit() applies."""

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
from sklearn.datasets import load_digits

from nbcompanion.early_stopping import patience_stop
from nbcompanion.network import FeedForwardNetwork

ROOT = Path(__file__).resolve().parent.parent


def script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "experiments" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module, json.loads((ROOT / "experiments" / "results" / f"{name}.json").read_text())


def test_data_and_accuracy_script_reproduces_its_smallest_points():
    module, result = script("1.1.1-data-and-accuracy")
    assert result["sizes"][0] == 500 and result["sizes"][-1] == 60000
    arrays = module.load()
    for model in ("logistic", "network_32"):
        assert module.run_one(model, 500, 0, arrays) == pytest.approx(
            result["accuracy"][model][0][0], abs=0.003)


def test_early_stopping_script_reproduces_its_first_epochs():
    module, result = script("1.4.1.3-early-stopping")
    first = module.curve(0, epochs=2)
    for key, values in first.items():
        np.testing.assert_allclose(values, result["curves"][0][key][:2], atol=0.003)


def test_patience_rule_on_a_curve_is_the_one_fit_applies():
    X, y = load_digits(return_X_y=True)
    X = X / 16
    run = dict(epochs=60, batch_size=10, learning_rate=0.2, random_state=0)
    free = FeedForwardNetwork([64, 64, 10], output="softmax", loss="cross_entropy",
                              random_state=0)
    recorded = free.fit(X[:100], y[:100], validation=(X[1000:1400], y[1000:1400]), **run)
    best, stop = patience_stop(recorded.validation_loss, patience=5)
    stopped = FeedForwardNetwork([64, 64, 10], output="softmax", loss="cross_entropy",
                                 random_state=0)
    history = stopped.fit(X[:100], y[:100], validation=(X[1000:1400], y[1000:1400]),
                          patience=5, **run)
    assert (history.best_epoch, len(history.loss)) == (best, stop)
    assert stop < 60


def test_patience_stop_examples_and_errors():
    assert patience_stop([5.0, 4, 3, 2, 1], 2) == (5, 5)  # never fires
    assert patience_stop([1.0, 2, 3], 2) == (1, 3)
    with pytest.raises(ValueError, match="patience must be > 0"):
        patience_stop([1.0, 2.0], 0)
