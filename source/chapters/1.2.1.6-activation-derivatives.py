# %% [markdown] lang="en"
# # 1.2.1.6 Some useful derivatives of activation functions
#
# Training by gradient descent multiplies by $\Phi'(v)$ at every neuron (§1.3), so the shape
# of the derivative matters as much as the shape of $\Phi$. Section 1.2.1.6 of the book
# derives them and draws them in Fig. 1.10. Its key observation: for the sigmoid and tanh the
# derivative can be written from the **output** $o = \Phi(v)$ alone, $o(1 - o)$ in eq. (1.18)
# and $1 - o^2$ in eq. (1.21), so backpropagation needs only the values already computed in
# the forward phase. This notebook reproduces Fig. 1.10, checks eqs. (1.16)–(1.21) against
# finite differences, and marks where each derivative is largest.

# %% [markdown] lang="ru"
# # 1.2.1.6 Некоторые полезные производные функций активации
#
# При обучении градиентным спуском в каждом нейроне градиент умножается на $\Phi'(v)$
# (раздел 1.3), поэтому форма производной важна не меньше формы самой $\Phi$. Раздел 1.2.1.6
# книги выводит производные и изображает их на рис. 1.10. Главное наблюдение: у сигмоиды и
# гиперболического тангенса производную можно записать только через **выход**
# $o = \Phi(v)$: $o(1 - o)$ в формуле (1.18) и $1 - o^2$ в формуле (1.21), так что обратному
# распространению ошибки нужны лишь значения, уже вычисленные в прямой фазе. В этом блокноте
# мы воспроизведём рис. 1.10, проверим формулы (1.16)–(1.21) конечными разностями и отметим,
# где каждая производная максимальна.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, plots, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## Fig. 1.10 from the formulas of the derivatives

# %% [markdown] lang="ru"
# ## Рис. 1.10 по формулам производных

# %% lang="en"
fig, axes = plt.subplots(2, 3, figsize=(11, 6), layout="constrained")
plots.activations.draw_activation_grid(axes.flat, derivative=True)
fig.suptitle("Derivatives of the activation functions (Fig. 1.10)")
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(2, 3, figsize=(11, 6), layout="constrained")
plots.activations.draw_activation_grid(axes.flat, derivative=True)
fig.suptitle("Производные функций активации (рис. 1.10)")
plt.show()

# %% [markdown] lang="en"
# The sign's derivative is 0 everywhere (undefined at 0), so no gradient ever passes through
# it: that is why the perceptron needs its own update rule. ReLU passes 1 or nothing; hard tanh
# passes 1 on $[-1, 1]$; the sigmoid and tanh pass a bell-shaped fraction.
#
# ## Eqs. (1.16)–(1.21): from the input, from the output, and by finite differences
#
# From the input $v$: $\exp(-v)/(1 + \exp(-v))^2$ for the sigmoid, eq. (1.17), and
# $4\exp(2v)/(\exp(2v) + 1)^2$ for tanh, eq. (1.20). From the output $o$: eqs. (1.18) and
# (1.21). Against both, the central difference $(\Phi(v + h) - \Phi(v - h))/2h$:

# %% [markdown] lang="ru"
# Производная знаковой функции равна 0 везде (в нуле не определена), поэтому через неё никогда
# не проходит градиент: вот почему перцептрону нужно собственное правило обновления. ReLU
# пропускает 1 или ничего; спрямлённый гиперболический тангенс пропускает 1 на $[-1, 1]$;
# сигмоида и tanh пропускают долю, которая как функция $v$ имеет форму колокола.
#
# ## Формулы (1.16)–(1.21): через вход, через выход и конечными разностями
#
# Через вход $v$: $\exp(-v)/(1 + \exp(-v))^2$ для сигмоиды, формула (1.17), и
# $4\exp(2v)/(\exp(2v) + 1)^2$ для tanh, формула (1.20). Через выход $o$: формулы (1.18) и
# (1.21). И для сравнения — центральная разность $(\Phi(v + h) - \Phi(v - h))/2h$:

