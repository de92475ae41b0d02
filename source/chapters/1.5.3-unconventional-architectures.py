# %% [markdown] lang="en"
# # 1.5.3 Unconventional architectures
#
# Most networks in this chapter are layered chains: inputs feed the first hidden layer, each
# layer feeds the next, and the loss sits on the output. Section 1.5.3 of the book points out
# that none of this is needed for training. Backpropagation (§1.3) asks for one thing only: a
# directed *acyclic* graph, so that the nodes can be put in an order where every edge points
# forward and the derivatives can be accumulated in one reverse sweep. This notebook builds
# four graphs that break a habit of the layered network, each with `nbcompanion.graph`:
#
# 1. inputs that enter later layers, in the spirit of Fig. 1.16;
# 2. skip connections, the residual additions of ResNet;
# 3. a loss term on a hidden node;
# 4. a small sum-product network (§1.5.3.2), where products replace activations.
#
# On each, the gradient from the reverse sweep is compared with the sum over every path of
# eq. (1.23) and with central differences.

# %% [markdown] lang="ru"
# # 1.5.3 Нестандартные архитектуры нейронных сетей
#
# Почти все сети этой главы — послойные цепочки: входы передают данные первому скрытому
# слою, каждый слой — следующему, а функция потерь стоит на выходе. Раздел 1.5.3 книги
# замечает, что для обучения ничего этого не нужно. Обратному распространению ошибки (§1.3)
# требуется только одно: направленный *ациклический* граф, чтобы узлы можно было упорядочить
# так, что все связи идут вперёд, и накопить производные за один обратный проход. Этот
# блокнот строит с помощью `nbcompanion.graph` четыре графа, каждый из которых нарушает одну
# привычку послойной сети:
#
# 1. входы, которые передают данные поздним слоям, в духе рис. 1.16;
# 2. замыкающие соединения (skip connections) — остаточные сложения из ResNet;
# 3. член функции потерь на скрытом узле;
# 4. маленькая сеть сумм и произведений (§1.5.3.2), где нелинейность даёт умножение.
#
# На каждом графе градиент обратного прохода сравнивается с суммой по всем путям из формулы
# (1.23) и с центральными разностями.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import architectures, i18n, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import architectures, i18n, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста компаньона для статических рисунков

# %% [markdown] lang="en"
# ## Four graphs that are not layered chains
#
# Blue nodes are inputs, yellow ones neurons (a weighted sum and an activation Φ), green ones
# operations without weights (an addition, a product), and a red ring marks every node that
# carries a term of the loss. An input is drawn one column before the first node it feeds,
# so $x_4$, $x_5$ and $x_6$ stand beside the layers they enter.

# %% [markdown] lang="ru"
# ## Четыре графа, которые не являются послойными цепочками
#
# Голубые узлы — входы, жёлтые — нейроны (взвешенная сумма и функция активации Φ), зелёные —
# операции без весов (сложение, умножение), красным кольцом обведён каждый узел, на котором
# стоит член функции потерь. Вход нарисован на столбец левее первого узла, которому он
# передаёт данные, поэтому $x_4$, $x_5$ и $x_6$ стоят рядом со «своими» слоями.

# %%
fig, axes = plt.subplot_mosaic([["later_inputs", "hidden_loss", "sum_product"],
                                ["skip", "skip", "legend"]],
                               figsize=(10, 5.6), height_ratios=[3, 1.3])
plots.architectures.draw_gallery([axes[name] for name in plots.architectures.GALLERY])
axes["legend"].axis("off")  # the free corner holds the legend, away from every node
axes["legend"].legend(handles=plots.architectures.legend_handles(), loc="center")
plt.show()

# %% [markdown] lang="en"
# ## The reverse sweep does not look at layers
#
# Here is backpropagation for *any* of these graphs in the post-activation form of
# eqs. (1.24)–(1.26): start every node with the derivative of its own loss term (zero for
# most), then visit the nodes in reverse topological order and let each one collect
# $\partial h/\partial g \cdot \Delta(h, o)$ from its children. Nothing in it mentions a
# layer, an input position or where the loss sits.

