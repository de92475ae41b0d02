# %% [markdown] lang="en"
# # 1.5.2 Reducing parameters with depth
#
# Section 1.5.2 of the book claims that repeated composition can make the number of units a
# function needs fall *exponentially* with depth. Its example is a 1-D function made of 1024
# equal, regularly repeated steps: one hidden layer needs about one unit per step, while a
# deep network builds one step in its first layer, two in the next, and $2^r$ in layer $r$
# (Fig. 1.15), so about ten layers of two units suffice. This notebook builds that network
# exactly and checks the claim by counting:
#
# 1. the ReLU *tent* $t(x) = 2\,\mathrm{ReLU}(x) - 4\,\mathrm{ReLU}(x - \tfrac12)$ and its
#    composition $t^r$, one layer of two ReLU units per tent;
# 2. Fig. 1.15 drawn from real networks, its linear pieces counted on the output;
# 3. the 1024-piece function of the book: 10 layers and 61 parameters, against a single
#    hidden layer of 1024 units and 3073 parameters;
# 4. an explorer over the depth $r$;
# 5. the other half of the story, measured: trained from random starts, the deep network
#    does **not** find the function it can represent.

# %% [markdown] lang="ru"
# # 1.5.2 Снижение требований к параметрам с помощью глубины
#
# Раздел 1.5.2 книги утверждает, что повторная композиция функций может уменьшать число
# нужных вычислительных элементов *экспоненциально* с ростом глубины. Пример книги —
# одномерная функция из 1024 одинаковых, регулярно повторяющихся ступеней: одному скрытому
# слою нужен примерно один нейрон на ступень, а глубокая сеть строит одну ступень в первом
# слое, две — во втором и $2^r$ — в слое $r$ (рис. 1.15), так что хватает примерно десяти
# слоёв по два нейрона. Этот блокнот строит такую сеть точно и проверяет утверждение
# подсчётом:
#
# 1. ReLU-«шатёр» $t(x) = 2\,\mathrm{ReLU}(x) - 4\,\mathrm{ReLU}(x - \tfrac12)$ и его
#    композиция $t^r$: по одному слою из двух нейронов ReLU на каждый шатёр;
# 2. рис. 1.15, построенный по настоящим сетям, с линейными кусками, подсчитанными на выходе;
# 3. функция книги из 1024 кусков: 10 слоёв и 61 параметр против одного скрытого слоя из 1024
#    нейронов и 3073 параметров;
# 4. интерактивный рисунок по глубине $r$;
# 5. вторая половина истории, измеренная: при обучении со случайного старта глубокая сеть
#    **не находит** функцию, которую способна представить.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, composition, i18n, plots, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import activations, composition, i18n, plots, widgets

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста компаньона для статических рисунков

# %% [markdown] lang="en"
# ## One tent per layer
#
# On $[0, 1]$ the tent rises as $2x$ up to $x = \tfrac12$ and falls as $2 - 2x$ after it, so it
# maps $[0, 1]$ onto itself *twice*. Feed its output into another tent and every rise and
# every fall is folded again: $t^2$ has 4 linear pieces, $t^3$ has 8, and $t^r$ has $2^r$.
# Two ReLU units compute one tent, so each composition costs one layer of two units. Here is
# the whole construction in three lines, checked against the package:

# %% [markdown] lang="ru"
# ## Один шатёр на слой
#
# На $[0, 1]$ шатёр растёт как $2x$ до $x = \tfrac12$ и убывает как $2 - 2x$ после, то есть
# отображает $[0, 1]$ на себя *дважды*. Подайте его выход во второй шатёр, и каждый подъём и
# каждый спуск сложится ещё раз: у $t^2$ четыре линейных куска, у $t^3$ — восемь, у $t^r$ —
# $2^r$. Один шатёр вычисляют два нейрона ReLU, так что каждая композиция стоит один слой из
# двух нейронов. Вот вся конструкция в трёх строках, сверенная с пакетом:

# %% lang="en"
def tent(x):
    return 2 * activations.relu(x) - 4 * activations.relu(x - 0.5)


def show(values):
    return "[" + ", ".join(i18n.number(v, "g") for v in np.ravel(values)) + "]"


x = np.arange(9) / 8  # the breakpoints of t^3 and the points between
z = x
for layer in range(3):
    z = tent(z)  # one more layer: one more composition
print("x       :", show(x))
print("t^3(x)  :", show(z))
answer = ("no", "yes")
print("same as the package:", answer[bool(np.array_equal(z, composition.composed_tent(x, 3)))])

# %% lang="ru"
def tent(x):
    return 2 * activations.relu(x) - 4 * activations.relu(x - 0.5)


def show(values):
    return "[" + "; ".join(i18n.number(v, "g") for v in np.ravel(values)) + "]"


x = np.arange(9) / 8  # точки излома t^3 и точки между ними
z = x
for layer in range(3):
    z = tent(z)  # ещё один слой — ещё одна композиция
print("x       :", show(x))
print("t^3(x)  :", show(z))
answer = ("нет", "да")
print("совпадает с пакетом:", answer[bool(np.array_equal(z, composition.composed_tent(x, 3)))])

# %% [markdown] lang="en"
# As a `FeedForwardNetwork` (§1.2.2), `composition.tent_network(r)` has $r$ hidden layers of
# two ReLU units. Layer 1 computes $\mathrm{ReLU}(x)$ and $\mathrm{ReLU}(x - \tfrac12)$; every
# later layer reads the previous tent $z = 2h_1 - 4h_2$ through its weights and computes
# $\mathrm{ReLU}(z)$ and $\mathrm{ReLU}(z - \tfrac12)$. Its weights are all $1$, $2$, $-4$,
# $-\tfrac12$: no training, just the construction.

# %% [markdown] lang="ru"
# В виде `FeedForwardNetwork` (§1.2.2) сеть `composition.tent_network(r)` имеет $r$ скрытых
# слоёв по два нейрона ReLU. Слой 1 вычисляет $\mathrm{ReLU}(x)$ и
# $\mathrm{ReLU}(x - \tfrac12)$; каждый следующий слой получает через свои веса предыдущий
# шатёр $z = 2h_1 - 4h_2$ и вычисляет $\mathrm{ReLU}(z)$ и $\mathrm{ReLU}(z - \tfrac12)$.
# Все веса равны $1$, $2$, $-4$, $-\tfrac12$: никакого обучения, только конструкция.

# %% lang="en"
network = composition.tent_network(3)
for p, (W, b) in enumerate(zip(network.weights, network.biases), start=1):
    print(f"W_{p} = {show(W)} (shape {W.shape[0]} × {W.shape[1]}), bias {show(b)}")

# %% lang="ru"
network = composition.tent_network(3)
for p, (W, b) in enumerate(zip(network.weights, network.biases), start=1):
    print(f"W_{p} = {show(W)} (размер {W.shape[0]} × {W.shape[1]}), смещение {show(b)}")

# %% [markdown] lang="en"
# ## Fig. 1.15 from the networks: 1, 2, 4, 8 … pieces
#
# `composition.linear_pieces(network)` follows every unit's affine pieces through the layers
# in exact rational arithmetic (a ReLU splits a piece where its input crosses zero) and then
# merges neighbours that lie on one line. So the counts below are counted on the network's
# output, not assumed. Each panel is the output of the network with $r$ layers; the book's
# "steps" are its rises and falls.

# %% [markdown] lang="ru"
# ## Рис. 1.15 по настоящим сетям: 1, 2, 4, 8 … кусков
#
# Функция `composition.linear_pieces(network)` проводит аффинные куски каждого нейрона через
# все слои в точной рациональной арифметике (ReLU разрезает кусок там, где её вход меняет
# знак), а затем склеивает соседей, лежащих на одной прямой. Поэтому числа ниже подсчитаны на
# выходе сети, а не предположены. Каждая панель — выход сети из $r$ слоёв; «ступени» книги —
# это её подъёмы и спуски.

