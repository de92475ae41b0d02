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
# правилу** ее производная по одному весу — это **сумма по путям**: каждый путь от веса к
# выходу вносит произведение локальных производных вдоль него, уравнение (1.23). Путей может
# быть экспоненциально много, но **обратное распространение ошибки** вычисляет все эти суммы
# за время, линейное по размеру графа, методом динамического программирования: **прямая
# фаза** вычисляет значения, **обратная фаза** накапливает суммы по путям от выхода назад
# (§1.3). В этом блокноте каждый шаг виден, а каждое число проверяется вторым способом.

# %%
# %matplotlib inline
import time

import numpy as np
import matplotlib.pyplot as plt

from nbcompanion import graph, plots, widgets

# %% [markdown] lang="en"
# ## Fig. 1.13: one weight, two paths
#
# In the spirit of Fig. 1.13, a variable w reaches the output by exactly two paths:
# y = w², then p = cos(y) and q = sin(y), and o = K(p, q) = p·q. The multivariable chain rule
# adds one product per path:
#
# $$\frac{\partial o}{\partial w} = \underbrace{\frac{\partial o}{\partial p}\frac{\partial p}{\partial y}\frac{\partial y}{\partial w}}_{q\,\cdot\,(-\sin y)\,\cdot\,2w} + \underbrace{\frac{\partial o}{\partial q}\frac{\partial q}{\partial y}\frac{\partial y}{\partial w}}_{p\,\cdot\,\cos y\,\cdot\,2w},$$
#
# and since o = ½ sin(2w²) the closed form is ∂o/∂w = 2w cos(2w²).

# %% [markdown] lang="ru"
# ## Рис. 1.13: один вес, два пути
#
# В духе рис. 1.13 переменная w связана с выходом ровно двумя путями: y = w², затем
# p = cos(y) и q = sin(y), и o = K(p, q) = p·q. Многомерное цепное правило складывает по
# одному произведению на путь:
#
# $$\frac{\partial o}{\partial w} = \underbrace{\frac{\partial o}{\partial p}\frac{\partial p}{\partial y}\frac{\partial y}{\partial w}}_{q\,\cdot\,(-\sin y)\,\cdot\,2w} + \underbrace{\frac{\partial o}{\partial q}\frac{\partial q}{\partial y}\frac{\partial y}{\partial w}}_{p\,\cdot\,\cos y\,\cdot\,2w},$$
#
# а так как o = ½ sin(2w²), замкнутая формула дает ∂o/∂w = 2w cos(2w²).

# %%
w = 0.7
g13 = graph.two_path_example(w)
products = g13.path_products("w", "o")
for path, product in products:
    print(" → ".join(path), f"  product of local derivatives = {product:+.6f}")
total = sum(product for _, product in products)
print(f"sum over the two paths = {total:+.6f}")
print(f"closed form 2w·cos(2w²) = {2 * w * np.cos(2 * w ** 2):+.6f}")

# %% [markdown] lang="en"
# The same comparison over a range of w, with a third method, central differences of
# o(w) = ½ sin(2w²):

# %% [markdown] lang="ru"
# То же сравнение на отрезке значений w и третьим способом — центральными разностями
# o(w) = ½ sin(2w²):

# %%
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
print("sum of paths = closed form:", np.allclose(paths.sum(axis=1), closed, rtol=1e-12, atol=1e-14))
print("closed form = central differences:", np.allclose(closed, central, atol=1e-8))

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
# and the weight gradient is ∂L/∂w_(h_{r−1}, h_r) = Δ(h_r, o) · Φ'(a_{h_r}) · h_{r−1} (1.27).
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
# а градиент по весу равен ∂L/∂w_(h_{r−1}, h_r) = Δ(h_r, o) · Φ'(a_{h_r}) · h_{r−1} (1.27).
# Если обходить узлы в обратном топологическом порядке, все Δ(h, o) справа уже известны.
# Вот и весь алгоритм — четыре строки на графе небольшой сети:

# %%
network_2221, g = widgets.backprop.small_network_graph()
loss = g.forward()                      # forward phase: values and local derivatives
direct = g.loss_derivatives()           # ∂L/∂o where a loss term sits, 0 elsewhere
Delta = {}
for h_r in reversed(g.topological_order()):
    Delta[h_r] = direct[h_r] + sum(g.edges[(h_r, h)].local_derivative * Delta[h]
                                   for h in g.children(h_r))   # eq. (1.26): the += of DP

print(f"L = {loss:.6f}")
print("the package's sweep gives the same Δ:",
      all(np.isclose(Delta[n], d, rtol=1e-14) for n, d in g.backward("post").nodes.items()))

