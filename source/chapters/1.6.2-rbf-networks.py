# %% [markdown] lang="en"
# # 1.6.2 Radial basis function networks
#
# A radial basis function (RBF) network has two layers, and §1.6.2 stresses that they are
# trained in two different ways:
#
# - the **hidden layer** holds prototypes $\mu_1, \ldots, \mu_m$ found *without* the labels
#   (here by k-means clustering). Unit $j$ answers a point $x$ with a Gaussian of its distance,
#   the kernel of eq. (1.34) $\Phi(v) = e^{-v^2/2}$ at $v = \|x - \mu_j\| / \sigma$:
#   $\varphi_j(x) = \exp\left(-\|x - \mu_j\|^2 / (2\sigma^2)\right)$, near 1 close to $\mu_j$,
#   near 0 far away; $\sigma$ is the width;
# - the **output layer** is linear in $\varphi(x)$ and is the only part that sees the labels
#   (here: least squares on $\pm 1$ targets, a one-layer network of §1.6.1).
#
# Why a fixed nonlinear layer helps is **Cover's theorem**: mapped into more dimensions by a
# nonlinear map, data is more likely to be linearly separable. This notebook trains an RBF
# network on data no line separates, counts Cover's theorem, and puts $m$ and $\sigma$ on
# sliders.

# %% [markdown] lang="ru"
# # 1.6.2 Сети радиально-базисных функций
#
# Сеть радиально-базисных функций (RBF) состоит из двух слоёв, и §1.6.2 подчёркивает, что
# обучаются они по-разному:
#
# - **скрытый слой** хранит прототипы $\mu_1, \ldots, \mu_m$, найденные *без* меток (здесь —
#   кластеризацией методом k-средних). Нейрон $j$ отвечает на точку $x$ гауссианой от
#   расстояния — это ядро из формулы (1.34) $\Phi(v) = e^{-v^2/2}$ при $v = \|x - \mu_j\| /
#   \sigma$: $\varphi_j(x) = \exp\left(-\|x - \mu_j\|^2 / (2\sigma^2)\right)$, около 1 вблизи
#   $\mu_j$ и около 0 вдали; $\sigma$ — ширина;
# - **выходной слой** линеен по $\varphi(x)$, и только он видит метки (здесь — метод
#   наименьших квадратов с целями $\pm 1$, однослойная сеть из §1.6.1).
#
# Почему помогает фиксированный нелинейный слой, объясняет **теорема Кавера**: после
# нелинейного отображения в пространство большей размерности данные с большей вероятностью
# линейно разделимы. В этом блокноте мы обучим сеть RBF на данных, которые не разделит ни одна
# прямая, подсчитаем теорему Кавера и вынесем $m$ и $\sigma$ на ползунки.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression

from nbcompanion import i18n, plots, rbf, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression

from nbcompanion import i18n, plots, rbf, widgets

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков компаньона

# %% [markdown] lang="en"
# ## XOR becomes separable with four Gaussian units
#
# The smallest case first: the four XOR points of exercise 1. No line separates them in the
# plane. Put one Gaussian unit on each point; in the 4-dimensional space of $\varphi(x)$ the
# same labelling is separable — checked by a linear program that looks for $w, b$ with
# $y_i (w \cdot z_i + b) \ge 1$ for every point:

# %% [markdown] lang="ru"
# ## XOR становится разделимым с четырьмя гауссовскими нейронами
#
# Сначала самый маленький случай: четыре точки XOR из упражнения 1. На плоскости никакая прямая
# их не разделит. Поставим по гауссовскому нейрону на каждую точку; в четырёхмерном
# пространстве $\varphi(x)$ та же разметка разделима — это проверяет задача линейного
# программирования, которая ищет $w, b$ с $y_i (w \cdot z_i + b) \ge 1$ для каждой точки:

# %% lang="en"
X_xor = np.array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
y_xor = np.array([-1.0, -1.0, 1.0, 1.0])
Z = np.exp(-((X_xor[:, None, :] - X_xor[None, :, :]) ** 2).sum(axis=2) / (2 * 0.5 ** 2))
print("separable in the plane:           ", "yes" if rbf.is_linearly_separable(X_xor, y_xor) else "no")
print("separable after 4 Gaussian units: ", "yes" if rbf.is_linearly_separable(Z, y_xor) else "no")
print("the package computes the same φ:  ", "yes" if np.allclose(Z, rbf.rbf_features(X_xor, X_xor, 0.5)) else "no")

