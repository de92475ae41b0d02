# %% [markdown] lang="en"
# # 1.11, exercise 8 (solution): the derivative of tanh is at most 1
#
# The exercise: [ex08-tanh-derivative-bound](../../exercises/en/ex08-tanh-derivative-bound.ipynb) ·
# the section: [§1.2.1.6](../../chapters/en/1.2.1.6-activation-derivatives.ipynb).
#
# **Proof.** Let $o = \tanh(v) = (e^{2v} - 1)/(e^{2v} + 1)$. By eqs. (1.20)–(1.21),
# $$\frac{\partial o}{\partial v} = \frac{4 e^{2v}}{(e^{2v} + 1)^2} = 1 - o^2 \le 1,$$
# because $o^2 \ge 0$. Equality holds exactly when $o = 0$. Since tanh is strictly increasing
# (its derivative $4e^{2v}/(e^{2v}+1)^2$ is positive) and $\tanh(0) = 0$, that happens only at
# $v = 0$. So $\tanh'(v) \le 1$ for every $v$, with the maximum 1 reached only at
# $v = 0$. $\blacksquare$
#
# (With exercise 3: $\tanh'(v) = \frac{d}{dv}\,[2\,\mathrm{sigmoid}(2v) - 1]
# = 4\,\mathrm{sigmoid}'(2v) \le 4 \cdot \tfrac14 = 1$ by exercise 7, with equality at
# $2v = 0$.) tanh thus passes a gradient back up to four times better than the sigmoid, but,
# like it, saturates for large $|v|$
# ([§1.4.2](../../chapters/en/1.4.2-vanishing-gradients.ipynb)).

# %% [markdown] lang="ru"
# # 1.11, упражнение 8 (решение): производная гиперболического тангенса не больше 1
#
# Упражнение: [ex08-tanh-derivative-bound](../../exercises/ru/ex08-tanh-derivative-bound.ipynb) ·
# раздел: [§1.2.1.6](../../chapters/ru/1.2.1.6-activation-derivatives.ipynb).
#
# **Доказательство.** Пусть $o = \tanh(v) = (e^{2v} - 1)/(e^{2v} + 1)$. По формулам (1.20)–(1.21)
# $$\frac{\partial o}{\partial v} = \frac{4 e^{2v}}{(e^{2v} + 1)^2} = 1 - o^2 \le 1,$$
# так как $o^2 \ge 0$. Равенство достигается ровно при $o = 0$. Поскольку tanh строго
# возрастает (его производная $4e^{2v}/(e^{2v}+1)^2$ положительна) и $\tanh(0) = 0$, это
# происходит только при $v = 0$. Итак, $\tanh'(v) \le 1$ при всех $v$, и максимум 1
# достигается только при $v = 0$. $\blacksquare$
#
# (Через упражнение 3: $\tanh'(v) = \frac{d}{dv}\,[2\,\mathrm{sigmoid}(2v) - 1]
# = 4\,\mathrm{sigmoid}'(2v) \le 4 \cdot \tfrac14 = 1$ по упражнению 7, с равенством при
# $2v = 0$.) Поэтому tanh пропускает градиент назад до четырёх раз лучше сигмоиды, но, как и
# она, насыщается при больших $|v|$
# ([§1.4.2](../../chapters/ru/1.4.2-vanishing-gradients.ipynb)).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex08

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex08

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# Each step of the proof, checked by sympy:

# %% [markdown] lang="ru"
# Каждый шаг доказательства, проверенный sympy:

# %% lang="en"
ex08.check_step("4*exp(2*v)/(exp(2*v) + 1)**2", "1 - tanh(v)**2")

# %% lang="ru"
ex08.check_step("4*exp(2*v)/(exp(2*v) + 1)**2", "1 - tanh(v)**2")

# %% lang="en"
ex08.check_step("tanh(v)", "2*sigmoid(2*v) - 1")

# %% lang="ru"
ex08.check_step("tanh(v)", "2*sigmoid(2*v) - 1")

# %% lang="en"
derivative = "1 - tanh(v)**2"
argmax = 0.0
maximum = 1.0

ex08.check(derivative, argmax, maximum)

# %% lang="ru"
derivative = "1 - tanh(v)**2"
argmax = 0.0
maximum = 1.0

ex08.check(derivative, argmax, maximum)

# %% [markdown] lang="en"
# The same derivative as a Python function, checked numerically:

# %% [markdown] lang="ru"
# Та же производная как функция Python, проверенная численно:

# %%
ex08.check(lambda v: 1 / np.cosh(v) ** 2, 0.0, 1.0)

# %% lang="en"
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
plots.derivative_bound.draw_derivative(ax, "tanh")
plt.show()
# %% lang="ru"
fig, ax = plt.subplots(figsize=(6, 3.5), layout="constrained")
plots.derivative_bound.draw_derivative(ax, "tanh")
plt.show()
