# %% [markdown] lang="en"
# # 1.2.1.5 Choice of loss function
#
# The loss decides what "wrong" means, and its gradient decides how hard each example pulls on
# the weights. Section 1.2.1.5 of the book lists the usual choices: for real targets the
# squared loss $(y - \hat y)^2$; for labels $y \in \{-1, +1\}$ and a real prediction $\hat y$
# the hinge loss $\max\{0, 1 - y \hat y\}$, eq. (1.13), and the logistic loss
# $\log(1 + e^{-y \hat y})$, eq. (1.14); for $k$ classes with softmax outputs the
# cross-entropy $-\log \hat y_r$, eq. (1.15), $r$ the true class. This notebook plots all of
# them against the margin $y \hat y$, shows their gradients, and checks the book's remark that
# binary logistic regression is multinomial logistic regression with $k = 2$.

# %% [markdown] lang="ru"
# # 1.2.1.5 Выбор функции потерь
#
# Функция потерь решает, что считать ошибкой, а её градиент — насколько сильно каждый пример
# тянет за собой веса. Раздел 1.2.1.5 книги перечисляет обычные варианты: для вещественных
# целей — квадратичная функция потерь $(y - \hat y)^2$; для меток $y \in \{-1, +1\}$ и
# вещественного прогноза $\hat y$ — кусочно-линейная функция потерь $\max\{0, 1 - y \hat y\}$,
# формула (1.13), и логистическая $\log(1 + e^{-y \hat y})$, формула (1.14); для $k$ классов с
# выходами Softmax — кросс-энтропийные потери $-\log \hat y_r$, формула (1.15), где $r$ —
# истинный класс. В этом блокноте мы построим их все в зависимости от $y \hat y$, покажем их
# градиенты и проверим замечание книги: бинарная логистическая регрессия — это
# мультиномиальная логистическая регрессия при $k = 2$.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

from nbcompanion import i18n, losses, plots, widgets
from nbcompanion.softmax_regression import SoftmaxRegression

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression

from nbcompanion import i18n, losses, plots, widgets
from nbcompanion.softmax_regression import SoftmaxRegression

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## The losses in a few lines
#
# With $y = \pm 1$ we have $y^2 = 1$, so even the squared loss depends on $y$ and $\hat y$ only
# through the margin $m = y \hat y$: $(y - \hat y)^2 = (1 - m)^2$.

# %% [markdown] lang="ru"
# ## Функции потерь в нескольких строках
#
# При $y = \pm 1$ имеем $y^2 = 1$, поэтому даже квадратичная функция потерь зависит от $y$ и
# $\hat y$ только через отступ $m = y \hat y$: $(y - \hat y)^2 = (1 - m)^2$.

# %% lang="en"
y = np.array([1.0, 1.0, -1.0, -1.0, 1.0])
y_hat = np.array([-2.0, 0.0, -0.5, -1.0, 2.0])
m = y * y_hat
by_hand = {"squared": (1 - m) ** 2, "hinge": np.maximum(0, 1 - m),
           "logistic": np.log1p(np.exp(-m))}
print("y·ŷ =", i18n.numbers(m, "g"))
for name, values in by_hand.items():
    package, _ = losses.REGISTRY[name]
    print(f"{name:9s} {i18n.numbers(values, '.4g')}  package agrees: "
          f"{i18n.yes_no(np.allclose(values, package(y, y_hat), rtol=1e-14))}")

# %% lang="ru"
y = np.array([1.0, 1.0, -1.0, -1.0, 1.0])
y_hat = np.array([-2.0, 0.0, -0.5, -1.0, 2.0])
m = y * y_hat
by_hand = {"squared": (1 - m) ** 2, "hinge": np.maximum(0, 1 - m),
           "logistic": np.log1p(np.exp(-m))}
print("y·ŷ =", i18n.numbers(m, "g"))
for name, values in by_hand.items():
    package, _ = losses.REGISTRY[name]
    print(f"{name:9s} {i18n.numbers(values, '.4g')}  пакет согласен: "
          f"{i18n.yes_no(np.allclose(values, package(y, y_hat), rtol=1e-14))}")

