"""§1.6.6: transfer learning with little data — frozen layers + a new last layer vs scratch.

Source task: MNIST digits 0–4 (all their training images). Target task: digits 5–9 with only
n = 1, 3, 10, 30, 100 training images per class (5 random draws each), tested on every test
image of 5–9. Compared:

- ``convnet_transfer``: the convolution, ReLU and subsampling layers of a small convolutional
  network trained on 0–4 are frozen; a new softmax layer is trained on their output;
- ``mlp_transfer``: the same with the two hidden layers of a 784–128–64 ReLU network;
- ``mlp_scratch``: the 784–128–64 network trained from scratch on the n images per class;
- ``pixels``: a softmax layer on the raw pixels (no hidden layer at all).

About a minute here, too slow for the notebook, which loads
``results/1.6.6-hierarchical-features.json`` (``python3 tasks.py experiments 1.6.6``).
"""

import json
from pathlib import Path

import numpy as np

from nbcompanion import convolution, probes
from nbcompanion.network import NetworkClassifier

RESULT = Path(__file__).parent / "results" / "1.6.6-hierarchical-features.json"
SOURCE, TARGET = (0, 1, 2, 3, 4), (5, 6, 7, 8, 9)
SIZES, DRAWS = (1, 3, 10, 30, 100), 5


def source_models(n=None):
    """The two networks trained on (the first ``n``) source digits (seeded)."""
    X, y = probes.load_digits_subset("train", n, classes=SOURCE)
    convnet = convolution.small_convnet(8, random_state=0, dtype="float32")
    convnet.fit(X.reshape(-1, 1, 28, 28), y, epochs=1, random_state=0)
    mlp = probes.train_network(X, y, hidden=(128, 64), epochs=5, random_state=0)
    return convnet, mlp


def draw(y, n, random_state):
    """Indices of n random training images of each target class."""
    rng = np.random.default_rng(random_state)
    return np.concatenate([rng.choice(np.flatnonzero(y == c), n, replace=False) for c in TARGET])


def one_comparison(convnet, mlp, X, y, X_test, y_test, n, random_state):
    """The four accuracies for one draw of n images per class."""
    chosen = draw(y, n, random_state)
    X_few, y_few = X[chosen], y[chosen]
    scratch = NetworkClassifier(hidden_layer_sizes=(128, 64), max_epochs=200,
                                batch_size=min(32, len(X_few)), learning_rate=0.05,
                                dtype="float32", random_state=random_state).fit(X_few, y_few)
    return {
        "convnet_transfer": probes.probe_accuracy(
            probes.frozen_convolutional_features(convnet, X_few), y_few,
            probes.frozen_convolutional_features(convnet, X_test), y_test),
        "mlp_transfer": probes.probe_accuracy(probes.frozen_features(mlp, X_few), y_few,
                                              probes.frozen_features(mlp, X_test), y_test),
        "mlp_scratch": float(scratch.score(X_test, y_test)),
        "pixels": probes.probe_accuracy(X_few, y_few, X_test, y_test),
    }


def small_slice():
    """One draw with n = 3 against 500 test images, source models trained on 3 000 images."""
    convnet, mlp = source_models(3000)
    X, y = probes.load_digits_subset("train", classes=TARGET)
    X_test, y_test = probes.load_digits_subset("test", 500, classes=TARGET)
    result = one_comparison(convnet, mlp, X, y, X_test, y_test, 3, 0)
    return {key: round(value, 3) for key, value in result.items()}


def main():
    convnet, mlp = source_models()
    X, y = probes.load_digits_subset("train", classes=TARGET)
    X_test, y_test = probes.load_digits_subset("test", classes=TARGET)
    results = {}
    for n in SIZES:
        runs = [one_comparison(convnet, mlp, X, y, X_test, y_test, n, seed) for seed in range(DRAWS)]
        results[str(n)] = {key: round(float(np.mean([r[key] for r in runs])), 4) for key in runs[0]}
        print(n, results[str(n)], flush=True)
    output = {
        "description": "Target digits 5-9 with n training images per class (mean over 5"
                       " draws), test accuracy on all 4861 test images of 5-9; source networks"
                       " trained on MNIST digits 0-4.",
        "sizes": list(SIZES), "draws": DRAWS, "accuracy": results, "slice": small_slice(),
    }
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(output, indent=1) + "\n")


if __name__ == "__main__":
    main()
