# %% [markdown] lang="en"
# # 1.4.2 Vanishing and exploding gradients
#
# Backpropagation (§1.3) multiplies local derivatives along each path from a weight to the
# output. In a deep network those paths are long, and a product of many factors is rarely
# well behaved: if the factors are mostly below 1 it shrinks towards zero, if mostly above 1
# it blows up. Section 1.4.2 of the book shows this on the simplest deep network there is, a
# chain with one unit per layer. This notebook
#
# 1. computes that chain's gradient as the product of factors $w_i \Phi'(a_i)$ and checks it
#    against central differences;
# 2. lets you change its depth, weights, input and activation in an explorer;
# 3. measures the same effect in a real deep network on MNIST: the norm of $\partial L/\partial W_p$
#    layer by layer, with the sigmoid, tanh and ReLU.

# %% [markdown] lang="ru"
# # 1.4.2 Затухающие и взрывные градиенты
#
# Обратное распространение ошибки (§1.3) перемножает локальные производные вдоль каждого пути
# от веса к выходу. В глубокой сети эти пути длинные, а произведение многих множителей редко
# ведёт себя хорошо: если множители в основном меньше 1, оно стремится к нулю, если больше 1 —
# неограниченно растёт. Раздел 1.4.2 книги показывает это на простейшей глубокой сети —
# цепочке с одним нейроном в каждом слое. В этом блокноте мы
#
# 1. вычислим градиент этой цепочки как произведение множителей $w_i \Phi'(a_i)$ и сверим его
#    с центральными разностями;
# 2. будем менять её глубину, веса, вход и функцию активации в интерактивном рисунке;
# 3. измерим тот же эффект в настоящей глубокой сети на MNIST: норму $\partial L/\partial W_p$
#    слой за слоем для сигмоиды, гиперболического тангенса и ReLU.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, network, plots, vanishing_gradients, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, network, plots, vanishing_gradients, widgets

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статических рисунков

# %% [markdown] lang="en"
# ## The chain of single units
#
# The input $x = h_0$ passes through $k$ layers of one unit each: $a_i = w_i h_{i-1}$,
# $h_i = \Phi(a_i)$, and the output is $o = h_k$. There is exactly one path from $w_i$ to
# $o$, so the chain rule gives a single product:
#
# $$\frac{\partial o}{\partial w_i} = h_{i-1}\,\Phi'(a_i) \prod_{j > i} w_j\,\Phi'(a_j).$$
#
# The loop below is the backward phase of §1.3 for this chain: one running product
# $\partial o / \partial h_i$, multiplied by $w_i \Phi'(a_i)$ at each step back.

# %% [markdown] lang="ru"
# ## Цепочка из одиночных нейронов
#
# Вход $x = h_0$ проходит через $k$ слоёв по одному нейрону: $a_i = w_i h_{i-1}$,
# $h_i = \Phi(a_i)$, выход $o = h_k$. От $w_i$ к $o$ ведёт ровно один путь, поэтому цепное
# правило даёт одно произведение:
#
# $$\frac{\partial o}{\partial w_i} = h_{i-1}\,\Phi'(a_i) \prod_{j > i} w_j\,\Phi'(a_j).$$
#
# Цикл ниже — это обратная фаза из §1.3 для такой цепочки: одно накапливаемое произведение
# $\partial o / \partial h_i$, которое на каждом шаге назад умножается на $w_i \Phi'(a_i)$.

# %% lang="en"
from nbcompanion import activations

x, weights = 1.0, np.full(10, 1.0)  # ten sigmoid layers, every weight 1
a, h = np.empty(10), np.empty(11)
h[0] = x
for i in range(10):                  # forward phase
    a[i] = weights[i] * h[i]
    h[i + 1] = activations.sigmoid(a[i])

gradient, running = np.empty(10), 1.0
for i in reversed(range(10)):        # backward phase: running = ∂o/∂h_i
    local = activations.sigmoid_derivative(a[i])
    gradient[i] = running * local * h[i]
    running *= weights[i] * local

print("factors w·σ'(a):", " ".join(i18n.number(f, ".3f") for f in weights * activations.sigmoid_derivative(a)))
print("∂o/∂w_1 =", i18n.number(gradient[0], ".2e"), "  ∂o/∂w_10 =", i18n.number(gradient[-1], ".2e"))
print("same as the package:", ("no", "yes")[int(np.allclose(
    gradient, vanishing_gradients.chain_gradients(x, weights, "sigmoid"), rtol=1e-12))])

# %% lang="ru"
from nbcompanion import activations

