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
# 3. separable and non-separable data (Fig. 1.4) and an interactive figure that trains step by step;
# 4. a measurement: on separable data training stops after a few epochs, on non-separable
#    data it never does.

# %% [markdown] lang="ru"
# # 1.2.1 Перцептрон
#
# Перцептрон — самая маленькая нейронная сеть: один вычислительный узел, который складывает
# взвешенные входы и выдаёт знак суммы. В этом блокноте раздел 1.2.1 можно запустить:
#
# 1. предсказание по формулам (1.1)–(1.2) и правило обновления (1.3)–(1.6): несколько строк
#    кода прямо здесь, затем то же самое с классом `Perceptron` из пакета;
# 2. смещение: нейрон смещения (рис. 1.3, б) и постоянный признак дают одинаковые веса;
# 3. линейно разделимые и неразделимые данные (рис. 1.4) и интерактивное обучение шаг за
#    шагом;
# 4. измерение: на разделимых данных обучение останавливается за несколько эпох, на
#    неразделимых — никогда.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, perceptron, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, perceptron, plots, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

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
# when comparing implementations: at W = 0 every score is 0 and sign(0) is undefined. The book
# does not discuss this case; the companion's convention is that W·X = 0 counts as a mistake
# (the `if` in the loop below).

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
# при W = 0 все значения W·X равны 0, а sign(0) не определён. Книга этот случай не
# обсуждает; в спутнике принята договорённость: случай W·X = 0 считается ошибкой (`if` в
# цикле ниже).

# %% lang="en"
X, y = data.linearly_separable(30, random_state=8)
X_with_one = np.hstack([X, np.ones((len(X), 1))])  # constant feature: its weight plays b

alpha = 1.0
W = np.zeros(3)
for epoch in range(10):
    for X_i, y_i in zip(X_with_one, y):
        y_hat = np.sign(W @ X_i)  # eq. (1.1)
        if y_hat == 0:  # the case W·X = 0 counts as a mistake (our convention)
            y_hat = -y_i
        W = W + alpha * (y_i - y_hat) * X_i  # eqs. (1.4)-(1.5), E(X) = y - y_hat

model = perceptron.Perceptron(learning_rate=alpha, shuffle=False, max_epochs=10).fit(X, y)
print("W, b by hand:   ", i18n.numbers(W, ".4g"))
print("W, b, package:  ", i18n.numbers([*model.coef_, model.intercept_], ".4g"))
print("n_iter_, score: ", model.n_iter_, i18n.number(model.score(X, y), ".2f"))
print("the same to the last bit:", i18n.yes_no(np.array_equal(W, [*model.coef_, model.intercept_])))

# %% lang="ru"
X, y = data.linearly_separable(30, random_state=8)
X_with_one = np.hstack([X, np.ones((len(X), 1))])  # постоянный признак: его вес играет роль b

alpha = 1.0
W = np.zeros(3)
for epoch in range(10):
    for X_i, y_i in zip(X_with_one, y):
        y_hat = np.sign(W @ X_i)  # формула (1.1)
        if y_hat == 0:  # случай W·X = 0 считаем ошибкой (наша договорённость)
            y_hat = -y_i
        W = W + alpha * (y_i - y_hat) * X_i  # формулы (1.4)–(1.5), E(X) = y − ŷ

model = perceptron.Perceptron(learning_rate=alpha, shuffle=False, max_epochs=10).fit(X, y)
print("W, b вручную:   ", i18n.numbers(W, ".4g"))
print("W, b из пакета: ", i18n.numbers([*model.coef_, model.intercept_], ".4g"))
print("n_iter_, точность:", model.n_iter_, i18n.number(model.score(X, y), ".2f"))
print("совпадают до последнего бита:", i18n.yes_no(np.array_equal(W, [*model.coef_, model.intercept_])))

# %% [markdown] lang="en"
# The package stopped after the first epoch without an update (`n_iter_`), the loop above ran
# all ten epochs, and the weights are the same because a pass without mistakes changes
# nothing.
#
# ### Mini-batches, eq. (1.6)
#
# Eq. (1.6) sums the moves of a batch S of points computed with the *same* W:
# $W \Leftarrow W + \alpha \sum_{X \in S} E(X)\, X$. With batches of 10 points:

