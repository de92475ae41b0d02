# %% [markdown] lang="en"
# # 1.2.1.3 Choosing the activation and the loss
#
# The perceptron uses the sign as its activation. Section 1.2.1.3 of the book widens the
# choice: any function $\Phi$ applied to the pre-activation value $v = W \cdot X$ gives
# $\hat y = \Phi(W \cdot X)$, eq. (1.11). Fig. 1.8 shows the six classic ones: identity, sign,
# sigmoid, tanh, ReLU and hard tanh. This notebook draws them from computation, checks the
# identity $\tanh(v) = 2\,\mathrm{sigmoid}(2v) - 1$, lets you move along each curve and its
# derivative, and reads the sigmoid's output as a probability whose negative logarithm is the
# logistic loss, eq. (1.14).

# %% [markdown] lang="ru"
# # 1.2.1.3 Выбор функций активации и потерь
#
# Перцептрон использует в качестве функции активации знаковую функцию. Раздел 1.2.1.3 книги
# расширяет выбор: любая функция $\Phi$ от предактивационного значения $v = W \cdot X$ даёт
# прогноз $\hat y = \Phi(W \cdot X)$, формула (1.11). На рис. 1.8 показаны шесть классических
# вариантов: тождественная, знаковая, сигмоида, гиперболический тангенс, ReLU и
# спрямленный гиперболический тангенс (hard tanh). В этом блокноте мы построим их по
# вычислениям, проверим тождество $\tanh(v) = 2\,\mathrm{sigmoid}(2v) - 1$, пройдём вдоль
# каждой кривой и её производной и прочитаем выход сигмоиды как вероятность, отрицательный
# логарифм которой — логистическая функция потерь, формула (1.14).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, losses, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, losses, plots, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## The six activations in a few lines
#
# Each one is a line of numpy; the package keeps them, with their derivatives, in
# `activations.REGISTRY`.

# %% [markdown] lang="ru"
# ## Шесть функций активации в нескольких строках
#
# Каждая — одна строка numpy; пакет хранит их вместе с производными в
# `activations.REGISTRY`.

# %% lang="en"
v = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
by_hand = {
    "identity": v,
    "sign": np.sign(v),
    "sigmoid": 1 / (1 + np.exp(-v)),
    "tanh": (np.exp(2 * v) - 1) / (np.exp(2 * v) + 1),
    "relu": np.maximum(v, 0),
    "hard_tanh": np.maximum(np.minimum(v, 1), -1),
}
for name, values in by_hand.items():
    same = np.allclose(values, activations.get(name).function(v), rtol=1e-14, atol=0)
    print(f"{name:10s} {i18n.numbers(values, '.4g')}  package agrees: {i18n.yes_no(same)}")

# %% lang="ru"
v = np.array([-2.0, -0.5, 0.0, 0.5, 2.0])
by_hand = {
    "identity": v,
    "sign": np.sign(v),
    "sigmoid": 1 / (1 + np.exp(-v)),
    "tanh": (np.exp(2 * v) - 1) / (np.exp(2 * v) + 1),
    "relu": np.maximum(v, 0),
    "hard_tanh": np.maximum(np.minimum(v, 1), -1),
}
for name, values in by_hand.items():
    same = np.allclose(values, activations.get(name).function(v), rtol=1e-14, atol=0)
    print(f"{name:10s} {i18n.numbers(values, '.4g')}  пакет согласен: {i18n.yes_no(same)}")

# %% [markdown] lang="en"
# ## Fig. 1.8 from the functions above

# %% [markdown] lang="ru"
# ## Рис. 1.8 по функциям выше

# %% lang="en"
fig, axes = plt.subplots(2, 3, figsize=(11, 6), layout="constrained")
plots.activations.draw_activation_grid(axes.flat)
fig.suptitle("Activation functions (Fig. 1.8)")
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(2, 3, figsize=(11, 6), layout="constrained")
plots.activations.draw_activation_grid(axes.flat)
fig.suptitle("Функции активации (рис. 1.8)")
plt.show()

# %% [markdown] lang="en"
# The sign and hard tanh have corners; the sigmoid and tanh are smooth versions of them that
# flatten out (saturate) for large $|v|$. ReLU is flat on one side only.
#
# ## tanh is a rescaled and shifted sigmoid
#
# $\tanh(v) = 2\,\mathrm{sigmoid}(2v) - 1$ (exercise 3 asks for the proof): the sigmoid's graph
# compressed twice horizontally, stretched twice vertically and shifted down by 1. Numerically, over
# a wide range of $v$:

# %% [markdown] lang="ru"
# У знаковой функции и спрямлённого гиперболического тангенса есть изломы; сигмоида и
# гиперболический тангенс — их гладкие версии, которые выходят на насыщение при больших
# $|v|$. ReLU насыщается только с одной стороны.
#
# ## Гиперболический тангенс — масштабированная и сдвинутая сигмоида
#
# $\tanh(v) = 2\,\mathrm{sigmoid}(2v) - 1$ (доказать это просит упражнение 3): график сигмоиды,
# сжатый вдвое по горизонтали, растянутый вдвое по вертикали и сдвинутый вниз на 1. Численно, на
# широком диапазоне $v$:

# %% lang="en"
v = np.linspace(-20, 20, 4001)
gap = np.abs(activations.tanh(v) - (2 * activations.sigmoid(2 * v) - 1))
print(f"max |tanh(v) − (2 sigmoid(2v) − 1)| over [−20, 20] below 1e-14: {i18n.yes_no(gap.max() < 1e-14)}")

fig, ax = plt.subplots(figsize=(6, 3.8), layout="constrained")
plots.activations.draw_tanh_identity(ax)
plt.show()

# %% lang="ru"
v = np.linspace(-20, 20, 4001)
gap = np.abs(activations.tanh(v) - (2 * activations.sigmoid(2 * v) - 1))
print(f"max |tanh(v) − (2 sigmoid(2v) − 1)| на [−20; 20] меньше 1e-14: {i18n.yes_no(gap.max() < 1e-14)}")

fig, ax = plt.subplots(figsize=(6, 3.8), layout="constrained")
plots.activations.draw_tanh_identity(ax)
plt.show()

# %% [markdown] lang="en"
# ## Interactive figure: an activation and its derivative
#
# Pick $\Phi$ and move $v$. The dot shows $\Phi(v)$ on the left and $\Phi'(v)$ on the right;
# grey bands mark saturation, where $\Phi'$ is below 5 % of its peak. There a change of $v$
# barely changes the output, so a gradient passing back through this neuron is almost zero
# ([§1.2.1.6](1.2.1.6-activation-derivatives.ipynb) and
# [§1.4.2](1.4.2-vanishing-gradients.ipynb)).

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: функция активации и её производная
#
# Выберите $\Phi$ и двигайте $v$. Точка показывает $\Phi(v)$ слева и $\Phi'(v)$ справа; серые
# полосы отмечают насыщение, где $\Phi'$ меньше 5 % своего максимума. Там изменение $v$ почти
# не меняет выход, поэтому градиент, проходящий назад через такой нейрон, почти равен нулю
# ([раздел 1.2.1.6](1.2.1.6-activation-derivatives.ipynb) и
# [раздел 1.4.2](1.4.2-vanishing-gradients.ipynb)).

# %% lang="en"
explorer = widgets.activations.activation_explorer("sigmoid", v=2.0)
explorer.snapshot()

# %% lang="ru"
explorer = widgets.activations.activation_explorer("sigmoid", v=2.0)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## The sigmoid's output as a probability
#
# The sigmoid maps any score $v$ into $(0, 1)$, so §1.2.1.3 reads $\hat y = \mathrm{sigmoid}(v)$
# as the probability that $y = +1$. The probability of the observed label is then $\hat y$ when
# $y = +1$ and $1 - \hat y$ when $y = -1$; the book writes both as $|y/2 - 0.5 + \hat y|$.
# Its negative logarithm is the loss, and it equals the logistic loss of eq. (1.14),
# $\log(1 + e^{-y v})$:

# %% [markdown] lang="ru"
# ## Выход сигмоиды как вероятность
#
# Сигмоида переводит любое значение $v$ в интервал $(0, 1)$, поэтому в разделе 1.2.1.3
# $\hat y = \mathrm{sigmoid}(v)$ читается как вероятность того, что $y = +1$. Вероятность
# наблюдаемой метки тогда равна $\hat y$ при $y = +1$ и $1 - \hat y$ при $y = -1$; в книге
# обе записаны как $|y/2 - 0{,}5 + \hat y|$. Её отрицательный логарифм — функция потерь, и он
# совпадает с логистической функцией потерь (1.14), $\log(1 + e^{-y v})$:

# %% lang="en"
v = np.array([-4.0, -1.0, 0.0, 0.5, 3.0])
y_hat = activations.sigmoid(v)
for y in (-1, +1):
    likelihood = np.abs(y / 2 - 0.5 + y_hat)
    negative_log = -np.log(likelihood)
    logistic = losses.logistic_loss(np.full_like(v, y), v)
    print(f"y = {y:+d}  −log|y/2 − 0.5 + ŷ| = {i18n.numbers(negative_log, '.6g')}")
    print(f"        log(1 + exp(−y v))  = {i18n.numbers(logistic, '.6g')}"
          f"   equal: {i18n.yes_no(np.allclose(negative_log, logistic, rtol=1e-12))}")

# %% lang="ru"
v = np.array([-4.0, -1.0, 0.0, 0.5, 3.0])
y_hat = activations.sigmoid(v)
for y in (-1, +1):
    likelihood = np.abs(y / 2 - 0.5 + y_hat)
    negative_log = -np.log(likelihood)
    logistic = losses.logistic_loss(np.full_like(v, y), v)
    print(f"y = {y:+d}  −log|y/2 − 0,5 + ŷ| = {i18n.numbers(negative_log, '.6g')}")
    print(f"        log(1 + exp(−y v))  = {i18n.numbers(logistic, '.6g')}"
          f"   равны: {i18n.yes_no(np.allclose(negative_log, logistic, rtol=1e-12))}")

# %% [markdown] lang="en"
# ## What to notice
#
# - A confident wrong prediction costs a lot: for $y = -1$ and $v = 3$ the loss is about 3.05,
#   while a confident right one costs almost nothing.
# - Near $v = 0$ the sigmoid behaves like a line with slope $1/4$ and tanh like one with slope
#   1: tanh is the sigmoid compressed 2× horizontally (which multiplies the slope by 2) and
#   stretched 2× vertically (by 2 again).
#
# ## Try
#
# - In the interactive figure, find $v$ where the sigmoid's derivative drops below 0.0125
#   (5 % of 0.25). Then do the same for tanh: its saturation starts closer to 0. To check:
#
# ```python
# v_grid = np.linspace(0, 10, 100_001)
# for name, peak in (("sigmoid", 0.25), ("tanh", 1.0)):
#     slope = activations.get(name).derivative(v_grid)
#     print(name, v_grid[np.argmax(slope < 0.05 * peak)])  # the first v past 5 % of the peak
# ```
#
# - Choose ReLU and move $v$ below 0: the derivative is exactly 0, the "dead" side.
#
# Exercises: [2, symmetries of the activations](../../exercises/en/ex02-symmetries.ipynb) and
# [3, tanh from the sigmoid](../../exercises/en/ex03-tanh-sigmoid.ipynb).

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Уверенный неверный прогноз обходится дорого: при $y = -1$ и $v = 3$ потери около 3,05,
#   а уверенный верный почти ничего не стоит.
# - Около $v = 0$ сигмоида ведёт себя как прямая с наклоном $1/4$, а гиперболический тангенс —
#   как прямая с наклоном 1: tanh — это сигмоида, сжатая вдвое по горизонтали (наклон
#   удваивается) и растянутая вдвое по вертикали (наклон удваивается ещё раз).
#
# ## Попробуйте
#
# - На интерактивном рисунке найдите $v$, при котором производная сигмоиды меньше 0,0125
#   (5 % от 0,25). Затем то же для tanh: его насыщение начинается ближе к нулю. Проверка:
#
# ```python
# v_grid = np.linspace(0, 10, 100_001)
# for name, peak in (("sigmoid", 0.25), ("tanh", 1.0)):
#     slope = activations.get(name).derivative(v_grid)
#     print(name, v_grid[np.argmax(slope < 0.05 * peak)])  # первое v за порогом 5 % от пика
# ```
# - Выберите ReLU и уведите $v$ ниже нуля: производная в точности равна 0, это «мёртвая»
#   сторона.
#
# Упражнения: [2, симметрии функций активации](../../exercises/ru/ex02-symmetries.ipynb) и
# [3, tanh через сигмоиду](../../exercises/ru/ex03-tanh-sigmoid.ipynb).
