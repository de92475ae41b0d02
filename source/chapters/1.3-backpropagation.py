# %% [markdown] lang="en"
# # 1.3 Training a neural network with backpropagation
#
# The loss of a multilayer network is a composition of many functions of the weights. By the
# chain rule its derivative with respect to one weight is a **sum over paths**: every path from
# that weight to the output contributes the product of the local derivatives along it,
# eq. (1.23). There can be exponentially many paths, yet **backpropagation** computes all
# these sums in time linear in the size of the graph, by dynamic programming: a **forward
# phase** computes the values, a **backward phase** accumulates the path sums from the output
# back (§1.3). This notebook makes each piece visible and checks every number by a second
# method.

# %% [markdown] lang="ru"
# # 1.3 Обучение нейронной сети с помощью обратного распространения ошибки
#
# Функция потерь многослойной сети — композиция многих функций от весов. По **цепному
# правилу** её производная по одному весу — это **сумма по путям**: каждый путь от веса к
# выходу вносит произведение локальных производных вдоль него, формула (1.23). Путей может
# быть экспоненциально много, но **обратное распространение ошибки** вычисляет все эти суммы
# за время, линейное по размеру графа, методом динамического программирования: **прямая
# фаза** вычисляет значения, **обратная фаза** накапливает суммы по путям от выхода назад
# (§1.3). В этом блокноте каждый шаг виден, а каждое число проверяется вторым способом.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import time

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, graph, i18n, network, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import time

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, graph, i18n, network, plots, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## Fig. 1.13: one weight, two paths
#
# Along a single path the chain rule multiplies the local derivatives of its edges: that is
# eq. (1.22), and with the loss at the end, ∂L/∂w is ∂L/∂o times the product. In the spirit of
# Fig. 1.13, a variable $w$ reaches the output by exactly two paths: $y = w^2$, then
# $p = \cos y$ and $q = \sin y$, and $o = K(p, q) = p q$. With several paths the
# multivariable chain rule adds one such product per path, eq. (1.23):
#
# $$\frac{\partial o}{\partial w} = \underbrace{\frac{\partial o}{\partial p}\frac{\partial p}{\partial y}\frac{\partial y}{\partial w}}_{q\,\cdot\,(-\sin y)\,\cdot\,2w} + \underbrace{\frac{\partial o}{\partial q}\frac{\partial q}{\partial y}\frac{\partial y}{\partial w}}_{p\,\cdot\,\cos y\,\cdot\,2w},$$
#
# and since $o = \tfrac12 \sin 2w^2$ the closed form is $\partial o/\partial w = 2w \cos 2w^2$.

# %% [markdown] lang="ru"
# ## Рис. 1.13: один вес, два пути
#
# Вдоль одного пути цепное правило перемножает локальные производные его связей — это
# формула (1.22), а с функцией потерь на конце ∂L/∂w равна ∂L/∂o, умноженной на это
# произведение. В духе рис. 1.13 переменная $w$ связана с выходом ровно двумя путями:
# $y = w^2$, затем $p = \cos y$ и $q = \sin y$, и $o = K(p, q) = p q$. Когда путей несколько,
# многомерное цепное правило складывает по одному такому произведению на путь, формула (1.23):
#
# $$\frac{\partial o}{\partial w} = \underbrace{\frac{\partial o}{\partial p}\frac{\partial p}{\partial y}\frac{\partial y}{\partial w}}_{q\,\cdot\,(-\sin y)\,\cdot\,2w} + \underbrace{\frac{\partial o}{\partial q}\frac{\partial q}{\partial y}\frac{\partial y}{\partial w}}_{p\,\cdot\,\cos y\,\cdot\,2w},$$
#
# а так как $o = \tfrac12 \sin 2w^2$, замкнутая формула даёт $\partial o/\partial w = 2w \cos 2w^2$.

# %% lang="en"
w = 0.7
g13 = graph.two_path_example(w)
products = g13.path_products("w", "o")
for path, product in products:
    print(" → ".join(path), f"  product of local derivatives = {i18n.number(product, '+.6f')}")
