# %% [markdown] lang="en"
# # 1.2.1 The perceptron
#
# The perceptron is the smallest neural network: one computational node that adds up its
# weighted inputs and outputs the sign of the sum. This notebook makes §1.2.1 runnable:
#
# 1. the prediction of eqs. (1.1)–(1.2) and the update rule of eqs. (1.3)–(1.6), written out
#    in a few lines and compared with the package's `Perceptron`;
# 2. the bias: a bias neuron (Fig. 1.3 b) versus a constant feature, which give the same
#    weights;
# 3. separable and non-separable data (Fig. 1.4) and an explorer that trains step by step;
# 4. a measurement: on separable data training stops after a few epochs, on non-separable
#    data it never does.

# %% [markdown] lang="ru"
# # 1.2.1 Перцептрон
#
# Перцептрон — самая маленькая нейронная сеть: один вычислительный узел, который складывает
# взвешенные входы и выдаёт знак суммы. В этой тетради раздел 1.2.1 можно запустить:
#
# 1. предсказание по формулам (1.1)–(1.2) и правило обновления (1.3)–(1.6): несколько строк
#    кода прямо здесь, затем то же самое с классом `Perceptron` из пакета;
# 2. смещение: нейрон смещения (рис. 1.3, б) и постоянный признак дают одинаковые веса;
# 3. линейно разделимые и неразделимые данные (рис. 1.4) и интерактивное обучение шаг за
#    шагом;
# 4. измерение: на разделимых данных обучение останавливается за несколько эпох, на
#    неразделимых — никогда.

# %%
# %matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, perceptron, plots, widgets

# %% [markdown] lang="en"
# ## Prediction and update, eqs. (1.1)–(1.5)
#
# A point X = [x_1 … x_d] with label y ∈ {−1, +1} is predicted as ŷ = sign{W·X}, eq. (1.1),
# or ŷ = sign{W·X + b} with a bias b, eq. (1.2). The error E(X) = y − ŷ is −2, 0 or +2.
# The squared error Σ (y − ŷ)² is a staircase in W with zero gradient almost everywhere, so
# the perceptron follows a *smoothed* gradient, eq. (1.3), which gives the update of
# eqs. (1.4)–(1.5):
#
# $$W \Leftarrow W + \alpha\,(y - \hat y)\,X = W + \alpha\,E(X)\,X .$$
#
# A correctly classified point leaves W alone; a mistake moves W by 2αyX, towards the point
# when y = +1 and away from it when y = −1. Here is the whole algorithm on 30 separable points,
# with the bias folded in as a constant feature 1 (more on that below). One convention matters
# when comparing implementations: at W = 0 every score is 0 and sign(0) is undefined, so a tie
# W·X = 0 counts as a mistake.

# %% [markdown] lang="ru"
# ## Предсказание и обновление, формулы (1.1)–(1.5)
#
# Точка X = [x_1 … x_d] с меткой y ∈ {−1, +1} получает предсказание ŷ = sign{W·X},
# формула (1.1), или ŷ = sign{W·X + b} со смещением b, формула (1.2). Ошибка E(X) = y − ŷ
# равна −2, 0 или +2. Сумма квадратов Σ (y − ŷ)² как функция W — лестница с нулевым
# градиентом почти всюду, поэтому перцептрон идёт по *сглаженному* градиенту, формула (1.3),
# что и даёт обновление (1.4)–(1.5):
#
# $$W \Leftarrow W + \alpha\,(y - \hat y)\,X = W + \alpha\,E(X)\,X .$$
#
# Верно классифицированная точка W не меняет; ошибка сдвигает W на 2αyX — к точке при
# y = +1 и от неё при y = −1. Вот весь алгоритм на 30 разделимых точках; смещение учтено как
# постоянный признак 1 (подробнее ниже). Одна договорённость важна при сравнении реализаций:
# при W = 0 все значения W·X равны 0, а sign(0) не определён, поэтому ничья W·X = 0
# считается ошибкой.

# %%
X, y = data.linearly_separable(30, random_state=8)
X_with_one = np.hstack([X, np.ones((len(X), 1))])  # constant feature: its weight plays b

alpha = 1.0
W = np.zeros(3)
for epoch in range(10):
    for X_i, y_i in zip(X_with_one, y):
        y_hat = np.sign(W @ X_i) or -y_i  # eq. (1.1); a tie W·X = 0 counts as a mistake
        W = W + alpha * (y_i - y_hat) * X_i  # eqs. (1.4)-(1.5), E(X) = y - y_hat