# %% lang="ru"
X_xor = np.array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
y_xor = np.array([-1.0, -1.0, 1.0, 1.0])
Z = np.exp(-((X_xor[:, None, :] - X_xor[None, :, :]) ** 2).sum(axis=2) / (2 * 0.5 ** 2))
print("разделимы на плоскости:                  ", "да" if rbf.is_linearly_separable(X_xor, y_xor) else "нет")
print("разделимы после 4 гауссовских нейронов:  ", "да" if rbf.is_linearly_separable(Z, y_xor) else "нет")
print("пакет вычисляет то же φ:                 ", "да" if np.allclose(Z, rbf.rbf_features(X_xor, X_xor, 0.5)) else "нет")

# %% [markdown] lang="en"
# ## Cover's theorem, counted
#
# Take $N = 20$ random points in the square and label them at random. How often can a
# hyperplane with a bias realize the labelling? Cover (1965) counted it exactly for points in
# general position in $D$ dimensions (counting the bias): $C(N, D) = 2\sum_{k=0}^{D-1}
# \binom{N-1}{k}$ of the $2^N$ labellings. With $m$ Gaussian units, $D = m + 1$.
#
# The script `experiments/1.6.2-rbf-networks.py` tested 200 random labellings for each
# $m = 1, \ldots, 20$ (4 000 linear programs, half a minute, too slow for this notebook;
# `python3 tasks.py experiments 1.6.2` reruns it). Its JSON file, loaded here, against the
# formula:

# %% [markdown] lang="ru"
# ## Теорема Кавера, подсчитанная
#
# Возьмём $N = 20$ случайных точек в квадрате и разметим их случайно. Как часто такую разметку
# реализует гиперплоскость со смещением? Кавер (1965) сосчитал это точно для точек общего
# положения в $D$ измерениях (считая смещение): $C(N, D) = 2\sum_{k=0}^{D-1} \binom{N-1}{k}$
# из $2^N$ разметок. С $m$ гауссовскими нейронами $D = m + 1$.
#
# Скрипт `experiments/1.6.2-rbf-networks.py` проверил по 200 случайных разметок для каждого
# $m = 1, \ldots, 20$ (4 000 задач линейного программирования, полминуты — слишком долго для
# этого блокнота; `python3 tasks.py experiments 1.6.2` повторяет расчёт). Его файл JSON,
# загруженный здесь, в сравнении с формулой:

# %% lang="en"
cover = json.loads(Path("../../experiments/results/1.6.2-rbf-networks.json").read_text())
print(f"in the raw 2-D inputs: {i18n.number(cover['counted'][0], '.3f')} of labellings separable"
      f" (formula {i18n.number(cover['cover_formula'][0], '.4f')})")
print(f"largest gap between count and formula: {i18n.number(np.max(np.abs(np.subtract(cover['counted'], cover['cover_formula']))), '.3f')}")
fig, ax = plt.subplots(figsize=(6, 3.2))
plots.rbf.draw_cover(ax, cover["m"][1:], cover["counted"][1:], cover["n_points"],
                     predicted=cover["cover_formula"][1:])
plt.show()

# %% lang="ru"
cover = json.loads(Path("../../experiments/results/1.6.2-rbf-networks.json").read_text())
print(f"в исходных двумерных входах разделимы {i18n.number(cover['counted'][0], '.3f')} разметок"
      f" (по формуле {i18n.number(cover['cover_formula'][0], '.4f')})")
print(f"наибольшее расхождение подсчёта с формулой: {i18n.number(np.max(np.abs(np.subtract(cover['counted'], cover['cover_formula']))), '.3f')}")
fig, ax = plt.subplots(figsize=(6, 3.2))
plots.rbf.draw_cover(ax, cover["m"][1:], cover["counted"][1:], cover["n_points"],
                     predicted=cover["cover_formula"][1:])
plt.show()

# %% [markdown] lang="en"
# With 5 units almost no labelling is separable, with 10 about two thirds, with 15 nearly
# all: the count follows Cover's curve within the sampling error of 200 draws (about ±0.035).
# Separable is not the same as *learnable*, though: with $m = N$ every labelling, noise
# included, is separable, which is overfitting (§1.4.1). The explorer below shows both sides.
#
# ## An RBF network on two moons
#
# The two interleaved half-moons (scikit-learn's `make_moons`, 200 training and 400 test
# points) defeat any line: logistic regression stays well short of them. The RBF network with
# a handful of prototypes from k-means does not:

# %% [markdown] lang="ru"
# При 5 нейронах почти ни одна разметка не разделима, при 10 — около двух третей, при 15 —
# почти все: подсчёт идёт по кривой Кавера в пределах выборочной погрешности 200 испытаний
# (около ±0,035). Однако разделимо — не значит *обучаемо*: при $m = N$ разделима любая
# разметка, в том числе шум, а это переобучение (§1.4.1). Интерактивный рисунок ниже
# показывает обе стороны.
#
# ## Сеть RBF на двух «лунах»
#
# Два вложенных полумесяца (`make_moons` из scikit-learn, 200 обучающих и 400 тестовых точек)
# не разделит никакая прямая: логистическая регрессия заметно не дотягивает. Сеть RBF с
# несколькими прототипами от k-средних справляется:

# %% lang="en"
X_train, y_train, X_test, y_test = widgets.rbf.moons()
line = LogisticRegression().fit(X_train, y_train)
network = rbf.RBFNetwork(n_prototypes=10, width=0.5).fit(X_train, y_train)
print(f"test accuracy: logistic regression {i18n.number(line.score(X_test, y_test), '.3f')},"
      f" RBF network (m = 10, σ = 0.5) {i18n.number(network.score(X_test, y_test), '.3f')}")

# %% lang="ru"
X_train, y_train, X_test, y_test = widgets.rbf.moons()
line = LogisticRegression().fit(X_train, y_train)
network = rbf.RBFNetwork(n_prototypes=10, width=0.5).fit(X_train, y_train)
print(f"точность на тесте: логистическая регрессия {i18n.number(line.score(X_test, y_test), '.3f')},"
      f" сеть RBF (m = 10, σ = 0,5) {i18n.number(network.score(X_test, y_test), '.3f')}")

# %% [markdown] lang="en"
# ## Explorer: the number of prototypes and the width
#
# The slider $m$ sets the number of prototypes (black crosses, from k-means on the training
# points), the slider $\sigma$ the width of every Gaussian; the colours are the network's
# decision regions, and the title gives training and test accuracy. Each $(m, \sigma)$ is
# trained once and cached, so going back to a setting is instant. The picture below is the
# starting state, for reading without a kernel.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: число прототипов и ширина
#
# Ползунок $m$ задаёт число прототипов (чёрные крестики, найденные k-средними по обучающим
# точкам), ползунок $\sigma$ — ширину каждой гауссианы; цвет показывает области решений сети,
# в заголовке — точность на обучении и на тесте. Каждая пара $(m, \sigma)$ обучается один раз
# и запоминается, поэтому возврат к прежним значениям мгновенный. Картинка ниже — начальное
# состояние, чтобы страницу можно было читать без запущенного ядра.

# %%
explorer = widgets.rbf.rbf_explorer(n_prototypes=6, width=0.5)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## What to notice, and something to try
#
# - Tiny $\sigma$ (0.05): each unit sees only the points right at its prototype, the regions
#   shrink to islands, and the network cannot even fit its training data with few units.
# - Huge $\sigma$ (3): every unit sees everything and the features become nearly linear in
#   $x$ — the network falls back towards a straight boundary.
# - Many prototypes with a small width fit the training points better and better while the
#   test accuracy drops: Cover's separability is there, and so is overfitting.
# - The hidden layer never saw a label; only the last layer did. That is why an RBF network
#   trains in a fraction of a second: a clustering and one linear solve, no backpropagation.

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - Очень малое $\sigma$ (0,05): каждый нейрон видит только точки у самого своего прототипа,
#   области сжимаются в островки, и при малом числе нейронов сеть не подгоняет даже обучающие
#   данные.
# - Очень большое $\sigma$ (3): каждый нейрон видит всё, признаки становятся почти линейными
#   по $x$ — и сеть возвращается к почти прямой границе.
# - Много прототипов при малой ширине всё лучше подгоняют обучающие точки, а точность на тесте
#   падает: разделимость по Каверу есть, но есть и переобучение.
# - Скрытый слой ни разу не видел меток — их видел только последний слой. Поэтому сеть RBF
#   обучается за доли секунды: кластеризация и одно решение линейной системы, без обратного
#   распространения.
