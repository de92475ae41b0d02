# %% [markdown] lang="en"
# # 1.5 The power of function composition
#
# A neural network is a computational graph that builds a complicated function out of simple
# ones. Section 1.5 of the book asks which simple functions are worth composing, and gives
# three answers that this notebook makes runnable:
#
# 1. **Not linear ones.** Lemma 1.5.1: hidden layers with the identity activation and a
#    sign output trained with the perceptron criterion are just one perceptron;
# 2. **squashing functions and Gaussian kernels** (eq. (1.34)) are: a sum of enough of
#    them approximates any 1-D function, because each is nearly a step or a bump;
# 3. an **explorer** in which you build such a sum by hand, bump by bump, watch the error,
#    and let least squares fit the bumps you have not placed.
#
# §1.5.1 continues with why the activation must be nonlinear, §1.5.2 with what depth adds
# to this picture, and §1.5.3 with graphs that are not layered chains.

# %% [markdown] lang="ru"
# # 1.5 Преимущества композиции функций
#
# Нейронная сеть — это вычислительный граф, который строит сложную функцию из простых.
# Раздел 1.5 книги спрашивает, какие простые функции стоит комбинировать, и даёт три ответа,
# которые этот блокнот делает исполняемыми:
#
# 1. **Не линейные.** Лемма 1.5.1: скрытые слои с тождественной функцией активации и
#    знаковый выход, обучаемый по критерию перцептрона, — это всего лишь один перцептрон;
# 2. **функции сжатия и гауссовские ядра** (формула (1.34)) — стоит: суммой достаточного их
#    числа можно приблизить любую одномерную функцию, потому что каждая из них почти
#    ступенька или выступ;
# 3. **интерактивный рисунок**, в котором вы строите такую сумму вручную, выступ за выступом,
#    следите за ошибкой и поручаете методу наименьших квадратов подобрать выступы, которые
#    вы не поставили.
#
# §1.5.1 продолжает темой нелинейности функции активации, §1.5.2 — тем, что к этой картине
# добавляет глубина, §1.5.3 — графами, которые не являются послойными цепочками.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, losses, network, plots, universality, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, losses, network, plots, universality, widgets

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста компаньона для статических рисунков

# %% [markdown] lang="en"
# ## Lemma 1.5.1: identity layers add nothing
#
# Take a network with 3 inputs, hidden layers of 5 and 4 units with the identity activation,
# and one output whose sign is the prediction. Eliminating the hidden variables leaves
# $o = W_3^T W_2^T W_1^T x = W_{xo}^T x$ with $W_{xo} = W_1 W_2 W_3$, a single column of 3
# weights. So the network's output, its predictions $\mathrm{sign}(o)$ and its perceptron
# criterion $\max\{0, -y\,o\}$ (eq. (1.8)) are exactly those of the perceptron with weights
# $W_{xo}$, for every input:

# %% [markdown] lang="ru"
# ## Лемма 1.5.1: тождественные слои ничего не добавляют
#
# Возьмём сеть с 3 входами, скрытыми слоями из 5 и 4 нейронов с тождественной функцией
# активации и одним выходом, знак которого и есть предсказание. Исключение скрытых
# переменных оставляет $o = W_3^T W_2^T W_1^T x = W_{xo}^T x$, где $W_{xo} = W_1 W_2 W_3$ —
# один столбец из 3 весов. Значит, выход сети, её предсказания $\mathrm{sign}(o)$ и критерий
# перцептрона $\max\{0, -y\,o\}$ (формула (1.8)) в точности те же, что у перцептрона с весами
# $W_{xo}$, для любого входа:

# %%
rng = np.random.default_rng(15)
deep_linear = network.FeedForwardNetwork([3, 5, 4, 1], activation="identity", bias=False,
                                         random_state=15)
W_xo = np.linalg.multi_dot(deep_linear.weights)  # shape (3, 1)
X = rng.normal(size=(200, 3))
y = np.sign(X @ rng.normal(size=3) + 0.3 * rng.normal(size=200))
o_deep = deep_linear.predict(X)[:, 0]
o_single = X @ W_xo[:, 0]

# %% lang="en"
answer = ("no", "yes")
print("W_xo has shape", W_xo.shape)
print("same predictions sign(o) on all 200 points:",
      answer[bool(np.array_equal(np.sign(o_deep), np.sign(o_single)))])
