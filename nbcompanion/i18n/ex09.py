"""Messages of the checker of exercise 9 (closed form of a small network)."""

TEXT = {
    "ex09.not_numeric": (
        "Your formula cannot be evaluated at real inputs (is there a log or a root of a negative number?).",
        "Вашу формулу нельзя вычислить при вещественных входах (нет ли логарифма или корня из отрицательного числа?).",
    ),
    "ex09.mismatch": (
        "At x1 = {x1}, x2 = {x2} your formula gives {yours}, the network gives {network}.",
        "При x1 = {x1}, x2 = {x2} ваша формула даёт {yours}, а сеть — {network}.",
    ),
    "ex09.try_hint": (
        "`ex09.hint(1)`, `ex09.hint(2)`, … lead you there step by step.",
        "`ex09.hint(1)`, `ex09.hint(2)`, … ведут к ответу шаг за шагом.",
    ),
    "ex09.passed": (
        "Your closed form equals the network at all {n} test points.",
        "Ваша замкнутая форма совпадает с сетью во всех {n} контрольных точках.",
    ),
    "ex09.symbolic": (
        "sympy confirms it symbolically: it is the same formula as the network's.",
        "sympy подтверждает это символьно: это та же формула, что и у сети.",
    ),
    "ex09.numeric_only": (
        "sympy could not show the identity in a quick symbolic check (nested exponentials are hard to simplify); the agreement at every point is what counts.",
        "sympy не смог показать тождество быстрой символьной проверкой (вложенные экспоненты трудно упрощать); решает совпадение во всех точках.",
    ),
    "ex09.size": (
        "Size: your formula has {yours} operations (`sympy.count_ops`), the network's closed form {reference}.",
        "Размер (число операций, `sympy.count_ops`): в вашей формуле — {yours}, в замкнутой форме сети — {reference}.",
    ),
    "ex09.negative": (
        "Your formula takes negative values, but the output unit applies ReLU, which is never negative.",
        "Ваша формула принимает отрицательные значения, а выходной элемент применяет ReLU, которая не бывает отрицательной.",
    ),
    "ex09.not_sum": (
        "Every unit of the first layer sees x1 + x2, so the output depends on x1 and x2 only through their sum; yours does not.",
        "Каждый элемент первого слоя получает x1 + x2, поэтому выход зависит от x1 и x2 только через их сумму; ваша формула — нет.",
    ),
    "ex09.why.no_relu": (
        "This is the network without its output ReLU: wrap the sum of the two last units in `relu(...)` (or `Max(0, ...)`); it is 0 when x1 + x2 < −0.92 or so.",
        "Это сеть без выходной ReLU: оберните сумму двух последних элементов в `relu(...)` (или `Max(0, ...)`); она равна 0 примерно при x1 + x2 < −0,92.",
    ),
    "ex09.why.negated": (
        "Your formula is the right one with the opposite sign.",
        "Ваша формула — верная, но с противоположным знаком.",
    ),
    "ex09.why.one_layer": (
        "This is a network with one hidden layer: the second layer applies sigmoid and tanh again to h1 + h2.",
        "Это сеть с одним скрытым слоем: второй слой ещё раз применяет сигмоиду и tanh к h1 + h2.",
    ),
    "ex09.why.three_layers": (
        "This has three hidden layers; the exercise has two.",
        "Здесь три скрытых слоя, а в упражнении два.",
    ),
    "ex09.why.split_inputs": (
        "Your first layer gives x1 to the top unit and x2 to the bottom one; each unit sums all its inputs, so both get x1 + x2.",
        "Ваш первый слой подаёт x1 на верхний элемент, а x2 — на нижний; каждый элемент суммирует все свои входы, так что оба получают x1 + x2.",
    ),
    "ex09.why.no_mixing": (
        "In your second layer each unit sees only the unit above it; both see the sum h1 + h2 of the first layer.",
        "Во втором слое у вас каждый элемент видит только один элемент предыдущего слоя; оба получают сумму h1 + h2.",
    ),
    "ex09.why.sigmoid_sign": (
        "Check the sign in the sigmoid: σ(v) = 1/(1 + exp(−v)), eq. (1.16), not 1/(1 + exp(v)).",
        "Проверьте знак в сигмоиде: σ(v) = 1/(1 + exp(−v)), формула (1.16), а не 1/(1 + exp(v)).",
    ),
    "ex09.why.product": (
        "Your units multiply their inputs; they add them (all weights are 1).",
        "Ваши элементы перемножают входы, а нужно складывать (все веса равны 1).",
    ),
    "ex09.hint1": (
        "Name the pre-activations: s1 = x1 + x2 for both units of layer 1. What are h1 (top) and h2 (bottom)?",
        "Обозначьте предактивационные значения: s1 = x1 + x2 для обоих элементов первого слоя. Чему равны h1 (верхний) и h2 (нижний)?",
    ),
    "ex09.hint2": (
        "h1 = sigmoid(x1 + x2), h2 = tanh(x1 + x2). Both units of layer 2 receive s2 = h1 + h2.",
        "h1 = sigmoid(x1 + x2), h2 = tanh(x1 + x2). Оба элемента второго слоя получают s2 = h1 + h2.",
    ),
    "ex09.hint3": (
        "h3 = sigmoid(s2), h4 = tanh(s2), and o = relu(h3 + h4). Substitute s2, then s1.",
        "h3 = sigmoid(s2), h4 = tanh(s2), а o = relu(h3 + h4). Подставьте s2, затем s1.",
    ),
    "ex09.hint4": (
        "Type it as one line, e.g. `\"relu(sigmoid(S) + tanh(S))\"` where S is `sigmoid(x1 + x2) + tanh(x1 + x2)` written out twice.",
        "Наберите одной строкой, например `\"relu(sigmoid(S) + tanh(S))\"`, где S — выписанное дважды `sigmoid(x1 + x2) + tanh(x1 + x2)`.",
    ),
}

TEXT.update({
    "ex09.plot.output": ("o, two hidden layers", "o, два скрытых слоя"),
    "ex09.plot.one_layer": ("one hidden layer, for comparison", "один скрытый слой, для сравнения"),
    "ex09.plot.sum": ("$u = x_1 + x_2$", "$u = x_1 + x_2$"),
    "ex09.plot.title": (
        "The output of the network of exercise 9",
        "Выход сети из упражнения 9",
    ),
    "ex09.only_nearby": (
        "Your formula agrees with the network on the points the notebook shows, but not farther out: it imitates the network nearby instead of being its closed form.",
        "Ваша формула совпадает с сетью в точках, которые показывает блокнот, но не дальше: она подражает сети поблизости, а не является её замкнутой формой.",
    ),
})
