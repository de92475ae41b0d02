# %% [markdown] lang="en"
# # 1.5.1 Why the activation must be nonlinear
#
# Section 1.5 of the book asks what depth buys, and answers first with a warning: stacking
# layers gains nothing unless the activations bend. This notebook makes both halves of that
# runnable:
#
# 1. **Theorem 1.5.1**: a network whose activations are all the identity computes
#    $o = W_{k+1}^T \cdots W_2^T W_1^T x$, one linear map — checked numerically on a random
#    deep linear network;
# 2. **Fig. 1.14** with its numbers: three points on one line that no single linear unit
#    separates, and two ReLU units that fold them apart, eq. (1.35) $O = h_1 + h_2$;
# 3. an interactive figure with the weights of that little network on sliders.
#
# The exercises that go with it: [exercise 1](../../exercises/en/ex01-xor-relu.ipynb) (XOR with
# ReLU units) and [exercise 5](../../exercises/en/ex05-product-feature.ipynb) (a hand-made
# nonlinear feature).

# %% [markdown] lang="ru"
# # 1.5.1 Почему функция активации должна быть нелинейной
#
# Раздел 1.5 книги спрашивает, что даёт глубина, и начинает с предупреждения: сколько слоёв
# ни складывай, выигрыша нет, пока функции активации не «гнутся». В этом блокноте обе
# половины этой мысли можно проверить, запустив код:
#
# 1. **Теорема 1.5.1**: сеть, у которой все функции активации тождественные, вычисляет
#    $o = W_{k+1}^T \cdots W_2^T W_1^T x$, то есть одно линейное отображение — проверим это
#    численно на случайной глубокой линейной сети;
# 2. **рис. 1.14** с его числами: три точки на одной прямой, которые не разделит ни один
#    линейный нейрон, и два нейрона ReLU, которые их «раскладывают», формула (1.35)
#    $O = h_1 + h_2$;
# 3. интерактивный рисунок с весами этой маленькой сети на ползунках.
#
# Упражнения к разделу: [упражнение 1](../../exercises/ru/ex01-xor-relu.ipynb) (XOR с
# помощью ReLU) и [упражнение 5](../../exercises/ru/ex05-product-feature.ipynb) (нелинейный
# признак, построенный вручную).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, perceptron, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, perceptron, plots, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## Theorem 1.5.1: linear layers collapse
#
# Take a network with $d = 4$ inputs, hidden layers of 6, 5 and 3 units and $m = 2$ outputs,
# every activation the identity. The layer recursion $h_{p+1} = W_{p+1}^T h_p$ applied four
# times gives the same numbers as the single matrix $W_{xo} = W_1 W_2 W_3 W_4$ of shape
# $d \times m$ — the depth has bought nothing.

# %% [markdown] lang="ru"
# ## Теорема 1.5.1: линейные слои схлопываются
#
# Возьмём сеть с $d = 4$ входами, скрытыми слоями из 6, 5 и 3 нейронов и $m = 2$ выходами,
# все функции активации тождественные. Рекурсия слоёв $h_{p+1} = W_{p+1}^T h_p$, применённая
# четыре раза, даёт те же числа, что и одна матрица $W_{xo} = W_1 W_2 W_3 W_4$ размера
# $d \times m$ — глубина ничего не добавила.

# %% lang="en"
rng = np.random.default_rng(151)
sizes = [4, 6, 5, 3, 2]
weights = [rng.normal(size=(p, q)) for p, q in zip(sizes[:-1], sizes[1:])]
x = rng.normal(size=(10, 4))  # ten inputs, one per row

h = x
for W in weights:
    h = activations.identity(h @ W)  # h_{p+1} = Φ(W_{p+1}^T h_p), Φ = identity, rows = examples

W_xo = np.linalg.multi_dot(weights)
print("W_xo shape:", W_xo.shape)
print("deep network equals one layer:", i18n.yes_no(np.allclose(h, x @ W_xo, rtol=1e-12, atol=1e-12)))

