"""environment.yml (conda, Binder, JupyterHub) asks for what pyproject.toml asks for."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def requirement(text):
    name, spec = re.match(r"^\s*([A-Za-z0-9_.-]+)\s*(.*)$", text).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = project["dependencies"] + [
        r for extra in ("lab", "test") for r in project["optional-dependencies"][extra]]
    conda = yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]
    listed = dict(requirement(d) for d in conda if isinstance(d, str) and d not in ("pip",))
    listed.pop("python")
    assert listed == dict(requirement(r) for r in wanted)


def test_constraints_pin_every_direct_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = dict(line.split("==") for line in
                (ROOT / "requirements" / "constraints.txt").read_text().splitlines()
                if "==" in line)
    pins = {name.lower(): version for name, version in pins.items()}
    names = [requirement(r)[0] for r in project["dependencies"]] + [
        requirement(r)[0] for extra in project["optional-dependencies"].values() for r in extra]
    assert [n for n in names if n not in pins] == []


def test_locked_versions_satisfy_environment_yml():
    """What Binder resolves from environment.yml admits the versions CI tested (the lock)."""
    from packaging.specifiers import SpecifierSet

    pins = {name.lower().replace("_", "-"): version for name, version in (
        line.split("==") for line in
        (ROOT / "requirements" / "constraints.txt").read_text().splitlines() if "==" in line)}
    conda = yaml.safe_load((ROOT / "environment.yml").read_text())["dependencies"]
    listed = dict(requirement(d) for d in conda if isinstance(d, str) and d != "pip")
    python = listed.pop("python")
    outside = {name: (pins.get(name), spec) for name, spec in listed.items()
               if pins.get(name) is None or pins[name] not in SpecifierSet(spec.replace(",", ", "))}
    assert outside == {}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert python.removeprefix("python") == project["requires-python"]
