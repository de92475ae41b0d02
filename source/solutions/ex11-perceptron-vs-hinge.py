# %% [markdown] lang="en"
# # 1.11, exercise 11, solution: perceptron criterion or hinge loss, measured
#
# The exercise: [ex11-perceptron-vs-hinge](../../exercises/en/ex11-perceptron-vs-hinge.ipynb) ·
# the section: [§1.2.1.1–1.2.1.2](../../chapters/en/1.2.1.1-perceptron-objective.ipynb).
#
# Both models are the same linear classifier trained by the same stochastic rule; they differ
# only in when a point triggers an update (eq. (1.10)): the perceptron criterion (1.8) updates
# on a mistake, $y(W \cdot X + b) \le 0$, and stops at the first line that separates the 20
# points; the hinge loss (1.9) also updates on correct points inside the margin,
# $y(W \cdot X + b) < 1$, and keeps pushing until every point clears it. One training sample
# cannot tell which is better, so we repeat the experiment for 200 seeded samples against the
# same 1000 test points.

# %% [markdown] lang="ru"
# # 1.11, упражнение 11, решение: критерий перцептрона или кусочно-линейные потери, измерение
#
# Упражнение: [ex11-perceptron-vs-hinge](../../exercises/ru/ex11-perceptron-vs-hinge.ipynb) ·
# раздел: [§1.2.1.1–1.2.1.2](../../chapters/ru/1.2.1.1-perceptron-objective.ipynb).
#
# Обе модели — один и тот же линейный классификатор, обучаемый одним и тем же стохастическим
# правилом; различаются они только тем, когда точка вызывает обновление (формула (1.10)):
# критерий перцептрона (1.8) обновляет веса при ошибке, $y(W \cdot X + b) \le 0$, и
# останавливается на первой прямой, разделяющей 20 точек; кусочно-линейные потери (1.9)
# обновляют их и на верных точках внутри зазора, $y(W \cdot X + b) < 1$, пока каждая точка его
# не покинет. Одна обучающая выборка не скажет, что лучше, поэтому повторим опыт на 200
# выборках с фиксированными зёрнами генератора против одних и тех же 1000 тестовых точек.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import i18n, plots, widgets
from nbcompanion.exercises import ex11

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt

from nbcompanion import i18n, plots, widgets
from nbcompanion.exercises import ex11

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## (a), (b): one training sample

# %% [markdown] lang="ru"
# ## (а), (б): одна обучающая выборка

# %% lang="en"
X_train, y_train = ex11.train_sample()
X_test, y_test = ex11.test_points()
answer_a = ex11.fit(X_train, y_train, "perceptron").score(X_test, y_test)
answer_b = ex11.fit(X_train, y_train, "hinge").score(X_test, y_test)
print(i18n.number(answer_a, ".3f"), i18n.number(answer_b, ".3f"))

# %% lang="ru"
X_train, y_train = ex11.train_sample()
X_test, y_test = ex11.test_points()
answer_a = ex11.fit(X_train, y_train, "perceptron").score(X_test, y_test)
answer_b = ex11.fit(X_train, y_train, "hinge").score(X_test, y_test)
print(i18n.number(answer_a, ".3f"), i18n.number(answer_b, ".3f"))

# %% [markdown] lang="en"
# ## (c), (d): 200 training samples
#
# `ex11.experiment()` trains both models on each sample (the same arithmetic as `Perceptron`,
# vectorised over samples). For (c) we compare the test accuracies sample by sample; for (d)
# we take the samples in pairs and count the test points whose class changes from one sample
# of the pair to the other. `ex11.verdict()` calls a difference real only when it exceeds two
# standard errors of the paired differences.

# %% [markdown] lang="ru"
# ## (в), (г): 200 обучающих выборок
#
# `ex11.experiment()` обучает обе модели на каждой выборке (та же арифметика, что у
# `Perceptron`, векторизованная по выборкам). Для (в) сравниваем точности на тесте выборка за
# выборкой; для (г) берём выборки парами и считаем тестовые точки, чей класс меняется при
# переходе от одной выборки пары к другой. `ex11.verdict()` считает разницу реальной, только
# если она больше двух стандартных ошибок парных разностей.

# %% lang="en"
result = ex11.experiment()
for loss, row in result.summary().items():
    print(f"{loss:10s} accuracy {i18n.number(row['accuracy_mean'], '.4f')} ± {i18n.number(row['accuracy_std'], '.4f')}"
          f"   changed between two samples {i18n.number(row['changes'], '.4f')}"
          f"   changed at least once {i18n.number(row['changing'], '.3f')}   converged {row['converged']}/200")
measured = ex11.verdict()
print(f"(c) {measured['c']!r}: hinge minus perceptron accuracy {i18n.number(measured['c_difference'], '.4f')}"
      f" ± {i18n.number(measured['c_error'], '.4f')}")
print(f"(d) {measured['d']!r}: hinge minus perceptron changes {i18n.number(measured['d_difference'], '.4f')}"
      f" ± {i18n.number(measured['d_error'], '.4f')}")

