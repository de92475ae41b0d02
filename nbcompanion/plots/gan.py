"""Figures of §1.7.3: the two losses of a GAN, and its samples against the real density.

Each function draws on the axes it is given and returns the artists it made; labels come
from :mod:`nbcompanion.i18n` in the notebook's language.
"""

import numpy as np

from .. import i18n
from ._style import SERIES_COLORS

__all__ = ["draw_losses", "draw_samples"]


def draw_losses(ax, d_loss, g_loss, *, window=25):
    """The discriminator's and the generator's losses per step (means over ``window`` steps),
    with their values at the equilibrium, 2 log 2 and log 2."""
    artists = {}
    for colour, (key, values) in enumerate([("d_loss", d_loss), ("g_loss", g_loss)]):
        values = np.asarray(values, dtype=float)
        smooth = np.convolve(values, np.ones(window) / window, mode="valid")
        artists[key], = ax.plot(np.arange(window, window + len(smooth)), smooth,
                                color=SERIES_COLORS[colour], label=i18n.text(f"gan.{key}"))
    for key, value, colour in [("equilibrium_d", 2 * np.log(2), 0),
                               ("equilibrium_g", np.log(2), 1)]:
        artists[key] = ax.axhline(value, color=SERIES_COLORS[colour], linestyle="--",
                                  linewidth=1, label=i18n.text(f"gan.{key}"))
    ax.set_title(i18n.text("gan.losses_title"))
    ax.set_xlabel(i18n.text("gan.step"))
    ax.set_ylabel(i18n.text("gan.loss"))
    ax.legend(loc="upper right", ncols=2)
    return artists


def draw_samples(ax, samples, *, mean, std, step):
    """A histogram of generated samples over the real density N(mean, std²)."""
    grid = np.linspace(mean - 5 * std - 2, mean + 5 * std, 300)
    density = np.exp(-0.5 * ((grid - mean) / std) ** 2) / (std * np.sqrt(2 * np.pi))
    artists = {}
    _, _, artists["samples"] = ax.hist(samples, bins=np.linspace(grid[0], grid[-1], 50),
                                       density=True, color=SERIES_COLORS[1], alpha=0.6,
                                       label=i18n.text("gan.generated"))
    artists["real"], = ax.plot(grid, density, color="black", linewidth=1.5,
                               label=i18n.text("gan.real"))
    ax.set_xlim(grid[0], grid[-1])
    ax.set_title(i18n.text("gan.samples_title", step=step))
    ax.set_xlabel("x")
    ax.set_ylabel(i18n.text("gan.density"))
    return artists
