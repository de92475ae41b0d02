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
    "checks.formula_number": (
        "The number in `{formula}` is too large to compute with (more than 10^300 in magnitude, or beyond a float); the formulas of these exercises need no such numbers.",
        "Число в `{formula}` слишком велико для вычислений (больше 10^300 по модулю или за пределами float); в формулах этих упражнений такие числа не нужны.",
    ),
    "checks.formula_power": (
        "The power `{formula}` has an exponent above {limit} in magnitude: it would take too long to compute, and no answer here needs it.",
        "У степени `{formula}` показатель больше {limit} по модулю: её вычисление заняло бы слишком много времени, и ни одному ответу здесь она не нужна.",
    ),
    "checks.formula_nested": (
        "The formula is nested too deeply (more than {limit} levels of brackets or operations).",
        "Формула слишком глубоко вложена (больше {limit} уровней скобок или операций).",
    ),
    "checks.formula_slow": (
        "Reading the formula `{formula}` took too long and was stopped; write it more simply.",
        "Чтение формулы `{formula}` заняло слишком много времени и было остановлено; запишите её проще.",
    ),
    "checks.formula_element": (
        "`{element}` cannot be part of a formula ({kind}): use numbers, the variables, + - * / ** ^, brackets and the named functions.",
        "`{element}` не может входить в формулу ({kind}): используйте числа, переменные, + - * / ** ^, скобки и названные функции.",
    ),
    "checks.kind.string": ("text in quotes", "текст в кавычках"),
    "checks.kind.attribute": ("an attribute with a dot", "атрибут через точку"),
    "checks.kind.subscript": ("indexing with [ ]", "индексация через [ ]"),
    "checks.kind.lambda": ("a lambda", "lambda"),
    "checks.kind.comprehension": ("a comprehension", "генератор списка"),
    "checks.kind.comparison": ("a comparison or a logical operation", "сравнение или логическая операция"),
    "checks.kind.condition": ("a conditional expression", "условное выражение"),
    "checks.kind.collection": ("a list, tuple or set", "список, кортеж или множество"),
    "checks.kind.assignment": ("an assignment", "присваивание"),
    "checks.kind.call": ("a call of something other than a named function", "вызов чего-то, кроме названной функции"),
    "checks.kind.other": ("not arithmetic", "не арифметика"),
    "checks.formula_operator": (
        "The operator `{operator}` is not used in formulas: use + - * / and ** (or ^) for powers.",
        "Оператор `{operator}` не используется в формулах: пишите + - * / и ** (или ^) для степени.",
    ),
    "checks.formula_undefined": (
        "The formula contains an infinite or undefined value (such as 1/0 or log(0)).",
        "Формула содержит бесконечное или неопределённое значение (например, 1/0 или log(0)).",
    ),
    "checks.formula_bare_function": (
        "`{name}` is a function: write it with its argument, e.g. `{name}(v)`.",
        "`{name}` — функция: запишите её с аргументом, например `{name}(v)`.",
    ),
    "checks.formula_not_function": (
        "`{name}` is not a function: write a product with *, e.g. `{name}*(...)`.",
        "`{name}` — не функция: записывайте произведение через *, например `{name}*(...)`.",
    ),
    "checks.formula_missing_product": (
        "A `*` is missing after `{left}`: write a product as `{left}*(...)`.",
        "После `{left}` не хватает `*`: записывайте произведение как `{left}*(...)`.",
    ),
    "checks.formula_keyword": (
        "`{name}(...)` takes its arguments by position only (no `name=value`).",
        "`{name}(...)` принимает аргументы только по порядку (без `имя=значение`).",
    ),
    "checks.formula_arguments": (
        "`{name}` takes {expected} argument(s), but the formula gives it {count}.",
        "`{name}` принимает аргументов: {expected}, а в формуле их {count}.",
    ),
    "checks.formula_object": (
        "The formula contains a {got}, which is not one of the functions of these exercises.",
        "Формула содержит {got}, а это не одна из функций этих упражнений.",
    ),
    # comparing formulas
    "checks.equal_symbolic": (
        "{first} = {second}: sympy simplifies the difference to 0.",
        "{first} = {second}: sympy упрощает разность до 0.",
    ),
    "checks.equal_numeric": (
        "{first} = {second} at all {count} test points (a grid on [-6, 6], random points on [-40, 40] and values up to 10^300), but sympy could not simplify the difference to 0: justify this step in words (for example, by cases).",
        "{first} = {second} во всех {count} проверочных точках (сетка на [-6, 6], случайные точки на [-40, 40] и значения до 10^300), но sympy не смог упростить разность до 0: обоснуйте этот шаг словами (например, разбором случаев).",
    ),
    "checks.different": (
        "{first} ≠ {second}: at v = {point} the first is {a}, the second {b}.",
        "{first} ≠ {second}: при v = {point} первое равно {a}, второе {b}.",
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
    "checks.chain_long": (
        "`{name}` has {count} formulas; a proof here needs far fewer (at most {limit}).",
        "В `{name}` формул: {count}; доказательству здесь нужно гораздо меньше (не больше {limit}).",
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
        "`{name}` should be True or False; got {value}.",
        "`{name}` должно быть True или False; получено {value}.",
    ),
    "checks.choice_type": (
        "`{name}` should be one of {choices}; got {value}.",
        "`{name}` должно быть одним из {choices}; получено {value}.",
    ),
    "checks.array_type": (
        "`{name}` should be numbers (a list or numpy array); it could not be read as numbers: {error}.",
        "`{name}` должно состоять из чисел (список или массив numpy); не удалось прочитать его как числа: {error}.",
    ),
    "checks.array_shape": (
        "`{name}` has shape {got}; expected shape {expected} ({meaning}).",
        "`{name}` имеет форму {got}; ожидается форма {expected} ({meaning}).",
    ),
    "checks.array_none": (
        "`{name}` is None: assign it numbers (a list or numpy array), or return them if it is computed by a function.",
        "`{name}` равно None: присвойте ему числа (список или массив numpy) или верните их, если они вычисляются функцией.",
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
        "Your function agrees with {name} at all {count} test points (a grid on [-6, 6], random points on [-40, 40] and values up to 10^300).",
        "Ваша функция совпадает с {name} во всех {count} проверочных точках (сетка на [-6, 6], случайные точки на [-40, 40] и значения до 10^300).",
    ),
    "checks.argmax_right": (
        "{name} is largest at v = {at}: right ({name} = {value} there).",
        "{name} максимальна при v = {at}: верно (там {name} = {value}).",
    ),
    "checks.argmax_wrong": (
        "At your argmax v = {at}, {name} = {value}; it is larger elsewhere. Where is the bell curve highest?",
        "В вашей точке максимума v = {at} {name} = {value}; в другом месте она больше. Где вершина этого «колокола»?",
    ),
    "checks.maximum_right": ("The largest value of {name} is {value}: right.",
                             "Наибольшее значение {name} равно {value}: верно."),
    "checks.maximum_low": (
        "{value} is not the largest value of {name}: the derivative exceeds it somewhere.",
        "{value} — не наибольшее значение {name}: где-то производная больше.",
    ),
    "checks.maximum_high": (
        "{name} never reaches {value}: it stays at or below {largest}.",
        "{name} никогда не достигает {value}: она не превышает {largest}.",
    ),
    "checks.bound_passed": (
        "Right: {name} ≤ {bound} for every v, with equality only at v = {where}.",
        "Верно: {name} ≤ {bound} при всех v, и равенство только при v = {where}.",
    ),
    "checks.bound_failed": ("Not yet: see what is wrong about {name} below.",
                            "Пока нет: что не так с {name}, сказано ниже."),
})
