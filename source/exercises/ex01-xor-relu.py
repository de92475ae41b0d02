# %% [markdown] lang="en"
# # 1.11, exercise 1: separating XOR with ReLU units
#
# **The task.** The four points of XOR are (0, 0) and (1, 1) in one class, (1, 0) and (0, 1)
# in the other. No straight line separates them in the input space (§1.2.1, Fig. 1.4). Build a
# small network with one hidden layer of **ReLU** units that does separate them, the way
# §1.5.1 separates three points in Fig. 1.14.
#
# The network is the one of Fig. 1.14 with weights you choose:
#
# - two hidden units, $h = \mathrm{ReLU}(W_{hidden}^T x + b_{hidden})$, where column $j$ of
#   $W_{hidden}$ holds the weights from $x_1, x_2$ into unit $j$;
# - a linear output $O = w_{out} \cdot h + b_{out}$ (eq. (1.35) is $O = h_1 + h_2$).
#
# Your network should give $O > 0.5$ on (1, 0) and (0, 1), and $O < 0.5$ on (0, 0) and (1, 1).
#
# Solution: [ex01-xor-relu](../../solutions/en/ex01-xor-relu.ipynb) ·
# the section: [§1.5.1](../../chapters/en/1.5.1-nonlinear-activation.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 1: разделение XOR с помощью ReLU
#
# **Задача.** Четыре точки XOR: (0, 0) и (1, 1) в одном классе, (1, 0) и (0, 1) — в другом.
# Во входном пространстве их не разделяет никакая прямая (§1.2.1, рис. 1.4). Постройте
# небольшую сеть с одним скрытым слоем из **полулинейных элементов ReLU**, которая их
# разделяет, — так же, как в §1.5.1 разделяются три точки рис. 1.14.
#
# Сеть — та же, что на рис. 1.14, но веса выбираете вы:
#
# - два скрытых нейрона, $h = \mathrm{ReLU}(W_{hidden}^T x + b_{hidden})$, где столбец $j$
#   матрицы $W_{hidden}$ — веса от $x_1, x_2$ к нейрону $j$;
# - линейный выход $O = w_{out} \cdot h + b_{out}$ (формула (1.35): $O = h_1 + h_2$).
#
# Сеть должна давать $O > 0{,}5$ на (1, 0) и (0, 1) и $O < 0{,}5$ на (0, 0) и (1, 1).
#
# Решение: [ex01-xor-relu](../../solutions/ru/ex01-xor-relu.ipynb) ·
# раздел: [§1.5.1](../../chapters/ru/1.5.1-nonlinear-activation.ipynb).

# %% lang="en"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex01

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex01

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %%
X, y = data.xor()
for point, label in zip(X, y):
    print(i18n.numbers(point, "g"), "→", f"{label:+.0f}")

# %% [markdown] lang="en"
# ## Explore
#
# The sliders set the weights: `w1→2` is the weight from $x_1$ into hidden unit 2, `b→j` the
# bias of unit $j$, `u1`, `u2` the output weights and `b out` the output bias. On the left, the
# dashed lines show where each hidden unit switches on; on the right, the same four points
# in hidden space $(h_1, h_2)$ with the line $O = 0.5$. The start is Fig. 1.14's layer
# $h_1 = \max\{x_1, 0\}$, $h_2 = \max\{-x_1, 0\}$: it does **not** separate XOR. Find weights
# that do (the title counts the points on the right side). Below is the starting picture;
# the live interactive figure follows it.

# %% [markdown] lang="ru"
# ## Исследуйте
#
# Ползунки задают веса: `w1→2` — вес от $x_1$ к скрытому нейрону 2, `b→j` — смещение нейрона
# $j$, `u1`, `u2` — выходные веса, `b вых` — смещение выхода. Слева пунктиром показано, где
# включается каждый скрытый нейрон; справа — те же четыре точки в скрытом пространстве
# $(h_1, h_2)$ и прямая $O = 0{,}5$. Начальные веса — слой рис. 1.14: $h_1 = \max\{x_1, 0\}$,
# $h_2 = \max\{-x_1, 0\}$; XOR он **не** разделяет. Найдите веса, которые разделяют (в заголовке
# считаются точки по верную сторону). Ниже — начальная картинка, за ней живой рисунок.

# %%
explorer = widgets.feature_space.relu_explorer()
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## Your answer
#
# Replace each `...` with your weights (lists or numpy arrays), then run the check.
# `explorer.weights()` returns the sliders' current weights, if you found them there.

# %% [markdown] lang="ru"
# ## Ваш ответ
#
# Замените каждое `...` своими весами (списки или массивы numpy) и запустите проверку.
# `explorer.weights()` возвращает текущие веса ползунков, если вы нашли их там.

# %% lang="en"
W_hidden = ...  # shape (2, 2): column j holds the weights from x1, x2 into hidden unit j
b_hidden = [0.0, 0.0]  # one bias per hidden unit
w_out = ...  # one output weight per hidden unit
b_out = 0.0

ex01.check(W_hidden, b_hidden, w_out, b_out)

# %% lang="ru"
W_hidden = ...  # размер (2, 2): в столбце j веса от x1, x2 к скрытому нейрону j
b_hidden = [0.0, 0.0]  # по смещению на скрытый нейрон
w_out = ...  # по весу выхода на скрытый нейрон
b_out = 0.0

ex01.check(W_hidden, b_hidden, w_out, b_out)

# %% [markdown] lang="en"
# ## Hints
#
# Each hint is more specific than the one before: `ex01.hint(1)`, `ex01.hint(2)`, … up to 4.

# %% [markdown] lang="ru"
# ## Подсказки
#
# Каждая следующая подсказка конкретнее предыдущей: `ex01.hint(1)`, `ex01.hint(2)`, … до 4.

# %%
ex01.hint(1)
