"""A corpus of answers per exercise: wrong ones with the diagnosis each must get, and right
ones written differently, each accepted (issue 11).

Every wrong answer names what its message must say: the real cause, not only "wrong".
"""

import sys

import numpy as np
import pytest

from nbcompanion.exercises import (
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


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    monkeypatch.setenv("NBCOMPANION_LANG", "en")
    monkeypatch.setattr(_feedback, "STRICT", True)  # a failure of a checker itself shows


def _failed_with(feedback, expected):
    text = str(feedback)
    assert not feedback.passed, text
    assert expected in text, text
    assert "Traceback" not in text


# -- exercise 1: XOR with ReLU units ----------------------------------------------------
R1 = ex01.REFERENCE
EX01_WRONG = [
    (([[1, 0], [0, 1]], [0, 0], [1, 1], 0), "puts (1, 1) in the wrong class: its output is 2"),
    (([[1, -1], [-1, 1]], [0, 0], [-1, -1], 1), "output is reversed"),
    (([[1, -1], [-2, 2]], [0, 0], [1, 1], 0), "would work transposed"),
    (([[0, 0], [1, 1]], [0, 0], [1, 1], 0), "land on the same hidden point"),
    (([[1, -1], [0, 0]], [0, 0], [1, 1], 0), "puts (1, 1) in the wrong class"),
    (([[1, -1], [-1, 1]], [0, 0], [0.25, 0.25], 0), "its output is 0.25, expected > 0.5"),
    (([[1, -1], [-1, 1]], [0, 0], [0.5, 0.5], 0), "its output is 0.5, expected > 0.5"),
    (([[1, -1, 0], [-1, 1, 0]], [0, 0], [1, 1], 0), "`b_hidden` has shape (2,); expected shape (3,)"),
    (([[1, -1], [-1, 1]], [0, 0], [1, np.inf], 0), "`w_out` contains NaN or infinity"),
    ((None, [0, 0], [1, 1], 0), "`W_hidden` is None"),
    ((R1["W_hidden"], [0, 0], [1, 1], "0"), "`b_out` should be a number"),
    ((R1["W_hidden"], [0, 0], {"a": 1}, 0), "`w_out`"),
    ((np.ones((2, 10 ** 5)), np.zeros(10 ** 5), np.ones(10 ** 5), 0.0), "… (100000)"),
]
EX01_RIGHT = [
    (R1["W_hidden"], R1["b_hidden"], R1["w_out"], R1["b_out"]),
    (np.array(R1["W_hidden"]) * 3, (0, 0), np.array([1, 1]) / 3, 0.0),
    ([[1, -1, 0], [-1, 1, 0]], [0, 0, -5], [1, 1, 7], 0),
    ([[1, 1], [1, 1]], [0, -1], [1, -2], 0.0),  # h1 = x1 + x2, h2 = ReLU(x1 + x2 - 1)
    (((1.0, -1.0), (-1.0, 1.0)), [0.0, 0.0], [1.0, 1.0], np.float32(0.0)),
]


@pytest.mark.parametrize("answer, expected", EX01_WRONG)
def test_ex01_wrong_answers(answer, expected):
    feedback = ex01.check(*answer)
    _failed_with(feedback, expected)
    assert len(str(feedback)) < 5000


@pytest.mark.parametrize("answer", EX01_RIGHT)
def test_ex01_right_answers(answer):
    assert ex01.check(*answer).passed


# -- exercises 2 and 3: chains of equal formulas ------------------------------------------
EX02_WRONG = [
    (["sigmoid(-v)", "1/(1 + exp(-v))", "1 - sigmoid(v)"], "≠"),
    (["sigmoid(-v)", "1/(1 - exp(v))", "1 - sigmoid(v)"], "≠"),
    (["sigmoid(v)", "1/(1 + exp(v))", "1 - sigmoid(v)"], "first formula should equal the start"),
    (["sigmoid(-v)", "1/(1 + exp(v))", "exp(v)/(1 + exp(v))"], "last formula should equal the target"),
    (["sigmoid(-v)", "1/(1 + e^v)", "1 - sigmoid(v"], "Step 3: Cannot read the formula"),
    (["sigmoid(-v)", "1/(1 + exp(x))", "1 - sigmoid(v)"], "Unknown name `x`"),
    (["sigmoid(-v)", "1 - sigmoid(v)"], "at least one step in between"),
    ("sigmoid(-v) = 1 - sigmoid(v)", "should be a list of formulas"),
    (["sigmoid(-v)", "open('f', 'w')", "1 - sigmoid(v)"], "Unknown name `open`"),
    (["sigmoid(-v)", "v.__class__", "1 - sigmoid(v)"], "an attribute with a dot"),
    (["sigmoid(-v)", "2**2**2**2**2", "1 - sigmoid(v)"], "exponent above 100"),
    (["sigmoid(-v)"] * 40, "at most 30"),
]
EX02_RIGHT = [
    ["sigmoid(-v)", "1/(1 + exp(v))", "1 - sigmoid(v)"],
    ["σ(-v)", "exp(-v)/(exp(-v) + 1)", "1 - 1/(1 + e^(-v))", "1 - sigma(v)"],
    ["sigmoid(-v)", "1/(1+exp(v))", "(1 + exp(v) - exp(v))/(1 + exp(v))",
     "1 - exp(v)/(1 + exp(v))", "1 - sigmoid(v)"],
    ["expit(-v)", "logistic(-v)", "1 − sigmoid(v)"],
]


@pytest.mark.parametrize("steps, expected", EX02_WRONG)
def test_ex02_wrong_chains(steps, expected):
    _failed_with(ex02.check(steps, ex02.REFERENCE["tanh_steps"],
                            ex02.REFERENCE["hard_tanh_steps"]), expected)


@pytest.mark.parametrize("steps", EX02_RIGHT)
def test_ex02_right_chains(steps):
    assert ex02.check(steps, ex02.REFERENCE["tanh_steps"],
                      ex02.REFERENCE["hard_tanh_steps"]).passed


def test_ex02_hard_tanh_written_with_min_and_max():
    chain = ["hard_tanh(-v)", "Min(Max(-v, -1), 1)", "-Max(Min(v, 1), -1)", "-hard_tanh(v)"]
    assert ex02.check(ex02.REFERENCE["sigmoid_steps"], ex02.REFERENCE["tanh_steps"],
                      chain).passed


EX03_WRONG = [
    (["tanh(v)", "(exp(v) - 1)/(exp(v) + 1)", "2*sigmoid(2*v) - 1"], "≠"),
    (["tanh(v)", "2*sigmoid(v) - 1", "2*sigmoid(2*v) - 1"], "≠"),
    (["tanh(v)", "sigmoid(2*v) - 1", "2*sigmoid(2*v) - 1"], "≠"),
    (["tanh(v)", "2*sigmoid(2*v) + 1", "2*sigmoid(2*v) - 1"], "≠"),
    (["tanh(2*v)", "(exp(4*v) - 1)/(exp(4*v) + 1)", "2*sigmoid(2*v) - 1"], "first formula should equal the start"),
    (["tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1)", "2*sigmoid(v) - 1"], "last formula should equal the target"),
    (["tanh(v)", "(exp(2v) - 1)/(exp(2v) + 1)", "2*sigmoid(2*v) - 1"], "write every product with *"),
    (["tanh(v)", "tanh(v) + relu(Abs(v) - 7)", "2*sigmoid(2*v) - 1"], "≠"),
    (["tanh(v)", "tanh(v) + relu(Abs(v) - exp(exp(10)))", "2*sigmoid(2*v) - 1"], "too large"),
    (["tanh(v)", "sympy.tanh(v)", "2*sigmoid(2*v) - 1"], "an attribute with a dot"),
    (["tanh(v)", "[tanh(v)][0]", "2*sigmoid(2*v) - 1"], "indexing"),
    (["tanh(v)", "tanh(v) if v else 0", "2*sigmoid(2*v) - 1"], "a conditional expression"),
    (3.5, "should be a list of formulas"),
]
EX03_RIGHT = [
    ex03.REFERENCE,
    ["tanh(v)", "sinh(v)/cosh(v)", "(exp(v) - exp(-v))/(exp(v) + exp(-v))",
     "(1 - exp(-2*v))/(1 + exp(-2*v))", "2/(1 + exp(-2*v)) - 1", "2*σ(2*v) - 1"],
    ["tanh(v)", "(e^(2*v) - 1)/(e^(2*v) + 1)", "2*sigmoid(2*v) - 1"],
    ["tanh(v)", "1e5*tanh(v)/1E5", "2*sigmoid(2*v) - 1"],
]


@pytest.mark.parametrize("steps, expected", EX03_WRONG)
def test_ex03_wrong_chains(steps, expected):
    _failed_with(ex03.check(steps), expected)


@pytest.mark.parametrize("steps", EX03_RIGHT)
def test_ex03_right_chains(steps):
    assert ex03.check(steps).passed


# -- exercise 4: the perceptron's cycle ---------------------------------------------------
def _book_update(W, x, y, alpha):
    if y * (W @ x) <= 0:
        return W + 2 * alpha * y * x
    return W


def _replay():
    steps = iter(ex04.trajectory().weights[1:].tolist() * 10)
    return lambda W, x, y, alpha: np.array(next(steps))


EX04_WRONG = [
    ((lambda W, x, y, a: W - 2 * a * y * x if y * (W @ x) <= 0 else W, False, "C"), "opposite direction"),
    ((lambda W, x, y, a: W + a * y * x if y * (W @ x) <= 0 else W, False, "C"), "eq. (1.5) gives"),
    ((lambda W, x, y, a: None, False, "C"), "returned None"),
    ((lambda W, x, y, a: W * np.nan, False, "C"), "not finite numbers"),
    ((lambda W, x, y, a: np.append(W, 0.0), False, "C"), "an array of shape (3,)"),
    ((lambda W, x, y, a: "W", False, "C"), "should return the new weights"),
    ((_replay(), False, "C"), "not eq. (1.5) on other inputs"),
    ((_book_update, True, "C"), "(a) Look at the trajectory"),
    ((_book_update, False, "A"), "(b) A is not it"),
    ((_book_update, False, "B"), "(b) B is not it"),
    ((_book_update, False, "D"), "(b) D is not it"),
    ((_book_update, "no", "C"), "`converges` should be True or False; got 'no'"),
    ((_book_update, False, "E"), "`reason` should be one of"),
    ((lambda W, x, y, a: 1 / 0, False, "C"), "ZeroDivisionError"),
]
EX04_RIGHT = [
    (ex04.reference_update, False, "C"),
    (_book_update, np.False_, "c"),
    (lambda W, x, y, a: W + a * (y - (y if y * (W @ x) > 0 else -y)) * x, False, " C "),
    (lambda W, x, y, a: W + a * (y - np.sign(W @ x)) * x, False, "C"),  # sign(0) = 0, noted
]


@pytest.mark.parametrize("answer, expected", EX04_WRONG)
def test_ex04_wrong_answers(answer, expected):
    _failed_with(ex04.check(*answer), expected)


@pytest.mark.parametrize("answer", EX04_RIGHT)
def test_ex04_right_answers(answer):
    assert ex04.check(*answer).passed


# -- exercise 5: the product feature ---------------------------------------------------
EX05_WRONG = [
    ((lambda x1, x2: x1 + x2, True, 0.0), "the classes overlap"),
    ((lambda x1, x2: -x1 * x2, True, 0.0), "puts class +1 below class −1"),
    ((lambda x1, x2: x1 * x2, False, 0.0), "Look at the values"),
    ((lambda x1, x2: x1 * x2, True, 1.0), "does not split the classes"),
    ((lambda x1, x2: x1 * x2, True, -1.5), "does not split the classes"),
    ((lambda x1, x2: x1 * x2, True, "0"), "`threshold` should be a number"),
    ((lambda x1, x2: x1 * x2, "yes", 0.0), "`separable` should be True or False"),
    ((lambda x1, x2: [1, 1, -1, -1], True, 0.0), "not return a fixed list"),
    ((lambda x1, x2: np.array([1.0, 1.0, -1.0, -1.0]), True, 0.0), "not return a fixed list"),
    ((lambda x1, x2: x1 / 0 * x2, True, 0.0), "4 finite numbers"),
    ((lambda x1, x2: None, True, 0.0), "4 finite numbers"),
    ((lambda x1, x2: sys.exit(), True, 0.0), "`sys.exit()`"),
    ((lambda x1: x1, True, 0.0), "TypeError"),
]
EX05_RIGHT = [
    (lambda x1, x2: x1 * x2, True, 0.0),
    (lambda x1, x2: np.multiply(x1, x2) * 3 + 1, True, 1.5),
    (lambda x1, x2: (x1 * x2 + 1) / 2, np.True_, 0.5),
    (lambda x1, x2: -(x1 - x2) ** 2, True, -2.0),
]


@pytest.mark.parametrize("answer, expected", EX05_WRONG)
def test_ex05_wrong_answers(answer, expected):
    _failed_with(ex05.check(*answer), expected)


@pytest.mark.parametrize("answer", EX05_RIGHT)
def test_ex05_right_answers(answer):
    assert ex05.check(*answer).passed


# -- exercise 6: implement the perceptron ---------------------------------------------------
def _trainer(step, *, tie=True, reset=False, shuffle=None, bias=True, returns=None):
    def train(X, y, alpha, epochs):
        W, b = np.zeros(X.shape[1]), 0.0
        rng = np.random.default_rng(shuffle) if shuffle is not None else None
        for _ in range(epochs):
            if reset:
                W, b = np.zeros(X.shape[1]), 0.0
            order = rng.permutation(len(y)) if rng is not None else range(len(y))
            for i in order:
                score = W @ X[i] + b
                wrong = y[i] * score <= 0 if tie else y[i] * score < 0
                delta = step(y[i], score) if wrong or step is _sign_step else 0.0
                W = W + alpha * delta * X[i]
                if bias:
                    b = b + alpha * delta
        return (W, b) if returns is None else returns(W, b)
    return train


def _two(y, score):
    return 2 * y


def _one(y, score):
    return y


def _sign_step(y, score):
    return y - np.sign(score)


EX06_WRONG = [
    (_trainer(_one), "a factor 2 is missing"),
    (_trainer(_sign_step), "`np.sign(0)` is 0, which gives half a step"),
    (_trainer(_two, tie=False), "a tie counts as a mistake"),
    (_trainer(lambda y, s: -2 * y), "opposite sign"),
    (_trainer(_two, bias=False), "Δb = α(y − ŷ)"),
    (_trainer(_two, reset=True), "reset at the start of each epoch"),
    (_trainer(_two, shuffle=None, returns=lambda W, b: (W, b, 0)), "should return a pair"),
    (_trainer(_two, returns=lambda W, b: (None, b)), "`W` is None"),
    (_trainer(_two, returns=lambda W, b: (W * np.nan, b)), "NaN or infinity"),
    (_trainer(_two, returns=lambda W, b: (np.append(W, b), b)), "has shape (3,), expected (2,)"),
    (_trainer(_two, returns=lambda W, b: None), "returned None"),
    (_trainer(_two, returns=lambda W, b: ("W", "b")), "`W` must be an array of numbers"),
    (lambda X, y, alpha, epochs: _trainer(_two, shuffle=int(np.random.default_rng().integers(1 << 30)))(X, y, alpha, epochs),
     "shuffles the examples"),
    (lambda X, y, alpha, epochs: _trainer(_two)(X[::-1], y[::-1], alpha, epochs), "visit the examples in their order"),
    (lambda X, y: (X, y), "TypeError"),
    (42, "Expected a function here"),
]
EX06_RIGHT = [
    _trainer(_two),
    _trainer(lambda y, s: y - (-y)),
    lambda X, y, alpha, epochs: tuple(_trainer(_two)(X, y, alpha, epochs)),
    lambda X, y, alpha, epochs: [list(_trainer(_two)(X, y, alpha, epochs)[0]),
                                 np.float64(_trainer(_two)(X, y, alpha, epochs)[1])],
]


@pytest.mark.parametrize("answer, expected", EX06_WRONG)
def test_ex06_wrong_answers(answer, expected):
    _failed_with(ex06.check(answer), expected)


@pytest.mark.parametrize("answer", EX06_RIGHT)
def test_ex06_right_answers(answer):
    assert ex06.check(answer).passed


def test_ex06_epoch_message_shows_the_weights_of_the_same_epoch():
    feedback = str(ex06.check(_trainer(_two, reset=True)))
    assert "Expected after 2 epoch(s)" in feedback and "Yours after 2 epoch(s)" in feedback


# -- exercises 7 and 8: derivative bounds ---------------------------------------------------
EX07_WRONG = [
    (("sigmoid(v)*(1 - sigmoid(v)) + relu(Abs(v) - 7)", 0, 0.25), "≠"),
    (("sigmoid(v)*(1 - sigmoid(v)) + relu(Abs(v) - 30)", 0, 0.25), "≠"),
    ((lambda v: np.exp(-v) / (1 + np.exp(-v)) ** 2 + np.maximum(np.abs(v) - 7, 0), 0, 0.25),
     "≠"),
    (("sigmoid(v)", 0, 0.25), "≠"),
    (("sigmoid(v)*(1 + sigmoid(v))", 0, 0.25), "≠"),
    (("exp(v)/(1 + exp(-v))**2", 0, 0.25), "≠"),
    (("sigmoid(v)*(1 - sigmoid(v))", 1, 0.25), "At your argmax v = 1"),
    (("sigmoid(v)*(1 - sigmoid(v))", 0, 0.5), "never reaches 0.5"),
    (("sigmoid(v)*(1 - sigmoid(v))", 0, 0.2), "0.2 is not the largest value"),
    (("sigmoid(v)*(1 - sigmoid(v))", 0, 0.249999), "0.249999 is not the largest value"),
    (("sigmoid(v)*(1 - sigmoid(v))", "0", 0.25), "`argmax` should be a number"),
    (("sigmoid(v)*(1 - sigmoid(v))", 0, np.nan), "`maximum` should be a finite number"),
    (("sigmoid'(v)", 0, 0.25), "Cannot read the formula"),
    (("d/dv*sigmoid(v)", 0, 0.25), "Unknown name `d`"),
]
EX07_RIGHT = [
    ("sigmoid(v)*(1 - sigmoid(v))", 0, 0.25),
    ("exp(-v)/(1 + exp(-v))^2", 0.0, 1 / 4),
    ("sech(v/2)**2/4", -0.0, 0.25),
    ("σ(v)*σ(-v)", np.float64(0), np.float32(0.25)),
    (lambda v: np.exp(-v) / (1 + np.exp(-v)) ** 2, 0, 0.25),
    ("1/(2 + exp(v) + exp(-v))", 0, 0.25),
]


@pytest.mark.parametrize("answer, expected", EX07_WRONG)
def test_ex07_wrong_answers(answer, expected):
    _failed_with(ex07.check(*answer), expected)


@pytest.mark.parametrize("answer", EX07_RIGHT)
def test_ex07_right_answers(answer):
    assert ex07.check(*answer).passed


EX08_WRONG = [
    (("1 - tanh(v)", 0, 1), "≠"),
    (("1 + tanh(v)**2", 0, 1), "≠"),
    (("1 - tanh(v)**2 + relu(Abs(v) - 8)", 0, 1), "≠"),
    (("tanh(v)*(1 - tanh(v))", 0, 1), "≠"),
    (("sech(v)", 0, 1), "≠"),
    (("1 - tanh(v)**2", 1, 1), "At your argmax v = 1"),
    (("1 - tanh(v)**2", 0, 2), "never reaches 2"),
    (("1 - tanh(v)**2", 0, 0.25), "0.25 is not the largest value"),
    (("1 - tanh(v)**2", 0, True), "`maximum` should be a number"),
    (("1 - tanh(x)**2", 0, 1), "Unknown name `x`"),
    (("1 - th(v)**2", 0, 1), "Unknown name `th`"),
    ((lambda v: 1 - np.tanh(v), 0, 1), "≠"),
]
EX08_RIGHT = [
    ("1 - tanh(v)**2", 0, 1),
    ("sech(v)^2", 0, 1.0),
    ("4/(exp(v) + exp(-v))**2", 0, 1),
    ("1/cosh(v)**2", 0, 1),
    (lambda v: 1 / np.cosh(v) ** 2, 0, 1),
]


@pytest.mark.parametrize("answer, expected", EX08_WRONG)
def test_ex08_wrong_answers(answer, expected):
    _failed_with(ex08.check(*answer), expected)


@pytest.mark.parametrize("answer", EX08_RIGHT)
def test_ex08_right_answers(answer):
    assert ex08.check(*answer).passed


# -- exercises 9 and 10: closed form and its derivative -------------------------------------
S1 = "x1 + x2"
S2 = f"sigmoid({S1}) + tanh({S1})"
O = f"relu(sigmoid({S2}) + tanh({S2}))"
EX09_WRONG = [
    (f"sigmoid({S2}) + tanh({S2})", "without its output ReLU"),
    (f"-{O}", "opposite sign"),
    (f"relu({S2})", "one hidden layer"),
    ("relu(sigmoid(sigmoid(x1) + tanh(x2)) + tanh(sigmoid(x1) + tanh(x2)))", "x1 to the top unit"),
    (f"relu(sigmoid(sigmoid({S1})) + tanh(tanh({S1})))", "each unit sees only the unit above it"),
    (f"relu(sigmoid(-(sigmoid(-({S1})) + tanh({S1}))) + tanh(sigmoid(-({S1})) + tanh({S1})))",
     "sign in the sigmoid"),
    (f"{O} + relu(Abs(x1) - 5)", "not farther out"),
    (f"{O} + relu(x1**2 - 30)", "not farther out"),
    ("x1 + x2", "At x1"),
    ("sigmoid(\"__import__('os').system('echo hi')\")", "text in quotes"),
    ("9**9**9**9", "exponent above 100"),
    ("10**10**8", "exponent above 100"),
    (f"{O}.subs(x1, 0)", "an attribute with a dot"),
    ("log(x1)", "At x1"),
]
EX09_RIGHT = [
    O,
    f"Max(0, sigma({S2}) + tanh({S2}))",
    "Max(0, 1/(1 + exp(-(1/(1 + exp(-x1 - x2)) + tanh(x1 + x2)))) + tanh(1/(1 + exp(-x_1 - x_2)) + tanh(x_1 + x_2)))",
    f"ReLU(σ({S2}) + tanh({S2}))",
    ex09.REFERENCE,
]


@pytest.mark.parametrize("answer, expected", EX09_WRONG)
def test_ex09_wrong_answers(answer, expected):
    _failed_with(ex09.check(answer), expected)


@pytest.mark.parametrize("answer", EX09_RIGHT)
def test_ex09_right_answers(answer):
    assert ex09.check(answer).passed


D = str(ex10.DERIVATIVE)
EX10_WRONG = [
    ((f"-({D})", False), "opposite sign"),
    ((O, False), "This is o itself"),
    ((f"{D} + relu(Abs(x1) - 5)", False), "not farther out"),
    ((D.replace("Heaviside", "2*Heaviside"), False), "At x1"),
    ((D, True), "Practical? Measure it"),
    ((D, "maybe"), "`practical` should be True or False"),
    ((D, ...), "No answer yet"),
    (("x1 *", False), "Cannot read the formula"),
    (("Heaviside(x1, x2, 3)", False), "takes 1 argument"),
    (("diff(o, x1)", False), "Unknown name `diff`"),
    (("lambda x1: x1", False), "a lambda"),
]
EX10_RIGHT = [
    (D, False),
    (ex10.DERIVATIVE, "no"),
    (D.replace("Heaviside", "step"), "нет"),
]


@pytest.mark.parametrize("answer, expected", EX10_WRONG)
def test_ex10_wrong_answers(answer, expected):
    _failed_with(ex10.check(*answer), expected)


@pytest.mark.parametrize("answer", EX10_RIGHT)
def test_ex10_right_answers(answer):
    assert ex10.check(*answer).passed


# -- exercise 11: perceptron criterion against hinge loss ----------------------------------
@pytest.fixture(scope="module")
def ex11_truth():
    X, y = ex11.train_sample()
    X_test, y_test = ex11.test_points()
    a = ex11.fit(X, y, "perceptron").score(X_test, y_test)
    b = ex11.fit(X, y, "hinge").score(X_test, y_test)
    verdict = ex11.verdict()
    return a, b, verdict["c"], verdict["d"]


def _other(choice):
    return "hinge" if choice != "hinge" else "perceptron"


EX11_WRONG = [
    (lambda a, b, c, d: (b, b, c, d), "accuracy of the other model"),
    (lambda a, b, c, d: (a * 100, b, c, d), "not in percent"),
    (lambda a, b, c, d: (1.0, b, c, d), "accuracy on the 20 training points"),
    (lambda a, b, c, d: (0.5, b, c, d), "0.5 is not the test accuracy"),
    (lambda a, b, c, d: ("0.9", b, c, d), "should be an accuracy"),
    (lambda a, b, c, d: (np.nan, b, c, d), "should be an accuracy"),
    (lambda a, b, c, d: (a, True, c, d), "should be an accuracy"),
    (lambda a, b, c, d: (a, b, _other(c), d), "(c) not what the measurement says"),
    (lambda a, b, c, d: (a, b, c, _other(d)), "(d) not what the measurement says"),
    (lambda a, b, c, d: (a, b, "both", d), "answer \"perceptron\", \"hinge\" or \"same\""),
    (lambda a, b, c, d: (a, b, c, 3), "answer \"perceptron\", \"hinge\" or \"same\""),
    (lambda a, b, c, d: (a, b, c, ...), "No answer yet"),
]


@pytest.mark.parametrize("make, expected", EX11_WRONG)
def test_ex11_wrong_answers(make, expected, ex11_truth):
    _failed_with(ex11.check(*make(*ex11_truth)), expected)


def test_ex11_right_answers_written_differently(ex11_truth):
    a, b, c, d = ex11_truth
    assert ex11.check(a, b, c, d).passed
    assert ex11.check(np.float32(a), float(b), f" {c.upper()} ", d).passed


def test_ex11_last_hint_does_not_steer_away_from_the_measured_answer():
    body = ex11.hint(4).body
    assert "measurement decide" in body and "ex11.verdict()" in body


def test_a_difference_hidden_in_a_narrow_piece_is_found():
    bump = "relu(0.001 - Abs(v - 0.123456))"
    feedback = ex03.check(["tanh(v)", f"tanh(v) + {bump}", "2*sigmoid(2*v) - 1"])
    _failed_with(feedback, "≠")
    _failed_with(ex07.check(f"sigmoid(v)*(1 - sigmoid(v)) + {bump}", 0, 0.25), "≠")
