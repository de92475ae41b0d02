"""Reading a student's formula safely, and comparing two formulas."""

import numpy as np
import pytest
import sympy

from nbcompanion import symbolic


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")


@pytest.mark.parametrize("text, expected", [
    ("v^2", symbolic.v ** 2),
    ("2*sigmoid(2*v) - 1", 2 / (1 + sympy.exp(-2 * symbolic.v)) - 1),
    ("hard_tanh(v)", sympy.Max(sympy.Min(symbolic.v, 1), -1)),
    (0.25, sympy.Rational(1, 4)),
    (sympy.Symbol("v") + 1, symbolic.v + 1),
])
def test_parse_reads_formulas(text, expected):
    assert symbolic.parse(text) == expected


@pytest.mark.parametrize("text, message", [
    ("__import__('os').system('true')", "cannot be part of a formula \\(an attribute"),
    ("v.__class__", "cannot be part of a formula \\(an attribute"),
    ("v .subs(v, 1)", "cannot be part of a formula \\(an attribute"),
    ("eval", "Unknown name `eval`"),
    ("open", "Unknown name `open`"),
    ("Symbol", "Unknown name `Symbol`"),
    ("x + 1", "Unknown name `x`"),
    ("2v", "write every product with *"),
    ("(v", "Cannot read the formula"),
    ("1, 2", "cannot be part of a formula \\(a list"),
    ("", "empty"),
    ("v" + "+v" * 1000, "longer than"),
    (None, "as text in quotes"),
    (True, "as text in quotes"),
    (sympy.Symbol("w"), "Unknown name `w`"),
])
def test_parse_refuses_anything_else_with_a_message(text, message):
    with pytest.raises(symbolic.FormulaError, match=message):
        symbolic.parse(text)


def test_compare_verdicts():
    parse = symbolic.parse
    assert symbolic.compare(parse("tanh(v)"), parse("2*sigmoid(2*v) - 1")).verdict == "symbolic"
    assert symbolic.compare(parse("Min(Max(v, -1), 1)"), parse("hard_tanh(v)")).equal
    different = symbolic.compare(parse("sigmoid(-v)"), parse("sigmoid(v)"))
    assert different.verdict == "different" and different.point != 0
    a, b = different.values
    assert a == pytest.approx(1 / (1 + np.exp(different.point)))
    assert b == pytest.approx(1 / (1 + np.exp(-different.point)))


def test_numeric_handles_constants_and_undefined_points():
    assert symbolic.numeric(sympy.Integer(3), [0.0, 1.0]).tolist() == [3.0, 3.0]
    values = symbolic.numeric(symbolic.parse("log(v)"), [-1.0, 1.0])
    assert np.isnan(values[0]) and values[1] == 0.0
    # undefined at the same points on both sides counts as equal
    assert symbolic.compare(symbolic.parse("1/v"), symbolic.parse("2/(2*v)")).equal


from hypothesis import given, settings, strategies as st  # noqa: E402

_PIECES = st.sampled_from(["v", "1", "2.5", "(", ")", "+", "-", "*", "/", "**", "^", ",", " ",
                           "exp", "sigmoid", "tanh", "Max", "log", "sqrt", ".", "x", "__"])


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=30), st.lists(_PIECES, max_size=12).map("".join)))
def test_any_text_is_a_formula_or_a_formula_error(text):
    try:
        expression = symbolic.parse(text)
    except symbolic.FormulaError as error:
        assert str(error)
    else:
        assert expression.free_symbols <= {symbolic.v}
