# %% [markdown] lang="en"
# # 1.4.1.1 Regularization
#
# [§1.4.1](1.4.1-overfitting.ipynb) showed a flexible model following the noise of its
# training set. Regularization keeps the flexibility but charges for using it: the book's
# version adds the penalty $\lambda \sum_i w_i^2$ to the loss, and gradient descent then
# turns into the update of eq. (1.33),
#
# $$W \Leftarrow W (1 - \alpha \lambda) - \alpha \frac{\partial L}{\partial W},$$
#
# which shrinks every weight a little before each step ("weight decay"). This notebook
#
# 1. writes eq. (1.33) out in numpy and checks it against the package's network;
# 2. follows the test error of a too-flexible model along a path of $\lambda$: variance
#    falls, bias rises, and the sum has a minimum;
# 3. counts what parameter sharing (§1.4.1.2) saves, with a convolution written as a dense
#    layer whose weights are tied.

# %% [markdown] lang="ru"
# # 1.4.1.1 Регуляризация
#
# В [§1.4.1](1.4.1-overfitting.ipynb) гибкая модель следовала за шумом своей обучающей
# выборки. Регуляризация сохраняет гибкость, но берёт за неё плату: в книге к функции потерь
# добавляется штраф $\lambda \sum_i w_i^2$, и градиентный спуск превращается в обновление
# формулы (1.33),
#
# $$W \Leftarrow W (1 - \alpha \lambda) - \alpha \frac{\partial L}{\partial W},$$
#
# которое перед каждым шагом немного уменьшает каждый вес («затухание весов»). В этом
# блокноте мы
#
# 1. запишем формулу (1.33) на numpy и сверим её с сетью из пакета;
# 2. проследим ошибку слишком гибкой модели вдоль пути по $\lambda$: дисперсия падает,
#    смещение растёт, а у суммы есть минимум;
# 3. посчитаем, что экономит разделение параметров (§1.4.1.2), записав свёртку как
#    полносвязный слой со связанными весами.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, network, overfitting, parameter_sharing, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, network, overfitting, parameter_sharing, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статических рисунков

# %% [markdown] lang="en"
# ## Eq. (1.33) in numpy
#
# Take a small network (3 inputs, 4 tanh units, 1 linear output), a mini-batch of 8
# examples, $\alpha = 0.1$ and $\lambda = 0.5$. Backpropagation gives $\partial L/\partial W$
# for every layer; the update is one line per layer. The bias neurons are not decayed (a
# common choice: shrinking an offset does not make the function smoother).

# %% [markdown] lang="ru"
# ## Формула (1.33) на numpy
#
# Возьмём маленькую сеть (3 входа, 4 нейрона tanh, 1 линейный выход), мини-пакет из 8
# примеров, $\alpha = 0{,}1$ и $\lambda = 0{,}5$. Обратное распространение даёт
# $\partial L/\partial W$ для каждого слоя; обновление — одна строка на слой. Нейроны
# смещения не штрафуются (обычный выбор: уменьшение сдвига не делает функцию глаже).

# %% lang="en"
rng = np.random.default_rng(0)
X, y = rng.normal(size=(8, 3)), rng.normal(size=(8, 1))
net = network.FeedForwardNetwork([3, 4, 1], activation="tanh", random_state=0)
alpha, lam = 0.1, 0.5

loss, weight_gradients, bias_gradients = net.gradients(X, y)
by_hand = [W * (1 - alpha * lam) - alpha * g for W, g in zip(net.weights, weight_gradients)]
by_hand_biases = [b - alpha * g for b, g in zip(net.biases, bias_gradients)]

net.step(X, y, learning_rate=alpha, weight_decay=lam)  # the package's update
difference = max(np.abs(a - b).max() for a, b in zip(by_hand + by_hand_biases,
                                                      net.weights + net.biases))
print("largest difference between numpy and the package:", i18n.number(difference, "g"))

