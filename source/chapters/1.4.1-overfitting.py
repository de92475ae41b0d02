# %% [markdown] lang="en"
# # 1.4.1 Overfitting
#
# A model overfits when it fits the training data better than the data deserve: its
# training error is small, yet it predicts new points badly. Section 1.4.1 of the book shows
# the effect with a table small enough to solve by hand, and names the cure it will keep
# returning to: many more training examples than parameters. This notebook
#
# 1. solves the book's table (y = 2·x₁, four rows, five features) and shows the whole line
#    of weight vectors with zero training error, which disagree on a new point;
# 2. measures training and test error as the number of parameters grows towards the number
#    of examples, and puts a number on the rule of thumb "two to three times more examples
#    than parameters";
# 3. shows bias and variance by training the same model on many fresh training sets.

# %% [markdown] lang="ru"
# # 1.4.1 Переобучение
#
# Модель переобучается, когда подгоняет обучающие данные точнее, чем они того заслуживают:
# ошибка на обучающих данных мала, а новые точки она предсказывает плохо. Раздел 1.4.1
# книги показывает это на таблице, которую можно решить вручную, и называет лекарство, к
# которому глава будет возвращаться: обучающих примеров должно быть намного больше, чем
# параметров. В этом блокноте мы
#
# 1. решим таблицу книги (y = 2·x₁, четыре строки, пять признаков) и увидим целую прямую
#    векторов весов с нулевой ошибкой обучения, которые расходятся в новой точке;
# 2. измерим ошибку на обучающих и на тестовых данных, когда число параметров растёт к
#    числу примеров, и выразим в числах эмпирическое правило «примеров в два-три раза
#    больше, чем параметров»;
# 3. увидим смещение и дисперсию, обучая одну и ту же модель на многих новых выборках.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, overfitting, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import data, i18n, overfitting, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статических рисунков

# %% [markdown] lang="en"
# ## The book's table
#
# Four examples, five features, and the target is twice the first feature. A linear model
# $\hat y = W \cdot X$ has five weights to set from four equations.

# %% [markdown] lang="ru"
# ## Таблица книги
#
# Четыре примера, пять признаков, а целевое значение — удвоенный первый признак. У линейной
# модели $\hat y = W \cdot X$ пять весов, а уравнений, чтобы их найти, — четыре.

# %% lang="en"
X, y = data.overfitting_table()
print("x1 x2 x3 x4 x5 |  y")
for row, target in zip(X, y):
    print(" ".join(f"{v:2.0f}" for v in row), "|", f"{target:2.0f}")

# %% lang="ru"
X, y = data.overfitting_table()
print("x1 x2 x3 x4 x5 |  y")
for row, target in zip(X, y):
    print(" ".join(f"{v:2.0f}" for v in row), "|", f"{target:2.0f}")

# %% [markdown] lang="en"
# ## Infinitely many zero-error solutions
#
# The true weights $W = [2, 0, 0, 0, 0]$ fit the table exactly, and so does the book's
# $W = [0, 2, 4, 6, 8]$. The reason is the vector $n = [1, -1, -2, -3, -4]$: every row of
# the table is orthogonal to it ($X n = 0$), so adding any multiple $t \cdot n$ to a solution
# leaves all four predictions unchanged. $W = [2, 0, 0, 0, 0] - 2n$ is the book's second
# solution. Among them, gradient descent started from $W = 0$ ends at the one of least norm,
# because its updates are combinations of the rows of $X$ and never move along $n$.

# %% [markdown] lang="ru"
# ## Бесконечно много решений с нулевой ошибкой
#
# Истинные веса $W = [2, 0, 0, 0, 0]$ точно подгоняют таблицу, но точно так же её подгоняет
# и книжный вектор $W = [0, 2, 4, 6, 8]$. Причина — вектор $n = [1, -1, -2, -3, -4]$: каждая
# строка таблицы ему ортогональна ($X n = 0$), поэтому прибавка любого кратного $t \cdot n$ к
# решению не меняет ни одного из четырёх прогнозов. $W = [2, 0, 0, 0, 0] - 2n$ — второе
# решение из книги. Из всех них градиентный спуск, начатый с $W = 0$, приходит к решению
# наименьшей нормы: его шаги — комбинации строк $X$ и никогда не сдвигаются вдоль $n$.

