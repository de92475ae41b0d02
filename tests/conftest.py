"""Test set-up: a plain Agg backend, and every figure closed after each test."""

import os

import matplotlib

# matplotlib.use rather than MPLBACKEND: the variable would reach the kernels that nbval
# starts, and under Agg a notebook's `plt.show()` shows nothing.
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)
import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# Every random draw is seeded, hypothesis's too: the same examples on every run and machine,
# so a red CI is a bug that reproduces, not a draw. NBCOMPANION_HYPOTHESIS=explore searches
# new examples (run it before adding to the corpus; put what it finds in an @example).
settings.register_profile("seeded", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("NBCOMPANION_HYPOTHESIS", "seeded"))


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