# %%
fig, axes = plt.subplots(1, 4, figsize=(10, 3.2), sharey=True)
for ax, r in zip(axes, (1, 2, 3, 4)):
    vertices = plots.composition.sawtooth_vertices(composition.tent_network(r))
    artists = plots.composition.draw_sawtooth(ax, vertices, r=r)
for ax in axes[1:]:
    ax.set_ylabel("")
fig.legend(handles=list(artists.values()), loc="outside lower center", ncol=2)
plt.show()

# %% [markdown] lang="en"
# ## The book's function with 1024 pieces
#
# Ten layers. The deep network below has 20 hidden units and 61 parameters. The shallow
# network `composition.shallow_network(10)` computes the same sawtooth with one hidden layer:
# a unit $\mathrm{ReLU}(x - k/1024)$ for each breakpoint, weighted by the change of slope
# there, 1024 units and 3073 parameters. It cannot do with much fewer: a hidden layer of $n$
# ReLU units adds at most one breakpoint per unit, hence at most $n + 1$ pieces.

# %% [markdown] lang="ru"
# ## Функция книги из 1024 кусков
#
# Десять слоёв. У глубокой сети ниже 20 скрытых нейронов и 61 параметр. Мелкая сеть
# `composition.shallow_network(10)` вычисляет ту же «пилу» одним скрытым слоем: нейрон
# $\mathrm{ReLU}(x - k/1024)$ на каждую точку излома с весом, равным изменению наклона в ней,
# — 1024 нейрона и 3073 параметра. Намного меньше ей не обойтись: скрытый слой из $n$
# нейронов ReLU добавляет не больше одной точки излома на нейрон, то есть даёт не больше
# $n + 1$ кусков.

# %% lang="en"
deep, shallow = composition.tent_network(10), composition.shallow_network(10)
grid = np.linspace(0, 1, 10_001)[:, None]
print("deep:    layers", deep.layer_sizes, "->", composition.parameter_count(deep), "parameters")
print("shallow: hidden units", shallow.layer_sizes[1], "->",
      composition.parameter_count(shallow), "parameters")
print("linear pieces of the deep output, counted exactly:", composition.count_pieces(deep))
print("the two outputs agree to 1e-9 on 10 001 points:",
      answer[bool(np.abs(deep.predict(grid) - shallow.predict(grid)).max() < 1e-9)])

# %% lang="ru"
deep, shallow = composition.tent_network(10), composition.shallow_network(10)
grid = np.linspace(0, 1, 10_001)[:, None]
print("глубокая: слои", deep.layer_sizes, "->", composition.parameter_count(deep), "параметр")
print("мелкая: скрытых нейронов", shallow.layer_sizes[1], "->",
      composition.parameter_count(shallow), "параметра")
print("линейных кусков на выходе глубокой сети, подсчитано точно:",
      composition.count_pieces(deep))
print("выходы двух сетей совпадают до 1e-9 в 10 001 точке:",
      answer[bool(np.abs(deep.predict(grid) - shallow.predict(grid)).max() < 1e-9)])

# %% [markdown] lang="en"
# The book also describes the same function as one that "alternates between 1 and −1 and
# switches 1024 times". That is $\mathrm{sign}(2t^{10}(x) - 1)$: the sawtooth crosses ½ once
# on each of its 1024 pieces. With step activations and one hidden layer it is a sum of 1024
# steps, one per switch (`composition.square_wave_steps`); the deep form is the same ten
# layers with a sign unit on top.

# %% [markdown] lang="ru"
# Книга описывает ту же функцию и иначе: она «принимает значения 1 и −1 и переключается 1024
# раза». Это $\mathrm{sign}(2t^{10}(x) - 1)$: «пила» пересекает уровень ½ один раз на каждом
# из своих 1024 кусков. Со ступенчатой функцией активации и одним скрытым слоем это сумма 1024
# ступеней, по одной на переключение (`composition.square_wave_steps`); глубокая форма — те
# же десять слоёв и нейрон со знаковой функцией сверху.

