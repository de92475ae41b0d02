"""Messages of the shared checks of formulas, numbers and choices (exercises 1-5, 7, 8)."""

TEXT = {
    # reading a formula (nbcompanion.symbolic)
    "checks.formula_type": (
        "A formula is expected as text in quotes, e.g. \"1/(1 + exp(-v))\"; got a value of type {got}.",
        "Формула ожидается как текст в кавычках, например \"1/(1 + exp(-v))\"; получено значение типа {got}.",
    ),
    "checks.formula_empty": ("The formula is empty.", "Формула пуста."),
    "checks.formula_long": (
        "The formula is longer than {limit} characters: split it into steps.",
        "Формула длиннее {limit} символов: разбейте её на шаги.",
    ),
    "checks.formula_character": (
        "The character `{character}` cannot appear in a formula: use numbers, v, + - * / ** ^ and brackets.",
        "Символ `{character}` не может входить в формулу: используйте числа, v, + - * / ** ^ и скобки.",
    ),
    "checks.formula_name": (
        "Unknown name `{name}` in the formula; you can use: {allowed}.",
        "Неизвестное имя `{name}` в формуле; можно использовать: {allowed}.",
    ),
    "checks.formula_syntax": (
        "Cannot read the formula `{formula}` ({error}): check the brackets and write every product with * (2*v, not 2v).",
        "Не удаётся прочитать формулу `{formula}` ({error}): проверьте скобки и пишите умножение явно через * (2*v, а не 2v).",
    ),
    # comparing formulas
    "checks.equal_symbolic": (
        "{first} = {second}: sympy simplifies the difference to 0.",
        "{first} = {second}: sympy упрощает разность до 0.",
    ),
    "checks.equal_numeric": (
        "{first} = {second} at all {count} test points in [-6, 6], but sympy could not simplify the difference to 0: justify this step in words (for example, by cases).",
        "{first} = {second} во всех {count} проверочных точках на [-6, 6], но sympy не смог упростить разность до 0: обоснуйте этот шаг словами (например, разбором случаев).",
    ),
    "checks.different": (
        "{first} ≠ {second}: at v = {point:g} the first is {a:.6g}, the second {b:.6g}.",
        "{first} ≠ {second}: при v = {point:g} первое равно {a:.6g}, второе {b:.6g}.",
    ),
    "checks.step": ("step {number}", "шаг {number}"),
    # chains of steps
    "checks.chain_type": (
        "`{name}` should be a list of formulas in quotes, e.g. [\"sigmoid(-v)\", \"...\", \"1 - sigmoid(v)\"]; got a value of type {got}.",
        "`{name}` должен быть списком формул в кавычках, например [\"sigmoid(-v)\", \"...\", \"1 - sigmoid(v)\"]; получено значение типа {got}.",
    ),
    "checks.chain_short": (
        "`{name}` has {count} formula(s): write the start, at least one step in between, and the end ({count_needed} or more).",
        "В `{name}` формул: {count}. Запишите начало, хотя бы один промежуточный шаг и конец (не меньше {count_needed}).",
    ),
    "checks.chain_unreadable": ("Step {number}: {error}", "Шаг {number}: {error}"),
    "checks.chain_ok": (
        "Your chain of {count} steps goes from {start} to {target}, and every step holds.",
        "Ваша цепочка из {count} шагов ведёт от {start} к {target}, и каждый шаг верен.",
    ),
    "checks.chain_bad": (
        "Not yet: {count} link(s) of your chain from {start} to {target} do not hold (see below).",
        "Пока нет: звеньев цепочки от {start} к {target}, которые не выполняются: {count} (см. ниже).",
    ),
    "checks.chain_start": (
        "Your first formula should equal the start, {start}.",
        "Первая формула должна быть равна началу, {start}.",
    ),
    "checks.chain_end": (
        "Your last formula should equal the target, {target}.",
        "Последняя формула должна быть равна цели, {target}.",
    ),
    # one step
    "checks.step_ok": ("This step holds.", "Этот шаг верен."),
    "checks.step_bad": ("This step does not hold.", "Этот шаг неверен."),
    # numbers, choices and arrays
    "checks.number_type": (
        "`{name}` should be a number; got a value of type {got}.",
        "`{name}` должно быть числом; получено значение типа {got}.",
    ),
    "checks.number_finite": (
        "`{name}` should be a finite number; got {value}.",
        "`{name}` должно быть конечным числом; получено {value}.",
    ),
    "checks.bool_type": (
        "`{name}` should be True or False; got {value!r}.",
        "`{name}` должно быть True или False; получено {value!r}.",
    ),
    "checks.choice_type": (
        "`{name}` should be one of {choices}; got {value!r}.",
        "`{name}` должно быть одним из {choices}; получено {value!r}.",
    ),
    "checks.array_type": (
        "`{name}` should be numbers (a list or numpy array); it could not be read as numbers: {error}.",
        "`{name}` должно состоять из чисел (список или массив numpy); не удалось прочитать его как числа: {error}.",
    ),
    "checks.array_shape": (
        "`{name}` has shape {got}; expected shape {expected} ({meaning}).",
        "`{name}` имеет форму {got}; ожидается форма {expected} ({meaning}).",
    ),
    "checks.array_finite": (
        "`{name}` contains NaN or infinity; every entry must be a finite number.",
        "`{name}` содержит NaN или бесконечность; все элементы должны быть конечными числами.",
    ),
    "checks.function_values": (
        "Your function `{name}` should return {count} finite numbers, one per point; it returned {got}.",
        "Ваша функция `{name}` должна вернуть {count} конечных чисел, по одному на точку; она вернула {got}.",
    ),
    "checks.see_solution": (
        "Stuck? Try `{module}.hint(1)`, `{module}.hint(2)`, …; the full solution is in [{notebook}](../../solutions/en/{notebook}).",
        "Не получается? Попробуйте `{module}.hint(1)`, `{module}.hint(2)`, …; полное решение — в [{notebook}](../../solutions/ru/{notebook}).",
    ),
}
TEXT.update({
    "checks.derivative_numeric": (
        "Your function agrees with {name} at all {count} test points in [-6, 6].",
        "Ваша функция совпадает с {name} во всех {count} проверочных точках на [-6, 6].",
    ),
    "checks.argmax_right": (
        "{name} is largest at v = {at:g}: right ({name} = {value:.6g} there).",
        "{name} максимальна при v = {at:g}: верно (там {name} = {value:.6g}).",
    ),
    "checks.argmax_wrong": (
        "At your argmax v = {at:g}, {name} = {value:.6g}; it is larger elsewhere. Where is the bell curve highest?",
        "В вашей точке максимума v = {at:g} {name} = {value:.6g}; в другом месте она больше. Где вершина этого «колокола»?",
    ),
    "checks.maximum_right": ("The largest value of {name} is {value:g}: right.",
                             "Наибольшее значение {name} равно {value:g}: верно."),
    "checks.maximum_low": (
        "{value:g} is not the largest value of {name}: the derivative exceeds it somewhere.",
        "{value:g} — не наибольшее значение {name}: где-то производная больше.",
    ),
    "checks.maximum_high": (
        "{name} never reaches {value:g}: on [-6, 6] it stays at or below {largest:.6g}.",
        "{name} никогда не достигает {value:g}: на [-6, 6] она не превышает {largest:.6g}.",
    ),
    "checks.bound_passed": (
        "Right: {name} ≤ {bound:g} for every v, with equality only at v = {where:g}.",
        "Верно: {name} ≤ {bound:g} при всех v, и равенство только при v = {where:g}.",
    ),
    "checks.bound_failed": ("Not yet: see what is wrong about {name} below.",
                            "Пока нет: что не так с {name}, сказано ниже."),
})
