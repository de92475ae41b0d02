# %% [markdown] lang="en"
# # 1.11, exercise 5 (solution): one nonlinear feature makes the data separable
#
# The exercise: [ex05-product-feature](../../exercises/en/ex05-product-feature.ipynb) · the
# section: [§1.5.1](../../chapters/en/1.5.1-nonlinear-activation.ipynb).
#
# **Yes, the data is separable in $z$.** Class +1: $(-1)(-1) = 1$ and $1 \cdot 1 = 1$.
# Class −1: $1 \cdot (-1) = -1$ and $(-1) \cdot 1 = -1$. On the line of $z$ the classes sit
# at $1$ and $-1$, and any threshold $t \in [-1, 1)$ separates them, e.g. "class +1 if
# $z > 0$", a perceptron with one weight $w = 1$ and bias 0 on the feature $z$.
#
# **Why nonlinear transformations matter.** In the input space no line separates these
# points (exercise 4: $W \cdot (1,1)$ and $W \cdot (-1,-1)$ always have opposite signs), so
# the perceptron cycles forever. The rule $z > 0$, read back in the input space, is
# $x_1 x_2 > 0$: the first and third quadrants, a boundary made of the two axes, not a line.
# A nonlinear map sends the data into a space where a *linear* classifier is enough. Choosing
# such maps by hand is feature engineering; a neural network's hidden layers with nonlinear
# activations learn them from the data (§1.5.1, Fig. 1.14;
# [§1.6.6](../../chapters/en/1.6.6-hierarchical-features.ipynb), Fig. 1.19). Without the
# nonlinearity, stacked linear layers collapse to one linear map (Theorem 1.5.1) and gain
# nothing.

# %% [markdown] lang="ru"
# # 1.11, упражнение 5 (решение): один нелинейный признак делает данные разделимыми
#
# Упражнение: [ex05-product-feature](../../exercises/ru/ex05-product-feature.ipynb) · раздел:
# [§1.5.1](../../chapters/ru/1.5.1-nonlinear-activation.ipynb).
#
# **Да, по $z$ данные разделимы.** Класс +1: $(-1)(-1) = 1$ и $1 \cdot 1 = 1$. Класс −1:
# $1 \cdot (-1) = -1$ и $(-1) \cdot 1 = -1$. На прямой $z$ классы находятся в точках $1$ и
# $-1$, и их разделяет любой порог $t \in [-1, 1)$, например «класс +1, если $z > 0$» —
# перцептрон с одним весом $w = 1$ и нулевым смещением на признаке $z$.
#
# **Почему важны нелинейные преобразования.** Во входном пространстве эти точки не разделяет
# никакая прямая (упражнение 4: $W \cdot (1,1)$ и $W \cdot (-1,-1)$ всегда разного знака),
# поэтому перцептрон зацикливается. Правило $z > 0$ во входном пространстве — это
# $x_1 x_2 > 0$: первая и третья четверти, граница из двух осей, а не прямая. Нелинейное
# отображение переводит данные в пространство, где достаточно *линейного* классификатора.
# Подбирать такие отображения вручную — это конструирование признаков; скрытые слои нейронной
# сети с нелинейными функциями активации выучивают их по данным (§1.5.1, рис. 1.14;
# [§1.6.6](../../chapters/ru/1.6.6-hierarchical-features.ipynb),
# рис. 1.19). Без нелинейности несколько линейных слоёв сводятся к одному линейному
# отображению (теорема 1.5.1) и ничего не добавляют.

# %% lang="en"
from nbcompanion import data, i18n, perceptron, widgets
from nbcompanion.exercises import ex05

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
from nbcompanion import data, i18n, perceptron, widgets
from nbcompanion.exercises import ex05

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %%
X, y = data.exercise4_points()

# %% lang="en"
def feature(x1, x2):
    """z = x1·x2, for arrays x1 and x2."""
    return x1 * x2


z = feature(X[:, 0], X[:, 1])
for point, z_i, label in zip(X, z, y):
    print(i18n.numbers(point, "g"), " z =", i18n.number(z_i, "g"), " y =", f"{label:+.0f}")

# %% lang="ru"
def feature(x1, x2):
    """z = x1·x2 для массивов x1 и x2."""
    return x1 * x2


z = feature(X[:, 0], X[:, 1])
for point, z_i, label in zip(X, z, y):
    print(i18n.numbers(point, "g"), " z =", i18n.number(z_i, "g"), " y =", f"{label:+.0f}")

# %%
separable = True
threshold = 0.0

ex05.check(feature, separable, threshold)

# %% [markdown] lang="en"
# A perceptron on the single feature $z$ (with a bias) converges at once, where on $(x_1, x_2)$
# it cycled:

# %% [markdown] lang="ru"
# Перцептрон на одном признаке $z$ (со смещением) сразу сходится, а на $(x_1, x_2)$ он
# зацикливался:

# %% lang="en"
model = perceptron.Perceptron(learning_rate=1.0, shuffle=False).fit(z.reshape(-1, 1), y)
print("converged:", i18n.yes_no(model.converged_), " accuracy:", i18n.number(model.score(z.reshape(-1, 1), y), "g"),
      " w, b:", i18n.number(model.coef_[0], "g"), i18n.number(model.intercept_, "g"))

# %% lang="ru"
model = perceptron.Perceptron(learning_rate=1.0, shuffle=False).fit(z.reshape(-1, 1), y)
print("сошёлся:", i18n.yes_no(model.converged_), " точность:", i18n.number(model.score(z.reshape(-1, 1), y), "g"),
      " w, b:", i18n.number(model.coef_[0], "g"), i18n.number(model.intercept_, "g"))

# %%
explorer = widgets.feature_space.product_explorer(threshold=0.0)
explorer.snapshot()

# %%
explorer
