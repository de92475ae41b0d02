"""A student's formula, read safely, and compared with another (§1.11, ex. 2, 3, 7-10).

A formula is text such as ``"1/(1 + exp(-v))"``: numbers (``2``, ``0.5``, ``1e5``, ``2E3``),
the variables of the exercise, ``+ - * / ** ^``, brackets, and the functions and constants
of :data:`VOCABULARY` (``exp``, ``log``/``ln``, ``tanh``, ``sech``, ``sigmoid``/``sigma``/
``σ``, ``relu``, ``hard_tanh``, ``Max``, ``Heaviside``, ``e``, ``pi``, ...). Every exercise
reads formulas with :func:`read`, one whitelist for all of them:

* the text is parsed by Python's :mod:`ast` (which only builds a tree, it runs nothing), and
  the tree is walked here: a number, a known name, ``+ - * / ** ^``, a unary sign and a call
  of a known function with positional arguments are accepted, anything else (text in
  quotes, f-strings, attributes, indexing, lambdas, comprehensions, keyword arguments,
  comparisons, ...) is refused with a message naming it;
* the sympy expression is built node by node from that tree, so no text ever reaches
  ``sympify`` or ``parse_expr``;
* sizes are bounded before anything is computed: the text's length, the nesting depth, every
  number (at most 10^300 in magnitude) and every power (exponent at most 100 in magnitude,
  and a power of two numbers at most 10^300), so ``9**9**9**9`` is refused at once instead
  of hanging; what is left runs under a time limit (:mod:`nbcompanion._timeout`).

Two formulas are compared numerically (a fine grid on [-6, 6], seeded random points on
[-40, 40] and points up to 10^300 in magnitude, a disagreement there confirmed at 30 digits
so rounding cannot fake one), then symbolically by simplifying their difference, within a
time budget.
"""

import ast
import math
import warnings
from dataclasses import dataclass

import numpy as np
import sympy

from . import i18n
from ._timeout import time_limit

__all__ = ["v", "VOCABULARY", "FUNCTIONS", "FormulaError", "read", "parse", "Comparison",
           "compare", "numeric", "GRID", "WIDE", "EXTREME", "MAX_LENGTH", "MAX_EXPONENT"]

#: The variable of the exercises' formulas, a real number.
v = sympy.Symbol("v", real=True)

#: Every spelling a formula may use for a function or a constant, and what it means.
VOCABULARY = {
    **dict.fromkeys(("sigmoid", "sigma", "σ", "logistic", "expit", "Sigmoid"), "sigmoid"),
    **dict.fromkeys(("tanh", "Tanh"), "tanh"),
    **dict.fromkeys(("relu", "ReLU", "Relu", "RELU"), "relu"),
    **dict.fromkeys(("hard_tanh", "hardtanh", "HardTanh", "Hardtanh"), "hard_tanh"),
    "exp": "exp", **dict.fromkeys(("log", "ln"), "log"), "sqrt": "sqrt",
    "sinh": "sinh", "cosh": "cosh", "sech": "sech",
    **dict.fromkeys(("Max", "max"), "max"), **dict.fromkeys(("Min", "min"), "min"),
    **dict.fromkeys(("Abs", "abs"), "abs"),
    **dict.fromkeys(("Heaviside", "heaviside", "step"), "heaviside"),
    **dict.fromkeys(("sign", "sgn"), "sign"),
    **dict.fromkeys(("e", "E"), "E"), **dict.fromkeys(("pi", "π"), "pi"),
}

#: How many arguments each function takes: (fewest, most).
_ARITY = {"max": (1, 20), "min": (1, 20), "log": (1, 1), "heaviside": (1, 1)}
_CONSTANTS = {"E": sympy.E, "pi": sympy.pi}


def _sigmoid(x):
    return 1 / (1 + sympy.exp(-x))


def _hard_tanh(x):
    return sympy.Max(sympy.Min(x, 1), -1)


def _relu(x):
    return sympy.Max(x, 0)


