"""Build the companion's website from the notebooks as stored (no notebook is executed).

Usage: ``python site/build.py [OUT]`` (``python3 tasks.py site [OUT]`` runs it in ``.venv``);
OUT defaults to ``build/site``. The result is a static folder: open ``OUT/index.html``, or
serve it with any web server; it loads nothing from anywhere else.

Steps
-----
1. Stage each edition: copy ``chapters/<lang>``, ``exercises/<lang>``, ``solutions/<lang>``
   into ``build/site-src/<lang>/{chapters,exercises,solutions}`` and adapt each notebook for
   a page without a kernel (`adapt_notebook`): the live widget views are replaced by a note
   on how to open the live explorer (the snapshot stored in the cell above stays), the saved
   widget state is dropped (it would pull widget JavaScript from a CDN), every figure gets
   alternative text in the page's language, and links between notebooks are rewritten from
   the repository layout (``../../exercises/en/ex05.ipynb``) to the site's.
2. Write a contents page per edition (chapters in section order, exercises, solutions).
3. Run Sphinx (myst-nb, sphinx-book-theme; ``site/conf.py``) once per edition, so each
   edition has its own interface language and its own search index with the right stemmer.
4. Copy MathJax from the ``jupyter-server-mathjax`` package (pinned like every other
   dependency) into ``OUT/_mathjax`` and write ``OUT/index.html``, which links both editions.

The folders of notebooks are read at build time, so new sections need no change here.
"""

import ast
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SITE = Path(__file__).resolve().parent
LANGUAGES = ("en", "ru")
KINDS = ("chapters", "exercises", "solutions")
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
TITLE_CALLS = {"set_title", "suptitle", "title"}

WORDS = {
    "en": {
        "site": "Neural Networks and Deep Learning, Chapter 1: an interactive companion",
        "chapters": "Chapter 1", "exercises": "Exercises", "solutions": "Solutions",
        "figure": "Figure", "snapshot": "snapshot of the interactive figure",
        "intro": ("Lessons, exercises and solutions of the companion to Chapter 1 of "
                  "C. C. Aggarwal's *Neural Networks and Deep Learning*, shown with the "
                  "outputs stored in each notebook. The **launch** link at the top of each "
                  "page opens that notebook live, sliders included."),
        "live": ("Interactive figure: the picture above is its snapshot. To move its controls, "
                 "open this notebook live (the <b>launch</b> link at the top of the page) or "
                 "on your computer with <code>python3 tasks.py lab</code>."),
        "other": "Русская версия",
    },
    "ru": {
        "site": "Нейронные сети и глубокое обучение, глава 1: интерактивное приложение",
        "chapters": "Глава 1", "exercises": "Упражнения", "solutions": "Решения",
        "figure": "Рисунок", "snapshot": "снимок интерактивного рисунка",
        "intro": ("Уроки, упражнения и решения приложения к главе 1 книги Ч. Аггарвала "
                  "«Нейронные сети и глубокое обучение» с результатами, сохранёнными в "
                  "блокнотах. Ссылка **«Запустить»** вверху каждой страницы открывает этот "
                  "блокнот вживую, с ползунками."),
        "live": ("Интерактивный рисунок: выше — его снимок. Чтобы двигать ползунки, откройте "
                 "блокнот вживую (ссылка <b>«Запустить»</b> вверху страницы) или на своём "
                 "компьютере командой <code>python3 tasks.py lab</code>."),
        "other": "English version",
    },
}


def section_key(path):
    """Sort ``1.2.1.10-x`` after ``1.2.1.9-y`` and ``ex10`` after ``ex9``."""
    head = path.stem.split("-")[0]
    return [int(part) if part.isdigit() else part
            for part in re.split(r"(\d+)", head) if part not in ("", ".")], path.stem


def notebooks(kind, lang):
    folder = ROOT / kind / lang
    return sorted(folder.glob("*.ipynb"), key=section_key) if folder.is_dir() else []


# --- figures' alternative text -------------------------------------------------------------