# %% lang="ru"
rng = np.random.default_rng(0)
X, y = rng.normal(size=(8, 3)), rng.normal(size=(8, 1))
net = network.FeedForwardNetwork([3, 4, 1], activation="tanh", random_state=0)
alpha, lam = 0.1, 0.5

loss, weight_gradients, bias_gradients = net.gradients(X, y)
by_hand = [W * (1 - alpha * lam) - alpha * g for W, g in zip(net.weights, weight_gradients)]
by_hand_biases = [b - alpha * g for b, g in zip(net.biases, bias_gradients)]

net.step(X, y, learning_rate=alpha, weight_decay=lam)  # обновление из пакета
difference = max(np.abs(a - b).max() for a, b in zip(by_hand + by_hand_biases,
                                                      net.weights + net.biases))
print("наибольшее расхождение numpy и пакета:", i18n.number(difference, "g"))

# %% [markdown] lang="en"
# Why $1 - \alpha\lambda$ and not $1 - 2\alpha\lambda$? The update is plain gradient descent on
# $L + \frac{\lambda}{2} \sum_i w_i^2$: the derivative of the penalty is $\lambda w_i$, so the
# step $-\alpha(\partial L/\partial w_i + \lambda w_i)$ is eq. (1.33). The book writes the
# penalty as $\lambda \sum w_i^2$ and absorbs the factor 2 into $\lambda$. Central differences
# of the penalized objective confirm the gradient:

# %% [markdown] lang="ru"
# Почему $1 - \alpha\lambda$, а не $1 - 2\alpha\lambda$? Обновление — это обычный градиентный
# спуск по $L + \frac{\lambda}{2} \sum_i w_i^2$: производная штрафа равна $\lambda w_i$, и шаг
# $-\alpha(\partial L/\partial w_i + \lambda w_i)$ — это формула (1.33). Книга пишет штраф как
# $\lambda \sum w_i^2$ и прячет множитель 2 в $\lambda$. Центральные разности штрафованной
# целевой функции подтверждают градиент:

# %% lang="en"
theta = net.get_parameters()
numerical = np.empty_like(theta)
for i in range(theta.size):
    values = []
    for shift in (1e-6, -1e-6):
        shifted = theta.copy()
        shifted[i] += shift
        net.set_parameters(shifted)
        values.append(net.objective(X, y, weight_decay=lam))
    numerical[i] = (values[0] - values[1]) / 2e-6
net.set_parameters(theta)

_, gradient = net.flat_gradient(X, y)
n_weights = sum(W.size for W in net.weights)
gradient[:n_weights] += lam * theta[:n_weights]  # + λW for the weights, not for the biases
print("largest |central difference − (∂L/∂W + λW)|:", f"{i18n.number(np.abs(numerical - gradient).max(), '.1e')}")

# %% lang="ru"
theta = net.get_parameters()
numerical = np.empty_like(theta)
for i in range(theta.size):
    values = []
    for shift in (1e-6, -1e-6):
        shifted = theta.copy()
        shifted[i] += shift
        net.set_parameters(shifted)
        values.append(net.objective(X, y, weight_decay=lam))
    numerical[i] = (values[0] - values[1]) / 2e-6
net.set_parameters(theta)

_, gradient = net.flat_gradient(X, y)
n_weights = sum(W.size for W in net.weights)
gradient[:n_weights] += lam * theta[:n_weights]  # + λW для весов, но не для смещений
print("наибольшее |центральная разность − (∂L/∂W + λW)|:", f"{i18n.number(np.abs(numerical - gradient).max(), '.1e')}")

# %% [markdown] lang="en"
# For a single-layer network with a linear output and the squared loss, the update (1.33)
# comes to rest at a closed form, $W = (X^T X + \tfrac{n\lambda}{2} I)^{-1} X^T y$ (ridge
# regression; the tests check that 3000 steps of the package's network land on it, and that
# scikit-learn's `Ridge` agrees). That makes a whole path in $\lambda$ cheap to compute.
#
# ## A path in λ
#
# The degree-9 polynomial of §1.4.1 had a tiny bias and a huge variance on training sets of
# 15 points. Refit it on 100 training sets for each of 13 values of $\lambda$, and split its
# test error into bias² and variance as before:

# %% [markdown] lang="ru"
# Для однослойной сети с линейным выходом и квадратичной функцией потерь обновление (1.33)
# останавливается в точке, известной в замкнутом виде:
# $W = (X^T X + \tfrac{n\lambda}{2} I)^{-1} X^T y$ (гребневая регрессия; тесты проверяют, что
# 3000 шагов сети из пакета приходят в неё и что `Ridge` из scikit-learn с ней согласен).
# Поэтому целый путь по $\lambda$ вычисляется быстро.
#
# ## Путь по λ
#
# У многочлена степени 9 из §1.4.1 на выборках по 15 точек было крошечное смещение и огромная
# дисперсия. Подгоним его заново по 100 выборкам для каждого из 13 значений $\lambda$ и, как
# прежде, разложим ошибку на смещение² и дисперсию:

# %%
lambdas = np.logspace(-6, 0, 13)
path = [overfitting.bias_variance(*overfitting.resampled_fits(
    9, weight_decay=lam, repeats=100, random_state=9)) for lam in lambdas]
bias, variance = np.array(path).T
fig, ax = plt.subplots(figsize=(8, 3.6))
plots.regularization.draw_lambda_path(ax, lambdas, bias, variance, degree=9, n_train=15)
plt.show()

# %% lang="en"
best = int(np.argmin(bias + variance))
print(f"λ = 1e-6: bias² + variance = {i18n.number(bias[0] + variance[0], '.3f')}")
print(f"best λ = {i18n.number(lambdas[best], '.2g')}: bias² + variance = {i18n.number(bias[best] + variance[best], '.3f')}")

# %% lang="ru"
best = int(np.argmin(bias + variance))
print(f"λ = 1e-6: смещение² + дисперсия = {i18n.number(bias[0] + variance[0], '.3f')}")
print(f"лучшее λ = {i18n.number(lambdas[best], '.2g')}: смещение² + дисперсия = {i18n.number(bias[best] + variance[best], '.3f')}")

# %% [markdown] lang="en"
# More than twenty times less error at the best $\lambda$ than without it. Past the best value the
# penalty flattens the curve towards zero and the bias takes over. The three pictures below
# show 20 of the fits at the two ends and at the best $\lambda$:

# %% [markdown] lang="ru"
# При лучшем $\lambda$ ошибка более чем в двадцать раз меньше, чем без регуляризации. За лучшим значением
# штраф прижимает кривую к нулю, и верх берёт смещение. Три рисунка ниже показывают 20
# подогнанных кривых на двух концах пути и при лучшем $\lambda$:

# %%
fig, axes = plt.subplots(1, 3, figsize=(8, 3.9), sharey=True)
for ax, lam in zip(axes, (lambdas[0], lambdas[best], lambdas[-1])):
    grid, predictions = overfitting.resampled_fits(9, weight_decay=lam, repeats=100,
                                                   random_state=9)
    artists = plots.overfitting.draw_resampled_fits(
        ax, grid, predictions, 9, *overfitting.bias_variance(grid, predictions),
        weight_decay=lam)
fig.legend(handles=[artists["fits"][0], artists["mean"], artists["target"]],
           loc="outside lower center", ncols=3)
plt.show()

# %% [markdown] lang="en"
# The weight decay did what fewer parameters did in §1.4.1 (degree 3), but continuously: one
# number, tuned on held-out data, instead of a choice of architecture. The book's remark
# that a larger model with regularization tends to beat a smaller one without it is about
# this freedom.
#
# ## Parameter sharing (§1.4.1.2)
#
# Another way to have fewer free parameters is to make many weights equal. A convolution
# (§1.6.5) slides one small filter over the image: every hidden unit looks at its own window
# with the same weights. Written as the dense layer $h = W^T x$ of §1.2.2, $W$ is large, but
# its entries take only as many values as the filter has.

