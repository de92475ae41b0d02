# %% [markdown] lang="en"
# # 1.2.1.1–1.2.1.2 What the perceptron optimizes, and the SVM
#
# The update rule of §1.2.1 came from a heuristic. §1.2.1.1 asks which loss it actually
# minimizes, and §1.2.1.2 shows that one small change of that loss gives the linear support
# vector machine. This notebook computes:
#
# 1. the 0/1 loss (1.7), the perceptron criterion (1.8) and the hinge loss (1.9) as functions
#    of y·(W·X), Fig. 1.6;
# 2. the two weak spots of the criterion: W = 0 minimizes it for any data, and an update can
#    lower it while *raising* the number of mistakes;
# 3. the pocket algorithm against the plain perceptron on non-separable data;
# 4. the SVM's condition in the update (1.10), the margin it buys, and an interactive figure.

# %% [markdown] lang="ru"
# # 1.2.1.1–1.2.1.2 Что оптимизирует перцептрон и как с ним связан SVM
#
# Правило обновления из §1.2.1 появилось эвристически. В §1.2.1.1 выясняется, какую функцию
# потерь оно на самом деле минимизирует, а §1.2.1.2 показывает, что одно небольшое изменение
# этой функции даёт линейный метод опорных векторов. В этом блокноте мы вычисляем:
#
# 1. двоичную функцию потерь (1.7), критерий перцептрона (1.8) и кусочно-линейные потери (1.9)
#    как функции y·(W·X), рис. 1.6;
# 2. две слабости критерия: W = 0 минимизирует его для любых данных, а обновление может
#    уменьшить его, *увеличив* число ошибок;
# 3. карманный алгоритм против обычного перцептрона на неразделимых данных;
# 4. условие SVM в обновлении (1.10), зазор, который оно даёт, и интерактивный рисунок.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, losses, perceptron, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, losses, perceptron, plots, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## Three losses, Fig. 1.6
#
# Write s = y·(W·X) for the signed score of a point: s > 0 means it is on the right side.
#
# * 0/1 loss, eq. (1.7): ½(y − sign{W·X})² = 1 − y·sign{W·X}, that is 2 for a mistake and 0
#   otherwise (plotted halved, as a mistake count). It is flat almost everywhere, so its
#   gradient says nothing.
# * Perceptron criterion, eq. (1.8): max{−s, 0}. Drop the sign from the 0/1 loss and keep only
#   the wrong side; its gradient −yX on a mistake gives back the update of §1.2.1 (with the
#   factor 2 folded into α).
# * Hinge loss, eq. (1.9): max{1 − s, 0}. The same line moved one unit to the right: a point
#   must be on the right side *by a margin* before it stops contributing.

# %% [markdown] lang="ru"
# ## Три функции потерь, рис. 1.6
#
# Обозначим s = y·(W·X): s > 0 означает, что точка по правильную сторону.
#
# * Двоичная функция потерь, формула (1.7): ½(y − sign{W·X})² = 1 − y·sign{W·X}, то есть 2
#   при ошибке и 0 иначе (на графике она поделена пополам — счёт ошибок). Она почти всюду
#   постоянна, и её градиент ничего не сообщает.
# * Критерий перцептрона, формула (1.8): max{−s, 0}. Из двоичной функции убран sign и оставлена
#   только неправильная сторона; её градиент −yX при ошибке возвращает обновление из §1.2.1
#   (множитель 2 входит в α).
# * Кусочно-линейные потери, формула (1.9): max{1 − s, 0}. Та же ломаная, сдвинутая на
#   единицу вправо: точка перестаёт влиять, только когда она по правильную сторону *с запасом*.

# %%
fig, ax = plt.subplots(figsize=(6.5, 4))
plots.perceptron.draw_losses(ax)
plt.show()

# %% [markdown] lang="en"
# The gradient claim checked numerically: the criterion summed over a data set, its analytic
# gradient $-\sum_{\text{mistakes}} y X$, and central finite differences agree.

# %% [markdown] lang="ru"
# Проверим утверждение о градиенте численно: критерий, просуммированный по набору данных,
# его аналитический градиент $-\sum_{\text{ошибки}} y X$ и центральные конечные разности совпадают.

