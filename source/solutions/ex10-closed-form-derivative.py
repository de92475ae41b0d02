# %% [markdown] lang="en"
# # 1.11, exercise 10, solution: ∂o/∂x1, and why backpropagation
#
# The exercise: [ex10-closed-form-derivative](../../exercises/en/ex10-closed-form-derivative.ipynb)
# · the section: [§1.3](../../chapters/en/1.3-backpropagation.ipynb).
#
# With the names of exercise 9 ($s_1 = x_1 + x_2$, $s_2 = h_1 + h_2$, $s_3 = h_3 + h_4$,
# $o = \mathrm{ReLU}(s_3)$), $x_1$ reaches $o$ along four paths: through the top or the bottom
# unit of each layer. Eq. (1.23) sums the products of local derivatives along them. Since each
# layer adds its two units, the sum factors:
#
# $$\frac{\partial o}{\partial x_1} = \mathrm{ReLU}'(s_3)\,
#   \big(\sigma'(s_2) + \tanh'(s_2)\big)\,\big(\sigma'(s_1) + \tanh'(s_1)\big),$$
#
# with $\sigma'(v) = \sigma(v)(1 - \sigma(v))$ (eq. (1.18)), $\tanh'(v) = 1 - \tanh^2(v)$
# (eq. (1.21)) and $\mathrm{ReLU}'(s) = 1$ for $s \ge 0$, 0 below (the convention of §1.2.1.6 at
# $s = 0$). Written out in $x_1, x_2$ it is
# long; the point of the exercise is how long, and how fast that grows with depth.

# %% [markdown] lang="ru"
# # 1.11, упражнение 10, решение: ∂o/∂x1 и почему обратное распространение
#
# Упражнение: [ex10-closed-form-derivative](../../exercises/ru/ex10-closed-form-derivative.ipynb)
# · раздел: [§1.3](../../chapters/ru/1.3-backpropagation.ipynb).
#
# С обозначениями упражнения 9 ($s_1 = x_1 + x_2$, $s_2 = h_1 + h_2$, $s_3 = h_3 + h_4$,
# $o = \mathrm{ReLU}(s_3)$) вход $x_1$ достигает $o$ по четырём путям: через верхний или нижний
# элемент каждого слоя. Формула (1.23) суммирует произведения локальных производных вдоль них.
# Поскольку каждый слой складывает свои два элемента, сумма раскладывается на множители:
#
# $$\frac{\partial o}{\partial x_1} = \mathrm{ReLU}'(s_3)\,
#   \big(\sigma'(s_2) + \tanh'(s_2)\big)\,\big(\sigma'(s_1) + \tanh'(s_1)\big),$$
#
# где $\sigma'(v) = \sigma(v)(1 - \sigma(v))$ (формула (1.18)), $\tanh'(v) = 1 - \tanh^2(v)$
# (формула (1.21)), а $\mathrm{ReLU}'(s) = 1$ при $s \ge 0$ и 0 ниже (договорённость раздела
# 1.2.1.6 в точке $s = 0$). Выписанная через $x_1, x_2$,
# она длинна; суть упражнения — насколько, и как быстро это растёт с глубиной.

# %% lang="en"
import numpy as np
from scipy import special

from nbcompanion.exercises import ex09, ex10
from nbcompanion import i18n

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np
from scipy import special

from nbcompanion.exercises import ex09, ex10
from nbcompanion import i18n

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% lang="en"
s1 = "(x1 + x2)"
s2 = f"(sigmoid{s1} + tanh{s1})"
s3 = f"(sigmoid({s2}) + tanh({s2}))"
layer1 = f"(sigmoid{s1}*(1 - sigmoid{s1}) + 1 - tanh{s1}**2)"
layer2 = f"(sigmoid({s2})*(1 - sigmoid({s2})) + 1 - tanh({s2})**2)"
derivative = f"Heaviside({s3}) * {layer2} * {layer1}"
print("the derivative as typed:", derivative)

ex10.check(derivative, practical=False)

# %% lang="ru"
s1 = "(x1 + x2)"
s2 = f"(sigmoid{s1} + tanh{s1})"
s3 = f"(sigmoid({s2}) + tanh({s2}))"
layer1 = f"(sigmoid{s1}*(1 - sigmoid{s1}) + 1 - tanh{s1}**2)"
layer2 = f"(sigmoid({s2})*(1 - sigmoid({s2})) + 1 - tanh({s2})**2)"
derivative = f"Heaviside({s3}) * {layer2} * {layer1}"
print("производная в том виде, как она набрана:", derivative)

ex10.check(derivative, practical=False)

# %% [markdown] lang="en"
# ## Three routes to the same number
#
# At one point: the typed formula, sympy's derivative of the closed form, central differences
# of the network, and a backward sweep over the network (eqs. (1.24)–(1.27)).

# %% [markdown] lang="ru"
# ## Три пути к одному числу
#
# В одной точке: набранная формула, производная замкнутой формы от sympy, центральные разности
# по сети и обратный проход по сети (формулы (1.24)–(1.27)).

