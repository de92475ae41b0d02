# %% [markdown] lang="en"
# # 1.6.4 Recurrent neural networks
#
# Text, speech and time series arrive as sequences, and what matters at time $t$ may have
# happened long before. A recurrent network keeps a hidden state $h_t$ and updates it with
# the same function at every step, eq. (1.36) of the book:
#
# $$h_t = f(h_{t-1}, x_t), \qquad\text{here}\qquad h_t = \tanh(x_t W_{xh} + h_{t-1} W_{hh} + b_h),\quad h_0 = 0,$$
#
# and reads an output from it, $\hat y_t = h_t W_{hy} + b_y$. Since $h_t$ folds in every
# earlier input, the output at time $t$ is a function of the whole prefix, eq. (1.37):
# $\hat y_t = F_t(x_1, \ldots, x_t)$. This notebook
#
# 1. draws Fig. 1.17 from a network of `nbcompanion.recurrent`: unrolled in time it is a deep
#    feed-forward network whose layers *share* their weights;
# 2. checks backpropagation through time (BPTT) against finite differences;
# 3. trains it on a task that cannot be solved without memory;
# 4. watches the gradient vanish through time, as in §1.4.2, and what that does to training.

# %% [markdown] lang="ru"
# # 1.6.4 Рекуррентные нейронные сети
#
# Текст, речь и временные ряды приходят последовательностями, и то, что важно в момент $t$,
# могло случиться задолго до него. Рекуррентная сеть хранит скрытое состояние $h_t$ и
# обновляет его одной и той же функцией на каждом шаге, формула (1.36) книги:
#
# $$h_t = f(h_{t-1}, x_t), \qquad\text{здесь}\qquad h_t = \tanh(x_t W_{xh} + h_{t-1} W_{hh} + b_h),\quad h_0 = 0,$$
#
# и получает из него выход $\hat y_t = h_t W_{hy} + b_y$. Поскольку в $h_t$ «свёрнуты» все
# предыдущие входы, выход в момент $t$ — функция всего начала последовательности, формула
# (1.37): $\hat y_t = F_t(x_1, \ldots, x_t)$. В этом блокноте мы
#
# 1. рисуем рис. 1.17 по сети из `nbcompanion.recurrent`: развёрнутая во времени, она —
#    глубокая сеть прямого распространения, слои которой *разделяют* общие веса;
# 2. проверяем обратное распространение во времени (BPTT) конечными разностями;
# 3. обучаем сеть задаче, которую без памяти не решить;
# 4. видим, как градиент затухает во времени, как в §1.4.2, и к чему это приводит.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots, recurrent, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import i18n, plots, recurrent, widgets

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков компаньона

# %% [markdown] lang="en"
# ## The recursion and Fig. 1.17
#
# A network with $d = 1$ input, $p = 16$ hidden units and $o = 1$ output. The loop below *is*
# eq. (1.36): the same three matrices at every step. The package's `forward` does the same
# for a whole batch of sequences at once.

# %% [markdown] lang="ru"
# ## Рекурсия и рис. 1.17
#
# Сеть с $d = 1$ входом, $p = 16$ скрытыми нейронами и $o = 1$ выходом. Цикл ниже — это и
# есть формула (1.36): на каждом шаге одни и те же три матрицы. Функция `forward` пакета
# делает то же самое сразу для пакета последовательностей.

# %% lang="en"
net = recurrent.RecurrentNetwork(1, 16, 1, random_state=0)
X, y = recurrent.first_symbol_task(4, 8, random_state=0)  # 4 sequences of T = 8 symbols ±1

x = X[0]           # one sequence, shape (T, d)
h = np.zeros(16)   # h_0
for x_t in x:      # eq. (1.36), the same W_xh, W_hh, b_h at every step
    h = np.tanh(x_t @ net.W_xh + h @ net.W_hh + net.b_h)

H, Y_hat = net.forward(X)
print("shapes: W_xh", net.W_xh.shape, "W_hh", net.W_hh.shape, "W_hy", net.W_hy.shape)
print("the loop gives the package's h_T:", "yes" if np.allclose(h, H[0, -1]) else "no")

# %% lang="ru"
net = recurrent.RecurrentNetwork(1, 16, 1, random_state=0)
X, y = recurrent.first_symbol_task(4, 8, random_state=0)  # 4 последовательности из T = 8 символов ±1

x = X[0]           # одна последовательность, форма (T, d)
h = np.zeros(16)   # h_0
for x_t in x:      # формула (1.36): те же W_xh, W_hh, b_h на каждом шаге
    h = np.tanh(x_t @ net.W_xh + h @ net.W_hh + net.b_h)

