"""Labels of the derivative-bound figure (exercises 7 and 8)."""

TEXT = {
    "derivative_bound.curve": ("{name}′(v)", "{name}′(v)"),
    "derivative_bound.maximum": ("largest on the grid: v = {v:.2f}, value {value:.4f}",
                                 "максимум на сетке: v = {v:.2f}, значение {value:.4f}"),
    "derivative_bound.bound": ("largest value", "наибольшее значение"),
    "derivative_bound.title_sigmoid": ("Derivative of the sigmoid, eq. (1.18)",
                                       "Производная сигмоиды, формула (1.18)"),
    "derivative_bound.title_tanh": ("Derivative of tanh, eq. (1.21)",
                                    "Производная гиперболического тангенса, формула (1.21)"),
    "derivative_bound.ylabel": ("{name}′(v)", "{name}′(v)"),
}