# %% [markdown] lang="en"
# ## The pre-activation form
#
# The book also gives the recursion most textbooks use, on δ(h, o) = ∂L/∂a_h, the derivative
# with respect to the pre-activation: δ(o, o) = Φ'(a_o) ∂L/∂o (1.29),
# δ(h_r, o) = Φ'(a_{h_r}) Σ_h w_(h_r,h) δ(h, o) (1.30), and ∂L/∂w = δ(h_r, o) · h_{r−1} (1.31).
# Step through both phases below: the forward phase fills in the values node by node, then
# the backward phase fills in Δ or δ (switch with the buttons) from the output back, together
# with the gradients ∂L/∂w of the edges entering each node.

# %% [markdown] lang="ru"
# ## Предактивационная форма
#
# Книга приводит и рекурсию, привычную по учебникам, — для δ(h, o) = ∂L/∂a_h, производной по
# предактивационному значению: δ(o, o) = Φ'(a_o) ∂L/∂o (1.29),
# δ(h_r, o) = Φ'(a_{h_r}) Σ_h w_(h_r,h) δ(h, o) (1.30) и ∂L/∂w = δ(h_r, o) · h_{r−1} (1.31).
# Пройдите обе фазы шаг за шагом: прямая фаза заполняет значения узел за узлом, затем обратная
# фаза заполняет Δ или δ (переключатель над рисунком) от выхода назад вместе с градиентами
# ∂L/∂w входящих в узел связей.

# %%
explorer = widgets.backprop.backpropagation_explorer(g)
explorer.controls["step"].value = 8
explorer.snapshot()

# %%
explorer.controls["step"].value = 0
explorer

# %% [markdown] lang="en"
# ## Every gradient, checked three more ways
#
# For each weight of that network: the Δ recursion, the δ recursion, the brute-force sum over
# all paths of eq. (1.23), and central differences of the loss.

# %% [markdown] lang="ru"
# ## Каждый градиент — еще тремя способами
#
# Для каждого веса этой сети: рекурсия по Δ, рекурсия по δ, сумма по всем путям
# уравнения (1.23) «в лоб» и центральные разности функции потерь.

# %%
post, pre = g.backward("post"), g.backward("pre")
numeric, _ = g.numerical_gradient(1e-3, order=4)
print(f"{'weight':>14} {'Δ form':>10} {'δ form':>10} {'paths':>10} {'numeric':>10}")
for (a, b) in post.weights:
    print(f"{a + '→' + b:>14} {post.weights[a, b]:10.6f} {pre.weights[a, b]:10.6f}"
          f" {g.path_sum_weight(a, b):10.6f} {numeric[a, b]:10.6f}")
worst = max(abs(post.weights[e] - numeric[e]) / abs(numeric[e]) for e in numeric)
print("all agree to a relative 1e-8:", worst < 1e-8 and
      all(np.isclose(post.weights[e], pre.weights[e], rtol=1e-12) and
          np.isclose(post.weights[e], g.path_sum_weight(*e), rtol=1e-12) for e in numeric))

# %% [markdown] lang="en"
# ## Exponentially many paths, linear work
#
# Take a chain of hidden layers with 2 units each, fully connected. From x1 to the output
# there are 2 choices per layer, so 2^L paths for L hidden layers. Summing over paths costs one
# multiplication per edge of every path, about 2^L · L; the reverse sweep touches each edge
# once, 4 more edges per layer. Both methods return the same ∂L/∂x1 (checked at every depth).

# %% [markdown] lang="ru"
# ## Экспоненциально много путей, линейная работа
#
# Возьмем цепочку скрытых слоев по 2 элемента, соединенных полностью. От x1 к выходу на
# каждом слое 2 варианта, то есть 2^L путей для L скрытых слоев. Сумма по путям стоит по
# одному умножению на каждую связь каждого пути, около 2^L · L; обратный проход касается
# каждой связи один раз — по 4 новых связи на слой. Оба способа дают одно и то же ∂L/∂x1
# (проверено на каждой глубине).

# %%
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

fig, axes = plt.subplots(1, 2, figsize=(11, 3.8))
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
#   enter late or losses on hidden nodes (§1.5.3); `graph.random_dag` builds such graphs,
#   and the tests check them against the path sums.
#
# Try: change `w` in the Fig. 1.13 cell; in the explorer, compare Δ and δ on a node whose
# Φ'(a) is small; give the chain layers 3 units (3^L paths). Exercise 10
# (`../../exercises/en/`) asks for the same derivative from a closed form.

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
#   поступают в поздние слои, а функция потерь стоит и на скрытых узлах (§1.5.3);
#   `graph.random_dag` строит такие графы, и тесты сверяют их с суммами по путям.
#
# Попробуйте изменить `w` в ячейке рис. 1.13; в исследователе сравнить Δ и δ в узле с малым
# Φ'(a); дать слоям цепочки по 3 элемента (3^L путей). Упражнение 10 (`../../exercises/ru/`)
# требует ту же производную из замкнутой формулы.
