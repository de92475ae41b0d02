# %% [markdown] lang="en"
# # 1.6.1 Shallow models are one-layer networks
#
# Section 1.6.1 of the book makes a point that is easy to state and worth checking: most of
# classical machine learning fits inside the smallest network there is. One layer of weights,
# a bias neuron and a linear output unit compute $\hat y = W \cdot X + b$; the *loss* placed on
# that output decides which classical model it is:
#
# | model | loss on $\hat y$ | book |
# |---|---|---|
# | linear regression | $(y - \hat y)^2$ | §1.2.1.5 |
# | logistic regression | $\log(1 + e^{-y \hat y})$ | eq. (1.14) |
# | linear support vector machine | $\max\{0, 1 - y \hat y\}$ | eqs. (1.9), (1.13) |
# | Widrow–Hoff (least-squares classification) | $(y - \hat y)^2$ with $y = \pm 1$ | §1.6.1 |
#
# This notebook builds each of them from `nbcompanion.network.FeedForwardNetwork` (the network
# of §1.2.2 with layer sizes $[d, 1]$), trains it, and compares weights and predictions with
# scikit-learn's own implementation of the same model. The last part does the same for the
# two-layer linear autoencoder and the truncated SVD (Fig. 1.12).

# %% [markdown] lang="ru"
# # 1.6.1 Неглубокие модели — это однослойные сети
#
# Раздел 1.6.1 книги высказывает мысль, которую легко сформулировать и полезно проверить:
# большая часть классического машинного обучения помещается в самую маленькую сеть. Один слой
# весов, нейрон смещения и линейный выходной нейрон вычисляют $\hat y = W \cdot X + b$;
# какая это классическая модель, решает *функция потерь* на этом выходе:
#
# | модель | потери на $\hat y$ | в книге |
# |---|---|---|
# | линейная регрессия | $(y - \hat y)^2$ | §1.2.1.5 |
# | логистическая регрессия | $\log(1 + e^{-y \hat y})$ | формула (1.14) |
# | линейный метод опорных векторов (SVM) | $\max\{0, 1 - y \hat y\}$ | формулы (1.9), (1.13) |
# | правило Уидроу — Хоффа (классификация по методу наименьших квадратов) | $(y - \hat y)^2$ при $y = \pm 1$ | §1.6.1 |
#
# В этом блокноте каждая из них собрана из `nbcompanion.network.FeedForwardNetwork` (сеть
# из §1.2.2 с размерами слоёв $[d, 1]$), обучена и сравнена по весам и предсказаниям с
# реализацией той же модели в scikit-learn. В последней части то же самое сделано для
# двухслойного линейного автокодировщика и усечённого SVD (рис. 1.12).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import (LinearRegression, LogisticRegression, SGDClassifier,
                                  SGDRegressor)
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

from nbcompanion import autoencoder, i18n, plots, shallow
from nbcompanion.network import FeedForwardNetwork

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_breast_cancer, load_diabetes, load_digits
from sklearn.decomposition import TruncatedSVD
from sklearn.linear_model import (LinearRegression, LogisticRegression, SGDClassifier,
                                  SGDRegressor)
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

from nbcompanion import autoencoder, i18n, plots, shallow
from nbcompanion.network import FeedForwardNetwork

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков компаньона

# %% [markdown] lang="en"
# ## The data and the one-layer network
#
# Two data sets that ship with scikit-learn: *diabetes* (442 patients, 10 features, a real
# target) for regression, and *breast cancer* (569 tumours, 30 features, benign or malignant)
# for classification, with labels $\pm 1$ as in the book. Features are standardized on the
# training part, and a quarter of each set is held out.
#
# The network is the §1.2.2 one with layer sizes $[d, 1]$: no hidden layer, a linear output,
# a bias neuron, and the loss given by name.