# %% lang="en"
n = np.array([1.0, -1.0, -2.0, -3.0, -4.0])
W_true = np.array([2.0, 0.0, 0.0, 0.0, 0.0])
W_other = W_true - 2 * n
W_min, null_space = overfitting.zero_error_family(X, y)
t_min = float(n @ (W_min - W_true) / (n @ n))  # W_min = W_true + t_min·n


def show(vector, spec=".4g"):
    return "[" + ", ".join(i18n.number(v, spec) for v in vector) + "]"


print("X n =", show(X @ n))
print("W_true - 2n =", show(W_other))
print("W of least norm =", show(W_min), "= W_true + t·n with t = −2/31 =", i18n.number(t_min, ".4f"))
for name, W in [("true W", W_true), ("W of least norm", W_min), ("W = [0, 2, 4, 6, 8]", W_other)]:
    print(f"training error of {name:>19}:", i18n.number(np.sum((X @ W - y) ** 2), ".1e"))

# %% lang="ru"
n = np.array([1.0, -1.0, -2.0, -3.0, -4.0])
W_true = np.array([2.0, 0.0, 0.0, 0.0, 0.0])
W_other = W_true - 2 * n
W_min, null_space = overfitting.zero_error_family(X, y)
t_min = float(n @ (W_min - W_true) / (n @ n))  # W_min = W_true + t_min·n


def show(vector, spec=".4g"):
    return "[" + ", ".join(i18n.number(v, spec) for v in vector) + "]"


print("X n =", show(X @ n))
print("W_true - 2n =", show(W_other))
print("W наименьшей нормы =", show(W_min), "= W_true + t·n при t = −2/31 =", i18n.number(t_min, ".4f"))
for name, W in [("истинного W", W_true), ("W наименьшей нормы", W_min), ("W = [0, 2, 4, 6, 8]", W_other)]:
    print(f"ошибка обучения {name:>19}:", i18n.number(np.sum((X @ W - y) ** 2), ".1e"))

# %% [markdown] lang="en"
# All three have zero training error (up to rounding), yet they are different models. Ask
# them about a new point, $x = (5, 0, 0, 0, 0)$, whose true value is $2 \cdot 5 = 10$: the
# prediction along the line is $W(t) \cdot x = 10 + 5t$, so the family answers anything at
# all. The training data cannot tell which answer is right.

# %% [markdown] lang="ru"
# У всех трёх ошибка обучения нулевая (с точностью до округления), но это разные модели.
# Спросим их о новой точке $x = (5, 0, 0, 0, 0)$, истинное значение в которой $2 \cdot 5 = 10$:
# вдоль прямой прогноз равен $W(t) \cdot x = 10 + 5t$, то есть семейство отвечает что угодно.
# Обучающие данные не позволяют выбрать правильный ответ.

# %% lang="en"
x_new = np.array([5.0, 0.0, 0.0, 0.0, 0.0])
for name, W in [("true W", W_true), ("W of least norm", W_min), ("W = [0, 2, 4, 6, 8]", W_other)]:
    print(f"prediction of {name:>19} at x_new:", i18n.number(W @ x_new, ".3f"))

t = np.linspace(-3, 1, 81)
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 4.4))
plots.overfitting.draw_weight_vectors(left, {"true": W_true, "min_norm": W_min,
                                             "other": W_other})
plots.overfitting.draw_family_predictions(
    right, t, [(W_true + s * n) @ x_new for s in t],
    {"true": (0.0, W_true @ x_new), "min_norm": (t_min, W_min @ x_new),
     "other": (-2.0, W_other @ x_new)}, truth=10.0, point="(5, 0, 0, 0, 0)")
plt.show()

# %% lang="ru"
x_new = np.array([5.0, 0.0, 0.0, 0.0, 0.0])
for name, W in [("истинного W", W_true), ("W наименьшей нормы", W_min), ("W = [0, 2, 4, 6, 8]", W_other)]:
    print(f"прогноз {name:>19} в x_new:", i18n.number(W @ x_new, ".3f"))

t = np.linspace(-3, 1, 81)
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 4.4))
plots.overfitting.draw_weight_vectors(left, {"true": W_true, "min_norm": W_min,
                                             "other": W_other})
