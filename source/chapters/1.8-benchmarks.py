# %% [markdown] lang="en"
# # 1.8 Two representative benchmarks
#
# Section 1.8 of the book names the two data sets on which most results in the field are
# reported. This notebook opens the first one for real and states the facts of the second:
#
# 1. **MNIST** (§1.8.1): the committed files read and described, Fig. 1.20 drawn from the
#    actual digits, and the book's claim about how the digits were centred measured;
# 2. the **error rates** the book quotes beside those of the companion's own models on the
#    same 60 000 / 10 000 split;
# 3. **ImageNet** (§1.8.2), in numbers.

# %% [markdown] lang="ru"
# # 1.8 Два показательных эталонных теста
#
# Раздел 1.8 книги называет два набора данных, на которых публикуется большинство
# результатов в этой области. Этот блокнот по-настоящему открывает первый и излагает факты о
# втором:
#
# 1. **MNIST** (§1.8.1): файлы проекта, прочитанные и описанные, рис. 1.20 по настоящим
#    цифрам и измеренное утверждение книги о том, как цифры центрированы;
# 2. **ошибки**, которые приводит книга, рядом с ошибками собственных моделей спутника на том
#    же разбиении 60 000 / 10 000;
# 3. **ImageNet** (§1.8.2) в числах.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import benchmarks, data, i18n, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import benchmarks, data, i18n, plots

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статичных рисунков

# %% [markdown] lang="en"
# ## 1.8.1 MNIST, read from the committed files
#
# The companion ships MNIST in its original IDX format in `nbcompanion/_data/mnist/`;
# `data.load_mnist` reads it without any download. Each image is a 28 × 28 grid of grey
# levels stored as bytes, 0 for paper and 255 for full ink, with a label 0–9.

# %% [markdown] lang="ru"
# ## 1.8.1 MNIST из файлов проекта
#
# Спутник хранит MNIST в исходном формате IDX в `nbcompanion/_data/mnist/`;
# `data.load_mnist` читает его без всякой загрузки из сети. Каждое изображение — сетка 28 × 28
# уровней серого, записанных байтами: 0 — бумага, 255 — полные чернила; к нему метка 0–9.

# %% lang="en"
train_images, train_labels = data.load_mnist("train")
test_images, test_labels = data.load_mnist("test")
for name, images, labels in [("training", train_images, train_labels),
                             ("test", test_images, test_labels)]:
    print(f"{name:>8}: images {images.shape} {images.dtype}, values {images.min()}–{images.max()},"
          f" labels {labels.shape}")
print("pixels per image:", 28 * 28)
print("training digits per class:", np.bincount(train_labels).tolist())

# %% lang="ru"
train_images, train_labels = data.load_mnist("train")
test_images, test_labels = data.load_mnist("test")
for name, images, labels in [("обучение", train_images, train_labels),
                             ("тест", test_images, test_labels)]:
    print(f"{name:>8}: изображения {images.shape} {images.dtype}, значения {images.min()}–{images.max()},"
          f" метки {labels.shape}")
print("пикселей в изображении:", 28 * 28)
print("обучающих цифр по классам:", np.bincount(train_labels).tolist())

# %% [markdown] lang="en"
# Exactly the book's numbers: 60 000 training and 10 000 test images of 28 × 28 = 784
# pixels, values from 0 to 255, and the ten classes roughly balanced (from about 5 400 fives
# to about 6 700 ones). Most pixels are blank paper:

# %% [markdown] lang="ru"
# Ровно числа книги: 60 000 обучающих и 10 000 тестовых изображений по 28 × 28 = 784
# пикселя, значения от 0 до 255, и десять классов почти поровну (от примерно 5 400 пятёрок
# до примерно 6 700 единиц). Большая часть пикселей — чистая бумага:

# %% lang="en"
blank = np.mean(train_images == 0)
full = np.mean(train_images == 255)
print(f"pixels at 0: {i18n.number(100 * blank, '.1f')} %, at 255: {i18n.number(100 * full, '.1f')} %,"
      f" in between: {i18n.number(100 * (1 - blank - full), '.1f')} %")