model = perceptron.Perceptron(learning_rate=alpha, shuffle=False, max_epochs=10).fit(X, y)
print("W, b by hand:   ", W)
print("W, b, package:  ", model.coef_, model.intercept_)
print("n_iter_, score: ", model.n_iter_, model.score(X, y))
np.array_equal(W, [*model.coef_, model.intercept_])  # the same to the last bit

# %% [markdown] lang="en"
# The package stopped after the first epoch without an update (`n_iter_`), the loop above ran
# all ten epochs, and the weights are the same because a pass without mistakes changes
# nothing.
#
# ### Mini-batches, eq. (1.6)
#
# Eq. (1.6) sums the moves of a batch S of points computed with the *same* W:
# W ⇐ W + α Σ_{X∈S} E(X) X. With batches of 10 points:

# %% [markdown] lang="ru"
# Пакет остановился после первой эпохи без обновлений (`n_iter_`), цикл выше прошёл все десять
# эпох, и веса совпали: проход без ошибок ничего не меняет.
#
# ### Мини-пакеты, формула (1.6)
#
# Формула (1.6) складывает сдвиги по пакету S точек, вычисленные при *одном и том же* W:
# W ⇐ W + α Σ_{X∈S} E(X) X. С пакетами по 10 точек:

# %%
W = np.zeros(3)
for epoch in range(10):
    for start in range(0, len(y), 10):
        X_S, y_S = X_with_one[start:start + 10], y[start:start + 10]
        E = np.where(y_S * (X_S @ W) <= 0, 2 * y_S, 0)  # E(X) = y - y_hat: 2y on a mistake
        W = W + alpha * E @ X_S  # eq. (1.6)

batched = perceptron.Perceptron(learning_rate=alpha, shuffle=False, batch_size=10,
                                max_epochs=10).fit(X, y)
print("W, b by hand:  ", W)
print("W, b, package: ", batched.coef_, batched.intercept_)
np.allclose(W, [*batched.coef_, batched.intercept_], rtol=1e-12, atol=0)

# %% [markdown] lang="en"
# ## The bias neuron, Fig. 1.3
#
# Eq. (1.2) adds a bias b. The book offers two equivalent ways to learn it: a **bias neuron**,
# an extra input node whose output is always 1 and whose edge weight is b (Fig. 1.3 b), or the
# **constant-feature trick**, a column of ones appended to X so that eq. (1.1) needs no b at
# all. Both feed the same numbers to the same update, so they must learn the same weights.
# Without any bias (Fig. 1.3 a) the line W·X = 0 has to pass through the origin, which these
# data do not allow.

# %% [markdown] lang="ru"
# ## Нейрон смещения, рис. 1.3
#
# Формула (1.2) добавляет смещение b. В книге два равносильных способа его обучить:
# **нейрон смещения** — дополнительный входной узел, который всегда выдаёт 1 и вес связи
# которого равен b (рис. 1.3, б), или **трюк с постоянным признаком** — столбец единиц,
# добавленный к X, после чего формула (1.1) обходится без b. Оба способа подают одни и те же
# числа в одно и то же обновление, значит, веса получатся одинаковыми. Без смещения
# (рис. 1.3, а) прямая W·X = 0 обязана проходить через начало координат, а эти данные
# такого не допускают.

# %%
with_bias_neuron = perceptron.Perceptron(random_state=0).fit(X, y)
with_constant_feature = perceptron.Perceptron(random_state=0, fit_bias=False).fit(X_with_one, y)
without_bias = perceptron.Perceptron(random_state=0, fit_bias=False).fit(X, y)

print("bias neuron (W, b):     ", with_bias_neuron.coef_, with_bias_neuron.intercept_)
print("constant feature (W):   ", with_constant_feature.coef_)
print("score with b, without b:", with_bias_neuron.score(X, y), without_bias.score(X, y))
np.array_equal([*with_bias_neuron.coef_, with_bias_neuron.intercept_], with_constant_feature.coef_)

# %%
fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
plots.perceptron.draw_diagram(axes[0], without_bias)
plots.perceptron.draw_diagram(axes[1], with_bias_neuron)
plots.perceptron.draw_diagram(axes[2], with_constant_feature,
                              title=i18n.text("perceptron.diagram_constant"))
plt.show()

# %% [markdown] lang="en"
# The diagrams are drawn from the fitted models, so the numbers on the edges are the learned
# weights. In (b) and (c) the same value sits on the edge of the bias neuron and on the edge
# of the constant input x_3: the two constructions are one network.
#
# ## Separable and non-separable data, Fig. 1.4
#
# The perceptron finds a separating line whenever one exists. When the classes overlap no line
# separates them, and the last line training produced depends on where it stopped.