plots.overfitting.draw_family_predictions(
    right, t, [(W_true + s * n) @ x_new for s in t],
    {"true": (0.0, W_true @ x_new), "min_norm": (t_min, W_min @ x_new),
     "other": (-2.0, W_other @ x_new)}, truth=10.0, point="(5, 0, 0, 0, 0)")
plt.show()

# %% [markdown] lang="en"
# With more rows the line shrinks: a fifth independent example would pin $W$ down. That is
# the book's point: the ratio of examples to parameters decides how much the training data
# constrain the model.
#
# ## Parameters against examples
#
# How many examples are enough? Fit least squares (a single-layer network with a linear
# output) to $n = 60$ examples with the first $p$ of 60 random features, the target being
# $y = \sum_j x_j / j$ plus noise of variance $\sigma^2 = 1$; average over 40 training sets.
# The training error falls all the way to 0 at $p = n$; the test error first falls (more
# features describe the target better), then climbs and explodes as $p$ nears $n$.

# %% [markdown] lang="ru"
# С новыми строками прямая сужается: пятый независимый пример однозначно задал бы $W$. В
# этом и состоит мысль книги: отношение числа примеров к числу параметров решает, насколько
# обучающие данные ограничивают модель.
#
# ## Параметры против примеров
#
# Сколько примеров достаточно? Подгоним методом наименьших квадратов (это однослойная сеть
# с линейным выходом) $n = 60$ примеров по первым $p$ из 60 случайных признаков; целевое
# значение $y = \sum_j x_j / j$ плюс шум с дисперсией $\sigma^2 = 1$; усредним по 40 обучающим
# выборкам. Ошибка на обучающих данных падает до нуля при $p = n$; ошибка на тестовых сначала
# падает (больше признаков — точнее описание цели), затем растёт и «взрывается» при $p$,
# близком к $n$.

# %%
n_train, parameters = 60, np.arange(2, 60, 3)
train, test = overfitting.least_squares_errors(n_train, parameters, decay=1.0, repeats=40,
                                               n_test=300, random_state=0)
fig, ax = plt.subplots(figsize=(7, 3.6))
plots.overfitting.draw_error_sweep(ax, n_train, parameters, train, test, noise=1.0)
plt.show()

# %% [markdown] lang="en"
# The rule of thumb can be measured exactly when every feature belongs to the model (no
# bias, only variance): then the expected test error of least squares is
# $\sigma^2 \left(1 + \frac{p}{n - p - 1}\right)$. The extra error is the noise of the $n$
# training examples carried by the $p$ fitted weights into every new prediction. The
# simulation below (400 training sets of each size, $p = 10$) agrees with the formula:

# %% [markdown] lang="ru"
# Эмпирическое правило можно измерить точно, когда все признаки входят в модель (смещения
# нет, только дисперсия): тогда ожидаемая ошибка метода наименьших квадратов на тестовых
# данных равна $\sigma^2 \left(1 + \frac{p}{n - p - 1}\right)$. Добавка — это шум $n$ обучающих
# примеров, который $p$ подогнанных весов переносят в каждый новый прогноз. Моделирование
# ниже (по 400 обучающих выборок каждого размера, $p = 10$) согласуется с формулой:

# %% lang="en"
print("n/p    extra test error: simulated   formula p/(n - p - 1)")
for ratio in (1.5, 2, 3, 5, 10):
    p = 10
    _, (test_error,) = overfitting.least_squares_errors(int(ratio * p), [p], repeats=400,
                                                        n_test=100, random_state=1)
    formula = overfitting.excess_error_formula(int(ratio * p), p)
    print(f"{i18n.number(ratio, '4')}   {i18n.number(100 * (test_error - 1), '24.0f')} %"
          f"   {i18n.number(100 * formula, '18.0f')} %")

# %% lang="ru"
print("n/p    добавка к ошибке: моделирование   формула p/(n − p − 1)")
for ratio in (1.5, 2, 3, 5, 10):
    p = 10
    _, (test_error,) = overfitting.least_squares_errors(int(ratio * p), [p], repeats=400,
                                                        n_test=100, random_state=1)
    formula = overfitting.excess_error_formula(int(ratio * p), p)
    print(f"{i18n.number(ratio, '4')}   {i18n.number(100 * (test_error - 1), '24.0f')} %"
          f"   {i18n.number(100 * formula, '18.0f')} %")

