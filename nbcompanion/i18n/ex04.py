"""Exercise 4 (the perceptron cycles): messages, hints, choices and figure labels."""

TEXT = {
    "ex04.passed": ("Right on all three counts.", "Верно по всем трём пунктам."),
    "ex04.failed": ("Not yet: see below.", "Пока нет: см. ниже."),
    "ex04.update_shape": (
        "At step {step}, `update` should return the new weights, 2 numbers such as np.array([w1, w2]); it returned {got}.",
        "На шаге {step} функция `update` должна вернуть новые веса, 2 числа, например np.array([w1, w2]); она вернула {got}.",
    ),
    "ex04.update_right": (
        "Your `update` gives the perceptron's trajectory over all {steps} steps.",
        "Ваша `update` даёт траекторию перцептрона на всех {steps} шагах.",
    ),
    "ex04.update_sign_zero": (
        "Your `update` uses ŷ = sign(W·X) with sign(0) = 0, so a tie W·X = 0 gives half a step; the package counts a tie as a mistake (a full step). Both conventions cycle.",
        "Ваша `update` использует ŷ = sign(W·X) с sign(0) = 0, поэтому при W·X = 0 делается полшага; пакет считает такую точку ошибкой (полный шаг). При обоих соглашениях веса зацикливаются.",
    ),
    "ex04.update_wrong": (
        "At step {step} (point {point}, class {label}, W before = {before}) your `update` gives W = {got}; eq. (1.5) gives {expected}.",
        "На шаге {step} (точка {point}, класс {label}, W до шага = {before}) ваша `update` даёт W = {got}; формула (1.5) даёт {expected}.",
    ),
    "ex04.update_sign": (
        "Your step goes in exactly the opposite direction: the error is y − ŷ, and W moves by +α·(y − ŷ)·X.",
        "Ваш шаг направлен ровно в противоположную сторону: ошибка равна y − ŷ, и W сдвигается на +α·(y − ŷ)·X.",
    ),
    "ex04.converges_right": (
        "(a) Right: it does not converge; the weights and the perceptron criterion keep changing.",
        "(а) Верно: не сходится; веса и критерий перцептрона продолжают меняться.",
    ),
    "ex04.converges_wrong": (
        "(a) Look at the trajectory above: after each pass the weights are back at (0, 0) and the same updates repeat, so the objective never stops changing.",
        "(а) Посмотрите на траекторию выше: после каждого прохода веса снова равны (0, 0) и те же обновления повторяются, поэтому целевая функция не перестаёт меняться.",
    ),
    "ex04.reason_A": (
        "(b) A is not it: the weights never stop changing; look at the last steps of the trajectory.",
        "(б) Не A: веса не перестают меняться; посмотрите на последние шаги траектории.",
    ),
    "ex04.reason_B": (
        "(b) B is not it: with α = 0.1 every step is 10 times smaller and the weights trace the same cycle, scaled; the learning rate only scales W.",
        "(б) Не B: при α = 0,1 каждый шаг в 10 раз меньше, и веса проходят тот же цикл в уменьшенном масштабе; скорость обучения лишь масштабирует W.",
    ),
    "ex04.reason_C": (
        "(b) Right: no line through the origin (indeed no line) separates the classes, so every W misclassifies a point, and that point triggers another update.",
        "(б) Верно: никакая прямая через начало координат (да и вообще никакая) не разделяет классы, поэтому при любом W какая-то точка классифицирована неверно и вызывает новое обновление.",
    ),
    "ex04.reason_D": (
        "(b) D is not it: at W = (0, 0) every point is a tie W·X = 0, which counts as a mistake, so the next update moves W away again.",
        "(б) Не D: при W = (0, 0) каждая точка даёт W·X = 0, что считается ошибкой, поэтому следующее обновление снова уводит W.",
    ),
    "ex04.choices": (
        "A: after a few passes the weights stop changing.  \n"
        "B: α = 1 is too large; a smaller α would converge.  \n"
        "C: no W classifies all four points, so some point is always misclassified and triggers an update.  \n"
        "D: training stops at W = (0, 0), where the gradient vanishes.",
        "A: через несколько проходов веса перестают меняться.  \n"
        "B: α = 1 слишком велика; при меньшей α алгоритм сошёлся бы.  \n"
        "C: никакое W не классифицирует все четыре точки верно, поэтому какая-то точка всегда ошибочна и вызывает обновление.  \n"
        "D: обучение останавливается в W = (0, 0), где градиент равен нулю.",
    ),
    "ex04.hint1": (
        "Eq. (1.5): W ⇐ W + α (y − ŷ) X, with ŷ = sign(W·X). On a mistake y − ŷ = 2y; on a right answer it is 0. Treat W·X = 0 as a mistake.",
        "Формула (1.5): W ⇐ W + α (y − ŷ) X, где ŷ = sign(W·X). При ошибке y − ŷ = 2y, при верном ответе 0. Считайте W·X = 0 ошибкой.",
    ),
    "ex04.hint2": (
        "In code: `return W + alpha * 2 * y * x if y * (W @ x) <= 0 else W`. Then step through the trajectory with the explorer: what happens after four steps?",
        "В коде: `return W + alpha * 2 * y * x if y * (W @ x) <= 0 else W`. Затем пройдите траекторию в интерактивном рисунке: что происходит через четыре шага?",
    ),
    "ex04.hint3": (
        "Can any W put (1, 1) on the positive side and (−1, −1) on the positive side as well? W·(−1, −1) = −W·(1, 1).",
        "Может ли какое-нибудь W отнести к положительному классу и (1, 1), и (−1, −1)? Ведь W·(−1, −1) = −W·(1, 1).",
    ),
    "ex04.hint4": (
        "converges = False, reason = \"C\": the data is not linearly separable, so there is always a misclassified point and the updates never stop.",
        "converges = False, reason = \"C\": данные не являются линейно разделимыми, поэтому всегда есть ошибочная точка и обновления не прекращаются.",
    ),
    # figures
    "ex04.data_title": ("Step {step}: W = {W}", "Шаг {step}: W = {W}"),
    "ex04.weights_title": ("Weights W over the steps", "Веса W по шагам"),
    "ex04.w1": ("$w_1$", "$w_1$"),
    "ex04.w2": ("$w_2$", "$w_2$"),
    "ex04.path": ("path of W", "путь W"),
    "ex04.current": ("current W", "текущее W"),
    "ex04.visited": ("point used at this step", "точка этого шага"),
    "ex04.boundary": ("boundary W·X = 0", "граница W·X = 0"),
    "ex04.criterion": ("perceptron criterion (1.8)", "критерий перцептрона (1.8)"),
    "ex04.criterion_title": ("Objective over the steps", "Целевая функция по шагам"),
    "ex04.step_slider": ("Step", "Шаг"),
    "ex04.start": ("start (0, 0)", "начало (0, 0)"),
    "ex04.update_none": (
        "At step {step}, `update` returned None: end it with `return` and the new weights.",
        "На шаге {step} функция `update` вернула None: закончите её строкой `return` с новыми весами.",
    ),
    "ex04.shape": ("an array of shape {shape}", "массив формы {shape}"),
    "ex04.update_finite": (
        "At step {step}, `update` returned weights that are not finite numbers: {got}.",
        "На шаге {step} функция `update` вернула веса, которые не являются конечными числами: {got}.",
    ),
    "ex04.update_replays": (
        "Your `update` gives the trajectory of the exercise, but not eq. (1.5) on other inputs: it must compute the step from W, x, y and α, not reproduce the printed weights.",
        "Ваша `update` даёт траекторию упражнения, но не формулу (1.5) на других входах: она должна вычислять шаг по W, x, y и α, а не воспроизводить напечатанные веса.",
    ),
    "ex04.update_unseen": (
        "For W = {W}, x = {x}, y = {y}, α = {alpha} it returns {got} instead of {expected}.",
        "При W = {W}, x = {x}, y = {y}, α = {alpha} она возвращает {got} вместо {expected}.",
    ),
}
