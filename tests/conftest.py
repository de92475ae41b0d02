"""Test set-up: a plain Agg backend, and every figure closed after each test."""

import matplotlib

# matplotlib.use rather than MPLBACKEND: the variable would reach the kernels that nbval
# starts, and under Agg a notebook's `plt.show()` shows nothing.
matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402  (after choosing the backend)
import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")
