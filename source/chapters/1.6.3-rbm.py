# %% [markdown] lang="en"
# # 1.6.3 Restricted Boltzmann machines
#
# A restricted Boltzmann machine (RBM) looks like a two-layer network — visible units $v$,
# hidden units $h$, weights $W$ between them and none inside a layer — but §1.6.3 stresses that
# it is a different kind of model: it defines a *probability distribution* over its states
# through an energy,
#
# $$E(v, h) = -b \cdot v - c \cdot h - h^T W v, \qquad P(v, h) \propto e^{-E(v, h)},$$
#
# it has no output to compare with a target, and it is **not trained by backpropagation**.
# Training raises $\log P(v)$ of the data, whose gradient is a difference of two correlations,
#
# $$\frac{\partial \log P(v)}{\partial W} = \langle h\, v^T \rangle_{\text{data}} - \langle h\, v^T \rangle_{\text{model}},$$
#
# and *contrastive divergence* (CD-k) estimates the second term by running $k$ steps of Gibbs
# sampling $v \to h \to v \to \ldots$ from the data. This notebook trains one on binarized
# digits in numpy, compares it with scikit-learn's `BernoulliRBM` under the same settings, and
# checks the CD estimate against the exact gradient of a machine small enough to enumerate.

# %% [markdown] lang="ru"
# # 1.6.3 Ограниченные машины Больцмана
#
# Ограниченная машина Больцмана (RBM) похожа на двухслойную сеть — видимые нейроны $v$,
# скрытые нейроны $h$, веса $W$ между ними и никаких связей внутри слоя, — но §1.6.3
# подчёркивает, что это модель другого рода: она задаёт *распределение вероятностей* своих
# состояний через энергию
#
# $$E(v, h) = -b \cdot v - c \cdot h - h^T W v, \qquad P(v, h) \propto e^{-E(v, h)},$$
#
# у неё нет выхода, который сравнивался бы с целью, и она **не обучается обратным
# распространением ошибки**. Обучение увеличивает $\log P(v)$ данных, а градиент этой величины —
# разность двух корреляций:
#
# $$\frac{\partial \log P(v)}{\partial W} = \langle h\, v^T \rangle_{\text{данные}} - \langle h\, v^T \rangle_{\text{модель}};$$
#
# *контрастивная дивергенция* (CD-k) оценивает второе слагаемое, делая $k$ шагов выборки
# Гиббса $v \to h \to v \to \ldots$, начиная с данных. В этом блокноте мы обучим RBM на
# бинаризованных цифрах в numpy, сравним её с `BernoulliRBM` из scikit-learn при тех же
# настройках и проверим оценку CD по точному градиенту машины, достаточно маленькой, чтобы
# перебрать все её состояния.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.neural_network import BernoulliRBM

from nbcompanion import i18n, plots, rbm

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.neural_network import BernoulliRBM

from nbcompanion import i18n, plots, rbm

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков компаньона

# %% [markdown] lang="en"
# ## One CD-1 update, in a few lines
#
# Both conditionals are layers of independent sigmoids: $P(h_j = 1 \mid v) = \sigma(c_j + W_j
# \cdot v)$ and $P(v_i = 1 \mid h) = \sigma(b_i + W_{:,i} \cdot h)$. One update of CD-1 on a
# mini-batch samples $h$ from the data, $v'$ from $h$, and moves $W$ by the difference of the
# two correlations — no loss, no chain rule:

# %% [markdown] lang="ru"
# ## Одно обновление CD-1 в нескольких строках
#
# Оба условных распределения — слои независимых сигмоид: $P(h_j = 1 \mid v) = \sigma(c_j + W_j
# \cdot v)$ и $P(v_i = 1 \mid h) = \sigma(b_i + W_{:,i} \cdot h)$. Одно обновление CD-1 на
# мини-пакете выбирает $h$ по данным, $v'$ по $h$ и сдвигает $W$ на разность двух корреляций —
# без функции потерь и без цепного правила:

# %% lang="en"
X, labels = rbm.binarized_digits()  # 1797 digits, 8×8 pixels, each 0 or 1
rng = np.random.default_rng(0)
W, b, c = rng.normal(0, 0.01, (64, 64)), np.zeros(64), np.zeros(64)  # 64 hidden units


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


v = X[:10]                                                        # a mini-batch
h_data = sigmoid(v @ W.T + c)                                     # P(h = 1 | data)
h = (rng.uniform(size=h_data.shape) < h_data).astype(float)       # sample h
v_model = (rng.uniform(size=v.shape) < sigmoid(h @ W + b)).astype(float)  # one Gibbs step
h_model = sigmoid(v_model @ W.T + c)
W += 0.05 * (h_data.T @ v - h_model.T @ v_model) / len(v)        # ⟨h vᵀ⟩_data − ⟨h vᵀ⟩_model
print("weights changed by", f"{i18n.number(np.abs(h_data.T @ v - h_model.T @ v_model).max() * 0.05 / 10, '.4f')} at most")

