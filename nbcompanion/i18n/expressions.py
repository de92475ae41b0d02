"""Messages about a formula typed as an answer (exercises 9 and 10)."""

TEXT = {
    "expr.type": (
        "Type the formula as text in quotes, for example `\"relu(x1 - x2)\"`; got a value of type {got}.",
        "Запишите формулу как текст в кавычках, например `\"relu(x1 - x2)\"`; получено значение типа {got}.",
    ),
    "expr.empty": ("The formula is empty.", "Формула пуста."),
    "expr.too_long": (
        "The formula is longer than {limit} characters; write it with the named activations.",
        "Формула длиннее {limit} символов; запишите её через названия функций активации.",
    ),
    "expr.syntax": (
        "The formula cannot be read: {detail}. Check the brackets and that every operation is written (`2*x1`, not `2x1`).",
        "Формулу не удаётся прочитать: {detail}. Проверьте скобки и что каждая операция записана (`2*x1`, а не `2x1`).",
    ),
    "expr.keyword": (
        "Python keywords are not part of a formula: {words}",
        "Ключевые слова Python не входят в формулу: {words}",
    ),
    "expr.unknown": (
        "Unknown name(s) {names}. A formula may use {allowed} (and `+ - * / ** ^`).",
        "Неизвестные имена {names}. В формуле можно использовать {allowed} (и `+ - * / ** ^`).",
    ),
    "expr.invalid": (
        "sympy could not build the formula ({detail}); check the number of arguments of each function.",
        "sympy не смог построить формулу ({detail}); проверьте число аргументов каждой функции.",
    ),
    "expr.not_expression": (
        "This is not a formula with a number as its value (got {got}).",
        "Это не формула с числовым значением (получено {got}).",
    ),
    "expr.symbols": (
        "The formula uses symbols other than x1 and x2: {names}.",
        "Формула содержит символы, кроме x1 и x2: {names}.",
    ),
    "expr.infinite": (
        "The formula contains an infinity or an undefined value (such as 1/0).",
        "Формула содержит бесконечность или неопределённое значение (например, 1/0).",
    ),
}
