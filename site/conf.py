"""Sphinx configuration of the companion's website, shared by both editions.

``site/build.py`` runs Sphinx once per edition with ``-c site`` and sets
``NBC_EDITION`` (en or ru) and ``NBC_STAGE`` (the folder holding both staged editions).
The launch links are built from ``NBC_REPOSITORY``, ``NBC_BRANCH``, ``NBC_BINDERHUB`` and
``NBC_JUPYTERHUB`` (see site/README.md).
"""

import os
import urllib.parse
from pathlib import Path

EDITION = os.environ.get("NBC_EDITION", "en")
OTHER = "ru" if EDITION == "en" else "en"
STAGE = Path(os.environ.get("NBC_STAGE", Path(__file__).resolve().parent.parent
                            / "build" / "site-src"))
REPOSITORY = os.environ.get("NBC_REPOSITORY", "https://github.com/OWNER/nbcompanion").rstrip("/")
BRANCH = os.environ.get("NBC_BRANCH", "main")
BINDERHUB = os.environ.get("NBC_BINDERHUB", "https://mybinder.org").rstrip("/")
JUPYTERHUB = os.environ.get("NBC_JUPYTERHUB", "").rstrip("/")

TEXT = {
    "en": {"title": "Neural Networks and Deep Learning, Ch. 1 — companion",
           "launch": "launch", "launch_hint": "Open this notebook live on Binder",
           "hub": "JupyterHub", "hub_hint": "Open this notebook on your JupyterHub (nbgitpuller)",
           "other": "Русский", "other_hint": "Эта страница по-русски"},
    "ru": {"title": "Нейронные сети и глубокое обучение, гл. 1 — приложение",
           "launch": "запустить", "launch_hint": "Открыть этот блокнот вживую в Binder",
           "hub": "JupyterHub", "hub_hint": "Открыть этот блокнот в вашем JupyterHub (nbgitpuller)",
           "other": "English", "other_hint": "This page in English"},
}[EDITION]

project = "nbcompanion"
author = "nbcompanion contributors"
copyright = "nbcompanion contributors"
language = EDITION
html_title = TEXT["title"]

extensions = ["myst_nb"]
exclude_patterns = [".doctrees-*", "**/.ipynb_checkpoints"]
myst_enable_extensions = ["dollarmath", "amsmath"]
myst_heading_anchors = 3
# The site shows what the notebooks store: outputs are never recomputed here.
nb_execution_mode = "off"
# Rich outputs first; a widget view never reaches Sphinx (build.py replaces it by a note).
nb_mime_priority_overrides = [("html", "application/vnd.jupyter.widget-view+json", None)]
suppress_warnings = ["mystnb.unknown_mime_type"]

# MathJax from the site itself (copied by build.py from the pinned jupyter-server-mathjax,
# MathJax 2.7): the path is relative to each edition's _static folder, so it reaches
# OUT/_mathjax from every page. No CDN is ever named.
mathjax_path = "../../_mathjax/MathJax.js?config=TeX-AMS-MML_HTMLorMML-full"
mathjax2_config = {
    "TeX": {"extensions": ["AMSmath.js", "AMSsymbols.js", "noErrors.js", "noUndefined.js"]},
    "tex2jax": {"inlineMath": [["\\(", "\\)"]], "displayMath": [["\\[", "\\]"]],
                "processEscapes": True,
                # the theme marks the page tex2jax_ignore; Sphinx wraps all math in .math
                "processClass": "math|output_area"},
    # The package ships the STIX-Web fonts only, as the classic Jupyter Notebook used them.
    # MathJax's blank test font points at about:blank, which Chromium logs as a CORS error;
    # a local() source that matches no font gives the same fallback without a request.
    "HTML-CSS": {"availableFonts": ["STIX-Web"], "preferredFont": "STIX-Web",
                 "webFont": "STIX-Web", "imageFont": None,
                 "styles": {"@font-face": {"font-family": "MathJax_Blank",
                                           "src": "local('MathJax_Blank_none')"}}},
    "menuSettings": {"zoom": "None"},
    "showMathMenu": False,
    "messageStyle": "none",
}

html_theme = "sphinx_book_theme"
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["nbc.css"]
html_favicon = "_static/favicon.svg"
# The download button offers the page's notebook (as staged: widget state dropped) from the site.
html_copy_source = True
html_show_sourcelink = False
# Follow the reader's system (light or dark) until they pick one with the theme's switch.
html_context = {"default_mode": "auto"}
html_theme_options = {
    "article_header_end": ["nbc-header.html", "article-header-buttons.html"],
    "use_download_button": True,
    "use_fullscreen_button": False,
    "home_page_in_toc": True,
    "show_navbar_depth": 1,
    "show_toc_level": 2,
}


def repository_path(pagename):
    """``chapters/1.1-introduction`` -> ``chapters/en/1.1-introduction.ipynb``."""
    kind, _, name = pagename.partition("/")
    return f"{kind}/{EDITION}/{name}.ipynb"


def binder_url(path):
    """The Binder link of one notebook (GitHub repositories get the short ``gh`` form)."""
    urlpath = urllib.parse.quote(f"lab/tree/{path}", safe="")
    if REPOSITORY.startswith("https://github.com/"):
        owner_repo = REPOSITORY.removeprefix("https://github.com/").removesuffix(".git")
        return f"{BINDERHUB}/v2/gh/{owner_repo}/{BRANCH}?urlpath={urlpath}"
    repo = urllib.parse.quote(REPOSITORY, safe="")
    return f"{BINDERHUB}/v2/git/{repo}/{BRANCH}?urlpath={urlpath}"


def nbgitpuller_url(path):
    """The nbgitpuller link: the hub clones the repository into a folder named after it."""
    folder = REPOSITORY.rsplit("/", 1)[-1].removesuffix(".git")
    query = urllib.parse.urlencode({"repo": REPOSITORY, "branch": BRANCH,
                                    "urlpath": f"lab/tree/{folder}/{path}"})
    return f"{JUPYTERHUB}/hub/user-redirect/git-pull?{query}"


def page_context(app, pagename, templatename, context, doctree):
    depth = pagename.count("/")
    up = "../" * (depth + 1)
    other = STAGE / OTHER / pagename
    # (not with_suffix: "1.2.1-perceptron" has a "suffix" of its own)
    exists = pagename in ("search", "genindex") or any(
        Path(f"{other}{suffix}").exists() for suffix in (".ipynb", ".md"))
    context["nbc_other_url"] = f"{up}{OTHER}/{pagename if exists else 'index'}.html"
    context["nbc_other_lang"] = OTHER
    context["nbc_text"] = TEXT
    is_notebook = (STAGE / EDITION / f"{pagename}.ipynb").exists()
    context["nbc_launch_url"] = binder_url(repository_path(pagename)) if is_notebook else ""
    context["nbc_hub_url"] = (nbgitpuller_url(repository_path(pagename))
                              if is_notebook and JUPYTERHUB else "")


def setup(app):
    app.connect("html-page-context", page_context)