# %% lang="ru"
blank = np.mean(train_images == 0)
full = np.mean(train_images == 255)
print(f"пикселей со значением 0: {i18n.number(100 * blank, '.1f')} %, 255: {i18n.number(100 * full, '.1f')} %,"
      f" между ними: {i18n.number(100 * (1 - blank - full), '.1f')} %")

# %% [markdown] lang="en"
# ## Fig. 1.20 from the real digits
#
# The book's Fig. 1.20 shows a sample of handwritten digits. Here are the first two training
# images of each class, as stored:

# %% [markdown] lang="ru"
# ## Рис. 1.20 по настоящим цифрам
#
# Рис. 1.20 книги показывает примеры рукописных цифр. Вот первые два обучающих изображения
# каждого класса, как они записаны в файлах:

# %% lang="en"
chosen = np.concatenate([np.flatnonzero(train_labels == digit)[:2] for digit in range(10)])
order = np.argsort(np.tile([0, 1], 10), kind="stable")  # first copies, then second copies
fig, axes = plt.subplots(2, 10, figsize=(8, 2.3))
plots.benchmarks.draw_digits(axes, train_images[chosen[order]], train_labels[chosen[order]])
fig.suptitle("Fig. 1.20: MNIST training digits, the first two of each class")
plt.show()

# %% lang="ru"
chosen = np.concatenate([np.flatnonzero(train_labels == digit)[:2] for digit in range(10)])
order = np.argsort(np.tile([0, 1], 10), kind="stable")  # сначала первые экземпляры, затем вторые
fig, axes = plt.subplots(2, 10, figsize=(8, 2.3))
plots.benchmarks.draw_digits(axes, train_images[chosen[order]], train_labels[chosen[order]])
fig.suptitle("Рис. 1.20: обучающие цифры MNIST, по две первые в каждом классе")
plt.show()

# %% [markdown] lang="en"
# ## Centre of mass against the 20 × 20 box
#
# The book says how the images were made: each original digit was scaled, keeping its
# aspect ratio, to fit a 20 × 20 box, and then placed in the 28 × 28 frame so that its
# **centre of mass**, not the centre of that box, falls at the centre of the frame. Both are
# measurable. The centre of mass of an image is the intensity-weighted mean of its pixel
# coordinates, $\bar r = \sum_{r,c} r\, I_{rc} / \sum_{r,c} I_{rc}$ (and the same for
# columns); the ink box is the smallest rectangle holding every non-zero pixel.

# %% [markdown] lang="ru"
# ## Центр масс и рамка 20 × 20
#
# Книга рассказывает, как получены изображения: каждую исходную цифру масштабировали с
# сохранением пропорций так, чтобы она уместилась в рамку 20 × 20, а затем поместили в поле
# 28 × 28 так, чтобы в центр поля попал её **центр масс**, а не центр рамки. И то и другое
# можно измерить. Центр масс изображения — среднее координат пикселей, взвешенное яркостью,
# $\bar r = \sum_{r,c} r\, I_{rc} / \sum_{r,c} I_{rc}$ (и так же для столбцов); рамка — наименьший
# прямоугольник, содержащий все ненулевые пиксели.

# %% lang="en"
mass = benchmarks.centre_of_mass(train_images)
size, box = benchmarks.ink_box(train_images)
print("largest ink box (rows × columns):", size[:, 0].max(), "×", size[:, 1].max())
print(f"digits whose longer side is exactly 20: {i18n.number(100 * np.mean(size.max(axis=1) == 20), '.2f')} %")
for name, centres in [("centre of mass", mass), ("centre of the ink box", box)]:
    mean = ", ".join(i18n.number(v, ".2f") for v in centres.mean(axis=0))
    spread = ", ".join(i18n.number(v, ".2f") for v in centres.std(axis=0))
    print(f"{name:<22} mean (row, column) = ({mean}), standard deviation ({spread})")