# %% [markdown] lang="ru"
# ## Обратному проходу слои не нужны
#
# Вот обратное распространение для *любого* из этих графов в постактивационной форме
# формул (1.24)–(1.26): каждому узлу сначала даём производную его собственного члена потерь
# (у большинства это ноль), затем обходим узлы в обратном топологическом порядке, и каждый
# собирает от своих потомков $\partial h/\partial g \cdot \Delta(h, o)$. Здесь нигде не
# упоминаются ни слои, ни место входа, ни место функции потерь.

# %%
def reverse_sweep(graph):
    graph.forward()  # values and local derivatives ∂h/∂g on every edge
    delta = graph.loss_derivatives()  # ∂L/∂h from the node's own loss term, eq. (1.24)
    for name in reversed(graph.topological_order()):
        for child in graph.children(name):
            delta[name] += graph.edges[(name, child)].local_derivative * delta[child]  # (1.26)
    return delta


graphs = {name: build() for name, (build, _) in plots.architectures.GALLERY.items()}

# %% lang="en"
answer = ("no", "yes")
names = {"later_inputs": "later inputs", "skip": "skips", "hidden_loss": "hidden loss",
         "sum_product": "sum-product"}
for name, graph in graphs.items():
    ours = reverse_sweep(graph)
    package = graph.backward().nodes
    gap = max(abs(ours[node] - package[node]) for node in graph.nodes)
    print(f"{names[name]:13s} {len(graph.nodes):2d} nodes, {len(graph.edges):2d} edges,"
          f" topological order from {graph.topological_order()[0]} to"
          f" {graph.topological_order()[-1]}; same Δ as graph.backward(): {answer[gap == 0]}")

# %% lang="ru"
answer = ("нет", "да")
names = {"later_inputs": "поздние входы", "skip": "замыкания", "hidden_loss": "скрыт. потери",
         "sum_product": "суммы-произв."}
for name, graph in graphs.items():
    ours = reverse_sweep(graph)
    package = graph.backward().nodes
    gap = max(abs(ours[node] - package[node]) for node in graph.nodes)
    print(f"{names[name]:13s} узлов: {len(graph.nodes):2d}, связей: {len(graph.edges):2d},"
          f" топологический порядок от {graph.topological_order()[0]} до"
          f" {graph.topological_order()[-1]}; те же Δ, что у graph.backward(): {answer[gap == 0]}")

# %% [markdown] lang="en"
# ## Three ways to the same gradient
#
# `architectures.check_gradients(graph)` computes $\partial L/\partial w$ for every weight
# and $\partial L/\partial x$ for every input three times: by the reverse sweep, by summing
# the product of local derivatives over every path to every loss node (eq. 1.23, the brute
# force of §1.3), and by five-point central differences of the loss. The table says whether
# the largest disagreement on each graph is below a bound (the measured values are stored in
# `check.max_path_difference` and `check.max_finite_difference`).

# %% [markdown] lang="ru"
# ## Три пути к одному градиенту
#
# Функция `architectures.check_gradients(graph)` вычисляет $\partial L/\partial w$ для
# каждого веса и $\partial L/\partial x$ для каждого входа трижды: обратным проходом, суммой
# произведений локальных производных по всем путям ко всем узлам с потерями (формула (1.23),
# полный перебор из §1.3) и пятиточечными центральными разностями функции потерь. Таблица
# показывает наибольшее расхождение на каждом графе.

# %% lang="en"
checks = {name: architectures.check_gradients(graph) for name, graph in graphs.items()}
print(f"{'graph':13s} {'gradients':>9s} {'paths':>6s} {'|backprop - paths| < 1e-15':>27s}"
      f" {'|backprop - differences| < 1e-10':>33s}")