# %% lang="en"
point = (0.5, -0.2)
print(f"{i18n.number(float(ex09.evaluate(derivative, *point)), '.10f')}  typed formula")
print(f"{i18n.number(float(ex09.evaluate(ex10.DERIVATIVE, *point)), '.10f')}  sympy.diff")
print(f"{i18n.number(float(ex10.central_difference(*point)), '.10f')}  central differences")
print(f"{i18n.number(ex10.backprop(*point)[0], '.10f')}  backward sweep")

# %% lang="ru"
point = (0.5, -0.2)
print(f"{i18n.number(float(ex09.evaluate(derivative, *point)), '.10f')}  набранная формула")
print(f"{i18n.number(float(ex09.evaluate(ex10.DERIVATIVE, *point)), '.10f')}  sympy.diff")
print(f"{i18n.number(float(ex10.central_difference(*point)), '.10f')}  центральные разности")
print(f"{i18n.number(ex10.backprop(*point)[0], '.10f')}  обратный проход")

# %% [markdown] lang="en"
# The backward sweep is the few lines below: a forward pass that keeps the outputs, then one
# pass back that multiplies the shared $\Delta$ by the local derivatives written from those
# outputs. Nothing is ever written out twice.

# %% [markdown] lang="ru"
# Обратный проход — это несколько строк ниже: прямой проход, сохраняющий выходы, и один проход
# назад, который умножает общее $\Delta$ на локальные производные, записанные через эти выходы.
# Ничто не выписывается дважды.

# %% lang="en"
def backward_sweep(a, b, depth=2):
    outputs, total = [], a + b
    for _ in range(depth):  # forward: keep each layer's outputs
        top, bottom = special.expit(total), np.tanh(total)
        outputs.append((top, bottom))
        total = top + bottom
    delta = 1.0 if total >= 0 else 0.0  # ReLU'(s3)
    for top, bottom in reversed(outputs):  # backward: eq. (1.26), derivatives from outputs
        delta = (top * (1 - top) + (1 - bottom**2)) * delta
    return delta


print(i18n.number(backward_sweep(*point), ".10f"))

# %% lang="ru"
def backward_sweep(a, b, depth=2):
    outputs, total = [], a + b
    for _ in range(depth):  # вперёд: запоминаем выходы каждого слоя
        top, bottom = special.expit(total), np.tanh(total)
        outputs.append((top, bottom))
        total = top + bottom
    delta = 1.0 if total >= 0 else 0.0  # ReLU'(s3)
    for top, bottom in reversed(outputs):  # назад: формула (1.26), производные через выходы
        delta = (top * (1 - top) + (1 - bottom**2)) * delta
    return delta


print(i18n.number(backward_sweep(*point), ".10f"))

# %% [markdown] lang="en"
# ## Is the closed form practical?
#
# No. The table gives, for networks of the same pattern with more layers, the size of the
# closed form, of its derivative (`sympy.count_ops`, as written out) and the operations of
# both sweeps of backpropagation. The written-out derivative more than doubles with each layer;
# backpropagation adds a fixed nine operations per layer, because it computes each shared
# subexpression once and reuses it: the dynamic programming of §1.3. A real network has many
# units per layer and weights that differ, so the closed form has no shared sums to factor and
# is still larger.

# %% [markdown] lang="ru"
# ## Практична ли замкнутая форма?
#
# Нет. В таблице для сетей того же устройства с большим числом слоёв: размер замкнутой формы,
# её производной (`sympy.count_ops`, в выписанном виде) и число операций обеих фаз обратного
# распространения. Выписанная производная с каждым слоем растёт более чем вдвое; обратное
# распространение добавляет постоянные девять операций на слой, потому что вычисляет каждое
# общее подвыражение один раз и переиспользует его: это динамическое программирование §1.3.
# В настоящей сети много элементов в слое и разные веса, так что у замкнутой формы нет общих
# сумм, которые можно вынести, и она ещё больше.

# %% lang="en"
rows = [f"{depth:5d} {closed:4d} {derived:8d} {swept:10d}"
        for depth, closed, derived, swept in ex10.sizes(range(1, 5))]
print("\n".join(["depth   o   ∂o/∂x1   backprop", *rows]))

# %% lang="ru"
rows = [f"{depth:5d} {closed:4d} {derived:8d} {swept:10d}"
        for depth, closed, derived, swept in ex10.sizes(range(1, 5))]
print("\n".join(["глубина  o   ∂o/∂x1   обр. расп.", *rows]))

# %% [markdown] lang="en"
# **Something to try.** `sympy.count_ops(sympy.cse(...))` counts the derivative with common
# subexpressions shared: compare it with the backprop column.

# %% [markdown] lang="ru"
# **Попробуйте.** `sympy.cse(...)` выделяет общие подвыражения производной: посчитайте их
# операции и сравните со столбцом обратного распространения.
