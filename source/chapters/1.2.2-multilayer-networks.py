# %% [markdown] lang="en"
# # 1.2.2 Multilayer neural networks
#
# A multilayer (feed-forward) network stacks layers of units: the input layer, one or more
# **hidden layers**, and the output layer. This notebook builds a real network, draws
# Fig. 1.11 from it, shows the layer recursion and the shapes of its weight matrices, and
# trains the **autoencoder** of Fig. 1.12 to see that with linear units it learns the same
# subspace as the singular value decomposition (SVD).

# %% [markdown] lang="ru"
# # 1.2.2 Многослойные нейронные сети
#
# Многослойная сеть (сеть прямого распространения) состоит из слоёв элементов: входного,
# одного или нескольких **скрытых слоёв** и выходного. В этом блокноте мы строим настоящую
# сеть, рисуем по ней рис. 1.11, показываем рекурсию по слоям и размеры матриц весов,
# а затем обучаем **автокодировщик** рис. 1.12 и убеждаемся, что с линейными элементами он
# находит то же подпространство, что и сингулярное разложение (SVD).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits, make_moons

from nbcompanion import activations, autoencoder, i18n, network, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits, make_moons

from nbcompanion import activations, autoencoder, i18n, network, plots

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## The layer recursion
#
# With $d$ inputs and hidden layers of $p_1, \dots, p_k$ units, §1.2.2 writes the network as
#
# $$h_1 = \Phi(W_1^T x),\qquad h_{p+1} = \Phi(W_{p+1}^T h_p),\qquad o = \Phi(W_{k+1}^T h_k),$$
#
# where $W_1$ is $d \times p_1$, $W_{r+1}$ is $p_r \times p_{r+1}$ and $W_{k+1}$ is $p_k \times o$. A mini-batch puts
# one example in each row of a matrix H, so each line becomes `H @ W`: one matrix product per
# layer for the whole batch. Here are those three lines, for a network with d = 5, two hidden
# layers of 3 units and one output:

# %% [markdown] lang="ru"
# ## Рекурсия по слоям
#
# При $d$ входах и скрытых слоях из $p_1, \dots, p_k$ элементов сеть записывается (§1.2.2) так:
#
# $$h_1 = \Phi(W_1^T x),\qquad h_{p+1} = \Phi(W_{p+1}^T h_p),\qquad o = \Phi(W_{k+1}^T h_k),$$
#
# где $W_1$ имеет размер $d \times p_1$, $W_{r+1}$ — $p_r \times p_{r+1}$, а $W_{k+1}$ —
# $p_k \times o$. В мини-пакете
# каждый пример — строка матрицы H, и каждая строка формулы превращается в `H @ W`: одно
# матричное произведение на слой для всего пакета. Вот эти три строки для сети с d = 5,
# двумя скрытыми слоями по 3 элемента и одним выходом:

# %% lang="en"
net = network.FeedForwardNetwork([5, 3, 3, 1], activation="sigmoid", output="linear",
                                 bias=False, random_state=0)
W1, W2, W3 = net.weights
X = np.random.default_rng(0).normal(size=(4, 5))  # a mini-batch of 4 examples

h1 = activations.sigmoid(X @ W1)   # h_1 = Φ(W_1ᵀ x) for every row x
h2 = activations.sigmoid(h1 @ W2)  # h_2 = Φ(W_2ᵀ h_1)
o = h2 @ W3                        # linear output unit

print("shapes of W_1, W_2, W_3:", *[W.shape for W in net.weights])
print("shapes of X, h_1, h_2, o:", X.shape, h1.shape, h2.shape, o.shape)
print("the package computes the same output:", i18n.yes_no(np.allclose(o, net.predict(X))))

# %% lang="ru"
net = network.FeedForwardNetwork([5, 3, 3, 1], activation="sigmoid", output="linear",
                                 bias=False, random_state=0)
W1, W2, W3 = net.weights
X = np.random.default_rng(0).normal(size=(4, 5))  # мини-пакет из 4 примеров

h1 = activations.sigmoid(X @ W1)   # h_1 = Φ(W_1ᵀ x) для каждой строки x
h2 = activations.sigmoid(h1 @ W2)  # h_2 = Φ(W_2ᵀ h_1)
o = h2 @ W3                        # линейный выходной нейрон

