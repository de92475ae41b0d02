"""Exercise 2 (symmetries of the sigmoid, tanh and hard tanh): messages and hints."""

TEXT = {
    "ex02.letters": ("abc", "абв"),
    "ex02.passed": (
        "All three symmetries are shown, each step checked.",
        "Все три симметрии доказаны, каждый шаг проверен.",
    ),
    "ex02.failed": (
        "Not yet: work is needed in {count} of the 3 parts (see below).",
        "Пока нет: доработка нужна в {count} из 3 частей (см. ниже).",
    ),
    "ex02.hint1": (
        "Start each chain from Φ(−v) written out by its definition (§1.2.1.3) and end at the target. Type one small algebraic move per step.",
        "Начните каждую цепочку с Φ(−v), записанной по определению (§1.2.1.3), и закончите целью. Делайте по одному небольшому алгебраическому шагу.",
    ),
    "ex02.hint2": (
        "(a) sigmoid(−v) = 1/(1 + e^v): multiply numerator and denominator by e^(−v). (b) tanh(−v) = (e^(−2v) − 1)/(e^(−2v) + 1): multiply by e^(2v).",
        "(а) sigmoid(−v) = 1/(1 + e^v): умножьте числитель и знаменатель на e^(−v). (б) tanh(−v) = (e^(−2v) − 1)/(e^(−2v) + 1): умножьте на e^(2v).",
    ),
    "ex02.hint3": (
        "(a) e^(−v)/(1 + e^(−v)) = (1 + e^(−v) − 1)/(1 + e^(−v)) = 1 − 1/(1 + e^(−v)). (c) Use min(−a, −b) = −max(a, b) and max(−a, −b) = −min(a, b).",
        "(а) e^(−v)/(1 + e^(−v)) = (1 + e^(−v) − 1)/(1 + e^(−v)) = 1 − 1/(1 + e^(−v)). (в) Используйте min(−a, −b) = −max(a, b) и max(−a, −b) = −min(a, b).",
    ),
    "ex02.hint4": (
        "(c) hard_tanh(−v) = Max(Min(−v, 1), −1) = Max(−Max(v, −1), −1) = −Min(Max(v, −1), 1), and clipping to [−1, 1] gives the same in either order. Or split into the cases v < −1, −1 ≤ v ≤ 1, v > 1.",
        "(в) hard_tanh(−v) = Max(Min(−v, 1), −1) = Max(−Max(v, −1), −1) = −Min(Max(v, −1), 1), а обрезка до [−1, 1] не зависит от порядка. Или разберите случаи v < −1, −1 ≤ v ≤ 1, v > 1.",
    ),
}