print("same perceptron criterion:", answer[bool(np.allclose(
    losses.perceptron_criterion(y, o_deep), losses.perceptron_criterion(y, o_single),
    rtol=1e-12, atol=1e-12))])

# %% lang="ru"
answer = ("нет", "да")
print("размер W_xo:", W_xo.shape)
print("те же предсказания sign(o) во всех 200 точках:",
      answer[bool(np.array_equal(np.sign(o_deep), np.sign(o_single)))])
print("тот же критерий перцептрона:", answer[bool(np.allclose(
    losses.perceptron_criterion(y, o_deep), losses.perceptron_criterion(y, o_single),
    rtol=1e-12, atol=1e-12))])

# %% [markdown] lang="en"
# Training cannot escape this either: whatever the three matrices become, the classifier is
# $\mathrm{sign}(W_{xo}^T x)$, a hyperplane through the origin. The extra layers only add
# parameters. The power must therefore come from the activation.

# %% [markdown] lang="ru"
# Обучение тоже не может этого изменить: какими бы ни стали три матрицы, классификатор —
# это $\mathrm{sign}(W_{xo}^T x)$, гиперплоскость через начало координат. Лишние слои только
# добавляют параметры. Значит, вся сила — в функции активации.

# %% [markdown] lang="en"
# ## Squashing functions and the Gaussian kernel (1.34)
#
# The sigmoid and tanh *squash* their input into a bounded interval and saturate to two
# different levels, so each looks like a soft step. The Gaussian kernel
# $\Phi(v) = \exp(-v^2/2)$ of eq. (1.34) saturates to 0 on *both* sides: it is a soft bump,
# the building block of density estimates. Its derivative, written from the output as
# $\Phi'(v) = -v\,\Phi(v)$, is checked against central differences below the figure.

# %% [markdown] lang="ru"
# ## Функции сжатия и гауссовское ядро (1.34)
#
# Сигмоида и гиперболический тангенс *сжимают* вход в ограниченный интервал и насыщаются до
# двух разных уровней, поэтому каждая похожа на сглаженную ступеньку. Гауссовское ядро
# $\Phi(v) = \exp(-v^2/2)$ из формулы (1.34) насыщается до 0 с *обеих* сторон: это
# сглаженный выступ, строительный блок оценок плотности. Его производная, записанная через
# выход как $\Phi'(v) = -v\,\Phi(v)$, проверена центральными разностями под рисунком.

# %%
fig, ax = plt.subplots(figsize=(6, 3.6))
plots.universality.draw_kernels(ax)
plt.show()

# %% lang="en"
v = np.linspace(-6, 6, 121)
h = 1e-5
numeric = (universality.gaussian_kernel(v + h) - universality.gaussian_kernel(v - h)) / (2 * h)
print("largest |Φ'(v) - central difference| on [-6, 6] below 1e-9:",
      answer[bool(np.abs(universality.gaussian_kernel_derivative(v) - numeric).max() < 1e-9)])
print("Φ(±10 000) =", ", ".join(i18n.number(p, "g") for p in universality.gaussian_kernel(
    [-1e4, 1e4])), "(finite, no warning)")

# %% lang="ru"
v = np.linspace(-6, 6, 121)
h = 1e-5
numeric = (universality.gaussian_kernel(v + h) - universality.gaussian_kernel(v - h)) / (2 * h)
print("наибольшее |Φ'(v) - центральная разность| на [-6, 6] меньше 1e-9:",
      answer[bool(np.abs(universality.gaussian_kernel_derivative(v) - numeric).max() < 1e-9)])
print("Φ(±10 000) =", "; ".join(i18n.number(p, "g") for p in universality.gaussian_kernel(
    [-1e4, 1e4])), "(конечно, без предупреждений)")

# %% [markdown] lang="en"
# ## Steps, sigmoid pairs and kernels: the error falls as units are added
#
# The book's argument for universal approximation fits in one line: any 1-D function is
# close to a sum of shifted and scaled steps, and a sigmoid is nearly a step. Two steps of
# opposite sign make a *bump* $h\,[\varphi(x - a) - \varphi(x - b)]$ on $[a, b]$: two hidden
# units and one output weight. Cut $[0, 1]$ into $n$ equal slots, put a bump on each, and the
# best heights are a linear least-squares problem. Here is that fit written out for steps,
# then the same for sigmoid bumps and for Gaussian kernels, on the target
# $f(x) = 0.2 + 0.4x^2 + 0.3x \sin 15x$:

# %% [markdown] lang="ru"
# ## Ступеньки, пары сигмоид и ядра: ошибка падает с числом элементов
#
# Довод книги в пользу универсальной аппроксимации умещается в одну строку: любая одномерная
# функция близка к сумме сдвинутых и масштабированных ступенек, а сигмоида почти ступенька.
# Две ступеньки противоположного знака дают *выступ* $h\,[\varphi(x - a) - \varphi(x - b)]$
# на $[a, b]$: два скрытых нейрона и один вес выхода. Разрежем $[0, 1]$ на $n$ равных долей,
# поставим на каждую выступ, и наилучшие высоты найдутся линейным методом наименьших
# квадратов. Вот эта подгонка, выписанная для ступенек, а затем то же для сигмоидных
# выступов и гауссовских ядер, на цели $f(x) = 0{,}2 + 0{,}4x^2 + 0{,}3x \sin 15x$:

# %%
x = np.linspace(0, 1, 400)
f = universality.target_function(x)
n = 6
edges = np.linspace(0, 1, n + 1)
step = lambda v: (v >= 0).astype(float)  # noqa: E731
design = step(x[:, None] - edges[:-1]) - step(x[:, None] - edges[1:])  # one column per bump
heights, *_ = np.linalg.lstsq(design, f, rcond=None)

# %% lang="en"
print("heights of the 6 step bumps:", ", ".join(i18n.number(h, ".3f") for h in heights))
print("the same as the package's fit_heights:", answer[bool(np.allclose(
    heights, universality.fit_heights(x, f, universality.slots(n)), atol=1e-12))])

# %% lang="ru"
print("высоты 6 выступов-ступенек:", "; ".join(i18n.number(h, ".3f") for h in heights))
print("те же, что у fit_heights из пакета:", answer[bool(np.allclose(
    heights, universality.fit_heights(x, f, universality.slots(n)), atol=1e-12))])

# %% [markdown] lang="en"
# Each step bump's best height is the mean of $f$ over its slot, so the step sum is a
# staircase. Sigmoid bumps (steepness $4n$: a ramp takes a quarter of a slot) smooth the
# corners, and Gaussian kernels, whose neighbours overlap, follow a smooth target far more
# closely. Each fit below also has a constant term.

# %% [markdown] lang="ru"
# Наилучшая высота каждого выступа-ступеньки — среднее $f$ по его доле, так что сумма
# ступенек — это лесенка. Сигмоидные выступы (крутизна $4n$: подъём занимает четверть доли)
# сглаживают углы, а гауссовские ядра, соседи которых перекрываются, следуют гладкой цели
# гораздо точнее. У каждой подгонки ниже есть ещё постоянный член.

# %%
counts = np.array([1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 40])
errors = {kind: [universality.approximation_error(x, f, kind, k) for k in counts]
          for kind in universality.KINDS}

# %% lang="en"
print(f"{'units n':>9}" + "".join(f"{kind:>10}" for kind in ("steps", "sigmoids", "kernels")))
for row, k in enumerate(counts):
    print(f"{k:>9}" + "".join(f"{i18n.number(errors[kind][row], '.1e'):>10}"
                              for kind in universality.KINDS))

# %% lang="ru"
print(f"{'элементов':>9}" + "".join(f"{kind:>10}" for kind in ("ступеньки", "сигмоиды", "ядра")))
for row, k in enumerate(counts):
    print(f"{k:>9}" + "".join(f"{i18n.number(errors[kind][row], '.1e'):>10}"
                              for kind in universality.KINDS))

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.9))
plots.universality.draw_unit_fits(left, x, f, n)
plots.universality.draw_fits(right, counts, errors)
plt.show()

# %% [markdown] lang="en"
# The step sum improves slowly: its error halves each time $n$ doubles, the staircase's
# error being about the slope of $f$ times the slot width. Sigmoid bumps are better with few
# units but, at a fixed relative steepness, improve just as slowly. The Gaussian kernels
# reach $10^{-5}$ with 16 units and then level off near $10^{-6}$: with the kernel width
# tied to the spacing, equally spaced Gaussians cannot reproduce even a straight line
# exactly, and that floor stays as $n$ grows (wider kernels lower it). All three make the
# book's point: with enough units, each of these shapes follows the target as closely as we
# need, and how *many* units that takes is the real question, which §1.5.2 answers with
# depth.