# %% lang="ru"
X, labels = rbm.binarized_digits()  # 1797 цифр, 8×8 пикселей, каждый 0 или 1
rng = np.random.default_rng(0)
W, b, c = rng.normal(0, 0.01, (64, 64)), np.zeros(64), np.zeros(64)  # 64 скрытых нейрона


def sigmoid(a):
    return 1 / (1 + np.exp(-a))


v = X[:10]                                                        # мини-пакет
h_data = sigmoid(v @ W.T + c)                                     # P(h = 1 | данные)
h = (rng.uniform(size=h_data.shape) < h_data).astype(float)       # выбираем h
v_model = (rng.uniform(size=v.shape) < sigmoid(h @ W + b)).astype(float)  # один шаг Гиббса
h_model = sigmoid(v_model @ W.T + c)
W += 0.05 * (h_data.T @ v - h_model.T @ v_model) / len(v)        # ⟨h vᵀ⟩_данные − ⟨h vᵀ⟩_модель
print("веса изменились не более чем на", f"{i18n.number(np.abs(h_data.T @ v - h_model.T @ v_model).max() * 0.05 / 10, '.4f')}")

# %% [markdown] lang="en"
# ## Against scikit-learn's `BernoulliRBM`
#
# `rbm.RBM` repeats that update over mini-batches. scikit-learn's `BernoulliRBM` uses the
# *persistent* variant (PCD: the Gibbs chain continues from where the previous update left it
# instead of restarting at the data). With `persistent=True` our RBM draws the same random
# numbers in the same order and ends with the same weights; with `persistent=False` it is
# plain CD-k. Same settings for all: 64 hidden units, learning rate 0.05, mini-batches of 10,
# 10 passes. They are compared by the pseudo-likelihood scikit-learn reports (per image, a
# random pixel is flipped and the change of free energy estimates $\sum_i \log P(v_i \mid
# v_{\text{rest}})$; higher is better) and by how many pixels a reconstruction gets wrong.

# %% [markdown] lang="ru"
# ## Сравнение с `BernoulliRBM` из scikit-learn
#
# `rbm.RBM` повторяет это обновление по мини-пакетам. `BernoulliRBM` из scikit-learn
# использует *персистентный* вариант (PCD: цепь Гиббса продолжается с того места, где её
# оставило предыдущее обновление, а не начинается заново с данных). С `persistent=True` наша
# RBM берёт те же случайные числа в том же порядке и приходит к тем же весам; с
# `persistent=False` это обычная CD-k. Настройки у всех одинаковые: 64 скрытых нейрона,
# скорость обучения 0,05, мини-пакеты по 10, 10 проходов. Сравниваем по псевдоправдоподобию,
# которое выдаёт scikit-learn (в каждом изображении меняется случайный пиксель, и изменение
# свободной энергии оценивает $\sum_i \log P(v_i \mid v_{\text{остальные}})$; больше — лучше),
# и по доле пикселей, которые восстановление угадывает неверно.

# %% lang="en"
settings = dict(n_components=64, learning_rate=0.05, batch_size=10, n_iter=10, random_state=0)
models = {"scikit-learn BernoulliRBM (PCD)": BernoulliRBM(**settings).fit(X),
          "rbm.RBM, persistent (PCD)": rbm.RBM(**settings, persistent=True).fit(X),
          "rbm.RBM, CD-1": rbm.RBM(**settings, k=1).fit(X),
          "rbm.RBM, CD-5": rbm.RBM(**settings, k=5).fit(X)}
reference = models["scikit-learn BernoulliRBM (PCD)"]


def reconstruct(model, V):  # up to P(h | v), back down to P(v | h), for either library's RBM
    return 1 / (1 + np.exp(-(model.transform(V) @ model.components_ + model.intercept_visible_)))


for name, model in models.items():
    wrong = np.mean((reconstruct(model, X) > 0.5) != X)
    print(f"{name:<32} pseudo-likelihood {i18n.number(model.score_samples(X).mean(), '7.2f')}   wrong pixels {i18n.number(wrong, '.3f')}")
same = np.allclose(models["rbm.RBM, persistent (PCD)"].components_, reference.components_, rtol=0, atol=1e-12)
print("persistent rbm.RBM has scikit-learn's weights:", "yes" if same else "no")

