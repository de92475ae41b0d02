"""The benchmark report: notebook run times, explorer latency, import time, training speed.

Run it with ``python3 tasks.py bench`` (one BLAS thread: ``OPENBLAS_NUM_THREADS=1`` and
friends are set before numpy loads). It prints markdown tables, writes everything measured to
``benchmarks/output/report.json`` and ``report.md``, and after a complete run (no section
skipped, every notebook) copies the tables to ``benchmarks/RESULTS.md``.

Sections
--------
notebooks  each notebook of both editions executed by nbclient in its own folder, kernel start
           included; then, in the same kernel, every explorer it showed has each control
           changed N times, and the synchronous callback chain up to the new PNG in
           ``view.image.value`` is timed (median and 90th percentile).
browser    the median time from an action to the visible change in JupyterLab, from the
           browser suite's ``timings.json`` (``--browser run`` runs the suite on the notebooks
           with explorers first; ``auto`` reuses tests/browser/output/timings.json if present).
import     ``import nbcompanion`` and the import of every module of the package, in a fresh
           interpreter that has already imported numpy and matplotlib.pyplot.
training   examples per second of nbcompanion's Perceptron and NetworkClassifier against
           scikit-learn's Perceptron and MLPClassifier on the same data, architecture, batch
           size and epochs, measured alternately in this run; the ratio is ours / theirs.

explorers  every explorer builder of the package (``nbcompanion.widgets._discover``), built in
           a fresh kernel with one BLAS thread, each control moved ``--changes`` times; the
           kernel's CPU time per change (median and 90th percentile, per control), and its
           ratio to a reference measured just before in the same kernel (a one-line
           FigureView refresh), which stays comparable when the machine is shared.

Targets: an explorer's control change under 30 ms of kernel CPU (median; p90 under 60 ms) and under 120 ms
visible in the browser (median), every notebook under 10 s, the network at least as fast as
MLPClassifier. Missed targets are listed at the end of the report.
"""

import argparse
import fnmatch
import inspect
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from datetime import UTC, datetime
from pathlib import Path

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUT = HERE / "output"
KINDS = ("chapters", "exercises", "solutions")
TARGET_KERNEL_MS = 30      # median CPU time of a control change in the kernel
TARGET_KERNEL_P90_MS = 60  # its 90th percentile
TARGET_BROWSER_MS = 120  # median time from a control change to the new picture in JupyterLab
TARGET_NOTEBOOK_S = 10
sys.path.insert(0, str(HERE))
import kernel_probe  # noqa: E402

# -- helpers -----------------------------------------------------------------------------

def percentile(values, q):
    """The q-th percentile (0-100) by linear interpolation, as numpy's default."""
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def median(values):
    return statistics.median(values) if values else None


def fmt(value, digits=0, unit=""):
    if value is None:
        return "–"
    return f"{value:,.{digits}f}{unit}".replace(",", " ")


def mark(ok):
    return "–" if ok is None else ("yes" if ok else "**no**")


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


# -- notebooks and explorers in a kernel -------------------------------------------------

def find_notebooks(root, patterns):
    found = sorted(p for kind in KINDS for p in (root / kind).glob("*/*.ipynb"))
    if patterns:
        found = [p for p in found if any(fnmatch.fnmatch(p.stem, pat)
                                         or fnmatch.fnmatch(str(p.relative_to(root)), pat)
                                         for pat in patterns)]
    return found


