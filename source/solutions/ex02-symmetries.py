# %% [markdown] lang="en"
# # 1.11, exercise 2 (solution): symmetries of three activation functions
#
# The exercise: [ex02-symmetries](../../exercises/en/ex02-symmetries.ipynb) · the section:
# [§1.2.1.3](../../chapters/en/1.2.1.3-activations.ipynb).
#
# **(a) Sigmoid.** Multiply numerator and denominator by $e^{-v}$:
# $$\Phi(-v) = \frac{1}{1 + e^{v}} = \frac{e^{-v}}{e^{-v} + 1}
#   = \frac{(1 + e^{-v}) - 1}{1 + e^{-v}} = 1 - \frac{1}{1 + e^{-v}} = 1 - \Phi(v).$$
# So the sigmoid is point-symmetric about $(0, \tfrac12)$: the probability of one class at
# $-v$ is the probability of the other class at $v$.
#
# **(b) tanh.** Multiply numerator and denominator by $e^{2v}$:
# $$\Phi(-v) = \frac{e^{-2v} - 1}{e^{-2v} + 1} = \frac{1 - e^{2v}}{1 + e^{2v}}
#   = -\frac{e^{2v} - 1}{e^{2v} + 1} = -\Phi(v).$$
# (With exercise 3 this also follows from (a): $\tanh(-v) = 2\,\mathrm{sigmoid}(-2v) - 1
# = 2(1 - \mathrm{sigmoid}(2v)) - 1 = -\tanh(v)$.)
#
# **(c) hard tanh.** Using $\min\{-a, -b\} = -\max\{a, b\}$ and $\max\{-a, -b\} = -\min\{a, b\}$:
# $$\Phi(-v) = \max\{\min[-v, 1], -1\} = \max\{-\max[v, -1], -1\} = -\min\{\max[v, -1], 1\}.$$
# The last expression clips $v$ to $[-1, 1]$ from below first, then from above; clipping in
# the other order, $\max\{\min[v, 1], -1\} = \Phi(v)$, gives the same number because
# $-1 < 1$. By cases: for $v < -1$, $\Phi(-v) = 1 = -\Phi(v)$; for $-1 \le v \le 1$,
# $\Phi(-v) = -v = -\Phi(v)$; for $v > 1$, $\Phi(-v) = -1 = -\Phi(v)$. $\blacksquare$
#
# sympy confirms every step of (a) and (b); for the step "clip in either order" of (c) it
# confirms equality at every test point and leaves the general argument to the cases above.

# %% [markdown] lang="ru"
# # 1.11, упражнение 2 (решение): симметрии трёх функций активации
#
# Упражнение: [ex02-symmetries](../../exercises/ru/ex02-symmetries.ipynb) · раздел:
# [§1.2.1.3](../../chapters/ru/1.2.1.3-activations.ipynb).
#
# **(а) Сигмоида.** Умножим числитель и знаменатель на $e^{-v}$:
# $$\Phi(-v) = \frac{1}{1 + e^{v}} = \frac{e^{-v}}{e^{-v} + 1}
#   = \frac{(1 + e^{-v}) - 1}{1 + e^{-v}} = 1 - \frac{1}{1 + e^{-v}} = 1 - \Phi(v).$$
# Значит, сигмоида центрально-симметрична относительно точки $(0, \tfrac12)$: вероятность
# одного класса при $-v$ равна вероятности другого класса при $v$.
#
# **(б) Гиперболический тангенс.** Умножим числитель и знаменатель на $e^{2v}$:
# $$\Phi(-v) = \frac{e^{-2v} - 1}{e^{-2v} + 1} = \frac{1 - e^{2v}}{1 + e^{2v}}
#   = -\frac{e^{2v} - 1}{e^{2v} + 1} = -\Phi(v).$$
# (Вместе с упражнением 3 это следует и из (а): $\tanh(-v) = 2\,\mathrm{sigmoid}(-2v) - 1
# = 2(1 - \mathrm{sigmoid}(2v)) - 1 = -\tanh(v)$.)
#
# **(в) Спрямлённый гиперболический тангенс.** Так как $\min\{-a, -b\} = -\max\{a, b\}$ и
# $\max\{-a, -b\} = -\min\{a, b\}$,
# $$\Phi(-v) = \max\{\min[-v, 1], -1\} = \max\{-\max[v, -1], -1\} = -\min\{\max[v, -1], 1\}.$$
# Последнее выражение обрезает $v$ до $[-1, 1]$ сначала снизу, потом сверху; обрезка в другом
# порядке, $\max\{\min[v, 1], -1\} = \Phi(v)$, даёт то же число, так как $-1 < 1$. По случаям:
# при $v < -1$ $\Phi(-v) = 1 = -\Phi(v)$; при $-1 \le v \le 1$ $\Phi(-v) = -v = -\Phi(v)$;
# при $v > 1$ $\Phi(-v) = -1 = -\Phi(v)$. $\blacksquare$
#
# sympy подтверждает каждый шаг (а) и (б); для шага (в) «обрезка в любом порядке» он
# подтверждает равенство во всех проверочных точках, а общее рассуждение — разбор случаев выше.

