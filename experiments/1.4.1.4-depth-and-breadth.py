"""Breadth against depth at a fixed number of parameters (§1.4.1.4), on handwritten digits.

Networks with 1, 2, 3 and 4 hidden layers (ReLU, softmax, SGD α = 0.1, batches of 32,
100 epochs) get the width that gives each about ``BUDGET`` parameters
(:func:`nbcompanion.architecture.width_for_budget`), and are trained on 1 000 of
scikit-learn's 8×8 digits (pixels / 16) and tested on the other 797. Three seeds each (the
split is fixed; the initial weights and the order change).

``python3 tasks.py experiments 1.4.1.4`` writes ``experiments/results/1.4.1.4-depth-and-breadth.json``
(about a minute); ``run_one`` trains one network (the tests recompute one).
"""

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.datasets import load_digits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nbcompanion.architecture import parameter_count, width_for_budget  # noqa: E402
from nbcompanion.network import NetworkClassifier  # noqa: E402

RESULT = ROOT / "experiments" / "results" / "1.4.1.4-depth-and-breadth.json"
BUDGET, DEPTHS, SEEDS, N_TRAIN = 10_000, (1, 2, 3, 4), (0, 1, 2), 1000


def split():
    X, y = load_digits(return_X_y=True)
    order = np.random.default_rng(0).permutation(len(X))
    return X[order] / 16, y[order]


def run_one(depth, seed, data=None):
    """(training error, test error) of the network of ``depth`` hidden layers."""
    X, y = data or split()
    width = width_for_budget(64, 10, depth, BUDGET)
    model = NetworkClassifier(hidden_layer_sizes=(width,) * depth, learning_rate=0.1,
                              batch_size=32, max_epochs=100, random_state=seed)
    model.fit(X[:N_TRAIN], y[:N_TRAIN])
    return (round(1 - model.score(X[:N_TRAIN], y[:N_TRAIN]), 4),
            round(1 - model.score(X[N_TRAIN:], y[N_TRAIN:]), 4))


def main():
    data = split()
    result = {"budget": BUDGET, "depths": list(DEPTHS), "seeds": list(SEEDS),
              "n_train": N_TRAIN, "n_test": len(data[0]) - N_TRAIN,
              "widths": [], "parameters": [], "train_error": [], "test_error": []}
    for depth in DEPTHS:
        width = width_for_budget(64, 10, depth, BUDGET)
        runs = [run_one(depth, seed, data) for seed in SEEDS]
        result["widths"].append(width)
        result["parameters"].append(parameter_count([64] + [width] * depth + [10]))
        result["train_error"].append([r[0] for r in runs])
        result["test_error"].append([r[1] for r in runs])
        print(depth, width, runs, flush=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
