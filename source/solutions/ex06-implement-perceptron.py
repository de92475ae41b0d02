# %% [markdown] lang="en"
# # 1.11, exercise 6, solution: the perceptron in a dozen lines
#
# The exercise: [ex06-implement-perceptron](../../exercises/en/ex06-implement-perceptron.ipynb) ·
# the section: [§1.2.1](../../chapters/en/1.2.1-perceptron.ipynb).
#
# The perceptron predicts $\hat y = \operatorname{sign}(W \cdot X + b)$ (eq. (1.2)) and, on a
# mistake, moves by eq. (1.5): $W \Leftarrow W + \alpha (y - \hat y) X$. On a mistake
# $\hat y = -y$, so the error $E(X) = y - \hat y$ is $2y$ and the step is $2\alpha y X$; on a
# correct example $E(X) = 0$ and nothing moves. The bias is the weight of a bias neuron whose
# input is always 1 (Fig. 1.3 b), so it moves by $2\alpha y$. Two details decide whether a
# program agrees with the book step by step: the order of the examples, and what happens at a
# case $W \cdot X + b = 0$. From $W = 0$ every example is such a case, and `np.sign(0) = 0` would
# make the first update half a step; the companion's convention (the book does not discuss this case; `Perceptron` follows the
# same convention) counts it as a
# mistake.

# %% [markdown] lang="ru"
# # 1.11, упражнение 6, решение: перцептрон в дюжину строк
#
# Упражнение: [ex06-implement-perceptron](../../exercises/ru/ex06-implement-perceptron.ipynb) ·
# раздел: [§1.2.1](../../chapters/ru/1.2.1-perceptron.ipynb).
#
# Перцептрон предсказывает $\hat y = \operatorname{sign}(W \cdot X + b)$ (формула (1.2)) и при
# ошибке сдвигается по формуле (1.5): $W \Leftarrow W + \alpha (y - \hat y) X$. При ошибке
# $\hat y = -y$, так что ошибка $E(X) = y - \hat y$ равна $2y$, а шаг — $2\alpha y X$; на верно
# классифицированном примере $E(X) = 0$ и ничего не меняется. Смещение — вес нейрона смещения с
# постоянным входом 1 (рис. 1.3, б), поэтому оно сдвигается на $2\alpha y$. Совпадение с книгой
# шаг за шагом решают две детали: порядок примеров и то, что происходит в случае
# $W \cdot X + b = 0$. При $W = 0$ так обстоит дело с каждым примером, и `np.sign(0) = 0` сделал
# бы первое обновление вдвое короче; договорённость спутника (книга этот случай не обсуждает; `Perceptron` следует той же
# договорённости) считает его ошибкой.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, plots
from nbcompanion.exercises import ex06
from nbcompanion.perceptron import Perceptron

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, plots
from nbcompanion.exercises import ex06
from nbcompanion.perceptron import Perceptron

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% lang="en"
def train_perceptron(X, y, alpha, epochs):
    """Train the perceptron of eq. (1.5) from W = 0, b = 0; return (W, b)."""
    W, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):  # the examples in their order
            if y_i * (W @ x_i + b) <= 0:  # a mistake; W·X + b = 0 counts as one
                error = y_i - (-y_i)  # E(X) = y - ŷ = 2y, eq. (1.5)
                W = W + alpha * error * x_i
                b = b + alpha * error  # the bias neuron's input is 1
    return W, b


ex06.check(train_perceptron)

# %% lang="ru"
def train_perceptron(X, y, alpha, epochs):
    """Обучить перцептрон формулы (1.5) с W = 0, b = 0; вернуть (W, b)."""
    W, b = np.zeros(X.shape[1]), 0.0
    for _ in range(epochs):
        for x_i, y_i in zip(X, y):  # примеры по порядку
            if y_i * (W @ x_i + b) <= 0:  # ошибка; случай W·X + b = 0 тоже
                error = y_i - (-y_i)  # E(X) = y − ŷ = 2y, формула (1.5)
                W = W + alpha * error * x_i
                b = b + alpha * error  # вход нейрона смещения равен 1
    return W, b


ex06.check(train_perceptron)

