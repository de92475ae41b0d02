"""Exercise 3 (tanh as a scaled sigmoid): messages and hints."""

TEXT = {
    "ex03.hint1": (
        "Write tanh(v) by its definition, (e^(2v) − 1)/(e^(2v) + 1), and aim at 2/(1 + e^(−2v)) − 1.",
        "Запишите tanh(v) по определению, (e^(2v) − 1)/(e^(2v) + 1), и двигайтесь к 2/(1 + e^(−2v)) − 1.",
    ),
    "ex03.hint2": (
        "Divide numerator and denominator by e^(2v): tanh(v) = (1 − e^(−2v))/(1 + e^(−2v)).",
        "Разделите числитель и знаменатель на e^(2v): tanh(v) = (1 − e^(−2v))/(1 + e^(−2v)).",
    ),
    "ex03.hint3": (
        "Write the numerator as 2 − (1 + e^(−2v)); the fraction splits into 2/(1 + e^(−2v)) − 1.",
        "Запишите числитель как 2 − (1 + e^(−2v)); дробь распадается на 2/(1 + e^(−2v)) − 1.",
    ),
    "ex03.hint4": (
        "2/(1 + e^(−2v)) is 2·sigmoid(2v). So tanh is the sigmoid squeezed horizontally by 2 (argument 2v), stretched vertically by 2 and shifted down by 1.",
        "2/(1 + e^(−2v)) — это 2·sigmoid(2v). Значит, tanh — это сигмоида, сжатая по горизонтали вдвое (аргумент 2v), растянутая по вертикали вдвое и сдвинутая вниз на 1.",
    ),
}