# %% [markdown] lang="ru"
# ## Данные и однослойная сеть
#
# Два набора данных, входящих в scikit-learn: *diabetes* (442 пациента, 10 признаков,
# вещественная цель) для регрессии и *breast cancer* (569 опухолей, 30 признаков,
# доброкачественная или злокачественная) для классификации, с метками $\pm 1$, как в книге.
# Признаки стандартизованы по обучающей части, четверть каждого набора отложена для проверки.
#
# Сеть — та же, что в §1.2.2, с размерами слоёв $[d, 1]$: без скрытого слоя, с линейным
# выходом, нейроном смещения и функцией потерь, заданной по имени.

# %%
def standardized_split(X, y):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)
    scaler = StandardScaler().fit(X_train)
    return scaler.transform(X_train), scaler.transform(X_test), y_train, y_test


Xr_train, Xr_test, yr_train, yr_test = standardized_split(*load_diabetes(return_X_y=True))
X_cancer, y_cancer = load_breast_cancer(return_X_y=True)
Xc_train, Xc_test, yc_train, yc_test = standardized_split(X_cancer, np.where(y_cancer == 1, 1.0, -1.0))

network = FeedForwardNetwork([30, 1], output="linear", loss="hinge")
[W.shape for W in network.weights], [b.shape for b in network.biases]

# %% [markdown] lang="en"
# ## Linear regression: the squared loss, minimized
#
# `shallow.ShallowRegressor` is this network with the squared loss, trained to convergence
# by L-BFGS through the network's own backpropagated gradient (`flat_gradient`).
# scikit-learn's `LinearRegression` solves the normal equations instead. Same objective, so
# the same minimizer:

# %% [markdown] lang="ru"
# ## Линейная регрессия: квадратичные потери, доведённые до минимума
#
# `shallow.ShallowRegressor` — эта сеть с квадратичными потерями, обученная до сходимости
# методом L-BFGS по градиенту, который вычисляет обратным распространением сама сеть
# (`flat_gradient`). `LinearRegression` из scikit-learn вместо этого решает нормальные
# уравнения. Цель одна и та же — значит, и минимум тот же:

# %% lang="en"
ours = shallow.ShallowRegressor().fit(Xr_train, yr_train)
theirs = LinearRegression().fit(Xr_train, yr_train)
print(f"largest weight {i18n.number(np.abs(theirs.coef_).max(), '.1f')}; weights agree to 1e-6:",
      "yes" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-6) else "no")
print("test predictions agree to 1e-6:", "yes" if np.allclose(ours.predict(Xr_test), theirs.predict(Xr_test), rtol=0, atol=1e-6) else "no")
print(f"test R²: network {i18n.number(ours.score(Xr_test, yr_test), '.4f')}, scikit-learn {i18n.number(theirs.score(Xr_test, yr_test), '.4f')}")
regression_pair = (ours.coef_, theirs.coef_)

# %% lang="ru"
ours = shallow.ShallowRegressor().fit(Xr_train, yr_train)
theirs = LinearRegression().fit(Xr_train, yr_train)
print(f"наибольший вес {i18n.number(np.abs(theirs.coef_).max(), '.1f')}; веса совпадают с точностью 1e-6:",
      "да" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-6) else "нет")
print("предсказания на тесте совпадают с точностью 1e-6:", "да" if np.allclose(ours.predict(Xr_test), theirs.predict(Xr_test), rtol=0, atol=1e-6) else "нет")
print(f"R² на тесте: сеть {i18n.number(ours.score(Xr_test, yr_test), '.4f')}, scikit-learn {i18n.number(theirs.score(Xr_test, yr_test), '.4f')}")
regression_pair = (ours.coef_, theirs.coef_)

# %% [markdown] lang="en"
# ## Logistic regression: the logistic loss of eq. (1.14)
#
# scikit-learn's `LogisticRegression(C)` minimizes $C \sum_i \log(1 + e^{-y_i \hat y_i}) +
# \tfrac12 \|W\|^2$. Divided by $C n$ that is the network's mean loss plus
# $\tfrac{\alpha}{2}\|W\|^2$ with $\alpha = 1/(C n)$ — weight decay, eq. (1.33). With that
# $\alpha$ both reach the same weights:

# %% [markdown] lang="ru"
# ## Логистическая регрессия: логистические потери, формула (1.14)
#
# `LogisticRegression(C)` из scikit-learn минимизирует $C \sum_i \log(1 + e^{-y_i \hat y_i})
# + \tfrac12 \|W\|^2$. После деления на $C n$ это средние потери сети плюс
# $\tfrac{\alpha}{2}\|W\|^2$ при $\alpha = 1/(C n)$ — регуляризация весов, формула (1.33).
# С таким $\alpha$ обе модели приходят к одним и тем же весам:

# %% lang="en"
C = 1.0
ours = shallow.ShallowClassifier(loss="logistic", alpha=1 / (C * len(Xc_train))).fit(Xc_train, yc_train)
theirs = LogisticRegression(C=C, tol=1e-10, max_iter=10_000).fit(Xc_train, yc_train)
print("weights agree to 1e-5:", "yes" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-5) else "no")
print("same test predictions:", "yes" if np.all(ours.predict(Xc_test) == theirs.predict(Xc_test)) else "no")
print(f"test accuracy: network {i18n.number(ours.score(Xc_test, yc_test), '.4f')}, scikit-learn {i18n.number(theirs.score(Xc_test, yc_test), '.4f')}")
logistic_pair = (ours.coef_, theirs.coef_)

# %% lang="ru"
C = 1.0
ours = shallow.ShallowClassifier(loss="logistic", alpha=1 / (C * len(Xc_train))).fit(Xc_train, yc_train)
theirs = LogisticRegression(C=C, tol=1e-10, max_iter=10_000).fit(Xc_train, yc_train)
print("веса совпадают с точностью 1e-5:", "да" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-5) else "нет")
print("одинаковые предсказания на тесте:", "да" if np.all(ours.predict(Xc_test) == theirs.predict(Xc_test)) else "нет")
print(f"точность на тесте: сеть {i18n.number(ours.score(Xc_test, yc_test), '.4f')}, scikit-learn {i18n.number(theirs.score(Xc_test, yc_test), '.4f')}")
logistic_pair = (ours.coef_, theirs.coef_)

# %% [markdown] lang="en"
# ## The support vector machine: the hinge loss of eq. (1.9), step by step
#
# The hinge loss has a kink at $y \hat y = 1$, so instead of a minimizer we compare the
# training itself. Stochastic gradient descent in the book's form, one example at a time,
# $W \Leftarrow W(1 - \eta\alpha) - \eta\, \partial L / \partial W$ (eq. (1.33) with the
# hinge update (1.10): only points with $y \hat y < 1$ move $W$), is exactly what
# scikit-learn's `SGDClassifier(loss="hinge")` does with a constant learning rate and no
# shuffling. Starting both from $W = 0$, the weights agree to the last bits:

# %% [markdown] lang="ru"
# ## Метод опорных векторов: кусочно-линейные потери (1.9), шаг за шагом
#
# У кусочно-линейных потерь (hinge loss) излом в точке $y \hat y = 1$, поэтому вместо минимума
# сравним само обучение. Стохастический градиентный спуск в форме книги, по одному примеру,
# $W \Leftarrow W(1 - \eta\alpha) - \eta\, \partial L / \partial W$ (формула (1.33) вместе с
# обновлением (1.10): $W$ сдвигают только точки с $y \hat y < 1$), — это в точности то, что
# делает `SGDClassifier(loss="hinge")` из scikit-learn с постоянной скоростью обучения и без
# перемешивания. Если оба начинают с $W = 0$, веса совпадают до последних разрядов:

# %% lang="en"
settings = dict(alpha=1e-3, epochs=5)
ours = shallow.ShallowClassifier(loss="hinge", solver="sgd", learning_rate=0.01, **settings).fit(Xc_train, yc_train)
theirs = SGDClassifier(loss="hinge", alpha=1e-3, max_iter=5, eta0=0.01, learning_rate="constant",
                       shuffle=False, tol=None).fit(Xc_train, yc_train)
