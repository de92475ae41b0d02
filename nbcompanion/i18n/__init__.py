"""Every word the package shows a reader, in English and in Russian, from one place.

Each topic keeps its labels in a module of this package (``i18n/perceptron.py`` and so on)
as ``TEXT = {key: (english, russian)}``; they are merged here, and a key defined twice is
an error. The Russian labels use the terms of the Russian edition of the book.

Each notebook names its edition in its first code cell, ``i18n.set_language("ru")``, so the
package labels in that language wherever the kernel runs. Without that call the language is
``NBCOMPANION_LANG`` if set (``ru``, ``RU``, ``ru_RU.UTF-8`` …), else the name of the folder
the kernel works in (``chapters/ru``), else English.
"""

import importlib
import numbers as numbers_module
import os
import pkgutil
import string
import warnings
from pathlib import Path

__all__ = ["LANGUAGES", "edition", "set_language", "text", "number", "numbers", "plural", "yes_no",
           "CATALOGUE"]

LANGUAGES = ("en", "ru")
_chosen = None
_WARNED = set()


def set_language(lang):
    """Label everything that follows in ``lang`` (``"en"`` or ``"ru"``); ``None`` forgets it.

    >>> set_language("ru"); text("common.epoch")
    'эпоха'
    >>> set_language(None)
    """
    global _chosen
    _chosen = None if lang is None else _check_language(lang)


def edition():
    """Return the language of the running notebook, ``"en"`` or ``"ru"``.

    An ``NBCOMPANION_LANG`` that names no edition warns once and is ignored, rather than
    turning every message of the package into an error.

    >>> edition() in LANGUAGES
    True
    """
    if _chosen is not None:
        return _chosen
    setting = os.environ.get("NBCOMPANION_LANG", "")
    if setting.strip():
        chosen = _normalize(setting)
        if chosen in LANGUAGES:
            return chosen
        if setting not in _WARNED:
            _WARNED.add(setting)
            warnings.warn(f"NBCOMPANION_LANG={setting!r} is not an edition"
                          f" ({', '.join(LANGUAGES)}); it is ignored.", stacklevel=2)
    folder = Path.cwd().name
    return folder if folder in LANGUAGES else "en"


def _normalize(lang):
    """``"RU"``, ``"ru_RU.UTF-8"``, ``"en-GB"`` → ``"ru"``, ``"ru"``, ``"en"``."""
    return str(lang).strip().replace("-", "_").split("_")[0].split(".")[0].split("@")[0].lower()


def _check_language(lang):
    code = _normalize(lang) if isinstance(lang, str) else lang
    if code not in LANGUAGES:
        raise ValueError(f"Unknown language {lang!r}; expected one of {', '.join(LANGUAGES)}.")
    return code


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

    Placeholders in braces are filled from ``values``; a number is written as
    :func:`number` writes it (a decimal comma in the Russian edition, a minus sign).

    >>> text("common.epoch", "ru")
    'эпоха'
    >>> text("losses.loss_title", "ru", name="hinge", loss=-0.25)
    'hinge: L = −0,250'
    """
    lang = _check_language(lang) if lang is not None else edition()
    try:
        template = CATALOGUE[key][lang]
    except KeyError:
        raise KeyError(f"No label {key!r}; labels are defined in nbcompanion/i18n/.") from None
    return _NumberFormatter(lang).format(template, **values) if values else template


class _NumberFormatter(string.Formatter):
    """``str.format`` that writes real numbers (not booleans) with :func:`number`."""

    def __init__(self, lang):
        self.lang = lang

    def format_field(self, value, format_spec):
        if isinstance(value, numbers_module.Real) and not isinstance(value, bool):
            return number(value, format_spec, self.lang)
        return super().format_field(value, format_spec)


def number(value, spec=".3g", lang=None):
    """Format ``value`` with ``spec``, with the decimal separator of ``lang``'s edition.

    The Russian edition writes a decimal comma, as the Russian edition of the book does.

    >>> number(0.25, ".2f", "ru"), number(0.25, ".2f", "en"), number(-1e-5, ".1e", "ru")
    ('0,25', '0.25', '−1,0e-05')
    """
    lang = _check_language(lang) if lang is not None else edition()
    formatted = format(value, spec)
    stripped = formatted.lstrip()
    if stripped.startswith("-"):  # a padded width keeps its spaces: "  -5.0" → "  −5.0"
        formatted = formatted[:len(formatted) - len(stripped)] + "\u2212" + stripped[1:]
    return formatted.replace(".", ",") if lang == "ru" else formatted


def numbers(values, spec=".3g", lang=None, brackets="[]"):
    """Format a sequence of numbers as a list, with the edition's decimal separator.

    The Russian edition separates the items by semicolons, since commas are decimal there.
    ``brackets="()"`` writes a point or a weight vector.

    >>> numbers([0.5, -1.25], ".2f", "en"), numbers([0.5, -1.25], ".2f", "ru")
    ('[0.50, −1.25]', '[0,50; −1,25]')
    >>> numbers([0.5, 2], "g", "ru", brackets="()")
    '(0,5; 2)'
    """
    lang = _check_language(lang) if lang is not None else edition()
    separator = "; " if lang == "ru" else ", "
    items = [number(float(v), spec, lang) for v in list(values)]
    return brackets[0] + separator.join(items) + brackets[1]


def yes_no(flag, lang=None):
    """"yes" or "no" in ``lang``'s edition, for a check a notebook prints.

    A printed True would be an English word in the Russian edition.

    >>> yes_no(True, "en"), yes_no(False, "ru")
    ('yes', 'нет')
    """
    lang = _check_language(lang) if lang is not None else edition()
    return {"en": ("no", "yes"), "ru": ("нет", "да")}[lang][bool(flag)]


def plural(count, forms):
    """The word of ``forms`` that agrees with the whole number ``count``.

    ``forms`` is English ``(one, other)`` or Russian ``(one, few, many)``, as a tuple or as
    one string split by ``|`` (so that the two editions of a notebook call it alike).

    >>> plural(1, "epoch|epochs"), plural(3, "epoch|epochs")
    ('epoch', 'epochs')
    >>> [plural(n, ("операция", "операции", "операций")) for n in (21, 63, 51, 12, 0)]
    ['операция', 'операции', 'операция', 'операций', 'операций']
    """
    if isinstance(forms, str):
        forms = forms.split("|")
    if isinstance(count, bool) or int(count) != count:
        raise ValueError(f"plural: count must be a whole number, got {count!r}.")
    count = abs(int(count))
    if len(forms) == 2:
        return forms[0] if count == 1 else forms[1]
    if len(forms) == 3:
        if count % 10 == 1 and count % 100 != 11:
            return forms[0]
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return forms[1]
        return forms[2]
    raise ValueError(f"plural: forms must be (one, other) or (one, few, many), got {forms!r}.")
