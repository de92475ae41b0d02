"""Exercise 1 (XOR with ReLU units): checker messages, hints and figure labels."""

TEXT = {
    "ex01.shape_W": (
        "2 rows for the inputs x1, x2; one column per hidden unit",
        "2 строки для входов x1, x2; по столбцу на каждый скрытый нейрон",
    ),
    "ex01.shape_units": ("one number per hidden unit", "по числу на каждый скрытый нейрон"),
    "ex01.passed": (
        "Your network separates XOR: both classes fall on their side of O = 0.5.",
        "Ваша сеть разделяет XOR: оба класса лежат по свою сторону от O = 0,5.",
    ),
    "ex01.failed": (
        "Not yet: your network puts {count} of the 4 points in the wrong class.",
        "Пока нет: ваша сеть относит к неверному классу точек: {count} из 4.",
    ),
    "ex01.point_right": (
        "{point} ↦ hidden h = {h}, output {output} {relation} {threshold}: right class.",
        "{point} ↦ скрытые значения h = {h}, выход {output} {relation} {threshold}: класс верный.",
    ),
    "ex01.point_wrong": (
        "your network puts {point} in the wrong class: its output is {output}, expected {relation} {threshold} (hidden h = {h}).",
        "ваша сеть относит {point} к неверному классу: её выход {output}, а нужно {relation} {threshold} (скрытые значения h = {h}).",
    ),
    "ex01.merged": (
        "{first} and {second} belong to different classes but land on the same hidden point h = {h}: no output weights can separate them, so change W_hidden or b_hidden.",
        "{first} и {second} из разных классов, но попадают в одну и ту же точку скрытого пространства h = {h}: никакие выходные веса их не разделят, измените W_hidden или b_hidden.",
    ),
    "ex01.transposed": (
        "Your weights would work transposed: column j of W_hidden holds the weights into hidden unit j, h = ReLU(W_hiddenᵀ x + b_hidden).",
        "Ваши веса подошли бы в транспонированном виде: столбец j матрицы W_hidden — это веса, входящие в скрытый нейрон j, h = ReLU(W_hiddenᵀ x + b_hidden).",
    ),
    "ex01.reversed": (
        "All four points are on the wrong side: the output is reversed. Change the sign of w_out and adjust b_out.",
        "Все четыре точки по неверную сторону: выход перевёрнут. Смените знак w_out и подправьте b_out.",
    ),
    "ex01.hint1": (
        "Look at Fig. 1.14: the hidden layer moves the points so that a straight line can separate them. Where must (0, 0) and (1, 1) land in hidden space, compared with (1, 0) and (0, 1)?",
        "Вспомните рис. 1.14: скрытый слой переносит точки так, чтобы их разделила прямая. Куда в скрытом пространстве должны попасть (0, 0) и (1, 1) по сравнению с (1, 0) и (0, 1)?",
    ),
    "ex01.hint2": (
        "(0, 0) and (1, 1) both have x1 = x2. A unit whose pre-activation is x1 − x2 is 0 on both of them; ReLU then keeps only one sign of the difference.",
        "У (0, 0) и (1, 1) одинаково x1 = x2. Нейрон с предактивационным значением x1 − x2 даёт на обеих 0; ReLU затем оставляет лишь один знак разности.",
    ),
    "ex01.hint3": (
        "Take h1 = ReLU(x1 − x2) and h2 = ReLU(x2 − x1). Then (0, 0) and (1, 1) go to h = (0, 0), (1, 0) to (1, 0) and (0, 1) to (0, 1): the picture of Fig. 1.14 again.",
        "Возьмите h1 = ReLU(x1 − x2) и h2 = ReLU(x2 − x1). Тогда (0, 0) и (1, 1) переходят в h = (0, 0), (1, 0) — в (1, 0), а (0, 1) — в (0, 1): снова картина рис. 1.14.",
    ),
    "ex01.hint4": (
        "W_hidden = [[1, -1], [-1, 1]] (column j feeds unit j), b_hidden = [0, 0], and the output O = h1 + h2 of eq. (1.35): w_out = [1, 1], b_out = 0.",
        "W_hidden = [[1, -1], [-1, 1]] (столбец j ведёт в нейрон j), b_hidden = [0, 0], и выход O = h1 + h2 из формулы (1.35): w_out = [1, 1], b_out = 0.",
    ),
}
