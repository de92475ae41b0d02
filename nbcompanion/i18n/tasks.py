"""The one question each explorer asks, shown beside its controls (its default ``task``)."""

TEXT = {
    "tasks.neuron": (
        "Make h = Φ(v) exceed 0.9 by changing only the bias b; then do it with one weight.",
        "Сделайте h = Φ(v) больше 0,9, меняя только смещение b; затем — одним весом."),
    "tasks.activation": (
        "Find the v where Φ′ falls below 5 % of its peak: where does this Φ saturate?",
        "Найдите v, где Φ′ падает ниже 5 % своего пика: где Φ насыщается?"),
    "tasks.softmax": (
        "Move the shift c: why do the probabilities stay put? Then make class 3 win by scaling.",
        "Двигайте сдвиг c: почему вероятности не меняются? Затем добейтесь победы класса 3 "
        "масштабом."),
    "tasks.loss": (
        "Which losses still push ŷ once y·ŷ > 1, and which one pushes it back?",
        "Какие функции потерь ещё толкают ŷ при y·ŷ > 1, а какая толкает назад?"),
    "tasks.training": (
        "Click “one update” until W stops moving. Does α change the mistakes curve?",
        "Нажимайте «одно обновление», пока W не перестанет меняться. Меняет ли α кривую "
        "ошибок?"),
    "tasks.margin": (
        "Compare the margin of the two losses after 30 epochs: which one is wider, and why?",
        "Сравните зазор двух функций потерь после 30 эпох: какой шире и почему?"),
    "tasks.approximation": (
        "How many hidden units does the fit need before its error falls below 10⁻²?",
        "Сколько скрытых нейронов нужно, чтобы ошибка стала меньше 10⁻²?"),
    "tasks.backprop": (
        "Step to the backward phase: which Δ needs both paths out of a hidden node?",
        "Дойдите до обратной фазы: какой Δ собирает оба пути из скрытого узла?"),
    "tasks.relu": (
        "Move the weights until all four points lie on the right side of the output line.",
        "Подберите веса так, чтобы все четыре точки оказались по нужную сторону выходной "
        "прямой."),
    "tasks.product": (
        "Find every threshold t on z = x1·x2 that separates the two classes.",
        "Найдите все пороги t для z = x1·x2, которые разделяют два класса."),
    "tasks.cycling": (
        "Step until W returns to (0, 0): after how many updates, and why does it never stop?",
        "Шагайте, пока W не вернётся в (0, 0): через сколько обновлений и почему это не "
        "кончается?"),
    "tasks.sample": (
        "Draw new training samples: whose separator moves more, the perceptron's or the hinge's?",
        "Берите новые обучающие выборки: чья прямая сдвигается сильнее — перцептрона или "
        "кусочно-линейных потерь?"),
}