# %% [markdown] lang="ru"
# Пакет остановился после первой эпохи без обновлений (`n_iter_`), цикл выше прошёл все десять
# эпох, и веса совпали: проход без ошибок ничего не меняет.
#
# ### Мини-пакеты, формула (1.6)
#
# Формула (1.6) складывает сдвиги по пакету S точек, вычисленные при *одном и том же* W:
# $W \Leftarrow W + \alpha \sum_{X \in S} E(X)\, X$. С пакетами по 10 точек:

# %% lang="en"
W = np.zeros(3)
for epoch in range(10):
    for start in range(0, len(y), 10):
        X_S, y_S = X_with_one[start:start + 10], y[start:start + 10]
        E = np.where(y_S * (X_S @ W) <= 0, 2 * y_S, 0)  # E(X) = y - y_hat: 2y on a mistake
        W = W + alpha * E @ X_S  # eq. (1.6)

batched = perceptron.Perceptron(learning_rate=alpha, shuffle=False, batch_size=10,
                                max_epochs=10).fit(X, y)
print("W, b by hand:  ", i18n.numbers(W, ".4g"))
print("W, b, package: ", i18n.numbers([*batched.coef_, batched.intercept_], ".4g"))
print("equal to 12 digits:", i18n.yes_no(np.allclose(W, [*batched.coef_, batched.intercept_], rtol=1e-12, atol=0)))

# %% lang="ru"
W = np.zeros(3)
for epoch in range(10):
    for start in range(0, len(y), 10):
        X_S, y_S = X_with_one[start:start + 10], y[start:start + 10]
        E = np.where(y_S * (X_S @ W) <= 0, 2 * y_S, 0)  # E(X) = y − ŷ: 2y при ошибке
        W = W + alpha * E @ X_S  # формула (1.6)

batched = perceptron.Perceptron(learning_rate=alpha, shuffle=False, batch_size=10,
                                max_epochs=10).fit(X, y)
print("W, b вручную:  ", i18n.numbers(W, ".4g"))
print("W, b из пакета:", i18n.numbers([*batched.coef_, batched.intercept_], ".4g"))
print("совпадают до 12 знаков:", i18n.yes_no(np.allclose(W, [*batched.coef_, batched.intercept_], rtol=1e-12, atol=0)))

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

# %% lang="en"
with_bias_neuron = perceptron.Perceptron(random_state=0).fit(X, y)
with_constant_feature = perceptron.Perceptron(random_state=0, fit_bias=False).fit(X_with_one, y)
without_bias = perceptron.Perceptron(random_state=0, fit_bias=False).fit(X, y)

print("bias neuron (W, b):     ",
      i18n.numbers([*with_bias_neuron.coef_, with_bias_neuron.intercept_], ".4g"))
print("constant feature (W):   ", i18n.numbers(with_constant_feature.coef_, ".4g"))
print("score with b, without b:", i18n.number(with_bias_neuron.score(X, y), ".2f"),
      i18n.number(without_bias.score(X, y), ".2f"))
print("the same weights:", i18n.yes_no(np.array_equal([*with_bias_neuron.coef_, with_bias_neuron.intercept_], with_constant_feature.coef_)))

# %% lang="ru"
with_bias_neuron = perceptron.Perceptron(random_state=0).fit(X, y)
with_constant_feature = perceptron.Perceptron(random_state=0, fit_bias=False).fit(X_with_one, y)
without_bias = perceptron.Perceptron(random_state=0, fit_bias=False).fit(X, y)

print("нейрон смещения (W, b):      ",
      i18n.numbers([*with_bias_neuron.coef_, with_bias_neuron.intercept_], ".4g"))
print("постоянный признак (W):      ", i18n.numbers(with_constant_feature.coef_, ".4g"))
print("точность со смещением и без:", i18n.number(with_bias_neuron.score(X, y), ".2f"),
      i18n.number(without_bias.score(X, y), ".2f"))
print("одинаковые веса:", i18n.yes_no(np.array_equal([*with_bias_neuron.coef_, with_bias_neuron.intercept_], with_constant_feature.coef_)))

# %% lang="en"
fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
plots.perceptron.draw_diagram(axes[0], without_bias)
plots.perceptron.draw_diagram(axes[1], with_bias_neuron)
plots.perceptron.draw_diagram(axes[2], with_constant_feature,
                              title="(c) constant feature $x_3 = 1$")
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(1, 3, figsize=(13, 3.6))
plots.perceptron.draw_diagram(axes[0], without_bias)
plots.perceptron.draw_diagram(axes[1], with_bias_neuron)
plots.perceptron.draw_diagram(axes[2], with_constant_feature,
                              title="(в) постоянный признак $x_3 = 1$")
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

