"""Labels of §1.4.1.1: regularization."""

TEXT = {
    "regularization.lambda": ("weight decay λ", "коэффициент регуляризации λ"),
    "regularization.error": ("squared error (mean over x)", "квадрат ошибки (среднее по x)"),
    "regularization.bias": ("bias²", "смещение²"),
    "regularization.variance": ("variance", "дисперсия"),
    "regularization.total": ("bias² + variance", "смещение² + дисперсия"),
    "regularization.best": ("best λ = {value}", "лучшее λ = {value}"),
    "regularization.path_title": ("Degree-{degree} polynomial on {n} points: the path in λ",
                                  "Многочлен степени {degree} по {n} точкам: путь по λ"),
}
