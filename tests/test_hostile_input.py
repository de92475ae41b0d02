"""Hostile and careless input (issue 11): random formulas, objects and arrays thrown at every
checker and every public estimator of the exercises' and models' modules.

Promises tested: a checker always returns a Feedback (never raises), within its time bound,
in the notebook's language; no formula runs code (a payload cannot create a file); student
code that never returns is stopped; estimators answer or raise a clear ValueError/TypeError,
without warnings.
"""

import re
import time
import warnings

import numpy as np
import pytest
import sympy
from hypothesis import HealthCheck, example, given, settings, strategies as st
from sklearn.exceptions import DataConversionWarning
from sklearn.linear_model import LogisticRegression

from nbcompanion import activations, autoencoder, graph, i18n, losses, symbolic
from nbcompanion.exercises import (
    Feedback,
    _expressions,
    _feedback,
    ex01,
    ex02,
    ex03,
    ex04,
    ex05,
    ex06,
    ex07,
    ex08,
    ex09,
    ex10,
    ex11,
)
from nbcompanion.perceptron import Perceptron
from nbcompanion.softmax_regression import SoftmaxRegression, sklearn_C

SLOW = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    monkeypatch.setattr(_feedback, "STRICT", True)  # a failure of a checker itself shows


def _is_feedback(result, seconds, bound):
    assert isinstance(result, Feedback)
    text = str(result) + result._repr_markdown_()
    assert "Traceback" not in text and len(text) < 60_000
    assert seconds < bound, f"took {seconds:.1f} s"
    return text


# -- formulas -----------------------------------------------------------------------------
_TOKENS = ["v", "x1", "x2", "1", "2", "0.5", "1e5", "2E3", "9", "(", ")", "+", "-", "*", "/",
           "**", "^", ",", " ", "exp", "log", "ln", "sqrt", "tanh", "sech", "sigmoid", "sigma",
           "σ", "relu", "Max", "Abs", "Heaviside", "hard_tanh", "e", "pi", ".", "__class__",
           "'", '"', "f'", "{", "}", "[", "]", "lambda", ":", "=", "if", "for", "in", "<",
           "__import__", "os", "system", "open", "eval", "Symbol", "S", "sympify", "9**9**9",
           "10**10**8", "1j", "None", "True", "%", "@", "~", "not", "and", "\\", "\n", "#"]
FORMULAS = st.one_of(st.text(max_size=40), st.lists(st.sampled_from(_TOKENS), max_size=14).map("".join))


@SLOW
@given(FORMULAS)
def test_any_text_is_read_or_refused_with_a_message_quickly(text):
    for variables in ({"v": symbolic.v}, _expressions.VARIABLES):
        start = time.monotonic()
        try:
            expression = symbolic.read(text, variables)
        except symbolic.FormulaError as error:
            assert str(error)
        else:
            assert isinstance(expression, sympy.Expr)
            assert {str(s) for s in expression.free_symbols} <= {"v", "x1", "x2"}
        assert time.monotonic() - start < 1.5


@SLOW
@given(FORMULAS)
def test_formula_checkers_always_answer_with_feedback(text):
    checks = [
        (lambda: ex03.check(["tanh(v)", text, "2*sigmoid(2*v) - 1"]), 20),
        (lambda: ex02.check_step("sigmoid(-v)", text), 10),
        (lambda: ex07.check(text, 0, 0.25), 10),
        (lambda: ex08.check(text, 0, 1), 10),
        (lambda: ex09.check(text), 10),
        (lambda: ex10.check(text, False), 10),
    ]
    for check, bound in checks:
        start = time.monotonic()
        result = check()
        _is_feedback(result, time.monotonic() - start, bound)


@pytest.mark.parametrize("formula", ["9**9**9**9", "9**9**9", "10**10**8", "((9**99)**99)**99",
                                     "2**2**2**2**2**2", "x1**(10**9)", "exp(exp(exp(1000)))",
                                     "-" * 5000 + "1", "(" * 500 + "1" + ")" * 500,
                                     "sigmoid(" * 100 + "x1" + ")" * 100,
                                     "+".join(["x1"] * 1000), "9" * 5000])
