# %% [markdown] lang="en"
# # 1.11, exercise 4 (solution): a perceptron that never settles
#
# The exercise: [ex04-perceptron-cycles](../../exercises/en/ex04-perceptron-cycles.ipynb) ·
# the section: [§1.2.1](../../chapters/en/1.2.1-perceptron.ipynb).
#
# **The cycle, exactly.** Order the points $X_1 = (-1, -1)$, $X_2 = (1, 1)$ (class +1),
# $X_3 = (1, -1)$, $X_4 = (-1, 1)$ (class −1). On a mistake, eq. (1.5) adds $2\alpha y X$.
#
# | step | point | $y\,(W \cdot X)$ before | mistake? | $W$ after |
# |---|---|---|---|---|
# | 1 | $X_1$ | 0 ($W \cdot X = 0$) | yes | $(0,0) + 2(-1,-1) = (-2,-2)$ |
# | 2 | $X_2$ | $-4$ | yes | $(-2,-2) + 2(1,1) = (0,0)$ |
# | 3 | $X_3$ | 0 ($W \cdot X = 0$) | yes | $(0,0) - 2(1,-1) = (-2,2)$ |
# | 4 | $X_4$ | $-4$ | yes | $(-2,2) - 2(-1,1) = (0,0)$ |
#
# After one pass $W$ is $(0, 0)$ again, so the same four steps repeat forever; the summed
# perceptron criterion (1.8) alternates $0, 4, 0, 4, \dots$
#
# **(a)** No, it does not converge: the weights and the objective keep changing.
#
# **(b)** Every step is a mistake because no $W$ classifies all four points: class +1 needs
# $W \cdot (1, 1) > 0$ and $W \cdot (-1, -1) > 0$, but $W \cdot (-1, -1) = -W \cdot (1, 1)$.
# (With a bias the same holds: the two diagonals cross at the origin, the XOR pattern of
# Fig. 1.4.) So in every pass some point is misclassified and moves $W$. The cycle here is
# even exact: $\sum_i y_i X_i = (-1,-1) + (1,1) - (1,-1) - (-1,1) = (0, 0)$, so a pass that
# updates on all four points returns $W$ to where it started, in any order. A smaller
# $\alpha$ only scales the cycle. The perceptron's convergence theorem needs linearly
# separable data; exercise 5 shows a feature that makes these points separable.

# %% [markdown] lang="ru"
# # 1.11, упражнение 4 (решение): перцептрон, который не останавливается
#
# Упражнение: [ex04-perceptron-cycles](../../exercises/ru/ex04-perceptron-cycles.ipynb) ·
# раздел: [§1.2.1](../../chapters/ru/1.2.1-perceptron.ipynb).
#
# **Цикл в точности.** Упорядочим точки: $X_1 = (-1, -1)$, $X_2 = (1, 1)$ (класс +1),
# $X_3 = (1, -1)$, $X_4 = (-1, 1)$ (класс −1). При ошибке формула (1.5) прибавляет $2\alpha y X$.
#
# | шаг | точка | $y\,(W \cdot X)$ до шага | ошибка? | $W$ после |
# |---|---|---|---|---|
# | 1 | $X_1$ | 0 (случай $W \cdot X = 0$) | да | $(0,0) + 2(-1,-1) = (-2,-2)$ |
# | 2 | $X_2$ | $-4$ | да | $(-2,-2) + 2(1,1) = (0,0)$ |
# | 3 | $X_3$ | 0 (случай $W \cdot X = 0$) | да | $(0,0) - 2(1,-1) = (-2,2)$ |
# | 4 | $X_4$ | $-4$ | да | $(-2,2) - 2(-1,1) = (0,0)$ |
#
# После одного прохода $W$ снова равно $(0, 0)$, и те же четыре шага повторяются бесконечно;
# суммарный критерий перцептрона (1.8) чередуется: $0, 4, 0, 4, \dots$
#
# **(а)** Нет, не сходится: веса и целевая функция продолжают меняться.
#
# **(б)** Каждый шаг — ошибка, потому что никакое $W$ не классифицирует все четыре точки
# верно: для класса +1 нужно $W \cdot (1, 1) > 0$ и $W \cdot (-1, -1) > 0$, но
# $W \cdot (-1, -1) = -W \cdot (1, 1)$. (Со смещением то же самое: диагонали пересекаются в
# начале координат — картина XOR с рис. 1.4.) Поэтому в каждом проходе какая-то точка
# классифицирована неверно и сдвигает $W$. Здесь цикл даже точный:
# $\sum_i y_i X_i = (-1,-1) + (1,1) - (1,-1) - (-1,1) = (0, 0)$, так что проход с
# обновлением на всех четырёх точках возвращает $W$ в исходное положение при любом порядке.
# Меньшая $\alpha$ лишь масштабирует цикл. Теорема о сходимости перцептрона требует линейно
# разделимых данных; в упражнении 5 найден признак, делающий эти точки разделимыми.

