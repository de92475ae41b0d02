"""Guards every explorer must pass, found automatically (``nbcompanion.widgets._discover``).

Each public ``*_explorer`` function of a module of ``nbcompanion.widgets`` is built with no
arguments and each of its controls is moved (and moved back). These tests do not time
anything: they check what makes a change cheap and a picture legible, deterministically.
"""

import ast
import re
from pathlib import Path

import matplotlib.text
import pytest

from nbcompanion import i18n, widgets
from nbcompanion.plots import _check
from nbcompanion.plots._style import MIN_FONT_PT
from nbcompanion.widgets import _discover

PACKAGE = Path(widgets.__file__).resolve().parent.parent
BUILDERS = _discover.builders()


@pytest.fixture(params=sorted(BUILDERS), scope="module")
def built(request):
    return request.param, BUILDERS[request.param]()


def test_every_widget_module_has_an_explorer():
    modules = {name.split(".")[0] for name in BUILDERS}
    files = {p.stem for p in (PACKAGE / "widgets").glob("*.py") if not p.stem.startswith("_")}
    assert modules == files


def test_explorer_exposes_its_parts_by_name(built):
    name, explorer = built
    assert isinstance(explorer, widgets.Explorer)
    assert explorer.controls and explorer.artists, name
    for control_name, control in explorer.controls.items():
        if hasattr(control, "value") and not isinstance(control, _discover.widgets.Button):
            assert getattr(explorer.state, control_name) == control.value, control_name
    assert set(explorer.static) <= set(explorer.controls)
    assert isinstance(explorer.task, str) and explorer.task.strip()
    assert bytes(explorer.view.image.value)[:4] == b"\x89PNG"
    snapshot = explorer.snapshot()  # what the notebook shows above the explorer
    assert snapshot.data == bytes(explorer.view.image.value)
    assert snapshot.width == round(explorer.view.figsize[0] * widgets._core.CSS_DPI)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_explorer_task_follows_the_language(name):
    tasks = {}
    for lang in i18n.LANGUAGES:
        i18n.set_language(lang)
        try:
            tasks[lang] = BUILDERS[name]().task
        finally:
            i18n.set_language(None)
    assert tasks["en"] != tasks["ru"]
    assert re.search("[а-яё]", tasks["ru"], re.IGNORECASE)


def test_a_change_that_keeps_static_content_redraws_no_static_artist(built):
    name, explorer = built
    view = explorer.view
    for control_name, control in explorer.controls.items():
        actions = _discover.moves(control)
        if actions is None:
            continue
        forth, back = actions
        before = view.static_draws
        if control_name in explorer.static:
            forth(), back()  # each value's background rendered once ...
            before = view.static_draws
            forth(), back()  # ... and then reused
            assert view.static_draws == before, (name, control_name)
            continue
        for _ in range(2):
            forth()
            back()
        assert view.static_draws == before, (name, control_name)


def test_every_text_lies_inside_the_figure_and_no_legend_covers_data(built):
    name, explorer = built
    assert _check.problems(explorer.view.figure) == [], name
    for control_name, control in explorer.controls.items():
        actions = _discover.moves(control)
        if actions is None:
            continue
        actions[0]()
        assert _check.problems(explorer.view.figure) == [], (name, control_name)
        actions[1]()


def test_every_text_of_an_explorer_is_at_least_9_pt(built):
    name, explorer = built
    small = {t.get_text(): t.get_fontsize() for t in explorer.view.figure.findobj(
        matplotlib.text.Text) if t.get_text().strip() and t.get_fontsize() < MIN_FONT_PT}
    assert small == {}, name


def test_explorer_renders_at_twice_its_displayed_size(built):
    _, explorer = built
    width, height = explorer.view.figure.canvas.get_width_height()
    shown = explorer.view.image.layout.width
    assert shown == f"{width // widgets._core.SCALE}px" or abs(
        int(shown[:-2]) * widgets._core.SCALE - width) <= widgets._core.SCALE
    assert explorer.view.figsize[0] * explorer.view.figsize[1] <= 8.5 * 6.0  # modest area


def test_no_widget_module_imports_the_exercises():
    for path in (PACKAGE / "widgets").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [alias.name for alias in node.names]
                assert not any("exercises" in n for n in names), path.name
            elif isinstance(node, ast.Import):
                assert not any("exercises" in a.name for a in node.names), path.name


def test_no_widget_module_draws_by_itself():
    drawing = re.compile(r"\bax\w*\.(plot|scatter|step|bar|text|annotate|legend|fill_between|"
                         r"imshow|axhline|axvline|set_title|set_xlabel|set_ylabel)\(")
    for path in (PACKAGE / "widgets").glob("*.py"):
        assert not drawing.search(path.read_text(encoding="utf-8")), path.name


def test_plots_use_no_font_below_9_pt():
    small = re.compile(r"fontsize\s*=\s*(\"(x-|xx-)?small\"|'(x-|xx-)?small'|[0-8](\.\d+)?\b)")
    for path in (PACKAGE / "plots").glob("*.py"):
        found = small.findall(path.read_text(encoding="utf-8"))
        assert not found, path.name


def test_redrawing_only_what_changed_gives_the_full_picture(built):
    # Dirty rectangles: each change restores and redraws only what moved; the picture must
    # be exactly the one a redraw of every moving artist gives.
    name, explorer = built
    view = explorer.view
    for control_name, control in explorer.controls.items():
        actions = _discover.moves(control)
        if actions is None:
            continue
        for action in (actions[0], actions[1], actions[0]):
            action()
            partial = bytes(view.image.value)
            view._drawn = None  # forget what was drawn where: every moving artist again
            view.refresh()
            assert bytes(view.image.value) == partial, (name, control_name)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_russian_labels_fit_too(name):
    # Russian labels run longer: the same checks, in the other edition.
    i18n.set_language("ru")
    try:
        explorer = BUILDERS[name]()
        found = _check.problems(explorer.view.figure)
        for control in explorer.controls.values():
            actions = _discover.moves(control)
            if actions is not None:
                actions[0]()
                found += _check.problems(explorer.view.figure)
                actions[1]()
    finally:
        i18n.set_language(None)
    assert found == [], name


REFERENCE = re.compile(r"(рис\.|§|упр\.|табл\.|формул[аы]|уравнени[ея])\s*\d+(\.\d+)*|\(\d+\.\d+\)")
DECIMAL_POINT = re.compile(r"\d\.\d")


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_russian_numbers_have_decimal_commas(name):
    # The Russian edition writes 0,5 as the book does; section, figure and equation numbers
    # (§1.2.1, рис. 1.7, (1.12)) keep their points.
    def points(figure):
        figure.canvas.draw()  # tick labels are made at a draw
        found = []
        for artist in figure.findobj(matplotlib.text.Text):
            if artist.get_visible() and DECIMAL_POINT.search(REFERENCE.sub("", artist.get_text())):
                found.append(artist.get_text())
        return found

    i18n.set_language("ru")
    try:
        explorer = BUILDERS[name]()
        found = points(explorer.view.figure)
        for control in explorer.controls.values():
            actions = _discover.moves(control)
            if actions is not None:
                actions[0]()
                found += points(explorer.view.figure)
                actions[1]()
    finally:
        i18n.set_language(None)
    assert sorted(set(found)) == [], name