def test_blow_ups_are_refused_within_a_second(formula):
    for check in (lambda: ex09.check(formula), lambda: ex07.check(formula, 0, 0.25),
                  lambda: ex10.check(formula, False)):
        start = time.monotonic()
        result = check()
        _is_feedback(result, time.monotonic() - start, 1.0)
        assert not result.passed


_PAYLOADS = [
    "__import__('os').system('touch {path}')",
    "open('{path}', 'w')",
    "__import__('pathlib').Path('{path}').touch()",
]
_WRAPPERS = [
    "{payload}",
    "sigmoid(\"{payload}\")",
    "sigmoid('{payload}')",
    "f'{{{payload}}}'",
    "Symbol(\"{payload}\")",
    "S(\"{payload}\")",
    "sympify(\"{payload}\")",
    "eval(\"{payload}\")",
    "exp(x1).__class__(\"{payload}\")",
    "[{payload} for _ in [1]][0]",
    "(lambda: {payload})()",
    "x1 if {payload} else x2",
    "relu(x1, key={payload})",
    "Max(*[{payload}])",
]


@pytest.mark.parametrize("wrapper", _WRAPPERS)
@pytest.mark.parametrize("payload", _PAYLOADS)
def test_no_formula_can_create_a_file(tmp_path, wrapper, payload):
    path = tmp_path / "created_by_a_formula"
    inner = payload.format(path=path).replace("'", "\\'") if wrapper.count("'") > 1 \
        else payload.format(path=path)
    formula = wrapper.format(payload=inner)
    checks = [lambda: ex09.check(formula), lambda: ex10.check(formula, False),
              lambda: ex07.check(formula, 0, 0.25), lambda: ex08.check(formula, 0, 1),
              lambda: ex03.check(["tanh(v)", formula, "2*sigmoid(2*v) - 1"]),
              lambda: ex02.check_step(formula, "v"), lambda: _expressions.parse(formula)]
    for check in checks:
        check()
        try:
            symbolic.parse(formula)
        except symbolic.FormulaError:
            pass
    assert not path.exists(), formula


@pytest.mark.parametrize("formula, left", [("sigmoid(v)(1 - sigmoid(v))", "sigmoid(v)"),
                                           ("2(v + 1)", "2"), ("v(1 - v)", "v")])
def test_a_missing_product_sign_is_named(formula, left):
    with pytest.raises(symbolic.FormulaError, match=re.escape(f"A `*` is missing after `{left}`")):
        symbolic.parse(formula)


def test_student_text_cannot_inject_html_into_the_markdown():
    markdown = ex11.check(0.5, 0.5, "<img src=x onerror=alert(1)>", "same")._repr_markdown_()
    assert "<img" not in markdown and "&lt;img" in markdown


def test_a_sympy_object_answer_is_checked_too():
    f = sympy.Function("f")
    for bad, words in [(f(_expressions.x1), "not one of the functions"),
                       (sympy.Symbol("y"), "Unknown name `y`"),
                       (sympy.Pow(_expressions.x1, 10 ** 9, evaluate=False), "exponent above"),
                       (sympy.Integral(_expressions.x1, _expressions.x1), "not one of the functions")]:
        feedback = ex09.check(bad)
        assert not feedback and words in str(feedback)


