"""Labels of §1.6.4: recurrent networks and backpropagation through time."""

TEXT = {
    "recurrent.folded": ("Recurrent network,\neq. (1.36)", "Рекуррентная сеть,\nформула (1.36)"),
    "recurrent.unrolled": ("Unrolled in time over T = {steps} steps (Fig. 1.17)",
                           "Развёрнутая во времени на T = {steps} шагов (рис. 1.17)"),
    "recurrent.inputs": ("input $x_t$", "вход $x_t$"),
    "recurrent.hidden": ("hidden $h_t$", "скрытое $h_t$"),
    "recurrent.outputs": ("sign $\\hat y_t$", "знак $\\hat y_t$"),
    "recurrent.steps_back": ("steps back from the loss, T − t", "шагов назад от потерь, T − t"),
    "recurrent.gradient_norm": ("mean ‖∂L/∂hₜ‖ (log scale)",
                                "среднее ‖∂L/∂hₜ‖ (лог. шкала)"),
    "recurrent.gradient_title": ("Gradient through time", "Градиент во времени"),
    "recurrent.reference": ("spectral radius 1", "спектральный радиус 1"),
    "recurrent.chosen": ("chosen spectral radius", "выбранный спектральный радиус"),
    "recurrent.explorer_title": ("radius {radius}: first step gets {ratio} of the last one's gradient",
                                 "радиус {radius}: первому шагу достаётся {ratio} градиента последнего"),
    "recurrent.radius": ("spectral radius", "спектральный радиус"),
    "recurrent.task": ("Find the radius at which the gradient reaching 30 steps back stops"
                       " vanishing. What happens beyond it?",
                       "Найдите радиус, при котором градиент, прошедший 30 шагов назад, перестаёт"
                       " затухать. Что происходит дальше?"),
}
