"""Exercise 8 (the derivative of tanh is at most 1): messages and hints."""

TEXT = {
    "ex08.hint1": (
        "Eq. (1.21) writes the derivative through the output: ∂o/∂v = 1 − o², o = tanh(v).",
        "Формула (1.21) выражает производную через выход: ∂o/∂v = 1 − o², o = tanh(v).",
    ),
    "ex08.hint2": (
        "A square is never negative. What does that say about 1 − o²?",
        "Квадрат не бывает отрицательным. Что это говорит о 1 − o²?",
    ),
    "ex08.hint3": (
        "1 − o² ≤ 1, with equality iff o = 0. Where is tanh(v) = 0? Check eq. (1.20) against (1.21): ex08.check_step(\"4*exp(2*v)/(exp(2*v) + 1)**2\", \"1 - tanh(v)**2\").",
        "1 − o² ≤ 1, и равенство лишь при o = 0. Где tanh(v) = 0? Сверьте формулы (1.20) и (1.21): ex08.check_step(\"4*exp(2*v)/(exp(2*v) + 1)**2\", \"1 - tanh(v)**2\").",
    ),
    "ex08.hint4": (
        "tanh is strictly increasing with tanh(0) = 0, so o = 0 only at v = 0: argmax = 0, maximum = 1.",
        "tanh строго возрастает и tanh(0) = 0, поэтому o = 0 только при v = 0: argmax = 0, maximum = 1.",
    ),
}
