"""A student's formula, read safely with sympy, and compared with another (§1.11, ex. 2, 3, 7, 8).

A formula is text such as ``"1/(1 + exp(-v))"``. It may use the variable ``v``, numbers,
``+ - * / ** ^``, brackets, and the functions of :data:`FUNCTIONS` (``exp``, ``log``,
``tanh``, ``sigmoid``, ``hard_tanh``, ``Max``, ...). Any other name or character is refused
before sympy sees the text, so reading a formula never runs arbitrary code.

Two formulas are compared first numerically on a grid of ``v`` (fast, and it finds a
counterexample when they differ), then symbolically by simplifying their difference.
"""

import re
from dataclasses import dataclass
from typing import Optional

import numpy as np
import sympy
from sympy.parsing.sympy_parser import convert_xor, parse_expr, standard_transformations

from . import i18n

__all__ = ["v", "FUNCTIONS", "FormulaError", "parse", "Comparison", "compare", "numeric",
           "GRID"]

#: The variable of the exercises' formulas, a real number.
v = sympy.Symbol("v", real=True)


def _sigmoid(x):
    return 1 / (1 + sympy.exp(-x))


def _hard_tanh(x):
    return sympy.Max(sympy.Min(x, 1), -1)


def _relu(x):
    return sympy.Max(x, 0)


#: The names a formula may use besides its variables.
FUNCTIONS = {
    "exp": sympy.exp, "log": sympy.log, "ln": sympy.log, "sqrt": sympy.sqrt,
    "tanh": sympy.tanh, "sinh": sympy.sinh, "cosh": sympy.cosh,
    "sigmoid": _sigmoid, "hard_tanh": _hard_tanh, "relu": _relu,
    "Max": sympy.Max, "Min": sympy.Min, "max": sympy.Max, "min": sympy.Min,
    "Abs": sympy.Abs, "abs": sympy.Abs, "E": sympy.E, "e": sympy.E, "pi": sympy.pi,
}

#: Points where formulas are compared numerically: a fine grid and the kinks at -1, 0, 1.
GRID = np.unique(np.concatenate([np.linspace(-6.0, 6.0, 241), [-1.0, -0.5, 0.0, 0.5, 1.0]]))

_ALLOWED_CHARACTERS = re.compile(r"[0-9A-Za-z_\s+\-*/^().,]*")
_NAME = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
_ATTRIBUTE = re.compile(r"\.\s*(?![eE][+-]?[0-9])[A-Za-z_]")
_MAX_LENGTH = 500
# parse_expr evaluates the code it generates: give it only the constructors that code calls.
_GLOBALS = {"__builtins__": {}, "Integer": sympy.Integer, "Float": sympy.Float,
            "Rational": sympy.Rational, "Symbol": sympy.Symbol}


class FormulaError(ValueError):
    """A formula that cannot be read; the message, in the notebook's language, says why."""


def parse(text, variables=(v,)):
    """Read the formula ``text`` into a sympy expression of ``variables``.

    Parameters
    ----------
    text : str, int, float or sympy.Expr
        The formula, e.g. ``"2*sigmoid(2*v) - 1"``.
    variables : sequence of sympy.Symbol
        The symbols the formula may use (by their names).

    Returns
    -------
    sympy.Expr

    Raises
    ------
    FormulaError
        For text that is not a formula of ``variables`` (unknown name, bad character,
        syntax error), with a message for the student.

    Examples
    --------
    >>> parse("2*sigmoid(2*v) - 1")
    -1 + 2/(1 + exp(-2*v))
    >>> parse("v^2")
    v**2
    """
    names = {str(symbol): symbol for symbol in variables}
    if isinstance(text, sympy.Expr):
        return _check_symbols(text, names)
    if isinstance(text, (int, float)) and not isinstance(text, bool):
        return sympy.nsimplify(text)
    if not isinstance(text, str):
        raise FormulaError(i18n.text("checks.formula_type", got=type(text).__name__))
    source = text.strip()
    if not source:
        raise FormulaError(i18n.text("checks.formula_empty"))
    if len(source) > _MAX_LENGTH:
        raise FormulaError(i18n.text("checks.formula_long", limit=_MAX_LENGTH))
    if _ALLOWED_CHARACTERS.fullmatch(source) is None:
        character = next(c for c in source if not _ALLOWED_CHARACTERS.fullmatch(c))
        raise FormulaError(i18n.text("checks.formula_character", character=character))
    if _ATTRIBUTE.search(source):  # a dot is for decimals only, never for attributes
        raise FormulaError(i18n.text("checks.formula_character", character="."))
    allowed = {**FUNCTIONS, **names}
    for name in _NAME.findall(source):
        if name not in allowed:
            raise FormulaError(i18n.text("checks.formula_name", name=name,
                                         allowed=", ".join([*names, *_SHOWN_FUNCTIONS])))
    try:
        expression = parse_expr(source, local_dict=dict(allowed), global_dict=dict(_GLOBALS),
                                transformations=standard_transformations + (convert_xor,))
    except Exception as error:  # SyntaxError, TokenError, TypeError from sympy: all mean "unreadable"
        raise FormulaError(i18n.text("checks.formula_syntax", formula=source,
                                     error=type(error).__name__)) from None
    if not isinstance(expression, sympy.Expr):
        raise FormulaError(i18n.text("checks.formula_syntax", formula=source,
                                     error=type(expression).__name__))
    return _check_symbols(expression, names)