# %% lang="en"
between = (np.arange(2 ** 13) + 0.5) / 2 ** 13  # 8 points inside every piece
wave = composition.square_wave(between, 10)
positions, heights, offset = composition.square_wave_steps(10)
print("switches of sign(2 t^10(x) - 1):", np.count_nonzero(np.diff(wave)))
print("step units in the shallow form:", len(positions),
      "| equal everywhere:", answer[bool(np.array_equal(
          composition.step_sum(between, positions, heights, offset), wave))])

# %% lang="ru"
between = (np.arange(2 ** 13) + 0.5) / 2 ** 13  # по 8 точек внутри каждого куска
wave = composition.square_wave(between, 10)
positions, heights, offset = composition.square_wave_steps(10)
print("переключений у sign(2 t^10(x) - 1):", np.count_nonzero(np.diff(wave)))
print("ступенчатых нейронов в мелкой форме:", len(positions),
      "| совпадают везде:", answer[bool(np.array_equal(
          composition.step_sum(between, positions, heights, offset), wave))])

# %% [markdown] lang="en"
# ## Parameters against depth
#
# Every number of this table comes from a constructed network: the pieces are counted on the
# deep network's output, the parameters are the sizes of its weight matrices and bias
# vectors. The deep network grows by 6 parameters per layer; the shallow one doubles.

# %% [markdown] lang="ru"
# ## Параметры в зависимости от глубины
#
# Каждое число таблицы взято из построенной сети: куски подсчитаны на выходе глубокой сети,
# параметры — это размеры её матриц весов и векторов смещений. Глубокая сеть прибавляет по 6
# параметров на слой, мелкая удваивается.

# %% lang="en"
print(f"{'r':>3} {'pieces':>7} {'deep units':>11} {'deep params':>12} {'shallow units':>14}"
      f" {'shallow params':>15}")
for row in composition.depth_table(range(1, 11)):
    print(f"{row['r']:>3} {row['pieces']:>7} {row['deep_units']:>11}"
          f" {row['deep_parameters']:>12} {row['shallow_units']:>14}"
          f" {row['shallow_parameters']:>15}")

# %% lang="ru"
print(f"{'r':>3} {'куски':>7} {'нейр. глуб.':>11} {'парам. глуб.':>12} {'нейр. мелк.':>14}"
      f" {'парам. мелк.':>15}")
for row in composition.depth_table(range(1, 11)):
    print(f"{row['r']:>3} {row['pieces']:>7} {row['deep_units']:>11}"
          f" {row['deep_parameters']:>12} {row['shallow_units']:>14}"
          f" {row['shallow_parameters']:>15}")

# %% [markdown] lang="en"
# ## Explorer: add a layer, double the pieces
#
# The slider sets the depth $r$. Left: the output of the $r$-layer network, drawn from its
# exact pieces. Right: the counts of the table, the current $r$ ringed. The picture right
# below is the explorer's starting state, which shows even without a running kernel.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: добавьте слой — кусков вдвое больше
#
# Ползунок задаёт глубину $r$. Слева — выход сети из $r$ слоёв, построенный по её точным
# кускам. Справа — числа из таблицы, текущее $r$ обведено. Картинка сразу ниже — начальное
# состояние рисунка, она видна и без запущенного ядра.

# %%
explorer = widgets.composition.depth_explorer(r=3)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# **What to notice.** Each step of the slider adds 2 units and 6 parameters to the deep
# network and doubles the pieces; the shallow network must double its units to keep up. At
# $r = 10$ the picture turns into a solid band: 1024 teeth are too narrow to see, and the
# count still says 1024.