total = sum(product for _, product in products)
print(f"sum over the two paths = {i18n.number(total, '+.6f')}")
print(f"closed form 2w·cos(2w²) = {i18n.number(2 * w * np.cos(2 * w ** 2), '+.6f')}")

# %% lang="ru"
w = 0.7
g13 = graph.two_path_example(w)
products = g13.path_products("w", "o")
for path, product in products:
    print(" → ".join(path), f"  произведение локальных производных = {i18n.number(product, '+.6f')}")
total = sum(product for _, product in products)
print(f"сумма по двум путям = {i18n.number(total, '+.6f')}")
print(f"замкнутая формула 2w·cos(2w²) = {i18n.number(2 * w * np.cos(2 * w ** 2), '+.6f')}")

# %% [markdown] lang="en"
# The same comparison over a range of w, with a third method, central differences of
# o(w) = ½ sin(2w²):

# %% [markdown] lang="ru"
# То же сравнение на отрезке значений $w$ и третьим способом — центральными разностями
# $o(w) = \tfrac12 \sin 2w^2$:

# %% lang="en"
ws = np.linspace(-1.5, 1.5, 81)
paths = []
for v in ws:  # one graph, new input value, forward phase again
    g13.set_input("w", v)
    g13.forward()
    paths.append([product for _, product in g13.path_products("w", "o")])
paths = np.array(paths)
closed = 2 * ws * np.cos(2 * ws ** 2)
eps = 1e-5
central = (0.5 * np.sin(2 * (ws + eps) ** 2) - 0.5 * np.sin(2 * (ws - eps) ** 2)) / (2 * eps)
print("sum of paths = closed form:", i18n.yes_no(np.allclose(paths.sum(axis=1), closed, rtol=1e-12, atol=1e-14)))
print("closed form = central differences:", i18n.yes_no(np.allclose(closed, central, atol=1e-8)))

fig, ax = plt.subplots(figsize=(7, 3.6))
plots.graph.draw_two_path_derivative(ax, ws, paths[:, 0], paths[:, 1], closed)
plt.show()

# %% lang="ru"
ws = np.linspace(-1.5, 1.5, 81)
paths = []
for v in ws:  # один граф, новое значение входа, снова прямая фаза
    g13.set_input("w", v)
    g13.forward()
    paths.append([product for _, product in g13.path_products("w", "o")])
paths = np.array(paths)
closed = 2 * ws * np.cos(2 * ws ** 2)
eps = 1e-5
central = (0.5 * np.sin(2 * (ws + eps) ** 2) - 0.5 * np.sin(2 * (ws - eps) ** 2)) / (2 * eps)
print("сумма по путям = замкнутая формула:", i18n.yes_no(np.allclose(paths.sum(axis=1), closed, rtol=1e-12, atol=1e-14)))
print("замкнутая формула = центральные разности:", i18n.yes_no(np.allclose(closed, central, atol=1e-8)))

fig, ax = plt.subplots(figsize=(7, 3.6))
plots.graph.draw_two_path_derivative(ax, ws, paths[:, 0], paths[:, 1], closed)
plt.show()

# %% [markdown] lang="en"
# ## The backward phase is a reverse sweep that accumulates
#
# Write Δ(h, o) = ∂L/∂h. At a node that carries the loss, Δ(o, o) = ∂L/∂o (1.24). For any other
# node the paths to the output all leave through one of its outgoing edges, so the sum over
# paths splits over them (1.25)–(1.26):
#
# $$\Delta(h_r, o) = \sum_{h:\,h_r \Rightarrow h} \frac{\partial h}{\partial h_r}\,\Delta(h, o) = \sum_{h:\,h_r \Rightarrow h} \Phi'(a_h)\, w_{(h_r, h)}\, \Delta(h, o),$$
#
# The gradient of a weight follows: $\partial L/\partial w_{(h_{r-1}, h_r)} = \Delta(h_r, o) \cdot
# \partial h_r / \partial w_{(h_{r-1}, h_r)}$, where eq. (1.27) gives the last factor,
# $\partial h_r / \partial w_{(h_{r-1}, h_r)} = h_{r-1}\, \Phi'(a_{h_r})$. In the loop
# below each edge's `local_derivative` is the factor $\Phi'(a_h)\, w_{(h_r, h)}$ of (1.26),
# computed in the forward phase.
# Visiting the nodes in reverse topological order, every Δ(h, o) on the right is already
# known. That is the whole algorithm, four lines on the graph of a small network:

# %% [markdown] lang="ru"
# ## Обратная фаза — обратный проход с накоплением
#
# Обозначим Δ(h, o) = ∂L/∂h. В узле с функцией потерь Δ(o, o) = ∂L/∂o (1.24). Для любого
# другого узла все пути к выходу уходят через одну из его исходящих связей, поэтому сумма по
# путям распадается по ним (1.25)–(1.26):
#
# $$\Delta(h_r, o) = \sum_{h:\,h_r \Rightarrow h} \frac{\partial h}{\partial h_r}\,\Delta(h, o) = \sum_{h:\,h_r \Rightarrow h} \Phi'(a_h)\, w_{(h_r, h)}\, \Delta(h, o),$$
#
# Отсюда градиент по весу: $\partial L/\partial w_{(h_{r-1}, h_r)} = \Delta(h_r, o) \cdot
# \partial h_r / \partial w_{(h_{r-1}, h_r)}$, где последний множитель даёт формула (1.27):
# $\partial h_r / \partial w_{(h_{r-1}, h_r)} = h_{r-1}\, \Phi'(a_{h_r})$. В цикле ниже
# `local_derivative` каждой связи — это множитель $\Phi'(a_h)\, w_{(h_r, h)}$ из (1.26),
# вычисленный в прямой фазе.
# Если обходить узлы в обратном топологическом порядке, все Δ(h, o) справа уже известны.
# Вот и весь алгоритм — четыре строки на графе небольшой сети:

# %% lang="en"
network_2221, g = widgets.backprop.small_network_graph()
loss = g.forward()                      # forward phase: values and local derivatives
direct = g.loss_derivatives()           # ∂L/∂o where a loss term sits, 0 elsewhere
Delta = {}
for h_r in reversed(g.topological_order()):
    Delta[h_r] = direct[h_r] + sum(g.edges[(h_r, h)].local_derivative * Delta[h]
                                   for h in g.children(h_r))   # eq. (1.26): the += of DP

print(f"L = {i18n.number(loss, '.6f')}")
print("the package's sweep gives the same Δ:",
      i18n.yes_no(all(np.isclose(Delta[n], d, rtol=1e-14) for n, d in g.backward("post").nodes.items())))

# %% lang="ru"
network_2221, g = widgets.backprop.small_network_graph()
loss = g.forward()                      # прямая фаза: значения и локальные производные
direct = g.loss_derivatives()           # ∂L/∂o там, где стоит слагаемое потерь, иначе 0
Delta = {}
for h_r in reversed(g.topological_order()):
    Delta[h_r] = direct[h_r] + sum(g.edges[(h_r, h)].local_derivative * Delta[h]
                                   for h in g.children(h_r))   # формула (1.26): += динамического программирования

print(f"L = {i18n.number(loss, '.6f')}")
print("проход пакета даёт те же Δ:",
      i18n.yes_no(all(np.isclose(Delta[n], d, rtol=1e-14) for n, d in g.backward("post").nodes.items())))

# %% [markdown] lang="en"
# ## The pre-activation form
#
# The book also gives the recursion most textbooks use, on $\delta(h, o) = \partial L/\partial a_h$,
# the derivative with respect to the pre-activation. A weight enters only $a_{h_r}$, so
# $\partial L/\partial w_{(h_{r-1}, h_r)} = \delta(h_r, o)\, \partial a_{h_r}/\partial w = \delta(h_r, o)\, h_{r-1}$,
# eq. (1.28); then $\delta(o, o) = \Phi'(a_o)\, \partial L/\partial o$ (1.29),
# $\delta(h_r, o) = \Phi'(a_{h_r}) \sum_h w_{(h_r,h)}\, \delta(h, o)$ (1.30), and
# $\partial L/\partial w = \delta(h_r, o)\, h_{r-1}$ (1.31).
# Step through both phases below: the forward phase fills in the values node by node, then
# the backward phase fills in Δ or δ (switch with the buttons) from the output back, together
# with the gradients ∂L/∂w of the edges entering each node.