def run_notebook(path, changes, budget):
    """Execute one notebook; return its time and the in-kernel timings of its explorers."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    cells = notebook.cells
    probe = kernel_probe.MEASURE.replace("__CHANGES__", str(changes)).replace(
        "__BUDGET__", str(budget))
    notebook.cells = ([nbformat.v4.new_code_cell(kernel_probe.PREAMBLE)] + cells
                      + [nbformat.v4.new_code_cell(probe)])
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            record_timing=False, resources={"metadata": {"path": str(path.parent)}})
    result = {"seconds": None, "explorers": [], "error": None}
    start = time.perf_counter()
    try:
        with client.setup_kernel():
            for index, cell in enumerate(notebook.cells[:-1]):
                client.execute_cell(cell, index)
            result["seconds"] = time.perf_counter() - start
            client.execute_cell(notebook.cells[-1], len(notebook.cells) - 1)
    except Exception as error:  # CellExecutionError, timeouts, a dead kernel
        result["error"] = f"{type(error).__name__}: {str(error).strip().splitlines()[-1][:300]}"
        return result
    for output in notebook.cells[-1].outputs:
        text = output.get("text", "")
        for line in text.splitlines():
            if line.startswith("NBC-PROBE "):
                result["explorers"] = json.loads(line[len("NBC-PROBE "):])
    for explorer in result["explorers"]:
        pooled = [t for control in explorer["controls"] for t in control["ms"]]
        explorer["median_ms"] = median(pooled)
        explorer["p90_ms"] = percentile(pooled, 90)
        explorer["cpu_median_ms"] = median(
            [t for control in explorer["controls"] for t in control.get("cpu_ms", [])])
        for control in explorer["controls"]:
            control["median_ms"] = median(control["ms"])
            control["p90_ms"] = percentile(control["ms"], 90)
    return result


def bench_notebooks(root, patterns, changes, budget):
    results = {}
    chosen = find_notebooks(root, patterns)
    print(f"Executing {len(chosen)} notebook(s) ...", flush=True)
    for path in chosen:
        key = path.relative_to(root).as_posix()
        result = run_notebook(path, changes, budget)
        results[key] = result
        status = result["error"] or f"{result['seconds']:.1f} s, {len(result['explorers'])} explorer(s)"
        print(f"  {key}: {status}", flush=True)
    return results


def bench_explorers(changes):
    """Every discovered explorer measured in one fresh kernel (see kernel_probe.EXPLORERS)."""
    import nbformat
    from nbclient import NotebookClient

    code = kernel_probe.EXPLORERS.replace("__CHANGES__", str(changes))
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    client = NotebookClient(notebook, timeout=1800, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(ROOT)}})
    print("Measuring every explorer in a kernel ...", flush=True)
    client.execute()
    found = []
    for output in notebook.cells[0].outputs:
        for line in output.get("text", "").splitlines():
            if line.startswith("NBC-EXPLORERS "):
                found = json.loads(line[len("NBC-EXPLORERS "):])
    for entry in found:
        pooled = [t for control in entry["controls"] for t in control["ms"]]
        entry["median_ms"], entry["p90_ms"] = median(pooled), percentile(pooled, 90)
        entry["ratio"] = entry["median_ms"] / entry["reference_ms"]
        for control in entry["controls"]:
            control["median_ms"] = median(control["ms"])
            control["p90_ms"] = percentile(control["ms"], 90)
            control["met"] = (control["median_ms"] <= TARGET_KERNEL_MS
                              and control["p90_ms"] <= TARGET_KERNEL_P90_MS)
        entry["met"] = all(control["met"] for control in entry["controls"])
        print(f"  {entry['builder']}: median {entry['median_ms']:.1f} ms, p90"
              f" {entry['p90_ms']:.1f} ms, {entry['ratio']:.1f} × reference", flush=True)
    return found


def render_explorers(explorers, env=None):
    """The explorers' table (markdown), under its own heading."""
    rows, details = [], []
    for entry in explorers:
        rows.append([f"`{entry['builder']}`", fmt(entry["build_ms"], 0),
                     "×".join(str(v) for v in entry["pixels"]), fmt(entry["reference_ms"], 1),
                     fmt(entry["median_ms"], 1), fmt(entry["p90_ms"], 1),
                     f"{entry['ratio']:.1f}", mark(entry["met"])])
        for control in entry["controls"]:
            details.append([f"`{entry['builder']}`", f"`{control['name']}`"
                            + (" (static)" if control["static"] else ""),
                            fmt(control["median_ms"], 1), fmt(control["p90_ms"], 1),
                            mark(control["met"])])
    return "\n".join([
        "## Explorers in the kernel: one control change", "",
        (f"Measured {env['date']}, load average at the start {env['load_average']}. "
         if env else "") +
        "Every explorer builder of the package, built with its defaults in one fresh kernel"
        " with one BLAS thread; each control moved forth and back, CPU time of the kernel per"
        " change (ms), PNG encoding included. The machine is shared (load average above), so"
        " the absolute numbers are pessimistic: *ratio* divides an explorer's median by a"
        " reference measured just before it in the same kernel (a 6 × 3 in FigureView with one"
        " moving line, refreshed), which is what to compare across runs. Targets per control:"
        f" median ≤ {TARGET_KERNEL_MS} ms, p90 ≤ {TARGET_KERNEL_P90_MS} ms. A control marked"
        " static rebuilds the background, once per value (then cached).", "",
        table(["explorer", "build (ms)", "pixels (2×)", "reference median", "median", "p90",
               "ratio", "every control met"], rows), "",
        "<details><summary>Per control</summary>", "",
        table(["explorer", "control", "median", "p90", "met"], details), "", "</details>", ""])


