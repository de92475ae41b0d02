# %% [markdown] lang="en"
# # 1.11, exercise 8: the derivative of tanh is at most 1
#
# **The task.** Show that the derivative of tanh is at most 1 for every value of its
# argument. At which value of the argument is it largest?
#
# So tanh shrinks a backpropagated gradient less than the sigmoid (whose derivative is at most
# 1/4, exercise 7), and never amplifies it: with weights $|w| \le 1$ it cannot grow along a chain
# ([§1.4.2](../../chapters/en/1.4.2-vanishing-gradients.ipynb)).
#
# **How to answer.** Write the proof in the Markdown cell. Give the derivative as a formula in
# `v` (or as a Python function of an array `v`), the point `argmax` where it is largest and
# its largest value `maximum`. `ex08.check_step(a, b)` has sympy check any step of your
# proof, typed as two formulas that should be equal.
#
# Solution: [ex08-tanh-derivative-bound](../../solutions/en/ex08-tanh-derivative-bound.ipynb) ·
# the section: [§1.2.1.6](../../chapters/en/1.2.1.6-activation-derivatives.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 8: производная гиперболического тангенса не больше 1
#
# **Задача.** Покажите, что производная гиперболического тангенса не превышает 1 ни при каком
# значении аргумента. При каком значении аргумента она максимальна?
#
# Значит, tanh ослабляет градиент при обратном распространении меньше, чем сигмоида (её
# производная не больше 1/4, упражнение 7), и никогда его не усиливает: при весах $|w| \le 1$ он не
# может расти вдоль цепочки ([§1.4.2](../../chapters/ru/1.4.2-vanishing-gradients.ipynb)).
#
# **Как отвечать.** Запишите доказательство в ячейке Markdown. Укажите производную формулой от
# `v` (или функцией Python от массива `v`), точку `argmax`, где она наибольшая, и её
# наибольшее значение `maximum`. `ex08.check_step(a, b)` проверяет с помощью sympy любой шаг
# доказательства, записанный как две формулы, которые должны быть равны.
#
# Решение: [ex08-tanh-derivative-bound](../../solutions/ru/ex08-tanh-derivative-bound.ipynb) ·
# раздел: [§1.2.1.6](../../chapters/ru/1.2.1.6-activation-derivatives.ipynb).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex08

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex08

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
# Check a step, for example eq. (1.20) against eq. (1.21):

# %% [markdown] lang="ru"
# Проверьте шаг, например формулу (1.20) против (1.21):

# %% lang="en"
ex08.check_step("4*exp(2*v)/(exp(2*v) + 1)**2", "1 - tanh(v)**2")

# %% lang="ru"
ex08.check_step("4*exp(2*v)/(exp(2*v) + 1)**2", "1 - tanh(v)**2")

# %% [markdown] lang="en"
# ## Your answer

# %% [markdown] lang="ru"
# ## Ваш ответ

# %% lang="en"
derivative = ...  # a formula in v, e.g. "...", or a Python function of an array v
argmax = ...  # where the derivative is largest
maximum = ...  # its largest value

ex08.check(derivative, argmax, maximum)

# %% lang="ru"
derivative = ...  # формула от v, например "...", или функция Python от массива v
argmax = ...  # где производная наибольшая
maximum = ...  # её наибольшее значение

ex08.check(derivative, argmax, maximum)

# %% [markdown] lang="en"
# **After you answer**, compare with numbers: the derivative on a grid of 1201 points in
# [−6, 6], with its largest value on the grid marked. A grid cannot prove a bound for *every*
# $v$; your proof does.
#
# ```python
# fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
# plots.derivative_bound.draw_derivative(ax, "tanh")
# plt.show()
# ```

# %% [markdown] lang="ru"
# **Когда ответите**, сравните с числами: производная на сетке из 1201 точки на [−6; 6] с
# отмеченным наибольшим значением. Сетка не доказывает оценку для *всех* $v$; это делает
# доказательство.
#
# ```python
# fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
# plots.derivative_bound.draw_derivative(ax, "tanh")
# plt.show()
# ```

# %% [markdown] lang="en"
# ## Hints
#
# `ex08.hint(1)` … `ex08.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex08.hint(1)` … `ex08.hint(4)`, каждая конкретнее предыдущей.

# %%
ex08.hint(1)