# %% lang="en"
X_mixed, y_mixed = data.non_separable(40, overlap=0.8, random_state=8)
mixed_model = perceptron.Perceptron(random_state=0, max_epochs=30).fit(X_mixed, y_mixed)

fig, axes = plt.subplots(1, 2, figsize=(10, 4.6), layout="constrained")
plots.perceptron.draw_separator(axes[0], with_bias_neuron, X, y, legend=False,
                                title="Linearly separable: training converged")
plots.perceptron.draw_separator(
    axes[1], mixed_model, X_mixed, y_mixed, legend=False,
    title=f"Not separable: the line after {mixed_model.n_iter_} "
          f"{i18n.plural(mixed_model.n_iter_, 'epoch|epochs')}")
fig.legend(*axes[1].get_legend_handles_labels(), loc="outside lower center", ncol=3)
plt.show()

# %% lang="ru"
X_mixed, y_mixed = data.non_separable(40, overlap=0.8, random_state=8)
mixed_model = perceptron.Perceptron(random_state=0, max_epochs=30).fit(X_mixed, y_mixed)

fig, axes = plt.subplots(1, 2, figsize=(10, 4.6), layout="constrained")
plots.perceptron.draw_separator(axes[0], with_bias_neuron, X, y, legend=False,
                                title="Линейно разделимые: обучение сошлось")
plots.perceptron.draw_separator(
    axes[1], mixed_model, X_mixed, y_mixed, legend=False,
    title=f"Неразделимые: прямая после {mixed_model.n_iter_} "
          f"{i18n.plural(mixed_model.n_iter_, 'эпохи|эпох|эпох')}")
fig.legend(*axes[1].get_legend_handles_labels(), loc="outside lower center", ncol=3)
plt.show()

# %% lang="en"
print("separable:     converged_, n_iter_, score =", i18n.yes_no(with_bias_neuron.converged_),
      with_bias_neuron.n_iter_, i18n.number(with_bias_neuron.score(X, y), ".3g"))
print("non-separable: converged_, n_iter_, score =", i18n.yes_no(mixed_model.converged_),
      mixed_model.n_iter_, i18n.number(mixed_model.score(X_mixed, y_mixed), ".3g"))

# %% lang="ru"
print("разделимые:   converged_, n_iter_, точность =", i18n.yes_no(with_bias_neuron.converged_),
      with_bias_neuron.n_iter_, i18n.number(with_bias_neuron.score(X, y), ".3g"))
print("неразделимые: converged_, n_iter_, точность =", i18n.yes_no(mixed_model.converged_),
      mixed_model.n_iter_, i18n.number(mixed_model.score(X_mixed, y_mixed), ".3g"))

# %% [markdown] lang="en"
# ## Training step by step
#
# The interactive figure below trains once and then walks through the recorded trajectory (`history_`):
# **one update** jumps to the next example that changed W (ringed in red), **one epoch**
# finishes the current pass over the data, **reset** goes back to W = 0. The right panel counts
# the misclassified training points after every step. The picture just below is its state after
# one epoch, visible without a running kernel.

# %% [markdown] lang="ru"
# ## Обучение шаг за шагом
#
# Интерактивный рисунок ниже обучает модель один раз и затем проходит по записанной траектории
# (`history_`): **«Одно обновление»** переходит к следующему примеру, изменившему W (он
# обведён красным), **«Одна эпоха»** завершает текущий проход по данным, **«Сброс»**
# возвращает W = 0. Справа — число неверно классифицированных обучающих точек после каждого
# шага. Картинка сразу ниже — его состояние после одной эпохи, она видна и без ядра.

# %% lang="en"
explorer = widgets.perceptron.training_explorer(random_state=8)
explorer.controls["epoch"].click()
explorer.snapshot()

# %% lang="ru"
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
#   loss has a fixed threshold, like the hinge loss of
#   [§1.2.1.2](1.2.1.1-perceptron-objective.ipynb);
# * on non-separable data the mistake curve never stays at 0.
#
# ## Convergence, measured
#
# On separable data the perceptron stops after finitely many updates (the convergence theorem
# the book alludes to). Over 30 random separable data sets (40 points, a narrow empty band
# around the true line) we count the epochs until a pass without updates, for four widths of
# the band. On non-separable data we count the updates in each epoch for 50 epochs and 10 data
# sets.

