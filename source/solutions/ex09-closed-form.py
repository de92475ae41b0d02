# %% [markdown] lang="en"
# # 1.11, exercise 9, solution: the closed form of a small network
#
# The exercise: [ex09-closed-form](../../exercises/en/ex09-closed-form.ipynb) · the section:
# [§1.2.3](../../chapters/en/1.2.3-computational-graph.ipynb).
#
# Name the pre-activations and go layer by layer, as the computational graph of §1.2.3 does.
# Both units of layer 1 receive $s_1 = x_1 + x_2$, so $h_1 = \sigma(s_1)$ and
# $h_2 = \tanh(s_1)$. Both units of layer 2 receive $s_2 = h_1 + h_2$, so $h_3 = \sigma(s_2)$,
# $h_4 = \tanh(s_2)$. The output is $o = \max\{h_3 + h_4, 0\}$. Substituting:
#
# $$o = \max\Big\{\sigma\big(\sigma(x_1 + x_2) + \tanh(x_1 + x_2)\big)
#       + \tanh\big(\sigma(x_1 + x_2) + \tanh(x_1 + x_2)\big),\ 0\Big\}.$$
#
# Three things to notice: $o$ depends on $x_1, x_2$ only through $x_1 + x_2$ (every first-layer
# unit sums them); which unit of a layer is the sigmoid does not matter, because the next layer
# adds them; and the ReLU is not decorative: $o = 0$ once $x_1 + x_2$ falls below about −0.889.

# %% [markdown] lang="ru"
# # 1.11, упражнение 9, решение: замкнутая форма небольшой сети
#
# Упражнение: [ex09-closed-form](../../exercises/ru/ex09-closed-form.ipynb) · раздел:
# [§1.2.3](../../chapters/ru/1.2.3-computational-graph.ipynb).
#
# Обозначим предактивационные значения и пойдём слой за слоем, как в вычислительном графе
# §1.2.3. Оба элемента первого слоя получают $s_1 = x_1 + x_2$, так что $h_1 = \sigma(s_1)$ и
# $h_2 = \tanh(s_1)$. Оба элемента второго слоя получают $s_2 = h_1 + h_2$, так что
# $h_3 = \sigma(s_2)$, $h_4 = \tanh(s_2)$. Выход $o = \max\{h_3 + h_4, 0\}$. После подстановки:
#
# $$o = \max\Big\{\sigma\big(\sigma(x_1 + x_2) + \tanh(x_1 + x_2)\big)
#       + \tanh\big(\sigma(x_1 + x_2) + \tanh(x_1 + x_2)\big),\ 0\Big\}.$$
#
# Заметим три вещи: $o$ зависит от $x_1, x_2$ только через $x_1 + x_2$ (каждый элемент первого
# слоя их суммирует); неважно, какой элемент слоя — сигмоида, потому что следующий слой их
# складывает; и ReLU здесь не для красоты: $o = 0$, как только $x_1 + x_2$ опускается ниже
# примерно −0,889.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
import sympy
from IPython.display import Math, display

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex09

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
import sympy
from IPython.display import Math, display

from nbcompanion import i18n, plots
from nbcompanion.exercises import ex09

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## The formula, built the way the network computes

# %% [markdown] lang="ru"
# ## Формула, построенная так же, как считает сеть

# %%
s1 = ex09.x1 + ex09.x2
h1, h2 = ex09.sigmoid(s1), sympy.tanh(s1)
s2 = h1 + h2
h3, h4 = ex09.sigmoid(s2), sympy.tanh(s2)
o = ex09.relu(h3 + h4)
display(Math("o = " + sympy.latex(o)))

# %% lang="en"
print("the same expression as ex09.closed_form():", i18n.yes_no(o == ex09.closed_form()))

# %% lang="ru"
print("то же выражение, что ex09.closed_form():", i18n.yes_no(o == ex09.closed_form()))

# %% lang="en"
closed_form = "relu(sigmoid(sigmoid(x1 + x2) + tanh(x1 + x2)) + tanh(sigmoid(x1 + x2) + tanh(x1 + x2)))"
ex09.check(closed_form)

# %% lang="ru"
closed_form = "relu(sigmoid(sigmoid(x1 + x2) + tanh(x1 + x2)) + tanh(sigmoid(x1 + x2) + tanh(x1 + x2)))"
ex09.check(closed_form)

# %% [markdown] lang="en"
# ## Its size
#
# `sympy.count_ops` counts the operations of the formula as written. Each layer feeds the
# same sum to two units, so writing the formula out copies the previous layer's formula twice:
# the size roughly doubles with every layer, although the network grows by three operations.

# %% [markdown] lang="ru"
# ## Её размер
#
# `sympy.count_ops` считает операции в выписанной формуле. Каждый слой подаёт одну и ту же
# сумму на два элемента, поэтому выписанная формула дважды копирует формулу предыдущего слоя:
# размер примерно удваивается с каждым слоем, хотя сама сеть прирастает на три операции.

# %% lang="en"
print("hidden layers   operations")
for depth in range(1, 7):
    print(f"{depth:13d}   {sympy.count_ops(ex09.closed_form(depth)):10d}")

# %% lang="ru"
print("скрытых слоёв   операций")
for depth in range(1, 7):
    print(f"{depth:13d}   {sympy.count_ops(ex09.closed_form(depth)):8d}")

# %% [markdown] lang="en"
# ## What the formula looks like
#
# Since $o$ depends only on $u = x_1 + x_2$, one curve shows it all.

# %% [markdown] lang="ru"
# ## Как выглядит формула
#
# Раз $o$ зависит только от $u = x_1 + x_2$, одна кривая показывает всё.

# %% lang="en"
u = np.linspace(-4, 4, 401)
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(u, ex09.network(u, 0 * u), label="o, two hidden layers")
ax.plot(u, ex09.network(u, 0 * u, depth=1), linestyle="--", label="one hidden layer, for comparison")
ax.set(xlabel="$u = x_1 + x_2$", ylabel="$o$", title="The output of the network of exercise 9")
ax.legend()
plt.show()

# %% lang="ru"
u = np.linspace(-4, 4, 401)
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(u, ex09.network(u, 0 * u), label="o, два скрытых слоя")
ax.plot(u, ex09.network(u, 0 * u, depth=1), linestyle="--", label="один скрытый слой, для сравнения")
ax.set(xlabel="$u = x_1 + x_2$", ylabel="$o$", title="Выход сети из упражнения 9")
ax.legend()
plt.show()

# %% [markdown] lang="en"
# **Something to try.** Type your own variant into `ex09.check` (drop the ReLU, give $x_1$ to
# the top unit only) and read what the checker says. Exercise 10 differentiates this formula:
# [ex10-closed-form-derivative](../../exercises/en/ex10-closed-form-derivative.ipynb).

# %% [markdown] lang="ru"
# **Попробуйте.** Передайте в `ex09.check` свой вариант (без ReLU, с $x_1$ только на верхнем
# элементе) и прочитайте, что скажет проверка. Упражнение 10 дифференцирует эту формулу:
# [ex10-closed-form-derivative](../../exercises/ru/ex10-closed-form-derivative.ipynb).
