"""Ensembles on handwritten digits (§1.4.1.5): bagging, averaging over seeds, dropout.

For each of ``REPEATS`` repetitions a fresh training set of 300 digits is drawn from a pool
of 1 300 (scikit-learn's 8×8 digits, pixels / 16); 497 other digits are the test set. On it
are trained: one network 64-64-10 (ReLU, SGD α = 0.1, batches of 20, 60 epochs); an
ensemble of ``MEMBERS`` such networks with other seeds on the same data; a bagged ensemble
of ``MEMBERS`` networks on bootstrap samples; one network with dropout q = 0.5 on its hidden
units. The script stores each method's test error per repetition, and the variance of its
predicted probabilities across the repetitions (:func:`nbcompanion.ensembles.prediction_variance`:
how much the prediction depends on the training set and the run).

``python3 tasks.py experiments 1.4.1.5`` writes ``experiments/results/1.4.1.5-ensembles.json``
(under a minute); ``repetition`` computes one repetition (the tests recompute the first).
"""

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nbcompanion import ensembles  # noqa: E402
from nbcompanion.network import NetworkClassifier  # noqa: E402

RESULT = ROOT / "experiments" / "results" / "1.4.1.5-ensembles.json"
REPEATS, MEMBERS, N_TRAIN, DROPOUT = 8, 8, 300, 0.5
METHODS = ("single", "seeds", "bagging", "dropout")


def split():
    X, y = load_digits(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(X))
    return X / 16, y, order[:1300], order[1300:]


def base(**params):
    return NetworkClassifier(hidden_layer_sizes=64, max_epochs=60, batch_size=20,
                             learning_rate=0.1, **params)


def repetition(r, data=None):
    """Test probabilities of every method for repetition ``r``: dict of (n_test, 10)."""
    X, y, pool, test = data or split()
    train = np.random.default_rng(r).choice(pool, N_TRAIN, replace=False)
    Xt, yt = X[train], y[train]
    return {
        "single": base(random_state=r).fit(Xt, yt).predict_proba(X[test]),
        "seeds": ensembles.average_probabilities(ensembles.bagged_models(
            base(), Xt, yt, MEMBERS, bootstrap=False, random_state=100 + r), X[test]),
        "bagging": ensembles.average_probabilities(ensembles.bagged_models(
            base(), Xt, yt, MEMBERS, random_state=100 + r), X[test]),
        "dropout": base(dropout=DROPOUT, random_state=r).fit(Xt, yt).predict_proba(X[test]),
    }


def main():
    data = split()
    y_test = data[1][data[3]]
    runs = [repetition(r, data) for r in range(REPEATS)]
    result = {"repeats": REPEATS, "members": MEMBERS, "n_train": N_TRAIN, "dropout": DROPOUT,
              "n_test": len(y_test), "error": {}, "variance": {}}
    for method in METHODS:
        probabilities = np.array([run[method] for run in runs])
        result["error"][method] = [round(float(np.mean(p.argmax(axis=1) != y_test)), 4)
                                   for p in probabilities]
        result["variance"][method] = round(ensembles.prediction_variance(probabilities), 6)
        print(method, result["error"][method], result["variance"][method], flush=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
