# %% [markdown] lang="en"
# # 1.1 Introduction: the artificial neuron
#
# Section 1.1 of the book starts from the biological neuron and boils it down to a few lines of
# arithmetic (Fig. 1.1 b): inputs $x_1, \dots, x_5$ arrive along edges with weights
# $w_1, \dots, w_5$; the neuron adds them up and passes the sum through an activation
# function $\Phi$. Fig. 1.7 (§1.2.1.3) draws the same node split in two halves: the
# **pre-activation value** $v = \sum_j w_j x_j + b$ and the **post-activation value**
# $h = \Phi(v)$, eq. (1.11). This notebook computes both and lets you move every input and
# weight.

# %% [markdown] lang="ru"
# # 1.1 Введение: искусственный нейрон
#
# Раздел 1.1 книги начинает с биологического нейрона и сводит его к нескольким строкам
# арифметики (рис. 1.1, б): входы $x_1, \dots, x_5$ приходят по рёбрам с весами
# $w_1, \dots, w_5$, нейрон складывает произведения и пропускает сумму через функцию
# активации $\Phi$. На рис. 1.7 (раздел 1.2.1.3) тот же узел разделён на две половины:
# **предактивационное значение** $v = \sum_j w_j x_j + b$ и **постактивационное значение**
# $h = \Phi(v)$, формула (1.11). В этом блокноте мы вычислим оба значения и сможем менять
# каждый вход и каждый вес.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, neuron, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, neuron, plots, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## The idea in four lines
#
# A neuron is a dot product followed by a function. With the sigmoid as $\Phi$:

# %% [markdown] lang="ru"
# ## Идея в четырёх строках
#
# Нейрон — это скалярное произведение, за которым следует функция. С сигмоидой в роли $\Phi$:

# %% lang="en"
x = np.array([1.0, 0.5, -1.0, 2.0, 0.0])  # inputs x1…x5
w = np.array([0.8, -0.4, 0.3, 0.5, 1.0])  # weights w1…w5
b = 0.0                                   # bias (the weight of a bias neuron)
v = w @ x + b                             # pre-activation value
h = 1 / (1 + np.exp(-v))                  # post-activation value, sigmoid
print(f"v = {i18n.number(v, '.4f')}   h = Φ(v) = {i18n.number(h, '.4f')}")

# %% lang="ru"
x = np.array([1.0, 0.5, -1.0, 2.0, 0.0])  # входы x1…x5
w = np.array([0.8, -0.4, 0.3, 0.5, 1.0])  # веса w1…w5
b = 0.0                                   # смещение (вес нейрона смещения)
v = w @ x + b                             # предактивационное значение
h = 1 / (1 + np.exp(-v))                  # постактивационное значение, сигмоида
print(f"v = {i18n.number(v, '.4f')}   h = Φ(v) = {i18n.number(h, '.4f')}")

# %% [markdown] lang="en"
# The package does the same in `neuron.forward`, for any activation of §1.2.1.3:

# %% [markdown] lang="ru"
# Пакет делает то же самое в `neuron.forward` для любой функции активации из раздела 1.2.1.3:

# %% lang="en"
for name in activations.REGISTRY:
    out = neuron.forward(x, w, b, activation=name)
    print(f"{name:10s} v = {i18n.number(out.v, '.4f')}   h = {i18n.number(out.h, '.4f')}")

# %% lang="ru"
for name in activations.REGISTRY:
    out = neuron.forward(x, w, b, activation=name)
    print(f"{name:10s} v = {i18n.number(out.v, '.4f')}   h = {i18n.number(out.h, '.4f')}")

# %% [markdown] lang="en"
# The pre-activation value is the same for every activation; only $h$ changes. With the
# identity, $h = v$; with the sign, $h = \pm 1$, the perceptron of §1.2.1; with the sigmoid,
# a number between 0 and 1.
#
# ## Fig. 1.1 (b) and Fig. 1.7 drawn from these numbers
#
# Left: the neuron with its inputs, weights and both values (Σ holds $v$, Φ holds $h$).
# Right: where this neuron sits on the curve of its activation.

# %% [markdown] lang="ru"
# Предактивационное значение одно и то же для всех функций активации, меняется только $h$.
# С тождественной функцией $h = v$; со знаковой $h = \pm 1$ — это перцептрон из раздела
# 1.2.1; с сигмоидой — число от 0 до 1.
#
# ## Рис. 1.1 (б) и рис. 1.7 по этим числам
#
# Слева — нейрон с входами, весами и обоими значениями (в половине Σ — $v$, в половине Φ —
# $h$). Справа — место этого нейрона на графике его функции активации.

# %% lang="en"
fig, (ax_neuron, ax_curve) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
plots.neuron.draw_neuron(ax_neuron, x, w, b, activation="sigmoid")
plots.activations.draw_activation(ax_curve, "sigmoid", np.linspace(-6, 6, 401))
out = neuron.forward(x, w, b, activation="sigmoid")
ax_curve.plot([out.v], [out.h], "ko", ms=8, label="(v, h) of this neuron")
ax_curve.set(xlabel="pre-activation value $v$",
             ylabel="post-activation value $h$",
             title="The neuron's point on $\\Phi$")
