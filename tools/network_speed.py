"""Training speed of nbcompanion's network against scikit-learn's MLPClassifier.

784-100-10 ReLU, softmax and cross-entropy, plain SGD (α = 0.1, batch 128, no momentum, no
penalty) on the first 10 000 MNIST training images, in float64 and float32: the setting of
``benchmarks/run.py``. The two are fitted alternately in one run and the best time of each is
kept (other processes only ever slow a fit down), so the ratio is meaningful on a shared
machine. Run with one BLAS thread::

    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 .venv/bin/python tools/network_speed.py [REPEATS] [EPOCHS]
"""

import sys
import time
import warnings

import numpy as np
from sklearn.neural_network import MLPClassifier

from nbcompanion import data
from nbcompanion.network import NetworkClassifier


def measure(dtype, repeats=5, epochs=3, n_train=10000):
    """Examples per second of ours and of MLPClassifier, fitted alternately; returns a dict."""
    images, labels = data.load_mnist("train")
    X = (images[:n_train].reshape(-1, 784) / 255.0).astype(dtype)
    y = labels[:n_train].astype(int)
    ours = lambda: NetworkClassifier(hidden_layer_sizes=(100,), batch_size=128,  # noqa: E731
                                     learning_rate=0.1, max_epochs=epochs, dtype=dtype,
                                     random_state=0)
    theirs = lambda: MLPClassifier(  # noqa: E731
        hidden_layer_sizes=(100,), solver="sgd", batch_size=128, learning_rate_init=0.1,
        momentum=0.0, alpha=0.0, max_iter=epochs, tol=0.0, n_iter_no_change=epochs + 10,
        shuffle=True, random_state=0)
    times = {"ours": [], "sklearn": []}
    for _ in range(repeats):
        for name, make in (("ours", ours), ("sklearn", theirs)):
            model = make()
            start = time.perf_counter()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model.fit(X, y)
            times[name].append(time.perf_counter() - start)
    rates = {name: n_train * epochs / min(t) for name, t in times.items()}
    paired = np.median(np.array(times["sklearn"]) / np.array(times["ours"]))
    return {"dtype": dtype, "ours": rates["ours"], "sklearn": rates["sklearn"],
            "ratio": rates["ours"] / rates["sklearn"], "paired_median_ratio": float(paired)}


def main(argv):
    repeats = int(argv[0]) if argv else 5
    epochs = int(argv[1]) if len(argv) > 1 else 3
    for dtype in ("float64", "float32"):
        r = measure(dtype, repeats, epochs)
        print(f"{dtype}: ours {r['ours']:,.0f}/s, MLPClassifier {r['sklearn']:,.0f}/s,"
              f" ratio of the best times {r['ratio']:.2f}, median ratio of back-to-back pairs"
              f" {r['paired_median_ratio']:.2f}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