# %% [markdown] lang="ru"
# **На что обратить внимание.** Каждый шаг ползунка добавляет глубокой сети 2 нейрона и 6
# параметров и удваивает число кусков; мелкой сети, чтобы не отстать, приходится удваивать
# число нейронов. При $r = 10$ рисунок превращается в сплошную полосу: 1024 зубца слишком
# узки, чтобы их различить, а подсчёт по-прежнему говорит 1024.

# %% [markdown] lang="en"
# ## Expressive is not the same as learnable
#
# The book ends §1.5.2 with a warning: deeper networks are harder to train. We measured it.
# The script `experiments/1.5.2-depth-reduces-parameters.py` trains two ReLU networks with
# the *same* number of parameters on $t^r$ (257 equally spaced points, every breakpoint among
# them): the deep one ($r$ layers of 2 units, $6r + 1$ parameters), which could fit it
# exactly, and a shallow one ($2r$ units in one layer, also $6r + 1$ parameters), which
# cannot, having at most $2r + 1$ pieces. Each starts from 20 random initializations and is
# trained by L-BFGS on the backpropagation gradient (and, for $r = 3$, by plain mini-batch
# gradient descent). The numbers below are loaded from its committed result, because the
# whole run takes longer than this notebook may. MSE is the mean squared error on the 257
# points, and a run counts as an exact fit when its MSE is below $10^{-4}$.

# %% [markdown] lang="ru"
# ## Выразить — не значит обучиться
#
# Книга заканчивает §1.5.2 предупреждением: более глубокие сети труднее обучать. Мы это
# измерили. Скрипт `experiments/1.5.2-depth-reduces-parameters.py` обучает на $t^r$ (257
# равноотстоящих точек, среди них все точки излома) две сети ReLU с *одинаковым* числом
# параметров: глубокую ($r$ слоёв по 2 нейрона, $6r + 1$ параметров), которая могла бы
# приблизить её точно, и мелкую ($2r$ нейронов в одном слое, тоже $6r + 1$ параметров),
# которая не может: у неё не больше $2r + 1$ кусков. Каждая стартует из 20 случайных
# начальных весов и обучается методом L-BFGS по градиенту обратного распространения (а при
# $r = 3$ — ещё и обычным стохастическим градиентным спуском по мини-пакетам). Числа ниже
# загружены из сохранённого результата скрипта: весь расчёт идёт дольше, чем положено
# блокноту. СКО — среднеквадратичная ошибка на 257 точках; запуск считаем точным, если его
# СКО меньше $10^{-4}$.

# %%
experiment = json.loads(
    Path("../../experiments/results/1.5.2-depth-reduces-parameters.json").read_text())

# %% lang="en"
print(f"{'r':>2} {'network':>8} {'params':>7} {'median MSE':>11} {'best MSE':>9}"
      f" {'exact fits':>11} {'median pieces':>14}")
names = {"deep": "deep", "shallow": "shallow"}
for name, entry in experiment["lbfgs"].items():
    print(f"{entry['r']:>2} {names[entry['architecture']]:>8} {entry['parameters']:>7}"
          f" {i18n.number(entry['median_mse'], '.3g'):>11}"
          f" {i18n.number(entry['best_mse'], '.2g'):>9}"
          f" {entry['solved']:>8}/{entry['n_runs']} {i18n.number(entry['median_pieces'], 'g'):>14}")
for name, entry in experiment["sgd"].items():
    print(f"gradient descent, r = {entry['r']}, {names[entry['architecture']]}: median MSE"
          f" {i18n.number(entry['median_mse'], '.3g')},"
          f" exact fits {entry['solved']}/{entry['n_runs']}")
print(f"a constant output (the mean) has MSE {i18n.number(experiment['target_variance'], '.4f')}")

# %% lang="ru"
print(f"{'r':>2} {'сеть':>8} {'парам.':>7} {'медиана СКО':>11} {'лучшая':>9}"
      f" {'точных':>11} {'медиана кусков':>14}")