# %% [markdown] lang="ru"
# ## Предактивационная форма
#
# Книга приводит и рекурсию, привычную по учебникам, — для
# $\delta(h, o) = \partial L/\partial a_h$, производной по предактивационному значению. Вес
# входит только в $a_{h_r}$, поэтому
# $\partial L/\partial w_{(h_{r-1}, h_r)} = \delta(h_r, o)\, \partial a_{h_r}/\partial w = \delta(h_r, o)\, h_{r-1}$,
# формула (1.28); далее $\delta(o, o) = \Phi'(a_o)\, \partial L/\partial o$ (1.29),
# $\delta(h_r, o) = \Phi'(a_{h_r}) \sum_h w_{(h_r,h)}\, \delta(h, o)$ (1.30) и
# $\partial L/\partial w = \delta(h_r, o)\, h_{r-1}$ (1.31).
# Пройдите обе фазы шаг за шагом: прямая фаза заполняет значения узел за узлом, затем обратная
# фаза заполняет Δ или δ (переключатель над рисунком) от выхода назад вместе с градиентами
# ∂L/∂w входящих в узел связей.

# %% lang="en"
explorer = widgets.backprop.backpropagation_explorer(g)
explorer.controls["step"].value = 8
explorer.snapshot()

# %% lang="ru"
explorer = widgets.backprop.backpropagation_explorer(g)
explorer.controls["step"].value = 8
explorer.snapshot()

# %% lang="en"
explorer.controls["step"].value = 0
explorer

# %% lang="ru"
explorer.controls["step"].value = 0
explorer

# %% [markdown] lang="en"
# ## Every gradient, checked three more ways
#
# For each weight of that network: the Δ recursion, the δ recursion, the brute-force sum over
# all paths of eq. (1.23), and central differences of the loss.

# %% [markdown] lang="ru"
# ## Каждый градиент — ещё тремя способами
#
# Для каждого веса этой сети: рекурсия по Δ, рекурсия по δ, сумма по всем путям
# формулы (1.23) «в лоб» и центральные разности функции потерь.

# %% lang="en"
post, pre = g.backward("post"), g.backward("pre")
numeric, _ = g.numerical_gradient(1e-3, order=4)
print(f"{'weight':>14} {'Δ form':>10} {'δ form':>10} {'paths':>10} {'numeric':>10}")
for (a, b) in post.weights:
    values = (post.weights[a, b], pre.weights[a, b], g.path_sum_weight(a, b), numeric[a, b])
    print(f"{a + '→' + b:>14}", *[i18n.number(value, "10.6f") for value in values])
worst = max(abs(post.weights[e] - numeric[e]) / abs(numeric[e]) for e in numeric)
print("all agree to a relative 1e-8:", i18n.yes_no(worst < 1e-8 and
      all(np.isclose(post.weights[e], pre.weights[e], rtol=1e-12) and
          np.isclose(post.weights[e], g.path_sum_weight(*e), rtol=1e-12) for e in numeric)))

# %% lang="ru"
post, pre = g.backward("post"), g.backward("pre")
numeric, _ = g.numerical_gradient(1e-3, order=4)
print(f"{'вес':>14} {'через Δ':>10} {'через δ':>10} {'пути':>10} {'численно':>10}")
for (a, b) in post.weights:
    values = (post.weights[a, b], pre.weights[a, b], g.path_sum_weight(a, b), numeric[a, b])
    print(f"{a + '→' + b:>14}", *[i18n.number(value, "10.6f") for value in values])
worst = max(abs(post.weights[e] - numeric[e]) / abs(numeric[e]) for e in numeric)
print("все совпадают с относительной точностью 1e-8:", i18n.yes_no(worst < 1e-8 and
      all(np.isclose(post.weights[e], pre.weights[e], rtol=1e-12) and
          np.isclose(post.weights[e], g.path_sum_weight(*e), rtol=1e-12) for e in numeric)))

