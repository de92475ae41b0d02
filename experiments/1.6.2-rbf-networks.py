"""§1.6.2: Cover's theorem counted — how many random labellings become linearly separable.

For N = 20 random points in the square, each of 200 random ±1 labellings is tested for
linear separability (a linear program) after m = 1 … 20 Gaussian units, and in the two raw
inputs. About 4 000 linear programs: too slow for the notebook, which loads
``results/1.6.2-rbf-networks.json`` written by ``main()`` (``python3 tasks.py experiments 1.6.2``).
"""

import json
from pathlib import Path

import numpy as np

from nbcompanion import rbf

RESULT = Path(__file__).parent / "results" / "1.6.2-rbf-networks.json"
N_POINTS, WIDTH, N_LABELLINGS, SEED = 20, 0.5, 200, 0


def points(n_points=N_POINTS, random_state=SEED):
    """N points uniform in [−1, 1]²."""
    return np.random.default_rng(random_state).uniform(-1, 1, (n_points, 2))


def count(m, n_labellings=N_LABELLINGS):
    """Fraction of separable labellings after m Gaussian units (m = 0: the raw inputs)."""
    return rbf.separable_fraction(points(), m, width=WIDTH, n_labellings=n_labellings,
                                  random_state=SEED + m)


def main():
    m_values = list(range(0, N_POINTS + 1))
    counted = [round(count(m), 3) for m in m_values]
    formula = [round(rbf.cover_fraction(N_POINTS, (m if m else 2) + 1), 4) for m in m_values]
    result = {
        "description": "Fraction of random labellings of 20 uniform points in [-1,1]^2 that"
                       " are linearly separable (with a bias) after m Gaussian units (width"
                       " 0.5, prototypes drawn from the points); m = 0 is the raw 2-D input.",
        "n_points": N_POINTS, "width": WIDTH, "n_labellings": N_LABELLINGS,
        "m": m_values, "counted": counted, "cover_formula": formula,
        "slice": {"m": 10, "n_labellings": 50, "counted": count(10, 50)},
    }
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=1) + "\n")
    print("m, counted, formula:", list(zip(m_values, counted, formula)))


if __name__ == "__main__":
    main()