def cell_titles(source):
    """The string titles a code cell gives its figures (``set_title("...")``, ``title=...``)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    titles = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", getattr(node.func, "id", ""))
        values = list(node.args[:1]) if name in TITLE_CALLS else []
        values += [k.value for k in node.keywords if k.arg in ("title", "suptitle")]
        for value in values:
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                titles.append(" ".join(value.value.replace("$", "").split()))
    return [t for t in dict.fromkeys(titles) if t]


def alt_text(cell, heading, lang):
    words = WORDS[lang]
    titles = cell_titles(cell.source)
    if titles:
        return f"{words['figure']}: " + "; ".join(titles)
    base = f"{words['figure']}: {heading}" if heading else words["figure"]
    if "snapshot(" in cell.source:
        return f"{base} ({words['snapshot']})"
    return base


# --- links ----------------------------------------------------------------------------------

LINK = re.compile(r"(\]\()([^)\s]+)(\))")


def site_link(target, kind, lang, repository, branch):
    """Where a relative link written for the repository layout points on the site."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^#|^/", target):
        return target
    path, _, anchor = target.partition("#")
    resolved = os.path.normpath(os.path.join(kind, lang, path))
    parts = Path(resolved).parts
    suffix = f"#{anchor}" if anchor else ""
    if len(parts) >= 2 and parts[0] in KINDS and parts[1] in LANGUAGES:
        # Heading anchors are JupyterLab's ("#1.1-Introduction:-the-…"); Sphinx names its
        # sections otherwise (and drops Cyrillic from ids), so on the site a link to another
        # notebook lands at the top of its page rather than on a missing anchor.
        suffix = ""
        if parts[1] == lang:
            if len(parts) == 2:                      # a folder: its contents page
                return f"../{parts[0]}/index.md{suffix}" if parts[0] != kind else "index.md"
            return f"../{parts[0]}/{'/'.join(parts[2:])}{suffix}"
        # the other edition: its built page, an ordinary relative URL
        page = "/".join(parts[2:]).replace(".ipynb", ".html") or "index.html"
        return f"../../{parts[1]}/{parts[0]}/{page}{suffix}"
    if resolved.startswith(".."):
        return target
    # anything else in the repository (a source file, a data file): its page on the host
    return f"{repository}/blob/{branch}/{resolved}{suffix}"


HREF = re.compile(r"""(href=["'])([^"']+)(["'])""")


def html_target(target, kind, lang, repository, branch):
    """Like `site_link`, for raw HTML, which Sphinx does not resolve: the built page's URL."""
    link = site_link(target, kind, lang, repository, branch)
    if link == target or re.match(r"^[a-z][a-z0-9+.-]*:", link):
        return link
    path, _, anchor = link.partition("#")
    path = re.sub(r"\.(ipynb|md)$", ".html", path)
    return path + (f"#{anchor}" if anchor else "")


def rewrite_links(text, kind, lang, repository, branch):
    return LINK.sub(lambda m: m[1] + site_link(m[2], kind, lang, repository, branch) + m[3],
                    text)


# --- one notebook ---------------------------------------------------------------------------

def live_note(lang):
    html = f'<p class="nbc-live-note">{WORDS[lang]["live"]}</p>'
    return nbformat.v4.new_output("display_data", data={"text/html": html})


def adapt_notebook(notebook, kind, lang, repository, branch):
    """Return ``notebook`` ready to be a page without a kernel (see the module docstring)."""
    notebook.metadata.pop("widgets", None)
    heading = ""
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            cell.source = rewrite_links(cell.source, kind, lang, repository, branch)
            found = re.findall(r"^#{1,3} +(.+)$", cell.source, flags=re.M)
            heading = found[-1].strip() if found else heading
            continue
        if cell.cell_type != "code":
            continue
        outputs = []
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_VIEW in data:
                output = live_note(lang)
            # Feedback printed as Markdown or HTML links notebooks too (a solution, a hint).
            # (myst-nb renders output Markdown without resolving documents: link the pages.)
            if "text/markdown" in data:
                data["text/markdown"] = LINK.sub(
                    lambda m: m[1] + html_target(m[2], kind, lang, repository, branch) + m[3],
                    data["text/markdown"])
            if "text/html" in data:
                data["text/html"] = HREF.sub(
                    lambda m: m[1] + html_target(m[2], kind, lang, repository, branch) + m[3],
                    data["text/html"])
            outputs.append(output)
        cell.outputs = outputs
        if any(key.startswith("image/") for o in outputs for key in o.get("data", {})):
            cell.metadata.setdefault("mystnb", {}).setdefault("image", {})["alt"] = (
                alt_text(cell, heading, lang))
    return notebook