# %% [markdown] lang="ru"
# Схемы нарисованы по обученным моделям, так что числа на связях — выученные веса. На схемах
# (б) и (в) одно и то же значение стоит на связи нейрона смещения и на связи постоянного
# входа x_3: две конструкции — одна и та же сеть.
#
# ## Линейно разделимые и неразделимые данные, рис. 1.4
#
# Перцептрон находит разделяющую прямую, если она существует. Когда классы перекрываются,
# такой прямой нет, и последняя прямая зависит от того, где обучение остановилось.

# %%
X_mixed, y_mixed = data.non_separable(40, overlap=0.8, random_state=8)
mixed_model = perceptron.Perceptron(random_state=0, max_epochs=30).fit(X_mixed, y_mixed)

fig, axes = plt.subplots(1, 2, figsize=(10, 4.6))
plots.perceptron.draw_separator(axes[0], with_bias_neuron, X, y,
                                title=i18n.text("perceptron.title_separable"))
plots.perceptron.draw_separator(axes[1], mixed_model, X_mixed, y_mixed,
                                title=i18n.text("perceptron.title_non_separable",
                                                epochs=mixed_model.n_iter_))
plt.show()

# %%
print("separable:     converged_, n_iter_, score =", with_bias_neuron.converged_,
      with_bias_neuron.n_iter_, with_bias_neuron.score(X, y))
print("non-separable: converged_, n_iter_, score =", mixed_model.converged_,
      mixed_model.n_iter_, mixed_model.score(X_mixed, y_mixed))

# %% [markdown] lang="en"
# ## Training step by step
#
# The explorer below trains once and then walks through the recorded trajectory (`history_`):
# **one update** jumps to the next example that changed W (ringed in red), **one epoch**
# finishes the current pass over the data, **reset** goes back to W = 0. The right panel counts
# the misclassified training points after every step. The picture just below is its state after
# one epoch, visible without a running kernel.

# %% [markdown] lang="ru"
# ## Обучение шаг за шагом
#
# Исследователь ниже обучает модель один раз и затем проходит по записанной траектории
# (`history_`): **«Одно обновление»** переходит к следующему примеру, изменившему W (он
# обведён красным), **«Одна эпоха»** завершает текущий проход по данным, **«Сброс»**
# возвращает W = 0. Справа — число неверно классифицированных обучающих точек после каждого
# шага. Картинка сразу ниже — его состояние после одной эпохи, она видна и без ядра.

# %%
explorer = widgets.perceptron.training_explorer(random_state=8)
explorer.controls["epoch"].click()
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# Things to notice:
#
# * each update turns the line towards the ringed point, and the mistake count can go *up*
#   after an update: the rule fixes one point at a time, not the total;
# * the **learning rate** slider rescales W (see the numbers) but leaves the line where it is.
#   Starting from W = 0, every W of the trajectory is α times the one for α = 1, and
#   sign{W·X} does not care about the scale; α matters once W does not start at 0 or once a
#   loss has a fixed threshold, like the hinge loss of §1.2.1.2;
# * on non-separable data the mistake curve never stays at 0.
#
# ## Convergence, measured
#
# On separable data the perceptron stops after finitely many updates (the convergence theorem
# the book alludes to). Over 30 random separable data sets (40 points, a narrow empty band
# around the true line) we count the epochs until a pass without updates. On non-separable data
# we count the updates in each epoch for 50 epochs and 10 data sets.

# %% [markdown] lang="ru"
# На что обратить внимание:
#
# * каждое обновление поворачивает прямую к обведённой точке, а число ошибок после
#   обновления может *вырасти*: правило исправляет одну точку, а не сумму;
# * ползунок **скорости обучения** меняет масштаб W (см. числа), но прямая остаётся на месте.
#   При старте с W = 0 каждый W траектории равен α, умноженному на W при α = 1, а sign{W·X}
#   от масштаба не зависит; α важна, когда W стартует не с нуля или когда у функции потерь
#   есть фиксированный порог, как у кусочно-линейных потерь из §1.2.1.2;
# * на неразделимых данных кривая ошибок никогда не остаётся на нуле.
#
# ## Сходимость: измерение
#
# На разделимых данных перцептрон останавливается после конечного числа обновлений (теорема
# о сходимости, на которую ссылается книга). На 30 случайных разделимых наборах (40 точек,
# узкая пустая полоса вокруг истинной прямой) считаем эпохи до прохода без обновлений. На
# неразделимых данных считаем обновления в каждой эпохе за 50 эпох на 10 наборах.

# %%
epochs_needed = []
for seed in range(30):
    X_s, y_s = data.linearly_separable(40, margin=0.05, random_state=seed)
    run = perceptron.Perceptron(random_state=seed, max_epochs=1000, record_history=False)
    epochs_needed.append(run.fit(X_s, y_s).n_iter_)
