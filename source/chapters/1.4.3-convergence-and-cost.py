# %% [markdown] lang="en"
# # 1.4.3 Convergence, local optima and the cost of training
#
# Sections 1.4.3–1.4.5 of the book list three more practical difficulties. Training may
# converge slowly or not to the best place: the loss of a network is not convex in its
# weights, so gradient descent ends in whichever minimum its starting point leads to, and
# some minima are much worse than others (§1.4.4, local and spurious optima). Choosing a good
# starting point is the idea behind *pretraining*. And training is expensive while prediction
# is cheap (§1.4.5). This notebook
#
# 1. trains one small network from twelve starting points and finds minima of very
#    different quality;
# 2. cuts the loss surface along the line between the best and the worst solution: two
#    valleys separated by a ridge;
# 3. measures training and prediction in examples per second.

# %% [markdown] lang="ru"
# # 1.4.3 Сходимость, локальные оптимумы и стоимость обучения
#
# Разделы 1.4.3–1.4.5 книги называют ещё три практические трудности. Обучение может сходиться
# медленно или не туда: функция потерь сети не выпукла по весам, поэтому градиентный спуск
# приходит в тот минимум, к которому ведёт его начальная точка, и некоторые минимумы намного
# хуже других (§1.4.4, локальные и ложные оптимумы). Выбор хорошей начальной точки — идея
# *предварительного обучения*. Наконец, обучение дорого, а прогноз дёшев (§1.4.5). В этом
# блокноте мы
#
# 1. обучим одну маленькую сеть из двенадцати начальных точек и найдём минимумы очень разного
#    качества;
# 2. рассечём поверхность потерь вдоль прямой между лучшим и худшим решениями: две долины,
#    разделённые хребтом;
# 3. измерим обучение и прогноз в примерах в секунду.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import approximation, convergence, data, i18n, network, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import approximation, convergence, data, i18n, network, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статических рисунков

# %% [markdown] lang="en"
# ## Twelve restarts
#
# The network is the one of [§1.2.3](1.2.3-computational-graph.ipynb): one input, three
# sigmoid units, a linear output, fitted to $f(x) = \sin 3x + 0.3x^2$ on 60 points of
# $[-2, 2]$ by minimizing the mean squared error (with L-BFGS, a quasi-Newton method fed by
# backpropagation, so that every run truly converges). Only the seed of the initial weights
# changes from run to run.

# %% [markdown] lang="ru"
# ## Двенадцать перезапусков
#
# Сеть — та же, что в [§1.2.3](1.2.3-computational-graph.ipynb): один вход, три нейрона с
# сигмоидой, линейный выход; она подгоняется к $f(x) = \sin 3x + 0{,}3x^2$ на 60 точках
# отрезка $[-2, 2]$ минимизацией среднеквадратичной ошибки (методом L-BFGS, квазиньютоновским
# методом, которому градиент даёт обратное распространение, так что каждый запуск
# действительно сходится). От запуска к запуску меняется только начальное значение генератора
# для весов.

# %%
x = np.linspace(-2, 2, 60)
y = approximation.target_function(x)
runs = convergence.restarts(x, y, 3, seeds=range(12))
fig, ax = plt.subplots(figsize=(7, 3.4))
plots.convergence.draw_restarts(ax, runs, hidden=3)
plt.show()

# %% lang="en"
losses = np.array([run[2] for run in runs])
print("final losses from", i18n.number(losses.min(), ".1e"), "to", i18n.number(losses.max(), ".2f"))
print("runs within 10 × the best:", int(np.sum(losses < 10 * losses.min())), "of", len(runs))

# %% lang="ru"
losses = np.array([run[2] for run in runs])
print("итоговые потери от", i18n.number(losses.min(), ".1e"), "до", i18n.number(losses.max(), ".2f"))
print("запусков в пределах 10 × лучшего:", int(np.sum(losses < 10 * losses.min())), "из", len(runs))

# %% [markdown] lang="en"
# Every run stopped at a point where the gradient is (numerically) zero, yet the final losses
# differ by a factor of about a thousand. The worst runs are not unlucky in the sense of
# "not finished": they sit in minima from which no small step leads down.
#
# ## A slice through the loss surface
#
# The loss surface of this network lives in 10 dimensions (6 weights, 4 biases). A slice
# along the straight line $\theta(t) = (1 - t)\,\theta_{\text{best}} + t\,\theta_{\text{worst}}$
# shows what separates the two ends: the loss rises by three orders of magnitude between
# them. Gradient descent started near $t = 1$ can only go down into the worse valley.

# %% [markdown] lang="ru"
# Каждый запуск остановился в точке, где градиент (численно) равен нулю, но итоговые потери
# различаются примерно в тысячу раз. Худшие запуски не «недообучены»: они сидят в минимумах,
# из которых никакой малый шаг не ведёт вниз.
#
# ## Срез поверхности потерь
#
# Поверхность потерь этой сети живёт в 10 измерениях (6 весов и 4 смещения). Срез вдоль прямой
# $\theta(t) = (1 - t)\,\theta_{\text{лучш}} + t\,\theta_{\text{худш}}$ показывает, что разделяет
# концы: потери между ними вырастают на три порядка. Градиентный спуск, начатый около $t = 1$,
# может спуститься только в худшую долину.

# %%
best, worst = runs[0][1], runs[-1][1]
t = np.linspace(-0.25, 1.25, 121)
losses_on_line = convergence.loss_along_line(best, x[:, None], y[:, None],
                                             best.get_parameters(), worst.get_parameters(), t)
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 4.6))
plots.convergence.draw_loss_slice(left, t, losses_on_line)
plots.convergence.draw_two_fits(right, x, y, best, worst)
plt.show()

