"""Exercise 7 (the sigmoid's derivative is at most 1/4): messages, hints, figure labels."""

TEXT = {
    "ex07.hint1": (
        "Eq. (1.18) writes the derivative through the output: ∂o/∂v = o(1 − o), o = sigmoid(v). What values can o take?",
        "Формула (1.18) выражает производную через выход: ∂o/∂v = o(1 − o), o = sigmoid(v). Какие значения принимает o?",
    ),
    "ex07.hint2": (
        "o ranges over (0, 1). Maximize the parabola o(1 − o) over that interval.",
        "o пробегает интервал (0, 1). Найдите максимум параболы o(1 − o) на этом интервале.",
    ),
    "ex07.hint3": (
        "Complete the square: o(1 − o) = 1/4 − (o − 1/2)². Try ex07.check_step(\"sigmoid(v)*(1 - sigmoid(v))\", \"1/4 - (sigmoid(v) - 1/2)**2\").",
        "Выделите полный квадрат: o(1 − o) = 1/4 − (o − 1/2)². Попробуйте ex07.check_step(\"sigmoid(v)*(1 - sigmoid(v))\", \"1/4 - (sigmoid(v) - 1/2)**2\").",
    ),
    "ex07.hint4": (
        "The square is ≥ 0, so the derivative is ≤ 1/4, with equality iff o = 1/2, i.e. sigmoid(v) = 1/2, i.e. v = 0: argmax = 0, maximum = 0.25.",
        "Квадрат ≥ 0, поэтому производная ≤ 1/4, и равенство лишь при o = 1/2, то есть sigmoid(v) = 1/2, то есть v = 0: argmax = 0, maximum = 0.25.",
    ),
}
