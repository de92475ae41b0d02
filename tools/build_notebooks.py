"""Build both editions of every notebook from its one source, and store the outputs.

A source is a jupytext "percent" script in ``source/<kind>/NAME.py``. Code cells are shared;
a markdown cell whose header says ``lang="en"`` or ``lang="ru"`` goes to that edition only.
So ``chapters/en/NAME.ipynb`` and ``chapters/ru/NAME.ipynb`` get identical code cells by
construction. Each notebook is then executed in its own folder (which is how the package
knows its language) and written with its outputs.

Widget state is not stored: a viewer without a kernel shows the static snapshot above each
explorer and the explorer's one-line note, and the notebooks stay small.

The result is deterministic: execution counts restart at 1, timings are not recorded, stream
outputs split into chunks are joined, and the random ids of widget models are replaced by ids
derived from the notebook's name and their order, so building twice changes nothing.

Usage: ``python tools/build_notebooks.py [NAME-OR-GLOB ...]`` (default: every source).
"""

import argparse
import fnmatch
import json
import sys
import uuid
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert.preprocessors import CoalesceStreamsPreprocessor

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
LANGUAGES = ("en", "ru")
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def sources(patterns):
    found = sorted(SOURCE.glob("*/*.py"))
    if not patterns:
        return found
    chosen = [path for path in found
              if any(fnmatch.fnmatch(path.stem, p) or path.stem.startswith(p) for p in patterns)]
    if not chosen:
        sys.exit(f"No source in {SOURCE.relative_to(ROOT)} matches {patterns}.")
    return chosen


def edition(source, lang):
    """Return the notebook of ``source`` for ``lang``, not yet executed."""
    notebook = jupytext.read(source, fmt="py:percent")
    cells = []
    for cell in notebook.cells:
        cell_lang = cell.metadata.pop("lang", None)
        cell.metadata.pop("lines_to_next_cell", None)
        if cell_lang not in (None, *LANGUAGES):
            raise ValueError(f"{source.name}: unknown lang={cell_lang!r} in a cell header.")
        if cell_lang in (None, lang):
            cells.append(cell)
    result = nbformat.v4.new_notebook(cells=cells)
    for i, cell in enumerate(result.cells):
        cell["id"] = f"{source.stem}-{i}".replace(".", "-")[:64]
    result.metadata = {"kernelspec": KERNELSPEC, "language_info": {"name": "python"},
                       "nbcompanion": {"edition": lang, "source": str(source.relative_to(ROOT))}}
    return result


def execute(notebook, folder):
    client = NotebookClient(notebook, timeout=600, kernel_name="python3", record_timing=False,
                            store_widget_state=False, resources={"metadata": {"path": str(folder)}})
    client.execute()
    # One print can arrive in several chunks, split differently from run to run.
    notebook, _ = CoalesceStreamsPreprocessor().preprocess(notebook, {})
    return notebook


def stable_widget_ids(notebook, name):
    """Replace random widget model ids by ids derived from ``name`` and their order."""
    state = notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    if not state:
        return notebook
    text = json.dumps(notebook)
    for i, old in enumerate(state):
        text = text.replace(old, uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{i}").hex)
    return nbformat.from_dict(json.loads(text))


def build(source):
    kind = source.parent.name
    for lang in LANGUAGES:
        folder = ROOT / kind / lang
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{source.stem}.ipynb"
        print(f"  {target.relative_to(ROOT)}", flush=True)
        notebook = execute(edition(source, lang), folder)
        notebook = stable_widget_ids(notebook, f"{kind}/{lang}/{source.stem}")
        nbformat.validate(notebook)
        nbformat.write(notebook, target)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="*", help="source names, their beginnings or globs")
    args = parser.parse_args(argv)
    chosen = sources(args.patterns)
    print(f"Building {len(chosen)} source(s) into {len(chosen) * len(LANGUAGES)} notebooks")
    failed = []
    for source in chosen:
        try:
            build(source)
        except CellExecutionError as error:
            failed.append(source.name)
            print(f"FAILED {source.name}:\n{error}", file=sys.stderr)
    if failed:
        sys.exit(f"{len(failed)} notebook source(s) failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
