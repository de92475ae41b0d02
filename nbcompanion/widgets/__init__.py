"""Interactive explorers: each wires ipywidgets controls to a model and a figure.

One module per section (``widgets.perceptron``, …), loaded on first use. Every builder
returns an :class:`Explorer` and never displays it; the notebook shows it by leaving it as
the last expression of a cell.
"""

from .._lazy import submodules
from ._core import Explorer, FigureView

__all__ = ["Explorer", "FigureView"]

__getattr__ = submodules(__name__)
