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
# Многослойная сеть (сеть прямого распространения) состоит из слоев элементов: входного,
# одного или нескольких **скрытых слоев** и выходного. В этом блокноте мы строим настоящую
# сеть, рисуем по ней рис. 1.11, показываем рекурсию по слоям и размеры матриц весов,
# а затем обучаем **автокодировщик** рис. 1.12 и убеждаемся, что с линейными элементами он
# находит то же подпространство, что и сингулярное разложение (SVD).

# %%
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt
from sklearn.datasets import load_digits

from nbcompanion import activations, autoencoder, i18n, network, plots

# %% [markdown] lang="en"
# ## The layer recursion
#
# With d inputs and hidden layers of p_1, …, p_k units, §1.2.2 writes the network as
#
# $$h_1 = \Phi(W_1^T x),\qquad h_{p+1} = \Phi(W_{p+1}^T h_p),\qquad o = \Phi(W_{k+1}^T h_k),$$
#
# where W_1 is d × p_1, W_{p+1} is p_p × p_{p+1} and W_{k+1} is p_k × o. A mini-batch puts
# one example in each row of a matrix H, so each line becomes `H @ W`: one matrix product per
# layer for the whole batch. Here are those three lines, for a network with d = 5, two hidden
# layers of 3 units and one output:

# %% [markdown] lang="ru"
# ## Рекурсия по слоям
#
# При d входах и скрытых слоях из p_1, …, p_k элементов сеть записывается (§1.2.2) так:
#
# $$h_1 = \Phi(W_1^T x),\qquad h_{p+1} = \Phi(W_{p+1}^T h_p),\qquad o = \Phi(W_{k+1}^T h_k),$$
#
# где W_1 имеет размер d × p_1, W_{p+1} — p_p × p_{p+1}, а W_{k+1} — p_k × o. В мини-пакете
# каждый пример — строка матрицы H, и каждая строка формулы превращается в `H @ W`: одно
# матричное произведение на слой для всего пакета. Вот эти три строки для сети с d = 5,
# двумя скрытыми слоями по 3 элемента и одним выходом:

# %%
net = network.FeedForwardNetwork([5, 3, 3, 1], activation="sigmoid", output="linear",
                                 bias=False, random_state=0)
W1, W2, W3 = net.weights
X = np.random.default_rng(0).normal(size=(4, 5))  # a mini-batch of 4 examples

h1 = activations.sigmoid(X @ W1)   # h_1 = Φ(W_1ᵀ x) for every row x
h2 = activations.sigmoid(h1 @ W2)  # h_2 = Φ(W_2ᵀ h_1)
o = h2 @ W3                        # linear output unit

print("shapes of W_1, W_2, W_3:", [W.shape for W in net.weights])
print("shapes of X, h_1, h_2, o:", X.shape, h1.shape, h2.shape, o.shape)
print("the package computes the same output:", np.allclose(o, net.predict(X)))

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
# из `net`, толщина линий — из ее весов (синие — положительные, красные — отрицательные).
# С нейронами смещения (рис. 1.11, а) каждый слой после входного получает дополнительный
# элемент, всегда выдающий +1; его вес играет роль смещения b из уравнения (1.2). Векторная
# форма сворачивает слой в один блок и подписывает на каждой связи матрицу весов и ее размер.

# %%
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
# The shapes follow the rule d × p_1, p_r × p_{r+1}, p_k × o. A bias neuron adds one row to
# each matrix (or, as stored here, a vector b_r added to the pre-activations), so the network
# with bias neurons has 3 + 3 + 1 = 7 more parameters:

# %% [markdown] lang="ru"
# Размеры подчиняются правилу d × p_1, p_r × p_{r+1}, p_k × o. Нейрон смещения добавляет к
# каждой матрице одну строку (здесь она хранится как вектор b_r, прибавляемый к
# предактивационным значениям), поэтому у сети с нейронами смещения на 3 + 3 + 1 = 7
# параметров больше:

# %%
print("parameters without bias neurons:", net.get_parameters().size)
print("parameters with bias neurons:   ", with_bias.get_parameters().size)

