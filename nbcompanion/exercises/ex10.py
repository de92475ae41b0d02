"""Exercise 10 of §1.11: ∂o/∂x1 of the closed form of exercise 9, and is that practical?

:func:`check` compares the student's derivative (text or sympy, as in exercise 9) with
sympy's derivative of the closed form and with central differences of the numeric network,
and asks whether closed forms are a practical route to gradients. :func:`backprop` computes
the same derivative by one forward and one backward sweep (eqs. 1.24-1.27) and counts its
arithmetic operations, which :func:`sizes` sets against the size of the closed forms.
"""

import functools

import numpy as np
import sympy
from scipy import special

from .. import i18n
from . import _expressions as expressions
from ._expressions import sigmoid, x1, x2
from ._feedback import MISSING, Feedback, guarded, hints, numbers, shown
from .ex09 import POINTS, REFERENCE, WIDE_POINTS, closed_form, network

__all__ = ["check", "hint", "DERIVATIVE", "central_difference", "backprop", "sizes"]

DERIVATIVE = sympy.diff(REFERENCE, x1)

hint = hints([f"ex10.hint{i}" for i in range(1, 6)])

_STEP = 1e-6
_KINK = 1e-3  # points this close to the ReLU's kink are left out of the comparison


def central_difference(a, b, step=_STEP, depth=2):
    """∂o/∂x1 of the numeric network by central differences, (o(x1 + h) - o(x1 - h)) / 2h.

    >>> round(float(central_difference(0.0, 0.0)), 5)
    1.27681
    """
    return (network(a + step, b, depth) - network(a - step, b, depth)) / (2 * step)


def backprop(a, b, depth=2):
    """∂o/∂x1 by a forward and a backward sweep, and the number of operations used.

    Every hidden unit h receives the sum of the two units before it (weights 1), so by
    eq. (1.26) its Δ(h, o) = Σ over its two successors of Φ'(a) · 1 · Δ(successor, o), with
    Φ' written from the outputs: σ' = h(1 - h), tanh' = 1 - h² (eqs. 1.18, 1.21).

    Returns
    -------
    derivative : float
    operations : int
        Additions, multiplications and activation evaluations of both sweeps.

    >>> value, operations = backprop(0.0, 0.0)
    >>> round(value, 5), operations
    (1.27681, 21)
    """
    ops = 0
    inputs, layers = (a, b), []
    for _ in range(depth):  # forward: a sum and two activations per layer
        total = inputs[0] + inputs[1]
        inputs = (float(special.expit(total)), float(np.tanh(total)))
        layers.append(inputs)
        ops += 3
    pre_output = inputs[0] + inputs[1]
    ops += 2  # the output's sum and its ReLU
    delta = 1.0 if pre_output >= 0 else 0.0  # Δ(o, o) times ReLU', book's convention at 0
    ops += 1
    for top, bottom in reversed(layers):
        # Φ'(a) of both units from their outputs, then their sum times the shared Δ.
        delta = (top * (1 - top) + (1 - bottom * bottom)) * delta
        ops += 6
    return delta, ops  # ∂s1/∂x1 = 1: the first sum passes Δ to x1 unchanged


def sizes(depths=range(1, 6)):
    """Rows (depth, size of o, size of ∂o/∂x1, backprop operations) for each depth.

    Sizes are ``sympy.count_ops`` of the formulas, which counts a repeated subformula
    every time it appears, as writing the formula out does.

    >>> sizes([1, 2])
    [(1, 6, 19, 12), (2, 14, 63, 21)]
    """
    return [_size_row(int(depth)) for depth in depths]


@functools.cache
def _size_row(depth):
    formula = closed_form(depth)
    return (depth, expressions.size(formula), expressions.size(sympy.diff(formula, x1)),
            backprop(0.0, 0.0, depth)[1])


def _paths(local_sigmoid, local_tanh, local_relu=sympy.Heaviside, layers=2, inner=True):
    """∂o/∂x1 summed over the paths of the network, with the given local derivatives."""
    s = x1 + x2
    factors = []
    for _ in range(2):
        factors.append(local_sigmoid(s) + local_tanh(s))
        s = sigmoid(s) + sympy.tanh(s)
    if not inner:
        factors = factors[1:]
    product = sympy.Mul(*factors[-layers:])
    return local_relu(s) * product


def _variants():
    good_sigmoid = lambda v: sigmoid(v) * (1 - sigmoid(v))  # noqa: E731
    good_tanh = lambda v: 1 - sympy.tanh(v) ** 2  # noqa: E731
    s = x1 + x2
    s2 = sigmoid(s) + sympy.tanh(s)
    return {
        "ex10.why.negated": -DERIVATIVE,
        "ex10.why.no_gate": _paths(good_sigmoid, good_tanh, local_relu=lambda v: 1),
        "ex10.why.sigmoid": _paths(sigmoid, good_tanh),
        "ex10.why.tanh": _paths(good_sigmoid, lambda v: 1 - sympy.tanh(v)),
        "ex10.why.no_inner": _paths(good_sigmoid, good_tanh, inner=False),
        "ex10.why.one_path": sympy.Heaviside(sigmoid(s2) + sympy.tanh(s2))
        * good_sigmoid(s2) * good_sigmoid(s),
        "ex10.why.closed_form": REFERENCE,
    }