# -- the vocabulary is one ------------------------------------------------------------------
@pytest.mark.parametrize("spelling, meaning", [
    ("sech({x})", "1/cosh({x})"), ("sigma({x})", "sigmoid({x})"), ("σ({x})", "sigmoid({x})"),
    ("ln(2 + {x}**2)", "log(2 + {x}**2)"), ("1e5*{x}", "100000*{x}"), ("2E3*{x}", "2000*{x}"),
    ("{x}^2", "{x}**2"), ("ReLU({x})", "Max(0, {x})"), ("logistic({x})", "sigmoid({x})"),
    ("abs({x})", "Abs({x})"), ("step({x})", "Heaviside({x})"), ("hardtanh({x})", "hard_tanh({x})"),
    ("e^{x}", "exp({x})"), ("3 × {x} − 1", "3*{x} - 1"), ("{x}² + {x}³", "{x}**2 + {x}**3"),
    ("(1 +\n {x})", "1 + {x}"),
])
def test_every_reader_accepts_the_same_spellings(spelling, meaning):
    first = symbolic.parse(spelling.format(x="v"))
    second = symbolic.parse(meaning.format(x="v"))
    assert symbolic.compare(first, second).equal
    a, problem = _expressions.parse(spelling.format(x="x1"))
    b, _ = _expressions.parse(meaning.format(x="x1"))
    assert problem is None
    points = np.linspace(-3, 3, 13)
    np.testing.assert_allclose(_expressions.numeric(a)(points, 0 * points),
                               _expressions.numeric(b)(points, 0 * points))


# -- objects thrown at every checker ------------------------------------------------------
class _Hostile:
    """An answer whose every conversion fails, with exceptions outside Exception too."""

    def __init__(self, error):
        self.error = error

    def _raise(self, *args, **kwargs):
        raise self.error

    __array__ = __float__ = __int__ = __index__ = __len__ = __iter__ = __getitem__ = _raise
    __repr__ = __str__ = __bool__ = __eq__ = __call__ = _raise
    __hash__ = object.__hash__


OBJECTS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20), st.binary(max_size=5),
    st.just(...), st.just(np.nan), st.just(10 ** 400),
    st.lists(st.floats(allow_nan=True), max_size=5),
    st.lists(st.lists(st.integers(-3, 3), max_size=3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=3),
    st.builds(lambda shape: np.zeros(shape), st.lists(st.integers(0, 3), max_size=3).map(tuple)),
    st.builds(np.array, st.lists(st.text(max_size=3), max_size=3)),
    st.sampled_from([_Hostile(ValueError("v")), _Hostile(GeneratorExit("g")),
                     _Hostile(ZeroDivisionError()), _Hostile(RecursionError()),
                     _Hostile(SystemExit(1)), sympy.Symbol("v"), sympy.oo, object(),
                     lambda *args: None, lambda *args: 1 / 0, lambda *args: args,
                     lambda *args: _Hostile(TypeError()), np.float64, print]),
)


@SLOW
@given(st.lists(OBJECTS, min_size=4, max_size=4))
def test_every_checker_answers_any_object_with_feedback(answers):
    a, b, c, d = answers
    checks = [lambda: ex01.check(a, b, c, d), lambda: ex02.check(a, b, c),
              lambda: ex03.check(a), lambda: ex04.check(a, b, c), lambda: ex05.check(a, b, c),
              lambda: ex06.check(a), lambda: ex07.check(a, b, c), lambda: ex08.check(a, b, c),
              lambda: ex09.check(a), lambda: ex10.check(a, b), lambda: ex11.check(a, b, c, d),
              lambda: ex02.check_step(a, b), lambda: ex03.check([a, b, c])]
    for check in checks:
        start = time.monotonic()
        _is_feedback(check(), time.monotonic() - start, 15)


@pytest.mark.parametrize("hint", [ex01.hint, ex02.hint, ex03.hint, ex04.hint, ex05.hint,
                                  ex06.hint, ex07.hint, ex08.hint, ex09.hint, ex10.hint, ex11.hint])
@pytest.mark.parametrize("n", [None, -1, 0, 2.5, "2", 10 ** 9, True])
def test_hints_take_any_argument(hint, n):
    assert repr(hint(n))


# -- student code that never returns, exits or misbehaves --------------------------------
@pytest.fixture
def quick_limit(monkeypatch):
    monkeypatch.setattr(_feedback, "TIME_LIMIT", 0.3)


def _forever(*args):
    while True:
        try:
            time.sleep(0.01)
        except Exception:  # a student's catch-all cannot keep the loop alive
            pass


def test_endless_student_code_is_stopped_with_a_message(quick_limit):
    for check in (lambda: ex04.check(_forever, False, "C"), lambda: ex05.check(_forever, True, 0),
                  lambda: ex06.check(_forever), lambda: ex07.check(_forever, 0, 0.25)):
        start = time.monotonic()
        result = check()
        text = _is_feedback(result, time.monotonic() - start, 3)
        assert not result and "was still running after 0.3 s and was stopped" in text


