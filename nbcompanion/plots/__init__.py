"""Figures of the chapter: functions that draw on the axes they are given.

One module per section (``plots.perceptron``, …), loaded on first use. Each function takes
``ax`` first, draws, and returns the artists it made; none calls ``plt.show()`` or changes
global settings. Titles, axis labels and legends come from :mod:`nbcompanion.i18n` in the
notebook's language.

Imported in a notebook, the package puts one hook in front of the figures the notebook shows
(:mod:`._display`): in the Russian edition their axes write decimal commas, 0,5 (ticks are
formatted only when a figure is drawn, so no plot function can do it).
"""

from .._lazy import submodules

__getattr__ = submodules(__name__)

# The house style for a notebook's static figures: ``plt.style.use(plots.STYLE)``.
from ._style import NOTEBOOK_RC as STYLE  # noqa: E402

__all__ = ["STYLE"]

import os as _os  # noqa: E402

if _os.environ.get("NBCOMPANION_CHECK_FIGURES", "0") != "0":  # the notebook build checks every figure
    from . import _check  # noqa: E402,F401

from ._numbers import activate as _localize_shown_figures  # noqa: E402

_localize_shown_figures()  # after the check: the check sees the figure as it is shown
