# %% [markdown] lang="en"
# # 1.11, exercise 3: tanh is a rescaled sigmoid
#
# **The task.** Show that $\tanh(v) = 2\,\mathrm{sigmoid}(2v) - 1$: tanh is the sigmoid
# squeezed horizontally, stretched vertically and shifted down (§1.2.1.3, Fig. 1.8).
#
# **How to answer.** Write the proof in the Markdown cell below, and type its steps as a chain
# of formulas in $v$ from `tanh(v)` to `2*sigmoid(2*v) - 1`. `ex03.check(steps)` has sympy
# verify each link; `ex03.check_step(a, b)` checks a single step.
#
# Solution: [ex03-tanh-sigmoid](../../solutions/en/ex03-tanh-sigmoid.ipynb) · the section:
# [§1.2.1.3](../../chapters/en/1.2.1.3-activations.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 3: tanh — это масштабированная сигмоида
#
# **Задача.** Покажите, что $\tanh(v) = 2\,\mathrm{sigmoid}(2v) - 1$: гиперболический тангенс —
# это сигмоида, сжатая по горизонтали, растянутая по вертикали и сдвинутая вниз (§1.2.1.3,
# рис. 1.8).
#
# **Как отвечать.** Запишите доказательство в ячейке Markdown ниже и наберите его шаги как
# цепочку формул от $v$: от `tanh(v)` до `2*sigmoid(2*v) - 1`. `ex03.check(steps)` проверяет с
# помощью sympy каждое звено, `ex03.check_step(a, b)` — отдельный шаг.
#
# Решение: [ex03-tanh-sigmoid](../../solutions/ru/ex03-tanh-sigmoid.ipynb) · раздел:
# [§1.2.1.3](../../chapters/ru/1.2.1.3-activations.ipynb).

# %% lang="en"
import numpy as np

from nbcompanion.exercises import ex03
from nbcompanion import i18n

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion.exercises import ex03
from nbcompanion import i18n

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% [markdown] lang="en"
# Numeric evidence: the largest gap between the two sides on 2001 points in [−10, 10] is at
# the level of rounding errors.

# %% [markdown] lang="ru"
# Численная проверка: наибольшее расхождение двух сторон на 2001 точке из [−10, 10] — на
# уровне ошибок округления.

# %% lang="en"
print("largest gap below 1e-12:", i18n.yes_no(ex03.largest_gap(np.linspace(-10, 10, 2001)) < 1e-12))

# %% lang="ru"
print("наибольшее расхождение меньше 1e-12:", i18n.yes_no(ex03.largest_gap(np.linspace(-10, 10, 2001)) < 1e-12))

# %% [markdown] lang="en"
# ## Your proof
#
# *…*

# %% [markdown] lang="ru"
# ## Ваше доказательство
#
# *…*

# %% lang="en"
ex03.check_step("tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1)")

# %% lang="ru"
ex03.check_step("tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1)")

# %% [markdown] lang="en"
# ## Your chain of steps

# %% [markdown] lang="ru"
# ## Ваша цепочка шагов

# %% lang="en"
steps = ...  # a list of formulas, from "tanh(v)" to "2*sigmoid(2*v) - 1"

ex03.check(steps)

# %% lang="ru"
steps = ...  # список формул от "tanh(v)" до "2*sigmoid(2*v) - 1"

ex03.check(steps)

# %% [markdown] lang="en"
# ## Hints
#
# `ex03.hint(1)` … `ex03.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex03.hint(1)` … `ex03.hint(4)`, каждая конкретнее предыдущей.

# %%
ex03.hint(1)
