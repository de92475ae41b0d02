"""Messages of the checker of exercise 10 (∂o/∂x1 of the closed form)."""

TEXT = {
    "ex10.summary": (
        "∂o/∂x1: {derivative} · practical: {practical}",
        "∂o/∂x1: {derivative} · практичность (practical): {practical}",
    ),
    "ex10.symbolic": (
        "sympy confirms it symbolically: it is the same formula as `sympy.diff` of the closed form.",
        "sympy подтверждает это символьно: это та же формула, что `sympy.diff` от замкнутой формы.",
    ),
    "ex10.mismatch": (
        "At x1 = {x1}, x2 = {x2} your ∂o/∂x1 is {yours}; the derivative of the closed form is {exact} (central differences of the network: {fd}).",
        "При x1 = {x1}, x2 = {x2} ваша ∂o/∂x1 равна {yours}; производная замкнутой формы равна {exact} (центральные разности по сети: {fd}).",
    ),
    "ex10.passed": (
        "Your ∂o/∂x1 equals sympy's derivative of the closed form at {n} points, and central differences of the network to within {error}.",
        "Ваша ∂o/∂x1 совпадает с производной замкнутой формы, найденной sympy, в {n} точках, и с центральными разностями по сети с точностью {error}.",
    ),
    "ex10.size": (
        "Size: your derivative has {yours} operations, the closed form itself {reference}; backpropagation gets the same number with {ops} operations (both sweeps).",
        "Размер (число операций): в вашей производной — {yours}, в самой замкнутой форме — {reference}; обратному распространению, чтобы получить то же число, нужно операций: {ops} (обе фазы).",
    ),
    "ex10.practical_type": (
        "`practical` should be True or False (or \"yes\" / \"no\"); got {got}.",
        "`practical` должно быть True или False (или \"да\" / \"нет\"); получено {got}.",
    ),
    "ex10.practical_yes": (
        "Practical? Measure it: with two hidden layers the written-out ∂o/∂x1 has {size2} operations, with four already {size4}, and it roughly doubles with every layer; backpropagation needs {ops2} and {ops4}, growing by a constant per layer.",
        "Практично? Измерьте: при двух скрытых слоях число операций в выписанной ∂o/∂x1 — {size2}, при четырёх уже {size4}, и с каждым слоем оно примерно удваивается; обратному распространению нужно {ops2} и {ops4}, с постоянной прибавкой на слой.",
    ),
    "ex10.practical_no": (
        "Right, not practical: the written-out ∂o/∂x1 has {size2} operations with two hidden layers and {size4} with four (about doubling per layer), while backpropagation needs {ops2} and {ops4}: it reuses each shared subexpression instead of writing it out again, eqs. (1.24)–(1.27).",
        "Верно, непрактично: число операций в выписанной ∂o/∂x1 — {size2} при двух скрытых слоях и {size4} при четырёх (примерно удвоение на слой), а обратному распространению нужно {ops2} и {ops4}: оно переиспользует общие подвыражения, а не выписывает их заново, формулы (1.24)–(1.27).",
    ),
    "ex10.why.negated": (
        "Your derivative has the opposite sign.",
        "У вашей производной противоположный знак.",
    ),
    "ex10.why.no_gate": (
        "You left out the derivative of the output ReLU: ReLU′(s) is 1 for s ≥ 0 and 0 below (`Heaviside(s)`), so ∂o/∂x1 = 0 where o = 0.",
        "Вы пропустили производную выходной ReLU: ReLU′(s) равна 1 при s ≥ 0 и 0 ниже (`Heaviside(s)`), так что ∂o/∂x1 = 0 там, где o = 0.",
    ),
    "ex10.why.sigmoid": (
        "You used σ(v) where σ′(v) = σ(v)(1 − σ(v)) belongs, eq. (1.18).",
        "Вы подставили σ(v) вместо σ′(v) = σ(v)(1 − σ(v)), формула (1.18).",
    ),
    "ex10.why.tanh": (
        "tanh′(v) = 1 − tanh²(v), eq. (1.21): the tanh is squared.",
        "tanh′(v) = 1 − tanh²(v), формула (1.21): tanh в квадрате.",
    ),
    "ex10.why.no_inner": (
        "The chain rule stops one layer early: multiply by the derivative of the first layer, σ′(s1) + tanh′(s1) with s1 = x1 + x2.",
        "Цепное правило остановилось на слой раньше: умножьте на производную первого слоя, σ′(s1) + tanh′(s1), где s1 = x1 + x2.",
    ),
    "ex10.why.one_path": (
        "You followed only the path through the two sigmoid units; x1 reaches o along four paths, and eq. (1.23) sums them.",
        "Вы прошли только по пути через две сигмоиды; x1 достигает o по четырём путям, и формула (1.23) их суммирует.",
    ),
    "ex10.why.closed_form": (
        "This is o itself, the answer of exercise 9; differentiate it with respect to x1.",
        "Это сам выход o, ответ упражнения 9; продифференцируйте его по x1.",
    ),
    "ex10.hint1": (
        "Write o = relu(s3), s3 = h3 + h4, h3 = σ(s2), h4 = tanh(s2), s2 = h1 + h2, h1 = σ(s1), h2 = tanh(s1), s1 = x1 + x2, and apply the chain rule link by link.",
        "Запишите o = relu(s3), s3 = h3 + h4, h3 = σ(s2), h4 = tanh(s2), s2 = h1 + h2, h1 = σ(s1), h2 = tanh(s1), s1 = x1 + x2 и применяйте цепное правило звено за звеном.",
    ),
    "ex10.hint2": (
        "The local derivatives: relu′(s) = Heaviside(s), σ′(v) = σ(v)(1 − σ(v)), tanh′(v) = 1 − tanh(v)², ∂s1/∂x1 = 1.",
        "Локальные производные: relu′(s) = Heaviside(s), σ′(v) = σ(v)(1 − σ(v)), tanh′(v) = 1 − tanh(v)², ∂s1/∂x1 = 1.",
    ),
    "ex10.hint3": (
        "Four paths lead from x1 to o (top or bottom unit in each layer); eq. (1.23) sums their products. Because each layer sums its units, the sum factors: ∂o/∂x1 = relu′(s3) · (σ′(s2) + tanh′(s2)) · (σ′(s1) + tanh′(s1)).",
        "От x1 к o ведут четыре пути (верхний или нижний элемент в каждом слое); формула (1.23) суммирует их произведения. Поскольку каждый слой суммирует свои элементы, сумма раскладывается: ∂o/∂x1 = relu′(s3) · (σ′(s2) + tanh′(s2)) · (σ′(s1) + tanh′(s1)).",
    ),
    "ex10.hint4": (
        "Now substitute s1 = x1 + x2, s2 = sigmoid(s1) + tanh(s1), s3 = sigmoid(s2) + tanh(s2) and type it as one line with `Heaviside`, `sigmoid`, `tanh`.",
        "Теперь подставьте s1 = x1 + x2, s2 = sigmoid(s1) + tanh(s1), s3 = sigmoid(s2) + tanh(s2) и наберите одной строкой с `Heaviside`, `sigmoid`, `tanh`.",
    ),
    "ex10.hint5": (
        "For `practical`: count the operations of your formula (`sympy.count_ops`) and imagine 10 layers of 100 units. Then answer True or False.",
        "Для `practical`: посчитайте операции в своей формуле (`sympy.count_ops`) и представьте 10 слоёв по 100 элементов. Затем ответьте True или False.",
    ),
    "ex10.try_hint": (
        "`ex10.hint(1)`, `ex10.hint(2)`, … lead you there step by step.",
        "`ex10.hint(1)`, `ex10.hint(2)`, … ведут к ответу шаг за шагом.",
    ),
}