# %% [markdown] lang="ru"
# На что обратить внимание:
#
# * каждое обновление поворачивает прямую к обведённой точке, а число ошибок после
#   обновления может *вырасти*: правило исправляет одну точку, а не сумму;
# * ползунок **скорости обучения** меняет масштаб W (см. числа), но прямая остаётся на месте.
#   При старте с W = 0 каждый W траектории равен α, умноженному на W при α = 1, а sign{W·X}
#   от масштаба не зависит; α важна, когда W стартует не с нуля или когда у функции потерь
#   есть фиксированный порог, как у кусочно-линейных потерь из
#   [§1.2.1.2](1.2.1.1-perceptron-objective.ipynb);
# * на неразделимых данных кривая ошибок никогда не остаётся на нуле.
#
# ## Сходимость: измерение
#
# На разделимых данных перцептрон останавливается после конечного числа обновлений (теорема
# о сходимости, на которую ссылается книга). На 30 случайных разделимых наборах (40 точек,
# узкая пустая полоса вокруг истинной прямой) считаем эпохи до прохода без обновлений при
# четырёх ширинах полосы. На неразделимых данных считаем обновления в каждой эпохе за 50 эпох
# на 10 наборах.

# %% lang="en"
epochs_by_margin = {}
for margin in (0.2, 0.1, 0.05, 0.02):  # half the width of the empty band
    epochs_by_margin[margin] = []
    for seed in range(30):
        X_s, y_s = data.linearly_separable(40, margin=margin, random_state=seed)
        run = perceptron.Perceptron(random_state=seed, max_epochs=1000, record_history=False)
        epochs_by_margin[margin].append(run.fit(X_s, y_s).n_iter_)
    epochs = epochs_by_margin[margin]
    print(f"margin {i18n.number(margin, '.2f')}: epochs median {i18n.number(np.median(epochs), '.1f')},"
          f" mean {i18n.number(np.mean(epochs), '.1f')}, largest {max(epochs)}")
epochs_needed = epochs_by_margin[0.05]

fewest_updates = []
for seed in range(10):
    X_n, y_n = data.non_separable(40, overlap=0.8, random_state=seed)
    run = perceptron.Perceptron(random_state=seed, max_epochs=50).fit(X_n, y_n)
    updates = np.bincount(run.history_.epochs, weights=run.history_.updated)
    fewest_updates.append(int(updates.min()))
print("non-separable, min updates per epoch over 50 epochs:", fewest_updates)

# %% lang="ru"
epochs_by_margin = {}
for margin in (0.2, 0.1, 0.05, 0.02):  # половина ширины пустой полосы
    epochs_by_margin[margin] = []
    for seed in range(30):
        X_s, y_s = data.linearly_separable(40, margin=margin, random_state=seed)
        run = perceptron.Perceptron(random_state=seed, max_epochs=1000, record_history=False)
        epochs_by_margin[margin].append(run.fit(X_s, y_s).n_iter_)
    epochs = epochs_by_margin[margin]
    print(f"зазор {i18n.number(margin, '.2f')}: эпох — медиана {i18n.number(np.median(epochs), '.1f')},"
          f" среднее {i18n.number(np.mean(epochs), '.1f')}, наибольшее {max(epochs)}")
epochs_needed = epochs_by_margin[0.05]

fewest_updates = []
for seed in range(10):
    X_n, y_n = data.non_separable(40, overlap=0.8, random_state=seed)
    run = perceptron.Perceptron(random_state=seed, max_epochs=50).fit(X_n, y_n)
    updates = np.bincount(run.history_.epochs, weights=run.history_.updated)
    fewest_updates.append(int(updates.min()))
print("неразделимые, наименьшее число обновлений за эпоху (50 эпох):", fewest_updates)

# %% lang="en"
X_s, y_s = data.linearly_separable(40, margin=0.05, random_state=26)
converging = perceptron.Perceptron(random_state=26, max_epochs=1000).fit(X_s, y_s)
X_n, y_n = data.non_separable(40, overlap=0.8, random_state=0)
cycling = perceptron.Perceptron(random_state=0, max_epochs=50).fit(X_n, y_n)

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
plots.perceptron.draw_epochs_to_convergence(axes[0], epochs_needed)
plots.perceptron.draw_updates_per_epoch(axes[1], converging.history_,
                                        label="linearly separable")
