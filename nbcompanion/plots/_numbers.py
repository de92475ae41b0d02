"""Tick labels with the edition's decimal separator (the Russian edition writes 0,5).

Matplotlib formats ticks with a decimal point whatever the language; ``localize_ticks``
swaps in a formatter that writes a decimal comma in the Russian edition, on linear axes
(log axes are labelled with powers of ten, which have no decimals).
"""

from matplotlib.ticker import ScalarFormatter

from .. import i18n

__all__ = ["localize_ticks"]


class _CommaFormatter(ScalarFormatter):
    def __call__(self, x, pos=None):
        return super().__call__(x, pos).replace(".", ",")


def localize_ticks(ax):
    """Give ``ax``'s linear axes decimal commas when the edition is Russian; returns ``ax``.

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
        if axis.get_scale() == "linear" and isinstance(axis.get_major_formatter(), ScalarFormatter):
            axis.set_major_formatter(_CommaFormatter())
    return ax
