# %% [markdown] lang="en"
# # 1.4.1.4 Breadth against depth
#
# Section 1.4.1.4 of the book observes that, for the same number of parameters, a deeper
# and narrower network tends to generalize better than a shallow and wide one: depth
# composes simple functions into complex ones (§1.5.2 makes this precise), so fewer
# parameters are needed for the same expressiveness, and fewer parameters overfit less.
# This notebook measures the claim on a small scale: networks with 1 to 4 hidden layers, each
# given the width that makes about 10 000 parameters, trained on 1 000 handwritten digits.

# %% [markdown] lang="ru"
# # 1.4.1.4 Ширина против глубины
#
# Раздел 1.4.1.4 книги отмечает, что при одном и том же числе параметров более глубокая и
# узкая сеть обычно обобщает лучше мелкой и широкой: глубина составляет сложные функции из
# простых (§1.5.2 уточняет это), поэтому той же выразительности хватает меньшего числа
# параметров, а меньшее число параметров меньше переобучается. Этот блокнот проверяет
# утверждение в малом масштабе: сети с 1–4 скрытыми слоями, каждой дана ширина, при которой
# параметров около 10 000, обучены на 1 000 рукописных цифр.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import architecture, i18n, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import architecture, i18n, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статических рисунков

# %% [markdown] lang="en"
# ## The same budget, four shapes
#
# A network $d - p - \dots - p - o$ with $k$ hidden layers of $p$ units has
# $(d+1)p + (k-1)(p+1)p + (p+1)o$ weights and biases. With $d = 64$ pixels and $o = 10$
# digits, the widths that come closest to 10 000 parameters are:

# %% [markdown] lang="ru"
# ## Один бюджет, четыре формы
#
# У сети $d - p - \dots - p - o$ с $k$ скрытыми слоями по $p$ нейронов
# $(d+1)p + (k-1)(p+1)p + (p+1)o$ весов и смещений. При $d = 64$ пикселях и $o = 10$ цифрах
# ближе всего к 10 000 параметров такие ширины:

# %% lang="en"
for depth in (1, 2, 3, 4):
    width = architecture.width_for_budget(64, 10, depth, 10_000)
    sizes = [64] + [width] * depth + [10]
    print(f"hidden layers: {depth}, units in each: {width:3d}:",
          "-".join(map(str, sizes)), "has", architecture.parameter_count(sizes), "parameters")

# %% lang="ru"
for depth in (1, 2, 3, 4):
    width = architecture.width_for_budget(64, 10, depth, 10_000)
    sizes = [64] + [width] * depth + [10]
    print(f"скрытых слоёв: {depth}, нейронов в каждом: {width:3d}:",
          "-".join(map(str, sizes)), "имеет", architecture.parameter_count(sizes), "параметров")

# %% [markdown] lang="en"
# ## Measured
#
# The script `experiments/1.4.1.4-depth-and-breadth.py` trained each of them on 1 000 of
# scikit-learn's 8×8 digits (SGD, $\alpha = 0.1$, mini-batches of 32, 100 epochs, ReLU,
# softmax) with three seeds, and tested on the other 797 digits. Twelve trainings take about
# a minute, so the notebook loads the result (`python3 tasks.py experiments 1.4.1.4`).

# %% [markdown] lang="ru"
# ## Измерение
#
# Скрипт `experiments/1.4.1.4-depth-and-breadth.py` обучил каждую из них на 1 000 цифр 8×8
# из scikit-learn (SGD, $\alpha = 0{,}1$, мини-пакеты по 32, 100 эпох, ReLU, Softmax) с тремя
# начальными значениями генератора и проверил на остальных 797 цифрах. Двенадцать обучений
# занимают около минуты, поэтому блокнот загружает результат
# (`python3 tasks.py experiments 1.4.1.4`).

# %% lang="en"
result = json.loads(Path("../../experiments/results/1.4.1.4-depth-and-breadth.json").read_text())
fig, ax = plt.subplots(figsize=(7, 4.2), layout="constrained")
plots.architecture.draw_depth_errors(ax, result["depths"], result["widths"],
                                     result["train_error"], result["test_error"],
                                     result["budget"])
plt.show()
for depth, errors in zip(result["depths"], result["test_error"]):
    print(f"hidden layers: {depth}: test error {i18n.number(100 * np.mean(errors), '.2f')}"
          f" ± {i18n.number(100 * np.std(errors), '.2f')} %")

# %% lang="ru"
result = json.loads(Path("../../experiments/results/1.4.1.4-depth-and-breadth.json").read_text())
fig, ax = plt.subplots(figsize=(7, 4.2), layout="constrained")
plots.architecture.draw_depth_errors(ax, result["depths"], result["widths"],
                                     result["train_error"], result["test_error"],
                                     result["budget"])
plt.show()
for depth, errors in zip(result["depths"], result["test_error"]):
    print(f"скрытых слоёв: {depth}: ошибка на тесте {i18n.number(100 * np.mean(errors), '.2f')}"
          f" ± {i18n.number(100 * np.std(errors), '.2f')} %")

# %% [markdown] lang="en"
# All four fit the 1 000 training digits (almost) perfectly, so the difference is in
# generalization. The test error goes down from one to three hidden layers, from 3.1 % to
# 2.7 %, in the direction the book describes; but the step is smaller than the spread between
# seeds (about 0.5 point), so three seeds on 797 test digits cannot call it more than a
# tendency, and a fourth layer adds nothing. On a task this small, with 8×8 images that a
# wide shallow network already handles well, depth is a mild advantage. Its real strength,
# building functions that a shallow network would need exponentially many units for, is the
# subject of [§1.5.1](1.5.1-nonlinear-activation.ipynb) and §1.5.2; deeper networks are also
# harder to train (§1.4.2).
#
# **Try it:** change `BUDGET` in the script to 3 000 and rerun it: does the shallow network
# suffer more from the smaller budget?

# %% [markdown] lang="ru"
# Все четыре сети подгоняют 1 000 обучающих цифр (почти) идеально, так что разница — в
# обобщении. Ошибка на тесте уменьшается от одного к трём скрытым слоям, с 3,1 % до 2,7 %, в
# том направлении, о котором пишет книга; но этот шаг меньше разброса между запусками
# (около 0,5 пункта), так что три запуска на 797 тестовых цифрах позволяют говорить лишь о
# тенденции, а четвёртый слой ничего не добавляет. В столь маленькой задаче, где широкая
# мелкая сеть уже хорошо справляется с изображениями 8×8, глубина даёт небольшое
# преимущество. Её настоящая сила — строить функции, для которых мелкой сети понадобилось бы
# экспоненциально много нейронов, — предмет [§1.5.1](1.5.1-nonlinear-activation.ipynb) и
# §1.5.2; к тому же глубокие сети труднее обучать (§1.4.2).
#
# **Попробуйте:** замените `BUDGET` в скрипте на 3 000 и выполните его заново: страдает ли
# мелкая сеть от меньшего бюджета сильнее?
