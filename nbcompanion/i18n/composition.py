"""Labels of §1.5.2: the tent composed r times, pieces and parameters against depth."""

TEXT = {
    "composition.x": ("input x", "вход x"),
    "composition.output": ("network output", "выход сети"),
    "composition.sawtooth": ("output of r layers, $t^r(x)$", "выход r слоёв, $t^r(x)$"),
    "composition.breakpoints": ("breakpoints", "точки излома"),
    "composition.layer_title": ("{r} layer(s): {pieces} pieces", "слоёв: {r}, кусков: {pieces}"),
    "composition.pieces_note": ("r = {r}: {pieces} linear pieces counted,\n"
                                "{deep} parameters deep, {shallow} shallow",
                                "r = {r}: насчитано линейных кусков: {pieces};\n"
                                "параметров: {deep} (глубокая), {shallow} (мелкая)"),
    "composition.r": ("depth r (hidden layers of 2 ReLU units)",
                      "глубина r (скрытых слоёв по 2 нейрона ReLU)"),
    "composition.r_short": ("depth r", "глубина r"),
    "composition.count": ("count (log scale)", "количество (лог. шкала)"),
    "composition.count_title": ("What depth buys", "Что даёт глубина"),
    "composition.pieces": ("linear pieces, $2^r$", "линейных кусков, $2^r$"),
    "composition.deep_parameters": ("parameters, deep (6r + 1)",
                                    "параметров, глубокая сеть (6r + 1)"),
    "composition.shallow_parameters": ("parameters, one hidden layer ($3 \\cdot 2^r + 1$)",
                                       "параметров, один скрытый слой ($3 \\cdot 2^r + 1$)"),
    "composition.current": ("chosen r", "выбранное r"),
    "composition.depth_task": ("Raise r by one: how many pieces appear, and how many "
                               "parameters does each network need for them?",
                               "Увеличьте r на единицу: сколько кусков появилось и сколько "
                               "параметров нужно для них каждой сети?"),
    "composition.mse": ("MSE after training (log scale)", "СКО после обучения (лог. шкала)"),
    "composition.deep": ("deep: r layers × 2 units", "глубокая: r слоёв × 2 нейрона"),
    "composition.shallow": ("shallow: 1 layer × 2r units", "мелкая: 1 слой × 2r нейронов"),
    "composition.mean_line": ("constant output (the mean of $t^r$)",
                              "постоянный выход (среднее $t^r$)"),
    "composition.training_title": ("Equal parameters, {runs} random starts each",
                                   "Равное число параметров, по {runs} случайных стартов"),
    "composition.noise": ("noise σ added to the exact deep weights",
                          "шум σ, добавленный к точным весам глубокой сети"),
    "composition.noise_title": ("Deep network started near the solution (r = {r})",
                                "Глубокая сеть: старт у точного решения (r = {r})"),
    "composition.runs": ("one training run", "один запуск обучения"),
}
