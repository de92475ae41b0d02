# %% [markdown] lang="en"
# # 1.11, exercise 1 (solution): separating XOR with ReLU units
#
# The exercise: [ex01-xor-relu](../../exercises/en/ex01-xor-relu.ipynb) · the section:
# [§1.5.1](../../chapters/en/1.5.1-nonlinear-activation.ipynb).
#
# **Idea.** The two points of one class, (0, 0) and (1, 1), both have $x_1 = x_2$. A hidden
# unit with pre-activation $x_1 - x_2$ gives them 0; a ReLU keeps one sign of that difference,
# so two units, one for each sign, send
#
# | point | $h_1 = \max\{x_1 - x_2, 0\}$ | $h_2 = \max\{x_2 - x_1, 0\}$ | $O = h_1 + h_2$ |
# |---|---|---|---|
# | (0, 0) | 0 | 0 | 0 |
# | (1, 1) | 0 | 0 | 0 |
# | (1, 0) | 1 | 0 | 1 |
# | (0, 1) | 0 | 1 | 1 |
#
# In hidden space the points become exactly those of Fig. 1.14: one class at the origin, the
# other at (1, 0) and (0, 1), and the line $h_1 + h_2 = 0.5$ separates them. The output is
# $O = |x_1 - x_2|$, a function no single linear unit can compute.
#
# **About bias neurons.** The hidden layer above needs none, because the "fold" passes through
# the origin; the bias is in the output's threshold 0.5 (equivalently $b_{out} = -0.5$ with
# threshold 0). Another classic solution uses hidden biases: $h_1 = \max\{x_1 + x_2, 0\}$,
# $h_2 = \max\{x_1 + x_2 - 1, 0\}$, $O = h_1 - 2h_2$; it is checked below too.

# %% [markdown] lang="ru"
# # 1.11, упражнение 1 (решение): разделение XOR с помощью ReLU
#
# Упражнение: [ex01-xor-relu](../../exercises/ru/ex01-xor-relu.ipynb) · раздел:
# [§1.5.1](../../chapters/ru/1.5.1-nonlinear-activation.ipynb).
#
# **Идея.** Обе точки одного класса, (0, 0) и (1, 1), имеют $x_1 = x_2$. Скрытый нейрон с
# предактивационным значением $x_1 - x_2$ даёт на них 0; ReLU оставляет один знак этой
# разности, поэтому два нейрона, по одному на каждый знак, переводят
#
# | точка | $h_1 = \max\{x_1 - x_2, 0\}$ | $h_2 = \max\{x_2 - x_1, 0\}$ | $O = h_1 + h_2$ |
# |---|---|---|---|
# | (0, 0) | 0 | 0 | 0 |
# | (1, 1) | 0 | 0 | 0 |
# | (1, 0) | 1 | 0 | 1 |
# | (0, 1) | 0 | 1 | 1 |
#
# В скрытом пространстве точки становятся в точности точками рис. 1.14: один класс в начале
# координат, другой — в (1, 0) и (0, 1), и прямая $h_1 + h_2 = 0{,}5$ их разделяет. Выход равен
# $O = |x_1 - x_2|$ — такую функцию не вычислит ни один линейный нейрон.
#
# **О нейронах смещения.** Скрытому слою выше смещения не нужны: «сгиб» проходит через начало
# координат; смещение сидит в пороге выхода 0,5 (то же, что $b_{out} = -0{,}5$ и порог 0).
# Другое классическое решение использует смещения в скрытом слое: $h_1 = \max\{x_1 + x_2, 0\}$,
# $h_2 = \max\{x_1 + x_2 - 1, 0\}$, $O = h_1 - 2h_2$; ниже проверено и оно.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, plots, widgets
from nbcompanion.exercises import ex01

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, plots, widgets
from nbcompanion.exercises import ex01

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %%
X, y = data.xor()

# %% [markdown] lang="en"
# The network in a few lines of numpy, then the same through `ex01.forward`:

# %% [markdown] lang="ru"
# Сеть в нескольких строках numpy, затем то же через `ex01.forward`:

# %% lang="en"
W_hidden = np.array([[1.0, -1.0], [-1.0, 1.0]])  # column j feeds hidden unit j
b_hidden = np.array([0.0, 0.0])
w_out = np.array([1.0, 1.0])
b_out = 0.0

H = np.maximum(X @ W_hidden + b_hidden, 0.0)  # hidden space
O = H @ w_out + b_out  # eq. (1.35): O = h1 + h2
for x_row, h_row, o in zip(X, H, O):
    print("x =", i18n.numbers(x_row, "g"), " h =", i18n.numbers(h_row, "g"), " O =", i18n.number(o, "g"))
print("the same outputs as ex01.forward:", i18n.yes_no(np.allclose(O, ex01.forward(W_hidden, b_hidden, w_out, b_out)[1])))

# %% lang="ru"
W_hidden = np.array([[1.0, -1.0], [-1.0, 1.0]])  # столбец j питает скрытый нейрон j
b_hidden = np.array([0.0, 0.0])
w_out = np.array([1.0, 1.0])
b_out = 0.0

H = np.maximum(X @ W_hidden + b_hidden, 0.0)  # скрытое пространство
O = H @ w_out + b_out  # формула (1.35): O = h1 + h2
for x_row, h_row, o in zip(X, H, O):
    print("x =", i18n.numbers(x_row, "g"), " h =", i18n.numbers(h_row, "g"), " O =", i18n.number(o, "g"))
print("те же выходы, что у ex01.forward:", i18n.yes_no(np.allclose(O, ex01.forward(W_hidden, b_hidden, w_out, b_out)[1])))

# %%
ex01.check(W_hidden, b_hidden, w_out, b_out)

# %% [markdown] lang="en"
# The two spaces side by side, as in Fig. 1.14: on the left the lines where each unit
# switches on (both pass through (0, 0) and (1, 1)); on the right the folded points and the
# line $O = 0.5$.

# %% [markdown] lang="ru"
# Оба пространства рядом, как на рис. 1.14: слева — прямые, на которых включается каждый
# нейрон (обе проходят через (0, 0) и (1, 1)); справа — точки после перегиба плоскости и прямая $O = 0{,}5$.

# %% lang="en"
fig, axes = plt.subplots(1, 2, figsize=(9, 4.2), layout="constrained")
plots.feature_space.draw_input_space(axes[0], X, y, W_hidden, b_hidden)
plots.feature_space.draw_hidden_space(axes[1], H, y, w_out, b_out, X=X)
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(1, 2, figsize=(9, 4.2), layout="constrained")
plots.feature_space.draw_input_space(axes[0], X, y, W_hidden, b_hidden)
plots.feature_space.draw_hidden_space(axes[1], H, y, w_out, b_out, X=X)
plt.show()

# %% [markdown] lang="en"
# The solution with hidden biases passes the same check:

# %% [markdown] lang="ru"
# Решение со смещениями в скрытом слое проходит ту же проверку:

# %%
ex01.check([[1.0, 1.0], [1.0, 1.0]], [0.0, -1.0], [1.0, -2.0], 0.0)

# %% [markdown] lang="en"
# In the interactive figure, set the sliders to the solution (`w1→1 = 1`, `w2→1 = −1`, `w1→2 = −1`,
# `w2→2 = 1`) and watch (0, 0) and (1, 1) merge at the origin of hidden space.

# %% [markdown] lang="ru"
# В интерактивном рисунке выставьте веса решения (`w1→1 = 1`, `w2→1 = −1`, `w1→2 = −1`,
# `w2→2 = 1`) и посмотрите, как (0, 0) и (1, 1) сливаются в начале скрытого пространства.

# %%
explorer = widgets.feature_space.relu_explorer(W_hidden=W_hidden, b_hidden=b_hidden,
                                               w_out=w_out, b_out=b_out)
explorer.snapshot()

# %%
explorer
