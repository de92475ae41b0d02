# %% [markdown] lang="en"
# # 1.6.6 Hierarchical feature engineering and pretrained models
#
# Section 1.6.6 reads a deep network backwards: the last layer is usually a plain linear
# classifier (softmax regression, a perceptron, an SVM), and everything before it is a
# machine for computing *features* on which that linear classifier works. Fig. 1.19 draws the
# idea: data that no line separates at the input becomes linearly separable after the hidden
# layers. Two consequences make it runnable:
#
# 1. it can be **measured** — fit a linear classifier (a *linear probe*) on the values of each
#    layer and see its accuracy rise from layer to layer;
# 2. the features can be **reused** — freeze the hidden layers of a network trained on one task
#    and train only a new last layer for another (transfer learning), which matters most when
#    the new task has little data.

# %% [markdown] lang="ru"
# # 1.6.6 Иерархическое конструирование признаков и предобученные модели
#
# Раздел 1.6.6 предлагает читать глубокую сеть с конца: последний слой обычно — простой
# линейный классификатор (Softmax-регрессия, перцептрон, SVM), а всё, что перед ним, —
# механизм вычисления *признаков*, на которых этот классификатор работает. Рис. 1.19 рисует эту
# мысль: данные, которые на входе не разделить прямой, после скрытых слоёв становятся линейно
# разделимыми. Два следствия делают её исполняемой:
#
# 1. это можно **измерить** — обучить линейный классификатор (*линейный зонд*) на значениях
#    каждого слоя и увидеть, как его точность растёт от слоя к слою;
# 2. признаки можно **переиспользовать** — заморозить скрытые слои сети, обученной на одной
#    задаче, и обучить для другой только новый последний слой (переносимое обучение); важнее
#    всего это, когда данных для новой задачи мало.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots, probes

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots, probes

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков компаньона

# %% [markdown] lang="en"
# ## Linear probes, layer by layer
#
# A network 784–128–64–10 with ReLU hidden units and a softmax output (`nbcompanion.network`)
# is trained for 5 epochs on 6 000 MNIST images. Then, for the input and for each hidden
# layer, a linear softmax classifier is fitted on that layer's values for 2 000 training
# images and tested on 1 500 test images. The network's own last layer is one such linear
# classifier on the second hidden layer.

# %% [markdown] lang="ru"
# ## Линейные зонды, слой за слоем
#
# Сеть 784–128–64–10 с ReLU в скрытых слоях и выходом Softmax (`nbcompanion.network`) обучается
# 5 эпох на 6 000 изображений MNIST. Затем для входа и для каждого скрытого слоя обучается
# линейный Softmax-классификатор на значениях этого слоя для 2 000 обучающих изображений и
# проверяется на 1 500 тестовых. Собственный последний слой сети — как раз такой линейный
# классификатор на втором скрытом слое.

# %% lang="en"
X, y = probes.load_digits_subset("train", 6_000)
X_test, y_test = probes.load_digits_subset("test", 1_500)
model = probes.train_network(X, y, hidden=(128, 64), epochs=5, random_state=0)

train_layers = probes.layer_outputs(model, X[:2_000])  # [input, h1, h2]
test_layers = probes.layer_outputs(model, X_test)
accuracy = [probes.probe_accuracy(Z, y[:2_000], Z_test, y_test)
            for Z, Z_test in zip(train_layers, test_layers)]
names = ["input (784)", "hidden 1 (128)", "hidden 2 (64)"]
for name, value in zip(names, accuracy):
    print(f"{name:<16} linear probe test accuracy {i18n.number(value, '.3f')}")

# %% lang="ru"
X, y = probes.load_digits_subset("train", 6_000)
X_test, y_test = probes.load_digits_subset("test", 1_500)
model = probes.train_network(X, y, hidden=(128, 64), epochs=5, random_state=0)

train_layers = probes.layer_outputs(model, X[:2_000])  # [вход, h1, h2]
test_layers = probes.layer_outputs(model, X_test)
accuracy = [probes.probe_accuracy(Z, y[:2_000], Z_test, y_test)
            for Z, Z_test in zip(train_layers, test_layers)]
names = ["вход (784)", "скрытый 1 (128)", "скрытый 2 (64)"]
for name, value in zip(names, accuracy):
    print(f"{name:<16} точность линейного зонда на тесте {i18n.number(value, '.3f')}")

# %% [markdown] lang="en"
# The probe gains accuracy at each layer although it has fewer and fewer numbers to work
# with (784, then 128, then 64): the hidden layers have rearranged the digits so that
# hyperplanes separate them better. A 2-D picture of the same 1 500 test images, the first
# two principal components of the input and of the second hidden layer, shows the
# rearrangement — the classes that overlap in pixel space pull apart into clusters:

# %% [markdown] lang="ru"
# Зонд становится точнее на каждом слое, хотя чисел у него всё меньше (784, затем 128, затем
# 64): скрытые слои так переставили цифры, что гиперплоскости разделяют их лучше. Двумерная
# картинка тех же 1 500 тестовых изображений — первые две главные компоненты входа и второго
# скрытого слоя — показывает эту перестановку: классы, перекрытые в пространстве пикселей,
# расходятся в отдельные облака:

# %% lang="en"
fig = plt.figure(figsize=(8, 5.6))
top, bottom = fig.subfigures(2, 1, height_ratios=[1, 1.25])
ax_bars = top.subplots()
plots.probes.draw_probe_bars(ax_bars, names, accuracy)
ax_input, ax_hidden = bottom.subplots(1, 2)
plots.probes.draw_projection(ax_input, probes.project_2d(test_layers[0]), y_test, "input: pixels")
plots.probes.draw_projection(ax_hidden, probes.project_2d(test_layers[2]), y_test,
                             "hidden layer 2", legend=True)
plt.show()

# %% lang="ru"
fig = plt.figure(figsize=(8, 5.6))
top, bottom = fig.subfigures(2, 1, height_ratios=[1, 1.25])
ax_bars = top.subplots()
plots.probes.draw_probe_bars(ax_bars, names, accuracy)
ax_input, ax_hidden = bottom.subplots(1, 2)
plots.probes.draw_projection(ax_input, probes.project_2d(test_layers[0]), y_test, "вход: пиксели")
plots.probes.draw_projection(ax_hidden, probes.project_2d(test_layers[2]), y_test,
                             "скрытый слой 2", legend=True)
plt.show()

# %% [markdown] lang="en"
# ## Transfer learning with little data
#
# Now the second use. A network is trained on the digits 0–4 only. For the *new* task, digits
# 5–9, we have just $n$ images per class. The frozen layers are applied as they are — in code,
# just their forward pass — and only a new softmax layer is trained on their output:

# %% [markdown] lang="ru"
# ## Переносимое обучение при малом числе данных
#
# Теперь второе применение. Сеть обучена только на цифрах 0–4. Для *новой* задачи, цифр 5–9,
# у нас всего $n$ изображений на класс. Замороженные слои применяются как есть — в коде это
# просто их прямой проход, — и обучается только новый Softmax-слой на их выходе:

# %% lang="en"
X_source, y_source = probes.load_digits_subset("train", 5_000, classes=(0, 1, 2, 3, 4))
source = probes.train_network(X_source, y_source, hidden=(128, 64), epochs=3, random_state=0)

X_new, y_new = probes.load_digits_subset("train", classes=(5, 6, 7, 8, 9))
few = np.concatenate([np.flatnonzero(y_new == digit)[:10] for digit in (5, 6, 7, 8, 9)])
X_new_test, y_new_test = probes.load_digits_subset("test", 2_000, classes=(5, 6, 7, 8, 9))

frozen = probes.layer_outputs(source, X_new[few])[-1]  # forward through the frozen layers only
frozen_test = probes.layer_outputs(source, X_new_test)[-1]
print(f"10 images per new class, new last layer on frozen features: test accuracy"
      f" {i18n.number(probes.probe_accuracy(frozen, y_new[few], frozen_test, y_new_test), '.3f')}")

# %% lang="ru"
X_source, y_source = probes.load_digits_subset("train", 5_000, classes=(0, 1, 2, 3, 4))
source = probes.train_network(X_source, y_source, hidden=(128, 64), epochs=3, random_state=0)

X_new, y_new = probes.load_digits_subset("train", classes=(5, 6, 7, 8, 9))
few = np.concatenate([np.flatnonzero(y_new == digit)[:10] for digit in (5, 6, 7, 8, 9)])
X_new_test, y_new_test = probes.load_digits_subset("test", 2_000, classes=(5, 6, 7, 8, 9))

frozen = probes.layer_outputs(source, X_new[few])[-1]  # прямой проход только через замороженные слои
frozen_test = probes.layer_outputs(source, X_new_test)[-1]
print(f"10 изображений на новый класс, новый последний слой на замороженных признаках: точность на тесте"
      f" {i18n.number(probes.probe_accuracy(frozen, y_new[few], frozen_test, y_new_test), '.3f')}")