print("размеры W_1, W_2, W_3:", *[W.shape for W in net.weights])
print("размеры X, h_1, h_2, o:", X.shape, h1.shape, h2.shape, o.shape)
print("пакет вычисляет тот же выход:", i18n.yes_no(np.allclose(o, net.predict(X))))

# %% [markdown] lang="en"
# ## Fig. 1.11 drawn from the network
#
# The figures below are drawn from the network's own specification: the number of circles
# per layer and the matrix shapes are read from `net`, the line widths from its weights
# (blue positive, red negative). With bias neurons (Fig. 1.11 a) every layer after the input
# receives an extra unit that always outputs +1; its weight plays the role of the bias b of
# eq. (1.2). The vector form collapses each layer into one box and writes the weight matrix,
# with its shape, on each edge.

# %% [markdown] lang="ru"
# ## Рис. 1.11, нарисованный по сети
#
# Рисунки ниже строятся по описанию самой сети: число кругов в слое и размеры матриц берутся
# из `net`, толщина линий — из её весов (синие — положительные, красные — отрицательные).
# С нейронами смещения (рис. 1.11, а) каждый слой после входного получает дополнительный
# элемент, всегда выдающий +1; его вес играет роль смещения $b$ из формулы (1.2). Векторная
# форма сворачивает слой в один блок и подписывает на каждой связи матрицу весов и её размер.

# %% lang="en"
with_bias = network.FeedForwardNetwork([5, 3, 3, 1], activation="sigmoid", bias=True,
                                       random_state=0)
fig, axes = plt.subplots(1, 2, figsize=(12, 4.4))
plots.network.draw_network(axes[0], with_bias)
plots.network.draw_network(axes[1], net)
plt.show()

fig, ax = plt.subplots(figsize=(9, 2.6))
plots.network.draw_vector_network(ax, net)
plt.show()

# %% lang="ru"
with_bias = network.FeedForwardNetwork([5, 3, 3, 1], activation="sigmoid", bias=True,
                                       random_state=0)
fig, axes = plt.subplots(1, 2, figsize=(12, 4.4))
plots.network.draw_network(axes[0], with_bias)
plots.network.draw_network(axes[1], net)
plt.show()

fig, ax = plt.subplots(figsize=(9, 2.6))
plots.network.draw_vector_network(ax, net)
plt.show()

# %% [markdown] lang="en"
# The shapes follow the rule $d \times p_1$, $p_r \times p_{r+1}$, $p_k \times o$. A bias neuron adds one row to
# each matrix (or, as stored here, a vector $b_r$ added to the pre-activations), so the network
# with bias neurons has 3 + 3 + 1 = 7 more parameters:

# %% [markdown] lang="ru"
# Размеры подчиняются правилу $d \times p_1$, $p_r \times p_{r+1}$, $p_k \times o$. Нейрон смещения добавляет к
# каждой матрице одну строку (здесь она хранится как вектор $b_r$, прибавляемый к
# предактивационным значениям), поэтому у сети с нейронами смещения на 3 + 3 + 1 = 7
# параметров больше:

# %% lang="en"
print("parameters without bias neurons:", net.get_parameters().size)
print("parameters with bias neurons:   ", with_bias.get_parameters().size)

# %% lang="ru"
print("параметров без нейронов смещения:", net.get_parameters().size)
print("параметров с нейронами смещения: ", with_bias.get_parameters().size)

# %% [markdown] lang="en"
# ## The autoencoder of Fig. 1.12 and the SVD
#
# An autoencoder has as many outputs as inputs and is trained to reproduce its input through
# a narrow hidden layer of k units. With identity activations, no bias neurons and the
# squared loss, the network computes $X W_1 W_2$, a matrix of rank at most k. The best rank-k
# approximation of X is the truncated SVD, so training should find the subspace of the top k
# right singular vectors, though not those vectors themselves (any invertible k × k matrix can
# sit between $W_1$ and $W_2$). We train one on the 8 × 8 digits (d = 64, k = 3), centred, with
# mini-batch SGD on gradients from backpropagation, and measure the **principal angles**
# between the span of the decoder $W_2$ and the top singular subspace.