plots.perceptron.draw_updates_per_epoch(axes[1], cycling.history_,
                                        label="not linearly separable")
plt.show()

# %% lang="ru"
X_s, y_s = data.linearly_separable(40, margin=0.05, random_state=26)
converging = perceptron.Perceptron(random_state=26, max_epochs=1000).fit(X_s, y_s)
X_n, y_n = data.non_separable(40, overlap=0.8, random_state=0)
cycling = perceptron.Perceptron(random_state=0, max_epochs=50).fit(X_n, y_n)

fig, axes = plt.subplots(1, 2, figsize=(11, 4))
plots.perceptron.draw_epochs_to_convergence(axes[0], epochs_needed)
plots.perceptron.draw_updates_per_epoch(axes[1], converging.history_,
                                        label="линейно разделимые")
plots.perceptron.draw_updates_per_epoch(axes[1], cycling.history_,
                                        label="линейно неразделимые")
plt.show()

# %% [markdown] lang="en"
# Every separable run stopped, and the narrower the empty band, the longer it took: the median
# grows from 2 epochs (margin 0.2) to 5.5 (margin 0.02), and the slowest run from 6 to 75
# epochs, as the bound (R/γ)² on the number of updates suggests. The histogram is for margin
# 0.05. No non-separable run ever had an epoch without updates, so the weights
# keep changing forever. The mistakes of the final weights are then a matter of luck, which is
# what the pocket algorithm of §1.2.1.1 fixes.
#
# ## Try it
#
# * In the interactive figure, choose the non-separable set and press **one epoch** many
#   times: the line keeps swinging.
# * Make the empty band narrower still: how many epochs now? (The theorem bounds the number of
#   updates by (R/γ)², R the largest ‖X‖ and γ the margin.)
#
# ```python
# for seed in range(5):
#     X_s, y_s = data.linearly_separable(40, margin=0.01, random_state=seed)
#     run = perceptron.Perceptron(random_state=seed, max_epochs=5000, record_history=False)
#     print("epochs:", run.fit(X_s, y_s).n_iter_)
# ```
#
# * Shuffle the points before each epoch: the weights differ, the training accuracy does not.
#
# ```python
# shuffled = perceptron.Perceptron(learning_rate=alpha, shuffle=True, random_state=1,
#                                  max_epochs=10).fit(X, y)
# print(shuffled.coef_, shuffled.intercept_, shuffled.score(X, y))
# ```
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


# %% [markdown] lang="ru"
# Каждый разделимый запуск остановился, и чем уже пустая полоса, тем дольше: медиана растёт
# от 2 эпох (зазор 0,2) до 5,5 (зазор 0,02), а самый долгий запуск — от 6 до 75 эпох, как и
# подсказывает оценка (R/γ)² числа обновлений. Гистограмма построена для зазора 0,05. Ни в
# одном неразделимом запуске не нашлось эпохи без обновлений, так что веса меняются
# бесконечно. Число ошибок у последних весов тогда — дело случая; это и исправляет карманный
# алгоритм из §1.2.1.1.
#
# ## Попробуйте
#
# * На интерактивном рисунке выберите неразделимый набор и много раз нажмите
#   **«Одна эпоха»**: прямая продолжает качаться.
# * Сузьте пустую полосу ещё сильнее: сколько теперь эпох? (Теорема ограничивает число
#   обновлений величиной (R/γ)², где R — наибольшая ‖X‖, γ — зазор.)
#
# ```python
# for seed in range(5):
#     X_s, y_s = data.linearly_separable(40, margin=0.01, random_state=seed)
#     run = perceptron.Perceptron(random_state=seed, max_epochs=5000, record_history=False)
#     print("эпох:", run.fit(X_s, y_s).n_iter_)
# ```
#
# * Перемешивайте точки перед каждой эпохой: веса изменятся, точность на обучающих данных —
#   нет.
#
# ```python
# shuffled = perceptron.Perceptron(learning_rate=alpha, shuffle=True, random_state=1,
#                                  max_epochs=10).fit(X, y)
# print(shuffled.coef_, shuffled.intercept_, shuffled.score(X, y))
# ```
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

