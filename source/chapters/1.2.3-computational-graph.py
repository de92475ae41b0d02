# %% [markdown] lang="en"
# # 1.2.3 The multilayer network as a computational graph
#
# A neural network is a **computational graph**: each node computes a simple function of the
# nodes that point to it, and the whole network is the composition of these functions
# (§1.2.3). This notebook writes a small network as a composition, turns the same network into
# an explicit graph of scalar nodes with values and gradients, and then lets you watch a
# network with one hidden layer approximate a curve better and better as it gets more hidden
# units, the universal approximation property.

# %% [markdown] lang="ru"
# # 1.2.3 Многослойная сеть как вычислительный граф
#
# Нейронная сеть — это **вычислительный граф**: каждый узел вычисляет простую функцию от
# узлов, которые на него указывают, а вся сеть — композиция этих функций (§1.2.3). В этом
# блокноте мы запишем небольшую сеть как композицию функций, превратим ту же сеть в явный
# граф скалярных узлов со значениями и градиентами, а затем посмотрим, как сеть с одним
# скрытым слоем приближает кривую всё лучше по мере роста числа скрытых элементов —
# свойство универсальной аппроксимации.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import (  # noqa: F401 (graph: for help(graph.Graph) below)
    activations, approximation, graph, i18n, network, plots, widgets)

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import (  # noqa: F401 (graph: for help(graph.Graph) below)
    activations, approximation, graph, i18n, network, plots, widgets)

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## A network is a composition of functions
#
# Each layer is a function $g_r(h) = \Phi(W_r^T h)$. The network with $k$ hidden layers is
# $o = g_{k+1}(g_k(\dots g_1(x)))$. Written literally, three functions applied one inside the
# other, it gives the same output as the layer-by-layer forward pass of the package:

# %% [markdown] lang="ru"
# ## Сеть — это композиция функций
#
# Каждый слой — функция $g_r(h) = \Phi(W_r^T h)$. Сеть с $k$ скрытыми слоями — это
# $o = g_{k+1}(g_k(\dots g_1(x)))$. Записанная буквально, как три функции, вложенные одна в
# другую, композиция даёт тот же выход, что и послойная прямая фаза пакета:

# %% lang="en"
net = network.FeedForwardNetwork([2, 3, 3, 1], activation="tanh", bias=False, random_state=1)
W_1, W_2, W_3 = net.weights


def g_1(h):
    return activations.tanh(h @ W_1)


def g_2(h):
    return activations.tanh(h @ W_2)


def g_3(h):
    return h @ W_3  # linear output


x = np.array([[0.5, -1.0]])
o = g_3(g_2(g_1(x)))
print("composition:", i18n.number(o[0, 0], ".6f"), " forward pass:", i18n.number(net.predict(x)[0, 0], ".6f"))

# %% lang="ru"
net = network.FeedForwardNetwork([2, 3, 3, 1], activation="tanh", bias=False, random_state=1)
W_1, W_2, W_3 = net.weights


def g_1(h):
    return activations.tanh(h @ W_1)


def g_2(h):
    return activations.tanh(h @ W_2)


def g_3(h):
    return h @ W_3  # линейный выход


x = np.array([[0.5, -1.0]])
o = g_3(g_2(g_1(x)))
print("композиция:", i18n.number(o[0, 0], ".6f"), " прямая фаза:", i18n.number(net.predict(x)[0, 0], ".6f"))

# %% [markdown] lang="en"
# ## The same network as a graph of scalar nodes
#
# Backpropagation (§1.3) works on any directed acyclic graph, not only on layers. Below, the
# network becomes a `graph.Graph`: one node per unit, one edge per weight, a squared loss on
# the output against the target 1. After the forward phase every node knows its value
# $h = \Phi(a_h)$, and after the backward phase its Δ(h, o) = ∂L/∂h and every edge its ∂L/∂w.

# %% [markdown] lang="ru"
# ## Та же сеть как граф скалярных узлов
#
# Обратное распространение ошибки (§1.3) работает на любом ориентированном ациклическом
# графе, а не только на слоях. Ниже сеть превращается в `graph.Graph`: узел на каждый
# элемент, связь на каждый вес, квадратичная функция потерь на выходе с целевым значением 1.
# После прямой фазы каждый узел знает своё значение $h = \Phi(a_h)$, а после обратной фазы —
# Δ(h, o) = ∂L/∂h; каждая связь знает ∂L/∂w.

# %% lang="en"
g = net.to_graph(x[0], np.array([1.0]))
print(f"loss L = {i18n.number(g.forward(), '.6f')}")
gradients = g.backward()