# %% lang="ru"
rng = np.random.default_rng(151)
sizes = [4, 6, 5, 3, 2]
weights = [rng.normal(size=(p, q)) for p, q in zip(sizes[:-1], sizes[1:])]
x = rng.normal(size=(10, 4))  # десять входов, по одному в строке

h = x
for W in weights:
    h = activations.identity(h @ W)  # h_{p+1} = Φ(W_{p+1}^T h_p), Φ — тождественная, строки — примеры

W_xo = np.linalg.multi_dot(weights)
print("размер W_xo:", W_xo.shape)
print("глубокая сеть равна одному слою:", i18n.yes_no(np.allclose(h, x @ W_xo, rtol=1e-12, atol=1e-12)))

# %% [markdown] lang="en"
# With a nonlinear activation the collapse fails: the same weights with ReLU give outputs no
# single $d \times m$ matrix reproduces. A least-squares fit of the best one-layer map leaves
# a clear residual:

# %% [markdown] lang="ru"
# С нелинейной функцией активации схлопывания нет: те же веса с ReLU дают выходы, которые
# никакая одна матрица $d \times m$ не воспроизводит. Наилучшее однослойное приближение по
# методу наименьших квадратов оставляет заметную невязку:

# %% lang="en"
def deep_output(x, activation):
    h = x
    for W in weights[:-1]:
        h = activation(h @ W)
    return h @ weights[-1]


def best_linear_residual(x, out):
    best, *_ = np.linalg.lstsq(x, out, rcond=None)  # the best single d x m matrix
    return np.linalg.norm(out - x @ best) / np.linalg.norm(out)


x_many = rng.normal(size=(500, 4))
print("identity: residual below 1e-12:",
      i18n.yes_no(best_linear_residual(x_many, deep_output(x_many, activations.identity)) < 1e-12))
residual = best_linear_residual(x_many, deep_output(x_many, activations.relu))
print(f"ReLU:     relative residual {i18n.number(residual, '.2f')}")

# %% lang="ru"
def deep_output(x, activation):
    h = x
    for W in weights[:-1]:
        h = activation(h @ W)
    return h @ weights[-1]


def best_linear_residual(x, out):
    best, *_ = np.linalg.lstsq(x, out, rcond=None)  # наилучшая одна матрица d × m
    return np.linalg.norm(out - x @ best) / np.linalg.norm(out)


x_many = rng.normal(size=(500, 4))
print("тождественная: остаток меньше 1e-12:",
      i18n.yes_no(best_linear_residual(x_many, deep_output(x_many, activations.identity)) < 1e-12))
residual = best_linear_residual(x_many, deep_output(x_many, activations.relu))
print(f"ReLU:     относительный остаток {i18n.number(residual, '.2f')}")

# %% [markdown] lang="en"
# ## Fig. 1.14: three points on a line
#
# The book's example has class "\*" at $A = (1, 1)$ and $C = (-1, 1)$ and class "+" at
# $B = (0, 1)$. Label "\*" as $+1$ and "+" as $-1$. $B$ sits between $A$ and $C$ on the line
# $x_2 = 1$, so no line puts $A$ and $C$ on one side and $B$ on the other: the perceptron of
# §1.2.1 keeps updating for ever.

# %% [markdown] lang="ru"
# ## Рис. 1.14: три точки на прямой
#
# В примере книги класс «\*» — это $A = (1, 1)$ и $C = (-1, 1)$, класс «+» — $B = (0, 1)$.
# Обозначим «\*» меткой $+1$, а «+» — меткой $-1$. Точка $B$ лежит между $A$ и $C$ на прямой
# $x_2 = 1$, поэтому никакая прямая не оставит $A$ и $C$ по одну сторону, а $B$ — по другую:
# перцептрон из §1.2.1 обновляет веса бесконечно.