print("weights agree to 1e-12:", "yes" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-12) else "no")
print("same test predictions:", "yes" if np.all(ours.predict(Xc_test) == theirs.predict(Xc_test)) else "no")
svc = LinearSVC(C=1.0, random_state=0).fit(Xc_train, yc_train)  # the batch solver of the same kind of model
print(f"test accuracy: network {i18n.number(ours.score(Xc_test, yc_test), '.4f')}, SGDClassifier {i18n.number(theirs.score(Xc_test, yc_test), '.4f')},"
      f" LinearSVC {i18n.number(svc.score(Xc_test, yc_test), '.4f')}")
print(f"test predictions shared with LinearSVC: {i18n.number(100 * np.mean(ours.predict(Xc_test) == svc.predict(Xc_test)), '.1f')}%")
hinge_pair = (ours.coef_, theirs.coef_)

# %% lang="ru"
settings = dict(alpha=1e-3, epochs=5)
ours = shallow.ShallowClassifier(loss="hinge", solver="sgd", learning_rate=0.01, **settings).fit(Xc_train, yc_train)
theirs = SGDClassifier(loss="hinge", alpha=1e-3, max_iter=5, eta0=0.01, learning_rate="constant",
                       shuffle=False, tol=None).fit(Xc_train, yc_train)
print("веса совпадают с точностью 1e-12:", "да" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-12) else "нет")
print("одинаковые предсказания на тесте:", "да" if np.all(ours.predict(Xc_test) == theirs.predict(Xc_test)) else "нет")
svc = LinearSVC(C=1.0, random_state=0).fit(Xc_train, yc_train)  # пакетный решатель для модели того же вида
print(f"точность на тесте: сеть {i18n.number(ours.score(Xc_test, yc_test), '.4f')}, SGDClassifier {i18n.number(theirs.score(Xc_test, yc_test), '.4f')},"
      f" LinearSVC {i18n.number(svc.score(Xc_test, yc_test), '.4f')}")
print(f"доля тестовых предсказаний, совпавших с LinearSVC: {i18n.number(100 * np.mean(ours.predict(Xc_test) == svc.predict(Xc_test)), '.1f')} %")
hinge_pair = (ours.coef_, theirs.coef_)

# %% [markdown] lang="en"
# `LinearSVC` minimizes a slightly different objective (it also penalizes the bias, and runs
# to convergence rather than five passes), so its weights differ; its decisions on the test
# tumours nearly all coincide.
#
# ## Widrow–Hoff: least squares on the class labels
#
# The Widrow–Hoff rule (the "least mean squares" rule of adaptive filters) treats the labels
# $\pm 1$ as numbers and fits them with the squared loss, updating after each example:
# $W \Leftarrow W + \eta (y - \hat y) X$. It is `SGDRegressor` on the labels, and the sign of
# its output is a classifier:

# %% [markdown] lang="ru"
# `LinearSVC` минимизирует немного другую цель (он штрафует и смещение и идёт до сходимости,
# а не пять проходов), поэтому его веса другие; но решения на тестовых опухолях почти все
# совпадают.
#
# ## Правило Уидроу — Хоффа: наименьшие квадраты по меткам классов
#
# Правило Уидроу — Хоффа (правило «наименьших средних квадратов» адаптивных фильтров)
# считает метки $\pm 1$ числами и приближает их с квадратичными потерями, обновляя веса после
# каждого примера: $W \Leftarrow W + \eta (y - \hat y) X$. Это `SGDRegressor` по меткам, а
# знак его выхода — классификатор:

# %% lang="en"
ours = shallow.ShallowRegressor(solver="sgd", learning_rate=0.005, epochs=5).fit(Xc_train, yc_train)
theirs = SGDRegressor(penalty=None, max_iter=5, eta0=0.005, learning_rate="constant",
                      shuffle=False, tol=None).fit(Xc_train, yc_train)