# %% [markdown] lang="ru"
# ## Автокодировщик рис. 1.12 и SVD
#
# У автокодировщика столько же выходов, сколько входов, и его обучают воспроизводить вход,
# пропуская его через узкий скрытый слой из k элементов. С тождественной функцией
# активации, без нейронов смещения и с квадратичной функцией потерь сеть вычисляет
# $X W_1 W_2$ — матрицу ранга не выше k. Лучшее приближение X ранга k даёт усечённое
# сингулярное разложение, поэтому обучение должно найти подпространство k верхних правых
# сингулярных векторов (но не сами векторы: между $W_1$ и $W_2$ может стоять любая обратимая
# матрица k × k). Обучим автокодировщик на цифрах 8 × 8 (d = 64, k = 3), центрировав их,
# стохастическим градиентным спуском по мини-пакетам с градиентами обратного распространения
# ошибки и измерим **главные углы** между линейной оболочкой строк декодера $W_2$ и верхним
# сингулярным подпространством.

# %% lang="en"
X_digits = load_digits().data / 16
X_digits = X_digits - X_digits.mean(axis=0)
k = 3
top = autoencoder.singular_subspace(X_digits, k)  # top-k right singular vectors, 64 × 3

untrained = network.FeedForwardNetwork([64, k, 64], activation="identity", bias=False,
                                       random_state=0)
ae, history = autoencoder.linear_autoencoder(X_digits, k, epochs=40, learning_rate=0.01,
                                             random_state=0)
angles_before = autoencoder.principal_angles(autoencoder.decoder_subspace(untrained), top)
angles_after = autoencoder.principal_angles(autoencoder.decoder_subspace(ae), top)
best = autoencoder.best_reconstruction_error(X_digits, k)

print("principal angles before training (degrees):", i18n.numbers(angles_before, ".1f"))
print("principal angles after training (degrees): ", i18n.numbers(angles_after, ".1f"))
print(f"reconstruction error: trained {i18n.number(history.loss[-1], '.3f')},"
      f" best possible (SVD) {i18n.number(best, '.3f')}")

# %% lang="ru"
X_digits = load_digits().data / 16
X_digits = X_digits - X_digits.mean(axis=0)
k = 3
top = autoencoder.singular_subspace(X_digits, k)  # k верхних правых сингулярных векторов, 64 × 3

untrained = network.FeedForwardNetwork([64, k, 64], activation="identity", bias=False,
                                       random_state=0)
ae, history = autoencoder.linear_autoencoder(X_digits, k, epochs=40, learning_rate=0.01,
                                             random_state=0)
angles_before = autoencoder.principal_angles(autoencoder.decoder_subspace(untrained), top)
angles_after = autoencoder.principal_angles(autoencoder.decoder_subspace(ae), top)
best = autoencoder.best_reconstruction_error(X_digits, k)

print("главные углы до обучения (градусы):   ", i18n.numbers(angles_before, ".1f"))
print("главные углы после обучения (градусы):", i18n.numbers(angles_after, ".1f"))
print(f"ошибка восстановления: после обучения {i18n.number(history.loss[-1], '.3f')},"
      f" наилучшая возможная (SVD) {i18n.number(best, '.3f')}")

# %% [markdown] lang="en"
# The training loop inside `autoencoder.linear_autoencoder` is short enough to write out. For
# a mini-batch $X_b$ the code is $H = X_b W_1$, the reconstruction $O = H W_2$, the loss the
# mean over examples of $\|O - X_b\|^2$; backpropagation gives $\Delta_O = 2 (O - X_b)/n$,
# $\partial L/\partial W_2 = H^T \Delta_O$ and, since $\Phi' = 1$ for the identity,
# $\partial L/\partial W_1 = X_b^T (\Delta_O W_2^T)$. Started from the same weights and
# visiting the examples in the same shuffled order, it ends where the package ends:

# %% [markdown] lang="ru"
# Цикл обучения внутри `autoencoder.linear_autoencoder` достаточно короток, чтобы выписать его
# целиком. Для мини-пакета $X_b$ код равен $H = X_b W_1$, восстановление — $O = H W_2$,
# потери — среднее по примерам от $\|O - X_b\|^2$; обратное распространение даёт
# $\Delta_O = 2 (O - X_b)/n$, $\partial L/\partial W_2 = H^T \Delta_O$ и, поскольку у
# тождественной функции $\Phi' = 1$, $\partial L/\partial W_1 = X_b^T (\Delta_O W_2^T)$.
# Начав с тех же весов и обходя примеры в том же перемешанном порядке, цикл приходит туда же,
# куда и пакет:

# %% lang="en"
W_1, W_2 = [W.copy() for W in untrained.weights]  # the package's starting weights
shuffler = np.random.RandomState(0)  # the package's shuffling, so that both take the same steps
for epoch in range(40):
    X_epoch = X_digits[shuffler.permutation(len(X_digits))]
    for start in range(0, len(X_epoch), 32):
        X_b = X_epoch[start:start + 32]
        H = X_b @ W_1                   # the code, k values per example
        O = H @ W_2                     # the reconstruction
        delta_O = 2 * (O - X_b) / len(X_b)  # ∂L/∂O of the mean squared error
        grad_W_2 = H.T @ delta_O
        grad_W_1 = X_b.T @ (delta_O @ W_2.T)
        W_1 -= 0.01 * grad_W_1
        W_2 -= 0.01 * grad_W_2

print("the loop and linear_autoencoder end with the same weights:",
      i18n.yes_no(np.allclose(W_1, ae.weights[0], rtol=1e-9, atol=1e-12)),
      i18n.yes_no(np.allclose(W_2, ae.weights[1], rtol=1e-9, atol=1e-12)))

# %% lang="ru"
W_1, W_2 = [W.copy() for W in untrained.weights]  # начальные веса пакета
shuffler = np.random.RandomState(0)  # перемешивание пакета, чтобы оба делали одни и те же шаги
for epoch in range(40):
    X_epoch = X_digits[shuffler.permutation(len(X_digits))]
    for start in range(0, len(X_epoch), 32):
        X_b = X_epoch[start:start + 32]
        H = X_b @ W_1                   # код, k значений на пример
        O = H @ W_2                     # восстановление
        delta_O = 2 * (O - X_b) / len(X_b)  # ∂L/∂O для средней квадратичной ошибки
        grad_W_2 = H.T @ delta_O
        grad_W_1 = X_b.T @ (delta_O @ W_2.T)
        W_1 -= 0.01 * grad_W_1
        W_2 -= 0.01 * grad_W_2

print("цикл и linear_autoencoder приходят к одним и тем же весам:",
      i18n.yes_no(np.allclose(W_1, ae.weights[0], rtol=1e-9, atol=1e-12)),
      i18n.yes_no(np.allclose(W_2, ae.weights[1], rtol=1e-9, atol=1e-12)))

# %% lang="en"
fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
plots.network.draw_network(axes[0], [64, k, 64], max_units=6,
                           title="Fig. 1.12: autoencoder")
plots.network.draw_training_loss(axes[1], history.loss, best=best)
plots.network.draw_principal_angles(axes[2], angles_after, angles_before)
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
plots.network.draw_network(axes[0], [64, k, 64], max_units=6,
                           title="Рис. 1.12: автокодировщик")
plots.network.draw_training_loss(axes[1], history.loss, best=best)
plots.network.draw_principal_angles(axes[2], angles_after, angles_before)
plt.show()

# %% [markdown] lang="en"
# The angles drop from tens of degrees to below one degree, and the reconstruction error
# reaches the SVD's optimum: the linear autoencoder has found the top singular subspace. What
# is left is the noise of stochastic gradient descent; a smaller learning rate at the end
# shrinks it further.
#
# The training used gradients from backpropagation (§1.3). A second method checks them here:
# central differences of the loss, parameter by parameter, on a few examples.

# %% [markdown] lang="ru"
# Углы падают с десятков градусов до долей градуса, а ошибка восстановления достигает
# оптимума SVD: линейный автокодировщик нашёл верхнее сингулярное подпространство. Остаток —
# шум стохастического градиентного спуска; меньшая скорость обучения в конце уменьшает его.
#
# Обучение шло по градиентам обратного распространения ошибки (§1.3). Проверим их вторым
# способом — центральными разностями функции потерь по каждому параметру на нескольких
# примерах.

# %% lang="en"
_, backprop_gradient = ae.flat_gradient(X_digits[:10], X_digits[:10])
numeric_gradient = ae.numerical_gradient(X_digits[:10], X_digits[:10])
relative = np.abs(backprop_gradient - numeric_gradient).max() / np.abs(numeric_gradient).max()
print("parameters checked:", backprop_gradient.size)
print("backpropagation agrees with central differences to 1e-6:", i18n.yes_no(relative < 1e-6))