# %% lang="en"
X = np.array([[1.0, 1.0], [0.0, 1.0], [-1.0, 1.0]])  # A, B, C
y = np.array([1.0, -1.0, 1.0])  # "*" = +1, "+" = -1
linear = perceptron.Perceptron(shuffle=False, max_epochs=200).fit(X, y)
print("perceptron converged:", i18n.yes_no(linear.converged_), "| training accuracy:",
      i18n.number(linear.score(X, y), ".3f"))

# %% lang="ru"
X = np.array([[1.0, 1.0], [0.0, 1.0], [-1.0, 1.0]])  # A, B, C
y = np.array([1.0, -1.0, 1.0])  # «*» = +1, «+» = −1
linear = perceptron.Perceptron(shuffle=False, max_epochs=200).fit(X, y)
print("перцептрон сошёлся:", i18n.yes_no(linear.converged_), "| точность на обучающих данных:",
      i18n.number(linear.score(X, y), ".3f"))

# %% [markdown] lang="en"
# Now the book's two hidden ReLU units, $h_1 = \max\{x_1, 0\}$ and $h_2 = \max\{-x_1, 0\}$,
# and the linear output $O = h_1 + h_2$ of eq. (1.35). Their numbers, computed:

# %% [markdown] lang="ru"
# Теперь два скрытых нейрона ReLU из книги, $h_1 = \max\{x_1, 0\}$ и $h_2 = \max\{-x_1, 0\}$,
# и линейный выход $O = h_1 + h_2$, формула (1.35). Их значения:

# %% lang="en"
W_hidden = np.array([[1.0, -1.0], [0.0, 0.0]])  # column j feeds hidden unit j
H = activations.relu(X @ W_hidden)
O = H @ np.array([1.0, 1.0])  # eq. (1.35)
for name, point, hidden, output in zip("ABC", X, H, O):
    print(f"{name} = {i18n.numbers(point, 'g')} → h = {i18n.numbers(hidden, 'g')}, O = {i18n.number(output, 'g')}")

# %% lang="ru"
W_hidden = np.array([[1.0, -1.0], [0.0, 0.0]])  # столбец j питает скрытый нейрон j
H = activations.relu(X @ W_hidden)
O = H @ np.array([1.0, 1.0])  # eq. (1.35)
for name, point, hidden, output in zip("ABC", X, H, O):
    print(f"{name} = {i18n.numbers(point, 'g')} → h = {i18n.numbers(hidden, 'g')}, O = {i18n.number(output, 'g')}")

# %% [markdown] lang="en"
# Exactly the book's values: $A \to (1, 0)$, $C \to (0, 1)$, $B \to (0, 0)$, and $O$ is 1 for
# "\*" and 0 for "+". In hidden space the line $h_1 + h_2 = 0.5$ separates the classes; back
# in input space that line is the pair of vertical lines $|x_1| = 0.5$, a boundary no single
# linear unit can draw.

# %% [markdown] lang="ru"
# Ровно числа книги: $A \to (1, 0)$, $C \to (0, 1)$, $B \to (0, 0)$, а $O$ равно 1 для «\*» и
# 0 для «+». В скрытом пространстве классы разделяет прямая $h_1 + h_2 = 0{,}5$; во входном
# пространстве ей соответствует пара вертикальных прямых $|x_1| = 0{,}5$ — такую границу не
# проведёт ни один линейный нейрон.

# %% lang="en"
fig, axes = plt.subplots(1, 2, figsize=(9, 4.2), layout="constrained")
plots.feature_space.draw_input_space(axes[0], X, y, W_hidden, [0.0, 0.0], limits=(-1.5, 1.5))
plots.feature_space.draw_hidden_space(axes[1], H, y, [1.0, 1.0], 0.0, X=X)
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(1, 2, figsize=(9, 4.2), layout="constrained")
plots.feature_space.draw_input_space(axes[0], X, y, W_hidden, [0.0, 0.0], limits=(-1.5, 1.5))
plots.feature_space.draw_hidden_space(axes[1], H, y, [1.0, 1.0], 0.0, X=X)
plt.show()