# %% lang="en"
X, y = data.non_separable(40, overlap=0.8, random_state=8)
X_with_one = np.hstack([X, np.ones((len(X), 1))])  # the bias as a constant feature


def criterion(W):
    """Eq. (1.8) summed over the data set."""
    return losses.perceptron_criterion(y, X_with_one @ W).sum()


W = np.array([0.7, -1.2, 0.3])
analytic = losses.perceptron_criterion_gradient(y, X_with_one @ W) @ X_with_one
h = 1e-6
numeric = [(criterion(W + h * e) - criterion(W - h * e)) / (2 * h) for e in np.eye(3)]
print("analytic:", i18n.numbers(analytic, ".6g"))
print("numeric: ", i18n.numbers(numeric, ".6g"))
print("equal within 1e-6:", i18n.yes_no(np.allclose(analytic, numeric, atol=1e-6)))

# %% lang="ru"
X, y = data.non_separable(40, overlap=0.8, random_state=8)
X_with_one = np.hstack([X, np.ones((len(X), 1))])  # смещение как постоянный признак


def criterion(W):
    """Формула (1.8), просуммированная по набору данных."""
    return losses.perceptron_criterion(y, X_with_one @ W).sum()


W = np.array([0.7, -1.2, 0.3])
analytic = losses.perceptron_criterion_gradient(y, X_with_one @ W) @ X_with_one
h = 1e-6
numeric = [(criterion(W + h * e) - criterion(W - h * e)) / (2 * h) for e in np.eye(3)]
print("аналитически:", i18n.numbers(analytic, ".6g"))
print("численно:     ", i18n.numbers(numeric, ".6g"))
print("совпадают с точностью 1e-6:", i18n.yes_no(np.allclose(analytic, numeric, atol=1e-6)))

# %% [markdown] lang="en"
# ## W = 0 minimizes the criterion
#
# The criterion is never negative, and at W = 0 every term max{−y·0, 0} is 0. So W = 0 is a
# minimizer for *every* data set, although it classifies nothing (every point has W·X = 0). It is
# also scale-sensitive: shrinking any W towards 0 shrinks the criterion in proportion, without
# changing a single prediction. Five random data sets, labels drawn at random:

# %% [markdown] lang="ru"
# ## W = 0 минимизирует критерий
#
# Критерий неотрицателен, а при W = 0 каждое слагаемое max{−y·0, 0} равно 0. Значит, W = 0 —
# точка минимума для *любого* набора данных, хотя она ничего не классифицирует (у каждой точки
# W·X = 0). Критерий ещё и чувствителен к масштабу: сжатие любого W к нулю пропорционально
# уменьшает критерий, не меняя ни одного предсказания. Пять случайных наборов со случайными
# метками:

# %% lang="en"
rng = np.random.default_rng(0)
for trial in range(5):
    X_r = rng.normal(size=(50, 3))
    y_r = rng.choice([-1.0, 1.0], size=50)
    at_zero = losses.perceptron_criterion(y_r, X_r @ np.zeros(3)).sum()
    W_r = rng.normal(size=3)
    shrunk = [losses.perceptron_criterion(y_r, X_r @ (c * W_r)).sum() for c in (1, 0.1, 0.01)]
    print(f"data set {trial}: L(0) = {i18n.number(at_zero, 'g')}, L(W), L(W/10), L(W/100) =",
          i18n.numbers(shrunk, ".4g"))

# %% lang="ru"
rng = np.random.default_rng(0)
for trial in range(5):
    X_r = rng.normal(size=(50, 3))
    y_r = rng.choice([-1.0, 1.0], size=50)
    at_zero = losses.perceptron_criterion(y_r, X_r @ np.zeros(3)).sum()
    W_r = rng.normal(size=3)
    shrunk = [losses.perceptron_criterion(y_r, X_r @ (c * W_r)).sum() for c in (1, 0.1, 0.01)]
    print(f"набор {trial}: L(0) = {i18n.number(at_zero, 'g')}, L(W), L(W/10), L(W/100) =",
          i18n.numbers(shrunk, ".4g"))