def title_of(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            found = re.search(r"^# +(.+)$", cell.source, flags=re.M)
            if found:
                return found[1].strip()
    return path.stem


def stage(stage_root, repository, branch):
    """Write both editions' sources for Sphinx into ``stage_root/<lang>``."""
    if stage_root.exists():
        shutil.rmtree(stage_root)
    for lang in LANGUAGES:
        words = WORDS[lang]
        top = stage_root / lang
        contents = [f"# {words['site']}", "", words["intro"], ""]
        for kind in KINDS:
            found = notebooks(kind, lang)
            if not found:
                continue
            (top / kind).mkdir(parents=True)
            for path in found:
                notebook = adapt_notebook(nbformat.read(path, as_version=4), kind, lang,
                                          repository, branch)
                nbformat.write(notebook, top / kind / path.name)
            entries = [f"{kind}/{path.stem}" for path in found]
            contents += ["```{toctree}", f":caption: {words[kind]}", ":maxdepth: 1", "",
                         *entries, "```", ""]
            # A folder link in a notebook (``../../exercises/en/``) lands on this list.
            listing = ["---", "orphan: true", "---", f"# {words[kind]}", ""] + [
                f"- [{title_of(path)}]({path.name})" for path in found]
            (top / kind / "index.md").write_text("\n".join(listing) + "\n", encoding="utf-8")
        (top / "index.md").write_text("\n".join(contents), encoding="utf-8")


# --- the whole site -------------------------------------------------------------------------

def copy_mathjax(out):
    import jupyter_server_mathjax

    source = Path(jupyter_server_mathjax.__file__).parent / "static"
    shutil.copytree(source, out / "_mathjax", dirs_exist_ok=True)


def root_page(out):
    links = "\n".join(
        f'<li><a href="{lang}/index.html" hreflang="{lang}" lang="{lang}">'
        f'{WORDS[lang]["site"]}</a></li>' for lang in LANGUAGES)
    out.joinpath("index.html").write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>nbcompanion</title>
<link rel="icon" href="en/_static/favicon.svg">
<style>body{{font-family:sans-serif;max-width:40em;margin:4em auto;padding:0 1em;line-height:1.5}}
@media (prefers-color-scheme: dark){{body{{background:#121212;color:#eee}}a{{color:#8ab4f8}}}}</style>
</head><body><h1>nbcompanion</h1><ul>
{links}
</ul></body></html>
""", encoding="utf-8")


def main(argv):
    out = Path(argv[0]).resolve() if argv else ROOT / "build" / "site"
    stage_root = ROOT / "build" / "site-src"
    repository = os.environ.get("NBC_REPOSITORY", "https://github.com/OWNER/nbcompanion")
    branch = os.environ.get("NBC_BRANCH", "main")
    stage(stage_root, repository.rstrip("/"), branch)
    if out.exists():
        shutil.rmtree(out)
    for lang in LANGUAGES:
        env = {**os.environ, "NBC_EDITION": lang, "NBC_STAGE": str(stage_root)}
        command = [sys.executable, "-m", "sphinx", "-b", "html", "-q", "-c", str(SITE),
                   "-d", str(stage_root / f".doctrees-{lang}"),
                   str(stage_root / lang), str(out / lang)]
        completed = subprocess.run(command, env=env)
        if completed.returncode:
            return completed.returncode
    copy_mathjax(out)
    root_page(out)
    pages = sum(1 for _ in out.glob("*/*/*.html")) + sum(1 for _ in out.glob("*/index.html"))
    print(f"Site: {out / 'index.html'} ({pages} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