# %% lang="ru"
result = ex11.experiment()
for loss, row in result.summary().items():
    print(f"{loss:10s} точность {i18n.number(row['accuracy_mean'], '.4f')} ± {i18n.number(row['accuracy_std'], '.4f')}"
          f"   изменилось между двумя выборками {i18n.number(row['changes'], '.4f')}"
          f"   менялось хотя бы раз {i18n.number(row['changing'], '.3f')}   сошлось {row['converged']}/200")
measured = ex11.verdict()
print(f"(в) ответ {measured['c']!r}: точность hinge минус точность перцептрона {i18n.number(measured['c_difference'], '.4f')}"
      f" ± {i18n.number(measured['c_error'], '.4f')}")
print(f"(г) ответ {measured['d']!r}: доля изменений hinge минус перцептрона {i18n.number(measured['d_difference'], '.4f')}"
      f" ± {i18n.number(measured['d_error'], '.4f')}")

# %% lang="en"
answer_c, answer_d = measured["c"], measured["d"]
ex11.check(answer_a, answer_b, answer_c, answer_d)

# %% lang="ru"
answer_c, answer_d = measured["c"], measured["d"]
ex11.check(answer_a, answer_b, answer_c, answer_d)

# %% lang="en"
fig, axes = plt.subplots(1, 3, figsize=(14, 4.6), layout="constrained")
plots.sampling.draw_accuracy_spread(axes[0], {loss: result.accuracy(loss) for loss in ex11.LOSSES})
for ax, loss in zip(axes[1:], ex11.LOSSES):
    plots.sampling.draw_decision_spread(ax, result.X_test, result.fraction_positive(loss), loss)
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(1, 3, figsize=(14, 4.6), layout="constrained")
plots.sampling.draw_accuracy_spread(axes[0], {loss: result.accuracy(loss) for loss in ex11.LOSSES})
for ax, loss in zip(axes[1:], ex11.LOSSES):
    plots.sampling.draw_decision_spread(ax, result.X_test, result.fraction_positive(loss), loss)
plt.show()

# %% [markdown] lang="en"
# ## What the measurement says
#
# (c) On average neither is better: the mean test accuracies differ by less than one standard
# error. What does differ, in every seed set we tried, is the spread: the hinge loss's
# accuracy varies less from sample to sample (its standard deviation is about a fifth
# smaller) and its worst samples are less bad. The reason is the margin: the perceptron stops
# at the first separating line, which may graze a training point, while the hinge loss keeps
# moving the line until every point is at least $1/\lVert W\rVert$ away, which pulls it towards
# the middle of the empty band around $x_1 = x_2$. Without regularization, though, nothing
# makes that band's middle the widest one (the hinge stops as soon as the margins are met,
# and about one run in seven still had not met them after 1000 epochs), so the gain is small.
#
# (d) The count of test points that change class between two training samples is the same for
# both within its standard error, about 9 % of the points; the decision near the diagonal
# depends on the sample for either loss (middle and right panels). The textbook expectation,
# that the hinge loss is steadier, shows here only in the narrower spread of accuracy, not in
# fewer changed decisions.

# %% [markdown] lang="ru"
# ## Что говорит измерение
#
# (в) В среднем ни одна не лучше: средние точности на тесте различаются меньше чем на одну
# стандартную ошибку. Различается, во всех проверенных наборах зёрен, разброс: точность
# с кусочно-линейными потерями меньше меняется от выборки к выборке (стандартное отклонение примерно на пятую часть
# меньше), и её худшие выборки не так плохи. Причина — зазор: перцептрон останавливается на
# первой разделяющей прямой, которая может почти касаться обучающей точки, а кусочно-линейные потери двигают
# прямую, пока каждая точка не окажется не ближе $1/\lVert W\rVert$, и это тянет её к середине
# пустой полосы вокруг $x_1 = x_2$. Но без регуляризации ничто не делает эту середину самой
# широкой (кусочно-линейные потери останавливают обучение, как только зазоры выполнены, а примерно в одном запуске из
# семи они не выполнены и после 1000 эпох), поэтому выигрыш мал.
#
# (г) Доля тестовых точек, меняющих класс при смене обучающей выборки, одинакова для обеих в
# пределах стандартной ошибки, около 9 %; решение вблизи диагонали зависит от выборки при любой
# функции потерь (средняя и правая панели). Ожидание из учебника, что кусочно-линейные потери устойчивее,
# проявляется здесь только в более узком разбросе точности, а не в меньшем числе изменившихся
# решений.

# %% [markdown] lang="en"
# ## Another sample, one click

# %% [markdown] lang="ru"
# ## Другая выборка одним щелчком

# %%
explorer = widgets.sampling.sample_explorer(result)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# **Something to try.** Add weight decay (eq. (1.33)) to the hinge loss: that turns it into
# the soft-margin SVM, whose line is pulled to the middle of the gap, and the spread of
# decisions should shrink.

# %% [markdown] lang="ru"
# **Попробуйте.** Добавьте к кусочно-линейным потерям затухание весов (формула (1.33)): это превращает их в SVM с
# мягким зазором, чья прямая тянется к середине полосы, и разброс решений должен уменьшиться.