H, Y_hat = net.forward(X)
print("формы: W_xh", net.W_xh.shape, "W_hh", net.W_hh.shape, "W_hy", net.W_hy.shape)
print("цикл даёт то же h_T, что и пакет:", "да" if np.allclose(h, H[0, -1]) else "нет")

# %% [markdown] lang="en"
# Fig. 1.17 drawn from this network and this sequence: on the left the definition with its
# loop, on the right the same network unrolled over the $T = 8$ symbols. The input nodes
# hold the symbols, the output nodes the sign of $\hat y_t$ the (untrained) network computes.
# One colour, one matrix: the 8 blue arrows are all $W_{xh}$, the 7 red ones all $W_{hh}$.

# %% [markdown] lang="ru"
# Рис. 1.17, нарисованный по этой сети и этой последовательности: слева определение с
# петлёй, справа та же сеть, развёрнутая на $T = 8$ символов. Во входных узлах — символы, в
# выходных — знак $\hat y_t$, который вычисляет (пока не обученная) сеть. Один цвет — одна
# матрица: все 8 синих стрелок — это $W_{xh}$, все 7 красных — $W_{hh}$.

# %%
fig, (ax_folded, ax_unrolled) = plt.subplots(1, 2, figsize=(8, 3.3), width_ratios=[1.4, 4.5],
                                           layout="constrained")
plots.recurrent.draw_unrolled(ax_folded, ax_unrolled, net, X[0])
plt.show()

# %% [markdown] lang="en"
# ## Backpropagation through time
#
# Unrolled, the network is an ordinary computational graph (§1.3), so backpropagation
# applies as it is: one reverse sweep from $t = T$ down to $t = 1$. The only new point is
# the shared weights. $W_{hh}$ appears at every step, so its gradient is the *sum* of the
# gradients of its $T$ copies:
#
# $$\frac{\partial L}{\partial W_{hh}} = \sum_{t=1}^{T} h_{t-1}^T\, \delta_t, \qquad
# \delta_t = \frac{\partial L}{\partial h_t} \odot (1 - h_t^2), \qquad
# \frac{\partial L}{\partial h_{t-1}} = \delta_t W_{hh}^T \;(+\text{ the output's share}).$$
#
# The loss here is the logistic loss, eq. (1.14), of the last output $\hat y_T$. Against
# central differences on every one of the 305 weights:

# %% [markdown] lang="ru"
# ## Обратное распространение во времени
#
# В развёрнутом виде сеть — обычный вычислительный граф (§1.3), поэтому обратное
# распространение применяется как есть: один обратный проход от $t = T$ до $t = 1$. Новое
# только одно — общие веса. $W_{hh}$ встречается на каждом шаге, поэтому её градиент — это
# *сумма* градиентов всех $T$ её копий:
#
# $$\frac{\partial L}{\partial W_{hh}} = \sum_{t=1}^{T} h_{t-1}^T\, \delta_t, \qquad
# \delta_t = \frac{\partial L}{\partial h_t} \odot (1 - h_t^2), \qquad
# \frac{\partial L}{\partial h_{t-1}} = \delta_t W_{hh}^T \;(+\text{ вклад выхода}).$$
#
# Функция потерь здесь — логистическая, формула (1.14), для последнего выхода $\hat y_T$.
# Сравним с центральными разностями по каждому из 305 весов:

# %% lang="en"
loss, grads, dH = net.gradients(X, y)
numeric = net.numerical_gradients(X, y)
for name in recurrent.PARAMETERS:
    error = np.abs(grads[name] - numeric[name]).max() / np.abs(numeric[name]).max()
    print(f"{name}: shape {str(grads[name].shape):8}  relative difference below 1e-6: {'yes' if error < 1e-6 else 'no'}")

# %% lang="ru"
loss, grads, dH = net.gradients(X, y)
numeric = net.numerical_gradients(X, y)
for name in recurrent.PARAMETERS:
    error = np.abs(grads[name] - numeric[name]).max() / np.abs(numeric[name]).max()
    print(f"{name}: форма {str(grads[name].shape):8}  относительная разность меньше 1e-6: {'да' if error < 1e-6 else 'нет'}")

# %% [markdown] lang="en"
# ## A task that needs memory
#
# Each sequence is $T$ random symbols $\pm 1$; the label is the *first* one, to be given at
# the end. Every later symbol is noise of the same size, so a model that only sees the last
# few inputs is right half of the time. The network must carry one bit through $T - 1$
# updates of its state. Trained by mini-batch gradient descent on the BPTT gradient:

# %% [markdown] lang="ru"
# ## Задача, которой нужна память
#
# Каждая последовательность — $T$ случайных символов $\pm 1$; метка — *первый* из них, и
# назвать его надо в конце. Все следующие символы — шум того же размера, так что модель,
# которая видит лишь несколько последних входов, права в половине случаев. Сеть должна
# пронести один бит через $T - 1$ обновлений состояния. Обучаем мини-пакетным градиентным
# спуском по градиенту BPTT:

# %% lang="en"
T = 8
X_train, y_train = recurrent.first_symbol_task(1000, T, random_state=0)
X_test, y_test = recurrent.first_symbol_task(1000, T, random_state=1)
net = recurrent.RecurrentNetwork(1, 16, random_state=0)
history = net.fit(X_train, y_train, epochs=20, learning_rate=0.5, random_state=0)
print(f"test accuracy of the recurrent network: {i18n.number(np.mean(net.predict(X_test) == y_test), '.3f')}")
print(f"guessing from the last symbol:          {i18n.number(np.mean(X_test[:, -1, 0] == y_test), '.3f')}")

# %% lang="ru"
T = 8
X_train, y_train = recurrent.first_symbol_task(1000, T, random_state=0)
X_test, y_test = recurrent.first_symbol_task(1000, T, random_state=1)
net = recurrent.RecurrentNetwork(1, 16, random_state=0)
history = net.fit(X_train, y_train, epochs=20, learning_rate=0.5, random_state=0)
print(f"точность рекуррентной сети на тесте: {i18n.number(np.mean(net.predict(X_test) == y_test), '.3f')}")
print(f"угадывание по последнему символу:    {i18n.number(np.mean(X_test[:, -1, 0] == y_test), '.3f')}")

# %% [markdown] lang="en"
# ## The gradient vanishes through time
#
# Going back one step multiplies $\partial L / \partial h_t$ by $\mathrm{diag}(1 - h_t^2)\,
# W_{hh}^T$: the chain of §1.4.2 again, with the *same* matrix in every factor. If
# $W_{hh}$ shrinks vectors (its largest $|$eigenvalue$|$, the spectral radius, below 1) the
# signal from the loss decays geometrically with the distance in time; if it stretches them,
# the decay slows down and can turn into growth (tanh' ≤ 1 holds it back). Below, the mean
# $\|\partial L / \partial h_t\|$ over 300 sequences of length 30 for three untrained
# networks that differ only in the spectral radius they start with:

# %% [markdown] lang="ru"
# ## Градиент затухает во времени
#
# Шаг назад во времени умножает $\partial L / \partial h_t$ на $\mathrm{diag}(1 - h_t^2)\,
# W_{hh}^T$: это та же цепочка, что в §1.4.2, но с *одной и той же* матрицей в каждом
# множителе. Если $W_{hh}$ сжимает векторы (её наибольшее по модулю собственное значение,
# спектральный радиус, меньше 1), сигнал от функции потерь убывает в геометрической
# прогрессии с расстоянием во времени; если растягивает — убывание замедляется и может
# смениться ростом (его сдерживает tanh' ≤ 1). Ниже — среднее $\|\partial L / \partial h_t\|$ по 300 последовательностям длины
# 30 для трёх необученных сетей, которые различаются только начальным спектральным радиусом:

# %% lang="en"
X_long, y_long = recurrent.first_symbol_task(300, 30, random_state=2)
norms = {}
for radius in (0.5, 1.0, 1.5):
    untrained = recurrent.RecurrentNetwork(1, 16, recurrent_scale=radius, random_state=0)
    dH = untrained.gradients(X_long, y_long)[2][:, 1:]  # ∂L/∂h_t, t = 1 … T
    norms[f"spectral radius {i18n.number(radius, '.1f')}"] = np.linalg.norm(dH, axis=2).mean(axis=0)
fig, (ax_norms, ax_accuracy) = plt.subplots(1, 2, figsize=(8, 3.4))
plots.recurrent.draw_gradient_norms(ax_norms, norms)

# Training at T = 16 from radius 0.5 and from radius 1.0, same budget as above
X_16, y_16 = recurrent.first_symbol_task(1000, 16, random_state=0)
for color, radius in zip(["tab:blue", "tab:orange"], (0.5, 1.0)):
    model = recurrent.RecurrentNetwork(1, 16, recurrent_scale=radius, random_state=0)
    curve = model.fit(X_16, y_16, epochs=20, learning_rate=0.5, random_state=0).accuracy
    ax_accuracy.plot(range(1, 21), curve, "o-", ms=3, color=color, label=f"spectral radius {i18n.number(radius, '.1f')}")