def update_results_section(markdown, heading="## Explorers in the kernel"):
    """Replace (or add) the explorers' section of RESULTS.md, leaving the rest as it was."""
    path = HERE / "RESULTS.md"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    start = text.find(heading)
    if start >= 0:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + markdown + ("\n" + text[end + 1:] if end >= 0 else "")
    else:
        anchor = text.find("\n## ")
        text = (text[:anchor + 1] + markdown + "\n" + text[anchor + 1:] if anchor >= 0
                else text + "\n" + markdown)
    path.write_text(text, encoding="utf-8")


# -- the browser -------------------------------------------------------------------------

def browser_timings(mode, root, timings_path):
    default = ROOT / "tests" / "browser" / "output" / "timings.json"
    if mode == "skip":
        return None, "not measured (--browser skip)"
    if timings_path:
        path = Path(timings_path)
    elif mode == "auto" and default.exists():
        path = default
    else:
        path = OUTPUT / "browser" / "timings.json"
        command = [sys.executable, "-m", "pytest", str(ROOT / "tests" / "browser"),
                   "-o", "addopts=", "-p", "no:cacheprovider", "-q",
                   "--notebooks-root", str(root), "--explorers-only",
                   "--browser-output", str(path.parent)]
        print("Running the browser suite on the notebooks with explorers ...", flush=True)
        completed = subprocess.run(command, cwd=ROOT)
        if completed.returncode not in (0, 1) or not path.exists():
            return None, f"the browser suite did not run (exit code {completed.returncode})"
    if not path.exists():
        return None, f"no browser timings at {path}"
    data = json.loads(path.read_text(encoding="utf-8"))
    when = datetime.fromtimestamp(data.get("finished", path.stat().st_mtime), UTC)
    by_explorer = {}
    for explorer in data.get("explorers", []):
        times = [t for control in explorer["controls"] for t in control["visible_ms"]]
        by_explorer[(explorer["notebook"], explorer["index"])] = median(times)
    return by_explorer, f"{path} ({when:%Y-%m-%d %H:%M} UTC)"


# -- import time -------------------------------------------------------------------------

IMPORT_SCRIPT = r"""
import importlib, pkgutil, sys, time
import numpy, matplotlib, matplotlib.pyplot
start = time.perf_counter()
import nbcompanion
bare = time.perf_counter() - start
import ipywidgets
names = [m.name for m in pkgutil.walk_packages(nbcompanion.__path__, "nbcompanion.")]
costs = {}
for name in names:
    start = time.perf_counter()
    importlib.import_module(name)
    costs[name] = time.perf_counter() - start
full = sum(costs.values())
slowest = sorted(costs, key=costs.get, reverse=True)[:3]
print(bare, bare + full, len(names), *(f"{n}={costs[n] * 1000:.0f}ms" for n in slowest))
"""


def bench_import(repeats=7):
    env = {**os.environ, "MPLBACKEND": "Agg"}
    bare, full, count, slowest = [], [], 0, []
    for _ in range(repeats):
        out = subprocess.run([sys.executable, "-c", IMPORT_SCRIPT], capture_output=True,
                             text=True, check=True, env=env, cwd=tempfile.gettempdir()).stdout
        b, f, count, *slowest = out.split()
        bare.append(float(b) * 1000)
        full.append(float(f) * 1000)
    return {"import_nbcompanion_ms": median(bare), "import_every_module_ms": median(full),
            "modules": int(count), "repeats": repeats, "slowest_of_last_run": slowest,
            "note": "after numpy, matplotlib and matplotlib.pyplot (and, for every module,"
                    " ipywidgets) are imported; median of fresh interpreters"}


