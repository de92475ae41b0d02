"""Exercise 9 of §1.11: the closed form of a small network.

Inputs x1, x2; two hidden layers of two units; all weights 1. In each layer the top unit
applies the sigmoid to the sum of its inputs and the bottom unit tanh; the output applies
ReLU to the sum of its two inputs. :func:`network` computes it numerically from that
description, :func:`closed_form` symbolically. :func:`check` reads the student's formula
(text in x1, x2 with ``sigmoid``, ``tanh``, ``relu`` or ``exp``, ``Max``), compares it with
the network at many points and, where sympy can, symbolically, and names typical slips.
"""

import numpy as np
import sympy
from scipy import special

from .. import i18n
from . import _expressions as expressions
from ._expressions import relu, sigmoid, x1, x2
from ._feedback import Feedback, guarded, hints, numbers

__all__ = ["network", "closed_form", "evaluate", "check", "hint", "REFERENCE", "POINTS",
           "WIDE_POINTS",
           "x1", "x2", "sigmoid", "relu"]

#: Where the formulas are compared: seeded points in [-4, 4]², half of them where o = 0.
POINTS = np.random.default_rng(909).uniform(-4, 4, size=(400, 2))
#: Further points the notebook never shows: seeded random ones on [-40, 40]² and large ones,
#: where a formula that only imitates the network on [-4, 4]² gives itself away.
WIDE_POINTS = np.concatenate([
    np.random.default_rng(9091).uniform(-40, 40, size=(200, 2)),
    np.array([(s * 10.0 ** k, t * 10.0 ** j) for k in (2, 4, 8, 16, 50, 150, 300)
              for j in (0, 3, 300) for s in (-1, 1) for t in (-1, 1)]),
])

hint = hints([f"ex09.hint{i}" for i in range(1, 5)])


def network(a, b, depth=2):
    """The output o of the network of exercise 9 at inputs ``(a, b)``, computed forward.

    Parameters
    ----------
    a, b : float or ndarray
        The inputs x1 and x2 (arrays of the same shape give one output per pair).
    depth : int, default=2
        Number of hidden layers of two units (the exercise has 2).

    Returns
    -------
    float or ndarray
        o = ReLU(h_top + h_bottom) of the last hidden layer.

    >>> round(float(network(0.0, 0.0)), 6)
    1.084576
    """
    top, bottom = a, b  # the inputs feed both units of layer 1, with weight 1
    for _ in range(depth):
        total = top + bottom
        top, bottom = special.expit(total), np.tanh(total)
    return np.maximum(top + bottom, 0.0)


def closed_form(depth=2):
    """The same network as one sympy expression in x1 and x2.

    >>> closed_form(1)
    relu(tanh(x1 + x2) + sigmoid(x1 + x2))
    """
    top, bottom = x1, x2
    for _ in range(depth):
        total = top + bottom
        top, bottom = sigmoid(total), sympy.tanh(total)
    return relu(top + bottom)


REFERENCE = closed_form()


def evaluate(formula, a, b):
    """The value of a formula (text or sympy, as typed for :func:`check`) at x1 = a, x2 = b.

    >>> round(float(evaluate("relu(x1 - x2)", 2.0, 0.5)), 3)
    1.5
    """
    expression, problem = expressions.parse(formula)
    if problem is not None:
        raise ValueError(str(problem))
    return expressions.numeric(expression)(a, b)


def _variants():
    """Typical wrong formulas, by the i18n key of the slip they show."""
    s1 = x1 + x2
    s2 = sigmoid(s1) + sympy.tanh(s1)
    s3 = sigmoid(s2) + sympy.tanh(s2)
    return {
        "ex09.why.no_relu": s3,
        "ex09.why.negated": -REFERENCE,
        "ex09.why.one_layer": relu(s2),
        "ex09.why.three_layers": closed_form(3),
        "ex09.why.split_inputs": relu(sigmoid(sigmoid(x1) + sympy.tanh(x2))
                                      + sympy.tanh(sigmoid(x1) + sympy.tanh(x2))),
        "ex09.why.no_mixing": relu(sigmoid(sigmoid(s1)) + sympy.tanh(sympy.tanh(s1))),
        "ex09.why.sigmoid_sign": REFERENCE.replace(sigmoid, lambda v: sigmoid(-v)),
        "ex09.why.product": relu(sigmoid(sigmoid(s1) * sympy.tanh(s1))
                                 * sympy.tanh(sigmoid(s1) * sympy.tanh(s1))),
    }


@guarded
def check(answer):
    """Compare the student's closed form (text or sympy) with the network."""
    expression, problem = expressions.parse(answer, "`closed_form`")
    if problem is not None:
        return problem
    a, b = POINTS[:, 0], POINTS[:, 1]
    values = expressions.evaluate(expression, a, b)
    expected = network(a, b)
    if values is None:
        return Feedback(False, [i18n.text("ex09.not_numeric")])
    wrong = expressions.first_mismatch(values, expected)
    if wrong is not None:
        return _mismatch(a[wrong], b[wrong], values[wrong], expected[wrong],
                         _diagnose(expression, values, a, b))
    wide_a, wide_b = WIDE_POINTS[:, 0], WIDE_POINTS[:, 1]
    wide = expressions.evaluate(expression, wide_a, wide_b)
    wide_expected = network(wide_a, wide_b)
    wrong = None if wide is None else expressions.confirmed_mismatch(
        wide, wide_expected, expression, REFERENCE, wide_a, wide_b, wide=True)
    if wide is None or wrong is not None:
        if wide is None:
            return Feedback(False, [i18n.text("ex09.not_numeric")])
        return _mismatch(wide_a[wrong], wide_b[wrong], wide[wrong], wide_expected[wrong],
                         [i18n.text("ex09.only_nearby")])
    proved = expressions.symbolic_equal(expression, REFERENCE)
    return Feedback(True, [
        i18n.text("ex09.passed", n=len(a)),
        i18n.text("ex09.symbolic" if proved else "ex09.numeric_only"),
        i18n.text("ex09.size", yours=expressions.size(expression),
                  reference=expressions.size(REFERENCE)),
        i18n.text("exercise.solution", notebook="ex09-closed-form.ipynb"),
    ])


def _mismatch(a, b, yours, expected, lines):
    yours, expected = numbers(yours, expected)
    return Feedback(False, [
        i18n.text("ex09.mismatch", x1=_fmt(a), x2=_fmt(b), yours=yours, network=expected),
        *lines,
        i18n.text("ex09.try_hint"),
    ])


def _diagnose(expression, values, a, b):
    """Lines naming a known slip, or general facts the formula breaks."""
    for key, variant in _variants().items():
        expected = expressions.evaluate(variant, a, b)
        if expected is not None and expressions.first_mismatch(values, expected) is None:
            return [i18n.text(key)]
    lines = []
    if np.nanmin(values) < -1e-12:
        lines.append(i18n.text("ex09.negative"))
    if expressions.first_mismatch(values, expressions.evaluate(expression, b, a)) is not None \
            or expressions.first_mismatch(values, expressions.evaluate(expression, a + b, 0 * a)) is not None:
        lines.append(i18n.text("ex09.not_sum"))
    return lines


def _fmt(value):
    return numbers(value, value)[0]