# %% lang="ru"
_, backprop_gradient = ae.flat_gradient(X_digits[:10], X_digits[:10])
numeric_gradient = ae.numerical_gradient(X_digits[:10], X_digits[:10])
relative = np.abs(backprop_gradient - numeric_gradient).max() / np.abs(numeric_gradient).max()
print("проверено параметров:", backprop_gradient.size)
print("обратное распространение совпадает с центральными разностями до 1e-6:", i18n.yes_no(relative < 1e-6))

# %% [markdown] lang="en"
# ## A nonlinear network trained end to end
#
# Everything so far was linear. Here is a network with one hidden layer of 16 tanh units and a
# softmax output, trained by mini-batch SGD on two interleaved half-moons that no line
# separates. One step is the forward phase, the output error $P - Y$ of §1.2.1.4, one
# backward step through tanh ($\Phi' = 1 - h^2$, eq. (1.21)), and the update of every weight
# and bias. The loop is checked against the package's `FeedForwardNetwork.fit`, started from
# the same weights with the same shuffling.

# %% [markdown] lang="ru"
# ## Нелинейная сеть, обученная от начала до конца
#
# До сих пор всё было линейным. Вот сеть с одним скрытым слоем из 16 нейронов tanh и выходом
# Softmax, обученная стохастическим градиентным спуском по мини-пакетам на двух вложенных
# полумесяцах, которые не разделить прямой. Один шаг — прямая фаза, ошибка выхода $P - Y$ из
# раздела 1.2.1.4, один шаг назад через tanh ($\Phi' = 1 - h^2$, формула (1.21)) и
# обновление всех весов и смещений. Цикл сверен с `FeedForwardNetwork.fit` из пакета,
# запущенным с тех же весов и с тем же перемешиванием.

# %% lang="en"
X_moons, y_moons = make_moons(200, noise=0.15, random_state=0)
Y_moons = np.eye(2)[y_moons]  # one-hot labels
moons_net = network.FeedForwardNetwork([2, 16, 2], activation="tanh", output="softmax",
                                       loss="cross_entropy", random_state=1)
W_1, W_2 = [W.copy() for W in moons_net.weights]
b_1, b_2 = [b.copy() for b in moons_net.biases]

shuffler = np.random.RandomState(1)  # the package's shuffling
loss_curve, boundaries = [], {}
for epoch in range(1, 301):
    total = 0.0
    order = shuffler.permutation(len(X_moons))
    for start in range(0, len(order), 20):
        X_b, Y_b = X_moons[order[start:start + 20]], Y_moons[order[start:start + 20]]
        H_1 = np.tanh(X_b @ W_1 + b_1)                 # forward phase
        P = activations.softmax(H_1 @ W_2 + b_2)
        total += -np.sum(Y_b * np.log(P))
        delta_2 = (P - Y_b) / len(X_b)                 # output error, §1.2.1.4
        delta_1 = (delta_2 @ W_2.T) * (1 - H_1**2)     # backward phase through tanh
        W_2 -= 0.5 * (H_1.T @ delta_2)
        b_2 -= 0.5 * delta_2.sum(axis=0)
        W_1 -= 0.5 * (X_b.T @ delta_1)
        b_1 -= 0.5 * delta_1.sum(axis=0)
    loss_curve.append(total / len(X_moons))
    if epoch in (1, 10, 300):
        boundaries[epoch] = (W_1.copy(), b_1.copy(), W_2.copy(), b_2.copy())

history = moons_net.fit(X_moons, y_moons, epochs=300, batch_size=20, learning_rate=0.5,
                        random_state=1)
print("the loop and the package: same weights", i18n.yes_no(np.allclose(W_1, moons_net.weights[0])),
      i18n.yes_no(np.allclose(W_2, moons_net.weights[1])), "and the same loss curve",
      i18n.yes_no(np.allclose(loss_curve, history.loss)))
accuracy = np.mean(moons_net.predict(X_moons).argmax(axis=1) == y_moons)
print(f"training accuracy after 300 epochs: {i18n.number(accuracy, '.3f')}")

# %% lang="ru"
X_moons, y_moons = make_moons(200, noise=0.15, random_state=0)
Y_moons = np.eye(2)[y_moons]  # метки в унитарном кодировании
moons_net = network.FeedForwardNetwork([2, 16, 2], activation="tanh", output="softmax",
                                       loss="cross_entropy", random_state=1)
W_1, W_2 = [W.copy() for W in moons_net.weights]
b_1, b_2 = [b.copy() for b in moons_net.biases]

