"""Every word the package shows a reader, in English and in Russian, from one place.

Each topic keeps its labels in a module of this package (``i18n/perceptron.py`` and so on)
as ``TEXT = {key: (english, russian)}``; they are merged here, and a key defined twice is
an error. The Russian labels use the terms of the Russian edition of the book.

The edition of a notebook is read from the folder it runs in: a kernel started for
``chapters/ru/…`` works in ``chapters/ru``, so plots there speak Russian, with identical
code cells in both editions. ``NBCOMPANION_LANG`` overrides that; anywhere else the
language is English.
"""

import importlib
import os
import pkgutil
from pathlib import Path

__all__ = ["LANGUAGES", "edition", "text", "CATALOGUE"]

LANGUAGES = ("en", "ru")


def edition():
    """Return the language of the running notebook, ``"en"`` or ``"ru"``.

    >>> edition() in LANGUAGES
    True
    """
    chosen = os.environ.get("NBCOMPANION_LANG")
    if chosen:
        return _check_language(chosen)
    folder = Path.cwd().name
    return folder if folder in LANGUAGES else "en"


def _check_language(lang):
    if lang not in LANGUAGES:
        raise ValueError(f"Unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}.")
    return lang


def _load_catalogue():
    catalogue = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for key, pair in module.TEXT.items():
            if key in catalogue:
                raise RuntimeError(f"Label {key!r} is defined twice (again in {module.__name__}).")
            if len(pair) != len(LANGUAGES):
                raise RuntimeError(f"Label {key!r} needs one text per language {LANGUAGES}.")
            catalogue[key] = dict(zip(LANGUAGES, pair))
    return catalogue


CATALOGUE = _load_catalogue()


def text(key, lang=None, **values):
    """Return the label ``key`` in ``lang`` (default: the notebook's edition).

    Placeholders in braces are filled from ``values``.

    >>> text("common.epoch", "ru")
    'эпоха'
    """
    lang = _check_language(lang) if lang is not None else edition()
    try:
        template = CATALOGUE[key][lang]
    except KeyError:
        raise KeyError(f"No label {key!r}; labels are defined in nbcompanion/i18n/.") from None
    return template.format(**values) if values else template