# %% [markdown] lang="en"
# The perceptron still finds a separator on separable data because it starts at W = 0 and only
# moves when it meets a mistake (W·X = 0 counts as one), so it never stays at the trivial
# minimizer. On non-separable data nothing pins it down, which the next experiment shows.
#
# ## The criterion can fall while the mistakes rise
#
# An update reduces the criterion of the point it fixes, but it moves the line for every other
# point too. We record a training run on non-separable data and look at every step for one
# where the summed criterion decreased and the number of misclassified points increased.

# %% [markdown] lang="ru"
# На разделимых данных перцептрон всё же находит разделитель: он стартует с W = 0 и
# двигается только при встрече с ошибкой (случай W·X = 0 тоже ошибка), поэтому в тривиальном минимуме
# не остаётся. На неразделимых данных его ничто не удерживает, что и покажет следующий опыт.
#
# ## Критерий может падать, а число ошибок — расти
#
# Обновление уменьшает критерий исправляемой точки, но сдвигает прямую и для всех остальных.
# Запишем обучение на неразделимых данных и найдём шаг, на котором суммарный критерий
# уменьшился, а число неверно классифицированных точек выросло.

# %% lang="en"
run = perceptron.Perceptron(random_state=0, max_epochs=20).fit(X, y)
history = run.history_
L = np.array([criterion(W) for W in history.weights])  # criterion after every step
falls = np.diff(L) < 0
more_mistakes = np.diff(history.mistakes) > 0
found = np.flatnonzero(falls & more_mistakes)
print("updates:", history.updated.sum(), " steps with L down and mistakes up:", found.size)

t = found[np.argmax(np.diff(history.mistakes)[found])]  # the largest rise in mistakes
print(f"step {t} → {t + 1}: L {i18n.number(L[t], '.3f')} → {i18n.number(L[t + 1], '.3f')},",
      f"mistakes {history.mistakes[t]} → {history.mistakes[t + 1]}")

# %% lang="ru"
run = perceptron.Perceptron(random_state=0, max_epochs=20).fit(X, y)
history = run.history_
L = np.array([criterion(W) for W in history.weights])  # критерий после каждого шага
falls = np.diff(L) < 0
more_mistakes = np.diff(history.mistakes) > 0
found = np.flatnonzero(falls & more_mistakes)
print("обновлений:", history.updated.sum(), " шагов, где L уменьшился, а ошибок стало больше:", found.size)

t = found[np.argmax(np.diff(history.mistakes)[found])]  # наибольший рост числа ошибок
print(f"шаг {t} → {t + 1}: L {i18n.number(L[t], '.3f')} → {i18n.number(L[t + 1], '.3f')},",
      f"ошибок {history.mistakes[t]} → {history.mistakes[t + 1]}")

# %% lang="en"
fig, ax = plt.subplots(figsize=(8, 5), layout="constrained")
plots.perceptron.draw_update(
    ax, X, y, history.weights[t], history.weights[t + 1], history.batches[t][0],
    title=f"One update: criterion {i18n.number(L[t], '.1f')} → {i18n.number(L[t + 1], '.1f')},"
          f"\nmistakes {history.mistakes[t]} → {history.mistakes[t + 1]}")
plt.show()

# %% lang="ru"
fig, ax = plt.subplots(figsize=(8, 5), layout="constrained")
plots.perceptron.draw_update(
    ax, X, y, history.weights[t], history.weights[t + 1], history.batches[t][0],
    title=f"Одно обновление: критерий {i18n.number(L[t], '.1f')} → {i18n.number(L[t + 1], '.1f')}"
          f",\nошибок {history.mistakes[t]} → {history.mistakes[t + 1]}")
plt.show()

# %% [markdown] lang="en"
# The ringed point was far on the wrong side, so fixing part of its large term outweighs the
# small terms of the points that the turn of the line pushed just across it. The loss the
# perceptron descends is not the number of mistakes.
#
# ## The pocket algorithm
#
# Because of this, the last weights of a run on non-separable data are an accident of where it
# stopped. The **pocket algorithm** keeps ("in its pocket") the weights with the fewest
# training mistakes seen so far.

# %% [markdown] lang="ru"
# Обведённая точка была далеко по неправильную сторону, поэтому уменьшение её большого
# слагаемого перевесило малые слагаемые точек, которые поворот прямой перебросил на другую
# сторону. Перцептрон спускается не по числу ошибок.
#
# ## Карманный алгоритм
#
# Поэтому последние веса на неразделимых данных — случайность, зависящая от момента
# остановки. **Карманный алгоритм** хранит («в кармане») веса с наименьшим числом ошибок на
# обучающих данных из всех встреченных.