def test_an_endless_conversion_is_stopped(quick_limit):
    class Slow:
        def __float__(self):
            _forever()

        def __array__(self, *args, **kwargs):
            _forever()

    start = time.monotonic()
    result = ex01.check(Slow(), [0, 0], [1, 1], 0)
    _is_feedback(result, time.monotonic() - start, 3)
    assert "still running" in str(result)


def test_keyboard_interrupt_still_stops_a_check():
    def interrupted(*args):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ex06.check(interrupted)


def test_sys_exit_in_student_code_is_reported():
    def leaves(*args):
        raise SystemExit(2)

    feedback = ex05.check(leaves, True, 0)
    assert not feedback and "`sys.exit()`" in str(feedback)


def test_the_error_line_is_the_students_not_numpys():
    def bad(X, y, alpha, epochs):
        return np.linalg.inv(np.zeros((2, 2))), 0.0  # raises inside numpy

    text = str(ex06.check(bad))
    assert "LinAlgError" in text and "np.linalg.inv" in text


# -- language -------------------------------------------------------------------------------
@pytest.mark.parametrize("setting", ["ru", "RU", "ru_RU.UTF-8", "ru-RU", " Ru "])
def test_russian_settings_are_normalized(monkeypatch, setting):
    monkeypatch.setenv("NBCOMPANION_LANG", setting)
    assert i18n.edition() == "ru"
    feedback = ex09.check("9**9**9**9")
    assert "показатель" in str(feedback)


def test_an_unknown_language_falls_back_instead_of_breaking(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "klingon")
    with pytest.warns(UserWarning, match="not an edition"):
        assert i18n.edition() == "en" and "No answer yet" in str(ex09.check(...))


@SLOW
@given(st.lists(OBJECTS, min_size=3, max_size=3), FORMULAS)
def test_messages_are_in_the_notebooks_language(answers, formula):
    import os

    os.environ["NBCOMPANION_LANG"] = "ru"
    try:
        for result in (ex07.check(formula, *answers[:2]), ex09.check(formula),
                       ex04.check(*answers), ex01.check(*answers, 0)):
            if not result.passed:
                first = result.lines[0]
                assert any("а" <= ch.lower() <= "я" or ch == "ё" for ch in first), first
    finally:
        os.environ["NBCOMPANION_LANG"] = "en"


def test_russian_numbers_use_a_comma(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "ru")
    text = str(ex07.check("sigmoid(v)*(1 - sigmoid(v))", 0, 0.249))
    assert "0,249" in text and "0.249" not in text


def test_two_different_numbers_never_print_the_same(monkeypatch):
    text = str(ex07.check("sigmoid(v)*(1 - sigmoid(v))", 0, 0.2499999))
    assert "0.2499999 is not the largest" in text
    assert _feedback.numbers(0.1, 0.1 + 1e-12)[0] != _feedback.numbers(0.1, 0.1 + 1e-12)[1]


def test_feedback_lines_are_bounded():
    feedback = Feedback(False, ["x" * 10 ** 6] * 1000)
    assert len(str(feedback)) < 30_000


# -- the estimators and models ---------------------------------------------------------------
ARRAYS = st.one_of(
    st.lists(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=64), min_size=1,
                      max_size=3), min_size=0, max_size=6),
    st.lists(st.floats(-1e308, 1e308), max_size=6),
    st.lists(st.text(max_size=2), max_size=4),
    st.lists(st.one_of(st.integers(-2, 2), st.text(max_size=1)), max_size=6),
    st.builds(lambda n, m: np.arange(n * m, dtype=float).reshape(n, m), st.integers(0, 5),
              st.integers(0, 3)),
    st.none(), st.just(object()),
)


def _clear_error_or_result(function, *args):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        # scikit-learn's own notice for a column-vector y, which it then ravels: deliberate
        warnings.simplefilter("ignore", DataConversionWarning)
        try:
            return function(*args)
        except (ValueError, TypeError) as error:
            assert str(error)
            return None


