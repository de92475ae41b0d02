"""Checks shared by several exercises: numbers, choices, arrays, formulas and chains of steps.

Each ``as_*`` helper returns ``(value, None)`` for a usable answer and ``(None, Feedback)``
otherwise. A failed Feedback is falsy, so test ``problem is not None``, never ``if problem``.
"""

import time
import warnings

import numpy as np

from .. import i18n, symbolic
from ._feedback import MISSING, Feedback, attempt, convert, guarded, number, numbers, short, shown

#: The longest chain of steps checked, and the seconds of sympy simplification it may use.
MAX_STEPS = 30
SIMPLIFY_BUDGET = 10.0

__all__ = ["is_missing", "as_number", "as_bool", "as_choice", "as_array", "as_formula",
           "as_values", "describe", "compare_lines", "check_chain", "check_step",
           "check_derivative_bound", "solution_line"]


def is_missing(answer, _depth=0):
    """Whether ``answer`` is still the placeholder ``...``, or holds one (``[..., 1]``).

    Only the first levels of nesting are searched, so a list that contains itself ends.

    >>> is_missing(...), is_missing([1, ...]), is_missing([1, 2])
    (True, True, False)
    """
    if answer is MISSING:
        return True
    if _depth > 3:
        return False
    if isinstance(answer, (list, tuple)):
        return any(is_missing(item, _depth + 1) for item in answer[:10_000])
    if isinstance(answer, np.ndarray) and answer.dtype == object:
        return any(is_missing(item, _depth + 1) for item in answer.flat[:10_000])
    return False


def _fail(key, **values):
    return None, Feedback(False, [i18n.text(key, **values)])


def as_number(answer, name):
    """A real number from ``answer``, or feedback saying what is wrong.

    >>> as_number(0.25, "maximum")
    (0.25, None)
    """
    if answer is MISSING:
        return None, Feedback.missing(f"`{name}`")
    if isinstance(answer, (bool, np.bool_)) or isinstance(answer, str):
        return _fail("checks.number_type", name=name, got=type(answer).__name__)
    if isinstance(answer, np.ndarray) and answer.size == 1 and answer.dtype != object:
        answer = answer.reshape(()).item()  # np.array([0.5]) is one number; no warning
    value, problem = convert(float, answer)
    if problem is not None:
        return _fail("checks.number_type", name=name, got=type(answer).__name__)
    if not np.isfinite(value):
        return _fail("checks.number_finite", name=name, value=value)
    return value, None


def as_bool(answer, name):
    """True or False from ``answer``, or feedback.

    >>> as_bool(False, "converges")
    (False, None)
    """
    if answer is MISSING:
        return None, Feedback.missing(f"`{name}`")
    if isinstance(answer, (bool, np.bool_)):
        return bool(answer), None
    return _fail("checks.bool_type", name=name, value=shown(answer))


def as_choice(answer, name, choices):
    """One of ``choices`` (letters, case-insensitive), or feedback.

    >>> as_choice("b", "reason", ("A", "B"))
    ('B', None)
    """
    if answer is MISSING:
        return None, Feedback.missing(f"`{name}`")
    if isinstance(answer, str) and answer.strip().upper() in choices:
        return answer.strip().upper(), None
    return _fail("checks.choice_type", name=name, choices=", ".join(f'"{c}"' for c in choices),
                 value=shown(answer))


def as_array(answer, name, shape, meaning):
    """A float array of ``shape`` from ``answer``, or feedback naming the problem.

    >>> as_array([[1, 0], [0, 1]], "W", (2, 2), "2 inputs x 2 units")[0].shape
    (2, 2)
    """
    if is_missing(answer):
        return None, Feedback.missing(f"`{name}`")
    if answer is None:
        return _fail("checks.array_none", name=name)
    array, problem = convert(lambda: np.asarray(answer, dtype=float))
    if problem is not None:
        return _fail("checks.array_type", name=name, error=problem)
    if array.shape != tuple(shape):
        if array.size > 0 and not np.all(np.isfinite(array)):
            return _fail("checks.array_finite", name=name)
        return _fail("checks.array_shape", name=name, got=array.shape, expected=tuple(shape),
                     meaning=meaning)
    if not np.all(np.isfinite(array)):
        return _fail("checks.array_finite", name=name)
    return array, None


def as_formula(answer, name):
    """A sympy expression of ``v`` from the text ``answer``, or feedback.

    >>> as_formula("sigmoid(v)", "derivative")[0]
    1/(1 + exp(-v))
    """
    if answer is MISSING:
        return None, Feedback.missing(f"`{name}`")
    try:
        return symbolic.parse(answer), None
    except symbolic.FormulaError as error:
        return None, Feedback(False, [f"`{name}`: {error}"])