# %% [markdown] lang="en"
# The rule itself is three lines on top of the perceptron: after every update, count the
# training mistakes of the new W and keep it if it beats the one in the pocket. Here on one of
# the ten data sets, without shuffling so that the package takes the same steps:

# %% [markdown] lang="ru"
# Само правило — три строки поверх перцептрона: после каждого обновления посчитать ошибки
# нового W на обучающих данных и оставить его, если он лучше того, что лежит в кармане. Вот
# оно на одном из десяти наборов, без перемешивания, чтобы пакет делал те же шаги:

# %% lang="en"
X_all, y_all = data.non_separable(300, overlap=0.9, random_state=3)
X_train, y_train = X_all[:100], y_all[:100]
X_train_one = np.hstack([X_train, np.ones((100, 1))])  # the bias as a constant feature

W = np.zeros(3)
pocket_W, pocket_mistakes = W, np.sum(y_train * (X_train_one @ W) <= 0)
for epoch in range(10):
    for X_i, y_i in zip(X_train_one, y_train):
        if y_i * (W @ X_i) <= 0:  # a mistake: the perceptron's update, eq. (1.5)
            W = W + 2 * y_i * X_i
            mistakes = np.sum(y_train * (X_train_one @ W) <= 0)
            if mistakes < pocket_mistakes:  # the pocket rule: keep the best W seen
                pocket_W, pocket_mistakes = W, mistakes

in_pocket = perceptron.Perceptron(shuffle=False, max_epochs=10, pocket=True).fit(X_train, y_train)
print("mistakes of the last W | of the pocket W:", np.sum(y_train * (X_train_one @ W) <= 0),
      "|", pocket_mistakes)
print("the package's pocket holds the same W:", i18n.yes_no(np.array_equal(pocket_W, [*in_pocket.coef_, in_pocket.intercept_])))

# %% lang="ru"
X_all, y_all = data.non_separable(300, overlap=0.9, random_state=3)
X_train, y_train = X_all[:100], y_all[:100]
X_train_one = np.hstack([X_train, np.ones((100, 1))])  # смещение как постоянный признак

W = np.zeros(3)
pocket_W, pocket_mistakes = W, np.sum(y_train * (X_train_one @ W) <= 0)
for epoch in range(10):
    for X_i, y_i in zip(X_train_one, y_train):
        if y_i * (W @ X_i) <= 0:  # ошибка: обновление перцептрона, формула (1.5)
            W = W + 2 * y_i * X_i
            mistakes = np.sum(y_train * (X_train_one @ W) <= 0)
            if mistakes < pocket_mistakes:  # правило кармана: хранить лучший из встреченных W
                pocket_W, pocket_mistakes = W, mistakes

in_pocket = perceptron.Perceptron(shuffle=False, max_epochs=10, pocket=True).fit(X_train, y_train)
print("ошибок у последнего W | у W из кармана:", np.sum(y_train * (X_train_one @ W) <= 0),
      "|", pocket_mistakes)
print("в кармане пакета тот же W:", i18n.yes_no(np.array_equal(pocket_W, [*in_pocket.coef_, in_pocket.intercept_])))

# %% [markdown] lang="en"
# The package's `Perceptron(pocket=True)` does exactly this. Ten data sets, 100 training points
# each and 200 held-out points, 10 epochs:

# %% [markdown] lang="ru"
# `Perceptron(pocket=True)` из пакета делает ровно это. Десять наборов, по 100 обучающих и 200
# отложенных точек, 10 эпох:

# %% lang="en"
held_out = []
for seed in range(10):
    X_all, y_all = data.non_separable(300, overlap=0.9, random_state=seed)
    X_train, y_train, X_test, y_test = X_all[:100], y_all[:100], X_all[100:], y_all[100:]
    plain = perceptron.Perceptron(random_state=seed, max_epochs=10,
                                  record_history=False).fit(X_train, y_train)
    pocket = perceptron.Perceptron(random_state=seed, max_epochs=10, pocket=True,
                                   record_history=False).fit(X_train, y_train)
    held_out.append((plain.score(X_test, y_test), pocket.score(X_test, y_test)))