# %% lang="ru"
settings = dict(n_components=64, learning_rate=0.05, batch_size=10, n_iter=10, random_state=0)
models = {"BernoulliRBM из scikit-learn (PCD)": BernoulliRBM(**settings).fit(X),
          "rbm.RBM, персистентная (PCD)": rbm.RBM(**settings, persistent=True).fit(X),
          "rbm.RBM, CD-1": rbm.RBM(**settings, k=1).fit(X),
          "rbm.RBM, CD-5": rbm.RBM(**settings, k=5).fit(X)}
reference = models["BernoulliRBM из scikit-learn (PCD)"]


def reconstruct(model, V):  # вверх до P(h | v), обратно вниз до P(v | h), для RBM обеих библиотек
    return 1 / (1 + np.exp(-(model.transform(V) @ model.components_ + model.intercept_visible_)))


for name, model in models.items():
    wrong = np.mean((reconstruct(model, X) > 0.5) != X)
    print(f"{name:<35} псевдоправдоподобие {i18n.number(model.score_samples(X).mean(), '7.2f')}   неверных пикселей {i18n.number(wrong, '.3f')}")
same = np.allclose(models["rbm.RBM, персистентная (PCD)"].components_, reference.components_, rtol=0, atol=1e-12)
print("у персистентной rbm.RBM веса scikit-learn:", "да" if same else "нет")

# %% [markdown] lang="en"
# Reconstructions (second row CD-1, third row scikit-learn): each digit goes up to
# $P(h \mid v)$ and back down to $P(v \mid h)$ once.
# Below them, the weights of 8 hidden units shown as 8×8 images (red positive, blue negative):
# each unit has become a detector of a stroke or a part of a digit.

# %% [markdown] lang="ru"
# Восстановления (вторая строка — CD-1, третья — scikit-learn): каждая цифра один раз
# поднимается до $P(h \mid v)$ и опускается обратно до $P(v \mid h)$. Под ними — веса 8 скрытых нейронов в виде изображений 8×8 (красный —
# положительные, синий — отрицательные): каждый нейрон стал детектором штриха или части цифры.

# %% lang="en"
cd1 = models["rbm.RBM, CD-1"]
shown = X[[0, 1, 2, 3, 4, 5, 6, 7]]
fig, axes = plt.subplots(4, 8, figsize=(8, 4.6))
plots.convolution.draw_images(axes[0], shown.reshape(-1, 8, 8), [f"digit {d}" for d in labels[:8]])
plots.convolution.draw_images(axes[1], reconstruct(cd1, shown).reshape(-1, 8, 8), [""] * 8)
plots.convolution.draw_images(axes[2], reconstruct(reference, shown).reshape(-1, 8, 8), [""] * 8)
plots.convolution.draw_images(axes[3], cd1.components_[:8].reshape(-1, 8, 8),
                              [f"unit {j + 1}" for j in range(8)], diverging=True, colorbar_label="weight")
for row, name in ((1, "CD-1"), (2, "scikit-learn")):
    axes[row, 0].set_ylabel(name)  # one label per row of reconstructions
plt.show()

# %% lang="ru"
cd1 = models["rbm.RBM, CD-1"]
shown = X[[0, 1, 2, 3, 4, 5, 6, 7]]
fig, axes = plt.subplots(4, 8, figsize=(8, 4.6))
plots.convolution.draw_images(axes[0], shown.reshape(-1, 8, 8), [f"цифра {d}" for d in labels[:8]])
plots.convolution.draw_images(axes[1], reconstruct(cd1, shown).reshape(-1, 8, 8), [""] * 8)
plots.convolution.draw_images(axes[2], reconstruct(reference, shown).reshape(-1, 8, 8), [""] * 8)
plots.convolution.draw_images(axes[3], cd1.components_[:8].reshape(-1, 8, 8),
                              [f"нейрон {j + 1}" for j in range(8)], diverging=True, colorbar_label="вес")
for row, name in ((1, "CD-1"), (2, "scikit-learn")):
    axes[row, 0].set_ylabel(name)  # одна подпись на строку восстановлений
plt.show()

# %% [markdown] lang="en"
# ## What CD estimates: the exact gradient of a small machine
#
# For 64 visible units the model term $\langle h v^T \rangle_{\text{model}}$ sums over
# $2^{64}$ images and cannot be computed — which is why CD samples it. A machine with 10
# visible and 4 hidden units can be enumerated ($2^{10}$ visible states), so there the exact
# gradient of the mean $\log P(v)$ is available, and the CD-k estimate (averaged over 20 runs)
# can be compared with it. The exact gradient itself is checked against central differences
# of the exact log-likelihood in `tests/test_rbm.py`.

