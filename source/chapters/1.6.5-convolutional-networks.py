# %% [markdown] lang="en"
# # 1.6.5 Convolutional neural networks
#
# An image is not a bag of 784 numbers: neighbouring pixels belong together, and a stroke
# means the same wherever it sits. Convolutional networks build both facts into the
# architecture (§1.6.5). Every layer is three-dimensional — feature maps × height × width —
# and two kinds of layers alternate:
#
# - a **convolution layer** slides small filters over every position of its input and takes
#   the dot product of each filter with the patch under it: each unit sees only a small
#   region (sparse connections), and one map uses the same weights everywhere (shared weights);
# - a **subsampling layer** averages each 2×2 block, halving both spatial sizes.
#
# This notebook computes both in numpy and checks them against `scipy.signal`, builds LeNet-5
# (Fig. 1.18) and reads every layer's shape and parameter count off the model, then compares
# LeNet-5 and a small convolutional network trained on MNIST with a multilayer network on the
# same data and shows the filters the small one learned.

# %% [markdown] lang="ru"
# # 1.6.5 Сверточные нейронные сети
#
# Изображение — не мешок из 784 чисел: соседние пиксели связаны друг с другом, а штрих значит
# одно и то же, где бы он ни стоял. Сверточные сети закладывают оба факта в саму архитектуру
# (§1.6.5). Каждый слой трёхмерен — карты признаков × высота × ширина, — и чередуются слои двух
# видов:
#
# - **сверточный слой** сдвигает маленькие фильтры по всем позициям входа и берёт скалярное
#   произведение фильтра с участком под ним: каждый нейрон видит лишь небольшую область
#   (разреженные связи), а одна карта везде использует одни и те же веса (общие веса);
# - **слой субдискретизации** усредняет каждый блок 2×2, вдвое уменьшая оба пространственных
#   размера.
#
# В этом блокноте обе операции вычисляются в numpy и сверяются с `scipy.signal`, строится
# LeNet-5 (рис. 1.18), и размеры и число параметров каждого слоя считываются с самой модели;
# затем LeNet-5 и маленькая сверточная сеть, обученные на MNIST, сравниваются с многослойной
# сетью на тех же данных, и показываются фильтры, выученные маленькой сетью.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from scipy import signal

from nbcompanion import convolution, i18n, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from scipy import signal

from nbcompanion import convolution, i18n, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков компаньона

# %% [markdown] lang="en"
# ## Convolution as one matrix product (im2col)
#
# Cut every $f \times f$ patch of the image out as one row of a matrix (*im2col*); then all
# filters act on all patches in one matrix product — the same product a dense layer computes,
# only on patches instead of the whole image. Like every CNN library, "convolution" here does
# not flip the filter, which is what `scipy.signal.correlate2d` computes:

# %% [markdown] lang="ru"
# ## Свертка как одно матричное произведение (im2col)
#
# Вырежем каждый участок $f \times f$ изображения в отдельную строку матрицы (*im2col*); тогда
# все фильтры применяются ко всем участкам одним матричным произведением — тем же, что
# вычисляет полносвязный слой, только на участках, а не на всём изображении. Как во всех
# библиотеках сверточных сетей, «свертка» здесь не переворачивает фильтр — это то, что
# вычисляет `scipy.signal.correlate2d`:

# %% lang="en"
images, labels = convolution.load_mnist_images("test", 5, dtype="float64")
digit = images[0]  # shape (1, 28, 28): one channel
edges = np.array([[[-1.0, 0.0, 1.0]] * 3,            # left-to-right increase: vertical strokes
                  np.array([[-1.0, 0.0, 1.0]] * 3).T])  # top-to-bottom increase: horizontal ones
filters = edges[:, None]  # shape (k, c, f, f) = (2, 1, 3, 3)

patches = np.lib.stride_tricks.sliding_window_view(digit[0], (3, 3))  # (26, 26, 3, 3)
rows = patches.reshape(-1, 9)                                         # im2col: one patch a row
maps = (rows @ filters.reshape(2, 9).T).T.reshape(2, 26, 26)           # all filters at once

reference = [signal.correlate2d(digit[0], edges[j], mode="valid") for j in range(2)]
print("im2col equals scipy.signal.correlate2d:", "yes" if np.allclose(maps, reference) else "no")
print("the package's convolve gives the same:",
      "yes" if np.allclose(convolution.convolve(digit[None], filters)[0], maps) else "no")

# %% lang="ru"
images, labels = convolution.load_mnist_images("test", 5, dtype="float64")
digit = images[0]  # форма (1, 28, 28): один канал
edges = np.array([[[-1.0, 0.0, 1.0]] * 3,            # рост слева направо: вертикальные штрихи
                  np.array([[-1.0, 0.0, 1.0]] * 3).T])  # рост сверху вниз: горизонтальные