held_out = np.array(held_out)
print("held-out accuracy, plain | pocket:")
for plain_accuracy, pocket_accuracy in held_out:
    print(f"  {i18n.number(plain_accuracy, '.3f')} | {i18n.number(pocket_accuracy, '.3f')}")
print("mean:", i18n.numbers(held_out.mean(axis=0), ".3f"), " pocket better or equal in",
      int((held_out[:, 1] >= held_out[:, 0]).sum()), "of 10")

# %% lang="ru"
held_out = []
for seed in range(10):
    X_all, y_all = data.non_separable(300, overlap=0.9, random_state=seed)
    X_train, y_train, X_test, y_test = X_all[:100], y_all[:100], X_all[100:], y_all[100:]
    plain = perceptron.Perceptron(random_state=seed, max_epochs=10,
                                  record_history=False).fit(X_train, y_train)
    pocket = perceptron.Perceptron(random_state=seed, max_epochs=10, pocket=True,
                                   record_history=False).fit(X_train, y_train)
    held_out.append((plain.score(X_test, y_test), pocket.score(X_test, y_test)))
held_out = np.array(held_out)
print("точность на отложенных данных, обычный | карманный:")
for plain_accuracy, pocket_accuracy in held_out:
    print(f"  {i18n.number(plain_accuracy, '.3f')} | {i18n.number(pocket_accuracy, '.3f')}")
print("среднее:", i18n.numbers(held_out.mean(axis=0), ".3f"), " карманный не хуже в",
      int((held_out[:, 1] >= held_out[:, 0]).sum()), "случаях из 10")

# %%
X_all, y_all = data.non_separable(300, overlap=0.9, random_state=3)
X_train, y_train = X_all[:100], y_all[:100]
run = perceptron.Perceptron(random_state=3, max_epochs=10, pocket=True).fit(X_train, y_train)

fig, ax = plt.subplots(figsize=(9, 3.8))
plots.perceptron.draw_mistakes(ax, run.history_, linewidth=0.8)
plots.perceptron.draw_mistakes(ax, run.history_, pocket=True, linewidth=2)
plt.show()

# %% [markdown] lang="en"
# The plain perceptron's mistakes jump up and down forever; the pocket's curve only goes down.
# Both runs take the same steps: the pocket changes only which weights are returned.
#
# ## From the perceptron to the SVM, §1.2.1.2
#
# With the factor 2 of E(X) = 2y folded into α, the perceptron's update reads
# $W \Leftarrow W + \alpha \sum_{(X,y) \in S^+} y X$, eq. (1.10), where $S^+$ holds the points with y·(W·X) < 0. The
# hinge loss changes only the condition: the SVM also updates on points that are right but
# closer than the margin, y·(W·X) < 1. So (1.10) itself is the perceptron's update; the SVM
# takes the same step on a larger set of points. In a few lines, then the package's
# `Perceptron(loss="hinge")`:

# %% [markdown] lang="ru"
# Ошибки обычного перцептрона скачут без конца; кривая карманного алгоритма только убывает.
# Оба прогона делают одни и те же шаги: карман меняет лишь то, какие веса возвращаются.
#
# ## От перцептрона к SVM, §1.2.1.2
#
# Если множитель 2 из E(X) = 2y включить в α, обновление перцептрона примет вид
# $W \Leftarrow W + \alpha \sum_{(X,y) \in S^+} y X$, формула (1.10), где $S^+$ — точки с y·(W·X) < 0. Кусочно-линейные
# потери меняют только условие: SVM обновляет и верно классифицированные точки, которые
# ближе зазора, y·(W·X) < 1. Значит, сама формула (1.10) — обновление перцептрона; SVM делает
# тот же шаг по большему множеству точек. Несколько строк, затем `Perceptron(loss="hinge")` из
# пакета:

# %% lang="en"
X, y = data.linearly_separable(30, random_state=0)
X_with_one = np.hstack([X, np.ones((len(X), 1))])