fig, ax = plt.subplots(figsize=(10, 6), layout="constrained")
plots.graph.draw_graph(ax, g)
plt.show()

# %% lang="ru"
g = net.to_graph(x[0], np.array([1.0]))
print(f"потери L = {i18n.number(g.forward(), '.6f')}")
gradients = g.backward()

fig, ax = plt.subplots(figsize=(10, 6), layout="constrained")
plots.graph.draw_graph(ax, g)
plt.show()

# %% [markdown] lang="en"
# Every gradient in that picture is checked by a second method: central differences of the
# loss, weight by weight, and the network's own matrix backpropagation.

# %% [markdown] lang="ru"
# Каждый градиент на этом рисунке проверяется вторым способом: центральными разностями
# функции потерь по каждому весу и матричным обратным распространением самой сети.

# %% lang="en"
numeric, _ = g.numerical_gradient(1e-3, order=4)
names = net.unit_names()
_, matrix_gradients, _ = net.gradients(x, np.array([[1.0]]))
from_matrices = {(names[p][i], names[p + 1][j]): G[i, j]
                 for p, G in enumerate(matrix_gradients) for i, j in np.ndindex(G.shape)}
worst = max(abs(gradients.weights[e] - numeric[e]) / max(abs(numeric[e]), 1e-12)
            for e in numeric)
print("weights checked:", len(numeric))
print("graph = central differences (relative 1e-8):", i18n.yes_no(worst < 1e-8))
print("graph = matrix backpropagation:",
      i18n.yes_no(all(np.isclose(gradients.weights[e], from_matrices[e], rtol=1e-12) for e in numeric)))

# %% lang="ru"
numeric, _ = g.numerical_gradient(1e-3, order=4)
names = net.unit_names()
_, matrix_gradients, _ = net.gradients(x, np.array([[1.0]]))
from_matrices = {(names[p][i], names[p + 1][j]): G[i, j]
                 for p, G in enumerate(matrix_gradients) for i, j in np.ndindex(G.shape)}
worst = max(abs(gradients.weights[e] - numeric[e]) / max(abs(numeric[e]), 1e-12)
            for e in numeric)
print("проверено весов:", len(numeric))
print("граф = центральные разности (относительно 1e-8):", i18n.yes_no(worst < 1e-8))
print("граф = матричное обратное распространение:",
      i18n.yes_no(all(np.isclose(gradients.weights[e], from_matrices[e], rtol=1e-12) for e in numeric)))

# %% [markdown] lang="en"
# ## Universal approximation with one hidden layer
#
# A network with one hidden layer of n sigmoid units and a linear output computes
# $o(x) = \sum_j w_j \Phi(a_j x + b_j) + b$: a sum of $n$ shifted and stretched S-curves plus
# the output bias $b$. With enough of
# them such a sum follows any continuous function on an interval as closely as we like
# (§1.2.3; [§1.5](1.5-function-composition.ipynb) returns to why depth still helps). Choose the number of hidden units: the
# network 1 → n → 1 is trained on $f(x) = \sin 3x + 0.3x^2$ (each choice is trained once, on
# first use, with the gradients of backpropagation and L-BFGS), the grey curves are the n terms
# w_j Φ(·) of the sum, and the right panel collects the error of every network trained so far.

# %% [markdown] lang="ru"
# ## Универсальная аппроксимация одним скрытым слоем
#
# Сеть с одним скрытым слоем из n сигмоидных элементов и линейным выходом вычисляет
# $o(x) = \sum_j w_j \Phi(a_j x + b_j) + b$ — сумму $n$ сдвинутых и растянутых S-образных
# кривых и смещение выхода $b$. При
# достаточном их числе такая сумма сколь угодно точно повторяет любую непрерывную функцию
# на отрезке (§1.2.3; почему глубина всё же полезна, объясняет [§1.5](1.5-function-composition.ipynb)). Выберите число скрытых
# элементов: сеть 1 → n → 1 обучается на $f(x) = \sin 3x + 0{,}3x^2$ (каждый вариант обучается
# один раз при первом выборе, по градиентам обратного распространения ошибки методом L-BFGS),
# серые кривые — n слагаемых w_j Φ(·) суммы, а правая панель собирает ошибку всех уже
# обученных сетей.