# %% lang="en"
v = np.array([-3.0, -1.0, 0.0, 0.5, 2.0])
h = 1e-5
o_sigmoid = 1 / (1 + np.exp(-v))                           # eq. (1.16)
o_tanh = (np.exp(2 * v) - 1) / (np.exp(2 * v) + 1)         # eq. (1.19)
table = {
    "sigmoid": (np.exp(-v) / (1 + np.exp(-v)) ** 2,        # eq. (1.17), from v
                o_sigmoid * (1 - o_sigmoid)),              # eq. (1.18), from o
    "tanh": (4 * np.exp(2 * v) / (np.exp(2 * v) + 1) ** 2,  # eq. (1.20), from v
             1 - o_tanh**2),                               # eq. (1.21), from o
}
header = f"{'v':>6} | {'from v (1.17, 1.20)':>21} | {'from o (1.18, 1.21)':>21} | {'central difference':>21}"
for name, (from_input, from_output) in table.items():
    phi = activations.get(name).function
    numeric = (phi(v + h) - phi(v - h)) / (2 * h)
    print(f"{name}\n{header}")
    for row in zip(v, from_input, from_output, numeric):
        print(" | ".join([i18n.number(row[0], "6.1f")] + [i18n.number(x, "21.8f") for x in row[1:]]))
    gap = max(np.abs(from_input - from_output).max(), np.abs(from_input - numeric).max())
    print(f"largest gap below 1e-9: {i18n.yes_no(gap < 1e-9)}\n")

# %% lang="ru"
v = np.array([-3.0, -1.0, 0.0, 0.5, 2.0])
h = 1e-5
o_sigmoid = 1 / (1 + np.exp(-v))                           # формула (1.16)
o_tanh = (np.exp(2 * v) - 1) / (np.exp(2 * v) + 1)         # формула (1.19)
table = {
    "sigmoid": (np.exp(-v) / (1 + np.exp(-v)) ** 2,        # формула (1.17), через v
                o_sigmoid * (1 - o_sigmoid)),              # формула (1.18), через o
    "tanh": (4 * np.exp(2 * v) / (np.exp(2 * v) + 1) ** 2,  # формула (1.20), через v
             1 - o_tanh**2),                               # формула (1.21), через o
}
header = f"{'v':>6} | {'через v (1.17, 1.20)':>21} | {'через o (1.18, 1.21)':>21} | {'центральная разность':>21}"
for name, (from_input, from_output) in table.items():
    phi = activations.get(name).function
    numeric = (phi(v + h) - phi(v - h)) / (2 * h)
    print(f"{name}\n{header}")
    for row in zip(v, from_input, from_output, numeric):
        print(" | ".join([i18n.number(row[0], "6.1f")] + [i18n.number(x, "21.8f") for x in row[1:]]))
    gap = max(np.abs(from_input - from_output).max(), np.abs(from_input - numeric).max())
    print(f"наибольшее расхождение меньше 1e-9: {i18n.yes_no(gap < 1e-9)}\n")

# %% [markdown] lang="en"
# The package keeps both forms: `derivative(v)` and `derivative_from_output(o)`.
#
# One convention at the corners, used throughout the companion as in the book: ReLU′(0) = 1,
# and hard tanh′ = 1 on the closed interval −1 ≤ v ≤ 1 (so also at v = ±1); the sign's
# derivative is taken as 0 everywhere. The output alone cannot see a corner: ReLU's o = 0 comes
# from every v ≤ 0, hard tanh's o = ±1 from every |v| ≥ 1. So ReLU's derivative from the
# output, which takes 0 at o = 0, differs from the convention at exactly v = 0 (left out
# below), and hard tanh and the sign have no derivative from the output at all.

# %% [markdown] lang="ru"
# Пакет хранит обе формы: `derivative(v)` и `derivative_from_output(o)`.
#
# В изломах во всём спутнике, как и в книге, действует одна договорённость: ReLU′(0) = 1, а
# производная спрямлённого гиперболического тангенса равна 1 на замкнутом отрезке
# −1 ≤ v ≤ 1 (значит, и при v = ±1); производная знаковой функции всюду считается равной 0.
# По одному выходу излом не виден: у ReLU выход o = 0 дают все v ≤ 0, у спрямлённого тангенса
# o = ±1 — все |v| ≥ 1. Поэтому производная ReLU через выход, равная 0 при o = 0, расходится с
# договорённостью ровно в точке v = 0 (ниже она исключена), а у спрямлённого тангенса и
# знаковой функции производной через выход нет вовсе.