# %% [markdown] lang="en"
# ## Interactive figure: fold the plane yourself
#
# The sliders hold the weights $w_{i \to j}$ from input $x_i$ to hidden unit $j$, the hidden
# biases, the output weights $u_j$ and the output bias; the output calls a point "\*" when
# $O > 0.5$. It starts at the book's network. The picture right below is its starting state,
# which shows even without a running kernel.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: перегните плоскость сами
#
# На ползунках — веса $w_{i \to j}$ от входа $x_i$ к скрытому нейрону $j$, смещения скрытых
# нейронов, веса выхода $u_j$ и смещение выхода; выход относит точку к «\*», если $O > 0{,}5$.
# Начальное состояние — сеть из книги. Картинка сразу ниже — это начальное состояние, она
# видна и без запущенного ядра.

# %%
explorer = widgets.feature_space.relu_explorer(X, y, W_hidden=W_hidden, b_hidden=[0.0, 0.0],
                                               w_out=[1.0, 1.0], b_out=0.0,
                                               input_limits=(-1.5, 1.5))
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# **What to notice.** Set $w_{1 \to 2}$ to $+1$: both units now compute the same thing, $A$
# and $C$ no longer land on different axes, and the count of correct points drops. The fold
# comes from the two units looking at *opposite* signs of $x_1$; a ReLU discards one sign,
# and that discarding is the nonlinearity.
#
# **Try.** Set the hidden weights so that both units are linear on these points, for example
# $w_{1 \to 1} = 1$, $w_{1 \to 2} = -1$ and both hidden biases 2: then no ReLU cuts anything off
# on $-1 \le x_1 \le 1$, $A \to (3, 1)$, $B \to (2, 2)$, $C \to (1, 3)$, and $B$ lies between $A$
# and $C$ on the line $h_1 + h_2 = 4$, so no output weights separate them — Theorem 1.5.1 in
# miniature:
#
# ```python
# H_linear = activations.relu(X @ W_hidden + 2.0)
# print(H_linear)  # A, B, C in hidden space: one line, B in the middle
# print(perceptron.Perceptron(shuffle=False, max_epochs=200).fit(H_linear, y).converged_)
# ```
#
# Then solve
# [exercise 1](../../exercises/en/ex01-xor-relu.ipynb), where the same idea separates XOR.

# %% [markdown] lang="ru"
# **На что обратить внимание.** Поставьте $w_{1 \to 2} = +1$: оба нейрона вычисляют одно и то
# же, $A$ и $C$ больше не попадают на разные оси, и число верно классифицированных точек
# падает. «Сгиб» возникает потому, что два нейрона смотрят на *противоположные* знаки $x_1$;
# ReLU отбрасывает один знак, и это отбрасывание и есть нелинейность.
#
# **Попробуйте.** Подберите скрытые веса так, чтобы на этих точках оба нейрона работали
# линейно, например $w_{1 \to 1} = 1$, $w_{1 \to 2} = -1$ и оба скрытых смещения равны 2: тогда
# на $-1 \le x_1 \le 1$ ReLU ничего не отрезает, $A \to (3, 1)$, $B \to (2, 2)$, $C \to (1, 3)$,
# и $B$ лежит между $A$ и $C$ на прямой $h_1 + h_2 = 4$, так что никакие веса выхода их не
# разделят — теорема 1.5.1 в миниатюре:
#
# ```python
# H_linear = activations.relu(X @ W_hidden + 2.0)
# print(H_linear)  # A, B, C в скрытом пространстве: одна прямая, B посередине
# print(perceptron.Perceptron(shuffle=False, max_epochs=200).fit(H_linear, y).converged_)
# ```
#
# Затем решите
# [упражнение 1](../../exercises/ru/ex01-xor-relu.ipynb), где та же идея разделяет XOR.