ax_accuracy.set(xlabel="epoch", ylabel="training accuracy", ylim=(0.4, 1.05),
                title="First symbol of T = 16: training")
ax_accuracy.legend(loc="center right")
plt.show()

# %% lang="ru"
X_long, y_long = recurrent.first_symbol_task(300, 30, random_state=2)
norms = {}
for radius in (0.5, 1.0, 1.5):
    untrained = recurrent.RecurrentNetwork(1, 16, recurrent_scale=radius, random_state=0)
    dH = untrained.gradients(X_long, y_long)[2][:, 1:]  # ∂L/∂h_t, t = 1 … T
    norms[f"спектральный радиус {i18n.number(radius, '.1f')}"] = np.linalg.norm(dH, axis=2).mean(axis=0)
fig, (ax_norms, ax_accuracy) = plt.subplots(1, 2, figsize=(8, 3.4))
plots.recurrent.draw_gradient_norms(ax_norms, norms)

# Обучение при T = 16 от радиуса 0,5 и от радиуса 1,0 с тем же бюджетом, что выше
X_16, y_16 = recurrent.first_symbol_task(1000, 16, random_state=0)
for color, radius in zip(["tab:blue", "tab:orange"], (0.5, 1.0)):
    model = recurrent.RecurrentNetwork(1, 16, recurrent_scale=radius, random_state=0)
    curve = model.fit(X_16, y_16, epochs=20, learning_rate=0.5, random_state=0).accuracy
    ax_accuracy.plot(range(1, 21), curve, "o-", ms=3, color=color, label=f"спектральный радиус {i18n.number(radius, '.1f')}")
ax_accuracy.set(xlabel="эпоха", ylabel="точность на обучении", ylim=(0.4, 1.05),
                title="Первый символ из T = 16: обучение")
ax_accuracy.legend(loc="center right")
plt.show()

# %% [markdown] lang="en"
# ## Explorer: the spectral radius
#
# The slider sets the spectral radius $W_{hh}$ starts with; the curve is the mean
# $\|\partial L / \partial h_t\|$ of that untrained network over 200 sequences of length 30,
# against the dashed curve for radius 1, and the title says what fraction of the gradient at
# the last step reaches the first. Each radius is computed once and cached. The picture below
# is the starting state, for reading without a kernel.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: спектральный радиус
#
# Ползунок задаёт начальный спектральный радиус $W_{hh}$; кривая — среднее
# $\|\partial L / \partial h_t\|$ этой необученной сети по 200 последовательностям длины 30
# рядом с пунктирной кривой для радиуса 1, а заголовок говорит, какая доля градиента последнего
# шага доходит до первого. Каждый радиус вычисляется один раз и запоминается. Картинка ниже —
# начальное состояние, чтобы страницу можно было читать без запущенного ядра.

# %%
explorer = widgets.recurrent.gradient_explorer(radius=0.5)
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## What to notice, and something to try
#
# - With radius 0.5 the gradient that reaches 15 steps back (the first symbol when
#   $T = 16$) is about $10^{-9}$ of what reaches the last step: the first symbol's influence on the loss is invisible to gradient
#   descent, and the network stays at chance for $T = 16$ while it solved $T = 8$. From
#   radius 1.0 the same budget solves it. This is the vanishing gradient of §1.4.2, with
#   time playing the role of depth.
# - Clipping the gradient's norm (`clip` in `fit`) tames the exploding case; nothing this
#   simple cures the vanishing one. The book's later chapters answer it with gated units
#   (LSTM), which let the state pass through time nearly unchanged.
# - Try: `T = 32` from radius 1.0, or fewer hidden units; and compare the gradient norms
#   after training with those before it.

# %% [markdown] lang="ru"
# ## На что обратить внимание и что попробовать
#
# - При радиусе 0,5 градиент, прошедший 15 шагов назад (до первого символа при $T = 16$),
#   составляет около $10^{-9}$ от доходящего до последнего шага: влияние первого символа на потери незаметно для градиентного
#   спуска, и при $T = 16$ сеть остаётся на уровне угадывания, хотя $T = 8$ она решила. С
#   радиусом 1,0 тот же бюджет решает задачу. Это затухающий градиент из §1.4.2, где роль
#   глубины играет время.
# - Ограничение нормы градиента (`clip` в `fit`) укрощает взрывной градиент; против
#   затухающего такого простого средства нет. Поздние главы книги отвечают на это
#   вентильными нейронами (LSTM), через которые состояние проходит во времени почти без
#   изменений.
# - Попробуйте: `T = 32` с радиусом 1,0 или меньше скрытых нейронов; сравните нормы
#   градиента после обучения с нормами до него.
