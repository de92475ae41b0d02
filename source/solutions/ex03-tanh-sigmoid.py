# %% [markdown] lang="en"
# # 1.11, exercise 3 (solution): tanh is a rescaled sigmoid
#
# The exercise: [ex03-tanh-sigmoid](../../exercises/en/ex03-tanh-sigmoid.ipynb) · the
# section: [§1.2.1.3](../../chapters/en/1.2.1.3-activations.ipynb).
#
# **Proof.** Divide numerator and denominator of the definition by $e^{2v}$, then split the
# numerator $1 - e^{-2v} = 2 - (1 + e^{-2v})$:
# $$\tanh(v) = \frac{e^{2v} - 1}{e^{2v} + 1} = \frac{1 - e^{-2v}}{1 + e^{-2v}}
#   = \frac{2 - (1 + e^{-2v})}{1 + e^{-2v}} = \frac{2}{1 + e^{-2v}} - 1
#   = 2\,\mathrm{sigmoid}(2v) - 1. \qquad\blacksquare$$
#
# **Reading it as a picture.** Start from $\mathrm{sigmoid}(v)$, with values in $(0, 1)$:
# replacing $v$ by $2v$ squeezes it horizontally by a factor 2 (it rises twice as fast);
# multiplying by 2 stretches the values to $(0, 2)$; subtracting 1 shifts them to $(-1, 1)$.
# The slope at 0 becomes $2 \cdot 2 \cdot \tfrac14 = 1$, which is $\tanh'(0)$ (exercise 8).

# %% [markdown] lang="ru"
# # 1.11, упражнение 3 (решение): tanh — это масштабированная сигмоида
#
# Упражнение: [ex03-tanh-sigmoid](../../exercises/ru/ex03-tanh-sigmoid.ipynb) · раздел:
# [§1.2.1.3](../../chapters/ru/1.2.1.3-activations.ipynb).
#
# **Доказательство.** Разделим числитель и знаменатель определения на $e^{2v}$ и запишем
# числитель $1 - e^{-2v}$ как $2 - (1 + e^{-2v})$:
# $$\tanh(v) = \frac{e^{2v} - 1}{e^{2v} + 1} = \frac{1 - e^{-2v}}{1 + e^{-2v}}
#   = \frac{2 - (1 + e^{-2v})}{1 + e^{-2v}} = \frac{2}{1 + e^{-2v}} - 1
#   = 2\,\mathrm{sigmoid}(2v) - 1. \qquad\blacksquare$$
#
# **Как это выглядит.** Возьмём $\mathrm{sigmoid}(v)$ со значениями в $(0, 1)$: замена $v$ на
# $2v$ сжимает график по горизонтали вдвое (он растёт вдвое быстрее); умножение на 2
# растягивает значения до $(0, 2)$; вычитание 1 сдвигает их в $(-1, 1)$. Наклон в нуле
# становится $2 \cdot 2 \cdot \tfrac14 = 1$, то есть $\tanh'(0)$ (упражнение 8).

# %% lang="en"
import numpy as np

from nbcompanion.exercises import ex03
from nbcompanion import i18n

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion.exercises import ex03
from nbcompanion import i18n

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% lang="en"
print("largest gap below 1e-12:", i18n.yes_no(ex03.largest_gap(np.linspace(-10, 10, 2001)) < 1e-12))

# %% lang="ru"
print("наибольшее расхождение меньше 1e-12:", i18n.yes_no(ex03.largest_gap(np.linspace(-10, 10, 2001)) < 1e-12))

# %% lang="en"
steps = ["tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1)", "(1 - exp(-2*v))/(1 + exp(-2*v))",
         "(2 - (1 + exp(-2*v)))/(1 + exp(-2*v))", "2/(1 + exp(-2*v)) - 1",
         "2*sigmoid(2*v) - 1"]

ex03.check(steps)

# %% lang="ru"
steps = ["tanh(v)", "(exp(2*v) - 1)/(exp(2*v) + 1)", "(1 - exp(-2*v))/(1 + exp(-2*v))",
         "(2 - (1 + exp(-2*v)))/(1 + exp(-2*v))", "2/(1 + exp(-2*v)) - 1",
         "2*sigmoid(2*v) - 1"]

ex03.check(steps)

# %% [markdown] lang="en"
# A wrong sign in the shift is caught, with a point where the two sides differ:

# %% [markdown] lang="ru"
# Ошибка в знаке сдвига обнаруживается вместе с точкой, где стороны различаются:

# %% lang="en"
ex03.check_step("tanh(v)", "2*sigmoid(2*v) + 1")
# %% lang="ru"
ex03.check_step("tanh(v)", "2*sigmoid(2*v) + 1")
