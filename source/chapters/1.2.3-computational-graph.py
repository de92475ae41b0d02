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
# скрытым слоем приближает кривую все лучше по мере роста числа скрытых элементов —
# свойство универсальной аппроксимации.

# %%
# %matplotlib inline
from functools import reduce

import numpy as np
import matplotlib.pyplot as plt

from nbcompanion import activations, network, plots, widgets

# %% [markdown] lang="en"
# ## A network is a composition of functions
#
# Each layer is a function g_r(h) = Φ(W_rᵀ h). The network with k hidden layers is
# o = g_{k+1}(g_k(… g_1(x))). Written literally with `reduce`, it gives the same output as the
# layer-by-layer forward pass of the package:

# %% [markdown] lang="ru"
# ## Сеть — это композиция функций
#
# Каждый слой — функция g_r(h) = Φ(W_rᵀ h). Сеть с k скрытыми слоями — это
# o = g_{k+1}(g_k(… g_1(x))). Записанная буквально через `reduce`, композиция дает тот же
# выход, что и послойная прямая фаза пакета:

# %%
net = network.FeedForwardNetwork([2, 3, 3, 1], activation="tanh", bias=False, random_state=1)
layers = [lambda h, W=W: activations.tanh(h @ W) for W in net.weights[:-1]]
layers.append(lambda h: h @ net.weights[-1])  # linear output

x = np.array([[0.5, -1.0]])
o = reduce(lambda h, layer: layer(h), layers, x)  # g_3(g_2(g_1(x)))
print("composition:", o.round(6), " forward pass:", net.predict(x).round(6))

# %% [markdown] lang="en"
# ## The same network as a graph of scalar nodes
#
# Backpropagation (§1.3) works on any directed acyclic graph, not only on layers. Below, the
# network becomes a `graph.Graph`: one node per unit, one edge per weight, a squared loss on
# the output against the target 1. After the forward phase every node knows its value
# h = Φ(a_h), and after the backward phase its Δ(h, o) = ∂L/∂h and every edge its ∂L/∂w.

# %% [markdown] lang="ru"
# ## Та же сеть как граф скалярных узлов
#
# Обратное распространение ошибки (§1.3) работает на любом ориентированном ациклическом
# графе, а не только на слоях. Ниже сеть превращается в `graph.Graph`: узел на каждый
# элемент, связь на каждый вес, квадратичная функция потерь на выходе с целевым значением 1.
# После прямой фазы каждый узел знает свое значение h = Φ(a_h), а после обратной фазы —
# Δ(h, o) = ∂L/∂h; каждая связь знает ∂L/∂w.

# %%
g = net.to_graph(x[0], np.array([1.0]))
print(f"loss L = {g.forward():.6f}")
gradients = g.backward()

fig, ax = plt.subplots(figsize=(10, 5.5))
plots.graph.draw_graph(ax, g)
plt.show()

# %% [markdown] lang="en"
# Every gradient in that picture is checked by a second method: central differences of the
# loss, weight by weight, and the network's own matrix backpropagation.

# %% [markdown] lang="ru"
# Каждый градиент на этом рисунке проверяется вторым способом: центральными разностями
# функции потерь по каждому весу и матричным обратным распространением самой сети.

# %%
numeric, _ = g.numerical_gradient(1e-3, order=4)
names = net.unit_names()
_, matrix_gradients, _ = net.gradients(x, np.array([[1.0]]))
from_matrices = {(names[p][i], names[p + 1][j]): G[i, j]
                 for p, G in enumerate(matrix_gradients) for i, j in np.ndindex(G.shape)}
worst = max(abs(gradients.weights[e] - numeric[e]) / max(abs(numeric[e]), 1e-12)
            for e in numeric)
print("weights checked:", len(numeric))
print("graph = central differences (relative 1e-8):", worst < 1e-8)
print("graph = matrix backpropagation:",
      all(np.isclose(gradients.weights[e], from_matrices[e], rtol=1e-12) for e in numeric))

# %% [markdown] lang="en"
# ## Universal approximation with one hidden layer
#
# A network with one hidden layer of n sigmoid units and a linear output computes
# o(x) = Σ_j w_j Φ(a_j x + b_j): a sum of n shifted and stretched S-curves. With enough of
# them such a sum follows any continuous function on an interval as closely as we like
# (§1.2.3; §1.5 returns to why depth still helps). Choose the number of hidden units: the
# network 1 → n → 1 is trained on f(x) = sin(3x) + 0.3x² (each choice is trained once, on
# first use, with the gradients of backpropagation and L-BFGS), the grey curves are the n terms
# w_j Φ(·) of the sum, and the right panel collects the error of every network trained so far.

# %% [markdown] lang="ru"
# ## Универсальная аппроксимация одним скрытым слоем
#
# Сеть с одним скрытым слоем из n сигмоидных элементов и линейным выходом вычисляет
# o(x) = Σ_j w_j Φ(a_j x + b_j) — сумму n сдвинутых и растянутых S-образных кривых. При
# достаточном их числе такая сумма сколь угодно точно повторяет любую непрерывную функцию
# на отрезке (§1.2.3; почему глубина все же полезна, объясняет §1.5). Выберите число скрытых
# элементов: сеть 1 → n → 1 обучается на f(x) = sin(3x) + 0.3x² (каждый вариант обучается
# один раз при первом выборе, по градиентам обратного распространения ошибки методом L-BFGS),
# серые кривые — n слагаемых w_j Φ(·) суммы, а правая панель собирает ошибку всех уже
# обученных сетей.

# %%
explorer = widgets.approximation.universal_approximation_explorer()
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## What to notice, what to try
#
# - One unit gives one S-curve: it cannot bend twice. Three units already trace the wave;
#   ten follow it to within about 1e-4 in mean squared error.
# - The grey terms are large and cancel each other: the network's pieces need not look like
#   the target at all.
# - The graph of the second section is the same object backpropagation works on; the next
#   notebook, [1.3 Backpropagation](1.3-backpropagation.ipynb), runs it step by step.
#
# Try a harder target, for example `np.sign(x)`, with
# `approximation.fit_one_hidden_layer(x, y, n)`; or build your own graph with
# `graph.Graph().add_input / add_neuron / add_loss` in which an input also enters the second
# hidden layer (Fig. 1.16). Exercises 9 and 10 (`../../exercises/en/`) write such a network's
# output and derivative in closed form, which shows why nobody does that in practice.

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - Один элемент дает одну S-образную кривую: дважды изогнуться она не может. Три элемента
#   уже повторяют волну, десять — со средней квадратичной ошибкой порядка 1e-4.
# - Серые слагаемые велики и гасят друг друга: части сети совсем не обязаны походить на
#   целевую функцию.
# - Граф из второго раздела — тот самый объект, с которым работает обратное распространение
#   ошибки; следующий блокнот, [1.3 Обратное распространение ошибки](1.3-backpropagation.ipynb),
#   проходит его шаг за шагом.
#
# Попробуйте более трудную цель, например `np.sign(x)`, с помощью
# `approximation.fit_one_hidden_layer(x, y, n)`; или постройте свой граф через
# `graph.Graph().add_input / add_neuron / add_loss`, в котором вход поступает и во второй
# скрытый слой (рис. 1.16). Упражнения 9 и 10 (`../../exercises/ru/`) записывают выход и
# производную такой сети в замкнутой форме — и показывают, почему так на практике не делают.