# -- training throughput -----------------------------------------------------------------

def timed_fit(make, X, y, repeats):
    times, model = [], None
    for _ in range(repeats):
        model = make()
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model.fit(X, y)
        times.append(time.perf_counter() - start)
    return median(times), model


def compare(name, ours, theirs, X, y, X_test, y_test, epochs_of, repeats):
    """Fit both alternately; examples per second = examples × epochs run / best fit time."""
    our_times, their_times = [], []
    our_model = their_model = None
    for _ in range(repeats):
        t, our_model = timed_fit(ours, X, y, 1)
        our_times.append(t)
        t, their_model = timed_fit(theirs, X, y, 1)
        their_times.append(t)
    # The best of the repeats: other processes only ever slow a fit down.
    ours_rate = len(X) * epochs_of(our_model) / min(our_times)
    theirs_rate = len(X) * epochs_of(their_model) / min(their_times)
    return {"name": name, "ours_examples_per_s": ours_rate,
            "sklearn_examples_per_s": theirs_rate, "ratio": ours_rate / theirs_rate,
            "ours_epochs": epochs_of(our_model), "sklearn_epochs": epochs_of(their_model),
            "ours_test_accuracy": float(our_model.score(X_test, y_test)),
            "sklearn_test_accuracy": float(their_model.score(X_test, y_test)),
            "n_train": len(X), "n_features": X.shape[1], "repeats": repeats}


def network_class():
    try:
        from nbcompanion.network import NetworkClassifier
    except ImportError as error:
        return None, f"nbcompanion.network.NetworkClassifier is not available ({error})"
    return NetworkClassifier, None


def network_kwargs(cls, hidden, batch_size, learning_rate, epochs, dtype):
    """Map the benchmark's settings onto the parameter names NetworkClassifier really has."""
    names = set(inspect.signature(cls).parameters)
    wanted = {"hidden_layer_sizes": hidden, "activation": "relu", "batch_size": batch_size,
              "random_state": 0, "shuffle": True}
    for key in ("learning_rate", "learning_rate_init", "alpha"):
        if key in names:
            wanted[key] = learning_rate
            break
    for key in ("max_epochs", "epochs", "max_iter", "n_epochs"):
        if key in names:
            wanted[key] = epochs
            break
    if "weight_decay" in names:
        wanted["weight_decay"] = 0.0
    if "dtype" in names:
        wanted["dtype"] = dtype
    return {key: value for key, value in wanted.items() if key in names}