def describe(expression):
    """Short text of a formula for messages, ``v`` and all."""
    return f"`{shown(expression, 80) if not isinstance(expression, str) else short(expression, 80)}`"


def compare_lines(first, second, first_text, second_text, simplify_seconds=2.0):
    """``(equal, line)``: whether two formulas agree, and the sentence that says how."""
    result = symbolic.compare(first, second, simplify_seconds=simplify_seconds)
    if result.verdict == "symbolic":
        return True, i18n.text("checks.equal_symbolic", first=first_text, second=second_text)
    if result.verdict == "numeric":
        return True, i18n.text("checks.equal_numeric", first=first_text, second=second_text,
                               count=symbolic.N_POINTS)
    a, b = numbers(*result.values)
    return False, i18n.text("checks.different", first=first_text, second=second_text,
                            point=number(result.point), a=a, b=b)


@guarded
def check_step(before, after):
    """Check one step of a proof: are the formulas ``before`` and ``after`` equal?

    >>> bool(check_step("sigmoid(-v)", "exp(-v)/(1 + exp(-v))"))
    True
    """
    parsed = []
    for position, text in enumerate((before, after), start=1):
        if text is MISSING:
            return Feedback.missing(i18n.text("checks.step", number=position))
        try:
            parsed.append(symbolic.parse(text))
        except symbolic.FormulaError as error:
            return Feedback(False, [i18n.text("checks.chain_unreadable", number=position,
                                              error=error)])
    equal, line = compare_lines(*parsed, describe(before), describe(after))
    return Feedback(equal, [i18n.text("checks.step_ok" if equal else "checks.step_bad"), line])


def check_chain(steps, *, start, target, name, notebook):
    """Check a proof written as a chain of equal formulas from ``start`` to ``target``.

    Every formula is read with :func:`nbcompanion.symbolic.parse`; the first must equal
    ``start``, each must equal the next, and the last must equal ``target``.

    >>> bool(check_chain(["tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1)", "2*sigmoid(2*v) - 1"],
    ...                  start="tanh(v)", target="2*sigmoid(2*v) - 1", name="steps",
    ...                  notebook="ex03-tanh-sigmoid.ipynb"))
    True
    """
    if is_missing(steps):
        return Feedback.missing(f"`{name}`")
    if isinstance(steps, str) or not isinstance(steps, (list, tuple)):
        return Feedback(False, [i18n.text("checks.chain_type", name=name,
                                          got=type(steps).__name__)])
    if len(steps) < 3:
        return Feedback(False, [i18n.text("checks.chain_short", name=name, count=len(steps),
                                          count_needed=3)])
    if len(steps) > MAX_STEPS:
        return Feedback(False, [i18n.text("checks.chain_long", name=name, count=len(steps),
                                          limit=MAX_STEPS)])
    started = time.monotonic()

    def budget():  # seconds of sympy simplification left for the next comparison
        return min(2.0, max(0.1, SIMPLIFY_BUDGET - (time.monotonic() - started)))

    parsed = []
    for position, text in enumerate(steps, start=1):
        try:
            parsed.append(symbolic.parse(text))
        except symbolic.FormulaError as error:
            return Feedback(False, [i18n.text("checks.chain_unreadable", number=position,
                                              error=error)])
    start_expr, target_expr = symbolic.parse(start), symbolic.parse(target)
    lines, wrong = [], 0
    equal, line = compare_lines(start_expr, parsed[0], f"`{start}`", describe(steps[0]),
                                budget())
    if not equal:
        wrong += 1
        lines += [i18n.text("checks.chain_start", start=f"`{start}`"), line]
    for k in range(1, len(parsed)):
        equal, line = compare_lines(parsed[k - 1], parsed[k],
                                    describe(steps[k - 1]), describe(steps[k]), budget())
        wrong += not equal
        lines.append(f"{i18n.text('checks.step', number=f'{k} → {k + 1}')}: {line}")
    equal, line = compare_lines(parsed[-1], target_expr, describe(steps[-1]), f"`{target}`",
                                budget())
    if not equal:
        wrong += 1
        lines += [i18n.text("checks.chain_end", target=f"`{target}`"), line]
    if wrong:
        head = i18n.text("checks.chain_bad", count=wrong, start=f"`{start}`", target=f"`{target}`")
        return Feedback(False, [head, *lines, solution_line(notebook)])
    head = i18n.text("checks.chain_ok", count=len(steps), start=f"`{start}`", target=f"`{target}`")
    return Feedback(True, [head, *lines])


