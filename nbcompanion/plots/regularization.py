"""Figures of §1.4.1.1: the path of bias and variance against the weight decay λ."""

import numpy as np

from .. import i18n
from ._numbers import localize_ticks
from ._style import SERIES_COLORS

__all__ = ["draw_lambda_path"]


def draw_lambda_path(ax, lambdas, bias, variance, *, degree, n_train):
    """Bias², variance and their sum against λ (log-log), the best λ marked."""
    lambdas, bias, variance = (np.asarray(v, dtype=float) for v in (lambdas, bias, variance))
    total = bias + variance
    best = int(np.argmin(total))
    artists = {
        "bias": ax.plot(lambdas, bias, "o-", markersize=3, color=SERIES_COLORS[0],
                        label=i18n.text("regularization.bias"))[0],
        "variance": ax.plot(lambdas, variance, "o-", markersize=3, color=SERIES_COLORS[1],
                            label=i18n.text("regularization.variance"))[0],
        "total": ax.plot(lambdas, total, "-", linewidth=2.2, color="black",
                         label=i18n.text("regularization.total"))[0],
        "best": ax.axvline(lambdas[best], color=SERIES_COLORS[2], linestyle="--",
                           label=i18n.text("regularization.best",
                                           value=i18n.number(lambdas[best], ".2g"))),
    }
    ax.set(xscale="log", yscale="log", xlabel=i18n.text("regularization.lambda"),
           ylabel=i18n.text("regularization.error"),
           title=i18n.text("regularization.path_title", degree=degree, n=n_train))
    ax.legend(loc="center left", bbox_to_anchor=(1.02, 0.5))
    localize_ticks(ax)
    return artists
