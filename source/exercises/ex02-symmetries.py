# %% [markdown] lang="en"
# # 1.11, exercise 2: symmetries of three activation functions
#
# **The task.** Show that
#
# - (a) for the sigmoid, $\Phi(-v) = 1 - \Phi(v)$;
# - (b) for tanh, $\Phi(-v) = -\Phi(v)$;
# - (c) for hard tanh, $\Phi(-v) = -\Phi(v)$.
#
# The definitions are in §1.2.1.3 (Fig. 1.8): $\mathrm{sigmoid}(v) = 1/(1 + e^{-v})$,
# $\tanh(v) = (e^{2v} - 1)/(e^{2v} + 1)$, $\mathrm{hardtanh}(v) = \max\{\min[v, 1], -1\}$.
#
# **How to answer.** Write each proof in the Markdown cell below. Then type its steps as a
# chain of formulas in $v$: each formula must equal the next, the first is $\Phi(-v)$, the last
# the right-hand side. `ex02.check` has sympy verify every link; `ex02.check_step(a, b)`
# checks one step at a time while you work. In formulas use `v`, numbers, `+ - * / **`,
# brackets and `exp`, `sigmoid`, `tanh`, `hard_tanh`, `Max`, `Min`.
#
# Solution: [ex02-symmetries](../../solutions/en/ex02-symmetries.ipynb) · the section:
# [§1.2.1.3](../../chapters/en/1.2.1.3-activations.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 2: симметрии трёх функций активации
#
# **Задача.** Покажите, что
#
# - (а) для сигмоиды $\Phi(-v) = 1 - \Phi(v)$;
# - (б) для гиперболического тангенса $\Phi(-v) = -\Phi(v)$;
# - (в) для спрямлённого гиперболического тангенса (hard tanh) $\Phi(-v) = -\Phi(v)$.
#
# Определения — в §1.2.1.3 (рис. 1.8): $\mathrm{sigmoid}(v) = 1/(1 + e^{-v})$,
# $\tanh(v) = (e^{2v} - 1)/(e^{2v} + 1)$, $\mathrm{hardtanh}(v) = \max\{\min[v, 1], -1\}$.
#
# **Как отвечать.** Запишите каждое доказательство в ячейке Markdown ниже. Затем наберите его
# шаги как цепочку формул от $v$: каждая формула должна равняться следующей, первая — это
# $\Phi(-v)$, последняя — правая часть. `ex02.check` проверяет с помощью sympy каждое звено,
# а `ex02.check_step(a, b)` — отдельный шаг по ходу работы. В формулах можно использовать `v`,
# числа, `+ - * / **`, скобки и `exp`, `sigmoid`, `tanh`, `hard_tanh`, `Max`, `Min`.
#
# Решение: [ex02-symmetries](../../solutions/ru/ex02-symmetries.ipynb) · раздел:
# [§1.2.1.3](../../chapters/ru/1.2.1.3-activations.ipynb).

# %% lang="en"
import numpy as np

from nbcompanion import activations, i18n
from nbcompanion.exercises import ex02

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion import activations, i18n
from nbcompanion.exercises import ex02

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% [markdown] lang="en"
# **Numeric evidence first** (no proof, but a quick test): the largest gap between the two
# sides on a grid of 2001 points in [−10, 10].

# %% [markdown] lang="ru"
# **Сначала численная проверка** (не доказательство, но быстрый тест): наибольшее расхождение
# двух сторон на сетке из 2001 точки на [−10, 10].

# %% lang="en"
v = np.linspace(-10, 10, 2001)
gaps = {
    "sigmoid": np.max(np.abs(activations.sigmoid(-v) - (1 - activations.sigmoid(v)))),
    "tanh": np.max(np.abs(activations.tanh(-v) + activations.tanh(v))),
    "hard_tanh": np.max(np.abs(activations.hard_tanh(-v) + activations.hard_tanh(v))),
}
for name, gap in gaps.items():
    print(f"{name:9s} largest gap below 1e-12: {i18n.yes_no(gap < 1e-12)}")

# %% lang="ru"
v = np.linspace(-10, 10, 2001)
gaps = {
    "sigmoid": np.max(np.abs(activations.sigmoid(-v) - (1 - activations.sigmoid(v)))),
    "tanh": np.max(np.abs(activations.tanh(-v) + activations.tanh(v))),
    "hard_tanh": np.max(np.abs(activations.hard_tanh(-v) + activations.hard_tanh(v))),
}
for name, gap in gaps.items():
    print(f"{name:9s} наибольшее расхождение меньше 1e-12: {i18n.yes_no(gap < 1e-12)}")

# %% [markdown] lang="en"
# ## Your proof
#
# *(a) …*
#
# *(b) …*
#
# *(c) …*

# %% [markdown] lang="ru"
# ## Ваше доказательство
#
# *(а) …*
#
# *(б) …*
#
# *(в) …*

# %% [markdown] lang="en"
# Try one step at a time (this one is the first step of (a)):

# %% [markdown] lang="ru"
# Проверяйте по одному шагу (здесь — первый шаг части (а)):

# %% lang="en"
ex02.check_step("sigmoid(-v)", "1/(1 + exp(v))")

# %% lang="ru"
ex02.check_step("sigmoid(-v)", "1/(1 + exp(v))")

# %% [markdown] lang="en"
# ## Your chains of steps
#
# Replace each `...` by a list of formulas, e.g. `["sigmoid(-v)", "1/(1 + exp(v))", ..., "1 - sigmoid(v)"]`.

# %% [markdown] lang="ru"
# ## Ваши цепочки шагов
#
# Замените каждое `...` списком формул, например `["sigmoid(-v)", "1/(1 + exp(v))", ..., "1 - sigmoid(v)"]`.

# %% lang="en"
sigmoid_steps = ...  # from "sigmoid(-v)" to "1 - sigmoid(v)"
tanh_steps = ...  # from "tanh(-v)" to "-tanh(v)"
hard_tanh_steps = ...  # from "hard_tanh(-v)" to "-hard_tanh(v)"

ex02.check(sigmoid_steps, tanh_steps, hard_tanh_steps)

# %% lang="ru"
sigmoid_steps = ...  # от "sigmoid(-v)" до "1 - sigmoid(v)"
tanh_steps = ...  # от "tanh(-v)" до "-tanh(v)"
hard_tanh_steps = ...  # от "hard_tanh(-v)" до "-hard_tanh(v)"

ex02.check(sigmoid_steps, tanh_steps, hard_tanh_steps)

# %% [markdown] lang="en"
# ## Hints
#
# `ex02.hint(1)`, `ex02.hint(2)`, … up to 4, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex02.hint(1)`, `ex02.hint(2)`, … до 4, каждая конкретнее предыдущей.

# %%
ex02.hint(1)