names = {"deep": "глубокая", "shallow": "мелкая"}
for name, entry in experiment["lbfgs"].items():
    print(f"{entry['r']:>2} {names[entry['architecture']]:>8} {entry['parameters']:>7}"
          f" {i18n.number(entry['median_mse'], '.3g'):>11}"
          f" {i18n.number(entry['best_mse'], '.2g'):>9}"
          f" {entry['solved']:>8}/{entry['n_runs']} {i18n.number(entry['median_pieces'], 'g'):>14}")
for name, entry in experiment["sgd"].items():
    print(f"градиентный спуск, r = {entry['r']}, {names[entry['architecture']]}: медиана СКО"
          f" {i18n.number(entry['median_mse'], '.3g')},"
          f" точных {entry['solved']}/{entry['n_runs']}")
print(f"у постоянного выхода (среднего) СКО {i18n.number(experiment['target_variance'], '.4f')}")

# %% [markdown] lang="en"
# Not one of the 60 deep runs found the sawtooth; half of them ended with one or two pieces, close
# to the constant that predicts the mean. The shallow networks, unable to represent the
# target, still did better on average, and at $r = 2$ two of them fit it exactly. The left
# panel shows every run. The right panel asks whether the deep solution is at least stable:
# starting *at* the exact weights plus Gaussian noise of scale
# $\sigma$, training recovers it when $\sigma = 0.01$ and loses it already at $\sigma = 0.1$.

# %% [markdown] lang="ru"
# Ни один из 60 запусков глубокой сети не нашёл «пилу»; половина закончила с одним-двумя
# кусками, рядом с константой, предсказывающей среднее. Мелкие сети, неспособные представить
# цель, в среднем справились лучше, а при $r = 2$ две из них приблизили её точно. Левая
# панель показывает каждый запуск. Правая спрашивает, устойчиво ли хотя бы само глубокое
# решение: если стартовать *с* точных весов плюс
# гауссовский шум масштаба $\sigma$, обучение возвращается к решению при $\sigma = 0{,}01$ и
# теряет его уже при $\sigma = 0{,}1$.

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
plots.composition.draw_training_runs(left, experiment["lbfgs"],
                                     variance=experiment["target_variance"])
plots.composition.draw_noise_runs(right, experiment["noise"],
                                  variance=experiment["target_variance"])
plt.show()

# %% [markdown] lang="en"
# **What to notice.** Depth buys an exponential saving in *parameters*, exactly as the book
# says, but the saving lives in a narrow corner of weight space: random starts land in
# regions where ReLU units are dead or aligned and the gradient leads to the mean. This is
# the instability the book names at the end of §1.5.2 (see §1.4.2 on vanishing gradients),
# and the reason careful initialization and pretraining matter.
#
# **Try.** Run
# `composition.fit_sawtooth(composition.random_network([1, 2, 2, 1], random_state=s), 2)`
# for a few seeds `s`, then the same with `composition.tent_network(2)` as the start. Then go
# on to [§1.5.3](1.5.3-unconventional-architectures.ipynb), where the layers stop being a
# simple chain.

# %% [markdown] lang="ru"
# **На что обратить внимание.** Глубина даёт экспоненциальную экономию *параметров*, ровно
# как говорит книга, но эта экономия живёт в узком уголке пространства весов: случайный старт
# попадает туда, где нейроны ReLU «мертвы» или работают одинаково, и градиент ведёт к
# среднему. Это та нестабильность, о которой книга говорит в конце §1.5.2 (о затухающих
# градиентах — §1.4.2), и причина, по которой важны аккуратная инициализация и
# предварительное обучение.
#
# **Попробуйте.** Запустите
# `composition.fit_sawtooth(composition.random_network([1, 2, 2, 1], random_state=s), 2)`
# для нескольких `s`, затем то же, начав с `composition.tent_network(2)`. Затем переходите к
# [§1.5.3](1.5.3-unconventional-architectures.ipynb), где слои перестают быть простой
# цепочкой.
