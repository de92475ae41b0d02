"""Every explorer of the package, and a way to move each of its controls.

The guard tests and the benchmark use these, so an explorer added as a public
``<something>_explorer`` function in a module of :mod:`nbcompanion.widgets` (callable with no
arguments) is tested and measured without being listed anywhere.
"""

import importlib
import inspect
import pkgutil

import ipywidgets as widgets

__all__ = ["builders", "moves"]


def builders():
    """``{"module.name_explorer": function}`` for every public explorer builder, sorted.

    >>> "neuron.neuron_explorer" in builders()
    True
    """
    package = importlib.import_module("nbcompanion.widgets")
    found = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, function in vars(module).items():
            if (name.endswith("_explorer") and not name.startswith("_")
                    and inspect.isfunction(function) and function.__module__ == module.__name__):
                found[f"{info.name}.{name}"] = function
    return found


def moves(control):
    """Two actions on ``control``: a change and the change back (a button: a click twice).

    Returns None for a control that cannot be moved (a selection with one option).
    """
    if isinstance(control, widgets.Button):
        return control.click, control.click
    if isinstance(control, (widgets.Checkbox, widgets.ToggleButton)):
        def flip():
            control.value = not control.value
        return flip, flip
    if hasattr(control, "options") and hasattr(control, "index"):
        if len(control.options) < 2:
            return None
        start = control.index
        other = (start + 1) % len(control.options)

        def forth():
            control.index = other

        def back():
            control.index = start
        return forth, back
    if hasattr(control, "value") and hasattr(control, "step"):
        start = control.value
        other = start + control.step if start + control.step <= control.max else start - control.step

        def forth():
            control.value = other

        def back():
            control.value = start
        return forth, back
    return None
