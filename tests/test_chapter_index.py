"""The index of §1.9 and the contents: every item of the chapter has an entry, every link
resolves, and the stored notebooks show what the index says today."""

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import nbformat
import pytest

from nbcompanion import chapter_index
from nbcompanion.chapter_index import Target

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("en", "ru")

# The chapter's numbered sections (the headings of the book, as listed in MAP.md's table
# with its ranges spelled out), equations (1.1)-(1.37), figures 1.1-1.20, exercises 1-11.
CHAPTER_SECTIONS = """
1.1 1.1.1 1.2 1.2.1 1.2.1.1 1.2.1.2 1.2.1.3 1.2.1.4 1.2.1.5 1.2.1.6 1.2.2 1.2.3 1.3
1.4 1.4.1 1.4.1.1 1.4.1.2 1.4.1.3 1.4.1.4 1.4.1.5 1.4.2 1.4.3 1.4.4 1.4.5
1.5 1.5.1 1.5.2 1.5.3 1.5.3.1 1.5.3.2 1.6 1.6.1 1.6.2 1.6.3 1.6.4 1.6.5 1.6.6
1.7 1.7.1 1.7.2 1.7.3 1.8 1.8.1 1.8.2 1.9 1.10 1.10.1 1.10.2 1.11
""".split()
CHAPTER_EQUATIONS = [f"1.{i}" for i in range(1, 38)]
CHAPTER_FIGURES = [f"1.{i}" for i in range(1, 21)]
CHAPTER_EXERCISES = [str(i) for i in range(1, 12)]
LINK = re.compile(r"\]\(([^)#\s]+\.ipynb)(?:#([^)\s]*))?\)")


def all_entries():
    return [*chapter_index.SECTIONS, *chapter_index.EQUATIONS, *chapter_index.FIGURES,
            *chapter_index.EXERCISES]


@pytest.mark.parametrize("entries, expected", [
    (chapter_index.SECTIONS, CHAPTER_SECTIONS),
    (chapter_index.EQUATIONS, CHAPTER_EQUATIONS),
    (chapter_index.FIGURES, CHAPTER_FIGURES),
    (chapter_index.EXERCISES, CHAPTER_EXERCISES),
], ids=["sections", "equations", "figures", "exercises"])
def test_every_item_of_the_chapter_has_exactly_one_entry_in_order(entries, expected):
    assert [entry.number for entry in entries] == expected


def test_only_the_photograph_has_nothing_to_compute():
    without = [(entry.number, entry.what[0]) for entry in all_entries() if entry.target is None]
    assert without == [("1.5", "photograph of the Mark I perceptron: nothing to compute")]


def test_every_section_of_the_brief_has_a_notebook_in_the_index():
    stems = [notebook.stem for notebook in chapter_index.NOTEBOOKS]
    assert len(stems) == len(set(stems))
    written = sorted(p.stem for p in (ROOT / "source" / "chapters").glob("*.py"))
    # Every section notebook written so far is in the index (the contents notebook is the index).
    assert sorted(set(written) - {"1.0-contents"} - set(stems)) == []
    targets = {entry.target.stem for entry in all_entries()
               if entry.target is not None and entry.target.kind == "chapters"}
    assert targets == set(stems), "a notebook of the contents is the target of no item"


@pytest.mark.parametrize("lang", LANGS)
def test_every_present_target_resolves_to_a_heading_of_the_built_notebook(lang):
    checked = 0
    for entry in all_entries():
        if entry.target is None:
            continue
        link = chapter_index.resolve(entry.target, lang)
        assert link.missing is None, f"{entry.number}: {entry.target.stem} lacks {link.missing}"
        if link.href is None:
            assert not (ROOT / "source" / entry.target.kind / f"{entry.target.stem}.py").exists()
            continue
        built = ROOT / entry.target.kind / lang / f"{entry.target.stem}.ipynb"
        assert built.exists(), f"{built} is missing: build it"
        anchors = {chapter_index.anchor(text) for _, text in chapter_index.headings(built)}
        assert link.href.split("#")[1] in anchors, f"{entry.number}: {link.href}"
        checked += 1
    assert checked >= 40  # the notebooks of §1.1-§1.3, §1.5.1, §1.7-§1.9 and the exercises


def stored_markdown(name, lang):
    notebook = nbformat.read(ROOT / "chapters" / lang / f"{name}.ipynb", as_version=4)
    return [output["data"]["text/markdown"] for cell in notebook.cells
            if cell.cell_type == "code" for output in cell.outputs
            if "text/markdown" in output.get("data", {})]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", ["1.0-contents", "1.9-summary"])