# %% [markdown] lang="ru"
# Регуляризация сделала то же, что в §1.4.1 сделало уменьшение числа параметров (степень 3),
# но плавно: одно число, подобранное по отложенным данным, вместо выбора архитектуры. Об этой
# свободе и говорит замечание книги, что большая модель с регуляризацией обычно лучше
# маленькой без неё.
#
# ## Разделение параметров (§1.4.1.2)
#
# Другой способ уменьшить число свободных параметров — сделать многие веса равными. Свёртка
# (§1.6.5) проводит один маленький фильтр по всему изображению: каждый скрытый нейрон смотрит
# на своё окно с одними и теми же весами. Если записать её как полносвязный слой
# $h = W^T x$ из §1.2.2, матрица $W$ большая, но её элементы принимают лишь столько разных
# значений, сколько их в фильтре.

# %% lang="en"
from scipy import signal

image = np.random.default_rng(1).normal(size=(28, 28))
kernel = np.random.default_rng(2).normal(size=(5, 5))
W = parameter_sharing.convolution_matrix(kernel, image.shape)
print("W has shape", W.shape, "=", W.size, "connections,",
      len(np.unique(W[W != 0])), "distinct nonzero values")
print("x W equals the convolution:", ("no", "yes")[int(
    np.allclose(image.ravel() @ W, signal.correlate2d(image, kernel, mode="valid").ravel()))])

counts = parameter_sharing.parameter_counts(image=28, kernel=5, maps=6)
print(f"28×28 image → 6 maps of 24×24 = {counts['units']} units:")
print(f"  fully connected:    {counts['dense']:>9,} parameters".replace(",", ","))
print(f"  shared 5×5 filters: {counts['shared']:>9,} parameters".replace(",", ","))

# %% lang="ru"
from scipy import signal

image = np.random.default_rng(1).normal(size=(28, 28))
kernel = np.random.default_rng(2).normal(size=(5, 5))
W = parameter_sharing.convolution_matrix(kernel, image.shape)
print("матрица W размера", W.shape, "=", W.size, "связей,",
      len(np.unique(W[W != 0])), "различных ненулевых значений")
print("x W совпадает со свёрткой:", ("нет", "да")[int(
    np.allclose(image.ravel() @ W, signal.correlate2d(image, kernel, mode="valid").ravel()))])

counts = parameter_sharing.parameter_counts(image=28, kernel=5, maps=6)
print(f"изображение 28×28 → 6 карт 24×24 = {counts['units']} нейронов:")
print(f"  полносвязный слой: {counts['dense']:>9,} параметров".replace(",", " "))
print(f"  общие фильтры 5×5: {counts['shared']:>9,} параметров".replace(",", " "))

# %% [markdown] lang="en"
# The same 3456 hidden units, with 17 000 times fewer parameters. By the rule of thumb of
# §1.4.1, 156 parameters are well determined by a few thousand images, 2.7 million are not
# even by MNIST's 60 000. Sharing is justified when the same pattern (an edge, a stroke)
# matters wherever it appears, which is true of images and of sequences (§1.6.4).
#
# **Try it:** in the λ path, replace degree 9 by degree 3: how much does regularization still
# gain?

# %% [markdown] lang="ru"
# Те же 3456 скрытых нейронов при в 17 000 раз меньшем числе параметров. По эмпирическому
# правилу §1.4.1 156 параметров надёжно определяются несколькими тысячами изображений, а
# 2,7 миллиона не определяются даже 60 000 изображений MNIST. Разделение оправдано, когда
# один и тот же узор (край, штрих) важен, где бы он ни появился, — так бывает с изображениями
# и с последовательностями (§1.6.4).
#
# **Попробуйте:** в пути по λ замените степень 9 на степень 3: сколько ещё выигрывает
# регуляризация?
