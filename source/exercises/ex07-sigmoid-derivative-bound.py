# %% [markdown] lang="en"
# # 1.11, exercise 7: the sigmoid's derivative is at most 1/4
#
# **The task.** Show that the derivative of the sigmoid is at most 0.25 for every value of
# its argument. At which value of the argument is it largest?
#
# This bound is why long chains of sigmoid units make gradients vanish ([§1.4.2](../../chapters/en/1.4.2-vanishing-gradients.ipynb)): each layer
# multiplies the gradient by a factor $w \cdot \Phi'(a)$ with $\Phi'(a) \le \tfrac14$.
#
# **How to answer.** Write the proof in the Markdown cell. Give the derivative as a formula in
# `v` (or as a Python function of an array `v`), the point `argmax` where it is largest and
# its largest value `maximum`. `ex07.check_step(a, b)` has sympy check any step of your
# proof, typed as two formulas that should be equal.
#
# Solution: [ex07-sigmoid-derivative-bound](../../solutions/en/ex07-sigmoid-derivative-bound.ipynb) ·
# the section: [§1.2.1.6](../../chapters/en/1.2.1.6-activation-derivatives.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 7: производная сигмоиды не больше 1/4
#
# **Задача.** Покажите, что производная сигмоиды не превышает 0,25 ни при каком значении
# аргумента. При каком значении аргумента она максимальна?
#
# Из этой оценки следует, почему в длинных цепочках сигмоид градиенты затухают ([§1.4.2](../../chapters/ru/1.4.2-vanishing-gradients.ipynb)):
# каждый слой умножает градиент на множитель $w \cdot \Phi'(a)$, где $\Phi'(a) \le \tfrac14$.
#
# **Как отвечать.** Запишите доказательство в ячейке Markdown. Укажите производную формулой от
# `v` (или функцией Python от массива `v`), точку `argmax`, где она наибольшая, и её
# наибольшее значение `maximum`. `ex07.check_step(a, b)` проверяет с помощью sympy любой шаг
# доказательства, записанный как две формулы, которые должны быть равны.
#
# Решение: [ex07-sigmoid-derivative-bound](../../solutions/ru/ex07-sigmoid-derivative-bound.ipynb) ·
# раздел: [§1.2.1.6](../../chapters/ru/1.2.1.6-activation-derivatives.ipynb).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex07

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex07

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## Your proof
#
# *…*

# %% [markdown] lang="ru"
# ## Ваше доказательство
#
# *…*

# %% [markdown] lang="en"
# Check a step, for example eq. (1.17) against eq. (1.18):

# %% [markdown] lang="ru"
# Проверьте шаг, например формулу (1.17) против (1.18):

# %% lang="en"
ex07.check_step("exp(-v)/(1 + exp(-v))**2", "sigmoid(v)*(1 - sigmoid(v))")

# %% lang="ru"
ex07.check_step("exp(-v)/(1 + exp(-v))**2", "sigmoid(v)*(1 - sigmoid(v))")

# %% [markdown] lang="en"
# ## Your answer

# %% [markdown] lang="ru"
# ## Ваш ответ

# %% lang="en"
derivative = ...  # a formula in v, e.g. "...", or a Python function of an array v
argmax = ...  # where the derivative is largest
maximum = ...  # its largest value

ex07.check(derivative, argmax, maximum)

# %% lang="ru"
derivative = ...  # формула от v, например "...", или функция Python от массива v
argmax = ...  # где производная наибольшая
maximum = ...  # её наибольшее значение

ex07.check(derivative, argmax, maximum)

# %% [markdown] lang="en"
# **After you answer**, compare with numbers: the derivative on a grid of 1201 points in
# [−6, 6], with its largest value on the grid marked. A grid cannot prove a bound for *every*
# $v$; your proof does.
#
# ```python
# fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
# plots.derivative_bound.draw_derivative(ax, "sigmoid")
# plt.show()
# ```

# %% [markdown] lang="ru"
# **Когда ответите**, сравните с числами: производная на сетке из 1201 точки на [−6; 6] с
# отмеченным наибольшим значением. Сетка не доказывает оценку для *всех* $v$; это делает
# доказательство.
#
# ```python
# fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
# plots.derivative_bound.draw_derivative(ax, "sigmoid")
# plt.show()
# ```

# %% [markdown] lang="en"
# ## Hints
#
# `ex07.hint(1)` … `ex07.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex07.hint(1)` … `ex07.hint(4)`, каждая конкретнее предыдущей.

# %%
ex07.hint(1)
