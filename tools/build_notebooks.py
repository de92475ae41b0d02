"""Build both editions of every notebook from its one source, and store the outputs.

A source is a jupytext "percent" script in ``source/<kind>/NAME.py``. A cell without a
``lang`` goes to both editions; a markdown or code cell whose header says ``lang="en"`` or
``lang="ru"`` goes to that edition only. A code cell that prints, labels or comments is
written twice, once per language, and the pair may differ only in comments and string
literals (``tests/test_notebooks.py`` compares their syntax trees with those removed), so each
edition speaks its own language and never shows a translation key. Each notebook is then
executed in its own folder and written with its outputs.

The build appends the way through: every chapter notebook ends with links to the previous
and next section and to the contents, in its edition's language, in the order of the section
numbers of ``source/chapters/*.py`` (so a new notebook takes its place by its name alone); an
exercise links to its solution and a solution back to its exercise.

"Try it" suggestions are fenced ```` ```python ```` blocks in markdown; the tests run each one
after the notebook's code, so every suggestion runs as written.

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
import os
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
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


def sources(patterns):
    found = sorted(SOURCE.glob("*/*.py"))
    if not patterns:
        return found
    chosen = [path for path in found
              if any(fnmatch.fnmatch(path.stem, p) or path.stem.startswith(p) for p in patterns)]
    if not chosen:
        sys.exit(f"No source in {SOURCE.relative_to(ROOT)} matches {patterns}.")
    return chosen


NAV = {
    "en": {"previous": "Previous", "next": "Next", "contents": "Contents",
           "solution": "Solution of this exercise", "exercise": "Back to the exercise",
           "section": "the section"},
    "ru": {"previous": "Назад", "next": "Дальше", "contents": "Содержание",
           "solution": "Решение этого упражнения", "exercise": "Назад к упражнению",
           "section": "раздел"},
}


def section_number(stem):
    """``"1.2.1.1-perceptron-objective"`` → ``(1, 2, 1, 1)``: the order of the chapter."""
    return tuple(int(part) for part in stem.split("-")[0].split("."))


def chapter_order():
    """The chapter sources sorted by section number (1.2.1.6 before 1.2.2 before 1.3)."""
    return sorted((SOURCE / "chapters").glob("*.py"), key=lambda p: section_number(p.stem))


def title(source, lang):
    """The text of the ``# `` heading that starts ``source``'s edition ``lang``."""
    for cell in jupytext.read(source, fmt="py:percent").cells:
        if cell.cell_type == "markdown" and cell.metadata.get("lang") in (None, lang):
            first = cell.source.lstrip().splitlines()[0]
            if first.startswith("# "):
                return first[2:].strip()
    raise ValueError(f"{source.name}: no '# ' heading for lang={lang!r}.")


def _section_link(source, lang):
    heading = title(source, lang)
    return f"[{'§' if heading[:1].isdigit() else ''}{heading}]({source.stem}.ipynb)"


def navigation(source, lang):
    """The markdown of the links that end ``source``'s notebook in ``lang``, or None."""
    words = NAV[lang]
    kind = source.parent.name
    if kind == "chapters":
        order = chapter_order()
        i = order.index(source)
        parts = []
        if i > 0:
            parts.append(f"← {words['previous']}: {_section_link(order[i - 1], lang)}")
        contents = order[0]
        if contents not in (source, order[i - 1]):
            parts.append(f"[{words['contents']}]({contents.stem}.ipynb)")
        if i + 1 < len(order):
            parts.append(f"{words['next']}: {_section_link(order[i + 1], lang)} →")
        return "---\n\n" + " · ".join(parts)
    other = {"exercises": "solutions", "solutions": "exercises"}.get(kind)
    if other is None or not (SOURCE / other / source.name).exists():
        return None
    label = words["solution"] if kind == "exercises" else words["exercise"]
    contents = f"../../chapters/{lang}/{chapter_order()[0].stem}.ipynb"
    return (f"---\n\n[{label}](../../{other}/{lang}/{source.stem}.ipynb) · "
            f"[{words['contents']}]({contents})")


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
    links = navigation(source, lang)
    if links is not None:
        cells.append(nbformat.v4.new_markdown_cell(links, metadata={"tags": ["navigation"]}))
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


def execute_checked(notebook, folder):
    """``execute`` with every figure checked in the kernel (nbcompanion.plots._check): a
    figure with text outside it or a legend over its data fails the build (unless the
    environment says NBCOMPANION_CHECK_FIGURES=0)."""
    os.environ.setdefault("NBCOMPANION_CHECK_FIGURES", "1")
    notebook = execute(notebook, folder)
    failed = [line for cell in notebook.cells for output in cell.get("outputs", [])
              if output.get("name") == "stderr" for line in output.get("text", "").splitlines()
              if line.startswith("nbcompanion figure check failed")]
    if failed:
        raise CellExecutionError("\n".join(failed), "FigureCheck", failed[0])
    return notebook


def stable_widget_ids(notebook, name):
    """Replace random widget model ids by ids derived from ``name`` and their order.

    The ids are those of the widget views in the outputs (and of any stored widget state),
    so building a notebook twice writes the same file.
    """
    found = list(notebook.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {}))
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view and view.get("model_id") and view["model_id"] not in found:
                found.append(view["model_id"])
    if not found:
        return notebook
    text = json.dumps(notebook)
    for i, old in enumerate(found):
        text = text.replace(old, uuid.uuid5(uuid.NAMESPACE_URL, f"{name}/{i}").hex)
    return nbformat.from_dict(json.loads(text))


def build(source):
    kind = source.parent.name
    for lang in LANGUAGES:
        folder = ROOT / kind / lang
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"{source.stem}.ipynb"
        print(f"  {target.relative_to(ROOT)}", flush=True)
        notebook = execute_checked(edition(source, lang), folder)
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
