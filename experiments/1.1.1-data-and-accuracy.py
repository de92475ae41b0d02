"""Fig. 1.2 measured: MNIST test accuracy against the number of training examples (§1.1.1).

A conventional model (multinomial logistic regression, scikit-learn's ``LogisticRegression``)
and two networks of ``nbcompanion.network`` (784-32-10 and 784-256-128-10, ReLU, softmax,
plain SGD) are trained on random subsets of the 60 000 MNIST training images, from 500 to all
of them, and scored on the 10 000 test images. Every point is repeated with three seeds (the
subset, the initial weights and the order of the examples change; at 60 000 only the
networks' seeds matter, so logistic regression runs once there).

Small training sets get more epochs, so that every network sees at least 200 000 examples
(at most 100 epochs, at least 5): a fair comparison gives the small sets time to converge.

``python3 tasks.py experiments 1.1.1`` writes ``experiments/results/1.1.1-data-and-accuracy.json``
(about 4 minutes on one core); ``run_one`` computes one point (the tests recompute one).
"""

import json
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nbcompanion import data  # noqa: E402
from nbcompanion.network import NetworkClassifier  # noqa: E402

RESULT = ROOT / "experiments" / "results" / "1.1.1-data-and-accuracy.json"
SIZES = (500, 1000, 2000, 5000, 10000, 20000, 60000)
SEEDS = (0, 1, 2)
MODELS = {"logistic": None, "network_32": (32,), "network_256_128": (256, 128)}


def epochs_for(n_train):
    """At least 200 000 examples seen, between 5 and 100 epochs."""
    return int(min(100, max(5, 200_000 // n_train)))


def load():
    images, labels = data.load_mnist("train")
    test_images, test_labels = data.load_mnist("test")
    X = (images.reshape(-1, 784) / 255.0).astype(np.float32)
    X_test = (test_images.reshape(-1, 784) / 255.0).astype(np.float32)
    return X, labels.astype(int), X_test, test_labels.astype(int)


def run_one(model, n_train, seed, arrays=None):
    """Test accuracy of ``model`` trained on ``n_train`` random MNIST images with ``seed``."""
    X, y, X_test, y_test = arrays or load()
    rng = np.random.default_rng(seed)
    subset = rng.permutation(len(X))[:n_train]
    if MODELS[model] is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # 100 L-BFGS steps, as default
            fitted = LogisticRegression(max_iter=100).fit(X[subset], y[subset])
    else:
        fitted = NetworkClassifier(hidden_layer_sizes=MODELS[model], learning_rate=0.1,
                                   batch_size=64, max_epochs=epochs_for(n_train),
                                   dtype="float32", random_state=seed).fit(X[subset], y[subset])
    return round(float(fitted.score(X_test, y_test)), 4)


def main():
    arrays = load()
    result = {"sizes": list(SIZES), "seeds": list(SEEDS), "n_test": len(arrays[2]),
              "epochs": [epochs_for(n) for n in SIZES], "accuracy": {}}
    start = time.perf_counter()
    for model in MODELS:
        table = []
        for seed in SEEDS:
            row = []
            for n_train in SIZES:
                if MODELS[model] is None and n_train == len(arrays[0]) and seed != SEEDS[0]:
                    row.append(table[0][-1])  # the whole set, a deterministic fit: same
                    continue
                row.append(run_one(model, n_train, seed, arrays))
                print(f"{model} n={n_train} seed={seed}: {row[-1]:.4f}"
                      f" ({time.perf_counter() - start:.0f} s)", flush=True)
            table.append(row)
        result["accuracy"][model] = table
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