@guarded
def check(derivative, practical=MISSING):
    """Check ∂o/∂x1 (text or sympy) and the answer to "is the closed form practical?"."""
    expression, first = expressions.parse(derivative, "`derivative`")
    if first is None:
        first = _check_derivative(expression)
    second = _check_practical(practical)
    marks = {True: "✓", False: "✗"}
    summary = i18n.text("ex10.summary", derivative=marks[first.passed],
                        practical=marks[second.passed])
    lines = [summary, *first.lines, *second.lines]
    if first.passed and second.passed:
        lines.append(i18n.text("exercise.solution", notebook="ex10-closed-form-derivative.ipynb"))
    return Feedback(first.passed and second.passed, lines)


def _check_derivative(expression):
    a, b = POINTS[:, 0], POINTS[:, 1]
    pre_output = _pre_output(a, b)
    keep = np.abs(pre_output) > _KINK
    a, b = a[keep], b[keep]
    values = expressions.evaluate(expression, a, b)
    if values is None:
        return Feedback(False, [i18n.text("ex09.not_numeric")])
    exact = expressions.evaluate(DERIVATIVE, a, b)
    wrong = expressions.first_mismatch(values, exact)
    if wrong is not None:
        lines = [_mismatch_line(a[wrong], b[wrong], values[wrong], exact[wrong])]
        for key, variant in _variants().items():
            expected = expressions.evaluate(variant, a, b)
            if expected is not None and expressions.first_mismatch(values, expected) is None:
                lines.append(i18n.text(key))
                break
        lines.append(i18n.text("ex10.try_hint"))
        return Feedback(False, lines)
    wide_a, wide_b = WIDE_POINTS[:, 0], WIDE_POINTS[:, 1]
    keep = np.abs(_pre_output(wide_a, wide_b)) > _KINK
    wide_a, wide_b = wide_a[keep], wide_b[keep]
    wide = expressions.evaluate(expression, wide_a, wide_b)
    if wide is None:
        return Feedback(False, [i18n.text("ex09.not_numeric")])
    wide_exact = expressions.evaluate(DERIVATIVE, wide_a, wide_b)
    wrong = expressions.confirmed_mismatch(wide, wide_exact, expression, DERIVATIVE,
                                           wide_a, wide_b, wide=True)
    if wrong is not None:
        return Feedback(False, [
            _mismatch_line(wide_a[wrong], wide_b[wrong], wide[wrong], wide_exact[wrong]),
            i18n.text("ex09.only_nearby"), i18n.text("ex10.try_hint")])
    differences = central_difference(a, b)
    error = float(np.max(np.abs(values - differences)))
    proved = expressions.symbolic_equal(expression, DERIVATIVE)
    return Feedback(True, [
        i18n.text("ex10.passed", n=len(a), error=f"{error:.1e}"),
        i18n.text("ex10.symbolic" if proved else "ex09.numeric_only"),
        i18n.text("ex10.size", yours=expressions.size(expression),
                  reference=expressions.size(REFERENCE), ops=backprop(0.0, 0.0)[1]),
    ])


def _mismatch_line(a, b, yours, exact):
    with np.errstate(all="ignore"):
        differences = central_difference(a, b)
    yours, exact = numbers(yours, exact)
    return i18n.text("ex10.mismatch", x1=_fmt(a), x2=_fmt(b), yours=yours, exact=exact,
                     fd=_fmt(differences))


def _pre_output(a, b):
    s = a + b
    s = special.expit(s) + np.tanh(s)
    return special.expit(s) + np.tanh(s)


_YES = {"yes", "да", "true", "practical", "практично"}
_NO = {"no", "нет", "false", "impractical", "not practical", "непрактично"}


def _check_practical(practical):
    if practical is MISSING:
        return Feedback.missing("`practical`")
    if isinstance(practical, str):
        word = practical.strip().lower()
        practical = True if word in _YES else False if word in _NO else word
    if not isinstance(practical, (bool, np.bool_)):
        return Feedback(False, [i18n.text("ex10.practical_type", got=shown(practical))])
    rows = sizes([2, 4])
    values = dict(size2=rows[0][2], size4=rows[1][2], ops2=rows[0][3], ops4=rows[1][3])
    if practical:
        return Feedback(False, [i18n.text("ex10.practical_yes", **values)])
    return Feedback(True, [i18n.text("ex10.practical_no", **values)])


def _fmt(value):
    return numbers(value, value)[0]