def bench_training(repeats, epochs):
    import numpy as np
    from sklearn.linear_model import Perceptron as SkPerceptron
    from sklearn.neural_network import MLPClassifier

    from nbcompanion import data
    from nbcompanion.perceptron import Perceptron

    images, labels = data.load_mnist("train")
    test_images, test_labels = data.load_mnist("test")
    results, notes = [], []

    # Perceptron: MNIST 4 vs 9 (not separable, so every epoch runs), online updates, no
    # shuffling, the same epochs.
    pair = np.isin(labels, (4, 9))
    X = images[pair].reshape(-1, 784) / 255.0
    y = labels[pair].astype(int)
    pair_test = np.isin(test_labels, (4, 9))
    X_test, y_test = test_images[pair_test].reshape(-1, 784) / 255.0, test_labels[pair_test].astype(int)
    print(f"Training throughput: Perceptron on MNIST 4 vs 9 ({len(X)} images) ...", flush=True)
    results.append(compare(
        "Perceptron, MNIST 4 vs 9, batch 1, no shuffle",
        lambda: Perceptron(learning_rate=1.0, max_epochs=epochs, shuffle=False,
                           record_history=False),
        lambda: SkPerceptron(eta0=1.0, max_iter=epochs, shuffle=False, tol=None),
        X, y, X_test, y_test, lambda model: model.n_iter_, repeats))

    # The multilayer network: 784-100-10 ReLU, softmax + cross-entropy, plain SGD.
    cls, missing = network_class()
    if cls is None:
        notes.append(f"Network row skipped: {missing}.")
        print(f"  skipped the network: {missing}", flush=True)
        return {"rows": results, "notes": notes}
    n_train, hidden, batch, rate = 10000, (100,), 128, 0.1
    for dtype in ("float64", "float32"):
        X = (images[:n_train].reshape(-1, 784) / 255.0).astype(dtype)
        y = labels[:n_train].astype(int)
        X_test = (test_images.reshape(-1, 784) / 255.0).astype(dtype)
        kwargs = network_kwargs(cls, hidden, batch, rate, epochs, dtype)
        if dtype == "float32" and kwargs.get("dtype") != "float32":
            notes.append("NetworkClassifier has no dtype parameter: no float32 row.")
            break
        print(f"Training throughput: network 784-100-10 on {n_train} MNIST images, {dtype} ...",
              flush=True)
        results.append(compare(
            f"Network 784-100-10 ReLU, SGD, batch {batch}, α={rate}, MNIST {n_train}, {dtype}",
            lambda kwargs=kwargs: cls(**kwargs),
            lambda: MLPClassifier(hidden_layer_sizes=hidden, activation="relu", solver="sgd",
                                  batch_size=batch, learning_rate="constant",
                                  learning_rate_init=rate, momentum=0.0,
                                  nesterovs_momentum=False, alpha=0.0, max_iter=epochs,
                                  tol=0.0, n_iter_no_change=epochs + 10, early_stopping=False,
                                  shuffle=True, random_state=0),
            X, y, X_test, test_labels, lambda model: getattr(model, "n_iter_", epochs), repeats))
        results[-1]["ours_parameters"] = {k: (list(v) if isinstance(v, tuple) else v)
                                          for k, v in kwargs.items()}
    return {"rows": results, "notes": notes}


# -- the report --------------------------------------------------------------------------

def environment():
    import matplotlib
    import numpy
    import sklearn

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPU(s)",
            "python": platform.python_version(), "numpy": numpy.__version__,
            "scikit-learn": sklearn.__version__, "matplotlib": matplotlib.__version__,
            "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS"),
            "load_average": [round(x, 2) for x in load] if load else None}