@SLOW
@given(ARRAYS, ARRAYS)
@example(X=[[0.0]], y=[[9.223372036854776e+18]])  # a label past the int range (found by CI)
def test_estimators_answer_or_raise_a_clear_error(X, y):
    for estimator in (Perceptron(max_epochs=3), SoftmaxRegression(max_iter=20)):
        model = _clear_error_or_result(estimator.fit, X, y)
        if model is not None:
            probabilities = _clear_error_or_result(
                getattr(model, "predict_proba", model.decision_function), X)
            if probabilities is not None:
                assert np.all(np.isfinite(probabilities))


@SLOW
@given(ARRAYS, ARRAYS)
def test_activations_and_losses_answer_or_raise_a_clear_error(v, y):
    for name in activations.NAMES if hasattr(activations, "NAMES") else ("sigmoid", "tanh", "relu"):
        activation = activations.get(name)
        _clear_error_or_result(activation.function, v)
        _clear_error_or_result(activation.derivative, v)
    _clear_error_or_result(activations.softmax, v)
    for loss, gradient in losses.REGISTRY.values():
        _clear_error_or_result(loss, y, v)
        _clear_error_or_result(gradient, y, v)
    _clear_error_or_result(autoencoder.best_reconstruction_error, v, 1)


# -- the package items of the issue ---------------------------------------------------------
def test_softmax_regression_refuses_one_class_like_scikit_learn():
    X = np.arange(6.0).reshape(3, 2)
    with pytest.raises(ValueError, match="at least 2 classes"):
        LogisticRegression().fit(X, [1, 1, 1])
    with pytest.raises(ValueError, match="at least 2 classes.*only one class"):
        SoftmaxRegression().fit(X, [1, 1, 1])


def test_sklearn_C_for_two_classes_matches_logistic_regression():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(80, 3))
    y = (X @ [1.0, -2.0, 0.5] + rng.normal(size=80) > 0).astype(int)
    ours = SoftmaxRegression(weight_decay=0.05).fit(X, y)
    for C in (sklearn_C(0.05, y), sklearn_C(0.05, len(y), n_classes=2)):
        theirs = LogisticRegression(C=C, tol=1e-12, max_iter=10_000).fit(X, y)
        np.testing.assert_allclose(ours.predict_proba(X), theirs.predict_proba(X), atol=1e-5)
    wrong = LogisticRegression(C=sklearn_C(0.05, len(y)), tol=1e-12, max_iter=10_000).fit(X, y)
    assert np.abs(ours.predict_proba(X) - wrong.predict_proba(X)).max() > 1e-3


@pytest.mark.parametrize("estimator, parameter, value", [
    (Perceptron, "fit_bias", "no"), (Perceptron, "shuffle", "no"), (Perceptron, "pocket", "yes"),
    (Perceptron, "record_history", "False"), (SoftmaxRegression, "fit_bias", "no"),
    (Perceptron, "loss", None), (SoftmaxRegression, "max_iter", 1.5),
])
def test_parameters_are_validated_by_scikit_learn_constraints(estimator, parameter, value):
    with pytest.raises((ValueError, TypeError), match=f"'{parameter}' parameter of {estimator.__name__}"):
        estimator(**{parameter: value}).fit([[0.0], [1.0], [2.0]], [0, 1, 1])


@pytest.mark.parametrize("estimator", [Perceptron, SoftmaxRegression])
def test_labels_mixing_text_and_numbers_are_named(estimator):
    y = np.array([1, "a", "a", 1], dtype=object)
    with pytest.raises(ValueError, match="mixes text and numbers"):
        estimator().fit(np.arange(8.0).reshape(4, 2), y)