x, weights = 1.0, np.full(10, 1.0)  # десять слоёв с сигмоидой, все веса равны 1
a, h = np.empty(10), np.empty(11)
h[0] = x
for i in range(10):                  # прямая фаза
    a[i] = weights[i] * h[i]
    h[i + 1] = activations.sigmoid(a[i])

gradient, running = np.empty(10), 1.0
for i in reversed(range(10)):        # обратная фаза: running = ∂o/∂h_i
    local = activations.sigmoid_derivative(a[i])
    gradient[i] = running * local * h[i]
    running *= weights[i] * local

print("множители w·σ'(a):", " ".join(i18n.number(f, ".3f") for f in weights * activations.sigmoid_derivative(a)))
print("∂o/∂w_1 =", i18n.number(gradient[0], ".2e"), "  ∂o/∂w_10 =", i18n.number(gradient[-1], ".2e"))
print("совпадает с пакетом:", ("нет", "да")[int(np.allclose(
    gradient, vanishing_gradients.chain_gradients(x, weights, "sigmoid"), rtol=1e-12))])

# %% [markdown] lang="en"
# Each factor is below $1/4$: the sigmoid's derivative $\sigma(a)(1-\sigma(a))$ of eq. (1.18)
# is largest at $a = 0$, where it equals $1/4$. Nine factors of about $0.2$ make the first
# layer's gradient about $10^{-6}$ times the last one's, so in gradient descent the first
# layer hardly moves while the last one learns. Central differences agree with the product,
# to about $10^{-4}$ relative: for a gradient of $3 \cdot 10^{-7}$ that is the precision a
# difference quotient can reach.

# %% [markdown] lang="ru"
# Каждый множитель меньше $1/4$: производная сигмоиды $\sigma(a)(1-\sigma(a))$ из формулы (1.18)
# наибольшая при $a = 0$ и равна там $1/4$. Девять множителей около $0{,}2$ делают градиент
# первого слоя примерно в $10^{6}$ раз меньше градиента последнего, так что при градиентном
# спуске первый слой почти не движется, пока последний учится. Центральные разности
# согласуются с произведением с относительной точностью около $10^{-4}$: для градиента
# $3 \cdot 10^{-7}$ это предел точности разностного отношения.

# %% lang="en"
def output(weights):
    return vanishing_gradients.chain_forward(x, weights, "sigmoid")[1][-1]


step = 1e-6
central = [(output(weights + step * e) - output(weights - step * e)) / (2 * step)
           for e in np.eye(10)]
print("largest relative difference:",
      i18n.number(np.max(np.abs(central - gradient) / np.abs(gradient)), ".1e"))

# %% lang="ru"
def output(weights):
    return vanishing_gradients.chain_forward(x, weights, "sigmoid")[1][-1]


step = 1e-6
central = [(output(weights + step * e) - output(weights - step * e)) / (2 * step)
           for e in np.eye(10)]
print("наибольшее относительное расхождение:",
      i18n.number(np.max(np.abs(central - gradient) / np.abs(gradient)), ".1e"))

# %% [markdown] lang="en"
# ## Explorer: depth, weight, activation
#
# All weights of the chain are set to one value $w$. Left: $|\partial o/\partial w_i|$ for
# every layer on a log scale, and the ratio of the first layer's gradient to the last
# one's. Right: the local factors $|w \Phi'(a_i)|$ against the lines 1 and 1/4. Things to
# notice: with the sigmoid no weight gives factors near 1 everywhere (a large $w$ saturates
# the units, which makes $\Phi'$ tiny); with ReLU and $x > 0$ every factor is exactly $w$,
# so $w = 1$ passes the gradient unchanged, $w > 1$ makes every gradient explode and a
# negative input kills the whole chain.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: глубина, вес, функция активации
#
# Все веса цепочки равны одному значению $w$. Слева — $|\partial o/\partial w_i|$ для каждого
# слоя в логарифмическом масштабе и отношение градиента первого слоя к градиенту последнего.
# Справа — локальные множители $|w \Phi'(a_i)|$ и линии 1 и 1/4. Обратите внимание: с
# сигмоидой никакой вес не даёт множителей около 1 во всех слоях (большое $w$ насыщает
# нейроны, и $\Phi'$ становится крошечной); с ReLU и $x > 0$ каждый множитель равен ровно $w$,
# поэтому при $w = 1$ градиент проходит без изменений, при $w > 1$ все градиенты взрываются, а
# отрицательный вход «убивает» всю цепочку.

# %%
explorer = widgets.vanishing_gradients.gradient_chain_explorer(depth=20, weight=1.0)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## Per-layer gradient norms of a deep network on MNIST
#
# The chain is a caricature, but the product of factors is the same in any network: the
# delta of a layer is the next layer's delta times $W^T$ times $\Phi'$ (eq. (1.30) in matrix
# form). Take a network with ten hidden layers of 64 units, 784 inputs and a softmax over the
# ten digits, initialized as the package does (uniform with the Glorot scale
# $\sqrt{6/(\text{fan-in} + \text{fan-out})}$), and compute $\|\partial L/\partial W_p\|$ for
# every layer on 1000 MNIST test images, averaged over three seeds:

# %% [markdown] lang="ru"
# ## Нормы градиента по слоям глубокой сети на MNIST
#
# Цепочка — карикатура, но произведение множителей то же в любой сети: дельта слоя — это
# дельта следующего слоя, умноженная на $W^T$ и на $\Phi'$ (формула (1.30) в матричной
# форме). Возьмём сеть с десятью скрытыми слоями по 64 нейрона, 784 входами и Softmax по
# десяти цифрам, инициализированную так, как это делает пакет (равномерно в масштабе Глорота
# $\sqrt{6/(\text{fan-in} + \text{fan-out})}$), и вычислим $\|\partial L/\partial W_p\|$ для
# каждого слоя на 1000 тестовых изображениях MNIST, усреднив по трём запускам:

# %% lang="en"
images, labels = data.load_mnist("test")
X, y = images[:1000].reshape(-1, 784) / 255.0, labels[:1000]
sizes = [784] + [64] * 10 + [10]
norms = {activation: np.mean([
    network.FeedForwardNetwork(sizes, activation=activation, output="softmax",
                               loss="cross_entropy", random_state=seed).layer_gradient_norms(X, y)
    for seed in range(3)], axis=0) for activation in ("sigmoid", "tanh", "relu")}

names = {"sigmoid": "sigmoid", "tanh": "tanh", "relu": "ReLU"}
fig, ax = plt.subplots(figsize=(7, 3.6))
plots.vanishing_gradients.draw_layer_norms(ax, norms, names)
plt.show()
for activation, values in norms.items():
    print(f"{names[activation]:>7}: layer 1 / layer 11 = {i18n.number(values[0] / values[-1], '.1e')}")

# %% lang="ru"
images, labels = data.load_mnist("test")
X, y = images[:1000].reshape(-1, 784) / 255.0, labels[:1000]
sizes = [784] + [64] * 10 + [10]
norms = {activation: np.mean([
    network.FeedForwardNetwork(sizes, activation=activation, output="softmax",
                               loss="cross_entropy", random_state=seed).layer_gradient_norms(X, y)
    for seed in range(3)], axis=0) for activation in ("sigmoid", "tanh", "relu")}

names = {"sigmoid": "сигмоида", "tanh": "tanh", "relu": "ReLU"}
fig, ax = plt.subplots(figsize=(7, 3.6))
plots.vanishing_gradients.draw_layer_norms(ax, norms, names)
plt.show()
for activation, values in norms.items():
    print(f"{names[activation]:>8}: слой 1 / слой 11 = {i18n.number(values[0] / values[-1], '.1e')}")

# %% [markdown] lang="en"
# With the sigmoid the gradient shrinks by a factor of about four per layer, and the layer
# next to the input receives about a millionth of what the output layer receives: the chain's
# $1/4$ again. With tanh ($\Phi'(0) = 1$) and ReLU ($\Phi' = 1$ where active) the norms stay
# within a factor of ten across all eleven layers. This is one reason ReLU replaced the
# sigmoid in deep networks; careful initialization (the Glorot scale used here) and, later,
# normalization layers and skip connections (§1.7) are the others. The book's remedies in
# §1.4.2 are the same: other activations, and adaptive step sizes per parameter.
#
# **Try it:** in the explorer, find a weight with the sigmoid at which the last layers
# explode while the first ones still vanish (hint: $x = 3$, $w$ near 5).

# %% [markdown] lang="ru"
# С сигмоидой градиент уменьшается примерно вчетверо на каждом слое, и слою у входа достаётся
# около миллионной доли того, что получает выходной слой: это снова $1/4$ из цепочки. С
# гиперболическим тангенсом ($\Phi'(0) = 1$) и ReLU ($\Phi' = 1$ там, где нейрон активен) нормы
# остаются в пределах десяти раз по всем одиннадцати слоям. Это одна из причин, по которым
# ReLU вытеснил сигмоиду в глубоких сетях; другие — аккуратная инициализация (здесь масштаб
# Глорота), а позже слои нормализации и замыкающие соединения (§1.7). Книга в §1.4.2 предлагает
# те же средства: другие функции активации и адаптивные размеры шага для каждого параметра.
#
# **Попробуйте:** найдите в интерактивном рисунке такой вес для сигмоиды, при котором
# последние слои «взрываются», а первые всё ещё затухают (подсказка: $x = 3$, $w$ около 5).
