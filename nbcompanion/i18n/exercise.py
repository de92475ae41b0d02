"""Labels of the exercise checkers' common messages."""

TEXT = {
    "exercise.missing": (
        "No answer yet: replace the `...` in {what} with your answer and run the cell again.",
        "Ответа пока нет: замените `...` в {what} своим ответом и выполните ячейку снова.",
    ),
    "exercise.hint_title": ("Hint {number} of {total}", "Подсказка {number} из {total}"),
    "exercise.not_callable": (
        "Expected a function here, got a value of type {got}.",
        "Здесь ожидается функция, а получено значение типа {got}.",
    ),
    "exercise.raised": ("Your code raised {error}.", "Ваш код вызвал исключение {error}."),
    "exercise.exited": (
        "Your code called `exit()` or `sys.exit()` ({error}); a checked function must return its result instead.",
        "Ваш код вызвал `exit()` или `sys.exit()` ({error}); проверяемая функция должна вместо этого вернуть результат.",
    ),
    "exercise.timeout": (
        "`{name}` was still running after {seconds} s and was stopped: look for a loop that never ends (for example a `while` whose condition never becomes false).",
        "`{name}` всё ещё работала через {seconds} с и была остановлена: поищите цикл, который никогда не заканчивается (например, `while`, условие которого не становится ложным).",
    ),
    "exercise.timeout_short": (
        "still running after {seconds} s, stopped",
        "всё ещё выполнялось через {seconds} с, остановлено",
    ),
    "exercise.unreadable": (
        "The checker could not work with this answer ({error}); look at its type and values, and compare with the form the exercise asks for.",
        "Проверка не смогла работать с этим ответом ({error}); посмотрите на его тип и значения и сравните с формой, которую просит упражнение.",
    ),
    "exercise.raised_where": ("It happened at line {where}", "Это произошло в строке {where}"),
    "exercise.solution": (
        "The full solution is in `solutions/en/{notebook}`.",
        "Полное решение: `solutions/ru/{notebook}`.",
    ),
}
