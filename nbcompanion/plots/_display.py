"""One hook on the figures a notebook shows: IPython's PNG formatter for a Figure.

:func:`wrap_figure_png` puts a function in front of that formatter; the figure check
(:mod:`._check`, in the notebook build) and the decimal commas of the Russian edition
(:mod:`._numbers`) use it. Nothing else is touched, and outside IPython nothing happens.
"""

from matplotlib.figure import Figure

__all__ = ["wrap_figure_png"]


def wrap_figure_png(before, shell=None):
    """Call ``before(figure)`` on every figure the notebook shows, then format it as usual.

    ``before`` is wrapped once however often this is called (it is recognized by identity).
    Returns True when the hook is in place, False outside IPython or before the inline
    backend registered its formatter.
    """
    if shell is None:
        try:
            from IPython import get_ipython
        except ImportError:
            return False
        shell = get_ipython()
    if shell is None or not getattr(shell, "display_formatter", None):
        return False
    formatter = shell.display_formatter.formatters["image/png"]
    try:
        current = formatter.lookup_by_type(Figure)
    except KeyError:
        return False
    wrapped = current
    while wrapped is not None:
        if getattr(wrapped, "nbcompanion_before", None) is before:
            return True
        wrapped = getattr(wrapped, "nbcompanion_inner", None)

    def before_then_format(figure, *args, **kwargs):
        before(figure)
        return current(figure, *args, **kwargs)
    before_then_format.nbcompanion_before = before
    before_then_format.nbcompanion_inner = current
    formatter.for_type(Figure, before_then_format)
    return True