alpha = 0.1
W = np.zeros(3)
for epoch in range(30):
    for X_i, y_i in zip(X_with_one, y):
        if y_i * (W @ X_i) < 1:  # the SVM's condition; the perceptron's is y (W·X) <= 0
            W = W + alpha * y_i * X_i  # the step of eq. (1.10), taken on the SVM's points

svm = perceptron.Perceptron(loss="hinge", learning_rate=alpha, shuffle=False,
                            max_epochs=30).fit(X, y)
print("W, b by hand:  ", i18n.numbers(W, ".4g"))
print("W, b, package: ", i18n.numbers([*svm.coef_, svm.intercept_], ".4g"))
print("the same to the last bit:", i18n.yes_no(np.array_equal(W, [*svm.coef_, svm.intercept_])))

# %% lang="ru"
X, y = data.linearly_separable(30, random_state=0)
X_with_one = np.hstack([X, np.ones((len(X), 1))])

alpha = 0.1
W = np.zeros(3)
for epoch in range(30):
    for X_i, y_i in zip(X_with_one, y):
        if y_i * (W @ X_i) < 1:  # условие SVM; у перцептрона оно y (W·X) <= 0
            W = W + alpha * y_i * X_i  # шаг формулы (1.10) по точкам, отобранным условием SVM

svm = perceptron.Perceptron(loss="hinge", learning_rate=alpha, shuffle=False,
                            max_epochs=30).fit(X, y)
print("W, b вручную:  ", i18n.numbers(W, ".4g"))
print("W, b из пакета:", i18n.numbers([*svm.coef_, svm.intercept_], ".4g"))
print("совпадают до последнего бита:", i18n.yes_no(np.array_equal(W, [*svm.coef_, svm.intercept_])))

# %% [markdown] lang="en"
# ## The margin
#
# The geometric margin of a line is the distance from it to the nearest point,
# min y·(W·X + b)/‖W‖. The perceptron stops as soon as every point is on the right side, often
# with a point grazing the line; the hinge loss keeps pushing until every point is at least
# 1/‖W‖ away. Dashed: the lines W·X + b = ±1, where the SVM's condition switches. The margin
# is one line of numpy, checked against the package's helper at the end of the cell.

# %% [markdown] lang="ru"
# ## Зазор
#
# Геометрический зазор прямой — расстояние от неё до ближайшей точки,
# min y·(W·X + b)/‖W‖. Перцептрон останавливается, как только все точки оказались по
# правильную сторону, и часто какая-то точка почти касается прямой; кусочно-линейные потери
# продолжают толкать, пока каждая точка не окажется на расстоянии не меньше 1/‖W‖.
# Пунктир — прямые W·X + b = ±1, на которых переключается условие SVM. Зазор — одна строка
# numpy; в конце ячейки она сверена с функцией пакета.

# %% lang="en"
models = {loss: perceptron.Perceptron(loss=loss, learning_rate=alpha, random_state=0,
                                      max_epochs=30).fit(X, y)
          for loss in ("perceptron", "hinge")}



def geometric_margin(model, X, y):
    """The distance from the line to the nearest point, min y·(W·X + b)/‖W‖."""
    return float(np.min(y * (X @ model.coef_ + model.intercept_)) / np.linalg.norm(model.coef_))


names = {"perceptron": "Perceptron criterion", "hinge": "Hinge loss (SVM)"}
fig, axes = plt.subplots(1, 2, figsize=(8, 5), layout="constrained")
for ax, (loss, model) in zip(axes, models.items()):
    margin = geometric_margin(model, X, y)
    plots.perceptron.draw_separator(ax, model, X, y, margins=True, legend=False,
                                    title=f"{names[loss]}:\nmargin {i18n.number(margin, '.3f')}")
fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncol=4)  # off the data
plt.show()
# the package's helper computes the same number
print("the package's function gives the same number:", i18n.yes_no(geometric_margin(models["hinge"], X, y) == plots.perceptron.geometric_margin(
    models["hinge"].coef_, models["hinge"].intercept_, X, y)))

# %% lang="ru"
models = {loss: perceptron.Perceptron(loss=loss, learning_rate=alpha, random_state=0,
                                      max_epochs=30).fit(X, y)
          for loss in ("perceptron", "hinge")}



def geometric_margin(model, X, y):
    """Расстояние от прямой до ближайшей точки, min y·(W·X + b)/‖W‖."""
    return float(np.min(y * (X @ model.coef_ + model.intercept_)) / np.linalg.norm(model.coef_))


