"""The notebooks as files: both editions present, identical code, built from their sources.

Executing them and comparing their stored outputs is nbval's job (strict mode, run by
``python3 tasks.py test``); these tests check what nbval cannot see.
"""

import re
from pathlib import Path

import jupytext
import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("chapters", "exercises", "solutions")
SOURCES = sorted((ROOT / "source").glob("*/*.py"))
NOTEBOOKS = sorted(p for kind in KINDS for p in (ROOT / kind).glob("*/*.ipynb"))
IGNORE_REASON = re.compile(r"^# Output not compared: \S.*")


def code_cells(notebook):
    return [cell.source for cell in notebook.cells if cell.cell_type == "code"]


@pytest.mark.parametrize("kind", KINDS)
def test_both_editions_have_the_same_notebooks(kind):
    english = sorted(p.name for p in (ROOT / kind / "en").glob("*.ipynb"))
    russian = sorted(p.name for p in (ROOT / kind / "ru").glob("*.ipynb"))
    assert english == russian


@pytest.mark.parametrize("source", SOURCES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_editions_hold_exactly_the_code_of_their_source(source):
    expected = code_cells(jupytext.read(source, fmt="py:percent"))
    for lang in ("en", "ru"):
        path = ROOT / source.parent.name / lang / f"{source.stem}.ipynb"
        assert path.exists(), f"{path} is missing: run `python3 tasks.py notebooks {source.stem}`"
        assert code_cells(nbformat.read(path, as_version=4)) == expected, (
            f"{path} differs from {source}: edit the source, then rebuild it")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_notebook_has_a_source(path):
    assert (ROOT / "source" / path.parent.parent.name / f"{path.stem}.py").exists()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_stored_outputs_are_complete_and_error_free(path):
    notebook = nbformat.read(path, as_version=4)
    for number, cell in enumerate(notebook.cells):
        if cell.cell_type != "code" or not cell.source.strip():
            continue
        assert cell.execution_count is not None, f"cell {number} was never run"
        assert all(o.output_type != "error" for o in cell.outputs), f"cell {number} stores an error"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_ignored_outputs_say_why(path):
    notebook = nbformat.read(path, as_version=4)
    for number, cell in enumerate(notebook.cells):
        if "nbval-ignore-output" in cell.metadata.get("tags", []):
            assert IGNORE_REASON.match(cell.source), (
                f"cell {number} ignores its output without '# Output not compared: <reason>'")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebooks_start_with_a_title_and_name_their_edition(path):
    notebook = nbformat.read(path, as_version=4)
    first = notebook.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert notebook.metadata["nbcompanion"]["edition"] == path.parent.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_links_to_other_notebooks_resolve(path):
    notebook = nbformat.read(path, as_version=4)
    prose = "\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    for target in re.findall(r"\]\(([^)#\s]+\.ipynb)(?:#[^)]*)?\)", prose):
        if "://" not in target:
            assert (path.parent / target).resolve().exists(), f"broken link to {target}"
