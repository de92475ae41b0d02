"""site/build.py without Sphinx: page order, links, alternative text, explorers as snapshots."""

import importlib.util
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("site_build", ROOT / "site" / "build.py")
build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build)
REPO = "https://example.org/me/nbcompanion"


def test_pages_follow_the_book_not_the_alphabet():
    names = ["1.10-x", "1.2.1.10-y", "1.2.1.9-z", "1.2-a", "1.9-b", "1.2.1-c"]
    ordered = sorted((Path(f"{n}.ipynb") for n in names), key=build.section_key)
    assert [p.stem for p in ordered] == ["1.2-a", "1.2.1-c", "1.2.1.9-z", "1.2.1.10-y",
                                         "1.9-b", "1.10-x"]
    exercises = sorted((Path(f"ex{n}-q.ipynb") for n in (10, 2, 1)), key=build.section_key)
    assert [p.stem for p in exercises] == ["ex1-q", "ex2-q", "ex10-q"]


@pytest.mark.parametrize(("target", "expected"), [
    ("1.3-backpropagation.ipynb", "../chapters/1.3-backpropagation.ipynb"),
    # JupyterLab's heading anchors do not exist on the site: the link lands on the page
    ("../../exercises/en/ex05-product.ipynb#part-b", "../exercises/ex05-product.ipynb"),
    ("../../solutions/en/", "../solutions/index.md"),
    ("../../chapters/ru/1.1-introduction.ipynb", "../../ru/chapters/1.1-introduction.html"),
    ("../../nbcompanion/perceptron.py", f"{REPO}/blob/main/nbcompanion/perceptron.py"),
    ("https://scikit-learn.org/", "https://scikit-learn.org/"),
    ("#a-heading", "#a-heading"),
])
def test_repository_links_become_site_links(target, expected):
    assert build.site_link(target, "chapters", "en", REPO, "main") == expected


def test_raw_html_links_name_the_built_page():
    html = '<a href="../../solutions/en/ex02-symmetries.ipynb#b">solution</a>'
    out = build.HREF.sub(
        lambda m: m[1] + build.html_target(m[2], "exercises", "en", REPO, "main") + m[3], html)
    assert out == '<a href="../solutions/ex02-symmetries.html">solution</a>'


def notebook_with_explorer():
    snapshot = nbformat.v4.new_code_cell(
        'ax.set_title("Сигмоида и её производная")\nexplorer.snapshot()',
        outputs=[nbformat.v4.new_output("execute_result", data={
            "image/png": "iVBORw0KGgo=", "text/plain": "<IPython.core.display.Image object>"},
            execution_count=1)])
    live = nbformat.v4.new_code_cell("explorer", outputs=[nbformat.v4.new_output(
        "execute_result", data={"application/vnd.jupyter.widget-view+json": {
            "model_id": "abc", "version_major": 2, "version_minor": 0},
            "text/plain": "Explorer(...)"}, execution_count=2)])
    plain = nbformat.v4.new_code_cell("explorer.snapshot()", outputs=[nbformat.v4.new_output(
        "display_data", data={"image/png": "iVBORw0KGgo="})])
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("# 1.2.1.3 Функции активации\n\n## Интерактивный рисунок"),
        snapshot, live, plain])
    notebook.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    return notebook


def test_explorer_becomes_its_snapshot_and_a_note_in_the_page_language():
    page = build.adapt_notebook(notebook_with_explorer(), "chapters", "ru", REPO, "main")
    assert "widgets" not in page.metadata
    outputs = [o for cell in page.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not any(build.WIDGET_VIEW in o.get("data", {}) for o in outputs)
    note = page.cells[2].outputs[0].data["text/html"]
    assert "Интерактивный рисунок" in note and "tasks.py lab" in note


def test_every_figure_gets_alternative_text_in_the_page_language():
    page = build.adapt_notebook(notebook_with_explorer(), "chapters", "ru", REPO, "main")
    assert page.cells[1].metadata["mystnb"]["image"]["alt"] == (
        "Рисунок: Сигмоида и её производная")
    # no title in the code: the section heading, and that it is an explorer's snapshot
    assert page.cells[3].metadata["mystnb"]["image"]["alt"] == (
        "Рисунок: Интерактивный рисунок (снимок интерактивного рисунка)")
    assert "mystnb" not in page.cells[2].metadata