# %% [markdown] lang="en"
# ## The losses against $y \hat y$, and how hard they push
#
# Gradient descent moves the weights by $-\alpha\, \partial L / \partial W$, and for a linear
# model $\hat y = W \cdot X$ that is $-\alpha\, (\partial L/\partial \hat y)\, X$. So
# $-y\, \partial L / \partial \hat y$ says how strongly, and in which direction, an example
# pushes its own prediction towards its label. The cross-entropy is drawn for $k = 2$ classes
# with scores $(0, \hat y)$; its dashed line lies exactly on the logistic loss.

# %% [markdown] lang="ru"
# ## Функции потерь в зависимости от $y \hat y$ и то, как сильно они тянут прогноз
#
# Градиентный спуск сдвигает веса на $-\alpha\, \partial L / \partial W$, а для линейной модели
# $\hat y = W \cdot X$ это $-\alpha\, (\partial L/\partial \hat y)\, X$. Поэтому
# $-y\, \partial L / \partial \hat y$ показывает, насколько сильно и в какую сторону пример
# тянет свой прогноз к своей метке. Кросс-энтропийные потери нарисованы для $k = 2$
# классов со значениями $(0, \hat y)$; их пунктир ложится точно на логистическую функцию потерь.

# %% lang="en"
fig, (ax_loss, ax_push) = plt.subplots(1, 2, figsize=(11, 4), layout="constrained")
plots.losses.draw_losses(ax_loss)
plots.losses.draw_pushes(ax_push)
plt.show()

# %% lang="ru"
fig, (ax_loss, ax_push) = plt.subplots(1, 2, figsize=(11, 4), layout="constrained")
plots.losses.draw_losses(ax_loss)
plots.losses.draw_pushes(ax_push)
plt.show()

# %% [markdown] lang="en"
# - The **hinge** pushes with constant force 1 until the margin reaches 1, then stops.
# - The **logistic** loss never quite stops, and pushes hardest (up to 1) on examples that are
#   badly wrong.
# - The **squared** loss pushes in proportion to the error $1 - y\hat y$, so beyond $y \hat y = 1$
#   it pushes *back*: a very confident correct prediction is punished as much as a wrong one.
#   That is why it is a poor choice for classification.
#
# ## Interactive figure: one example, one loss
#
# Choose the label $y$, move the prediction $\hat y$ and pick a loss (drawn strong, the others
# faint). Left: the losses against $\hat y$; right: their derivatives $\partial L/\partial\hat y$,
# which multiplied by $X$ give the gradient with respect to the weights.

# %% [markdown] lang="ru"
# - **Кусочно-линейная** функция потерь тянет с постоянной силой 1, пока отступ не
#   достигнет 1, затем перестаёт.
# - **Логистическая** не перестаёт тянуть никогда и сильнее всего (до 1) тянет грубо
#   ошибочные примеры.
# - **Квадратичная** тянет пропорционально ошибке $1 - y\hat y$, поэтому за $y \hat y = 1$ она
#   тянет *назад*: очень уверенный верный прогноз наказывается так же, как неверный.
#   Поэтому для классификации она подходит плохо.
#
# ## Интерактивный рисунок: один пример, одна функция потерь
#
# Выберите метку $y$, двигайте прогноз $\hat y$ и выберите функцию потерь (она нарисована
# жирно, остальные бледно). Слева — потери в зависимости от $\hat y$, справа — их производные
# $\partial L/\partial\hat y$, которые после умножения на $X$ дают градиент по весам.

# %% lang="en"
explorer = widgets.losses.loss_explorer(y=1, y_hat=0.5, loss="logistic")
explorer.snapshot()

# %% lang="ru"
explorer = widgets.losses.loss_explorer(y=1, y_hat=0.5, loss="logistic")
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## Binary logistic regression is multinomial with $k = 2$
#
# With two classes and scores $(v_0, v_1)$, softmax gives class 1 the probability
# $e^{v_1}/(e^{v_0} + e^{v_1}) = \mathrm{sigmoid}(v_1 - v_0)$. So the cross-entropy (1.15) of
# the two scores is the logistic loss (1.14) of the single score $\hat y = v_1 - v_0$:

# %% [markdown] lang="ru"
# ## Бинарная логистическая регрессия — это мультиномиальная при $k = 2$
#
# При двух классах и значениях $(v_0, v_1)$ Softmax даёт классу 1 вероятность
# $e^{v_1}/(e^{v_0} + e^{v_1}) = \mathrm{sigmoid}(v_1 - v_0)$. Поэтому кросс-энтропийные потери
# (1.15) двух значений равны логистическим потерям (1.14) одного значения $\hat y = v_1 - v_0$:

# %% lang="en"
rng = np.random.default_rng(0)
scores = rng.normal(scale=3, size=(6, 2))           # (v0, v1) for six examples
r = rng.integers(0, 2, size=6)                      # true class 0 or 1
cross_entropy = losses.cross_entropy_loss(r, scores, from_logits=True)
logistic = losses.logistic_loss(2 * r - 1, scores[:, 1] - scores[:, 0])  # y = +1 for class 1
print("cross-entropy (1.15):", i18n.numbers(cross_entropy, ".6g"))
print("logistic (1.14):     ", i18n.numbers(logistic, ".6g"))
print("equal:", i18n.yes_no(np.allclose(cross_entropy, logistic, rtol=1e-12)))

# %% lang="ru"
rng = np.random.default_rng(0)
scores = rng.normal(scale=3, size=(6, 2))           # (v0, v1) для шести примеров
r = rng.integers(0, 2, size=6)                      # истинный класс 0 или 1
cross_entropy = losses.cross_entropy_loss(r, scores, from_logits=True)
logistic = losses.logistic_loss(2 * r - 1, scores[:, 1] - scores[:, 0])  # y = +1 для класса 1
print("кросс-энтропия (1.15):", i18n.numbers(cross_entropy, ".6g"))
print("логистические (1.14):  ", i18n.numbers(logistic, ".6g"))
print("равны:", i18n.yes_no(np.allclose(cross_entropy, logistic, rtol=1e-12)))

# %% [markdown] lang="en"
# The same holds for trained models. We fit `SoftmaxRegression` (two weight vectors $W_0, W_1$)
# and scikit-learn's binary `LogisticRegression` (one vector $w$) on the digits 3 and 8. At the
# optimum $W_0 = -W_1$, so the penalty $\tfrac{\lambda}{2}(\|W_0\|^2 + \|W_1\|^2)$ equals
# $\tfrac{\lambda}{4}\|W_1 - W_0\|^2$, and the binary model with $C = 2/(\lambda n)$ must find
# $w = W_1 - W_0$.

# %% [markdown] lang="ru"
# То же верно для обученных моделей. Обучим `SoftmaxRegression` (два вектора весов
# $W_0, W_1$) и бинарную `LogisticRegression` из scikit-learn (один вектор $w$) на цифрах 3 и
# 8. В оптимуме $W_0 = -W_1$, поэтому штраф $\tfrac{\lambda}{2}(\|W_0\|^2 + \|W_1\|^2)$ равен
# $\tfrac{\lambda}{4}\|W_1 - W_0\|^2$, и бинарная модель с $C = 2/(\lambda n)$ должна найти
# $w = W_1 - W_0$.

# %% lang="en"
X, digit = load_digits(return_X_y=True)
keep = np.isin(digit, (3, 8))
X, digit = X[keep] / 16, digit[keep]
weight_decay = 1e-2
multinomial = SoftmaxRegression(weight_decay=weight_decay).fit(X, digit)
binary = LogisticRegression(C=2 / (weight_decay * len(digit)), tol=1e-10,
                            max_iter=5000).fit(X, digit)
