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
    "exercise.raised_where": ("It happened at line {where}", "Это произошло в строке {where}"),
    "exercise.solution": (
        "The full solution is in `solutions/en/{notebook}`.",
        "Полное решение: `solutions/ru/{notebook}`.",
    ),
}
