# %% [markdown] lang="en"
# # 1.11, exercise 10: the derivative of the closed form
#
# **The task.** Take the closed form $o(x_1, x_2)$ of exercise 9 and compute
# $\partial o / \partial x_1$. Is it practical to get the derivatives for gradient descent in
# neural networks from closed forms, as classical machine learning does?
#
# **How to answer.** Type the derivative as text, with the names of exercise 9 and
# `Heaviside(v)` for the derivative of ReLU (1 for $v > 0$, 0 below). Answer the question with
# `practical = True` or `False`. `ex10.check(derivative, practical)` compares your derivative
# with sympy's derivative of the closed form and with central differences of the network.
#
# Solution: [ex10-closed-form-derivative](../../solutions/en/ex10-closed-form-derivative.ipynb) ·
# the section: [§1.3](../../chapters/en/1.3-backpropagation.ipynb) · exercise 9:
# [ex09-closed-form](ex09-closed-form.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 10: производная замкнутой формы
#
# **Задача.** Возьмите замкнутую форму $o(x_1, x_2)$ из упражнения 9 и вычислите
# $\partial o / \partial x_1$. Практично ли получать производные для градиентного спуска в
# нейронных сетях из замкнутых форм, как это делается в традиционном машинном обучении?
#
# **Как отвечать.** Наберите производную как текст, с именами из упражнения 9 и
# `Heaviside(v)` для производной ReLU (1 при $v > 0$, 0 ниже). На вопрос ответьте
# `practical = True` или `False`. `ex10.check(derivative, practical)` сравнивает вашу
# производную с производной замкнутой формы, найденной sympy, и с центральными разностями по сети.
#
# Решение: [ex10-closed-form-derivative](../../solutions/ru/ex10-closed-form-derivative.ipynb) ·
# раздел: [§1.3](../../chapters/ru/1.3-backpropagation.ipynb) · упражнение 9:
# [ex09-closed-form](ex09-closed-form.ipynb).

# %% lang="en"
from nbcompanion.exercises import ex09, ex10
from nbcompanion import i18n

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
from nbcompanion.exercises import ex09, ex10
from nbcompanion import i18n

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% lang="en"
# The network of exercise 9 and ∂o/∂x1 by central differences at one point.
print("o(0.5, -0.2) =", i18n.number(float(ex09.network(0.5, -0.2)), ".6f"),
      " ∂o/∂x1 ≈", i18n.number(float(ex10.central_difference(0.5, -0.2)), ".6f"))

# %% lang="ru"
# Сеть упражнения 9 и ∂o/∂x1 центральными разностями в одной точке.
print("o(0,5; −0,2) =", i18n.number(float(ex09.network(0.5, -0.2)), ".6f"),
      " ∂o/∂x1 ≈", i18n.number(float(ex10.central_difference(0.5, -0.2)), ".6f"))

# %% [markdown] lang="en"
# ## Your answer

# %% [markdown] lang="ru"
# ## Ваш ответ

# %% lang="en"
derivative = ...  # ∂o/∂x1 as text, in x1 and x2
practical = ...  # True or False

ex10.check(derivative, practical)

# %% lang="ru"
derivative = ...  # ∂o/∂x1 в виде текста, через x1 и x2
practical = ...  # True или False

ex10.check(derivative, practical)

# %% [markdown] lang="en"
# ## Hints
#
# `ex10.hint(1)` … `ex10.hint(5)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex10.hint(1)` … `ex10.hint(5)`, каждая конкретнее предыдущей.

# %%
ex10.hint(1)