shuffler = np.random.RandomState(1)  # перемешивание, как в пакете
loss_curve, boundaries = [], {}
for epoch in range(1, 301):
    total = 0.0
    order = shuffler.permutation(len(X_moons))
    for start in range(0, len(order), 20):
        X_b, Y_b = X_moons[order[start:start + 20]], Y_moons[order[start:start + 20]]
        H_1 = np.tanh(X_b @ W_1 + b_1)                 # прямая фаза
        P = activations.softmax(H_1 @ W_2 + b_2)
        total += -np.sum(Y_b * np.log(P))
        delta_2 = (P - Y_b) / len(X_b)                 # ошибка выхода, раздел 1.2.1.4
        delta_1 = (delta_2 @ W_2.T) * (1 - H_1**2)     # обратная фаза через tanh
        W_2 -= 0.5 * (H_1.T @ delta_2)
        b_2 -= 0.5 * delta_2.sum(axis=0)
        W_1 -= 0.5 * (X_b.T @ delta_1)
        b_1 -= 0.5 * delta_1.sum(axis=0)
    loss_curve.append(total / len(X_moons))
    if epoch in (1, 10, 300):
        boundaries[epoch] = (W_1.copy(), b_1.copy(), W_2.copy(), b_2.copy())

history = moons_net.fit(X_moons, y_moons, epochs=300, batch_size=20, learning_rate=0.5,
                        random_state=1)
print("цикл и пакет: те же веса", i18n.yes_no(np.allclose(W_1, moons_net.weights[0])),
      i18n.yes_no(np.allclose(W_2, moons_net.weights[1])), "и та же кривая потерь",
      i18n.yes_no(np.allclose(loss_curve, history.loss)))
accuracy = np.mean(moons_net.predict(X_moons).argmax(axis=1) == y_moons)
print(f"точность на обучающих данных после 300 эпох: {i18n.number(accuracy, '.3f')}")

# %% lang="en"
grid = np.stack(np.meshgrid(np.linspace(-1.6, 2.6, 200), np.linspace(-1.1, 1.6, 150)), axis=-1)
fig, (ax_loss, ax_data) = plt.subplots(1, 2, figsize=(8, 3.6), layout="constrained")
ax_loss.plot(np.arange(1, 301), loss_curve, color="tab:blue", label="training loss")
ax_loss.set(xlabel="epoch", ylabel="mean cross-entropy", yscale="log",
            title="Mini-batch SGD, loss per epoch")
ax_loss.legend(loc="upper right")
for label, marker, color in ((0, "o", "tab:blue"), (1, "s", "tab:orange")):
    ax_data.scatter(*X_moons[y_moons == label].T, marker=marker, s=14, color=color,
                    label=f"class {label}")
for (epoch, (W_a, b_a, W_o, b_o)), style in zip(boundaries.items(), (":", "--", "-")):
    scores = np.tanh(grid @ W_a + b_a) @ W_o + b_o
    ax_data.contour(grid[..., 0], grid[..., 1], scores[..., 1] - scores[..., 0], levels=[0],
                    colors="black", linestyles=style)
    ax_data.plot([], [], "k" + style, label=f"boundary after {epoch} {i18n.plural(epoch, 'epoch|epochs')}")
ax_data.set(xlabel="$x_1$", ylabel="$x_2$", title="The decision boundary moves")
ax_data.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
plt.show()

# %% lang="ru"
grid = np.stack(np.meshgrid(np.linspace(-1.6, 2.6, 200), np.linspace(-1.1, 1.6, 150)), axis=-1)
fig, (ax_loss, ax_data) = plt.subplots(1, 2, figsize=(8, 3.6), layout="constrained")
ax_loss.plot(np.arange(1, 301), loss_curve, color="tab:blue", label="потери на обучении")
ax_loss.set(xlabel="эпоха", ylabel="средняя кросс-энтропия", yscale="log",
            title="Мини-пакетный SGD: потери по эпохам")
ax_loss.legend(loc="upper right")
for label, marker, color in ((0, "o", "tab:blue"), (1, "s", "tab:orange")):
    ax_data.scatter(*X_moons[y_moons == label].T, marker=marker, s=14, color=color,
                    label=f"класс {label}")
