"""Reading a formula the student types, and comparing it with a network (exercises 9, 10).

The student writes an expression in ``x1`` and ``x2`` as text, with the activations of
§1.2.1.3 by name (``sigmoid(x1 + x2)``, ``tanh(...)``, ``relu(...)``) or spelled out
(``1/(1 + exp(-v))``, ``Max(0, v)``). The text is read by :func:`nbcompanion.symbolic.read`,
the one reader of every exercise: only the names of :data:`NAMESPACE` are accepted, so a
typo is reported by name instead of becoming a new symbol, nothing but arithmetic is
built, and sizes are bounded before anything is computed. Every failure comes back as a
:class:`~nbcompanion.exercises.Feedback`.
"""

import numpy as np
import sympy
from scipy import special

from .. import symbolic
from .._timeout import time_limit
from ._feedback import MISSING, Feedback

__all__ = ["x1", "x2", "sigmoid", "relu", "NAMESPACE", "FUNCTIONS", "VARIABLES", "parse",
           "numeric", "evaluate", "symbolic_equal", "first_mismatch", "confirmed_mismatch"]

x1, x2 = sympy.symbols("x1 x2", real=True)


class sigmoid(sympy.Function):  # noqa: N801  (named as the reader writes it)
    """The sigmoid 1/(1 + exp(-v)) of eq. (1.16) as one symbolic operation.

    Its derivative is written from its output, σ(v)(1 - σ(v)), as in eq. (1.18).

    >>> sympy.diff(sigmoid(x1), x1)
    (1 - sigmoid(x1))*sigmoid(x1)
    """

    def fdiff(self, argindex=1):
        value = sigmoid(self.args[0])
        return value * (1 - value)

    def _eval_rewrite_as_exp(self, v, **kwargs):
        return 1 / (1 + sympy.exp(-v))

    @classmethod
    def eval(cls, v):
        if v.is_zero:
            return sympy.Rational(1, 2)
        return None


class relu(sympy.Function):  # noqa: N801
    """ReLU max{v, 0} (§1.2.1.3) as one symbolic operation; its derivative is the step.

    >>> sympy.diff(relu(x1), x1)
    Heaviside(x1)
    """

    def fdiff(self, argindex=1):
        return sympy.Heaviside(self.args[0])

    def _eval_rewrite_as_Max(self, v, **kwargs):
        return sympy.Max(0, v)

    _eval_rewrite_as_exp = _eval_rewrite_as_Max


#: What the function names of :data:`nbcompanion.symbolic.VOCABULARY` mean in x1 and x2:
#: sigmoid and ReLU as single operations (so the closed form stays readable).
FUNCTIONS = {**symbolic.FUNCTIONS, "sigmoid": sigmoid, "relu": relu}
#: The spellings of the variables.
VARIABLES = {"x1": x1, "x2": x2, "x_1": x1, "x_2": x2, "x₁": x1, "x₂": x2}
#: Every name a typed formula may use: the one vocabulary of all exercises, in x1 and x2.
NAMESPACE = {**VARIABLES, **{name: FUNCTIONS.get(meaning, meaning)
                             for name, meaning in symbolic.VOCABULARY.items()}}

# How the numeric check evaluates the named activations (stable at large |v|).
_NUMPY = [{"sigmoid": special.expit, "relu": lambda v: np.maximum(v, 0.0),
           "Heaviside": lambda v, h0=1.0: np.heaviside(v, h0)}, "numpy"]


def parse(answer, what="answer"):
    """Return ``(expression, None)`` for a readable formula, else ``(None, Feedback)``.

    ``answer`` is text or a sympy expression in x1 and x2, read by
    :func:`nbcompanion.symbolic.read` (one whitelist for every exercise).

    >>> parse("relu(x1 - x2)")[0]
    relu(x1 - x2)
    >>> parse("sigma(x1 +)")[1].passed
    False
    """
    if answer is MISSING:
        return None, Feedback.missing(what)
    try:
        return symbolic.read(answer, VARIABLES, FUNCTIONS), None
    except symbolic.FormulaError as error:
        return None, Feedback(False, [f"{what}: {error}"])