print(f"centres of mass within half a pixel of (14, 14): {i18n.number(100 * np.mean(np.abs(mass - 14) <= 0.5), '.2f')} %")
for digit in (6, 7):
    below = np.mean(box[train_labels == digit, 0] - mass[train_labels == digit, 0])
    print(f"digit {digit}: ink box centre lies {i18n.number(below, '+.2f')} rows from the centre of mass")

# %% lang="ru"
mass = benchmarks.centre_of_mass(train_images)
size, box = benchmarks.ink_box(train_images)
print("наибольшая рамка (строки × столбцы):", size[:, 0].max(), "×", size[:, 1].max())
print(f"цифр, у которых длинная сторона рамки ровно 20: {i18n.number(100 * np.mean(size.max(axis=1) == 20), '.2f')} %")
for name, centres in [("центр масс", mass), ("центр рамки", box)]:
    mean = "; ".join(i18n.number(v, ".2f") for v in centres.mean(axis=0))
    spread = "; ".join(i18n.number(v, ".2f") for v in centres.std(axis=0))
    print(f"{name:<12} среднее (строка; столбец) = ({mean}), стандартное отклонение ({spread})")
print(f"центров масс не дальше полупикселя от (14, 14): {i18n.number(100 * np.mean(np.abs(mass - 14) <= 0.5), '.2f')} %")
for digit in (6, 7):
    below = np.mean(box[train_labels == digit, 0] - mass[train_labels == digit, 0])
    print(f"цифра {digit}: центр рамки отстоит от центра масс на {i18n.number(below, '+.2f')} строки")

# %% [markdown] lang="en"
# Both claims hold. No digit's ink is taller or wider than 20 pixels, and nearly every digit
# reaches 20 on its longer side: the scaling to the box. The centres of mass sit within half
# a pixel of pixel (14, 14) — the frame's centre, up to the whole-pixel shift used to move
# them there — while the centres of the ink boxes wander three to five times more widely.
# The shape decides where the box lands: a 7, heavy at the top, has its box centre on
# average two pixels *below* its centre of mass, a 6, heavy at the bottom, two pixels above.

# %% [markdown] lang="ru"
# Оба утверждения подтверждаются. Ни у одной цифры чернила не выше и не шире 20 пикселей, и
# почти каждая цифра достигает 20 по длинной стороне — это масштабирование до рамки. Центры
# масс лежат в пределах полупикселя от пикселя (14, 14) — центра поля с точностью до сдвига
# на целое число пикселей, которым их туда переносили, — а центры рамок разбросаны в три–пять
# раз шире. Где окажется рамка, решает форма: у семёрки, тяжёлой сверху, центр рамки в среднем
# на два пикселя *ниже* центра масс, у шестёрки, тяжёлой снизу, — на два пикселя выше.

# %%
fig, ax = plt.subplots(figsize=(7, 3.6))
plots.benchmarks.draw_centring(ax, mass, box)
plt.show()

# %% [markdown] lang="en"
# This centring is what lets the flattened 784-pixel vectors work so well for models that
# know nothing about images: a stroke of a given digit tends to land on the same pixels.
#
# ## Error rates: the book's and the companion's
#
# The book quotes three error rates on the 10 000 test digits: a support vector machine on
# the 784-pixel vectors, 0.56 %; a deep network without convolutions, 0.35 %; an ensemble of
# five convolutional networks, 0.21 %. Beside them, the companion's own models trained on the
# same 60 000 digits (pixels scaled to [0, 1]): the perceptron of §1.2.1 (one per digit,
# one-vs-rest), softmax regression of §1.2.1.4 and the multilayer network of §1.2.2. Their
# training takes about two minutes, longer than this notebook may run, so the numbers come from
# `experiments/1.8-benchmarks.py` (rerun it with `python3 tasks.py experiments 1.8-benchmarks`),
# and a test recomputes a small slice of them. The two convolutional networks, a small one and
# LeNet-5, are those of §1.6.5, from its own script.