# %% lang="en"
v = np.linspace(-6, 6, 1201)
for name, phi in activations.REGISTRY.items():
    if phi.derivative_from_output is None:
        print(f"{name:10s} no derivative from the output (the output does not fix it at a corner)")
        continue
    same = np.allclose(phi.derivative_from_output(phi.function(v[v != 0])),
                       phi.derivative(v[v != 0]), rtol=1e-12)
    print(f"{name:10s} Φ′ from v equals Φ′ written from the output Φ(v): {'yes' if same else 'no'}")

# %% lang="ru"
v = np.linspace(-6, 6, 1201)
for name, phi in activations.REGISTRY.items():
    if phi.derivative_from_output is None:
        print(f"{name:10s} производной через выход нет (в изломе выход её не определяет)")
        continue
    same = np.allclose(phi.derivative_from_output(phi.function(v[v != 0])),
                       phi.derivative(v[v != 0]), rtol=1e-12)
    print(f"{name:10s} Φ′ по v и Φ′, выраженная через выход Φ(v), совпадают: {'да' if same else 'нет'}")

# %% [markdown] lang="en"
# ## Where each derivative is largest
#
# The sigmoid's derivative peaks at $v = 0$ with the value $0.25$ (exercise 7 proves the bound),
# tanh's at $v = 0$ with $1$ (exercise 8). A signal passing back through a chain of neurons is
# multiplied at each of them by $w \cdot \Phi'(a)$, the weight of the edge times the
# derivative. For sigmoid units that factor is at most $|w|/4$: below $1/4$ only while
# $|w| \le 1$, and above 1 once $|w| > 4$, which is the exploding case of
# [§1.4.2](1.4.2-vanishing-gradients.ipynb).

# %% [markdown] lang="ru"
# ## Где каждая производная максимальна
#
# Производная сигмоиды максимальна при $v = 0$ и равна $0{,}25$ (упражнение 7 доказывает эту
# оценку), производная tanh — при $v = 0$ и равна $1$ (упражнение 8). Сигнал, проходящий назад
# через цепочку нейронов, в каждом из них умножается на $w \cdot \Phi'(a)$ — вес связи,
# умноженный на производную. У сигмоидных нейронов этот множитель не больше $|w|/4$: меньше
# $1/4$ он лишь при $|w| \le 1$, а при $|w| > 4$ может превысить 1 — это случай взрывного
# роста градиентов из [раздела 1.4.2](1.4.2-vanishing-gradients.ipynb).

# %% lang="en"
for name, phi in activations.REGISTRY.items():
    slope = phi.derivative(v)
    peak = slope.max()
    where = v[np.isclose(slope, peak)]
    print(f"{name:10s} max Φ′ = {i18n.number(peak, '.4f')} for v from {i18n.number(where.min(), '+.2f')}"
          f" to {i18n.number(where.max(), '+.2f')}")

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
for name in ("sigmoid", "tanh"):
    plots.activations.draw_activation(ax, name, v, derivative=True)
    plots.activations.draw_derivative_peak(ax, name, v)
ax.axhline(0.25, color="tab:blue", ls=":", label="bound 0.25 (exercise 7)")
ax.axhline(1.0, color="tab:orange", ls=":", label="bound 1 (exercise 8)")
ax.set(xlabel="pre-activation value $v$", ylabel="Φ′(v)",
       title="Where the derivatives peak (Fig. 1.10)")
ax.legend(loc="upper right")
plt.show()

# %% lang="ru"
for name, phi in activations.REGISTRY.items():
    slope = phi.derivative(v)
    peak = slope.max()
    where = v[np.isclose(slope, peak)]
    print(f"{name:10s} max Φ′ = {i18n.number(peak, '.4f')} при v от {i18n.number(where.min(), '+.2f')}"
          f" до {i18n.number(where.max(), '+.2f')}")

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
for name in ("sigmoid", "tanh"):
    plots.activations.draw_activation(ax, name, v, derivative=True)
    plots.activations.draw_derivative_peak(ax, name, v)