# %% [markdown] lang="en"
# ## The same recursion for a whole layer at once
#
# In a layered network the δ recursion is one matrix product per layer. Put one example of a
# mini-batch in each row: $A_r = H_{r-1} W_r + b_r$ and $H_r = \Phi(A_r)$ forward; backward,
# the output layer's δ for softmax with cross-entropy is $(P - Y)/n$ (§1.2.1.4), and then
#
# $$\delta_r = (\delta_{r+1} W_{r+1}^T) \odot \Phi'(A_r), \qquad
# \frac{\partial L}{\partial W_r} = H_{r-1}^T \delta_r, \qquad
# \frac{\partial L}{\partial b_r} = \textstyle\sum_{\text{rows}} \delta_r ,$$
#
# which is (1.30) and (1.31) for every unit and every weight of the layer together. In numpy,
# for a network 3 → 4 → 4 → 2 with sigmoid hidden units, then the package's
# `FeedForwardNetwork.gradients` and central differences:

# %% [markdown] lang="ru"
# ## Та же рекурсия сразу для целого слоя
#
# В сети из слоёв рекурсия по δ — одно матричное произведение на слой. Поместим по примеру
# мини-пакета в каждую строку: вперёд $A_r = H_{r-1} W_r + b_r$ и $H_r = \Phi(A_r)$; назад
# δ выходного слоя для Softmax с кросс-энтропией равна $(P - Y)/n$ (раздел 1.2.1.4), а затем
#
# $$\delta_r = (\delta_{r+1} W_{r+1}^T) \odot \Phi'(A_r), \qquad
# \frac{\partial L}{\partial W_r} = H_{r-1}^T \delta_r, \qquad
# \frac{\partial L}{\partial b_r} = \textstyle\sum_{\text{строки}} \delta_r ,$$
#
# то есть (1.30) и (1.31) сразу для всех нейронов и всех весов слоя. На numpy, для сети
# 3 → 4 → 4 → 2 с сигмоидными скрытыми нейронами, затем `FeedForwardNetwork.gradients` из
# пакета и центральные разности:

# %% lang="en"
layered = network.FeedForwardNetwork([3, 4, 4, 2], activation="sigmoid", output="softmax",
                                     loss="cross_entropy", random_state=0)
rng = np.random.default_rng(0)
X = rng.normal(size=(8, 3))
r = rng.integers(0, 2, size=8)  # true classes
Y = np.eye(2)[r]                # one-hot labels

H, A = [X], []                  # forward phase: keep every A_r and H_r
for W, b in zip(layered.weights[:-1], layered.biases[:-1]):
    A.append(H[-1] @ W + b)
    H.append(activations.sigmoid(A[-1]))
P = activations.softmax(H[-1] @ layered.weights[-1] + layered.biases[-1])

delta = (P - Y) / len(X)        # δ of the output layer
grad_W, grad_b = [], []
for layer in reversed(range(len(layered.weights))):
    grad_W.insert(0, H[layer].T @ delta)  # eq. (1.31) for every weight of the layer
    grad_b.insert(0, delta.sum(axis=0))
    if layer > 0:
        sigma = activations.sigmoid(A[layer - 1])
        delta = (delta @ layered.weights[layer].T) * sigma * (1 - sigma)  # eq. (1.30)

_, package_W, package_b = layered.gradients(X, r)
ours = np.concatenate([g.ravel() for g in grad_W] + grad_b)
print("the same as the package's gradients:",
      i18n.yes_no(np.allclose(ours, np.concatenate([g.ravel() for g in package_W] + package_b), rtol=1e-12)))
print("the same as central differences (1e-8):",
      i18n.yes_no(np.allclose(ours, layered.numerical_gradient(X, r), rtol=0, atol=1e-8)))

# %% lang="ru"
layered = network.FeedForwardNetwork([3, 4, 4, 2], activation="sigmoid", output="softmax",
                                     loss="cross_entropy", random_state=0)