filters = edges[:, None]  # форма (k, c, f, f) = (2, 1, 3, 3)

patches = np.lib.stride_tricks.sliding_window_view(digit[0], (3, 3))  # (26, 26, 3, 3)
rows = patches.reshape(-1, 9)                                         # im2col: участок в строке
maps = (rows @ filters.reshape(2, 9).T).T.reshape(2, 26, 26)           # все фильтры сразу

reference = [signal.correlate2d(digit[0], edges[j], mode="valid") for j in range(2)]
print("im2col совпадает с scipy.signal.correlate2d:", "да" if np.allclose(maps, reference) else "нет")
print("функция convolve пакета даёт то же:",
      "да" if np.allclose(convolution.convolve(digit[None], filters)[0], maps) else "нет")

# %% [markdown] lang="en"
# Subsampling averages each 2×2 block; the same as convolving with a 2×2 filter of
# $\tfrac14$'s and keeping every second row and column:

# %% [markdown] lang="ru"
# Субдискретизация усредняет каждый блок 2×2; это то же, что свертка с фильтром 2×2 из
# $\tfrac14$ с последующим выбором каждой второй строки и каждого второго столбца:

# %% lang="en"
pooled = convolution.average_pool(maps[None])[0]  # (2, 13, 13)
by_scipy = [signal.convolve2d(m, np.full((2, 2), 0.25), mode="valid")[::2, ::2] for m in maps]
print("subsampling equals scipy's 2×2 mean:", "yes" if np.allclose(pooled, by_scipy) else "no")

fig, axes = plt.subplots(1, 5, figsize=(8, 2.5))
plots.convolution.draw_images(axes[:1], [digit[0]], [f"digit {labels[0]}"])
plots.convolution.draw_images(axes[1:], [maps[0], maps[1], pooled[0], pooled[1]],
                              ["vertical\nedges", "horizontal\nedges", "vertical,\n2×2 mean", "horizontal,\n2×2 mean"],
                              diverging=True, colorbar_label="value")
plt.show()

# %% lang="ru"
pooled = convolution.average_pool(maps[None])[0]  # (2, 13, 13)
by_scipy = [signal.convolve2d(m, np.full((2, 2), 0.25), mode="valid")[::2, ::2] for m in maps]
print("субдискретизация совпадает со средним 2×2 из scipy:", "да" if np.allclose(pooled, by_scipy) else "нет")

fig, axes = plt.subplots(1, 5, figsize=(8, 2.5))
plots.convolution.draw_images(axes[:1], [digit[0]], [f"цифра {labels[0]}"])
plots.convolution.draw_images(axes[1:], [maps[0], maps[1], pooled[0], pooled[1]],
                              ["вертикальные\nкрая", "горизонтальные\nкрая", "вертикальные,\nсреднее 2×2", "горизонтальные,\nсреднее 2×2"],
                              diverging=True, colorbar_label="значение")
plt.show()

# %% [markdown] lang="en"
# ## LeNet-5, read off the model (Fig. 1.18)
#
# `convolution.lenet5()` builds the network of Fig. 1.18 from its layer list; nothing below
# is typed in by hand — each shape comes from running the layers on a 32×32 input, each count
# from the arrays of weights. (C3 here connects every S2 map to every C3 map; LeCun's original
# used a sparse table with 1 516 weights instead of 2 416.)

# %% [markdown] lang="ru"
# ## LeNet-5, считанная с модели (рис. 1.18)
#
# `convolution.lenet5()` строит сеть с рис. 1.18 по списку слоёв; ничего ниже не набрано
# вручную — каждая форма получена прогоном слоёв на входе 32×32, каждое число — из массивов
# весов. (Здесь C3 связывает каждую карту S2 с каждой картой C3; в оригинале ЛеКуна была
# разреженная таблица связей с 1 516 весами вместо 2 416.)

# %% lang="en"
lenet = convolution.lenet5()
names = {"convolution": "convolution", "subsampling": "subsampling 2×2", "dense": "dense"}
book = iter(["C1", "S2", "C3", "S4", "C5", "F6", "output"])  # the names of Fig. 1.18
scores = lenet.forward(np.zeros((1, 1, 32, 32)))
print(f"{'layer':<30}{'output shape':<14}{'weights':>8}")
print(f"{'input':<30}{'1@32×32':<14}{'':>8}")
for layer, shape, count in zip(lenet.layers, lenet.shapes[1:], lenet.parameter_counts()):
    if layer.kind in names:
        size = f"{shape[0]}@{shape[1]}×{shape[2]}" if len(shape) == 3 else str(shape[0])
        print(f"{next(book) + ' ' + names[layer.kind]:<30}{size:<14}{count:>8}")