ax.axhline(0.25, color="tab:blue", ls=":", label="граница 0,25 (упражнение 7)")
ax.axhline(1.0, color="tab:orange", ls=":", label="граница 1 (упражнение 8)")
ax.set(xlabel="предактивационное значение $v$", ylabel="Φ′(v)",
       title="Где производные максимальны (рис. 1.10)")
ax.legend(loc="upper right")
plt.show()

# %% [markdown] lang="en"
# ## Interactive figure
#
# The interactive figure of §1.2.1.3 again, starting on tanh: move $v$ and read $\Phi'(v)$;
# the grey bands are where the derivative has fallen below 5 % of its peak. A question for it:
# where does tanh′ fall to 0.25, the sigmoid's best? (Answer: at $|v| = \operatorname{artanh}
# \sqrt{0.75} \approx 1.32$; beyond it a tanh unit passes back less than a sigmoid unit at
# its peak.)

# %% [markdown] lang="ru"
# ## Интерактивный рисунок
#
# Снова интерактивный рисунок из раздела 1.2.1.3, на этот раз с tanh: двигайте $v$ и читайте
# $\Phi'(v)$; серые полосы — там, где производная упала ниже 5 % своего максимума. Вопрос к
# нему: где производная tanh падает до 0,25, наибольшего значения производной сигмоиды?
# (Ответ: при $|v| = \operatorname{artanh} \sqrt{0{,}75} \approx 1{,}32$; дальше нейрон tanh
# пропускает назад меньше, чем сигмоидный нейрон в своём максимуме.)

# %% lang="en"
explorer = widgets.activations.activation_explorer("tanh", v=1.0)
explorer.snapshot()

# %% lang="ru"
explorer = widgets.activations.activation_explorer("tanh", v=1.0)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## What to notice
#
# - Derivatives from the output agree with those from the input to rounding error: a network
#   can forget $v$ once it knows $o$.
# - ReLU's derivative does not shrink for large positive $v$; the sigmoid's and tanh's do.
#   This is the root of the vanishing gradients of [§1.4.2](1.4.2-vanishing-gradients.ipynb).
#
# ## Try
#
# - Change `h` in the table cell to `1e-2` and to `1e-12`: the first is too coarse, the second
#   drowns in rounding error. For the sigmoid at $v = 0.5$:
#
# ```python
# for step in (1e-2, 1e-5, 1e-12):
#     numeric = (activations.sigmoid(0.5 + step) - activations.sigmoid(0.5 - step)) / (2 * step)
#     print(step, abs(numeric - activations.sigmoid_derivative(0.5)))
# ```
#
# Exercises: [7, the sigmoid's derivative is at most 0.25](../../exercises/en/ex07-sigmoid-derivative-bound.ipynb)
# and [8, tanh's derivative is at most 1](../../exercises/en/ex08-tanh-derivative-bound.ipynb).

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Производные через выход совпадают с производными через вход с точностью до округления:
#   сеть может забыть $v$, как только знает $o$.
# - Производная ReLU не уменьшается при больших положительных $v$, а производные сигмоиды и
#   tanh уменьшаются. Отсюда затухающие градиенты из
#   [раздела 1.4.2](1.4.2-vanishing-gradients.ipynb).
#
# ## Попробуйте
#
# - Замените `h` в ячейке с таблицей на `1e-2` и на `1e-12`: первое слишком грубо, во втором
#   всё тонет в ошибках округления. Для сигмоиды при $v = 0{,}5$:
#
# ```python
# for step in (1e-2, 1e-5, 1e-12):
#     numeric = (activations.sigmoid(0.5 + step) - activations.sigmoid(0.5 - step)) / (2 * step)
#     print(step, abs(numeric - activations.sigmoid_derivative(0.5)))
# ```
#
# Упражнения: [7, производная сигмоиды не больше 0,25](../../exercises/ru/ex07-sigmoid-derivative-bound.ipynb)
# и [8, производная tanh не больше 1](../../exercises/ru/ex08-tanh-derivative-bound.ipynb).