# %%
explorer = widgets.approximation.universal_approximation_explorer()
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# The errors of all six choices, printed (the picture above shows only the one chosen). An
# L-BFGS fit from a seeded start is deterministic on one machine, but its last digits depend
# on floating-point rounding, which changes with the BLAS library, its number of threads and
# the CPU; on a nonconvex loss that can even change which minimum it ends in (the review of
# this notebook once saw 0.0072 for n = 3 where this run prints 0.001). So the errors are
# printed to two significant digits, and the notebook is stored with one BLAS thread, as
# `python3 tasks.py` runs it.

# %% [markdown] lang="ru"
# Ошибки всех шести вариантов (рисунок выше показывает только выбранный). Подгонка L-BFGS с
# заданного начального приближения на одной машине детерминирована, но её последние знаки
# зависят от округлений, а те — от библиотеки BLAS, числа её потоков и процессора; на
# невыпуклой функции потерь от этого может зависеть даже то, в каком минимуме окажется
# оптимизатор (при проверке этого блокнота для n = 3 однажды получилось 0,0072, а здесь
# печатается 0,001). Поэтому ошибки печатаются с двумя значащими цифрами, а блокнот сохранён
# с одним потоком BLAS, как его запускает `python3 tasks.py`.

# %% lang="en"
x_grid = np.linspace(-2, 2, 100)
for n in (1, 2, 3, 5, 10, 20):
    _, error = approximation.fit_one_hidden_layer(x_grid, approximation.target_function(x_grid),
                                                  n, max_iterations=300)
    print(f"{n:2d} {i18n.plural(n, 'hidden unit|hidden units')}:"
          f" mean squared error {i18n.number(error, '.2g')}")

# %% lang="ru"
x_grid = np.linspace(-2, 2, 100)
for n in (1, 2, 3, 5, 10, 20):
    _, error = approximation.fit_one_hidden_layer(x_grid, approximation.target_function(x_grid),
                                                  n, max_iterations=300)
    print(f"{n:2d} {i18n.plural(n, 'скрытый нейрон|скрытых нейрона|скрытых нейронов')}:"
          f" средняя квадратичная ошибка {i18n.number(error, '.2g')}")

# %% [markdown] lang="en"
# ## What to notice, what to try
#
# - One unit gives one S-curve: it cannot bend twice. Three units already trace the wave;
#   ten follow it to a mean squared error below $10^{-4}$ (the table above).
# - The grey terms are large and cancel each other: the network's pieces need not look like
#   the target at all.
# - The graph of the second section is the same object backpropagation works on; the next
#   notebook, [1.3 Backpropagation](1.3-backpropagation.ipynb), runs it step by step.
#
# Try a harder target, for example the sign function; the jump needs far more units:
#
# ```python
# for n in (3, 10, 20):
#     _, error = approximation.fit_one_hidden_layer(x_grid, np.sign(x_grid), n, max_iterations=300)
#     print(n, "hidden units: mean squared error", error)
# ```
#
# Or build your own graph in which an input also enters the second hidden layer (Fig. 1.16);
# `help(graph.Graph)` lists `add_input`, `add_neuron` and `add_loss`. Exercises
# [9](../../exercises/en/ex09-closed-form.ipynb) and
# [10](../../exercises/en/ex10-closed-form-derivative.ipynb) write such a network's output and
# derivative in closed form, which shows why nobody does that in practice.

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - Один элемент даёт одну S-образную кривую: дважды изогнуться она не может. Три элемента
#   уже повторяют волну, десять — со средней квадратичной ошибкой меньше $10^{-4}$ (таблица
#   выше).
# - Серые слагаемые велики и гасят друг друга: части сети совсем не обязаны походить на
#   целевую функцию.
# - Граф из второго раздела — тот самый объект, с которым работает обратное распространение
#   ошибки; следующий блокнот, [1.3 Обратное распространение ошибки](1.3-backpropagation.ipynb),
#   проходит его шаг за шагом.
#
# Попробуйте более трудную цель, например знаковую функцию; для скачка нужно гораздо больше
# нейронов:
#
# ```python
# for n in (3, 10, 20):
#     _, error = approximation.fit_one_hidden_layer(x_grid, np.sign(x_grid), n, max_iterations=300)
#     print(n, "скрытых нейронов: средняя квадратичная ошибка", error)
# ```
#
# Или постройте свой граф, в котором вход поступает и во второй скрытый слой (рис. 1.16);
# `help(graph.Graph)` перечисляет `add_input`, `add_neuron` и `add_loss`. Упражнения
# [9](../../exercises/ru/ex09-closed-form.ipynb) и
# [10](../../exercises/ru/ex10-closed-form-derivative.ipynb) записывают выход и производную
# такой сети в замкнутой форме — и показывают, почему так на практике не делают.
