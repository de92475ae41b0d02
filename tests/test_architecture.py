"""§1.4.1.4: parameter counts and widths for a budget; the experiment's first point."""

import importlib.util
import json
from pathlib import Path

import pytest

from nbcompanion.architecture import parameter_count, width_for_budget
from nbcompanion.network import FeedForwardNetwork

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("sizes", [[64, 133, 10], [64, 54, 54, 54, 10], [3, 1]])
def test_parameter_count_matches_the_network(sizes):
    assert parameter_count(sizes) == FeedForwardNetwork(sizes).get_parameters().size
    assert parameter_count(sizes, bias=False) == FeedForwardNetwork(
        sizes, bias=False).get_parameters().size


def test_width_for_budget_is_the_closest():
    # Depth 2: p² + 77p + 10 parameters; p = 69 gives 10 015, p = 68 gives 9 870.
    assert width_for_budget(64, 10, 2, 10_000) == 69
    for depth in (1, 2, 3, 4):
        p = width_for_budget(64, 10, depth, 10_000)
        count = [parameter_count([64] + [w] * depth + [10]) for w in (p - 1, p, p + 1)]
        assert abs(count[1] - 10_000) <= min(abs(count[0] - 10_000), abs(count[2] - 10_000))


def test_depth_script_reproduces_its_first_run():
    spec = importlib.util.spec_from_file_location(
        "depth_script", ROOT / "experiments" / "1.4.1.4-depth-and-breadth.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = json.loads((ROOT / "experiments" / "results" /
                         "1.4.1.4-depth-and-breadth.json").read_text())
    train, test = module.run_one(1, 0)
    assert train == pytest.approx(result["train_error"][0][0], abs=0.003)
    assert test == pytest.approx(result["test_error"][0][0], abs=0.003)