# %% [markdown] lang="en"
# ## The same numbers as the package
#
# On the try-out data of the exercise, the function and
# `Perceptron(learning_rate=α, shuffle=False, max_epochs=…)` end with the same weights.

# %% [markdown] lang="ru"
# ## Те же числа, что у пакета
#
# На пробных данных упражнения функция и `Perceptron(learning_rate=α, shuffle=False,
# max_epochs=…)` приходят к одинаковым весам.

# %% lang="en"
X, y = data.linearly_separable(8, random_state=6)
W, b = train_perceptron(X, y, alpha=1.0, epochs=5)
model = Perceptron(learning_rate=1.0, shuffle=False, max_epochs=5).fit(X, y)
print("mine:   ", i18n.numbers(W, ".4f"), i18n.number(b, ".4f"))
print("package:", i18n.numbers(model.coef_, ".4f"), i18n.number(model.intercept_, ".4f"))

# %% lang="ru"
X, y = data.linearly_separable(8, random_state=6)
W, b = train_perceptron(X, y, alpha=1.0, epochs=5)
model = Perceptron(learning_rate=1.0, shuffle=False, max_epochs=5).fit(X, y)
print("моё:  ", i18n.numbers(W, ".4f"), i18n.number(b, ".4f"))
print("пакет:", i18n.numbers(model.coef_, ".4f"), i18n.number(model.intercept_, ".4f"))

# %% [markdown] lang="en"
# ## Separable or not
#
# Counting the training mistakes after every epoch shows the two behaviours of §1.2.1
# (Fig. 1.4): on separable data the count reaches 0 and training stops changing anything; on
# overlapping clouds it never does, and the weights keep moving.

# %% [markdown] lang="ru"
# ## Разделимые или нет
#
# Число ошибок на обучающих данных после каждой эпохи показывает два поведения из §1.2.1
# (рис. 1.4): на разделимых данных оно доходит до 0, и обучение больше ничего не меняет; на
# перекрывающихся облаках — никогда, и веса продолжают двигаться.

# %% lang="en"
def mistakes_per_epoch(X, y, epochs):
    counts = []
    for epoch in range(1, epochs + 1):
        W, b = train_perceptron(X, y, alpha=1.0, epochs=epoch)
        counts.append(int(np.sum(y * (X @ W + b) <= 0)))
    return counts


separable = data.linearly_separable(40, random_state=1)
overlapping = data.non_separable(40, random_state=1)
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(range(1, 16), mistakes_per_epoch(*separable, 15), marker="o",
        label="separable data")
ax.plot(range(1, 16), mistakes_per_epoch(*overlapping, 15), marker="s",
        label="overlapping clouds")
ax.set(xlabel="epoch", ylabel="mistakes", title="Training mistakes after each epoch, eq. (1.5)")
ax.legend()
plt.show()

# %% lang="ru"
def mistakes_per_epoch(X, y, epochs):
    counts = []
    for epoch in range(1, epochs + 1):
        W, b = train_perceptron(X, y, alpha=1.0, epochs=epoch)
        counts.append(int(np.sum(y * (X @ W + b) <= 0)))
    return counts


separable = data.linearly_separable(40, random_state=1)
overlapping = data.non_separable(40, random_state=1)
fig, ax = plt.subplots(figsize=(6, 3.2))
ax.plot(range(1, 16), mistakes_per_epoch(*separable, 15), marker="o",
        label="разделимые данные")
ax.plot(range(1, 16), mistakes_per_epoch(*overlapping, 15), marker="s",
        label="перекрывающиеся облака")
ax.set(xlabel="эпоха", ylabel="число ошибок", title="Ошибки на обучающих данных после каждой эпохи, формула (1.5)")
ax.legend()
plt.show()

# %% [markdown] lang="en"
# **Something to try.** Replace the test `<= 0` by `< 0` and run the check: it points at
# step 1, where $W = 0$ gives $W \cdot X = 0$ for every example.

# %% [markdown] lang="ru"
# **Попробуйте.** Замените условие `<= 0` на `< 0` и запустите проверку: она укажет на шаг 1,
# где при $W = 0$ у каждого примера $W \cdot X = 0$.
