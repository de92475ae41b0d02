"""Exercise 5 (the feature z = x1·x2): messages and hints."""

TEXT = {
    "ex05.passed": (
        "Right: in z the classes are linearly separable, and your threshold separates them.",
        "Верно: по z классы линейно разделимы, и ваш порог их разделяет.",
    ),
    "ex05.failed": ("Not yet: see below.", "Пока нет: см. ниже."),
    "ex05.values": ("Your feature gives z: {values}.", "Ваш признак даёт z: {values}."),
    "ex05.overlap": (
        "With this feature the classes overlap: class +1 has z in [{p_low:g}, {p_high:g}], class −1 in [{n_low:g}, {n_high:g}]. The exercise's feature is z = x1·x2.",
        "С этим признаком классы перекрываются: у класса +1 z в [{p_low:g}; {p_high:g}], у класса −1 — в [{n_low:g}; {n_high:g}]. В упражнении признак z = x1·x2.",
    ),
    "ex05.reversed_feature": (
        "Your feature separates the classes, but puts class +1 below class −1: with z > threshold for class +1, change the sign of the feature (z = x1·x2).",
        "Ваш признак разделяет классы, но класс +1 оказывается ниже класса −1: при правиле «класс +1, если z > порога» смените знак признака (z = x1·x2).",
    ),
    "ex05.separable_wrong": (
        "Look at the values: every point of class +1 has z ≥ {p_low:g} and every point of class −1 has z ≤ {n_high:g}. One threshold between them separates the classes, so the data is separable in z.",
        "Посмотрите на значения: у всех точек класса +1 z ≥ {p_low:g}, у всех точек класса −1 z ≤ {n_high:g}. Один порог между ними разделяет классы, значит по z данные разделимы.",
    ),
    "ex05.threshold_right": (
        "The threshold t = {t:g} puts exactly class +1 at z > t.",
        "Порог t = {t:g} оставляет при z > t ровно класс +1.",
    ),
    "ex05.threshold_reversed": (
        "The threshold t = {t:g} separates the classes the wrong way round: class +1 should be at z > t.",
        "Порог t = {t:g} разделяет классы наоборот: класс +1 должен быть при z > t.",
    ),
    "ex05.threshold_wrong": (
        "The threshold t = {t:g} does not split the classes: choose t with {n_high:g} ≤ t < {p_low:g}.",
        "Порог t = {t:g} не разделяет классы: выберите t, для которого {n_high:g} ≤ t < {p_low:g}.",
    ),
    "ex05.hint1": (
        "Compute z = x1·x2 for each of the four points of exercise 4. Which values does each class get?",
        "Вычислите z = x1·x2 для каждой из четырёх точек упражнения 4. Какие значения получает каждый класс?",
    ),
    "ex05.hint2": (
        "Class +1, (−1, −1) and (1, 1), gets z = 1; class −1, (1, −1) and (−1, 1), gets z = −1. In one dimension a linear classifier is a threshold.",
        "Класс +1, (−1, −1) и (1, 1), получает z = 1; класс −1, (1, −1) и (−1, 1), — z = −1. В одномерном случае линейный классификатор — это порог.",
    ),
    "ex05.hint3": (
        "Any threshold between −1 and 1 works; in the explorer, move t and watch the shaded region x1·x2 > t: in the input space its boundary is not a line but two branches of a hyperbola (the axes themselves at t = 0).",
        "Подходит любой порог между −1 и 1; в интерактивном рисунке двигайте t и смотрите на закрашенную область x1·x2 > t: во входном пространстве её граница — не прямая, а две ветви гиперболы (при t = 0 — сами оси).",
    ),
    "ex05.hint4": (
        "feature = lambda x1, x2: x1 * x2, separable = True, threshold = 0.",
        "feature = lambda x1, x2: x1 * x2, separable = True, threshold = 0.",
    ),
    "ex05.not_a_function": (
        "Given the same four points in another order, `feature` does not return its values in that order: it must compute z from `x1` and `x2` (for example `x1 * x2`), not return a fixed list such as the labels.",
        "Для тех же четырёх точек в другом порядке `feature` не возвращает значения в этом порядке: она должна вычислять z по `x1` и `x2` (например, `x1 * x2`), а не возвращать готовый список, например метки классов.",
    ),
}