# %% [markdown] lang="ru"
# Сумма ступенек улучшается медленно: её ошибка уменьшается вдвое при каждом удвоении $n$,
# ведь ошибка лесенки — примерно наклон $f$, умноженный на ширину доли. Сигмоидные выступы
# лучше при малом числе элементов, но при фиксированной относительной крутизне улучшаются
# так же медленно. Гауссовские ядра доходят до $10^{-5}$ при 16 элементах и дальше
# выходят на уровень около $10^{-6}$: когда ширина ядра привязана к шагу, равноотстоящие
# гауссианы не воспроизводят точно даже прямую, и этот «пол» остаётся при росте $n$ (более
# широкие ядра его понижают). Все три подтверждают мысль книги: при достаточном числе
# элементов каждая из этих форм следует за целью с нужной точностью, а настоящий вопрос —
# *сколько* элементов для этого нужно; §1.5.2 отвечает на него глубиной.

# %% [markdown] lang="en"
# ## Explorer: build the sum yourself
#
# In the spirit of Michael Nielsen's visual proof of universality, and with least squares
# beside you. The sliders $a$, $b$ and $h$ move one bump (dotted); **place this bump** keeps
# it and frees the sliders for the next, **remove last** takes one back. The unit is a step
# or a sigmoid of steepness $s$. The error of your sum is shown at once, and on the right it
# is set against the best error with $n$ equal bumps. **Fit the rest** fills the remaining
# bumps of the budget on equal slots, with the heights least squares picks for what yours
# leave over. The picture right below is the starting state, which shows even without a
# running kernel.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: постройте сумму сами
#
# В духе наглядного доказательства универсальности Майкла Нильсена, но с методом наименьших
# квадратов под рукой. Ползунки $a$, $b$ и $h$ двигают один выступ (пунктир); **поставить
# выступ** закрепляет его и освобождает ползунки для следующего, **убрать последнюю**
# возвращает один назад. Элемент — ступенька или сигмоида крутизны $s$. Ошибка вашей суммы
# видна сразу, а справа её можно сравнить с наилучшей ошибкой при $n$ равных выступах.
# **Подобрать остальные** заполняет оставшиеся выступы бюджета на равных долях высотами,
# которые метод наименьших квадратов выбирает для того, что оставили ваши. Картинка сразу
# ниже — начальное состояние, она видна и без запущенного ядра.

# %%
explorer = widgets.universality.bumps_explorer()
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# **What to notice.** With a handful of bumps placed by eye you reach an RMS error of about
# 0.05–0.1; least squares with the same number of equal slots does better, and a sum of
# yours plus fitted ones usually lands between. Switch to sigmoids and lower the steepness:
# the corners soften and the error can *drop*, since the target is smooth. A bump needs two
# hidden units, so 20 bumps are 40 units for one wiggly function of one variable: this is
# the cost in parameters that the book warns about for shallow networks.
#
# **Try.** Place three bumps on the three humps of the target, then press "fit the rest" with
# a budget of 6: do your three plus three fitted ones beat the grey curve at 6? Then open
# [§1.5.1](1.5.1-nonlinear-activation.ipynb) for why the activation must bend, and
# [§1.5.2](1.5.2-depth-reduces-parameters.ipynb) for how depth reduces the count.

# %% [markdown] lang="ru"
# **На что обратить внимание.** Несколько выступов, поставленных на глаз, дают СКО около
# 0,05–0,1; метод наименьших квадратов с тем же числом равных долей справляется лучше, а
# сумма ваших и подобранных выступов обычно оказывается посередине. Переключитесь на сигмоиды
# и уменьшите крутизну: углы сгладятся, и ошибка может *упасть*, ведь цель гладкая. Выступ
# требует двух скрытых нейронов, так что 20 выступов — это 40 нейронов ради одной извилистой
# функции одной переменной: это и есть та цена в параметрах, о которой книга предупреждает
# для мелких сетей.
#
# **Попробуйте.** Поставьте три выступа на три горба цели, затем нажмите «подобрать
# остальные» при бюджете 6: обгонят ли ваши три плюс три подобранных серую кривую при 6?
# Затем откройте [§1.5.1](1.5.1-nonlinear-activation.ipynb) — о
# том, почему функция активации должна «гнуться», и
# [§1.5.2](1.5.2-depth-reduces-parameters.ipynb) — о том, как глубина сокращает их число.