#: What each function means in the formulas of v (sigmoid and ReLU spelled out, so that
#: sympy can simplify them). Exercises 9 and 10 use their own sigmoid and ReLU.
FUNCTIONS = {
    "exp": sympy.exp, "log": sympy.log, "sqrt": sympy.sqrt,
    "tanh": sympy.tanh, "sinh": sympy.sinh, "cosh": sympy.cosh, "sech": sympy.sech,
    "sigmoid": _sigmoid, "hard_tanh": _hard_tanh, "relu": _relu,
    "max": sympy.Max, "min": sympy.Min, "abs": sympy.Abs,
    "heaviside": sympy.Heaviside, "sign": sympy.sign,
}

MAX_LENGTH = 2000
MAX_DEPTH = 60
MAX_EXPONENT = 100
_MAX_LOG10 = 300  # numbers are at most 10^300 in magnitude
_MAX_NODES = 3000
_BUILD_SECONDS = 1.0
_SIMPLIFY_SECONDS = 2.0

#: Points where formulas of v are compared: a fine grid and the kinks at -1, 0, 1 ...
GRID = np.unique(np.concatenate([np.linspace(-6.0, 6.0, 241), [-1.0, -0.5, 0.0, 0.5, 1.0]]))
#: ... seeded random points far from the grid the notebooks show ...
WIDE = np.sort(np.random.default_rng(20261).uniform(-40.0, 40.0, 120))
#: ... and points up to 10^300 in magnitude, where an added ReLU(|v| - c) shows.
EXTREME = np.array([s * 10.0 ** k for k in (2, 3, 4, 6, 9, 12, 16, 25, 50, 100, 200, 300)
                    for s in (-1.0, 1.0)])

_UNICODE = str.maketrans({"−": "-", "–": "-", "×": "*", "·": "*", "⋅": "*", "÷": "/",
                          "\n": " ", "\r": " ", "\t": " ",
                          **{c: f"**{d}" for d, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}})


class FormulaError(ValueError):
    """A formula that cannot be read; the message, in the notebook's language, says why."""


def _error(key, **values):
    return FormulaError(i18n.text(key, **values))