ax_curve.legend(loc="upper left")
plt.show()

# %% lang="ru"
fig, (ax_neuron, ax_curve) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
plots.neuron.draw_neuron(ax_neuron, x, w, b, activation="sigmoid")
plots.activations.draw_activation(ax_curve, "sigmoid", np.linspace(-6, 6, 401))
out = neuron.forward(x, w, b, activation="sigmoid")
ax_curve.plot([out.v], [out.h], "ko", ms=8, label="(v, h) этого нейрона")
ax_curve.set(xlabel="предактивационное значение $v$",
             ylabel="постактивационное значение $h$",
             title="Точка нейрона на графике $\\Phi$")
ax_curve.legend(loc="upper left")
plt.show()

# %% [markdown] lang="en"
# ## Interactive figure: move the inputs and the weights
#
# Every slider changes one $x_i$ or $w_i$ (or the bias $b$); the menu changes $\Phi$. The
# edges get thicker with $|w_i|$ and red when $w_i < 0$. The static picture below is the
# interactive figure's starting state, so the page reads without a running kernel.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: двигайте входы и веса
#
# Каждый ползунок меняет один вход $x_i$ или вес $w_i$ (или смещение $b$), меню меняет
# функцию $\Phi$. Рёбра толще при большем $|w_i|$ и красные при $w_i < 0$. Картинка ниже —
# начальное состояние, чтобы страницу можно было читать без запущенного ядра.

# %% lang="en"
explorer = widgets.neuron.neuron_explorer(x, w, b, activation="sigmoid")
explorer.snapshot()

# %% lang="ru"
explorer = widgets.neuron.neuron_explorer(x, w, b, activation="sigmoid")
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## What to notice
#
# - $v$ moves linearly with every input and every weight: doubling $x_i$ adds $w_i x_i$
#   again. Only $\Phi$ bends the response.
# - With the sigmoid, once $|v|$ is beyond about 4, moving a weight hardly changes $h$: the
#   neuron is *saturated*. §1.2.1.3 and §1.2.1.6 explain why this slows training.
# - With ReLU and $v < 0$ the output is exactly 0 whatever small changes you make.
#
# ## Try
#
# - Set all weights to 0: $v = b$ whatever the inputs. In the interactive figure, or in code:
#
# ```python
# zero = neuron.forward(x, np.zeros(5), 0.3, activation="sigmoid")
# print(zero.v)  # = b, whatever x is
# ```
#
# - Choose the sign activation and find weights for which a small change of one input flips
#   $h$ from $-1$ to $+1$. One answer: $w = (1, 0, 0, 0, 0)$ and $b = -1$, so $v = x_1 - 1$:
#
# ```python
# for x_1 in (0.9, 1.1):
#     x_try = np.array([x_1, 0.5, -1.0, 2.0, 0.0])
#     print(x_1, neuron.forward(x_try, np.array([1.0, 0, 0, 0, 0]), -1.0, activation="sign").h)
# ```
#
# Fig. 1.2 of §1.1 (accuracy against the amount of data) is measured in
# [§1.1.1, data and accuracy](1.1.1-data-and-accuracy.ipynb).

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - $v$ меняется линейно с каждым входом и каждым весом: удвоение $x_i$ ещё раз прибавляет
#   $w_i x_i$. Изгибает отклик только $\Phi$.
# - С сигмоидой при $|v|$ больше примерно 4 изменение веса почти не меняет $h$: нейрон
#   *насыщен*. Разделы 1.2.1.3 и 1.2.1.6 объясняют, почему это замедляет обучение.
# - С ReLU при $v < 0$ выход равен в точности 0, как бы мы ни меняли веса понемногу.
#
# ## Попробуйте
#
# - Поставьте все веса равными 0: тогда $v = b$ при любых входах. На интерактивном рисунке
#   или в коде:
#
# ```python
# zero = neuron.forward(x, np.zeros(5), 0.3, activation="sigmoid")
# print(zero.v)  # = b, каким бы ни был x
# ```
#
# - Выберите знаковую функцию активации и найдите веса, при которых небольшое изменение
#   одного входа переключает $h$ с $-1$ на $+1$. Один ответ: $w = (1, 0, 0, 0, 0)$ и
#   $b = -1$, тогда $v = x_1 - 1$:
#
# ```python
# for x_1 in (0.9, 1.1):
#     x_try = np.array([x_1, 0.5, -1.0, 2.0, 0.0])
#     print(x_1, neuron.forward(x_try, np.array([1.0, 0, 0, 0, 0]), -1.0, activation="sign").h)
# ```
#
# Рис. 1.2 из раздела 1.1 (точность в зависимости от объёма данных) измерен в
# [разделе 1.1.1, данные и точность](1.1.1-data-and-accuracy.ipynb).
