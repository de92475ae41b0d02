"""Labels of §1.6.2: RBF networks and Cover's theorem."""

TEXT = {
    "rbf.prototypes": ("prototypes μⱼ (k-means)", "прототипы μⱼ (k-средних)"),
    "rbf.class_a": ("class −1", "класс −1"),
    "rbf.class_b": ("class +1", "класс +1"),
    "rbf.title": ("m = {m}, σ = {width}: training {train} %, test {test} %",
                  "m = {m}, σ = {width}: обучение {train} %, тест {test} %"),
    "rbf.n_prototypes": ("prototypes m", "прототипы m"),
    "rbf.width": ("width σ", "ширина σ"),
    "rbf.task": ("Which m and σ give the lowest test error? What happens when σ is tiny, or huge?",
                 "При каких m и σ ошибка на тесте меньше всего? Что будет при очень малом или очень большом σ?"),
    "rbf.cover_title": ("Cover's theorem: {n} random points", "Теорема Кавера: {n} случайных точек"),
    "rbf.features": ("number of Gaussian units m", "число гауссовских нейронов m"),
    "rbf.separable": ("separable labellings, fraction", "доля линейно разделимых разметок"),
    "rbf.counted": ("counted (linear programming)", "подсчитано (линейное программирование)"),
    "rbf.formula": ("C(N, m + 1) / 2ᴺ (Cover)", "C(N, m + 1) / 2ᴺ (Кавер)"),
    "rbf.input": ("the 2 inputs themselves", "сами 2 входа"),
}