# %% [markdown] lang="en"
# With twice as many examples as parameters, the test error is about twice the noise; with
# three times as many, one and a half times; with ten times, about 11 % above it. So "two to
# three times more examples than parameters" is where the damage done by fitting the noise
# drops from 100 % to 50 % of the noise: a floor, not a comfortable margin. (A network's
# parameters are not all free, §1.4.1.1–1.4.1.2 shrink or share them, which is why networks
# with more weights than examples can still work.)

# %% [markdown] lang="ru"
# Когда примеров вдвое больше, чем параметров, ошибка на тестовых данных примерно вдвое
# больше шума; втрое — в полтора раза; вдесятеро — примерно на 11 % выше шума. Значит,
# «в два-три раза больше примеров, чем параметров» — это граница, где вред от подгонки шума
# падает со 100 % до 50 % от самого шума: минимум, а не удобный запас. (Параметры сети не все
# свободны: §1.4.1.1–1.4.1.2 их сжимают или делают общими, поэтому сети, у которых весов
# больше, чем примеров, всё равно могут работать.)

# %% [markdown] lang="en"
# ## Bias and variance
#
# The book describes two ways to err. A model too simple for the target misses it the same
# way whatever the training set (**bias**); a model too flexible follows the noise of its
# particular training set and changes with every new one (**variance**). Both can be seen
# by retraining: below, polynomials of degree 1, 3 and 9 are fitted to 200 training sets of
# 15 points from $\sin(\pi x)$ plus noise. Grey: 20 of the fitted curves; orange: their
# mean. Bias² is the squared distance from the mean curve to the truth, variance the spread
# of the curves around their mean (both averaged over $x$).

# %% [markdown] lang="ru"
# ## Смещение и дисперсия
#
# Книга описывает два способа ошибиться. Слишком простая для цели модель промахивается
# одинаково при любой обучающей выборке (**смещение**); слишком гибкая следует за шумом своей
# выборки и меняется с каждой новой (**дисперсия**). Оба эффекта видны, если переобучать
# модель: ниже многочлены степени 1, 3 и 9 подгоняются к 200 обучающим выборкам по 15 точек
# из $\sin(\pi x)$ с шумом. Серые линии — 20 из подогнанных кривых, оранжевая — их среднее.
# Смещение² — квадрат расстояния от средней кривой до истинной, дисперсия — разброс кривых
# вокруг среднего (оба усреднены по $x$).

# %%
fig, axes = plt.subplots(1, 3, figsize=(8, 3.8), sharey=True)
for ax, degree in zip(axes, (1, 3, 9)):
    grid, predictions = overfitting.resampled_fits(degree, n_train=15, repeats=200,
                                                   random_state=degree)
    bias, variance = overfitting.bias_variance(grid, predictions)
    artists = plots.overfitting.draw_resampled_fits(ax, grid, predictions, degree, bias,
                                                    variance)
fig.legend(handles=[artists["fits"][0], artists["mean"], artists["target"]],
           loc="outside lower center", ncols=3)
plt.show()

# %% [markdown] lang="en"
# Degree 1 has a large bias and a small variance, degree 9 the reverse: its ten coefficients
# nearly pass through the fifteen noisy points of each training set. Degree 3 is the
# compromise for this amount of data; with more data per training set the variance of
# every degree falls, and a more flexible model becomes affordable. This is the trade-off
# that regularization ([§1.4.1.1](1.4.1.1-regularization.ipynb)) tunes continuously.
#
# **Try it:** raise `n_train` to 60 in the last cell and watch the variance of degree 9.

# %% [markdown] lang="ru"
# У степени 1 большое смещение и малая дисперсия, у степени 9 — наоборот: десяти чисел на
# выборку почти хватает, чтобы пройти через пятнадцать зашумлённых точек. Степень 3 —
# компромисс для такого объёма данных; с большим числом примеров в выборке дисперсия любой
# степени падает, и более гибкая модель становится допустимой. Этот компромисс плавно
# настраивает регуляризация ([§1.4.1.1](1.4.1.1-regularization.ipynb)).
#
# **Попробуйте:** увеличьте `n_train` до 60 в последней ячейке и посмотрите на дисперсию
# степени 9.
