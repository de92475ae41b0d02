"""Labels of the derivative-bound figure (exercises 7 and 8)."""

TEXT = {
    "derivative_bound.curve": ("{name}′(v)", "{name}′(v)"),
    "derivative_bound.maximum": ("largest on the grid: v = {v:.2f}, value {value:.4f}",
                                 "максимум на сетке: v = {v:.2f}, значение {value:.4f}"),
    "derivative_bound.bound": ("largest value", "наибольшее значение"),
    "derivative_bound.title": ("Derivative of {name}", "Производная функции {name}"),
    "derivative_bound.ylabel": ("{name}′(v)", "{name}′(v)"),
}