_SHOWN_FUNCTIONS = ("exp", "log", "sqrt", "tanh", "sinh", "cosh", "sigmoid", "hard_tanh",
                    "relu", "Max", "Min", "Abs")


def _check_symbols(expression, names):
    unknown = sorted(str(s) for s in expression.free_symbols if str(s) not in names)
    if unknown:
        raise FormulaError(i18n.text("checks.formula_name", name=unknown[0],
                                     allowed=", ".join([*names, *_SHOWN_FUNCTIONS])))
    # Rebind to our symbols (a user's Symbol("v") lacks real=True).
    return expression.subs({sympy.Symbol(n): s for n, s in names.items()})


def numeric(expression, points=GRID, variable=v):
    """Values of ``expression`` at ``points`` as floats (nan where undefined).

    >>> numeric(parse("sigmoid(v)"), [0.0]).tolist()
    [0.5]
    """
    function = sympy.lambdify(variable, expression, modules="numpy")
    points = np.asarray(points, dtype=float)
    with np.errstate(all="ignore"):
        try:
            values = np.broadcast_to(np.asarray(function(points), dtype=complex), points.shape)
        except (TypeError, ValueError, ZeroDivisionError, OverflowError):
            values = np.array([complex(_point(expression, variable, p)) for p in points])
    values = np.where(np.abs(values.imag) > 1e-12, np.nan, values.real)
    return values.astype(float)


def _point(expression, variable, point):
    try:
        return complex(expression.subs(variable, point).evalf())
    except (TypeError, ValueError, ZeroDivisionError):
        return complex(np.nan)


@dataclass
class Comparison:
    """How two formulas compare.

    ``verdict`` is ``"symbolic"`` (sympy simplifies their difference to 0), ``"numeric"``
    (equal at every grid point, but sympy could not show it) or ``"different"``; for
    ``"different"``, ``point`` is a ``v`` where they differ and ``values`` their values there.
    """

    verdict: str
    point: Optional[float] = None
    values: Optional[tuple] = None

    @property
    def equal(self):
        return self.verdict != "different"


def compare(first, second, variable=v, points=GRID):
    """Compare two sympy expressions of ``variable``.

    >>> compare(parse("tanh(v)"), parse("2*sigmoid(2*v) - 1")).verdict
    'symbolic'
    >>> compare(parse("sigmoid(-v)"), parse("sigmoid(v)")).verdict
    'different'
    """
    a, b = numeric(first, points, variable), numeric(second, points, variable)
    close = np.isclose(a, b, rtol=1e-9, atol=1e-9) | (np.isnan(a) & np.isnan(b))
    if not close.all():
        i = int(np.flatnonzero(~close)[np.argmin(np.abs(points[~close]))])
        return Comparison("different", float(points[i]), (float(a[i]), float(b[i])))
    return Comparison("symbolic" if _simplifies_to_zero(first - second) else "numeric")


def _simplifies_to_zero(difference):
    """Whether sympy can bring ``difference`` to 0; cheap rewritings first."""
    attempts = [lambda d: d, lambda d: sympy.cancel(sympy.expand(d.rewrite(sympy.exp)))]
    if difference.has(sympy.Max, sympy.Min, sympy.Abs):
        # Piecewise is sympy's best chance here; general simplify only costs time.
        attempts.append(lambda d: sympy.simplify(sympy.piecewise_fold(d.rewrite(sympy.Piecewise))))
    else:
        attempts += [lambda d: sympy.simplify(d.rewrite(sympy.exp)), sympy.simplify]
    for attempt in attempts:
        try:
            if attempt(difference) == 0:
                return True
        except Exception:  # sympy may fail on an odd expression: then try the next way
            continue
    return False
