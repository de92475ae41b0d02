"""The committed result of experiments/1.5.2-depth-reduces-parameters.py, recomputed in part."""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "experiments" / "1.5.2-depth-reduces-parameters.py"
RESULT = ROOT / "experiments" / "results" / "1.5.2-depth-reduces-parameters.json"


def load_script():
    spec = importlib.util.spec_from_file_location("depth_experiment", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stored():
    return json.loads(RESULT.read_text(encoding="utf-8"))


@pytest.mark.parametrize("architecture, r, seed", [("deep", 2, 0), ("shallow", 3, 1),
                                                   ("deep", 4, 5)])
def test_lbfgs_runs_are_reproduced(stored, architecture, r, seed):
    expected = stored["lbfgs"][f"{architecture}-{r}"]["runs"][seed]
    got = load_script().run_one(architecture, r, seed)
    assert got["pieces"] == expected["pieces"]
    assert got["mse"] == pytest.approx(expected["mse"], rel=1e-2, abs=1e-7)


def test_noisy_start_is_reproduced(stored):
    expected = stored["noise"]["0.01"]["runs"][0]
    got = load_script().run_one("deep", 4, 0, noise=0.01)
    assert got["mse"] == pytest.approx(expected["mse"], rel=5e-2, abs=1e-7)


def test_summary_matches_its_runs(stored):
    script = load_script()
    for group in ("lbfgs", "sgd", "noise"):
        for entry in stored[group].values():
            summary = script.summary(entry["runs"])
            assert {k: entry[k] for k in summary} == summary


def test_equal_parameter_counts(stored):
    for r in (2, 3, 4):
        deep, shallow = stored["lbfgs"][f"deep-{r}"], stored["lbfgs"][f"shallow-{r}"]
        assert deep["parameters"] == shallow["parameters"] == 6 * r + 1