print("weights agree to 1e-12:", "yes" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-12) else "no")
print(f"test accuracy of sign(ŷ): {i18n.number(np.mean(np.sign(ours.predict(Xc_test)) == yc_test), '.4f')}")
widrow_hoff_pair = (ours.coef_, theirs.coef_)

# %% lang="ru"
ours = shallow.ShallowRegressor(solver="sgd", learning_rate=0.005, epochs=5).fit(Xc_train, yc_train)
theirs = SGDRegressor(penalty=None, max_iter=5, eta0=0.005, learning_rate="constant",
                      shuffle=False, tol=None).fit(Xc_train, yc_train)
print("веса совпадают с точностью 1e-12:", "да" if np.allclose(ours.coef_, theirs.coef_, rtol=0, atol=1e-12) else "нет")
print(f"точность sign(ŷ) на тесте: {i18n.number(np.mean(np.sign(ours.predict(Xc_test)) == yc_test), '.4f')}")
widrow_hoff_pair = (ours.coef_, theirs.coef_)

# %% [markdown] lang="en"
# All four at a glance: each network weight against scikit-learn's (scaled by the largest
# one, so the four models share the axes), and the largest difference on a log scale.
# L-BFGS stops at a small gradient, so the two minimized models agree to about six digits;
# the two trained step by step agree to rounding.

# %% [markdown] lang="ru"
# Все четыре модели на одном рисунке: каждый вес сети против веса scikit-learn (делённые на
# наибольший, чтобы четыре модели поместились на одни оси) и наибольшая разность в
# логарифмической шкале. L-BFGS останавливается при малом градиенте, поэтому две модели,
# доведённые до минимума, совпадают примерно до шестого знака, а две, обученные шаг за шагом,
# — до ошибок округления.

# %% lang="en"
pairs = {"linear regression": regression_pair, "logistic regression": logistic_pair,
         "SVM (hinge)": hinge_pair, "Widrow–Hoff": widrow_hoff_pair}
fig, (ax_left, ax_right) = plt.subplots(1, 2, figsize=(8, 4.4), width_ratios=[1, 1.1],
                                       layout="constrained")
plots.shallow.draw_agreement(ax_left, pairs)
plots.shallow.draw_differences(ax_right, pairs)
plt.show()

# %% lang="ru"
pairs = {"линейная регрессия": regression_pair, "логистическая регрессия": logistic_pair,
         "SVM (hinge)": hinge_pair, "Уидроу — Хофф": widrow_hoff_pair}
fig, (ax_left, ax_right) = plt.subplots(1, 2, figsize=(8, 4.4), width_ratios=[1, 1.1],
                                       layout="constrained")
plots.shallow.draw_agreement(ax_left, pairs)
plots.shallow.draw_differences(ax_right, pairs)
plt.show()

# %% [markdown] lang="en"
# ## Matrix factorization: the linear autoencoder and the truncated SVD
#
# With two layers and identity activations, the autoencoder of Fig. 1.12 maps $d$ inputs to
# $k$ code units and back, $\hat X = X W_1 W_2$, and the squared loss asks for the best rank-$k$
# reconstruction of $X$ — the problem the truncated singular value decomposition solves. The
# network cannot recover the singular vectors themselves (any invertible $k \times k$ matrix
# can sit between $W_1$ and $W_2$), but it must span the same subspace. Here on the 8×8
# digits ($d = 64$, centred), with $k = 4$, trained by 200 L-BFGS steps on the network's gradient:

# %% [markdown] lang="ru"
# ## Матричная факторизация: линейный автокодировщик и усечённое SVD
#
# С двумя слоями и тождественными функциями активации автокодировщик с рис. 1.12 переводит
# $d$ входов в $k$ нейронов кода и обратно, $\hat X = X W_1 W_2$, а квадратичные потери
# требуют наилучшего приближения $X$ ранга $k$ — ту самую задачу, которую решает усечённое
# сингулярное разложение (SVD). Сами сингулярные векторы сеть не восстановит (между $W_1$ и
# $W_2$ может стоять любая обратимая матрица $k \times k$), но подпространство у неё должно
# быть то же. Проверим на цифрах 8×8 ($d = 64$, центрированы) при $k = 4$, сделав 200 шагов
# L-BFGS по градиенту сети:

# %% lang="en"
X_digits = load_digits().data
X_digits = X_digits - X_digits.mean(axis=0)
k = 4
net = FeedForwardNetwork([64, k, 64], activation="identity", bias=False, random_state=0)
shallow.train_lbfgs(net, X_digits, X_digits, max_iter=200)  # about a second
svd = TruncatedSVD(k, algorithm="arpack").fit(X_digits)
angles = autoencoder.principal_angles(autoencoder.decoder_subspace(net), svd.components_.T)
print("largest principal angle between the decoder's span and TruncatedSVD's below 0.1°:",
      "yes" if angles.max() < 0.1 else "no")
print(f"mean squared reconstruction error: network {i18n.number(net.loss(X_digits, X_digits), '.1f')},"
      f" best rank {k} (SVD) {i18n.number(autoencoder.best_reconstruction_error(X_digits, k), '.1f')}")

# %% lang="ru"
X_digits = load_digits().data
X_digits = X_digits - X_digits.mean(axis=0)
k = 4
net = FeedForwardNetwork([64, k, 64], activation="identity", bias=False, random_state=0)
shallow.train_lbfgs(net, X_digits, X_digits, max_iter=200)  # около секунды
svd = TruncatedSVD(k, algorithm="arpack").fit(X_digits)
angles = autoencoder.principal_angles(autoencoder.decoder_subspace(net), svd.components_.T)
print("наибольший главный угол между пространствами декодера и TruncatedSVD меньше 0,1°:",
      "да" if angles.max() < 0.1 else "нет")
print(f"средняя квадратичная ошибка восстановления: сеть {i18n.number(net.loss(X_digits, X_digits), '.1f')},"
      f" наилучшая ранга {k} (SVD) {i18n.number(autoencoder.best_reconstruction_error(X_digits, k), '.1f')}")

# %% [markdown] lang="en"
# ## What to notice, and something to try
#
# - Nothing in these networks is specific to neural networks except the training procedure:
#   the *model* is the classical one, and the loss on the output unit picks it.
# - The SVM and the perceptron differ only in where the hinge sits ($y \hat y < 1$ against
#   $y \hat y < 0$, eq. (1.10)); [exercise 11](../../exercises/en/ex11-perceptron-vs-hinge.ipynb)
#   compares the two.
# - Try: a larger `alpha` in the logistic regression (a smaller `C` for scikit-learn), or
#   `k = 10` in the autoencoder; the agreement stays, only the numbers move.
#
# The next sections keep one layer of *fixed* features and learn the last layer (RBF
# networks, §1.6.2), or learn without backpropagation at all (RBMs, §1.6.3).

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - В этих сетях нет ничего специфически «нейросетевого», кроме способа обучения: *модель* —
#   классическая, и выбирает её функция потерь на выходном нейроне.
# - SVM и перцептрон различаются только тем, где стоит излом ($y \hat y < 1$ против
#   $y \hat y < 0$, формула (1.10)); их сравнивает
#   [упражнение 11](../../exercises/ru/ex11-perceptron-vs-hinge.ipynb).
# - Попробуйте: больше `alpha` в логистической регрессии (меньше `C` у scikit-learn) или
#   `k = 10` в автокодировщике; совпадение сохранится, изменятся только числа.
#
# Следующие разделы оставляют один слой *фиксированных* признаков и обучают последний слой
# (сети RBF, §1.6.2) или вовсе обучают без обратного распространения (RBM, §1.6.3).