print(f"total weights: {sum(lenet.parameter_counts())}; output for one image: {scores.shape}")
full = 32 * 32 * 6 * 28 * 28
print(f"C1 as a dense layer would need {full} weights instead of 156")

# %% lang="ru"
lenet = convolution.lenet5()
names = {"convolution": "сверточный", "subsampling": "субдискретизация 2×2", "dense": "полносвязный"}
book = iter(["C1", "S2", "C3", "S4", "C5", "F6", "выход"])  # имена с рис. 1.18
scores = lenet.forward(np.zeros((1, 1, 32, 32)))
print(f"{'слой':<30}{'форма выхода':<14}{'весов':>8}")
print(f"{'вход':<30}{'1@32×32':<14}{'':>8}")
for layer, shape, count in zip(lenet.layers, lenet.shapes[1:], lenet.parameter_counts()):
    if layer.kind in names:
        size = f"{shape[0]}@{shape[1]}×{shape[2]}" if len(shape) == 3 else str(shape[0])
        print(f"{next(book) + ' ' + names[layer.kind]:<30}{size:<14}{count:>8}")
print(f"всего весов: {sum(lenet.parameter_counts())}; выход для одного изображения: {scores.shape}")
full = 32 * 32 * 6 * 28 * 28
print(f"C1 в виде полносвязного слоя потребовал бы {full} весов вместо 156")

# %% [markdown] lang="en"
# The shapes are those of Fig. 1.18: C1 6@28×28, S2 6@14×14, C3 16@10×10, S4 16@5×5, C5 120,
# F6 84, 10 outputs. Shared weights are what makes the first layer cheap: 6 filters of
# $5 \times 5 + 1$ weights instead of one weight per input–output pair.
#
# ## LeNet-5 and a small convolutional network on MNIST
#
# Three networks are trained by mini-batch SGD for 3 epochs on the 60 000 training images and
# tested on the 10 000 test images:
#
# - LeNet-5 as built above, on the digits padded to 32×32 (`convolution.pad_to_32`);
# - a smaller convolutional network: 8 filters 5×5 with ReLU, 2×2 subsampling and a dense
#   layer to 10 classes (11 738 weights);
# - a multilayer network 784–100–10 (79 510 weights, `nbcompanion.network`).
#
# That takes about a minute, too long for this notebook: the numbers below come from
# `experiments/1.6.5-convolutional-networks.py` (`python3 tasks.py experiments 1.6.5`), which
# writes the JSON file read here, and a test retrains all three on a small slice.

# %% [markdown] lang="ru"
# Формы — те же, что на рис. 1.18: C1 6@28×28, S2 6@14×14, C3 16@10×10, S4 16@5×5, C5 120,
# F6 84, 10 выходов. Первый слой дёшев благодаря общим весам: 6 фильтров по $5 \times 5 + 1$
# весу вместо отдельного веса для каждой пары вход–выход.
#
# ## LeNet-5 и маленькая сверточная сеть на MNIST
#
# Три сети обучены мини-пакетным SGD за 3 эпохи на 60 000 обучающих изображений и проверены
# на 10 000 тестовых:
#
# - LeNet-5, построенная выше, на цифрах, дополненных до 32×32 (`convolution.pad_to_32`);
# - сверточная сеть поменьше: 8 фильтров 5×5 с ReLU, субдискретизация 2×2 и полносвязный слой
#   на 10 классов (11 738 весов);
# - многослойная сеть 784–100–10 (79 510 весов, `nbcompanion.network`).
#
# Это занимает около минуты — слишком долго для блокнота: числа ниже получены скриптом
# `experiments/1.6.5-convolutional-networks.py` (`python3 tasks.py experiments 1.6.5`),
# который записывает читаемый здесь файл JSON; тест заново обучает все три сети на небольшой
# части данных.

# %% lang="en"
result = json.loads(Path("../../experiments/results/1.6.5-convolutional-networks.json").read_text())
print(f"LeNet-5:                     test error {i18n.number(100 * result['lenet5_test_error_per_epoch'][-1], '.2f')} %, {result['lenet5_parameters']} weights")
print(f"small convolutional network: test error {i18n.number(100 * result['test_error'], '.2f')} %, {result['convnet_parameters']} weights")
print(f"multilayer network:          test error {i18n.number(100 * result['mlp_test_error_per_epoch'][-1], '.2f')} %, {result['mlp_parameters']} weights")

fig, ax = plt.subplots(figsize=(7.5, 3))
plots.convolution.draw_error_curves(ax, {"LeNet-5": result["lenet5_test_error_per_epoch"],
                                         "small convolutional network": result["convnet_test_error_per_epoch"],
                                         "multilayer network 784–100–10": result["mlp_test_error_per_epoch"]})
plt.show()

