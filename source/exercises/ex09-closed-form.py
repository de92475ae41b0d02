# %% [markdown] lang="en"
# # 1.11, exercise 9: the closed form of a small network
#
# **The task.** A network has the inputs $x_1, x_2$ and two hidden layers of two units each;
# all weights are 1. In each layer the top unit applies the sigmoid to the sum of its inputs,
# the bottom unit tanh to the sum of its inputs. The single output applies ReLU to the sum of
# its two inputs. Write the output $o$ as one formula in $x_1$ and $x_2$.
#
# **How to answer.** Type the formula as text. You may use `x1`, `x2`, `sigmoid`, `tanh`,
# `relu`, or spell them out with `exp` and `Max(0, ...)`; `+ - * / **` as in Python.
# `ex09.check(closed_form)` compares your formula with the network below at 400 points, and
# symbolically where sympy can, and names the usual slips.
#
# Solution: [ex09-closed-form](../../solutions/en/ex09-closed-form.ipynb) · the section:
# [§1.2.3](../../chapters/en/1.2.3-computational-graph.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 9: замкнутая форма небольшой сети
#
# **Задача.** У сети входы $x_1, x_2$ и два скрытых слоя по два элемента; все веса равны 1.
# В каждом слое верхний элемент применяет сигмоиду к сумме своих входов, нижний — tanh к сумме
# своих входов. Единственный выходной узел применяет ReLU к сумме двух своих входов. Запишите
# выход $o$ одной формулой от $x_1$ и $x_2$.
#
# **Как отвечать.** Наберите формулу как текст. Можно использовать `x1`, `x2`, `sigmoid`,
# `tanh`, `relu` или расписать их через `exp` и `Max(0, ...)`; `+ - * / **` — как в Python.
# `ex09.check(closed_form)` сравнивает вашу формулу с сетью ниже в 400 точках, а где sympy
# может, и символьно, и называет типичные ошибки.
#
# Решение: [ex09-closed-form](../../solutions/ru/ex09-closed-form.ipynb) · раздел:
# [§1.2.3](../../chapters/ru/1.2.3-computational-graph.ipynb).

# %% lang="en"
import numpy as np

from nbcompanion.exercises import ex09
from nbcompanion import i18n

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion.exercises import ex09
from nbcompanion import i18n

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% [markdown] lang="en"
# ## The network's output at three points
#
# Computed by `ex09.network`, which builds the network from the description; your formula
# must give the same numbers (the checker tries 400 points).

# %% [markdown] lang="ru"
# ## Выход сети в трёх точках
#
# Вычислен функцией `ex09.network`, которая строит сеть по описанию; ваша формула должна давать
# те же числа (проверка пробует 400 точек).

# %% lang="en"
points = np.array([[0.0, 0.0], [1.0, -0.5], [-2.0, 0.5]])
for (x1, x2), o in zip(points, ex09.network(points[:, 0], points[:, 1])):
    print(f"x1 = {i18n.number(x1, 'g')}, x2 = {i18n.number(x2, 'g')}: o = {i18n.number(o, '.6f')}")

# %% lang="ru"
points = np.array([[0.0, 0.0], [1.0, -0.5], [-2.0, 0.5]])
for (x1, x2), o in zip(points, ex09.network(points[:, 0], points[:, 1])):
    print(f"x1 = {i18n.number(x1, 'g')}, x2 = {i18n.number(x2, 'g')}: o = {i18n.number(o, '.6f')}")

# %% [markdown] lang="en"
# ## Your answer

# %% [markdown] lang="ru"
# ## Ваш ответ

# %% lang="en"
closed_form = ...  # a formula in x1 and x2, as text: "relu(...)"

ex09.check(closed_form)

# %% lang="ru"
closed_form = ...  # формула от x1 и x2 в виде текста: "relu(...)"

ex09.check(closed_form)

# %% [markdown] lang="en"
# ## Hints
#
# `ex09.hint(1)` … `ex09.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex09.hint(1)` … `ex09.hint(4)`, каждая конкретнее предыдущей.

# %%
ex09.hint(1)
