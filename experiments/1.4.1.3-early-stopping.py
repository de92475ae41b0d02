"""Early stopping on MNIST (§1.4.1.3): error per epoch, a patience rule, and weight decay.

A 784-128-10 ReLU network (``nbcompanion.network``, softmax and cross-entropy, SGD with
α = 0.1, mini-batches of 64, float32) is trained for 40 epochs on 5 000 MNIST training
images, so that it overfits. After every epoch the script records the error and the loss on
the training set, on 5 000 other training images held out for validation, and on the 10 000
test images. The patience rule (stop after ``PATIENCE`` epochs without a lower validation
loss, keep the best epoch's weights) is then read off the curve: training is deterministic,
so stopping there gives exactly the weights of that epoch. For comparison the same network is
trained for all 40 epochs with weight decay λ (eq. 1.33) for several λ, and the λ with the
lowest validation error is chosen. Three seeds (subset, initial weights, order).

``python3 tasks.py experiments 1.4.1.3`` writes ``experiments/results/1.4.1.3-early-stopping.json``
(about 3 minutes on one core); ``curve`` computes the first epochs of one seed (tested).
"""

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nbcompanion import data  # noqa: E402
from nbcompanion.early_stopping import patience_stop  # noqa: E402,F401  (the rule it is read with)
from nbcompanion.network import FeedForwardNetwork  # noqa: E402

RESULT = ROOT / "experiments" / "results" / "1.4.1.3-early-stopping.json"
N_TRAIN, N_VALIDATION, EPOCHS, PATIENCE = 5000, 5000, 40, 5
SEEDS = (0, 1, 2)
WEIGHT_DECAYS = (1e-4, 1e-3, 1e-2)
SETTINGS = dict(batch_size=64, learning_rate=0.1)


def load(seed):
    images, labels = data.load_mnist("train")
    test_images, test_labels = data.load_mnist("test")
    X = (images.reshape(-1, 784) / 255.0).astype(np.float32)
    order = np.random.default_rng(seed).permutation(len(X))
    train, validation = order[:N_TRAIN], order[N_TRAIN:N_TRAIN + N_VALIDATION]
    X_test = (test_images.reshape(-1, 784) / 255.0).astype(np.float32)
    return {"train": (X[train], labels[train]), "validation": (X[validation], labels[validation]),
            "test": (X_test, test_labels)}


def _measure(net, parts):
    """Error (fraction wrong) and mean cross-entropy on each part, rounded."""
    result = {}
    for name, (X, y) in parts.items():
        result[f"{name}_error"] = round(float(np.mean(net.predict(X).argmax(axis=1) != y)), 4)
        result[f"{name}_loss"] = round(net.loss(X, y), 4)
    return result


def curve(seed, epochs=EPOCHS, weight_decay=0.0, parts=None, every_epoch=True):
    """Per-epoch errors and losses of one training run; returns a dict of lists.

    With ``every_epoch=False`` only the last epoch is measured (lists of one value).
    """
    parts = parts or load(seed)
    net = FeedForwardNetwork([784, 128, 10], activation="relu", output="softmax",
                             loss="cross_entropy", dtype="float32", random_state=seed)
    record = {}

    def after_epoch(epoch, history):
        if not every_epoch and epoch < epochs:
            return
        for key, value in _measure(net, parts).items():
            record.setdefault(key, []).append(value)

    net.fit(*parts["train"], epochs=epochs, weight_decay=weight_decay, random_state=seed,
            callback=after_epoch, **SETTINGS)
    return record


def main():
    result = {"n_train": N_TRAIN, "n_validation": N_VALIDATION, "epochs": EPOCHS,
              "patience": PATIENCE, "seeds": list(SEEDS), "weight_decays": list(WEIGHT_DECAYS),
              "curves": [], "weight_decay": []}
    start = time.perf_counter()
    for seed in SEEDS:
        parts = load(seed)
        result["curves"].append(curve(seed, parts=parts))
        print(f"seed {seed}: curve ({time.perf_counter() - start:.0f} s)", flush=True)
        finals = []
        for lam in WEIGHT_DECAYS:
            run = curve(seed, weight_decay=lam, parts=parts, every_epoch=False)
            finals.append({key: values[-1] for key, values in run.items()})
            print(f"seed {seed}: λ = {lam} ({time.perf_counter() - start:.0f} s)", flush=True)
        result["weight_decay"].append(finals)
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n")


if __name__ == "__main__":
    main()
