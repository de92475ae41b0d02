# %% [markdown] lang="en"
# # 1.11, exercise 6: implement the perceptron
#
# **The task.** Write the perceptron of §1.2.1 yourself: a function
# `train_perceptron(X, y, alpha, epochs)` that returns the weights `W` (one per feature) and
# the bias `b`. It starts from $W = 0$, $b = 0$, visits the examples in the given order
# `epochs` times, and on each mistake applies eq. (1.5),
# $W \Leftarrow W + \alpha (y - \hat y) X$, with the bias as the weight of a bias neuron whose
# input is always 1 (eq. (1.2), Fig. 1.3 b). A tie $W \cdot X + b = 0$ counts as a mistake.
#
# **How it is checked.** `ex06.check(train_perceptron)` runs your function on three data sets
# you have not seen (separable, not separable, three features) and compares it step by step
# with `nbcompanion.perceptron.Perceptron`. If they differ it tells you the first step where
# they part, the example used there, and the update that step should have made.
#
# Solution: [ex06-implement-perceptron](../../solutions/en/ex06-implement-perceptron.ipynb) ·
# the section: [§1.2.1](../../chapters/en/1.2.1-perceptron.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 6: реализуйте перцептрон
#
# **Задача.** Напишите перцептрон из §1.2.1 сами: функцию `train_perceptron(X, y, alpha, epochs)`,
# которая возвращает веса `W` (по одному на признак) и смещение `b`. Она начинает с $W = 0$,
# $b = 0$, проходит примеры в заданном порядке `epochs` раз и на каждой ошибке применяет
# формулу (1.5), $W \Leftarrow W + \alpha (y - \hat y) X$; смещение — вес нейрона смещения,
# на вход которого всегда подаётся 1 (формула (1.2), рис. 1.3, б). Случай
# $W \cdot X + b = 0$ считается ошибкой.
#
# **Как проверяется.** `ex06.check(train_perceptron)` запускает вашу функцию на трёх незнакомых
# ей наборах данных (разделимом, неразделимом, с тремя признаками) и сравнивает её шаг за шагом
# с `nbcompanion.perceptron.Perceptron`. Если они расходятся, проверка назовёт первый шаг
# расхождения, использованный на нём пример и обновление, которое должно было произойти.
#
# Решение: [ex06-implement-perceptron](../../solutions/ru/ex06-implement-perceptron.ipynb) ·
# раздел: [§1.2.1](../../chapters/ru/1.2.1-perceptron.ipynb).

# %% lang="en"
import numpy as np

from nbcompanion import data, i18n
from nbcompanion.exercises import ex06

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion import data, i18n
from nbcompanion.exercises import ex06

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% lang="en"
# A small data set to try your function on (the checker uses others).
X, y = data.linearly_separable(8, random_state=6)
for point, label in zip(X, y):
    print(i18n.numbers(point, ".3f"), "→", f"{label:+.0f}")

# %% lang="ru"
# Небольшой набор данных, чтобы опробовать функцию (проверка использует другие).
X, y = data.linearly_separable(8, random_state=6)
for point, label in zip(X, y):
    print(i18n.numbers(point, ".3f"), "→", f"{label:+.0f}")

# %% [markdown] lang="en"
# ## Your answer
#
# Replace the two `...` below: the body of the function and what it returns, `(W, b)`.
# `X` is an array of shape (n_samples, n_features), `y` holds −1 and +1.

# %% [markdown] lang="ru"
# ## Ваш ответ
#
# Замените два `...` ниже: тело функции и то, что она возвращает, — `(W, b)`. `X` — массив
# формы (n_samples, n_features), `y` содержит −1 и +1.

# %% lang="en"
def train_perceptron(X, y, alpha, epochs):
    """Train the perceptron of eq. (1.5) from W = 0, b = 0; return (W, b)."""
    ...  # your code
    return ...


ex06.check(train_perceptron)

# %% lang="ru"
def train_perceptron(X, y, alpha, epochs):
    """Обучить перцептрон формулы (1.5) с W = 0, b = 0; вернуть (W, b)."""
    ...  # ваш код
    return ...


ex06.check(train_perceptron)

# %% [markdown] lang="en"
# ## Hints
#
# `ex06.hint(1)` … `ex06.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex06.hint(1)` … `ex06.hint(4)`, каждая конкретнее предыдущей.

# %%
ex06.hint(1)