# %% [markdown] lang="ru"
# Именно это центрирование позволяет развёрнутым векторам из 784 пикселей так хорошо работать
# в моделях, которые ничего не знают об изображениях: штрих данной цифры обычно попадает на
# одни и те же пиксели.
#
# ## Ошибки: из книги и у спутника
#
# Книга приводит три значения ошибки на 10 000 тестовых цифрах: метод опорных векторов на
# векторах из 784 пикселей — 0,56 %; глубокая сеть без свёрток — 0,35 %; ансамбль из пяти
# сверточных сетей — 0,21 %. Рядом — собственные модели спутника, обученные на тех же 60 000
# цифрах (пиксели приведены к [0, 1]): перцептрон §1.2.1 (по одному на цифру, «один против
# остальных»), Softmax-регрессия §1.2.1.4 и многослойная сеть §1.2.2. Их обучение занимает около
# двух минут — дольше, чем может работать этот блокнот, — поэтому числа взяты из
# `experiments/1.8-benchmarks.py` (перезапуск: `python3 tasks.py experiments 1.8-benchmarks`), а
# тест пересчитывает небольшую их часть. Две сверточные сети, маленькая и LeNet-5, — из §1.6.5,
# со своим скриптом.

# %% lang="en"
result = benchmarks.load_result("1.8-benchmarks")
companion = {name: r["test_error"] for name, r in result["models"].items()}
companion["convnet"] = benchmarks.convnet_error()
companion["lenet5"] = benchmarks.convnet_error(model="lenet5")
names = {"svm": "SVM on 784 pixels", "deep_network": "deep network, no convolutions",
         "convnet_ensemble": "5 convolutional networks", "perceptron": "perceptron",
         "softmax_regression": "softmax regression", "network": "network 784-256-128-10",
         "convnet": "small convolutional network", "lenet5": "LeNet-5"}
for key, value in benchmarks.BOOK_ERROR_RATES.items():
    print(f"book       {names[key]:<30} {i18n.number(value, '6.2f')} %")
for key, value in companion.items():
    shown = "still to come (§1.6.5)" if value is None else f"{i18n.number(value, '6.2f')} %"
    print(f"companion  {names[key]:<30} {shown}")

# %% lang="ru"
result = benchmarks.load_result("1.8-benchmarks")
companion = {name: r["test_error"] for name, r in result["models"].items()}
companion["convnet"] = benchmarks.convnet_error()
companion["lenet5"] = benchmarks.convnet_error(model="lenet5")
names = {"svm": "SVM на 784 пикселях", "deep_network": "глубокая сеть без свёрток",
         "convnet_ensemble": "5 сверточных сетей", "perceptron": "перцептрон",
         "softmax_regression": "Softmax-регрессия", "network": "сеть 784-256-128-10",
         "convnet": "маленькая сверточная сеть", "lenet5": "LeNet-5"}
for key, value in benchmarks.BOOK_ERROR_RATES.items():
    print(f"книга      {names[key]:<30} {i18n.number(value, '6.2f')} %")
for key, value in companion.items():
    shown = "пока не посчитано (§1.6.5)" if value is None else f"{i18n.number(value, '6.2f')} %"
    print(f"спутник    {names[key]:<30} {shown}")

# %%
fig, ax = plt.subplots(figsize=(7.5, 3.8))
plots.benchmarks.draw_error_rates(ax, benchmarks.BOOK_ERROR_RATES, companion)
plt.show()

# %% [markdown] lang="en"
# The logarithmic axis spans two orders of magnitude. A single linear unit per digit makes
# about one mistake in eight; softmax regression, still linear but trained on a proper loss,
# halves that; one network with two hidden layers brings it to a little over 2 %. The book's
# numbers are another order of magnitude lower: they come from years of tuning, augmented
# data and ensembles — and the book's own remark holds here too: on MNIST, how well a network
# does against classical methods depends on its architecture.
#
# ## 1.8.2 ImageNet
#
# ImageNet is MNIST's opposite in every dimension. The book's facts: more than 14 million
# images in about 1000 categories, organized by the noun hierarchy of WordNet, where each
# category is a *synset* (a set of synonyms); the annual ImageNet Large Scale Visual
# Recognition Challenge (ILSVRC) on it introduced many of today's architectures. Nothing
# ships with the companion to compute on, but the scale can be put in numbers:

# %% [markdown] lang="ru"
# Логарифмическая ось охватывает два порядка. Один линейный нейрон на цифру ошибается примерно
# на каждой восьмой; Softmax-регрессия, тоже линейная, но обученная на подходящей функции
# потерь, вдвое точнее; одна сеть с двумя скрытыми слоями доводит ошибку до чуть более 2 %.
# Числа книги ещё на порядок ниже: за ними годы настройки, дополненные данные и ансамбли — и
# замечание книги верно и здесь: то, насколько сеть на MNIST лучше классических методов,
# зависит от её архитектуры.
#
# ## 1.8.2 ImageNet
#
# ImageNet — противоположность MNIST по всем измерениям. Факты из книги: более 14 миллионов
# изображений примерно в 1000 категориях, упорядоченных по иерархии существительных WordNet, где
# каждая категория — *синсет* (набор синонимов); ежегодные соревнования ImageNet Large Scale
# Visual Recognition Challenge (ILSVRC) на нём дали начало многим современным архитектурам.
# Спутник не содержит этих данных, но масштаб можно выразить числами:

# %% lang="en"
imagenet = benchmarks.IMAGENET
mnist_images = len(train_images) + len(test_images)
print(f"ImageNet: more than {imagenet['images']} images, about {imagenet['categories']} categories"
      f" ({imagenet['hierarchy']} synsets, challenge {imagenet['challenge']})")
print(f"MNIST:    {mnist_images} images, 10 categories")
print(f"images: ×{imagenet['images'] / mnist_images:.0f} more;"
      f" categories: ×{imagenet['categories'] // 10} more")
print(f"pixel values per image at the common 224 × 224 colour crop: {224 * 224 * 3}"
      f" ({224 * 224 * 3 / 784:.0f}× MNIST's 784)")

# %% lang="ru"
imagenet = benchmarks.IMAGENET
mnist_images = len(train_images) + len(test_images)
print(f"ImageNet: более {imagenet['images']} изображений, около {imagenet['categories']} категорий"
      f" (синсеты {imagenet['hierarchy']}, соревнования {imagenet['challenge']})")
print(f"MNIST:    {mnist_images} изображений, 10 категорий")
print(f"изображений больше: ×{imagenet['images'] / mnist_images:.0f};"
      f" категорий больше: ×{imagenet['categories'] // 10}.")
print(f"значений пикселей в изображении при обычной цветной вырезке 224 × 224: {224 * 224 * 3}"
      f" (×{224 * 224 * 3 / 784:.0f} по сравнению с 784 у MNIST)")

# %% [markdown] lang="en"
# That size and variety is why a convolutional network trained on ImageNet is a useful
# feature extractor for other image tasks: its penultimate layer's activations serve as a
# new representation, the transfer learning of §1.6.6.
#
# ## What to notice, what to try
#
# - The centring is a property of the data set, not of the models: shift the test digits by
#   two pixels (`np.roll(test_images, 2, axis=2)`) and a model trained on flattened pixels
#   loses much of its accuracy; convolutional networks (§1.6.5) are built to tolerate such
#   shifts.
# - Compare Fig. 1.2 measured in §1.1.1: the gap between the linear models and the network
#   above is the right-hand end of that curve.

# %% [markdown] lang="ru"
# Именно размер и разнообразие делают сверточную сеть, обученную на ImageNet, полезным
# извлекателем признаков для других задач с изображениями: активации её предпоследнего слоя
# служат новым представлением — это переносимое обучение из §1.6.6.
#
# ## На что обратить внимание и что попробовать
#
# - Центрирование — свойство набора данных, а не моделей: сдвиньте тестовые цифры на два
#   пикселя (`np.roll(test_images, 2, axis=2)`), и модель, обученная на развёрнутых пикселях,
#   потеряет заметную часть точности; сверточные сети (§1.6.5) устроены так, чтобы выдерживать
#   такие сдвиги.
# - Сравните с рис. 1.2, измеренным в §1.1.1: разрыв между линейными моделями и сетью выше —
#   это правый конец той кривой.