for (epoch, (W_a, b_a, W_o, b_o)), style in zip(boundaries.items(), (":", "--", "-")):
    scores = np.tanh(grid @ W_a + b_a) @ W_o + b_o
    ax_data.contour(grid[..., 0], grid[..., 1], scores[..., 1] - scores[..., 0], levels=[0],
                    colors="black", linestyles=style)
    ax_data.plot([], [], "k" + style, label=f"граница после {epoch} {i18n.plural(epoch, 'эпохи|эпох|эпох')}")
ax_data.set(xlabel="$x_1$", ylabel="$x_2$", title="Граница решений движется")
ax_data.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2)
plt.show()

# %% [markdown] lang="en"
# After one epoch the boundary is almost a straight line; after ten it has begun to bend; by
# the end it follows the gap between the moons. The hidden tanh layer is what lets it bend: with
# identity units the same loop could only ever draw a line (§1.5.1).

# %% [markdown] lang="ru"
# После одной эпохи граница почти прямая; после десяти начинает изгибаться; к концу она идёт
# по промежутку между полумесяцами. Изгибаться ей позволяет скрытый слой tanh: с
# тождественными нейронами тот же цикл мог бы провести только прямую (раздел 1.5.1).

# %% [markdown] lang="en"
# ## What to notice, what to try
#
# - Every layer is one matrix product followed by an elementwise Φ; the shapes chain as
#   $d \times p_1$, $p_1 \times p_2$, …, $p_k \times o$, so a whole mini-batch goes through at once.
# - A bias neuron is just one more input fixed at +1 (compare Fig. 1.3 b for the perceptron).
# - A linear autoencoder is the SVD in disguise ([§1.6.1](1.6.1-shallow-models.ipynb) returns to this).
#
# Try: change `k` and compare the trained error with the SVD's optimum;
#
# ```python
# for k_try in (1, 5):
#     _, history_k = autoencoder.linear_autoencoder(X_digits, k_try, epochs=40,
#                                                   learning_rate=0.01, random_state=0)
#     print(k_try, history_k.loss[-1], autoencoder.best_reconstruction_error(X_digits, k_try))
# ```
#
# then give the autoencoder a nonlinear hidden layer and compare its error with the SVD's:
#
# ```python
# tanh_ae = network.FeedForwardNetwork([64, 3, 64], activation="tanh", bias=False, random_state=0)
# tanh_history = tanh_ae.fit(X_digits, X_digits, epochs=40, batch_size=32, learning_rate=0.01,
#                            random_state=0)
# print("tanh:", tanh_history.loss[-1], " SVD:", best)
# ```
#
# The exercises of §1.11 that build a small multilayer network by hand are
# [exercise 9](../../exercises/en/ex09-closed-form.ipynb) and
# [exercise 10](../../exercises/en/ex10-closed-form-derivative.ipynb).

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - Каждый слой — одно матричное произведение и поэлементная функция Φ; размеры
#   сцепляются как $d \times p_1$, $p_1 \times p_2$, …, $p_k \times o$, и весь мини-пакет проходит сразу.
# - Нейрон смещения — просто ещё один вход, всегда равный +1 (сравните с рис. 1.3, б для
#   перцептрона).
# - Линейный автокодировщик — это замаскированное SVD (к этому вернётся
#   [раздел 1.6.1](1.6.1-shallow-models.ipynb)).
#
# Попробуйте изменить `k` и сравнить ошибку после обучения с оптимумом SVD:
#
# ```python
# for k_try in (1, 5):
#     _, history_k = autoencoder.linear_autoencoder(X_digits, k_try, epochs=40,
#                                                   learning_rate=0.01, random_state=0)
#     print(k_try, history_k.loss[-1], autoencoder.best_reconstruction_error(X_digits, k_try))
# ```
#
# затем дать автокодировщику нелинейный скрытый слой и сравнить его ошибку с ошибкой SVD:
#
# ```python
# tanh_ae = network.FeedForwardNetwork([64, 3, 64], activation="tanh", bias=False, random_state=0)
# tanh_history = tanh_ae.fit(X_digits, X_digits, epochs=40, batch_size=32, learning_rate=0.01,
#                            random_state=0)
# print("tanh:", tanh_history.loss[-1], " SVD:", best)
# ```
#
# Упражнения §1.11, где небольшая многослойная сеть строится вручную, —
# [упражнение 9](../../exercises/ru/ex09-closed-form.ipynb) и
# [упражнение 10](../../exercises/ru/ex10-closed-form-derivative.ipynb).
