"""Lazy access to the section modules of a package (PEP 562)."""

import importlib


def submodules(package):
    """Return a module ``__getattr__`` that imports ``package.name`` on first access.

    So ``plots.perceptron`` works after ``from nbcompanion import plots`` without loading
    every section's module at import time.
    """

    def __getattr__(name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return importlib.import_module(f"{package}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{package}.{name}":
                raise
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None

    return __getattr__