# %% lang="ru"
result = json.loads(Path("../../experiments/results/1.6.5-convolutional-networks.json").read_text())
print(f"LeNet-5:                    ошибка на тесте {i18n.number(100 * result['lenet5_test_error_per_epoch'][-1], '.2f')} %, {result['lenet5_parameters']} весов")
print(f"маленькая сверточная сеть: ошибка на тесте {i18n.number(100 * result['test_error'], '.2f')} %, {result['convnet_parameters']} весов")
print(f"многослойная сеть:         ошибка на тесте {i18n.number(100 * result['mlp_test_error_per_epoch'][-1], '.2f')} %, {result['mlp_parameters']} весов")

fig, ax = plt.subplots(figsize=(7.5, 3))
plots.convolution.draw_error_curves(ax, {"LeNet-5": result["lenet5_test_error_per_epoch"],
                                         "маленькая сверточная сеть": result["convnet_test_error_per_epoch"],
                                         "многослойная сеть 784–100–10": result["mlp_test_error_per_epoch"]})
plt.show()

# %% [markdown] lang="en"
# ## What the filters learned
#
# The 8 learned 5×5 filters (red positive, blue negative), and what each does to a test digit:
# the maps after convolution, ReLU and subsampling, computed here from the stored filters.
# Most filters became oriented stroke and edge detectors — the "lines and other primitive
# shapes" the book expects of the first layer.

# %% [markdown] lang="ru"
# ## Чему научились фильтры
#
# Восемь выученных фильтров 5×5 (красный — положительные веса, синий — отрицательные) и то,
# что каждый из них делает с тестовой цифрой: карты после свертки, ReLU и субдискретизации,
# вычисленные здесь по сохранённым фильтрам. Большинство фильтров стали детекторами штрихов и
# краёв определённого направления — теми «линиями и другими простыми формами», которых книга
# ждёт от первого слоя.

# %% lang="en"
learned = np.array(result["filters"])[:, None]  # (8, 1, 5, 5)
feature_maps = convolution.average_pool(np.maximum(
    convolution.convolve(images[1:2], learned, result["filter_bias"]), 0))[0]
fig, axes = plt.subplots(2, 8, figsize=(8, 2.6))
plots.convolution.draw_images(axes[0], learned[:, 0], [f"filter {j + 1}" for j in range(8)],
                              diverging=True, colorbar_label="weight")
plots.convolution.draw_images(axes[1], feature_maps, [f"map {j + 1}" for j in range(8)])
plt.show()

# %% lang="ru"
learned = np.array(result["filters"])[:, None]  # (8, 1, 5, 5)
feature_maps = convolution.average_pool(np.maximum(
    convolution.convolve(images[1:2], learned, result["filter_bias"]), 0))[0]
fig, axes = plt.subplots(2, 8, figsize=(8, 2.6))
plots.convolution.draw_images(axes[0], learned[:, 0], [f"фильтр {j + 1}" for j in range(8)],
                              diverging=True, colorbar_label="вес")
plots.convolution.draw_images(axes[1], feature_maps, [f"карта {j + 1}" for j in range(8)])
plt.show()

# %% [markdown] lang="en"
# ## What to notice, and something to try
#
# - With a seventh of the weights, the convolutional network makes fewer mistakes than the
#   multilayer network: it does not have to learn the same stroke detector separately at every
#   position of the image. Architecture that matches the data is worth more than width.
# - LeNet-5, with five times the small network's weights and two more convolution layers,
#   ends a little lower again after the same 3 epochs; the printed errors above give the margin.
# - The error rates of §1.8 (0.21 % for an ensemble of convolutional networks) come from much
#   larger networks, data augmentation and long training; the gap shrinks, the ranking stays.
# - Try: `convolution.small_convnet(4)` trained on 5 000 images for one epoch (about ten
#   seconds), or LeNet-5 with ReLU units in place of tanh (copy the layer list of
#   `convolution.lenet5` and change the `("act", "tanh")` entries).

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - Имея в семь раз меньше весов, сверточная сеть ошибается реже многослойной: ей не нужно
#   заново учить один и тот же детектор штриха в каждой позиции изображения. Архитектура,
#   соответствующая данным, стоит больше, чем ширина.
# - LeNet-5, у которой весов впятеро больше и ещё два сверточных слоя, за те же 3 эпохи
#   ошибается ещё немного реже; насколько — видно по напечатанным выше ошибкам.
# - Ошибки из §1.8 (0,21 % у ансамбля сверточных сетей) получены гораздо более крупными
#   сетями, с расширением данных и долгим обучением; разрыв сокращается, но порядок остаётся.
# - Попробуйте: `convolution.small_convnet(4)`, обученную на 5 000 изображений за одну эпоху
#   (около десяти секунд), или LeNet-5 с нейронами ReLU вместо tanh (скопируйте список слоёв
#   из `convolution.lenet5` и замените в нём `("act", "tanh")`).