# %% [markdown] lang="en"
# That is compared with the same 784–128–64 network trained from scratch on the $n$ images
# per class, with a softmax layer on the raw pixels, and with transfer from a small
# *convolutional* network (§1.6.5) trained on 0–4, whose frozen part is its convolution, ReLU and
# subsampling layers. Each point is the mean over 5 random draws of the few images, tested on
# all 4 861 test images of 5–9; training the two source networks and the 100 target models
# takes about a minute, so the script `experiments/1.6.6-hierarchical-features.py`
# (`python3 tasks.py experiments 1.6.6`) computed it and the notebook loads its JSON file:

# %% [markdown] lang="ru"
# Это сравнивается с той же сетью 784–128–64, обученной с нуля на $n$ изображениях на класс,
# с Softmax-слоем на исходных пикселях и с переносом из маленькой *сверточной* сети (§1.6.5),
# обученной на 0–4, у которой заморожены сверточный слой, ReLU и субдискретизация. Каждая
# точка — среднее по 5 случайным выборкам этих немногих изображений, проверка — на всех 4 861
# тестовых изображениях цифр 5–9; обучение двух исходных сетей и 100 целевых моделей занимает
# около минуты, поэтому их посчитал скрипт `experiments/1.6.6-hierarchical-features.py`
# (`python3 tasks.py experiments 1.6.6`), а блокнот загружает его файл JSON:

# %% lang="en"
transfer = json.loads(Path("../../experiments/results/1.6.6-hierarchical-features.json").read_text())
for n in transfer["sizes"]:
    row = transfer["accuracy"][str(n)]
    print(f"n = {n:>3} per class: convolutional transfer {i18n.number(row['convnet_transfer'], '.3f')},"
          f" dense transfer {i18n.number(row['mlp_transfer'], '.3f')}, scratch {i18n.number(row['mlp_scratch'], '.3f')}, pixels {i18n.number(row['pixels'], '.3f')}")
fig, ax = plt.subplots(figsize=(8, 4.4))
plots.probes.draw_transfer(ax, transfer["sizes"], transfer["accuracy"])
plt.show()

# %% lang="ru"
transfer = json.loads(Path("../../experiments/results/1.6.6-hierarchical-features.json").read_text())
for n in transfer["sizes"]:
    row = transfer["accuracy"][str(n)]
    print(f"n = {n:>3} на класс: сверточный перенос {i18n.number(row['convnet_transfer'], '.3f')},"
          f" полносвязный перенос {i18n.number(row['mlp_transfer'], '.3f')}, с нуля {i18n.number(row['mlp_scratch'], '.3f')}, пиксели {i18n.number(row['pixels'], '.3f')}")
fig, ax = plt.subplots(figsize=(8, 4.4))
plots.probes.draw_transfer(ax, transfer["sizes"], transfer["accuracy"])
plt.show()

# %% [markdown] lang="en"
# ## What to notice
#
# - Not every frozen feature is worth transferring. The hidden layers of the dense network
#   trained on 0–4 do *worse* than the raw pixels for 5–9: trained to tell five digits apart,
#   they kept what separates those five and threw the rest away.
# - The convolutional layers transfer, and beat training from scratch at every $n$: their
#   filters are small stroke and edge detectors (§1.6.5) that every digit is made of. This is
#   why the pretrained models of §1.6.6 (trained on ImageNet) are convolutional, and why the
#   early, generic layers are the ones worth freezing.
# - With 1 image per class nothing helps much; with 10–30 the right frozen features are worth
#   about as much as three times more data (compare 30 images with transfer and 100 without).
# - Try: freeze only the first hidden layer (`probes.layer_outputs(source, X)[1]`) instead of
#   the last, or train the source network on all digits except one.

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Не всякие замороженные признаки стоит переносить. Скрытые слои полносвязной сети,
#   обученной на 0–4, для цифр 5–9 работают *хуже* исходных пикселей: обученные различать пять
#   цифр, они сохранили то, что разделяет эти пять, а остальное отбросили.
# - Сверточные слои переносятся и при любом $n$ обгоняют обучение с нуля: их фильтры —
#   маленькие детекторы штрихов и краёв (§1.6.5), из которых состоит любая цифра. Поэтому
#   предобученные модели из §1.6.6 (обученные на ImageNet) — сверточные, и поэтому
#   замораживают именно ранние, общие слои.
# - При одном изображении на класс почти ничего не помогает; при 10–30 правильные
#   замороженные признаки стоят примерно втрое большего объёма данных (сравните 30 изображений
#   с переносом и 100 без него).
# - Попробуйте: заморозить только первый скрытый слой (`probes.layer_outputs(source, X)[1]`)
#   вместо последнего или обучить исходную сеть на всех цифрах, кроме одной.