def numeric(expression):
    """Return a numpy function ``f(x1, x2)`` of a parsed expression.

    >>> float(numeric(parse("sigmoid(x1) + relu(x2)")[0])(0.0, -1.0))
    0.5
    """
    function = sympy.lambdify((x1, x2), expression, modules=_NUMPY)

    def evaluate(a, b):
        a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
        with np.errstate(all="ignore"):
            return np.broadcast_to(np.asarray(function(a, b), dtype=float), a.shape)

    return evaluate


def evaluate(expression, a, b):
    """Values of ``expression`` at the points ``(a, b)``, or None if they cannot be computed."""
    try:
        with time_limit(2.0) as limit:
            values = numeric(expression)(a, b)
    except Exception:  # a formula numpy cannot evaluate (for example a complex result)
        return None
    return None if limit.expired else values


def confirmed_mismatch(values, expected, first, second, a, b, *, wide):
    """Index of the first point where two formulas truly differ, or None.

    Like :func:`first_mismatch`; at ``wide`` points (far from where the exercise's
    notebook looks) a value that only one side cannot compute is skipped, and every
    difference is confirmed at 30 digits, so float rounding cannot fake one.
    """
    close = np.isclose(values, expected, rtol=1e-7, atol=1e-9)
    if wide:
        close |= ~(np.isfinite(values) & np.isfinite(expected))
    else:
        close &= np.isfinite(values)
    for checked, i in enumerate(np.flatnonzero(~close)):
        if not wide:
            return int(i)
        if checked >= 20:
            return None
        at = {x1: sympy.Float(a[i], 30), x2: sympy.Float(b[i], 30)}
        if symbolic.precise_difference(first, second, at):
            return int(i)
    return None


def first_mismatch(values, expected, *, rtol=1e-7, atol=1e-9):
    """Index of the first entry where ``values`` differs from ``expected``, or None.

    >>> first_mismatch(np.array([1.0, 2.0]), np.array([1.0, 2.5]))
    1
    """
    close = np.isclose(values, expected, rtol=rtol, atol=atol) & np.isfinite(values)
    if close.all():
        return None
    return int(np.flatnonzero(~close)[0])


def symbolic_equal(a, b):
    """Whether sympy shows ``a == b`` at once: True, or None when it cannot tell quickly.

    Both sides are first written with the named activations (``1/(1 + exp(-v))`` becomes
    ``sigmoid(v)``, ``Max(0, v)`` becomes ``relu(v)``), then their difference is expanded.
    A full ``simplify`` can take minutes on these nested formulas, so it is not attempted:
    the numeric comparison decides, this only confirms.

    >>> symbolic_equal(parse("Max(0, x2 + 1/(1 + exp(-x1)))")[0], parse("relu(x2 + sigmoid(x1))")[0])
    True
    """
    with time_limit(2.0):
        try:
            difference = sympy.expand(canonical(a) - canonical(b))
        except Exception:  # a heuristic: undecided rather than wrong
            return None
        return True if difference == 0 else None
    return None


def canonical(expression):
    """``expression`` with sigmoid and ReLU written by name wherever they are spelled out.

    >>> canonical(parse("1/(1 + exp(-x1 - x2))")[0])
    sigmoid(x1 + x2)
    """
    expression = expression.replace(_is_spelled_sigmoid, _as_sigmoid)
    return expression.replace(_is_spelled_relu, _as_relu)


def _is_spelled_sigmoid(e):
    if not (e.is_Pow and e.exp == -1 and e.base.is_Add and len(e.base.args) == 2):
        return False
    one, other = sorted(e.base.args, key=lambda t: t != 1)
    return one == 1 and isinstance(other, sympy.exp)


def _as_sigmoid(e):
    other = next(t for t in e.base.args if t != 1)
    return sigmoid(-other.args[0])


def _is_spelled_relu(e):
    return isinstance(e, sympy.Max) and len(e.args) == 2 and sympy.S.Zero in e.args


def _as_relu(e):
    return relu(next(t for t in e.args if t != 0))


def size(expression):
    """Number of operations in ``expression`` (``sympy.count_ops``), its size as a formula."""
    return int(sympy.count_ops(expression))

