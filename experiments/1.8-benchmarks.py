"""§1.8: the companion's own models on the MNIST split the book quotes error rates for.

Each model is trained on the 60 000 training digits and measured on the 10 000 test digits
of the committed MNIST (``nbcompanion.data.load_mnist``), through the package's public API:

- the perceptron of §1.2.1, eq. (1.5), one per digit (one-vs-rest, scikit-learn's wrapper);
- softmax regression of §1.2.1.4, eqs. (1.12) and (1.15), with weight decay (1.33);
- the multilayer network of §1.2.2 (two ReLU hidden layers, softmax output, SGD).

Pixels are scaled from 0–255 to [0, 1]. The whole run takes a few minutes on one core, too
long for a notebook's 10 s budget, so ``main()`` writes ``results/1.8-benchmarks.json`` and
the notebook reads it. ``slice_errors()`` computes a small slice (1 000 training digits,
1 000 test digits) that the tests recompute and compare with the stored one.

Usage: ``python3 tasks.py experiments 1.8-benchmarks``.
"""

import json
import time
from pathlib import Path

import numpy as np
from sklearn.multiclass import OneVsRestClassifier

from nbcompanion import data, network, perceptron, softmax_regression

RESULT = Path(__file__).parent / "results" / "1.8-benchmarks.json"
SEED = 0
SLICE = {"n_train": 1000, "n_test": 1000}


def models():
    """The three models, by name, each a fresh scikit-learn estimator."""
    return {
        "perceptron": OneVsRestClassifier(perceptron.Perceptron(
            learning_rate=1.0, max_epochs=5, shuffle=True, random_state=SEED,
            record_history=False)),
        "softmax_regression": softmax_regression.SoftmaxRegression(
            weight_decay=1e-4, max_iter=200, tol=1e-6),
        "network": network.NetworkClassifier(
            hidden_layer_sizes=(256, 128), activation="relu", learning_rate=0.1,
            batch_size=128, max_epochs=20, dtype="float32", random_state=SEED),
    }


def mnist(n_train=None, n_test=None):
    """The first ``n_train`` training and ``n_test`` test digits, flattened, in [0, 1]."""
    train_images, train_labels = data.load_mnist("train")
    test_images, test_labels = data.load_mnist("test")
    X_train = train_images[:n_train].reshape(-1, 784) / 255.0
    X_test = test_images[:n_test].reshape(-1, 784) / 255.0
    return X_train, train_labels[:n_train], X_test, test_labels[:n_test]


def test_errors(n_train=None, n_test=None):
    """Train every model on the first ``n_train`` digits; their test error in % and seconds."""
    X_train, y_train, X_test, y_test = mnist(n_train, n_test)
    results = {}
    for name, model in models().items():
        start = time.perf_counter()
        model.fit(X_train, y_train)
        seconds = time.perf_counter() - start
        error = 100.0 * np.mean(model.predict(X_test) != y_test)
        results[name] = {"test_error": round(float(error), 2), "train_seconds": round(seconds, 1)}
        print(f"    {name}: {error:.2f} % test error ({seconds:.1f} s)", flush=True)
    return results


def slice_errors():
    """The small slice the tests recompute: test error in % of each model, 1 000 → 1 000."""
    return {name: r["test_error"] for name, r in test_errors(**SLICE).items()}


def main():
    full = test_errors()
    result = {
        "split": {"n_train": 60000, "n_test": 10000},
        "models": full,
        "slice": {**SLICE, "test_error": slice_errors()},
        "settings": {
            "perceptron": "one-vs-rest, learning_rate=1, max_epochs=5, shuffled, seed 0",
            "softmax_regression": "weight_decay=1e-4, L-BFGS max_iter=200",
            "network": "784-256-128-10 ReLU, softmax, SGD lr=0.1, batch 128, 20 epochs,"
                       " float32, seed 0",
        },
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"    wrote {RESULT.name}")


if __name__ == "__main__":
    main()