def test_graph_backward_needs_forward_and_checks_partials():
    g = graph.Graph()
    g.add_input("w", 0.5)
    g.add_function("y", ["w"], lambda w: w * w, lambda w: (2 * w,))
    g.add_loss("y")
    with pytest.raises(RuntimeError, match="call forward\\(\\) first"):
        g.backward()
    g.forward()
    g.backward()
    g.set_input("w", 0.7)
    with pytest.raises(RuntimeError, match="changed .* since the last forward"):
        g.backward()
    h = graph.Graph()
    h.add_input("a", 1.0)
    h.add_input("b", 2.0)
    h.add_function("p", ["a", "b"], lambda a, b: a * b, lambda a, b: (b,))
    h.add_loss("p")
    with pytest.raises(ValueError, match="returned 1 value\\(s\\), but the node has 2 input"):
        h.forward()
    k = graph.Graph()
    k.add_input("a", 0.0)
    k.add_function("q", ["a"], np.log, lambda a: (1 / a,))
    k.add_loss("q")
    with pytest.raises(ValueError, match="function of node 'q' returned -inf"):
        with np.errstate(divide="ignore"):
            k.forward()


def test_best_reconstruction_error_refuses_a_negative_rank():
    X = np.random.default_rng(0).normal(size=(10, 3))
    with pytest.raises(ValueError, match="n_components must be >= 0"):
        autoencoder.best_reconstruction_error(X, -1)
    with pytest.raises(ValueError, match="at most"):
        autoencoder.best_reconstruction_error(X, 4)
    assert autoencoder.best_reconstruction_error(X, 3) == pytest.approx(0.0, abs=1e-20)


def test_tanh_derivative_keeps_its_relative_precision():
    import mpmath

    v = np.array([-300.0, -40.0, -16.5, -3.0, 0.0, 1e-9, 2.0, 16.0, 17.0, 19.5, 25.0, 100.0, 350.0])
    exact = np.array([float(mpmath.sech(mpmath.mpf(x)) ** 2) for x in v])
    np.testing.assert_allclose(activations.tanh_derivative(v), exact, rtol=1e-14)
    numeric = (np.tanh(v + 1e-6) - np.tanh(v - 1e-6)) / 2e-6
    np.testing.assert_allclose(activations.tanh_derivative(v[np.abs(v) < 5]),
                               numeric[np.abs(v) < 5], rtol=1e-8)


def test_softmax_of_extreme_scores_without_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_array_equal(activations.softmax([1e308, -1e308]), [1.0, 0.0])
        np.testing.assert_array_equal(activations.softmax([[-1e308, 1e308, 0.0]]), [[0.0, 1.0, 0.0]])


def test_cross_entropy_floor_is_the_documented_one():
    value = losses.cross_entropy_loss([0], [[0.0, 1.0]])[0]
    assert value == pytest.approx(-np.log(np.finfo(float).tiny))
    assert "smallest\n        normal double" in losses.cross_entropy_loss.__doc__
    assert np.isfinite(losses.cross_entropy_loss_gradient([0], [[0.0, 1.0]])).all()


PLAIN = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8),
                  st.lists(st.integers(-3, 5), max_size=4), st.just(object()), st.just(np.nan),
                  st.builds(lambda shape: np.ones(shape), st.lists(st.integers(0, 3), max_size=2).map(tuple)))


@SLOW
@given(PLAIN, PLAIN)
def test_graph_and_helpers_answer_or_raise_a_clear_error(a, b):
    g = graph.Graph()
    for step in (lambda: g.add_input("x", a), lambda: g.add_input("w", 0.5),
                 lambda: g.add_neuron("h", {"x": b}), lambda: g.add_neuron(a, {"w": 1.0}),
                 lambda: g.add_function("f", ["w"], a, b), lambda: g.add_loss("h", a),
                 lambda: g.set_input("x", b), lambda: g.set_weight("x", "h", a),
                 lambda: g.forward(), lambda: g.backward(b), lambda: g.backward(),
                 lambda: graph.layered_graph(a), lambda: sklearn_C(a, b),
                 lambda: autoencoder.best_reconstruction_error(np.eye(3), a),
                 lambda: autoencoder.singular_subspace(np.eye(3), a)):
        try:
            _clear_error_or_result(step)
        except RuntimeError as error:  # backward() before a successful forward()
            assert "forward()" in str(error)