def render(report):
    env = report["environment"]
    parts = ["# Benchmark results", "",
             f"Measured {env['date']} on {env['machine']}, Python {env['python']}, numpy"
             f" {env['numpy']}, scikit-learn {env['scikit-learn']}, matplotlib"
             f" {env['matplotlib']}, {env['blas_threads']} BLAS thread(s); load average at the"
             f" start {env['load_average']}. Regenerate with `python3 tasks.py bench`.", ""]
    notebooks = report.get("notebooks")
    if notebooks:
        rows = []
        for key, result in notebooks.items():
            seconds = result["seconds"]
            rows.append([f"`{key}`", result["error"] or fmt(seconds, 1, " s"),
                         len(result["explorers"]),
                         mark(None if seconds is None else seconds < TARGET_NOTEBOOK_S)])
        total = sum(r["seconds"] for r in notebooks.values() if r["seconds"] is not None)
        parts += ["## Executing the notebooks (kernel start included)", "",
                  table(["notebook", "time", "explorers", f"< {TARGET_NOTEBOOK_S} s"], rows), "",
                  f"Total: {total:.1f} s for {len(notebooks)} notebooks.", ""]
        browser = report.get("browser") or {}
        visible = browser.get("by_explorer") or {}
        rows = []
        for key, result in notebooks.items():
            for explorer in result["explorers"]:
                slow = max((c for c in explorer["controls"] if c.get("median_ms") is not None),
                           key=lambda c: c["median_ms"], default=None)
                seen = visible.get(f"{key}#{explorer['index']}")
                kernel_ok = (None if explorer["median_ms"] is None
                             else explorer["median_ms"] < TARGET_KERNEL_MS)
                rows.append([f"`{key}` #{explorer['index']}", f"`{explorer['builder']}`",
                             len(explorer["controls"]), fmt(explorer["median_ms"], 1),
                             fmt(explorer["p90_ms"], 1), fmt(explorer.get("cpu_median_ms"), 1),
                             f"{slow['name']} {fmt(slow['median_ms'], 1)}" if slow else "–",
                             fmt(seen, 0), mark(kernel_ok),
                             mark(None if seen is None else seen <= TARGET_BROWSER_MS)])
        if rows:
            parts += ["## Explorers: one control change", "",
                      "Kernel: the callback chain until the new PNG is in the image widget,"
                      " every control changed in turn (ms, wall clock; the CPU time of the"
                      " kernel's thread beside it shows the cost without other processes'"
                      " interference). Browser: median time from the key"
                      " press or click to the new picture on screen in JupyterLab (ms), from "
                      + browser.get("source", "–") + ".", "",
                      table(["explorer", "built by", "controls", "kernel median", "kernel p90",
                             "kernel CPU median",
                             "slowest control (median)", "browser median",
                             f"kernel < {TARGET_KERNEL_MS}", f"browser ≤ {TARGET_BROWSER_MS}"],
                            rows), ""]
            still = [f"`{key}` #{explorer['index']} `{control['name']}`"
                     for key, result in notebooks.items() for explorer in result["explorers"]
                     for control in explorer["controls"]
                     if not control["ms"] and not control.get("skipped")]
            if still:
                parts += ["Controls whose change left the picture as it was (in the kernel): "
                          + ", ".join(still) + ".", ""]
    imported = report.get("import")
    if imported:
        parts += ["## Import time", "",
                  f"`import nbcompanion`: {imported['import_nbcompanion_ms']:.0f} ms; every one of"
                  f" its {imported['modules']} modules: {imported['import_every_module_ms']:.0f} ms"
                  f" ({imported['note']}). Slowest modules in the last run: "
                  + ", ".join(f"`{item}`" for item in imported["slowest_of_last_run"]) + ".", ""]
    training = report.get("training")
    if training:
        rows = [[row["name"], fmt(row["ours_examples_per_s"]), fmt(row["sklearn_examples_per_s"]),
                 f"{row['ratio']:.2f}", f"{row['ours_test_accuracy']:.3f} /"
                 f" {row['sklearn_test_accuracy']:.3f}"] for row in training["rows"]]
        parts += ["## Training throughput against scikit-learn (examples per second)", "",
                  "Same data, architecture, batch size, learning rate and epochs; fits"
                  " alternate, the fastest of the repeats counts; ratio = nbcompanion /"
                  " scikit-learn.", "",
                  table(["task", "nbcompanion", "scikit-learn", "ratio", "test accuracy"], rows),
                  ""] + [f"- {note}" for note in training["notes"]] + [""]
    if report.get("explorers"):
        parts += [render_explorers(report["explorers"], report["environment"])]
    parts += ["## Targets", ""]
    missed = report["missed"]
    parts += ([f"- missed: {item}" for item in missed] if missed
              else ["- every target measured here was met."])
    unmeasured = []
    if not report.get("notebooks"):
        unmeasured.append("notebook run times and explorer latency (no notebooks measured)")
    if not (report.get("browser") or {}).get("by_explorer"):
        unmeasured.append("visible latency in the browser (no browser timings)")
    if not any(row["name"].startswith("Network")
               for row in (report.get("training") or {}).get("rows", [])):
        unmeasured.append("the network's training speed")
    parts += [f"- not measured: {item}" for item in unmeasured] + [""]
    return "\n".join(parts)


