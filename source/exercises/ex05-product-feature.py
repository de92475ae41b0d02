# %% [markdown] lang="en"
# # 1.11, exercise 5: one nonlinear feature makes the data separable
#
# **The task.** Take the four points of exercise 4: (−1, −1) and (1, 1) in class +1,
# (1, −1) and (−1, 1) in class −1. Define the one-dimensional feature $z = x_1 x_2$. Is the
# data linearly separable in $z$? Explain why nonlinear transformations matter for
# classification.
#
# **How to answer.** Write the feature as a Python function of `x1, x2` (it receives numpy
# arrays), say whether the classes are separable in $z$, and give a threshold $t$ such that
# class +1 is exactly the points with $z > t$. Explain the "why" in the Markdown cell.
#
# Solution: [ex05-product-feature](../../solutions/en/ex05-product-feature.ipynb) · the
# sections: [§1.5.1](../../chapters/en/1.5.1-nonlinear-activation.ipynb),
# [§1.2.1](../../chapters/en/1.2.1-perceptron.ipynb); exercise 4:
# [ex04-perceptron-cycles](ex04-perceptron-cycles.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 5: один нелинейный признак делает данные разделимыми
#
# **Задача.** Возьмите четыре точки упражнения 4: (−1, −1) и (1, 1) — класс +1, (1, −1) и
# (−1, 1) — класс −1. Определите одномерный признак $z = x_1 x_2$. Являются ли данные линейно
# разделимыми по $z$? Объясните, почему нелинейные преобразования важны для классификации.
#
# **Как отвечать.** Запишите признак как функцию Python от `x1, x2` (она получает массивы
# numpy), ответьте, разделимы ли классы по $z$, и укажите порог $t$, при котором класс +1 —
# это в точности точки с $z > t$. «Почему» объясните в ячейке Markdown.
#
# Решение: [ex05-product-feature](../../solutions/ru/ex05-product-feature.ipynb) · разделы:
# [§1.5.1](../../chapters/ru/1.5.1-nonlinear-activation.ipynb),
# [§1.2.1](../../chapters/ru/1.2.1-perceptron.ipynb); упражнение 4:
# [ex04-perceptron-cycles](ex04-perceptron-cycles.ipynb).

# %% lang="en"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex05

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
import numpy as np

from nbcompanion import data, i18n, widgets
from nbcompanion.exercises import ex05

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %%
X, y = data.exercise4_points()
for point, label in zip(X, y):
    print(i18n.numbers(point, "g"), "→", f"{label:+.0f}")

# %% [markdown] lang="en"
# ## Explore
#
# Move the threshold $t$. On the right, the points on the line of $z$; on the left, the region
# $x_1 x_2 > t$ that this threshold predicts as class +1, drawn in the input space.

# %% [markdown] lang="ru"
# ## Исследуйте
#
# Двигайте порог $t$. Справа — точки на прямой $z$; слева — область $x_1 x_2 > t$, которую этот
# порог относит к классу +1, во входном пространстве.

# %%
explorer = widgets.feature_space.product_explorer(threshold=1.2)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## Why nonlinear transformations matter
#
# *Your explanation…*

# %% [markdown] lang="ru"
# ## Почему важны нелинейные преобразования
#
# *Ваше объяснение…*

# %% [markdown] lang="en"
# ## Your answer

# %% [markdown] lang="ru"
# ## Ваш ответ

# %% lang="en"
def feature(x1, x2):
    """The feature z of exercise 5, for arrays x1 and x2."""
    return ...  # your code


separable = ...  # True or False
threshold = ...  # class +1 must be exactly the points with z > threshold

ex05.check(feature, separable, threshold)

# %% lang="ru"
def feature(x1, x2):
    """Признак z упражнения 5 для массивов x1 и x2."""
    return ...  # ваш код


separable = ...  # True или False
threshold = ...  # класс +1 — это ровно точки с z > threshold

ex05.check(feature, separable, threshold)

# %% [markdown] lang="en"
# ## Hints
#
# `ex05.hint(1)` … `ex05.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex05.hint(1)` … `ex05.hint(4)`, каждая конкретнее предыдущей.

# %%
ex05.hint(1)
