"""Messages of the checker of exercise 11 (perceptron criterion against hinge loss)."""

TEXT = {
    "ex11.part.a": ("a", "а"),
    "ex11.part.b": ("b", "б"),
    "ex11.part.c": ("c", "в"),
    "ex11.part.d": ("d", "г"),
    "ex11.not_number": (
        "({part}) should be an accuracy, a number between 0 and 1; got {got}.",
        "({part}) — это точность, число от 0 до 1; получено {got}.",
    ),
    "ex11.accuracy_right": (
        "({part}) right: test accuracy {value} on the 1000 test points.",
        "({part}) верно: точность {value} на 1000 тестовых точках.",
    ),
    "ex11.percent": (
        "({part}) give the accuracy as a fraction between 0 and 1, not in percent.",
        "({part}) укажите точность долей от 0 до 1, а не в процентах.",
    ),
    "ex11.training_accuracy": (
        "({part}) 1.0 is the accuracy on the 20 training points (they are separable); measure it on the 1000 test points.",
        "({part}) 1,0 — это точность на 20 обучающих точках (они разделимы); измерьте её на 1000 тестовых точках.",
    ),
    "ex11.swapped": (
        "({part}) this is the accuracy of the other model: (a) is the perceptron criterion, (b) the hinge loss.",
        "({part}) это точность другой модели: (а) — критерий перцептрона, (б) — кусочно-линейные потери.",
    ),
    "ex11.accuracy_wrong": (
        "({part}) {value} is not the test accuracy of this model: train `Perceptron` with the settings given on `X_train, y_train` and call `.score(X_test, y_test)`.",
        "({part}) {value} — не точность этой модели на тесте: обучите `Perceptron` с заданными параметрами на `X_train, y_train` и вызовите `.score(X_test, y_test)`.",
    ),
    "ex11.bad_choice": (
        "({part}) answer \"perceptron\", \"hinge\" or \"same\"; got {got}.",
        "({part}) ответьте \"perceptron\", \"hinge\" или \"same\"; получено {got}.",
    ),
    "ex11.choice.perceptron": ("the perceptron criterion", "критерий перцептрона"),
    "ex11.choice.hinge": ("the hinge loss", "кусочно-линейные потери"),
    "ex11.choice.same": ("neither (no measurable difference)", "ни то ни другое (разница не измерима)"),
    "ex11.c_right": (
        "(c) right, as measured over {n} training samples: mean test accuracy {p_acc} ± {p_std} (perceptron) and {h_acc} ± {h_std} (hinge); paired difference {diff} ± {se} (standard error). Measured answer: {measured}.",
        "(в) верно, по измерению на {n} обучающих выборках: средняя точность {p_acc} ± {p_std} (перцептрон) и {h_acc} ± {h_std} (кусочно-линейные потери); парная разность {diff} ± {se} (стандартная ошибка). Измеренный ответ: {measured}.",
    ),
    "ex11.c_wrong": (
        "(c) not what the measurement says: over {n} training samples the mean test accuracy is {p_acc} ± {p_std} (perceptron) and {h_acc} ± {h_std} (hinge); the paired difference is {diff} ± {se}. Look at `ex11.experiment().summary()`.",
        "(в) измерение говорит другое: на {n} обучающих выборках средняя точность {p_acc} ± {p_std} (перцептрон) и {h_acc} ± {h_std} (кусочно-линейные потери); парная разность {diff} ± {se}. Посмотрите `ex11.experiment().summary()`.",
    ),
    "ex11.d_right": (
        "(d) right: between two training samples the class of {p_dis} of the test points changes with the perceptron criterion and {h_dis} with the hinge loss (paired difference {diff} ± {se}); over all samples, the decision changes at least once for {p_chg} and {h_chg} of the points. Measured answer: {measured}.",
        "(г) верно: при смене обучающей выборки класс меняется у {p_dis} тестовых точек с критерием перцептрона и у {h_dis} с кусочно-линейными потерями (парная разность {diff} ± {se}); хотя бы раз по всем выборкам решение меняется у {p_chg} и {h_chg} точек. Измеренный ответ: {measured}.",
    ),
    "ex11.d_wrong": (
        "(d) not what the measurement says: between two training samples the class of {p_dis} of the test points changes with the perceptron criterion and {h_dis} with the hinge loss (paired difference {diff} ± {se}, over {n} samples taken in pairs). Look at `ex11.experiment().changes(loss)`.",
        "(г) измерение говорит другое: при смене обучающей выборки класс меняется у {p_dis} тестовых точек с критерием перцептрона и у {h_dis} с кусочно-линейными потерями (парная разность {diff} ± {se}, по {n} выборкам, взятым парами). Посмотрите `ex11.experiment().changes(loss)`.",
    ),
    "ex11.hint1": (
        "(a), (b): `ex11.fit(X_train, y_train, \"perceptron\")` trains with the exercise's settings; `.score(X_test, y_test)` is the test accuracy.",
        "(а), (б): `ex11.fit(X_train, y_train, \"perceptron\")` обучает с параметрами упражнения; `.score(X_test, y_test)` — точность на тесте.",
    ),
    "ex11.hint2": (
        "One sample proves little: 20 points leave a wide gap around x1 = x2. Repeat (a) and (b) for many samples: `result = ex11.experiment()` trains both models on 200 of them.",
        "Одна выборка мало что доказывает: 20 точек оставляют широкую полосу вокруг x1 = x2. Повторите (а) и (б) на многих выборках: `result = ex11.experiment()` обучает обе модели на 200 выборках.",
    ),
    "ex11.hint3": (
        "`result.summary()` gives, per loss, the mean and standard deviation of the accuracy and how often a test point changes class between two samples; a difference smaller than about two standard errors is no difference (`ex11.verdict()` applies this rule).",
        "`result.summary()` даёт для каждой функции потерь среднее и стандартное отклонение точности и то, как часто тестовая точка меняет класс при смене выборки; разница меньше примерно двух стандартных ошибок — не разница (это правило применяет `ex11.verdict()`).",
    ),
    "ex11.hint4": (
        "An intuition says the hinge loss should depend less on the sample: it keeps updating until every point has y·(W·X + b) ≥ 1. But without regularization it can meet that condition by making W larger rather than by moving the line, so the intuition may fail. Let the measurement decide: compare `result.changes(\"perceptron\")` with `result.changes(\"hinge\")`, and a difference within two standard errors is \"same\" (`ex11.verdict()` applies this rule).",
        "Интуиция подсказывает, что кусочно-линейные потери должны меньше зависеть от выборки: обновления идут, пока у каждой точки y·(W·X + b) ≥ 1. Но без регуляризации это условие выполняется и увеличением W, а не сдвигом прямой, так что интуиция может подвести. Пусть решит измерение: сравните `result.changes(\"perceptron\")` и `result.changes(\"hinge\")`; разница в пределах двух стандартных ошибок означает «ни то ни другое» (\"same\") (это правило применяет `ex11.verdict()`).",
    ),
}