def missed_targets(report):
    missed = []
    for entry in report.get("explorers") or []:
        for control in entry["controls"]:
            if not control["met"]:
                missed.append(f"`{entry['builder']}` control `{control['name']}`:"
                              f" {control['median_ms']:.0f} ms median,"
                              f" {control['p90_ms']:.0f} ms p90 of kernel CPU (targets"
                              f" ≤ {TARGET_KERNEL_MS} / ≤ {TARGET_KERNEL_P90_MS} ms)")
    for key, result in (report.get("notebooks") or {}).items():
        if result["error"]:
            missed.append(f"`{key}` failed: {result['error']}")
        elif result["seconds"] >= TARGET_NOTEBOOK_S:
            missed.append(f"`{key}` took {result['seconds']:.1f} s (target < {TARGET_NOTEBOOK_S} s)")
        for explorer in result["explorers"]:
            if explorer["median_ms"] is not None and explorer["median_ms"] >= TARGET_KERNEL_MS:
                missed.append(f"`{key}` explorer #{explorer['index']} ({explorer['builder']}):"
                              f" {explorer['median_ms']:.0f} ms median in the kernel"
                              f" (target < {TARGET_KERNEL_MS} ms)")
    visible = (report.get("browser") or {}).get("by_explorer") or {}
    for name, seen in visible.items():
        if seen is not None and seen > TARGET_BROWSER_MS:
            missed.append(f"`{name}`: {seen:.0f} ms median visible in the browser"
                          f" (target ≤ {TARGET_BROWSER_MS} ms)")
    for row in (report.get("training") or {}).get("rows", []):
        if row["name"].startswith("Network") and row["ratio"] < 1:
            missed.append(f"{row['name']}: {row['ratio']:.2f} × MLPClassifier's speed"
                          " (target ≥ 1)")
    return missed


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=str(ROOT), help="folder with chapters/ etc.")
    parser.add_argument("--notebooks", nargs="*", default=None,
                        help="only notebooks whose name or path matches these globs")
    parser.add_argument("--skip", nargs="*", default=[],
                        choices=["notebooks", "explorers", "browser", "import", "training"])
    parser.add_argument("--browser", default="auto", choices=["auto", "run", "reuse", "skip"],
                        help="auto: reuse tests/browser/output/timings.json if present, else run")
    parser.add_argument("--browser-timings", default=None, help="a browser suite timings.json")
    parser.add_argument("--changes", type=int, default=20, help="timed changes per control")
    parser.add_argument("--budget", type=float, default=3.0, help="seconds per control at most")
    parser.add_argument("--repeats", type=int, default=5, help="fits per model (best counts)")
    parser.add_argument("--epochs", type=int, default=5, help="training epochs")
    args = parser.parse_args(argv)
    root = Path(args.root).resolve()
    # The notebooks' kernel is the one this interpreter's environment registered as "python3".
    scratch = tempfile.mkdtemp(prefix="nbcompanion-bench-")
    os.environ["JUPYTER_DATA_DIR"] = scratch

    report = {"environment": environment(), "targets": {
        "kernel_ms": TARGET_KERNEL_MS, "browser_ms": TARGET_BROWSER_MS,
        "notebook_s": TARGET_NOTEBOOK_S}}
    try:
        if "explorers" not in args.skip:
            report["explorers"] = bench_explorers(args.changes)
        if "notebooks" not in args.skip:
            report["notebooks"] = bench_notebooks(root, args.notebooks, args.changes, args.budget)
        if "browser" not in args.skip and args.browser != "skip":
            mode = "reuse" if args.browser_timings else args.browser
            by_explorer, source = browser_timings(mode, root, args.browser_timings)
            measured = report.get("notebooks")
            report["browser"] = {"source": source, "by_explorer": {
                f"{nb}#{i}": t for (nb, i), t in (by_explorer or {}).items()
                if measured is None or nb in measured}}
        if "import" not in args.skip:
            print("Import time ...", flush=True)
            report["import"] = bench_import()
        if "training" not in args.skip:
            report["training"] = bench_training(args.repeats, args.epochs)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    report["missed"] = missed_targets(report)
    markdown = render(report)
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False),
                                        encoding="utf-8")
    (OUTPUT / "report.md").write_text(markdown, encoding="utf-8")
    print()
    print(markdown)
    complete = not args.skip and args.notebooks is None and root == ROOT
    if complete:
        (HERE / "RESULTS.md").write_text(markdown, encoding="utf-8")
        print(f"Wrote {OUTPUT / 'report.json'} and {HERE / 'RESULTS.md'}")
    elif report.get("explorers"):
        update_results_section(render_explorers(report["explorers"], report["environment"]))
        print(f"Wrote {OUTPUT / 'report.json'}; RESULTS.md: the explorers' section only")
    else:
        print(f"Wrote {OUTPUT / 'report.json'} (a partial run: RESULTS.md left as it was)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
