# %% [markdown] lang="en"
# # 1.11, exercise 7 (solution): the sigmoid's derivative is at most 1/4
#
# The exercise: [ex07-sigmoid-derivative-bound](../../exercises/en/ex07-sigmoid-derivative-bound.ipynb) ·
# the section: [§1.2.1.6](../../chapters/en/1.2.1.6-activation-derivatives.ipynb).
#
# **Proof.** Let $o = \mathrm{sigmoid}(v) = 1/(1 + e^{-v})$. By eqs. (1.17)–(1.18),
# $$\frac{\partial o}{\partial v} = \frac{e^{-v}}{(1 + e^{-v})^2} = o\,(1 - o).$$
# Completing the square,
# $$o(1 - o) = \tfrac14 - \left(o - \tfrac12\right)^2 \le \tfrac14,$$
# because a square is never negative. Equality holds exactly when $o = \tfrac12$, i.e.
# $1 + e^{-v} = 2$, i.e. $v = 0$. So $\mathrm{sigmoid}'(v) \le 0.25$ for every $v$, with the
# maximum $0.25$ reached only at $v = 0$. $\blacksquare$
#
# (Equivalently: $o(1 - o)$ is the product of two positive numbers with the fixed sum 1, and
# such a product is largest when they are equal, by the AM–GM inequality.) As $|v|$ grows the
# derivative decays like $e^{-|v|}$: a saturated sigmoid passes almost no gradient back, and
# even at its peak the unit multiplies it by $w \cdot \tfrac14$, below 1/4 only while $|w| \le 1$
# ([§1.4.2](../../chapters/en/1.4.2-vanishing-gradients.ipynb)).

# %% [markdown] lang="ru"
# # 1.11, упражнение 7 (решение): производная сигмоиды не больше 1/4
#
# Упражнение: [ex07-sigmoid-derivative-bound](../../exercises/ru/ex07-sigmoid-derivative-bound.ipynb) ·
# раздел: [§1.2.1.6](../../chapters/ru/1.2.1.6-activation-derivatives.ipynb).
#
# **Доказательство.** Пусть $o = \mathrm{sigmoid}(v) = 1/(1 + e^{-v})$. По формулам (1.17)–(1.18)
# $$\frac{\partial o}{\partial v} = \frac{e^{-v}}{(1 + e^{-v})^2} = o\,(1 - o).$$
# Выделяя полный квадрат,
# $$o(1 - o) = \tfrac14 - \left(o - \tfrac12\right)^2 \le \tfrac14,$$
# так как квадрат неотрицателен. Равенство достигается ровно при $o = \tfrac12$, то есть
# $1 + e^{-v} = 2$, то есть $v = 0$. Итак, $\mathrm{sigmoid}'(v) \le 0{,}25$ при всех $v$, и
# максимум $0{,}25$ достигается только при $v = 0$. $\blacksquare$
#
# (Иначе: $o(1 - o)$ — произведение двух положительных чисел с постоянной суммой 1, а такое
# произведение максимально, когда они равны, — неравенство о средних.) С ростом $|v|$
# производная убывает как $e^{-|v|}$: насыщенная сигмоида почти не пропускает градиент назад,
# и даже в максимуме нейрон умножает его на $w \cdot \tfrac14$, что меньше 1/4 лишь при
# $|w| \le 1$ ([§1.4.2](../../chapters/ru/1.4.2-vanishing-gradients.ipynb)).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex07

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex07

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# Each step of the proof, checked by sympy:

# %% [markdown] lang="ru"
# Каждый шаг доказательства, проверенный sympy:

# %% lang="en"
ex07.check_step("exp(-v)/(1 + exp(-v))**2", "sigmoid(v)*(1 - sigmoid(v))")

# %% lang="ru"
ex07.check_step("exp(-v)/(1 + exp(-v))**2", "sigmoid(v)*(1 - sigmoid(v))")

# %% lang="en"
ex07.check_step("sigmoid(v)*(1 - sigmoid(v))", "1/4 - (sigmoid(v) - 1/2)**2")

# %% lang="ru"
ex07.check_step("sigmoid(v)*(1 - sigmoid(v))", "1/4 - (sigmoid(v) - 1/2)**2")

# %% lang="en"
derivative = "sigmoid(v)*(1 - sigmoid(v))"
argmax = 0.0
maximum = 0.25

ex07.check(derivative, argmax, maximum)

# %% lang="ru"
derivative = "sigmoid(v)*(1 - sigmoid(v))"
argmax = 0.0
maximum = 0.25

ex07.check(derivative, argmax, maximum)

# %% [markdown] lang="en"
# The same answer given as a Python function is checked numerically:

# %% [markdown] lang="ru"
# Тот же ответ, данный функцией Python, проверяется численно:

# %%
ex07.check(lambda v: 1 / (2 + 2 * np.cosh(v)), 0.0, 0.25)

# %% lang="en"
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
plots.derivative_bound.draw_derivative(ax, "sigmoid")
plt.show()
# %% lang="ru"
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
plots.derivative_bound.draw_derivative(ax, "sigmoid")
plt.show()