def _short(text, limit=60):
    text = str(text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def read(text, variables, functions=None):
    """Read the formula ``text`` into a sympy expression, with one whitelist for all exercises.

    Parameters
    ----------
    text : str, int, float or sympy.Expr
        The formula, e.g. ``"2*sigmoid(2*v) - 1"``.
    variables : dict of str to sympy.Symbol
        The variables the formula may use, by every spelling accepted.
    functions : dict of str to callable, optional
        What each canonical function name of :data:`VOCABULARY` means; :data:`FUNCTIONS`
        by default.

    Returns
    -------
    sympy.Expr

    Raises
    ------
    FormulaError
        With a message for the student: what is not a formula, and why.

    Examples
    --------
    >>> read("sigma(v) + ln(2E3)", {"v": v})
    log(2000) + 1/(1 + exp(-v))
    """
    functions = FUNCTIONS if functions is None else functions
    reader = _Reader(variables, functions)
    if isinstance(text, sympy.Basic):
        return reader.sympy(text)
    if isinstance(text, (bool, np.bool_)) or not isinstance(text, (str, int, float, np.integer,
                                                                    np.floating)):
        raise _error("checks.formula_type", got=_short(type(text).__name__, 40))
    if not isinstance(text, str):
        if isinstance(text, (int, np.integer)) and int(text).bit_length() > 1000:
            raise _error("checks.formula_number", formula=_short(str(int(text))[:20] + "…"))
        value = float(text)
        if not math.isfinite(value) or abs(value) > 10.0 ** _MAX_LOG10:
            raise _error("checks.formula_number", formula=_short(repr(value)))
        return sympy.Rational(repr(value)) if isinstance(value, float) else sympy.Integer(int(text))
    # ^ is a power, with the precedence of ** (Python's ^ binds more loosely than /).
    source = text.translate(_UNICODE).replace("^", "**").strip()
    if not source:
        raise _error("checks.formula_empty")
    if len(source) > MAX_LENGTH:
        raise _error("checks.formula_long", limit=MAX_LENGTH)
    try:
        with warnings.catch_warnings():  # "invalid decimal literal" and the like: errors below
            warnings.simplefilter("ignore")
            tree = ast.parse(source, mode="eval")
    except SyntaxError as error:
        detail = error.msg if isinstance(error.msg, str) else "SyntaxError"
        raise _error("checks.formula_syntax", formula=_short(source), error=_short(detail)) from None
    except (ValueError, RecursionError, MemoryError, OverflowError):
        raise _error("checks.formula_nested", limit=MAX_DEPTH) from None
    reader.source = source
    with time_limit(_BUILD_SECONDS) as limit:
        expression = reader.node(tree.body, 0)
        reader.constants(expression)
    if limit.expired:
        raise _error("checks.formula_slow", formula=_short(source))
    return expression


class _Reader:
    """Builds a sympy expression from a parsed tree, refusing anything but arithmetic."""

    def __init__(self, variables, functions):
        self.variables = dict(variables)
        self.functions = functions
        self.source = ""

    def allowed(self):
        shown = [*dict.fromkeys(self.variables.values())]
        names = [str(s) for s in shown] + ["exp", "log", "ln", "sqrt", "tanh", "sinh", "cosh",
                                           "sech", "sigmoid", "relu", "hard_tanh", "Max",
                                           "Min", "Abs", "Heaviside", "e", "pi"]
        return ", ".join(names)

    def segment(self, node):
        try:
            text = ast.get_source_segment(self.source, node)
        except Exception:  # positions missing: describe the node by its kind only
            text = None
        return _short(text or type(node).__name__, 40)

    def refuse(self, node):
        kind = _KINDS.get(type(node).__name__, "other")
        if isinstance(node, ast.Constant) and not isinstance(node.value, (str, bytes)):
            kind = "other"
        raise _error("checks.formula_element", element=self.segment(node),
                     kind=i18n.text(f"checks.kind.{kind}"))

    def node(self, node, depth):
        if depth > MAX_DEPTH:
            raise _error("checks.formula_nested", limit=MAX_DEPTH)
        if isinstance(node, ast.Constant):
            return self.number(node)
        if isinstance(node, ast.Name):
            return self.name(node)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.USub):
                return self.bounded(-self.node(node.operand, depth + 1), node)
            if isinstance(node.op, ast.UAdd):
                return self.node(node.operand, depth + 1)
            raise _error("checks.formula_operator", operator=_OPERATORS.get(type(node.op), "?"))
        if isinstance(node, ast.BinOp):
            return self.binary(node, depth)
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        self.refuse(node)

    def number(self, node):
        value = node.value
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.refuse(node)
        if isinstance(value, int):
            if value.bit_length() > 1000:
                raise _error("checks.formula_number", formula=self.segment(node))
            number = sympy.Integer(value)
        else:
            if not math.isfinite(value):
                raise _error("checks.formula_number", formula=self.segment(node))
            number = sympy.Rational(repr(value))
        return self.bounded(number, node)

    def name(self, node):
        if node.id in self.variables:
            return self.variables[node.id]
        meaning = VOCABULARY.get(node.id)
        if meaning in _CONSTANTS:
            return _CONSTANTS[meaning]
        if meaning is not None:
            raise _error("checks.formula_bare_function", name=node.id)
        raise _error("checks.formula_name", name=_short(node.id, 30), allowed=self.allowed())

    def binary(self, node, depth):
        operator = type(node.op)
        if operator not in (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.Pow):
            raise _error("checks.formula_operator", operator=_OPERATORS.get(operator, "?"))
        left = self.node(node.left, depth + 1)
        right = self.node(node.right, depth + 1)
        if operator is ast.Pow:
            return self.bounded(self.power(left, right, node), node)
        if operator is ast.Div and right == 0:
            raise _error("checks.formula_undefined")
        result = {ast.Add: lambda: left + right, ast.Sub: lambda: left - right,
                  ast.Mult: lambda: left * right, ast.Div: lambda: left / right}[operator]()
        return self.bounded(result, node)

    def power(self, base, exponent, node):
        if exponent.is_Number:
            if abs(exponent) > MAX_EXPONENT:
                raise _error("checks.formula_power", formula=self.segment(node),
                             limit=MAX_EXPONENT)
            if base.is_Number and base != 0:
                if float(abs(exponent)) * abs(math.log10(abs(float(base)) or 1e-300)) > _MAX_LOG10:
                    raise _error("checks.formula_number", formula=self.segment(node))
            if base == 0 and exponent < 0:
                raise _error("checks.formula_undefined")
        return sympy.Pow(base, exponent)

    def bounded(self, expression, node):
        if expression.is_Number:
            if expression.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
                raise _error("checks.formula_undefined")
            if abs(expression) > sympy.Integer(10) ** _MAX_LOG10:
                raise _error("checks.formula_number", formula=self.segment(node))
        if expression.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
            raise _error("checks.formula_undefined")
        return expression

    def call(self, node, depth):
        if isinstance(node.func, (ast.Call, ast.Constant, ast.BinOp, ast.UnaryOp)) or (
                isinstance(node.func, ast.Name) and node.func.id in self.variables):
            raise _error("checks.formula_missing_product", left=self.segment(node.func))
        if not isinstance(node.func, ast.Name):
            self.refuse(node.func)
        name = node.func.id
        meaning = VOCABULARY.get(name)
        if meaning is None or meaning in _CONSTANTS or meaning not in self.functions:
            if name in self.variables or meaning in _CONSTANTS:
                raise _error("checks.formula_not_function", name=name)
            raise _error("checks.formula_name", name=_short(name, 30), allowed=self.allowed())
        if node.keywords:
            raise _error("checks.formula_keyword", name=name)
        for argument in node.args:
            if isinstance(argument, ast.Starred):
                self.refuse(argument)
        fewest, most = _ARITY.get(meaning, (1, 1))
        if not fewest <= len(node.args) <= most:
            raise _error("checks.formula_arguments", name=name, count=len(node.args),
                         expected=fewest if fewest == most else f"{fewest}–{most}")
        arguments = [self.node(argument, depth + 1) for argument in node.args]
        try:
            result = self.functions[meaning](*arguments)
        except FormulaError:
            raise
        except Exception as error:  # sympy refuses an argument: say so, briefly
            raise _error("checks.formula_syntax", formula=self.segment(node),
                         error=_short(type(error).__name__)) from None
        return self.bounded(result, node)

    def constants(self, expression):
        """Refuse constant parts whose value overflows a float, like ``exp(exp(10))``."""
        for part in sympy.preorder_traversal(expression):
            if part.is_Atom or part.free_symbols:
                continue
            try:
                value = complex(part.evalf(20))
            except (TypeError, ValueError, OverflowError, ZeroDivisionError):
                continue
            if not (math.isfinite(value.real) and math.isfinite(value.imag)) \
                    or abs(value) > 10.0 ** _MAX_LOG10:
                raise _error("checks.formula_number", formula=_short(str(part)))

    def sympy(self, expression):
        """Check a sympy object given instead of text, and rebind its symbols to ours."""
        if not isinstance(expression, sympy.Expr):
            raise _error("checks.formula_type", got=_short(type(expression).__name__, 40))
        by_name = {str(s): s for s in self.variables.values()}
        allowed_functions = tuple(f for f in (*_SYMPY_FUNCTIONS, *self.functions.values())
                                  if isinstance(f, type))
        for count, part in enumerate(sympy.preorder_traversal(expression)):
            if count > _MAX_NODES:
                raise _error("checks.formula_long", limit=MAX_LENGTH)
            if isinstance(part, sympy.Symbol):
                if part.name not in by_name:
                    raise _error("checks.formula_name", name=_short(part.name, 30),
                                 allowed=self.allowed())
            elif part.is_Number or isinstance(part, (sympy.Add, sympy.Mul)) or part in (
                    sympy.E, sympy.pi):
                if part.is_Number:
                    self.bounded(part, None)
            elif isinstance(part, sympy.Pow):
                if part.exp.is_Number and abs(part.exp) > MAX_EXPONENT:
                    raise _error("checks.formula_power", formula=_short(str(part)),
                                 limit=MAX_EXPONENT)
            elif not isinstance(part, allowed_functions):
                raise _error("checks.formula_object", got=_short(type(part).__name__, 40))
        with time_limit(_BUILD_SECONDS) as limit:
            result = expression.subs({sympy.Symbol(n): s for n, s in by_name.items()})
            result = result.xreplace({s: by_name[s.name] for s in result.free_symbols
                                      if s.name in by_name})
            self.constants(result)
        if limit.expired:
            raise _error("checks.formula_slow", formula=_short(str(expression)))
        if result.has(sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
            raise _error("checks.formula_undefined")
        return result


_SYMPY_FUNCTIONS = (sympy.exp, sympy.log, sympy.tanh, sympy.sinh, sympy.cosh, sympy.sech,
                    sympy.Max, sympy.Min, sympy.Abs, sympy.Heaviside, sympy.sign)
_OPERATORS = {ast.Mod: "%", ast.FloorDiv: "//", ast.MatMult: "@", ast.LShift: "<<",
              ast.RShift: ">>", ast.BitOr: "|", ast.BitAnd: "&", ast.Not: "not",
              ast.Invert: "~"}
_KINDS = {"Constant": "string", "JoinedStr": "string", "FormattedValue": "string",
          "Attribute": "attribute", "Subscript": "subscript", "Lambda": "lambda",
          "ListComp": "comprehension", "SetComp": "comprehension", "DictComp": "comprehension",
          "GeneratorExp": "comprehension", "Compare": "comparison", "BoolOp": "comparison",
          "IfExp": "condition", "List": "collection", "Tuple": "collection", "Set": "collection",
          "Dict": "collection", "Starred": "collection", "NamedExpr": "assignment",
          "Await": "other", "Yield": "other", "YieldFrom": "other", "Call": "call",
          "Slice": "subscript"}


def parse(text, variables=(v,)):
    """Read the formula ``text`` of ``variables`` (by their names) with :func:`read`.

    Examples
    --------
    >>> parse("2*sigmoid(2*v) - 1")
    -1 + 2/(1 + exp(-2*v))
    >>> parse("v^2")
    v**2
    """
    return read(text, {str(symbol): symbol for symbol in variables})


def numeric(expression, points=GRID, variable=v):
    """Values of ``expression`` at ``points`` as floats (nan where undefined).

    >>> numeric(parse("sigmoid(v)"), [0.0]).tolist()
    [0.5]
    """
    points = np.asarray(points, dtype=float)
    with np.errstate(all="ignore"):
        try:
            function = sympy.lambdify(variable, expression, modules="numpy")
            values = np.broadcast_to(np.asarray(function(points), dtype=complex), points.shape)
        except Exception:  # an expression numpy cannot evaluate in one go: point by point
            values = np.array([_point(expression, {variable: p}) for p in points])
    values = np.where(np.abs(values.imag) > 1e-12 * np.maximum(1.0, np.abs(values.real)),
                      np.nan, values.real)
    return values.astype(float)


def _point(expression, at, digits=15):
    try:
        with time_limit(0.5) as limit:
            value = complex(expression.rewrite(sympy.exp).evalf(digits, subs=at))
        return complex(np.nan) if limit.expired else value
    except Exception:  # undefined at this point
        return complex(np.nan)


def precise_difference(first, second, at):
    """Whether two expressions truly differ at the point ``at`` (a dict symbol → value),
    evaluated at 30 digits, so that float rounding cannot fake a difference."""
    a, b = _point(first, at, 30), _point(second, at, 30)
    if not (np.isfinite(a) and np.isfinite(b)):
        return np.isfinite(a) != np.isfinite(b)
    return not np.isclose(a, b, rtol=1e-9, atol=1e-12)


@dataclass
class Comparison:
    """How two formulas compare.

    ``verdict`` is ``"symbolic"`` (sympy simplifies their difference to 0), ``"numeric"``
    (equal at every test point, but sympy could not show it in time) or ``"different"``; for
    ``"different"``, ``point`` is a ``v`` where they differ and ``values`` their values there.
    """

    verdict: str
    point: float | None = None
    values: tuple | None = None

    @property
    def equal(self):
        return self.verdict != "different"


#: Number of points where two formulas of v are compared.
N_POINTS = len(GRID) + len(WIDE) + len(EXTREME)


def compare(first, second, variable=v, points=None, simplify_seconds=_SIMPLIFY_SECONDS):
    """Compare two sympy expressions of ``variable``.

    On the grid and the random points a value that is undefined on one side only is a
    difference; at the extreme points only two finite values that differ are (a correct
    formula may overflow there). Every difference away from the grid is confirmed at 30
    digits first.

    >>> compare(parse("tanh(v)"), parse("2*sigmoid(2*v) - 1")).verdict
    'symbolic'
    >>> compare(parse("sigmoid(-v)"), parse("sigmoid(v)")).verdict
    'different'
    """
    if points is not None:
        sets = [(np.asarray(points, dtype=float), False, False)]
    else:
        sets = [(GRID, False, False), (WIDE, False, True), (EXTREME, True, True),
                (kinks(first, variable, kinks(second, variable)), True, True)]
    for values, skip_undefined, confirm in sets:
        a, b = numeric(first, values, variable), numeric(second, values, variable)
        close = np.isclose(a, b, rtol=1e-9, atol=1e-9) | (np.isnan(a) & np.isnan(b))
        if skip_undefined:
            close |= ~(np.isfinite(a) & np.isfinite(b))
        suspects = np.flatnonzero(~close)
        suspects = suspects[np.argsort(np.abs(values[suspects]), kind="stable")]
        for checked, i in enumerate(suspects):
            if confirm and checked < 20 and not precise_difference(
                    first, second, {variable: sympy.Float(values[i], 30)}):
                continue
            if confirm and checked >= 20:
                break
            return Comparison("different", float(values[i]), (float(a[i]), float(b[i])))
    proved = simplifies_to_zero(first - second, simplify_seconds)
    return Comparison("symbolic" if proved else "numeric")


def kinks(expression, variable=v, found=None):
    """Points of [-50, 50] where a piece of ``expression`` switches (Max, Min, Abs, Heaviside,
    sign), with points just beside them and between them.

    A difference hidden in a narrow piece, such as ``relu(0.001 - Abs(v - 0.1234))``, falls
    between the points of any fixed grid; it cannot hide from these.

    >>> kinks(parse("relu(v - 1/3)"))[:1].round(6).tolist()
    [0.333333]
    """
    roots = [] if found is None else list(found)
    for part in sympy.preorder_traversal(expression):
        if isinstance(part, (sympy.Max, sympy.Min)):
            switches = [a - b for i, a in enumerate(part.args) for b in part.args[i + 1:]]
        elif isinstance(part, (sympy.Abs, sympy.Heaviside, sympy.sign)):
            switches = [part.args[0]]
        else:
            continue
        for switch in switches[:10]:
            if not switch.has(variable):
                continue
            values = numeric(switch, _FINE, variable)
            sides = np.sign(values)
            changes = np.flatnonzero(sides[:-1] * sides[1:] < 0)[:50]
            a, b, fa, fb = _FINE[changes], _FINE[changes + 1], values[changes], values[changes + 1]
            roots.extend(a - fa * (b - a) / (fb - fa))
            roots.extend(_FINE[np.flatnonzero(sides == 0)[:50]])
    roots = np.unique(np.asarray(roots, dtype=float))
    if found is not None:
        return roots
    roots = roots[np.isfinite(roots)][:200]
    return np.concatenate([roots, roots - 1e-6, roots + 1e-6, (roots[:-1] + roots[1:]) / 2])


_FINE = np.linspace(-50.0, 50.0, 20001)


def simplifies_to_zero(difference, seconds=_SIMPLIFY_SECONDS):
    """Whether sympy can bring ``difference`` to 0 within ``seconds``; cheap rewritings first."""
    attempts = [lambda d: d, lambda d: sympy.cancel(sympy.expand(d.rewrite(sympy.exp)))]
    if difference.has(sympy.Max, sympy.Min, sympy.Abs, sympy.Heaviside, sympy.sign):
        # Piecewise is sympy's best chance here; general simplify only costs time.
        attempts.append(lambda d: sympy.simplify(sympy.piecewise_fold(d.rewrite(sympy.Piecewise))))
    else:
        attempts += [lambda d: sympy.simplify(d.rewrite(sympy.exp)), sympy.simplify]
    with time_limit(seconds):
        for attempt in attempts:
            try:
                if attempt(difference) == 0:
                    return True
            except Exception:  # sympy may fail on an odd expression: then try the next way
                continue
    return False