for name, check in checks.items():
    print(f"{names[name]:13s} {len(check.backprop):9d} {check.paths:6d}"
          f" {answer[check.max_path_difference < 1e-15]:>27s}"
          f" {answer[check.max_finite_difference < 1e-10]:>33s}")

# %% lang="ru"
checks = {name: architectures.check_gradients(graph) for name, graph in graphs.items()}
print(f"{'граф':13s} {'градиентов':>9s} {'путей':>6s} {'|обратный - пути| < 1e-15':>27s}"
      f" {'|обратный - разности| < 1e-10':>33s}")
for name, check in checks.items():
    print(f"{names[name]:13s} {len(check.backprop):9d} {check.paths:6d}"
          f" {answer[check.max_path_difference < 1e-15]:>27s}"
          f" {answer[check.max_finite_difference < 1e-10]:>33s}")

# %% [markdown] lang="en"
# The reverse sweep and the path sum agree to rounding (we measured $10^{-16}$ and below):
# they add the same products, only in a different order. The finite differences agree to
# about $10^{-12}$, the accuracy of a difference quotient. What each graph adds:

# %% [markdown] lang="ru"
# Обратный проход и сумма по путям совпадают с точностью до округления (по нашим измерениям
# — $10^{-16}$ и меньше): они складывают одни и те же произведения, только в другом порядке.
# Конечные разности совпадают примерно до $10^{-12}$ — это точность разностного отношения.
# Что добавляет каждый граф:

# %% [markdown] lang="en"
# ## Inputs entering later layers
#
# An input that enters layer 2 is just another parent of the layer-2 neurons; its gradient
# comes back along fewer edges. $x_6$ feeds the output directly, so its gradient has a
# single path: $\partial L/\partial x_6 = w_{x_6 \to o} \cdot 2(o - 0.5)$.

# %% [markdown] lang="ru"
# ## Входы в поздних слоях
#
# Вход, который передаёт данные слою 2, — просто ещё один родитель нейронов слоя 2; его
# градиент возвращается по меньшему числу связей. $x_6$ подаётся прямо на выход, поэтому у
# его градиента единственный путь: $\partial L/\partial x_6 = w_{x_6 \to o} \cdot 2(o - 0{,}5)$.

# %% lang="en"
graph = graphs["later_inputs"]
by_hand = graph.edges[("x6", "o")].weight * 2 * (graph.nodes["o"].value - 0.5)
print("backpropagation:", i18n.number(checks["later_inputs"].backprop["x6"], ".12f"))
print("by hand:        ", i18n.number(by_hand, ".12f"))
for name in ("x1", "x4", "x6"):
    print(f"paths from {name} to the loss: {graph.count_paths(name, 'o')}")

# %% lang="ru"
graph = graphs["later_inputs"]
by_hand = graph.edges[("x6", "o")].weight * 2 * (graph.nodes["o"].value - 0.5)
print("обратное распространение:", i18n.number(checks["later_inputs"].backprop["x6"], ".12f"))
print("вручную:                 ", i18n.number(by_hand, ".12f"))
for name in ("x1", "x4", "x6"):
    print(f"путей от {name} к функции потерь: {graph.count_paths(name, 'o')}")

# %% [markdown] lang="en"
# ## Skip connections
#
# A residual block computes $r_k = r_{k-1} + \tanh(w_k r_{k-1})$: the addition node has
# $\partial r_k / \partial r_{k-1} = 1$ along the skip edge. Each block doubles the paths from
# the input to the output, so 10 blocks give $2^{10} = 1024$ paths (the number of §1.5.2),
# while the reverse sweep still does a few multiply-adds per block. And one of those paths
# runs through the additions alone, with local derivatives all equal to 1: the gradient
# cannot vanish along it, which is why very deep residual networks still train. Compare with
# the same chain without the skips:

# %% [markdown] lang="ru"
# ## Замыкающие соединения
#
# Остаточный блок вычисляет $r_k = r_{k-1} + \tanh(w_k r_{k-1})$: у узла сложения
# $\partial r_k / \partial r_{k-1} = 1$ вдоль замыкающей связи. Каждый блок удваивает число
# путей от входа к выходу, так что 10 блоков дают $2^{10} = 1024$ пути (число из §1.5.2), а
# обратный проход по-прежнему делает несколько умножений-сложений на блок. Один из этих путей
# идёт только через сложения, и все локальные производные на нём равны 1: вдоль него
# градиент не может затухнуть — поэтому и обучаются очень глубокие остаточные сети.
# Сравним с той же цепочкой без замыканий:

# %%
deep_residual = architectures.skip_connection_graph(blocks=10, random_state=1)
deep_residual.forward()
residual_gradient = deep_residual.backward()

plain = architectures.skip_connection_graph(blocks=10, random_state=1, skip=False)  # same weights
plain.forward()
plain_gradient = plain.backward()

# %% lang="en"
print("paths from x to o, residual:", deep_residual.count_paths("x", "o"))
print("multiply-adds of the reverse sweep:", residual_gradient.operations)
print("dL/dx with skip connections:   ", i18n.number(residual_gradient.nodes["x"], ".3e"))
print("dL/dx without them (plain chain):", i18n.number(plain_gradient.nodes["x"], ".3e"))

# %% lang="ru"
print("путей от x к o в остаточной сети:", deep_residual.count_paths("x", "o"))
print("умножений-сложений обратного прохода:", residual_gradient.operations)
print("dL/dx с замыкающими соединениями:", i18n.number(residual_gradient.nodes["x"], ".3e"))
print("dL/dx без них (простая цепочка): ", i18n.number(plain_gradient.nodes["x"], ".3e"))

# %% [markdown] lang="en"
# ## A loss on a hidden node
#
# Here $L = (o - 0.5)^2 + h_{1,2}^2$: the second term penalizes the activity of one hidden
# unit, as the sparsity penalties of the book's later chapters do. The reverse sweep simply
# starts at two places. At $h_{1,2}$, $\Delta$ is the derivative of its own term, $2h_{1,2}$,
# plus everything that flows back from the output:

# %% [markdown] lang="ru"
# ## Потери на скрытом узле
#
# Здесь $L = (o - 0{,}5)^2 + h_{1,2}^2$: второй член штрафует активность одного скрытого
# нейрона, как это делают штрафы за разреженность в следующих главах книги. Обратный проход
# просто начинается в двух местах. В узле $h_{1,2}$ величина $\Delta$ равна производной его
# собственного члена, $2h_{1,2}$, плюс всё, что приходит обратно от выхода:

# %% lang="en"
graph = graphs["hidden_loss"]
graph.forward()
total = graph.backward().nodes["h1_2"]
own_term = graph.loss_derivatives()["h1_2"]
print("Δ(h1_2)                     =", i18n.number(total, ".6f"))
print("its own term, 2·h1_2        =", i18n.number(own_term, ".6f"))
print("flowing back from the output =", i18n.number(total - own_term, ".6f"))

# %% lang="ru"
graph = graphs["hidden_loss"]
graph.forward()
total = graph.backward().nodes["h1_2"]
own_term = graph.loss_derivatives()["h1_2"]
print("Δ(h1_2)                =", i18n.number(total, ".6f"))
print("свой член, 2·h1_2      =", i18n.number(own_term, ".6f"))
print("пришло обратно от выхода =", i18n.number(total - own_term, ".6f"))

# %% [markdown] lang="en"
# ## A sum-product network
#
# The inputs are indicators of two binary variables: $a_1 = [x_1 = 1]$, $a_0 = [x_1 = 0]$,
# and $b_1$, $b_0$ for $x_2$. Sum nodes take positive weights that add up to 1; product nodes
# multiply without weights; the root $S = 0.7\, s_1 s_3 + 0.3\, s_2 s_4$ is then the
# probability of $(x_1, x_2)$ under a mixture of two models in which $x_1$ and $x_2$ are
# independent. There is no activation function at all: the nonlinearity is the product. The
# four probabilities add up to 1:

# %% [markdown] lang="ru"
# ## Сеть сумм и произведений
#
# Входы — индикаторы двух двоичных переменных: $a_1 = [x_1 = 1]$, $a_0 = [x_1 = 0]$ и $b_1$,
# $b_0$ для $x_2$. Узлы суммирования имеют положительные веса с суммой 1; узлы умножения
# перемножают входы без весов; корень $S = 0{,}7\, s_1 s_3 + 0{,}3\, s_2 s_4$ — это
# вероятность $(x_1, x_2)$ в смеси двух моделей, в каждой из которых $x_1$ и $x_2$
# независимы. Функций активации здесь нет вовсе: нелинейность даёт умножение. Четыре
# вероятности в сумме дают 1:

# %% lang="en"
probabilities = architectures.spn_probabilities()
for (x1, x2), p in probabilities.items():
    print(f"p(x1 = {x1}, x2 = {x2}) = {i18n.number(p, '.3f')}")
print("sum:", i18n.number(sum(probabilities.values()), ".12f"))

# %% lang="ru"
probabilities = architectures.spn_probabilities()
for (x1, x2), p in probabilities.items():
    print(f"p(x1 = {x1}, x2 = {x2}) = {i18n.number(p, '.3f')}")
print("сумма:", i18n.number(sum(probabilities.values()), ".12f"))

# %% [markdown] lang="en"
# The gradient through a product node is the other factor, $\partial (s_1 s_3)/\partial s_1
# = s_3$: one more local derivative for the same sweep, checked in the table above.
#
# **What to notice.** None of the four needed a new algorithm: a topological order, local
# derivatives on the edges and one reverse sweep that adds up what reaches each node. A cycle
# is the one thing that breaks it (`graph.topological_order()` then refuses, naming the
# nodes of the cycle); recurrent networks (§1.6.4) get around that by unrolling time.
#
# **Try.** Add an edge from `x1` straight to `o` in `architectures.later_inputs_graph()`
# with `graph.connect("x1", "o", 0.5)`, or a second hidden loss with
# `graph.add_loss("h2_1")`, and run `architectures.check_gradients(graph)` again. Then add
# `graph.connect("o", "h1_1", 1.0)`, run the check once more and read the error. Back to
# [§1.5.2](1.5.2-depth-reduces-parameters.ipynb) or [§1.3](1.3-backpropagation.ipynb), where
# the reverse sweep was built.

# %% [markdown] lang="ru"
# Градиент через узел умножения — это другой сомножитель,
# $\partial (s_1 s_3)/\partial s_1 = s_3$: ещё одна локальная производная для того же
# обратного прохода, проверенная в таблице выше.
#
# **На что обратить внимание.** Ни одному из четырёх графов не понадобился новый алгоритм:
# топологический порядок, локальные производные на связях и один обратный проход,
# складывающий всё, что доходит до узла. Ломает его только цикл (`graph.topological_order()`
# тогда отказывается и называет узлы цикла); рекуррентные сети (§1.6.4) обходят это,
# разворачивая сеть во времени.
#
# **Попробуйте.** Добавьте в `architectures.later_inputs_graph()` связь от `x1` прямо к `o`
# (`graph.connect("x1", "o", 0.5)`) или второй член потерь на скрытом узле
# (`graph.add_loss("h2_1")`) и снова запустите `architectures.check_gradients(graph)`. Затем
# добавьте `graph.connect("o", "h1_1", 1.0)`, запустите проверку ещё раз и прочитайте
# сообщение об ошибке. Назад к
# [§1.5.2](1.5.2-depth-reduces-parameters.ipynb) или к [§1.3](1.3-backpropagation.ipynb), где
# строился обратный проход.