# %% lang="en"
import numpy as np

from nbcompanion import activations, i18n
from nbcompanion.exercises import ex02

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion import activations, i18n
from nbcompanion.exercises import ex02

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% lang="en"
v = np.linspace(-10, 10, 2001)
gaps = {
    "sigmoid": np.max(np.abs(activations.sigmoid(-v) - (1 - activations.sigmoid(v)))),
    "tanh": np.max(np.abs(activations.tanh(-v) + activations.tanh(v))),
    "hard_tanh": np.max(np.abs(activations.hard_tanh(-v) + activations.hard_tanh(v))),
}
for name, gap in gaps.items():
    print(f"{name:9s} largest gap below 1e-12: {i18n.yes_no(gap < 1e-12)}")

# %% lang="ru"
v = np.linspace(-10, 10, 2001)
gaps = {
    "sigmoid": np.max(np.abs(activations.sigmoid(-v) - (1 - activations.sigmoid(v)))),
    "tanh": np.max(np.abs(activations.tanh(-v) + activations.tanh(v))),
    "hard_tanh": np.max(np.abs(activations.hard_tanh(-v) + activations.hard_tanh(v))),
}
for name, gap in gaps.items():
    print(f"{name:9s} наибольшее расхождение меньше 1e-12: {i18n.yes_no(gap < 1e-12)}")

# %% lang="en"
sigmoid_steps = ["sigmoid(-v)", "1/(1 + exp(v))", "exp(-v)/(exp(-v) + 1)",
                 "(1 + exp(-v) - 1)/(1 + exp(-v))", "1 - 1/(1 + exp(-v))", "1 - sigmoid(v)"]
tanh_steps = ["tanh(-v)", "(exp(-2*v) - 1)/(exp(-2*v) + 1)", "(1 - exp(2*v))/(1 + exp(2*v))",
              "-(exp(2*v) - 1)/(exp(2*v) + 1)", "-tanh(v)"]
hard_tanh_steps = ["hard_tanh(-v)", "Max(Min(-v, 1), -1)", "Max(-Max(v, -1), -1)",
                   "-Min(Max(v, -1), 1)", "-Max(Min(v, 1), -1)", "-hard_tanh(v)"]

ex02.check(sigmoid_steps, tanh_steps, hard_tanh_steps)

# %% lang="ru"
sigmoid_steps = ["sigmoid(-v)", "1/(1 + exp(v))", "exp(-v)/(exp(-v) + 1)",
                 "(1 + exp(-v) - 1)/(1 + exp(-v))", "1 - 1/(1 + exp(-v))", "1 - sigmoid(v)"]
tanh_steps = ["tanh(-v)", "(exp(-2*v) - 1)/(exp(-2*v) + 1)", "(1 - exp(2*v))/(1 + exp(2*v))",
              "-(exp(2*v) - 1)/(exp(2*v) + 1)", "-tanh(v)"]
hard_tanh_steps = ["hard_tanh(-v)", "Max(Min(-v, 1), -1)", "Max(-Max(v, -1), -1)",
                   "-Min(Max(v, -1), 1)", "-Max(Min(v, 1), -1)", "-hard_tanh(v)"]

ex02.check(sigmoid_steps, tanh_steps, hard_tanh_steps)

# %% [markdown] lang="en"
# A typical slip, a lost minus sign in (b), is caught with the point where it fails:

# %% [markdown] lang="ru"
# Типичная ошибка — потерянный минус в (б) — обнаруживается вместе с точкой, где она видна:

# %% lang="en"
ex02.check_step("(exp(-2*v) - 1)/(exp(-2*v) + 1)", "(exp(2*v) - 1)/(exp(2*v) + 1)")
# %% lang="ru"
ex02.check_step("(exp(-2*v) - 1)/(exp(-2*v) + 1)", "(exp(2*v) - 1)/(exp(2*v) + 1)")
