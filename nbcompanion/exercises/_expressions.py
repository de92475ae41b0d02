"""Reading a formula the student types, and comparing it with a network (exercises 9, 10).

The student writes an expression in ``x1`` and ``x2`` as text, with the activations of
§1.2.1.3 by name (``sigmoid(x1 + x2)``, ``tanh(...)``, ``relu(...)``) or spelled out
(``1/(1 + exp(-v))``, ``Max(0, v)``). Only the names of :data:`NAMESPACE` are accepted, so
a typo is reported by name instead of becoming a new symbol, and nothing but arithmetic is
evaluated. Every failure comes back as a :class:`~nbcompanion.exercises.Feedback`.
"""

import io
import keyword
import tokenize

import numpy as np
import sympy
from scipy import special
from sympy.parsing.sympy_parser import auto_number, convert_xor, parse_expr

from .. import i18n
from ._feedback import MISSING, Feedback

__all__ = ["x1", "x2", "sigmoid", "relu", "NAMESPACE", "parse", "numeric", "symbolic_equal",
           "first_mismatch"]

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


#: Every name a typed formula may use, and what it means.
NAMESPACE = {
    "x1": x1, "x2": x2, "x_1": x1, "x_2": x2,
    "sigmoid": sigmoid, "sigma": sigmoid, "σ": sigmoid, "logistic": sigmoid, "expit": sigmoid,
    "tanh": sympy.tanh, "relu": relu, "ReLU": relu, "Relu": relu,
    "exp": sympy.exp, "log": sympy.log, "sqrt": sympy.sqrt,
    "sinh": sympy.sinh, "cosh": sympy.cosh, "sech": sympy.sech,
    "Max": sympy.Max, "max": sympy.Max, "Min": sympy.Min, "min": sympy.Min,
    "Abs": sympy.Abs, "abs": sympy.Abs,
    "Heaviside": sympy.Heaviside, "heaviside": sympy.Heaviside, "step": sympy.Heaviside,
    "E": sympy.E, "e": sympy.E, "pi": sympy.pi,
}

# How the numeric check evaluates the named activations (stable at large |v|).
_NUMPY = [{"sigmoid": special.expit, "relu": lambda v: np.maximum(v, 0.0),
           "Heaviside": lambda v, h0=1.0: np.heaviside(v, h0)}, "numpy"]

_MAX_LENGTH = 5000


def parse(answer, what="answer"):
    """Return ``(expression, None)`` for a readable formula, else ``(None, Feedback)``.

    ``answer`` is text or a sympy expression in x1 and x2.

    >>> parse("relu(x1 - x2)")[0]
    relu(x1 - x2)
    >>> parse("sigma(x1 +)")[1].passed
    False
    """
    if answer is MISSING:
        return None, Feedback.missing(what)
    if isinstance(answer, sympy.Basic):
        return _check_expression(answer)
    if not isinstance(answer, str):
        return None, _fail("expr.type", got=type(answer).__name__)
    text = answer.strip()
    if not text:
        return None, _fail("expr.empty")
    if len(text) > _MAX_LENGTH:
        return None, _fail("expr.too_long", limit=_MAX_LENGTH)
    names, problem = _names(text)
    if problem is not None:
        return None, problem
    unknown = sorted(n for n in names if n not in NAMESPACE)
    if unknown:
        return None, _fail("expr.unknown", names=", ".join(f"`{n}`" for n in unknown),
                           allowed=", ".join(f"`{n}`" for n in _SHOWN_NAMES))
    try:
        expression = parse_expr(text, local_dict=dict(NAMESPACE), global_dict=_GLOBALS,
                                transformations=(auto_number, convert_xor))
    except (SyntaxError, tokenize.TokenError) as error:
        return None, _fail("expr.syntax", detail=_first_line(error))
    except Exception as error:  # sympy reports bad arguments with many exception types
        return None, _fail("expr.invalid", detail=f"{type(error).__name__}: {_first_line(error)}")
    return _check_expression(expression)


_SHOWN_NAMES = ("x1", "x2", "sigmoid", "tanh", "relu", "exp", "Max", "Heaviside", "log",
                "cosh", "sech", "E")
_GLOBALS = {"Integer": sympy.Integer, "Float": sympy.Float, "Rational": sympy.Rational,
            "Symbol": sympy.Symbol, "__builtins__": {}}


def _names(text):
    """Return the identifiers of ``text`` and None, or None and a Feedback saying why not."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError) as error:
        return None, _fail("expr.syntax", detail=_first_line(error))
    names = {t.string for t in tokens if t.type == tokenize.NAME}
    words = sorted(n for n in names if keyword.iskeyword(n))
    if words:
        return None, _fail("expr.keyword", words=", ".join(words))
    return names, None


def _check_expression(expression):
    if not isinstance(expression, sympy.Expr):
        return None, _fail("expr.not_expression", got=type(expression).__name__)
    extra = sorted(str(s) for s in expression.free_symbols - {x1, x2})
    if extra:
        return None, _fail("expr.symbols", names=", ".join(extra))
    if expression.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
        return None, _fail("expr.infinite")
    return expression, None


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
        values = numeric(expression)(a, b)
    except Exception:  # a formula numpy cannot evaluate (for example a complex result)
        return None
    return values


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
    try:
        difference = sympy.expand(canonical(a) - canonical(b))
    except Exception:  # a heuristic: undecided rather than wrong
        return None
    return True if difference == 0 else None


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


def _first_line(error):
    message = str(error).strip().splitlines()
    return message[0] if message else type(error).__name__


def _fail(key, **values):
    return Feedback(False, [i18n.text(key, **values)])