# %% lang="en"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex04

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex04

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %%
X, y = data.exercise4_points()

# %% [markdown] lang="en"
# The update rule in code, and the first three passes it produces:

# %% [markdown] lang="ru"
# Правило обновления в коде и первые три прохода, которые оно даёт:

# %% lang="en"
def update(W, x, y, alpha):
    """One stochastic step of eq. (1.5); the case W·x = 0 counts as a mistake."""
    if y * (W @ x) <= 0:  # mistake: y - y_hat = 2y
        return W + alpha * 2 * y * x
    return W


W = np.zeros(2)
for step in range(12):
    W = update(W, X[step % 4], y[step % 4], 1.0)
    print(f"{step + 1:2d}  W = {i18n.numbers(W, 'g')}  criterion = {i18n.number(ex04.criterion(W), 'g')}")
print("the same W as ex04.trajectory after 3 epochs:", i18n.yes_no(np.array_equal(ex04.trajectory(epochs=3).weights[-1], W)))

# %% lang="ru"
def update(W, x, y, alpha):
    """Один стохастический шаг формулы (1.5); случай W·x = 0 считается ошибкой."""
    if y * (W @ x) <= 0:  # ошибка: y − ŷ = 2y
        return W + alpha * 2 * y * x
    return W


W = np.zeros(2)
for step in range(12):
    W = update(W, X[step % 4], y[step % 4], 1.0)
    print(f"{step + 1:2d}  W = {i18n.numbers(W, 'g')}  критерий = {i18n.number(ex04.criterion(W), 'g')}")
print("тот же W, что у ex04.trajectory после 3 эпох:", i18n.yes_no(np.array_equal(ex04.trajectory(epochs=3).weights[-1], W)))

# %% [markdown] lang="en"
# A: after a few passes the weights stop changing.
# B: α = 1 is too large; a smaller α would converge.
# C: no W classifies all four points, so some point is always misclassified and triggers an update.
# D: training stops at W = (0, 0), where the gradient vanishes.

# %% [markdown] lang="ru"
# A: через несколько проходов веса перестают меняться.
# B: α = 1 слишком велика; при меньшей α алгоритм сошёлся бы.
# C: никакое W не классифицирует все четыре точки верно, поэтому какая-то точка всегда
#    ошибочна и вызывает обновление.
# D: обучение останавливается в W = (0, 0), где градиент равен нулю.

# %% lang="en"
converges = False
reason = "C"

ex04.check(update, converges, reason)

# %% lang="ru"
converges = False
reason = "C"

ex04.check(update, converges, reason)

# %% [markdown] lang="en"
# A smaller learning rate traces the same cycle, scaled by α:

# %% [markdown] lang="ru"
# Меньшая скорость обучения проходит тот же цикл, уменьшенный в α раз:

# %% lang="en"
W = np.zeros(2)
for step in range(4):
    W = update(W, X[step], y[step], 0.1)
    print(f"{step + 1}  W = {i18n.numbers(np.round(W, 12), 'g')}")

# %% lang="ru"
W = np.zeros(2)
for step in range(4):
    W = update(W, X[step], y[step], 0.1)
    print(f"{step + 1}  W = {i18n.numbers(np.round(W, 12), 'g')}")

# %%
explorer = widgets.cycling.cycling_explorer(epochs=3, step=4)
explorer.snapshot()

# %%
explorer