rng = np.random.default_rng(0)
X = rng.normal(size=(8, 3))
r = rng.integers(0, 2, size=8)  # истинные классы
Y = np.eye(2)[r]                # метки в унитарном кодировании

H, A = [X], []                  # прямая фаза: запоминаем все A_r и H_r
for W, b in zip(layered.weights[:-1], layered.biases[:-1]):
    A.append(H[-1] @ W + b)
    H.append(activations.sigmoid(A[-1]))
P = activations.softmax(H[-1] @ layered.weights[-1] + layered.biases[-1])

delta = (P - Y) / len(X)        # δ выходного слоя
grad_W, grad_b = [], []
for layer in reversed(range(len(layered.weights))):
    grad_W.insert(0, H[layer].T @ delta)  # формула (1.31) для всех весов слоя
    grad_b.insert(0, delta.sum(axis=0))
    if layer > 0:
        sigma = activations.sigmoid(A[layer - 1])
        delta = (delta @ layered.weights[layer].T) * sigma * (1 - sigma)  # формула (1.30)

_, package_W, package_b = layered.gradients(X, r)
ours = np.concatenate([g.ravel() for g in grad_W] + grad_b)
print("совпадает с градиентами пакета:",
      i18n.yes_no(np.allclose(ours, np.concatenate([g.ravel() for g in package_W] + package_b), rtol=1e-12)))
print("совпадает с центральными разностями (1e-8):",
      i18n.yes_no(np.allclose(ours, layered.numerical_gradient(X, r), rtol=0, atol=1e-8)))

# %% [markdown] lang="en"
# ## Exponentially many paths, linear work
#
# Take a chain of hidden layers with 2 units each, fully connected. From x1 to the output
# there are 2 choices per layer, so $2^L$ paths for $L$ hidden layers. Summing over paths costs one
# multiplication per edge of every path, about $2^L \cdot L$; the reverse sweep touches each edge
# once, 4 more edges per layer. Both methods return the same ∂L/∂x1 (checked at every depth).

# %% [markdown] lang="ru"
# ## Экспоненциально много путей, линейная работа
#
# Возьмём цепочку скрытых слоёв по 2 элемента, соединённых полностью. От x1 к выходу на
# каждом слое 2 варианта, то есть $2^L$ путей для $L$ скрытых слоёв. Сумма по путям стоит по
# одному умножению на каждую связь каждого пути, около $2^L \cdot L$; обратный проход касается
# каждой связи один раз — по 4 новых связи на слой. Оба способа дают одно и то же ∂L/∂x1
# (проверено на каждой глубине).

# %% lang="en"
depths = np.arange(1, 12)
n_paths, brute_ops, sweep_ops, brute_seconds, sweep_seconds = [], [], [], [], []
for depth in depths:
    chain = graph.layered_graph([2] + [2] * depth + [1], random_state=0)
    chain.forward()
    start = time.perf_counter()
    by_paths, products = chain.path_sum("x1")
    brute_seconds.append(time.perf_counter() - start)
    start = time.perf_counter()
    swept = chain.backward()
    sweep_seconds.append(time.perf_counter() - start)
    assert np.isclose(by_paths, swept.nodes["x1"], rtol=1e-10)
    n_paths.append(chain.count_paths("x1", "o1"))
    brute_ops.append(products)
    sweep_ops.append(swept.operations)
print("depth:         ", depths.tolist())
print("paths:         ", n_paths)
print("sum over paths:", brute_ops)
print("backprop work: ", sweep_ops)

fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), layout="constrained")
plots.graph.draw_path_counts(axes[0], depths, n_paths, brute_ops, sweep_ops)
plots.graph.draw_path_times(axes[1], depths, brute_seconds, sweep_seconds)
plt.show()

