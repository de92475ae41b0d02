"""Figures of the chapter: functions that draw on the axes they are given.

One module per section (``plots.perceptron``, …), loaded on first use. Each function takes
``ax`` first, draws, and returns the artists it made; none calls ``plt.show()`` or changes
global settings. Titles, axis labels and legends come from :mod:`nbcompanion.i18n` in the
notebook's language.
"""

from .._lazy import submodules

__getattr__ = submodules(__name__)