# %% [markdown] lang="en"
# On the right, the two minima as functions: the best network follows the target, the worst
# one has spent its three units on a coarse version of it and cannot reach the rest by small
# changes. With more hidden units such poor minima become rarer (try `3` → `6` in the
# restart cell): large networks have many good minima, which is one reason why, in practice,
# the spurious optima of §1.4.4 hurt less than the picture suggests.
#
# **Pretraining.** Since the result depends on the starting point, one can spend some
# computation on choosing it. Greedy layer-wise pretraining (§1.4.4, and autoencoders in
# [§1.2.2](1.2.2-multilayer-networks.ipynb)) first trains each layer on an unsupervised task,
# reconstructing its own input, and uses the weights found as the start of the supervised
# training; it starts the network in a region where the features are already meaningful.
# The twelve restarts above are the crude version of the same idea: try several starts and
# keep the best.
#
# ## The cost of training and of prediction (§1.4.5)
#
# Training a network means many epochs of forward phase, backward phase and update over the
# whole training set; prediction is one forward phase per example. For the 784-100-10
# network on 10 000 MNIST images, in examples per second on this machine:

# %% [markdown] lang="ru"
# Справа — оба минимума как функции: лучшая сеть следует за целью, худшая потратила свои три
# нейрона на грубое её подобие и малыми изменениями до остального не дотянется. С большим
# числом скрытых нейронов такие плохие минимумы встречаются реже (замените `3` на `6` в ячейке
# с перезапусками): у больших сетей много хороших минимумов, и это одна из причин, по которым
# на практике ложные оптимумы из §1.4.4 мешают меньше, чем можно подумать по рисунку.
#
# **Предварительное обучение.** Раз результат зависит от начальной точки, можно потратить
# часть вычислений на её выбор. Жадное послойное предварительное обучение (§1.4.4 и
# автокодировщики в [§1.2.2](1.2.2-multilayer-networks.ipynb)) сначала обучает каждый слой на
# задаче без учителя — восстанавливать собственный вход — и берёт найденные веса как начало
# обучения с учителем; сеть стартует там, где признаки уже осмысленны. Двенадцать
# перезапусков выше — грубая версия той же идеи: попробовать несколько начал и оставить
# лучшее.
#
# ## Стоимость обучения и прогноза (§1.4.5)
#
# Обучение сети — это много эпох прямой фазы, обратной фазы и обновления по всей обучающей
# выборке; прогноз — одна прямая фаза на пример. Для сети 784-100-10 на 10 000 изображений
# MNIST, в примерах в секунду на этой машине:

# %% lang="en" tags=["nbval-ignore-output"]
# Output not compared: timings vary from run to run and machine to machine.
images, labels = data.load_mnist("test")
X = (images.reshape(-1, 784) / 255.0).astype(np.float32)
model = network.NetworkClassifier(hidden_layer_sizes=100, max_epochs=1, batch_size=128,
                                  dtype="float32", random_state=0)
training = convergence.examples_per_second(lambda: model.fit(X, labels), len(X))
prediction = convergence.examples_per_second(lambda: model.predict(X), len(X))
print(f"training (one epoch): {training:12,.0f} examples/s".replace(",", ","))
print(f"prediction:           {prediction:12,.0f} examples/s".replace(",", ","),
      "(ratio", i18n.number(prediction / training, ".1f") + ")")

# %% lang="ru" tags=["nbval-ignore-output"]
# Output not compared: timings vary from run to run and machine to machine.
images, labels = data.load_mnist("test")
X = (images.reshape(-1, 784) / 255.0).astype(np.float32)
model = network.NetworkClassifier(hidden_layer_sizes=100, max_epochs=1, batch_size=128,
                                  dtype="float32", random_state=0)
training = convergence.examples_per_second(lambda: model.fit(X, labels), len(X))
prediction = convergence.examples_per_second(lambda: model.predict(X), len(X))
print(f"обучение (одна эпоха): {training:12,.0f} примеров/с".replace(",", " "))
print(f"прогноз:               {prediction:12,.0f} примеров/с".replace(",", " "),
      "(отношение", i18n.number(prediction / training, ".1f") + ")")

# %% [markdown] lang="en"
# Prediction is faster per example than one epoch of training (here typically two to three
# times: one forward phase against a forward phase, a backward phase and an update), and
# training takes many epochs: the 5 epochs on 60 000 images of [§1.1.1](1.1.1-data-and-accuracy.ipynb)
# are 300 000 training steps' worth of examples against 10 000 predictions. That asymmetry is
# the book's point: the expensive part happens once, offline, and the trained network is
# cheap to use. (The package's training loop runs 1.3–1.5 times faster than scikit-learn's
# `MLPClassifier` on this network; see `tools/network_speed.py`.)

# %% [markdown] lang="ru"
# Прогноз в расчёте на пример быстрее одной эпохи обучения (здесь обычно в два-три раза:
# одна прямая фаза против прямой фазы, обратной фазы и обновления), а эпох нужно много: 5 эпох на 60 000 изображений в [§1.1.1](1.1.1-data-and-accuracy.ipynb) — это
# 300 000 обучающих примеров против 10 000 прогнозов. В этой асимметрии и состоит мысль книги:
# дорогая часть выполняется один раз, заранее, а обученная сеть дёшева в использовании.
# (Цикл обучения пакета на этой сети в 1,3–1,5 раза быстрее `MLPClassifier` из scikit-learn;
# см. `tools/network_speed.py`.)