# %% lang="ru"
depths = np.arange(1, 12)
n_paths, brute_ops, sweep_ops, brute_seconds, sweep_seconds = [], [], [], [], []
for depth in depths:
    chain = graph.layered_graph([2] + [2] * depth + [1], random_state=0)
    chain.forward()
    start = time.perf_counter()
    by_paths, products = chain.path_sum("x1")
    brute_seconds.append(time.perf_counter() - start)
    start = time.perf_counter()
    swept = chain.backward()
    sweep_seconds.append(time.perf_counter() - start)
    assert np.isclose(by_paths, swept.nodes["x1"], rtol=1e-10)
    n_paths.append(chain.count_paths("x1", "o1"))
    brute_ops.append(products)
    sweep_ops.append(swept.operations)
print("глубина:               ", depths.tolist())
print("путей:                 ", n_paths)
print("сумма по путям:        ", brute_ops)
print("обратное распространение:", sweep_ops)

fig, axes = plt.subplots(1, 2, figsize=(11, 4.2), layout="constrained")
plots.graph.draw_path_counts(axes[0], depths, n_paths, brute_ops, sweep_ops)
plots.graph.draw_path_times(axes[1], depths, brute_seconds, sweep_seconds)
plt.show()

# %% [markdown] lang="en"
# The counts on the left are exact; the times on the right are measured on this machine
# (they vary a little from run to run). At depth 11 the sum over paths multiplies some 27 000
# times, backpropagation does 46 multiply-adds, and the gap doubles with every layer.
#
# ## What to notice, what to try
#
# - Backpropagation is the chain rule plus one idea: reuse Δ(h, o) for every path that
#   passes through h. The `+=` over children in the loop above is that dynamic programming.
# - Δ and δ differ by the factor Φ'(a_h) at each node; the weight gradients are identical.
# - Nothing required layers: the same sweep works on any acyclic graph, with inputs that
#   enter late or losses on hidden nodes ([§1.5.3](1.5.3-unconventional-architectures.ipynb)); `graph.random_dag` builds such graphs,
#   and the tests check them against the path sums.
#
# Try: change `w` in the Fig. 1.13 cell; in the interactive figure, compare Δ and δ on a node
# whose Φ'(a) is small; give the chain layers 3 units ($3^L$ paths):
#
# ```python
# for depth in (2, 4, 6):
#     chain = graph.layered_graph([2] + [3] * depth + [1], random_state=0)
#     chain.forward()
#     print(depth, chain.count_paths("x1", "o1"), chain.path_sum("x1")[1], chain.backward().operations)
# ```
#
# [Exercise 10](../../exercises/en/ex10-closed-form-derivative.ipynb) asks for the same
# derivative from a closed form.

# %% [markdown] lang="ru"
# Числа слева точные; время справа измерено на этой машине (от запуска к запуску оно немного
# меняется). На глубине 11 сумма по путям делает около 27 000 умножений, обратное
# распространение — 46 умножений-сложений, и разрыв удваивается с каждым слоем.
#
# ## На что обратить внимание и что попробовать
#
# - Обратное распространение ошибки — это цепное правило плюс одна идея: использовать
#   Δ(h, o) для всех путей, проходящих через h. Накопление `+=` по потомкам в цикле выше и
#   есть динамическое программирование.
# - Δ и δ отличаются в каждом узле множителем Φ'(a_h); градиенты по весам совпадают.
# - Слои не обязательны: тот же проход работает на любом ациклическом графе, где входы
#   поступают в поздние слои, а функция потерь стоит и на скрытых узлах
#   ([раздел 1.5.3](1.5.3-unconventional-architectures.ipynb));
#   `graph.random_dag` строит такие графы, и тесты сверяют их с суммами по путям.
#
# Попробуйте изменить `w` в ячейке рис. 1.13; на интерактивном рисунке сравнить Δ и δ в узле
# с малым Φ'(a); дать слоям цепочки по 3 элемента ($3^L$ путей):
#
# ```python
# for depth in (2, 4, 6):
#     chain = graph.layered_graph([2] + [3] * depth + [1], random_state=0)
#     chain.forward()
#     print(depth, chain.count_paths("x1", "o1"), chain.path_sum("x1")[1], chain.backward().operations)
# ```
#
# [Упражнение 10](../../exercises/ru/ex10-closed-form-derivative.ipynb) требует ту же
# производную из замкнутой формулы.