print("separable, n_iter_ of 30 runs:", sorted(epochs_needed))

fewest_updates = []
for seed in range(10):
    X_n, y_n = data.non_separable(40, overlap=0.8, random_state=seed)
    run = perceptron.Perceptron(random_state=seed, max_epochs=50).fit(X_n, y_n)
    updates = np.bincount(run.history_.epochs, weights=run.history_.updated)
    fewest_updates.append(int(updates.min()))
print("non-separable, min updates per epoch over 50 epochs:", fewest_updates)

# %%
X_s, y_s = data.linearly_separable(40, margin=0.05, random_state=26)
converging = perceptron.Perceptron(random_state=26, max_epochs=1000).fit(X_s, y_s)
X_n, y_n = data.non_separable(40, overlap=0.8, random_state=0)
cycling = perceptron.Perceptron(random_state=0, max_epochs=50).fit(X_n, y_n)

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
plots.perceptron.draw_epochs_to_convergence(axes[0], epochs_needed)
plots.perceptron.draw_updates_per_epoch(axes[1], converging.history_,
                                        label=i18n.text("perceptron.separable"))
plots.perceptron.draw_updates_per_epoch(axes[1], cycling.history_,
                                        label=i18n.text("perceptron.non_separable"))
plt.show()

# %% [markdown] lang="en"
# Every separable run stopped (after 2 to about 15 epochs, more when the band around the
# true line is narrow); no non-separable run ever had an epoch without updates, so the weights
# keep changing forever. The mistakes of the final weights are then a matter of luck, which is
# what the pocket algorithm of §1.2.1.1 fixes.
#
# ## Try it
#
# * In the explorer, choose the non-separable set and press **one epoch** many times: the line
#   keeps swinging.
# * Make the empty band of `data.linearly_separable` narrower (`margin=0.01`): how many epochs
#   now? (The theorem bounds the number of updates by (R/γ)², R the largest ‖X‖ and γ the
#   margin.)
# * Replace `shuffle=False` by `shuffle=True` in the first cell: the weights differ, the
#   accuracy does not.
#
# ## Exercises
#
# * [Exercise 4](../../exercises/en/ex04-perceptron-cycles.ipynb): four points where the
#   perceptron cycles forever.
# * [Exercise 5](../../exercises/en/ex05-product-feature.ipynb): the feature x_1·x_2 makes them
#   separable.
# * [Exercise 6](../../exercises/en/ex06-implement-perceptron.ipynb): implement the perceptron
#   yourself.
# * [Exercise 11](../../exercises/en/ex11-perceptron-vs-hinge.ipynb): perceptron versus hinge
#   loss on held-out data.
#
# Next: [§1.2.1.1–1.2.1.2, what the perceptron optimizes](1.2.1.1-perceptron-objective.ipynb).

# %% [markdown] lang="ru"
# Каждый разделимый запуск остановился (за 2 — примерно 15 эпох, тем дольше, чем уже полоса
# вокруг истинной прямой); ни в одном неразделимом запуске не нашлось эпохи без обновлений,
# так что веса меняются бесконечно. Число ошибок у последних весов тогда дело случая — это и
# исправляет карманный алгоритм из §1.2.1.1.
#
# ## Попробуйте
#
# * В исследователе выберите неразделимый набор и много раз нажмите **«Одна эпоха»**: прямая
#   продолжает качаться.
# * Сузьте пустую полосу в `data.linearly_separable` (`margin=0.01`): сколько теперь эпох?
#   (Теорема ограничивает число обновлений величиной (R/γ)², где R — наибольшая ‖X‖,
#   γ — зазор.)
# * Замените `shuffle=False` на `shuffle=True` в первой ячейке: веса изменятся, точность — нет.
#
# ## Упражнения
#
# * [Упражнение 4](../../exercises/ru/ex04-perceptron-cycles.ipynb): четыре точки, на которых
#   перцептрон зацикливается.
# * [Упражнение 5](../../exercises/ru/ex05-product-feature.ipynb): признак x_1·x_2 делает их
#   разделимыми.
# * [Упражнение 6](../../exercises/ru/ex06-implement-perceptron.ipynb): реализуйте перцептрон
#   сами.
# * [Упражнение 11](../../exercises/ru/ex11-perceptron-vs-hinge.ipynb): перцептрон и
#   кусочно-линейные потери на отложенных данных.
#
# Дальше: [§1.2.1.1–1.2.1.2, что оптимизирует перцептрон](1.2.1.1-perceptron-objective.ipynb).
