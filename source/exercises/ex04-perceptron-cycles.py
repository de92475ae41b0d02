# %% [markdown] lang="en"
# # 1.11, exercise 4: a perceptron that never settles
#
# **The task.** The data: (−1, −1) and (1, 1) are class +1, (1, −1) and (−1, 1) class −1.
# Start the perceptron at $W = (0, 0)$, without a bias, and make stochastic updates of
# eq. (1.5), $W \Leftarrow W + \alpha (y - \hat y) X$ with $\alpha = 1$, cycling through the
# points. (a) Does it converge, in the sense that the objective stops changing? (b) Why?
#
# **How to answer.** Write the update rule as a function (it is checked against the
# perceptron's trajectory), step through the trajectory below, then answer (a) with
# `converges = True` or `False` and (b) by choosing a letter.
#
# Solution: [ex04-perceptron-cycles](../../solutions/en/ex04-perceptron-cycles.ipynb) · the
# section: [§1.2.1](../../chapters/en/1.2.1-perceptron.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 4: перцептрон, который не останавливается
#
# **Задача.** Данные: (−1, −1) и (1, 1) — класс +1, (1, −1) и (−1, 1) — класс −1. Запустите
# перцептрон из $W = (0, 0)$, без смещения, и выполните стохастические обновления по формуле
# (1.5), $W \Leftarrow W + \alpha (y - \hat y) X$ с $\alpha = 1$, перебирая точки по кругу.
# (а) Сходится ли он, в том смысле, что целевая функция перестаёт меняться? (б) Почему?
#
# **Как отвечать.** Запишите правило обновления как функцию (она сверяется с траекторией
# перцептрона), пройдите траекторию ниже по шагам и ответьте на (а): `converges = True` или
# `False`, а на (б) — выбрав букву.
#
# Решение: [ex04-perceptron-cycles](../../solutions/ru/ex04-perceptron-cycles.ipynb) · раздел:
# [§1.2.1](../../chapters/ru/1.2.1-perceptron.ipynb).

# %% lang="en"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex04

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex04

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %%
X, y = data.exercise4_points()
for point, label in zip(X, y):
    print(i18n.numbers(point, "g"), "→", f"{label:+.0f}")

# %% [markdown] lang="en"
# ## The trajectory
#
# Computed by `nbcompanion.perceptron.Perceptron(learning_rate=1, shuffle=False,
# fit_bias=False)`, visiting the points in the order above, three passes. The case
# $W \cdot X = 0$ counts as a mistake. The interactive figure below replays it one step at a time; the picture just below is its
# first step. Follow the weights and the perceptron criterion (1.8) yourself before you
# answer.

# %% [markdown] lang="ru"
# ## Траектория
#
# Вычислена с помощью `nbcompanion.perceptron.Perceptron(learning_rate=1, shuffle=False,
# fit_bias=False)`, точки перебираются в порядке выше, три прохода. Случай $W \cdot X = 0$
# считается ошибкой. Интерактивный рисунок ниже проигрывает её по одному шагу; картинка
# сразу ниже — первый шаг. Проследите за весами и критерием перцептрона (1.8) сами, прежде
# чем отвечать.

# %% [markdown] lang="en"
# Step through it: the highlighted point is the one used at that step, the black line the
# boundary $W \cdot X = 0$, the middle panel the path of $W$.

# %% [markdown] lang="ru"
# Пройдите её по шагам: выделена точка, использованная на этом шаге, чёрная линия — граница
# $W \cdot X = 0$, в середине — путь $W$.

# %%
explorer = widgets.cycling.cycling_explorer(epochs=3, step=1)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## Your answer
#
# 1. `update(W, x, y, alpha)` returns the weights after one step of eq. (1.5) on the point
#    `x` (an array of 2 numbers) with label `y` (+1 or −1). Treat $W \cdot x = 0$ as a mistake.
# 2. `converges`: `True` or `False`.
# 3. `reason`: one letter.

# %% [markdown] lang="ru"
# ## Ваш ответ
#
# 1. `update(W, x, y, alpha)` возвращает веса после одного шага формулы (1.5) на точке `x`
#    (массив из 2 чисел) с меткой `y` (+1 или −1). Считайте $W \cdot x = 0$ ошибкой.
# 2. `converges`: `True` или `False`.
# 3. `reason`: одна буква.

# %% [markdown] lang="en"
# A: after a few passes the weights stop changing.
# B: α = 1 is too large; a smaller α would converge.
# C: no W classifies all four points, so some point is always misclassified and triggers an update.
# D: training stops at W = (0, 0), where the gradient vanishes.

# %% [markdown] lang="ru"
# A: через несколько проходов веса перестают меняться.
# B: α = 1 слишком велика; при меньшей α алгоритм сошёлся бы.
# C: никакое W не классифицирует все четыре точки верно, поэтому какая-то точка всегда
#    ошибочна и вызывает обновление.
# D: обучение останавливается в W = (0, 0), где градиент равен нулю.

# %% lang="en"
def update(W, x, y, alpha):
    """One stochastic step of eq. (1.5); return the new weights."""
    return ...  # your code


converges = ...  # True or False
reason = ...  # "A", "B", "C" or "D"

ex04.check(update, converges, reason)

# %% lang="ru"
def update(W, x, y, alpha):
    """Один стохастический шаг формулы (1.5); вернуть новые веса."""
    return ...  # ваш код


converges = ...  # True или False
reason = ...  # "A", "B", "C" или "D"

ex04.check(update, converges, reason)

# %% [markdown] lang="en"
# ## Hints
#
# `ex04.hint(1)` … `ex04.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex04.hint(1)` … `ex04.hint(4)`, каждая конкретнее предыдущей.

# %%
ex04.hint(1)