def test_links_stored_in_the_contents_and_the_index_resolve(name, lang):
    folder = ROOT / "chapters" / lang
    links = [m for text in stored_markdown(name, lang) for m in LINK.findall(text)]
    assert len(links) >= 10
    for target, fragment in links:
        path = (folder / target).resolve()
        assert path.exists(), f"{name} ({lang}) links to a missing {target}"
        anchors = {chapter_index.anchor(text) for _, text in chapter_index.headings(path)}
        assert unquote(fragment) in {unquote(a) for a in anchors}, f"{target}#{fragment}"


@pytest.mark.parametrize("lang", LANGS)
def test_stored_contents_and_index_are_those_of_the_notebooks_present(lang):
    # Fails when a notebook was added or renamed after these two were built: rebuild them.
    assert stored_markdown("1.0-contents", lang) == [chapter_index.contents_markdown(lang)]
    kinds = ["sections", "equations", "figures", "exercises"]
    assert stored_markdown("1.9-summary", lang) == [
        chapter_index.index_markdown(kind, lang) for kind in kinds]


@pytest.mark.parametrize("lang", LANGS)
def test_the_contents_and_the_index_link_the_same_notebooks(lang):
    def files(text):
        return {target for target, _ in LINK.findall(text)}

    contents = files(chapter_index.contents_markdown(lang))
    sections = files(chapter_index.index_markdown("sections", lang))
    assert contents == sections


def fake_repository(tmp_path, heading):
    """A repository with one section notebook whose source has the top ``heading``."""
    folder = tmp_path / "source" / "chapters"
    folder.mkdir(parents=True)
    (folder / "1.4.1-overfitting.py").write_text(
        f'# %% [markdown] lang="en"\n# # {heading}\n#\n# Text.\n\n'
        '# %% [markdown] lang="ru"\n# # 1.4.1 Переобучение\n\n# %%\nx = 1\n', encoding="utf-8")
    return tmp_path


def test_a_missing_notebook_is_still_to_come_and_a_present_one_is_a_link(tmp_path):
    row = "| 1.4.1 |"
    before = [r for r in chapter_index.contents_markdown("en", root=tmp_path).splitlines()
              if r.startswith(row)]
    assert before == ["| 1.4.1 | *still to come:* §1.4.1 Overfitting | " + before[0].split(" | ")[-1]]
    root = fake_repository(tmp_path, "1.4.1 Overfitting, seen")
    after = [r for r in chapter_index.contents_markdown("en", root=root).splitlines()
             if r.startswith(row)]
    assert "[Overfitting, seen](1.4.1-overfitting.ipynb#1.4.1-Overfitting,-seen)" in after[0]
    russian = chapter_index.resolve(Target("1.4.1-overfitting"), "ru", root)
    assert russian.href == "1.4.1-overfitting.ipynb#1.4.1-Переобучение"


def test_a_target_whose_heading_is_gone_is_an_error_not_a_silent_link(tmp_path):
    source = ROOT / "source" / "chapters" / "1.8-benchmarks.py"
    folder = tmp_path / "source" / "chapters"
    folder.mkdir(parents=True)
    shutil.copy(source, folder)
    text = (folder / source.name).read_text(encoding="utf-8")
    (folder / source.name).write_text(text.replace("## 1.8.2 ImageNet", "## ImageNet"),
                                      encoding="utf-8")
    target = next(e.target for e in chapter_index.SECTIONS if e.number == "1.8.2")
    assert chapter_index.resolve(target, "en", tmp_path).missing == "## 1.8.2 ImageNet"
    with pytest.raises(ValueError, match="1.8-benchmarks.ipynb .en. has no heading"):
        chapter_index.index_markdown("sections", "en", root=tmp_path)


def test_headings_of_a_source_belong_to_its_edition():
    source = ROOT / "source" / "chapters" / "1.9-summary.py"
    english = chapter_index.headings(source, "en")
    russian = chapter_index.headings(source, "ru")
    assert english[0] == (1, "1.9 Summary and index of the chapter")
    assert russian[0] == (1, "1.9 Резюме и указатель главы")
    assert len(english) == len(russian)
    built = chapter_index.headings(ROOT / "chapters" / "ru" / "1.9-summary.ipynb")
    assert built == russian


def test_anchor_is_jupyterlabs_heading_id():
    # JupyterLab's id is the heading's text with every space replaced by a hyphen.
    assert chapter_index.anchor("1.7.2 Attention: reading from a memory") == \
        "1.7.2-Attention:-reading-from-a-memory"
    assert unquote(chapter_index.anchor("Fig. 1.1 (b)")) == "Fig.-1.1-(b)"


def test_bad_arguments_get_clear_errors():
    with pytest.raises(ValueError, match="Unknown kind 'tables'"):
        chapter_index.index_markdown("tables", "en")
    with pytest.raises(ValueError, match="Unknown language 'de'"):
        chapter_index.contents_markdown("de")