# %% [markdown] lang="en"
# ## The autoencoder of Fig. 1.12 and the SVD
#
# An autoencoder has as many outputs as inputs and is trained to reproduce its input through
# a narrow hidden layer of k units. With identity activations, no bias neurons and the
# squared loss, the network computes X W_1 W_2, a matrix of rank at most k. The best rank-k
# approximation of X is the truncated SVD, so training should find the subspace of the top k
# right singular vectors, though not those vectors themselves (any invertible k × k matrix can
# sit between W_1 and W_2). We train one on the 8 × 8 digits (d = 64, k = 3), centred, with
# mini-batch SGD on gradients from backpropagation, and measure the **principal angles**
# between the span of the decoder W_2 and the top singular subspace.

# %% [markdown] lang="ru"
# ## Автокодировщик рис. 1.12 и SVD
#
# У автокодировщика столько же выходов, сколько входов, и его обучают воспроизводить вход,
# пропуская его через узкий скрытый слой из k элементов. С тождественной функцией
# активации, без нейронов смещения и с квадратичной функцией потерь сеть вычисляет
# X W_1 W_2 — матрицу ранга не выше k. Лучшее приближение X ранга k дает усеченное
# сингулярное разложение, поэтому обучение должно найти подпространство k верхних правых
# сингулярных векторов (но не сами векторы: между W_1 и W_2 может стоять любая обратимая
# матрица k × k). Обучим автокодировщик на цифрах 8 × 8 (d = 64, k = 3), центрировав их,
# стохастическим градиентным спуском по мини-пакетам с градиентами обратного распространения
# ошибки и измерим **главные углы** между линейной оболочкой строк декодера W_2 и верхним
# сингулярным подпространством.

# %%
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

print("principal angles before training (degrees):", np.round(angles_before, 1))
print("principal angles after training (degrees): ", np.round(angles_after, 1))
print(f"reconstruction error: trained {history.loss[-1]:.3f}, best possible (SVD) {best:.3f}")

# %%
fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
plots.network.draw_network(axes[0], [64, k, 64], max_units=6,
                           title=i18n.text("network.autoencoder_title"))
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
# оптимума SVD: линейный автокодировщик нашел верхнее сингулярное подпространство. Остаток —
# шум стохастического градиентного спуска; меньшая скорость обучения в конце уменьшает его.
#
# Обучение шло по градиентам обратного распространения ошибки (§1.3). Проверим их вторым
# способом — центральными разностями функции потерь по каждому параметру на нескольких
# примерах.

# %%
_, backprop_gradient = ae.flat_gradient(X_digits[:10], X_digits[:10])
numeric_gradient = ae.numerical_gradient(X_digits[:10], X_digits[:10])
relative = np.abs(backprop_gradient - numeric_gradient).max() / np.abs(numeric_gradient).max()
print("parameters checked:", backprop_gradient.size)
print("backpropagation agrees with central differences to 1e-6:", relative < 1e-6)

# %% [markdown] lang="en"
# ## What to notice, what to try
#
# - Every layer is one matrix product followed by an elementwise Φ; the shapes chain as
#   d × p_1, p_1 × p_2, …, p_k × o, so a whole mini-batch goes through at once.
# - A bias neuron is just one more input fixed at +1 (compare Fig. 1.3 b for the perceptron).
# - A linear autoencoder is the SVD in disguise (§1.6.1 returns to this).
#
# Try: change `k`; give the autoencoder a nonlinear hidden layer
# (`network.FeedForwardNetwork([64, 3, 64], activation="tanh", bias=False)` trained with
# `fit(X, X, ...)`) and compare its error with the SVD's. The exercises of §1.11 that build
# a small multilayer network by hand are 9 and 10 (`../../exercises/en/`).

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - Каждый слой — одно матричное произведение и поэлементная функция Φ; размеры
#   сцепляются как d × p_1, p_1 × p_2, …, p_k × o, и весь мини-пакет проходит сразу.
# - Нейрон смещения — просто еще один вход, всегда равный +1 (сравните с рис. 1.3, б для
#   перцептрона).
# - Линейный автокодировщик — это замаскированное SVD (к этому вернется §1.6.1).
#
# Попробуйте изменить `k`; дать автокодировщику нелинейный скрытый слой
# (`network.FeedForwardNetwork([64, 3, 64], activation="tanh", bias=False)`, обучение через
# `fit(X, X, ...)`) и сравнить его ошибку с ошибкой SVD. Упражнения 9 и 10 из §1.11, где
# небольшая многослойная сеть строится вручную, лежат в `../../exercises/ru/`.