def solution_line(notebook):
    """The closing line of a failed check: hints and the solution notebook.

    >>> "ex04.hint(1)" in solution_line("ex04-perceptron-cycles.ipynb")
    True
    """
    return i18n.text("checks.see_solution", notebook=notebook, module=notebook.split("-")[0])


def as_values(answer, name, points):
    """Values of the student's formula (text) or Python function at ``points``, or feedback.

    Returns ``(values, expression, None)``; ``expression`` is None for a Python function.
    """
    if answer is MISSING:
        return None, None, Feedback.missing(f"`{name}`")
    if callable(answer) and not isinstance(answer, symbolic.sympy.Basic):
        # Far points overflow in many right answers (np.exp(-v) at v = -1e300): no warnings.
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            values, problem = attempt(answer, np.asarray(points, dtype=float))
        if problem is not None:
            return None, None, problem
        got = type(values).__name__
        values, problem = convert(lambda: np.broadcast_to(np.asarray(values, dtype=float),
                                                          np.shape(points)).copy())
        if problem is not None:
            return None, None, Feedback(False, [i18n.text(
                "checks.function_values", name=name, count=len(points), got=got)])
        return values, None, None
    expression, problem = as_formula(answer, name)
    if problem is not None:
        return None, None, problem
    return symbolic.numeric(expression, points), expression, None


def check_derivative_bound(derivative, argmax, maximum, *, reference, function, where,
                           bound, notebook):
    """Check the derivative of an activation, where it is largest and its largest value.

    Parameters
    ----------
    derivative : str or callable
        The student's derivative, a formula of ``v`` or a Python function of an array.
    argmax, maximum : float
        Where the derivative is largest, and that value.
    reference : str
        The derivative as a formula (``"sigmoid(v)*(1 - sigmoid(v))"``).
    function : str
        The activation's name in messages (``"sigmoid"``).
    where, bound : float
        The true location and value of the maximum.
    notebook : str
        The solution notebook's file name.
    """
    points = np.concatenate([symbolic.GRID, symbolic.WIDE, symbolic.EXTREME])
    near = len(symbolic.GRID)  # beyond the grid, only finite values are compared
    true = symbolic.parse(reference)
    name = f"{function}'(v)"
    values, expression, problem = as_values(derivative, "derivative", points)
    if problem is not None:
        return problem
    lines, good = [], True
    if expression is not None:
        equal, line = compare_lines(expression, true, describe(derivative), f"`{name}`")
    else:
        expected = symbolic.numeric(true, points)
        close = np.isclose(values, expected, rtol=1e-6, atol=1e-9)
        close[near:] |= ~(np.isfinite(values[near:]) & np.isfinite(expected[near:]))
        equal = bool(close.all())
        if equal:
            line = i18n.text("checks.derivative_numeric", name=name, count=len(points))
        else:
            i = int(np.flatnonzero(~close)[np.argmin(np.abs(points[~close]))])
            a, b = numbers(values[i], expected[i])
            line = i18n.text("checks.different", first="`derivative`", second=f"`{name}`",
                             point=number(points[i]), a=a, b=b)
    good &= equal
    lines.append(line)
    at, problem = as_number(argmax, "argmax")
    if problem is not None:
        return problem
    peak, problem = as_number(maximum, "maximum")
    if problem is not None:
        return problem
    at_value = symbolic.numeric(true, [at])[0]
    if abs(at - where) <= 1e-6:
        lines.append(i18n.text("checks.argmax_right", name=name, at=number(at),
                               value=number(at_value)))
    else:
        good = False
        lines.append(i18n.text("checks.argmax_wrong", name=name, at=number(at),
                               value=number(at_value)))
    shown_peak, shown_bound = numbers(peak, bound)
    if abs(peak - bound) <= 1e-9:
        lines.append(i18n.text("checks.maximum_right", name=name, value=number(peak)))
    elif peak < bound:
        good = False
        lines.append(i18n.text("checks.maximum_low", name=name, value=shown_peak))
    else:
        good = False
        largest = float(np.nanmax(symbolic.numeric(true, symbolic.GRID)))
        lines.append(i18n.text("checks.maximum_high", name=name, value=shown_peak,
                               largest=numbers(largest, peak)[0]))
    if good:
        return Feedback(True, [i18n.text("checks.bound_passed", name=name, bound=number(bound),
                                         where=number(where)), *lines])
    return Feedback(False, [i18n.text("checks.bound_failed", name=name), *lines,
                            solution_line(notebook)])