names = {"perceptron": "Критерий перцептрона", "hinge": "Кусочно-линейные потери (SVM)"}
fig, axes = plt.subplots(1, 2, figsize=(8, 5), layout="constrained")
for ax, (loss, model) in zip(axes, models.items()):
    margin = geometric_margin(model, X, y)
    plots.perceptron.draw_separator(ax, model, X, y, margins=True, legend=False,
                                    title=f"{names[loss]}:\nзазор {i18n.number(margin, '.3f')}")
fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncol=4)  # не на данных
plt.show()
# функция пакета вычисляет то же число
print("функция пакета даёт то же число:", i18n.yes_no(geometric_margin(models["hinge"], X, y) == plots.perceptron.geometric_margin(
    models["hinge"].coef_, models["hinge"].intercept_, X, y)))

# %% [markdown] lang="en"
# One data set can be luck, so the same comparison over 20 seeds:

# %% [markdown] lang="ru"
# Один набор данных может оказаться удачным, поэтому то же сравнение на 20 случайных наборах:

# %% lang="en"
margins = []
for seed in range(20):
    X_s, y_s = data.linearly_separable(30, random_state=seed)
    pair = [perceptron.Perceptron(loss=loss, learning_rate=alpha, random_state=seed, max_epochs=200,
                                  record_history=False).fit(X_s, y_s)
            for loss in ("perceptron", "hinge")]
    margins.append([geometric_margin(m, X_s, y_s) for m in pair])
margins = np.array(margins)
print("mean margin, perceptron | hinge:", i18n.numbers(margins.mean(axis=0), ".4f"))
print("hinge larger in", int((margins[:, 1] > margins[:, 0]).sum()), "of 20")

# %% lang="ru"
margins = []
for seed in range(20):
    X_s, y_s = data.linearly_separable(30, random_state=seed)
    pair = [perceptron.Perceptron(loss=loss, learning_rate=alpha, random_state=seed, max_epochs=200,
                                  record_history=False).fit(X_s, y_s)
            for loss in ("perceptron", "hinge")]
    margins.append([geometric_margin(m, X_s, y_s) for m in pair])
margins = np.array(margins)
print("средний зазор, перцептрон | кусочно-линейные потери:", i18n.numbers(margins.mean(axis=0), ".4f"))
print("у кусочно-линейных потерь больше в", int((margins[:, 1] > margins[:, 0]).sum()), "случаях из 20")

# %% [markdown] lang="en"
# ## Interactive figure: the two losses epoch by epoch
#
# Pick the loss and the number of epochs; the title gives the margin. The static picture is the
# default state (perceptron criterion after 30 epochs).

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: две функции потерь по эпохам
#
# Выберите функцию потерь и число эпох; в заголовке — зазор. Статичная картинка — состояние
# по умолчанию (критерий перцептрона после 30 эпох).

# %%
margin_explorer = widgets.perceptron.margin_explorer(X, y, learning_rate=alpha)
margin_explorer.snapshot()

# %%
margin_explorer