# %% [markdown] lang="ru"
# ## Что оценивает CD: точный градиент маленькой машины
#
# Для 64 видимых нейронов слагаемое модели $\langle h v^T \rangle_{\text{модель}}$ — сумма по
# $2^{64}$ изображениям, вычислить её нельзя, поэтому CD и прибегает к выборке. Машину с 10
# видимыми и 4 скрытыми нейронами можно перебрать ($2^{10}$ видимых состояний), поэтому для
# неё доступен точный градиент среднего $\log P(v)$, и оценку CD-k (усреднённую по 20 запускам)
# можно сравнить с ним. Сам точный градиент проверен центральными разностями точного
# логарифма правдоподобия в `tests/test_rbm.py`.

# %% lang="en"
small_rng = np.random.default_rng(1)
patterns = small_rng.integers(0, 2, (3, 10)).astype(float)  # data: 3 patterns with 5 % noise
X_small = np.abs(patterns[small_rng.integers(0, 3, 500)] - (small_rng.uniform(size=(500, 10)) < 0.05))
small = rbm.RBM(n_components=4, learning_rate=0.1, n_iter=5, random_state=0).fit(X_small)
exact = rbm.exact_gradient(small, X_small)
for k in (1, 10):
    estimate = np.mean([rbm.cd_estimate(small, X_small, k, random_state=seed) for seed in range(20)], axis=0)
    cosine = np.sum(estimate * exact) / (np.linalg.norm(estimate) * np.linalg.norm(exact))
    print(f"CD-{k:<2} estimate vs exact gradient: cosine {i18n.number(cosine, '.2f')}")
print(f"exact mean log P(v): untrained {i18n.number(rbm.exact_log_likelihood(rbm.RBM(n_components=4, n_iter=1, learning_rate=1e-9, random_state=0).fit(X_small), X_small), '.2f')},"
      f" after 5 passes of CD-1 {i18n.number(rbm.exact_log_likelihood(small, X_small), '.2f')}")

# %% lang="ru"
small_rng = np.random.default_rng(1)
patterns = small_rng.integers(0, 2, (3, 10)).astype(float)  # данные: 3 образца с 5 % шума
X_small = np.abs(patterns[small_rng.integers(0, 3, 500)] - (small_rng.uniform(size=(500, 10)) < 0.05))
small = rbm.RBM(n_components=4, learning_rate=0.1, n_iter=5, random_state=0).fit(X_small)
exact = rbm.exact_gradient(small, X_small)
for k in (1, 10):
    estimate = np.mean([rbm.cd_estimate(small, X_small, k, random_state=seed) for seed in range(20)], axis=0)
    cosine = np.sum(estimate * exact) / (np.linalg.norm(estimate) * np.linalg.norm(exact))
    print(f"оценка CD-{k:<2} и точный градиент: косинус {i18n.number(cosine, '.2f')}")
print(f"точное среднее log P(v): до обучения {i18n.number(rbm.exact_log_likelihood(rbm.RBM(n_components=4, n_iter=1, learning_rate=1e-9, random_state=0).fit(X_small), X_small), '.2f')},"
      f" после 5 проходов CD-1 {i18n.number(rbm.exact_log_likelihood(small, X_small), '.2f')}")

# %% [markdown] lang="en"
# ## What to notice
#
# - Nothing here was differentiated layer by layer. The update needs only the two
#   conditionals and sampling; the "error signal" is the gap between what the data and the
#   model's own dreams make co-occur. That is the sense in which the book says RBMs are not
#   trained by backpropagation.
# - CD-1 already points almost exactly along the true gradient on this small problem, and it
#   raises the exact likelihood. On the digits CD-1, CD-5 and the persistent chain
#   (scikit-learn's choice) end within a few tenths of each other in pseudo-likelihood — an
#   estimate that flips one random pixel per image, so differences this small are noise.
# - The hidden probabilities $P(h \mid v)$ are features: stacked RBMs were the pretraining of
#   §1.4.3 that first made deep networks trainable, before being fine-tuned *with*
#   backpropagation.

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Здесь ничего не дифференцировалось слой за слоем. Обновлению нужны только два условных
#   распределения и выборка; «сигнал ошибки» — это разница между тем, что совместно
#   появляется в данных и в собственных «снах» модели. Именно в этом смысле книга говорит, что
#   RBM не обучаются обратным распространением.
# - На этой маленькой задаче CD-1 уже почти точно указывает вдоль истинного градиента и
#   увеличивает точное правдоподобие. На цифрах CD-1, CD-5 и персистентная цепь (выбор
#   scikit-learn) расходятся в псевдоправдоподобии лишь на несколько десятых — а эта оценка
#   меняет один случайный пиксель в каждом изображении, так что столь малые различия — шум.
# - Вероятности скрытых нейронов $P(h \mid v)$ — это признаки: многослойные RBM и были тем
#   предварительным обучением из §1.4.3, которое впервые сделало глубокие сети обучаемыми,
#   перед дообучением уже *с* обратным распространением.
