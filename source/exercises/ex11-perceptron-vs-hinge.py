# %% [markdown] lang="en"
# # 1.11, exercise 11: perceptron criterion or hinge loss, on 20 points
#
# **The task.** Points of the unit square are positive where $x_1 > x_2$ and negative where
# $x_1 \le x_2$; the true separator is the line $x_1 - x_2 = 0$. Draw 20 training points
# uniformly from the square and label them. (a) Train the perceptron without regularization
# and measure its accuracy on 1000 test points drawn the same way. (b) Do the same with the
# hinge loss instead of the perceptron criterion (eqs. (1.8), (1.9), Fig. 1.6). (c) Which is
# better, and why? (d) With which loss would the classification of the same 1000 test points
# change less if another set of 20 training points were used?
#
# **How to answer.** (a) and (b) are numbers, the test accuracies for the training sample
# below; train with `ex11.fit(X, y, loss)` (the book's rule, α = 1, examples in order, up to
# 1000 epochs, no regularization). (c) and (d) are `"perceptron"`, `"hinge"` or `"same"`:
# answer them by measurement, repeating the experiment for many training samples, not from
# one. `ex11.check(...)` compares your choices with the measured result.
#
# Solution: [ex11-perceptron-vs-hinge](../../solutions/en/ex11-perceptron-vs-hinge.ipynb) ·
# the section: [§1.2.1.1–1.2.1.2](../../chapters/en/1.2.1.1-perceptron-objective.ipynb).

# %% [markdown] lang="ru"
# # 1.11, упражнение 11: критерий перцептрона или кусочно-линейные потери на 20 точках
#
# **Задача.** Точки единичного квадрата положительны при $x_1 > x_2$ и отрицательны при
# $x_1 \le x_2$; истинный разделитель — прямая $x_1 - x_2 = 0$. Возьмите 20 обучающих точек,
# равномерно распределённых в квадрате, и разметьте их. (а) Обучите перцептрон без
# регуляризации и измерьте точность на 1000 тестовых точках, полученных так же. (б) То же с
# кусочно-линейными потерями вместо критерия перцептрона (формулы (1.8), (1.9),
# рис. 1.6). (в) Что лучше и почему? (г) С какой функцией потерь классификация тех же
# 1000 тестовых точек менялась бы меньше при другом наборе из 20 обучающих точек?
#
# **Как отвечать.** (а) и (б) — числа, точности на тесте для обучающей выборки ниже; обучайте
# с помощью `ex11.fit(X, y, loss)` (правило книги, α = 1, примеры по порядку, до 1000 эпох,
# без регуляризации). (в) и (г) — `"perceptron"`, `"hinge"` или `"same"`: отвечайте по
# измерению, повторив опыт на многих обучающих выборках, а не на одной. `ex11.check(...)`
# сравнивает ваш выбор с измеренным результатом.
#
# Решение: [ex11-perceptron-vs-hinge](../../solutions/ru/ex11-perceptron-vs-hinge.ipynb) ·
# раздел: [§1.2.1.1–1.2.1.2](../../chapters/ru/1.2.1.1-perceptron-objective.ipynb).

# %% lang="en"
from nbcompanion import i18n, widgets
from nbcompanion.exercises import ex11

i18n.set_language("en")     # every label the package draws is in this edition's language

# %% lang="ru"
from nbcompanion import i18n, widgets
from nbcompanion.exercises import ex11

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания

# %% lang="en"
X_train, y_train = ex11.train_sample()  # training sample 0: 20 points
X_test, y_test = ex11.test_points()  # the 1000 test points, the same for every sample
print("training points:", len(X_train), "of them class +1:", int((y_train > 0).sum()),
      "test points:", len(X_test))

# %% lang="ru"
X_train, y_train = ex11.train_sample()  # обучающая выборка 0: 20 точек
X_test, y_test = ex11.test_points()  # 1000 тестовых точек, одни и те же для всех выборок
print("обучающих точек:", len(X_train), "из них класса +1:", int((y_train > 0).sum()),
      "тестовых точек:", len(X_test))

# %% [markdown] lang="en"
# ## Another sample, one click
#
# Both separators learned from one training sample, the true line dashed, and the test points
# each model gets wrong. Click "New training sample" (or move the slider) to see the same
# experiment on another of 200 seeded samples.

# %% [markdown] lang="ru"
# ## Другая выборка одним щелчком
#
# Обе разделяющие прямые, полученные по одной обучающей выборке, истинная прямая пунктиром и
# тестовые точки, на которых ошибается каждая модель. Нажмите «Новая обучающая выборка» (или
# сдвиньте ползунок), чтобы увидеть тот же опыт на другой из 200 выборок с фиксированными зёрнами генератора.

# %%
explorer = widgets.sampling.sample_explorer()
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## Your answer
#
# `ex11.experiment()` gives both models trained on 200 training samples, for (c) and (d).

# %% [markdown] lang="ru"
# ## Ваш ответ
#
# `ex11.experiment()` даёт обе модели, обученные на 200 обучающих выборках, — для (в) и (г).

# %% lang="en"
answer_a = ...  # test accuracy with the perceptron criterion, a number in [0, 1]
answer_b = ...  # test accuracy with the hinge loss
answer_c = ...  # "perceptron", "hinge" or "same"
answer_d = ...  # "perceptron", "hinge" or "same"

ex11.check(answer_a, answer_b, answer_c, answer_d)

# %% lang="ru"
answer_a = ...  # точность на тесте с критерием перцептрона, число из [0, 1]
answer_b = ...  # точность на тесте с кусочно-линейными потерями
answer_c = ...  # "perceptron", "hinge" или "same"
answer_d = ...  # "perceptron", "hinge" или "same"

ex11.check(answer_a, answer_b, answer_c, answer_d)

# %% [markdown] lang="en"
# ## Hints
#
# `ex11.hint(1)` … `ex11.hint(4)`, each more specific.

# %% [markdown] lang="ru"
# ## Подсказки
#
# `ex11.hint(1)` … `ex11.hint(4)`, каждая конкретнее предыдущей.

# %%
ex11.hint(1)