# %% [markdown] lang="en"
# What to notice: the perceptron stops moving after a few epochs, its line close to some
# points; with the hinge loss the dashed lines keep being pushed apart until no point lies
# between them, and the margin grows. Neither is the *maximum*-margin SVM: that needs the
# regularization of Chapter 2. And the scale matters now: with α = 1 the weights grow fast, the
# threshold 1 becomes small next to them, and the hinge loss behaves much like the perceptron.
#
# ## Try it
#
# * Rebuild the interactive figure with `learning_rate=1.0` and compare the margins:
#
# ```python
# fast = widgets.perceptron.margin_explorer(X, y, learning_rate=1.0)
# fast.snapshot()
# ```
#
# * In the pocket experiment, raise `overlap` to 1.5: how much does the pocket still help?
#
# ```python
# gains = []
# for seed in range(10):
#     X_all, y_all = data.non_separable(300, overlap=1.5, random_state=seed)
#     fits = [perceptron.Perceptron(random_state=seed, max_epochs=10, pocket=p,
#                                   record_history=False).fit(X_all[:100], y_all[:100])
#             for p in (False, True)]
#     gains.append(fits[1].score(X_all[100:], y_all[100:]) - fits[0].score(X_all[100:], y_all[100:]))
# print("mean gain of the pocket:", np.mean(gains))
# ```
#
# * Search a recorded run for the opposite case, a step where the criterion rose but the
#   mistakes fell:
#
# ```python
# X_h, y_h = data.non_separable(40, overlap=0.8, random_state=8)
# steps = perceptron.Perceptron(random_state=0, max_epochs=20).fit(X_h, y_h).history_
# X_h_one = np.hstack([X_h, np.ones((40, 1))])
# L_h = np.array([losses.perceptron_criterion(y_h, X_h_one @ W).sum() for W in steps.weights])
# print("steps:", np.flatnonzero((np.diff(L_h) > 0) & (np.diff(steps.mistakes) < 0)))
# ```
#
# ## Exercises
#
# * [Exercise 11](../../exercises/en/ex11-perceptron-vs-hinge.ipynb): perceptron versus hinge
#   loss, accuracy on 1000 held-out points and stability across training sets.
# * [Exercise 4](../../exercises/en/ex04-perceptron-cycles.ipynb) and
#   [exercise 5](../../exercises/en/ex05-product-feature.ipynb): when the criterion never
#   settles, and a feature that fixes it.
# * [Exercise 6](../../exercises/en/ex06-implement-perceptron.ipynb): your own implementation.


# %% [markdown] lang="ru"
# На что обратить внимание: перцептрон перестаёт двигаться через несколько эпох, и его прямая
# проходит близко к некоторым точкам; с кусочно-линейными потерями пунктирные прямые
# раздвигаются, пока между ними не останется точек, и зазор растёт. Ни то ни другое — не SVM с
# *максимальным* зазором: для него нужна регуляризация из главы 2. И масштаб теперь важен: при
# α = 1 веса быстро растут, порог 1 становится мал по сравнению с ними, и кусочно-линейные
# потери ведут себя почти как перцептрон.
#
# ## Попробуйте
#
# * Постройте интерактивный рисунок заново с `learning_rate=1.0` и сравните зазоры:
#
# ```python
# fast = widgets.perceptron.margin_explorer(X, y, learning_rate=1.0)
# fast.snapshot()
# ```
#
# * В опыте с карманным алгоритмом увеличьте `overlap` до 1,5: насколько карман ещё помогает?
#
# ```python
# gains = []
# for seed in range(10):
#     X_all, y_all = data.non_separable(300, overlap=1.5, random_state=seed)
#     fits = [perceptron.Perceptron(random_state=seed, max_epochs=10, pocket=p,
#                                   record_history=False).fit(X_all[:100], y_all[:100])
#             for p in (False, True)]
#     gains.append(fits[1].score(X_all[100:], y_all[100:]) - fits[0].score(X_all[100:], y_all[100:]))
# print("средний выигрыш кармана:", np.mean(gains))
# ```
#
# * Найдите в записанном прогоне обратный случай: шаг, где критерий вырос, а ошибок стало
#   меньше:
#
# ```python
# X_h, y_h = data.non_separable(40, overlap=0.8, random_state=8)
# steps = perceptron.Perceptron(random_state=0, max_epochs=20).fit(X_h, y_h).history_
# X_h_one = np.hstack([X_h, np.ones((40, 1))])
# L_h = np.array([losses.perceptron_criterion(y_h, X_h_one @ W).sum() for W in steps.weights])
# print("шаги:", np.flatnonzero((np.diff(L_h) > 0) & (np.diff(steps.mistakes) < 0)))
# ```
#
# ## Упражнения
#
# * [Упражнение 11](../../exercises/ru/ex11-perceptron-vs-hinge.ipynb): перцептрон и
#   кусочно-линейные потери, точность на 1000 отложенных точек и устойчивость к смене
#   обучающей выборки.
# * [Упражнение 4](../../exercises/ru/ex04-perceptron-cycles.ipynb) и
#   [упражнение 5](../../exercises/ru/ex05-product-feature.ipynb): когда критерий не
#   успокаивается, и признак, который это исправляет.
# * [Упражнение 6](../../exercises/ru/ex06-implement-perceptron.ipynb): своя реализация.

