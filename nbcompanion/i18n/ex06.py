"""Messages of the checker of exercise 6 (implement the perceptron)."""

TEXT = {
    "ex06.plot.separable": ("separable data", "разделимые данные"),
    "ex06.plot.overlapping": ("overlapping clouds", "перекрывающиеся облака"),
    "ex06.plot.title": (
        "Training mistakes after each epoch, eq. (1.5)",
        "Ошибки на обучающих данных после каждой эпохи, формула (1.5)",
    ),
    "ex06.passed": (
        "Your perceptron matches the reference at every step on {cases} data sets it had not seen:",
        "Ваш перцептрон совпадает с эталонным на каждом шаге на {cases} незнакомых ему наборах данных:",
    ),
    "ex06.case.separable": (
        "12 linearly separable points in the plane, α = 1, 4 epochs",
        "12 линейно разделимых точек на плоскости, α = 1, 4 эпохи",
    ),
    "ex06.case.not_separable": (
        "15 points of two overlapping clouds (not separable), α = 0.5, 3 epochs",
        "15 точек двух перекрывающихся облаков (линейно неразделимы), α = 0,5, 3 эпохи",
    ),
    "ex06.case.three_features": (
        "10 points with three features, α = 0.1, 3 epochs",
        "10 точек с тремя признаками, α = 0,1, 3 эпохи",
    ),
    "ex06.returned_none": (
        "`train_perceptron` returned None: end it with `return W, b`.",
        "`train_perceptron` вернула None: закончите её строкой `return W, b`.",
    ),
    "ex06.not_pair": (
        "`train_perceptron` should return a pair `(W, b)`, but it returned a {got}.",
        "`train_perceptron` должна возвращать пару `(W, b)`, а вернула {got}.",
    ),
    "ex06.bad_types": (
        "`W` must be an array of numbers and `b` one number; got {W} and {b}.",
        "`W` должен быть массивом чисел, а `b` одним числом; получены {W} и {b}.",
    ),
    "ex06.bad_shape": (
        "`W` has shape {got}, expected {expected}: one weight per feature ({n} here), the bias apart in `b`.",
        "`W` имеет форму {got}, а ожидается {expected}: по одному весу на признак (здесь {n}), смещение отдельно в `b`.",
    ),
    "ex06.not_finite": (
        "The weights contain NaN or infinity.",
        "Веса содержат NaN или бесконечность.",
    ),
    "ex06.failed_on_prefix": (
        "Trained on the first {k} example(s) only, for one epoch, your function failed:",
        "При обучении только на первых {k} примерах за одну эпоху ваша функция не сработала:",
    ),
    "ex06.first_difference": (
        "Data set: {case}. The first difference is at step {k} (epoch {epoch}, example {i}: X = {x}, y = {y}).",
        "Набор данных: {case}. Первое расхождение на шаге {k} (эпоха {epoch}, пример {i}: X = {x}, y = {y}).",
    ),
    "ex06.state": (
        "Before this step W = {W}, b = {b} (the same in your run and in the reference), so W·X + b = {score}.",
        "Перед этим шагом W = {W}, b = {b} (одинаково у вас и в эталоне), так что W·X + b = {score}.",
    ),
    "ex06.mistake": (
        "y·(W·X + b) ≤ 0: the example is misclassified{tie}, so eq. (1.5) updates W and b.",
        "y·(W·X + b) ≤ 0: пример классифицирован неверно{tie}, поэтому по формуле (1.5) W и b обновляются.",
    ),
    "ex06.tie": (" (a tie counts as a mistake)", " (случай W·X + b = 0 считается ошибкой)"),
    "ex06.correct": (
        "y·(W·X + b) > 0: the example is classified correctly{tie}, so nothing should change.",
        "y·(W·X + b) > 0: пример классифицирован верно{tie}, поэтому ничего не должно меняться.",
    ),
    "ex06.due": (
        "The update due: ΔW = α(y − ŷ)X = {dW}, Δb = α(y − ŷ) = {db}.",
        "Нужное обновление: ΔW = α(y − ŷ)X = {dW}, Δb = α(y − ŷ) = {db}.",
    ),
    "ex06.made": (
        "Your update: ΔW = {dW}, Δb = {db}.",
        "Ваше обновление: ΔW = {dW}, Δb = {db}.",
    ),
    "ex06.why.updated_when_correct": (
        "You update on an example that is already classified correctly: update only when y·(W·X + b) ≤ 0.",
        "Вы обновляете веса на верно классифицированном примере: обновляйте только при y·(W·X + b) ≤ 0.",
    ),
    "ex06.why.tie": (
        "Here W·X + b = 0 and your code made no update: the companion counts this case as a mistake (`<= 0`, not `< 0`; `np.sign(0)` is 0), or training from W = 0 never starts.",
        "Здесь W·X + b = 0, а ваш код не сделал обновления: в компаньоне этот случай считается ошибкой (`<= 0`, а не `< 0`; `np.sign(0)` равно 0), иначе обучение с W = 0 не начнётся.",
    ),
    "ex06.why.no_update": (
        "You made no update although the example is misclassified.",
        "Вы не обновили веса, хотя пример классифицирован неверно.",
    ),
    "ex06.why.sign": (
        "Your update has the opposite sign: the error is E(X) = y − ŷ, not ŷ − y, and W moves towards y·X.",
        "У вашего обновления противоположный знак: ошибка E(X) = y − ŷ, а не ŷ − y, и W сдвигается в сторону y·X.",
    ),
    "ex06.why.half": (
        "Your updates are half the ones due, a factor 2 is missing: on a mistake y − ŷ = 2y, so the step is 2αyX (eq. 1.5 with E(X) ∈ {−2, 0, +2}).",
        "Ваши обновления вдвое меньше нужных, не хватает множителя 2: при ошибке y − ŷ = 2y, и шаг равен 2αyX (формула (1.5), E(X) ∈ {−2, 0, +2}).",
    ),
    "ex06.why.bias": (
        "W moves correctly but b does not: the bias neuron has the constant input 1, so Δb = α(y − ŷ).",
        "W меняется верно, а b нет: у нейрона смещения постоянный вход 1, поэтому Δb = α(y − ŷ).",
    ),
    "ex06.epochs": (
        "Data set: {case}. One pass over the examples is right at every step, but after {epoch} epoch(s) your weights differ.",
        "Набор данных: {case}. Один проход по примерам верен на каждом шаге, но после {epoch} эпох(и) ваши веса отличаются.",
    ),
    "ex06.expected_weights": ("Expected after {epoch} epoch(s): W = {W}, b = {b}.", "Ожидается после {epoch} эпох(и): W = {W}, b = {b}."),
    "ex06.yours": ("Yours after {epoch} epoch(s): W = {W}, b = {b}.", "Ваши после {epoch} эпох(и): W = {W}, b = {b}."),
    "ex06.epochs_why": (
        "Repeat the pass `epochs` times, in the same order, keeping W and b from one epoch to the next (no reset, no shuffling).",
        "Повторите проход `epochs` раз в том же порядке, сохраняя W и b от эпохи к эпохе (без сброса и перемешивания).",
    ),
    "ex06.differs": (
        "Data set: {case}. Your final weights differ from the reference's.",
        "Набор данных: {case}. Ваши итоговые веса отличаются от эталонных.",
    ),
    "ex06.hint1": (
        "Start from `W = np.zeros(X.shape[1])` and `b = 0.0`. Loop over the epochs, and inside over the examples `X[i], y[i]` in order.",
        "Начните с `W = np.zeros(X.shape[1])` и `b = 0.0`. Внешний цикл по эпохам, внутренний по примерам `X[i], y[i]` по порядку.",
    ),
    "ex06.hint2": (
        "An example is a mistake when `y[i] * (W @ X[i] + b) <= 0` (a tie counts). Only then change W and b.",
        "Пример считается ошибкой, если `y[i] * (W @ X[i] + b) <= 0` (случай W·X + b = 0 тоже). Только тогда меняйте W и b.",
    ),
    "ex06.hint3": (
        "On a mistake the prediction is ŷ = −y, so E(X) = y − ŷ = 2y and eq. (1.5) gives `W = W + alpha * 2 * y[i] * X[i]`; the bias is the weight of a constant input 1: `b = b + alpha * 2 * y[i]`.",
        "При ошибке предсказание ŷ = −y, значит E(X) = y − ŷ = 2y, и формула (1.5) даёт `W = W + alpha * 2 * y[i] * X[i]`; смещение — вес постоянного входа 1: `b = b + alpha * 2 * y[i]`.",
    ),
    "ex06.hint4": (
        "Put it together: `for epoch in range(epochs): for x_i, y_i in zip(X, y): if y_i * (W @ x_i + b) <= 0: W = W + 2 * alpha * y_i * x_i; b = b + 2 * alpha * y_i`, then `return W, b`.",
        "Соберите всё вместе: `for epoch in range(epochs): for x_i, y_i in zip(X, y): if y_i * (W @ x_i + b) <= 0: W = W + 2 * alpha * y_i * x_i; b = b + 2 * alpha * y_i`, затем `return W, b`.",
    ),
    "ex06.of_shape": ("{type} of shape {shape}", "{type} формы {shape}"),
    "ex06.none_inside": (
        "`train_perceptron` returned a pair whose `{which}` is None: return the numbers themselves, `return W, b`.",
        "`train_perceptron` вернула пару, в которой `{which}` равно None: верните сами числа, `return W, b`.",
    ),
    "ex06.case_failed": ("Data set: {case}.", "Набор данных: {case}."),
    "ex06.why.random": (
        "Called twice on the same data, your function returns different weights: it shuffles the examples or uses random numbers. Visit the examples in their order, and start from W = 0, b = 0.",
        "При двух вызовах на одних и тех же данных ваша функция возвращает разные веса: она перемешивает примеры или использует случайные числа. Проходите примеры по порядку и начинайте с W = 0, b = 0.",
    ),
    "ex06.why.order": (
        "Your update at this step is the one due for another example: visit the examples in their order (no shuffling, no sorting).",
        "Ваше обновление на этом шаге — то, что положено другому примеру: проходите примеры по порядку (без перемешивания и сортировки).",
    ),
    "ex06.why.sign_zero": (
        "Your weights are those of ŷ = np.sign(W·X + b): at a tie `np.sign(0)` is 0, which gives half a step. Treat a tie as a mistake (ŷ = −y).",
        "Ваши веса совпадают с правилом ŷ = np.sign(W·X + b): при ничьей `np.sign(0)` равно 0, и шаг получается вдвое короче. Считайте ничью ошибкой (ŷ = −y).",
    ),
    "ex06.why.always": (
        "Your weights are those of an update after every example, even a correctly classified one: update only when y·(W·X + b) ≤ 0.",
        "Ваши веса получаются, если обновлять после каждого примера, даже верно классифицированного: обновляйте только при y·(W·X + b) ≤ 0.",
    ),
    "ex06.why.reset": (
        "Your weights are those of the last epoch alone: W and b are reset at the start of each epoch. Create them once, before the loop over epochs.",
        "Ваши веса — это результат одной последней эпохи: W и b обнуляются в начале каждой эпохи. Создайте их один раз, до цикла по эпохам.",
    ),
}
