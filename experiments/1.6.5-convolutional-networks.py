"""§1.6.5: LeNet-5 and a small convolutional network against a multilayer network on MNIST.

All three are trained on the same 60 000 training images for the same number of epochs and
tested on the 10 000 test images (LeNet-5 on the digits padded to 32×32); too slow for a
notebook (a few minutes here), so the notebook loads
``results/1.6.5-convolutional-networks.json``, written by ``main()``.
Run with ``python3 tasks.py experiments 1.6.5``.
"""

import json
import time
from pathlib import Path

import numpy as np

from nbcompanion import convolution
from nbcompanion.network import NetworkClassifier

RESULT = Path(__file__).parent / "results" / "1.6.5-convolutional-networks.json"
EPOCHS = 3
SETTINGS = {"batch_size": 64, "learning_rate": 0.05, "momentum": 0.9}
MLP_SETTINGS = {"hidden_layer_sizes": (100,), "batch_size": 64, "learning_rate": 0.1}


def train_convnet(X, y, X_test, y_test, *, epochs=EPOCHS, random_state=0):
    """The small convnet of :func:`convolution.small_convnet`; test error after each epoch."""
    net = convolution.small_convnet(8, random_state=random_state, dtype="float32")
    errors = []
    history = net.fit(X, y, epochs=epochs, random_state=random_state, **SETTINGS,
                      callback=lambda epoch, model: errors.append(
                          float(np.mean(model.predict(X_test) != y_test))))
    return net, history, errors


def train_lenet5(X, y, X_test, y_test, *, epochs=EPOCHS, random_state=0):
    """LeNet-5 of Fig. 1.18 (:func:`convolution.lenet5`) on the digits padded to 32×32."""
    net = convolution.lenet5(random_state=random_state, dtype="float32")
    padded_test = convolution.pad_to_32(X_test)
    errors = []
    history = net.fit(convolution.pad_to_32(X), y, epochs=epochs, random_state=random_state,
                      **SETTINGS, callback=lambda epoch, model: errors.append(
                          float(np.mean(model.predict(padded_test) != y_test))))
    return net, history, errors


def train_mlp(X, y, X_test, y_test, *, epochs=EPOCHS, random_state=0):
    """A 784-100-10 ReLU network (nbcompanion.network) on the flattened images."""
    flat, flat_test = X.reshape(len(X), -1), X_test.reshape(len(X_test), -1)
    errors = []
    for epoch in range(1, epochs + 1):  # retrain from scratch to each length: same seed
        model = NetworkClassifier(**MLP_SETTINGS, max_epochs=epoch, dtype="float32",
                                  random_state=random_state).fit(flat, y)
        errors.append(float(np.mean(model.predict(flat_test) != y_test)))
    return model, errors


def small_slice(n_train=1000, n_test=500):
    """The whole comparison on a small slice (1 epoch), rounded: recomputed by the tests."""
    X, y = convolution.load_mnist_images("train", n_train)
    X_test, y_test = convolution.load_mnist_images("test", n_test)
    _, history, conv_errors = train_convnet(X, y, X_test, y_test, epochs=1)
    _, mlp_errors = train_mlp(X, y, X_test, y_test, epochs=1)
    _, lenet_history, lenet_errors = train_lenet5(X, y, X_test, y_test, epochs=1)
    return {"n_train": n_train, "n_test": n_test, "convnet_test_error": round(conv_errors[0], 3),
            "mlp_test_error": round(mlp_errors[0], 3), "convnet_loss": round(history[0], 3),
            "lenet5_test_error": round(lenet_errors[0], 3),
            "lenet5_loss": round(lenet_history[0], 3)}


def main():
    X, y = convolution.load_mnist_images("train")
    X_test, y_test = convolution.load_mnist_images("test")
    start = time.perf_counter()
    net, history, conv_errors = train_convnet(X, y, X_test, y_test)
    conv_seconds = time.perf_counter() - start
    start = time.perf_counter()
    _, mlp_errors = train_mlp(X, y, X_test, y_test)
    mlp_seconds = time.perf_counter() - start
    start = time.perf_counter()
    lenet, lenet_history, lenet_errors = train_lenet5(X, y, X_test, y_test)
    lenet_seconds = time.perf_counter() - start
    filters = net.layers[0].filters[:, 0].astype(float)  # float64 rounds to short decimals
    result = {
        "description": "LeNet-5 (Fig. 1.18, tanh, inputs padded to 32x32) and a small convnet"
                       " (8 filters 5x5, ReLU, 2x2 average, dense 10) vs a 784-100-10 ReLU"
                       " network, MNIST 60k train / 10k test, SGD.",
        "epochs": EPOCHS, "convnet_settings": SETTINGS,
        "mlp_settings": {**MLP_SETTINGS, "hidden_layer_sizes": list(MLP_SETTINGS["hidden_layer_sizes"])},
        "test_error": round(conv_errors[-1], 4),
        "convnet_test_error_per_epoch": [round(e, 4) for e in conv_errors],
        "mlp_test_error_per_epoch": [round(e, 4) for e in mlp_errors],
        "convnet_training_loss_per_epoch": [round(v, 4) for v in history],
        "convnet_parameters": int(sum(net.parameter_counts())),
        "mlp_parameters": 784 * 100 + 100 + 100 * 10 + 10,
        "lenet5_test_error_per_epoch": [round(e, 4) for e in lenet_errors],
        "lenet5_training_loss_per_epoch": [round(v, 4) for v in lenet_history],
        "lenet5_parameters": int(sum(lenet.parameter_counts())),
        "convnet_seconds": round(conv_seconds, 1), "mlp_seconds": round(mlp_seconds, 1),
        "lenet5_seconds": round(lenet_seconds, 1),
        "filters": np.round(filters, 3).tolist(),
        "filter_bias": np.round(net.layers[0].bias.astype(float), 3).tolist(),
        "slice": small_slice(),
    }
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n")
    print(f"convnet test error {result['test_error']:.2%} ({conv_seconds:.0f} s),"
          f" MLP {mlp_errors[-1]:.2%} ({mlp_seconds:.0f} s),"
          f" LeNet-5 {lenet_errors[-1]:.2%} ({lenet_seconds:.0f} s)")


if __name__ == "__main__":
    main()
