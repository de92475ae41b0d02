"""Tick labels with the edition's decimal separator (the Russian edition writes 0,5).

Matplotlib formats ticks with a decimal point whatever the language; ``localize_ticks``
gives an axis's default formatter a decimal comma in the Russian edition, on linear axes
(log axes are labelled with powers of ten, which have no decimals). ``localize_figure`` does
it for every axes of a figure: explorers call it before drawing their background, and
:func:`activate` (run when :mod:`nbcompanion.plots` is imported in a notebook) calls it on
every figure the notebook shows.
"""

from matplotlib.ticker import ScalarFormatter

from .. import i18n
from ._display import wrap_figure_png

__all__ = ["localize_ticks", "localize_figure", "activate"]


class _CommaFormatter(ScalarFormatter):
    def __call__(self, x, pos=None):
        return super().__call__(x, pos).replace(".", ",")

    def get_offset(self):
        return super().get_offset().replace(".", ",")


def localize_ticks(ax):
    """Give ``ax``'s linear axes decimal commas when the edition is Russian; returns ``ax``.

    The formatter keeps its settings (offset, scientific limits, math text).

    >>> import matplotlib.pyplot as plt
    >>> i18n.set_language("ru"); fig, ax = plt.subplots(); ax.plot([0, 0.5])[0] is not None
    True
    >>> _ = localize_ticks(ax); fig.canvas.draw(); "0,5" in [t.get_text() for t in ax.get_yticklabels()]
    True
    >>> i18n.set_language(None); plt.close(fig)
    """
    if i18n.edition() != "ru":
        return ax
    for axis in (ax.xaxis, ax.yaxis):
        formatter = axis.get_major_formatter()
        if (axis.get_scale() == "linear" and isinstance(formatter, ScalarFormatter)
                and not isinstance(formatter, _CommaFormatter)):
            localized = _CommaFormatter.__new__(_CommaFormatter)
            localized.__dict__.update(formatter.__dict__)
            axis.set_major_formatter(localized)
    return ax


def localize_figure(figure):
    """:func:`localize_ticks` on every axes of ``figure``; returns ``figure``."""
    for ax in figure.axes:
        localize_ticks(ax)
    return figure


def activate(shell=None):
    """Localize the ticks of every figure the notebook shows (see :func:`localize_figure`).

    Returns True when the hook is in place (in IPython with the inline backend).
    """
    return wrap_figure_png(localize_figure, shell)