w_difference = multinomial.coef_[:, 1] - multinomial.coef_[:, 0]
print(f"{len(digit)} images of 3 and 8; training accuracy {i18n.number(multinomial.score(X, digit), '.4f')}")
print("W1 − W0 equals w within 1e-4:", i18n.yes_no(np.allclose(w_difference, binary.coef_[0], atol=1e-4)))
print("same probabilities within 1e-6:",
      i18n.yes_no(np.allclose(multinomial.predict_proba(X), binary.predict_proba(X), atol=1e-6)))

# %% lang="ru"
X, digit = load_digits(return_X_y=True)
keep = np.isin(digit, (3, 8))
X, digit = X[keep] / 16, digit[keep]
weight_decay = 1e-2
multinomial = SoftmaxRegression(weight_decay=weight_decay).fit(X, digit)
binary = LogisticRegression(C=2 / (weight_decay * len(digit)), tol=1e-10,
                            max_iter=5000).fit(X, digit)
w_difference = multinomial.coef_[:, 1] - multinomial.coef_[:, 0]
print(f"{len(digit)} изображений цифр 3 и 8; точность на обучающих данных {i18n.number(multinomial.score(X, digit), '.4f')}")
print("W1 − W0 совпадает с w с точностью 1e-4:", i18n.yes_no(np.allclose(w_difference, binary.coef_[0], atol=1e-4)))
print("вероятности совпадают с точностью 1e-6:",
      i18n.yes_no(np.allclose(multinomial.predict_proba(X), binary.predict_proba(X), atol=1e-6)))

# %% [markdown] lang="en"
# ## What to notice
#
# - Every loss here is a smooth or piecewise-linear stand-in for the 0/1 loss of eq. (1.7),
#   and all of them are large when $y\hat y$ is very negative.
# - Which examples drive training depends on the gradient, not on the loss value: with the
#   hinge, examples with $y \hat y > 1$ are ignored entirely.
#
# ## Try
#
# - In the interactive figure pick the squared loss, $y = +1$, and move $\hat y$ to 3: the
#   gradient is positive, training would pull $\hat y$ back down towards 1.
#
# ```python
# loss, gradient = losses.REGISTRY["squared"]
# print(loss([1.0], [3.0]), gradient([1.0], [3.0]))  # the gradient is positive
# ```
#
# - Flip $y$ and watch every curve mirror around $\hat y = 0$: $L(-y, -\hat y) = L(y, \hat y)$.
#
# ```python
# for name in ("hinge", "squared", "logistic"):
#     loss, _ = losses.REGISTRY[name]
#     print(name, loss([1.0], [0.7]), loss([-1.0], [-0.7]))
# ```
#
# Exercise [11](../../exercises/en/ex11-perceptron-vs-hinge.ipynb) compares the perceptron
# criterion with the hinge loss on data.

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Каждая функция потерь здесь — гладкая или кусочно-линейная замена двоичной функции
#   потерь (1.7), и все они велики при сильно отрицательном $y\hat y$.
# - Какие примеры движут обучением, определяет градиент, а не значение потерь: у
#   кусочно-линейной функции потерь примеры с $y \hat y > 1$ не учитываются вовсе.
#
# ## Попробуйте
#
# - На интерактивном рисунке выберите квадратичную функцию потерь, $y = +1$, и уведите
#   $\hat y$ к 3: градиент положителен, обучение потянет $\hat y$ обратно к 1.
#
# ```python
# loss, gradient = losses.REGISTRY["squared"]
# print(loss([1.0], [3.0]), gradient([1.0], [3.0]))  # градиент положителен
# ```
#
# - Поменяйте $y$ и посмотрите, как все кривые отражаются относительно $\hat y = 0$:
#   $L(-y, -\hat y) = L(y, \hat y)$.
#
# ```python
# for name in ("hinge", "squared", "logistic"):
#     loss, _ = losses.REGISTRY[name]
#     print(name, loss([1.0], [0.7]), loss([-1.0], [-0.7]))
# ```
#
# Упражнение [11](../../exercises/ru/ex11-perceptron-vs-hinge.ipynb) сравнивает критерий
# перцептрона и кусочно-линейную функцию потерь на данных.
