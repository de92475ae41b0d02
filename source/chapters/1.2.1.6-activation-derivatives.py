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

# %%
%matplotlib inline
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, i18n, plots, widgets

# %% [markdown] lang="en"
# ## Fig. 1.10, computed

# %% [markdown] lang="ru"
# ## Рис. 1.10, вычисленный

# %%
fig, axes = plt.subplots(2, 3, figsize=(11, 6), layout="constrained")
plots.activations.draw_activation_grid(axes.flat, derivative=True)
fig.suptitle(i18n.text("activations.fig_1_10"))
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
# пропускает 1 или ничего; hard tanh пропускает 1 на $[-1, 1]$; сигмоида и tanh пропускают
# колоколообразную долю.
#
# ## Формулы (1.16)–(1.21): через вход, через выход и конечными разностями
#
# Через вход $v$: $\exp(-v)/(1 + \exp(-v))^2$ для сигмоиды, формула (1.17), и
# $4\exp(2v)/(\exp(2v) + 1)^2$ для tanh, формула (1.20). Через выход $o$: формулы (1.18) и
# (1.21). И для сравнения — центральная разность $(\Phi(v + h) - \Phi(v - h))/2h$:

# %%
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
header = (f"{'v':>6} | {i18n.text('activations.from_input'):>21} | "
          f"{i18n.text('activations.from_output'):>21} | "
          f"{i18n.text('activations.finite_difference'):>21}")
for name, (from_input, from_output) in table.items():
    phi = activations.get(name).function
    numeric = (phi(v + h) - phi(v - h)) / (2 * h)
    print(f"{name}\n{header}")
    for row in zip(v, from_input, from_output, numeric):
        print(f"{row[0]:6.1f} | {row[1]:21.8f} | {row[2]:21.8f} | {row[3]:21.8f}")
    gap = max(np.abs(from_input - from_output).max(), np.abs(from_input - numeric).max())
    print(f"{i18n.text('activations.largest_gap')} < 1e-9: {gap < 1e-9}\n")

# %% [markdown] lang="en"
# The package keeps both forms: `derivative(v)` and `derivative_from_output(o)`.

# %% [markdown] lang="ru"
# Пакет хранит обе формы: `derivative(v)` и `derivative_from_output(o)`.

# %%
v = np.linspace(-6, 6, 1201)
for name, phi in activations.REGISTRY.items():
    if phi.derivative_from_output is None:
        print(f"{name:10s} derivative from the output: not defined (the output does not fix v)")
        continue
    same = np.allclose(phi.derivative_from_output(phi.function(v[v != 0])),
                       phi.derivative(v[v != 0]), rtol=1e-12)
    print(f"{name:10s} derivative(v) == derivative_from_output(Φ(v)): {same}")

# %% [markdown] lang="en"
# ## Where each derivative is largest
#
# The sigmoid's derivative peaks at $v = 0$ with the value $0.25$ (exercise 7 proves the bound),
# tanh's at $v = 0$ with $1$ (exercise 8). A signal passing back through a chain of sigmoid
# neurons is therefore multiplied by at most $1/4$ at each of them (§1.4.2).

# %% [markdown] lang="ru"
# ## Где каждая производная максимальна
#
# Производная сигмоиды максимальна при $v = 0$ и равна $0{,}25$ (упражнение 7 доказывает эту
# оценку), производная tanh — при $v = 0$ и равна $1$ (упражнение 8). Поэтому сигнал,
# проходящий назад через цепочку сигмоидных нейронов, в каждом из них умножается не больше
# чем на $1/4$ (раздел 1.4.2).

# %%
for name, phi in activations.REGISTRY.items():
    slope = phi.derivative(v)
    peak = slope.max()
    where = v[np.isclose(slope, peak)]
    print(f"{name:10s} max Φ' = {peak:.4f} on v in [{where.min():+.2f}, {where.max():+.2f}]")

fig, ax = plt.subplots(figsize=(7, 4), layout="constrained")
for name in ("sigmoid", "tanh"):
    plots.activations.draw_activation(ax, name, v, derivative=True)
    plots.activations.draw_derivative_peak(ax, name, v)
ax.axhline(0.25, color="tab:blue", ls=":", label=i18n.text("activations.bound"))
ax.axhline(1.0, color="tab:orange", ls=":", label=i18n.text("activations.bound_tanh"))
ax.set(xlabel=i18n.text("common.v"), ylabel=i18n.text("activations.dphi"),
       title=i18n.text("activations.peaks_title"))
ax.legend(loc="upper right", fontsize="small")
plt.show()

# %% [markdown] lang="en"
# ## Explorer
#
# The explorer of §1.2.1.3 again, starting on tanh: move $v$ and read $\Phi'(v)$; the grey
# bands are where the derivative has fallen below 5 % of its peak.

# %% [markdown] lang="ru"
# ## Исследование
#
# Снова окно исследования из раздела 1.2.1.3, на этот раз с tanh: двигайте $v$ и читайте
# $\Phi'(v)$; серые полосы — там, где производная упала ниже 5 % своего максимума.

# %%
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
#   This is the root of the vanishing gradients of §1.4.2.
#
# ## Try
#
# - Change `h` in the table cell to `1e-2` and to `1e-12`: the first is too coarse, the second
#   drowns in rounding error.
#
# Exercises: [7, the sigmoid's derivative is at most 0.25](../../exercises/en/ex07-sigmoid-derivative-bound.ipynb)
# and [8, tanh's derivative is at most 1](../../exercises/en/ex08-tanh-derivative-bound.ipynb).

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Производные через выход совпадают с производными через вход с точностью до округления:
#   сеть может забыть $v$, как только знает $o$.
# - Производная ReLU не уменьшается при больших положительных $v$, а производные сигмоиды и
#   tanh уменьшаются. Отсюда затухающие градиенты из раздела 1.4.2.
#
# ## Попробуйте
#
# - Замените `h` в ячейке с таблицей на `1e-2` и на `1e-12`: первое слишком грубо, во втором
#   всё тонет в ошибках округления.
#
# Упражнения: [7, производная сигмоиды не больше 0,25](../../exercises/ru/ex07-sigmoid-derivative-bound.ipynb)
# и [8, производная tanh не больше 1](../../exercises/ru/ex08-tanh-derivative-bound.ipynb).
