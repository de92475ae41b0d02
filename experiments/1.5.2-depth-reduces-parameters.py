"""§1.5.2: can gradient-based training find what the deep tent network can express?

For each depth r the target is the sawtooth t^r on 257 equally spaced points of [0, 1]
(every breakpoint is a data point). Two ReLU networks with the same number of parameters
are trained on it from random starts (``composition.random_network``):

- deep: r hidden layers of 2 units (6r + 1 parameters), which *can* fit t^r exactly
  (``composition.tent_network``);
- shallow: one hidden layer of 2r units (also 6r + 1 parameters), which cannot: it has at
  most 2r + 1 linear pieces, t^r has 2^r.

Each is trained by L-BFGS on the backpropagation gradient (20 seeds, r = 2, 3, 4) and, for
r = 3, also by plain mini-batch gradient descent (``FeedForwardNetwork.fit``, 10 seeds). A
third run starts the deep network at the exact construction plus Gaussian noise of scale σ,
to see whether the solution that exists is also found from nearby.

``python3 tasks.py experiments 1.5.2`` writes
experiments/results/1.5.2-depth-reduces-parameters.json (about 20 s on one core). ``run_one`` computes one entry; a test recomputes some.
"""

import json
import sys
import time
from pathlib import Path

import numpy as np

from nbcompanion import composition

RESULT = Path(__file__).resolve().parent / "results" / f"{Path(__file__).stem}.json"
DEPTHS = (2, 3, 4)
SEEDS = tuple(range(20))
SGD_DEPTH, SGD_SEEDS = 3, tuple(range(10))
NOISE = (0.01, 0.1, 0.3, 1.0)
NOISE_DEPTH = 4


def layer_sizes(architecture, r):
    return [1] + [2] * r + [1] if architecture == "deep" else [1, 2 * r, 1]


def run_one(architecture, r, seed, method="lbfgs", noise=None):
    """Train one network; return {"mse", "pieces"} rounded for the JSON.

    ``noise`` (deep only): start from the exact tent network plus N(0, noise²) on every
    parameter instead of from ``random_network``.
    """
    if noise is None:
        network = composition.random_network(layer_sizes(architecture, r), random_state=seed)
    else:
        network = composition.tent_network(r)
        rng = np.random.default_rng(seed)
        theta = network.get_parameters()
        network.set_parameters(theta + rng.normal(0.0, noise, theta.shape))
    mse = composition.fit_sawtooth(network, r, method=method, random_state=seed)
    return {"mse": float(f"{mse:.3g}"), "pieces": composition.count_pieces(network)}


def summary(runs):
    mse = np.array([run["mse"] for run in runs])
    pieces = np.array([run["pieces"] for run in runs])
    return {"median_mse": float(f"{np.median(mse):.3g}"), "best_mse": float(f"{mse.min():.3g}"),
            "solved": int(np.sum(mse < 1e-4)), "n_runs": len(runs),
            "median_pieces": float(np.median(pieces)), "max_pieces": int(pieces.max())}


def main():
    started = time.perf_counter()
    result = {"target_variance": 1 / 12, "lbfgs": {}, "sgd": {}, "noise": {}}
    for r in DEPTHS:
        for architecture in ("deep", "shallow"):
            runs = [run_one(architecture, r, seed) for seed in SEEDS]
            result["lbfgs"][f"{architecture}-{r}"] = {
                "r": r, "architecture": architecture,
                "parameters": composition.parameter_count(
                    composition.random_network(layer_sizes(architecture, r))),
                "runs": runs, **summary(runs)}
        print(f"  r = {r} done", flush=True)
    for architecture in ("deep", "shallow"):
        runs = [run_one(architecture, SGD_DEPTH, seed, method="sgd") for seed in SGD_SEEDS]
        result["sgd"][f"{architecture}-{SGD_DEPTH}"] = {
            "r": SGD_DEPTH, "architecture": architecture, "runs": runs, **summary(runs)}
    print("  gradient descent done", flush=True)
    for sigma in NOISE:
        runs = [run_one("deep", NOISE_DEPTH, seed, noise=sigma) for seed in SEEDS]
        result["noise"][str(sigma)] = {"r": NOISE_DEPTH, "sigma": sigma, "runs": runs,
                                       **summary(runs)}
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"  wrote {RESULT.name} in {time.perf_counter() - started:.0f} s", flush=True)


if __name__ == "__main__":
    sys.exit(main())
