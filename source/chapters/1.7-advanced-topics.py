# %% [markdown] lang="en"
# # 1.7 Advanced topics
#
# Section 1.7 of the book closes its survey with three directions that later chapters develop:
# learning from reward (§1.7.1), networks that choose where to read (§1.7.2) and two
# networks trained against each other (§1.7.3). The book describes them in words; here each is
# a short model that runs in about a second, built from the pieces of this chapter:
#
# 1. **reinforcement learning**: an agent that learns which slot machine pays best, then one
#    that learns its way through a maze by Q-learning, each with its reward curve;
# 2. **attention**: a softmax over a memory of vectors, eq. (1.12), that learns to look up the
#    right slot, its weights shown before and after training;
# 3. a **generative adversarial network**: a generator and a discriminator in numpy that
#    learn a 1-D distribution, with both losses and the samples over training.

# %% [markdown] lang="ru"
# # 1.7 Дополнительные темы
#
# Раздел 1.7 книги завершает обзор тремя направлениями, которые развиваются в следующих
# главах: обучение по вознаграждению (§1.7.1), сети, которые сами выбирают, откуда читать
# (§1.7.2), и две сети, обучаемые друг против друга (§1.7.3). Книга описывает их словами; здесь
# каждое — небольшая модель, работающая около секунды и собранная из деталей этой главы:
#
# 1. **обучение с подкреплением**: агент, который узнаёт, какой игровой автомат платит лучше, и
#    агент, который учится проходить лабиринт методом Q-обучения, — каждый со своей кривой
#    награды;
# 2. **внимание**: Softmax по памяти из векторов, формула (1.12), который учится находить нужную
#    ячейку; веса показаны до и после обучения;
# 3. **генеративно-состязательная сеть**: генератор и дискриминатор на numpy, которые учатся
#    одномерному распределению; показаны обе функции потерь и образцы по ходу обучения.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import attention, gan, i18n, plots, reinforcement, widgets

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np

from nbcompanion import attention, gan, i18n, plots, reinforcement, widgets

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статичных рисунков

# %% [markdown] lang="en"
# ## 1.7.1 Reinforcement learning: a bandit
#
# No one tells the agent the right answer; it only gets a reward for what it did. The
# smallest such problem is a row of $k = 10$ slot machines ("arms"), arm $a$ paying a random
# reward around an unknown mean $\mu_a$. The agent keeps the running mean of what each arm has
# paid, $Q(a) \Leftarrow Q(a) + \big(r - Q(a)\big)/n(a)$, plays the arm with the largest
# $Q$, and with probability $\varepsilon$ plays a random arm instead — the price of finding
# out whether another arm is better. Three agents, 300 independent runs each:

# %% [markdown] lang="ru"
# ## 1.7.1 Обучение с подкреплением: бандит
#
# Никто не сообщает агенту правильный ответ: он получает лишь награду за то, что сделал.
# Простейшая такая задача — ряд из $k = 10$ игровых автоматов («ручек»), ручка $a$ платит
# случайную награду вокруг неизвестного среднего $\mu_a$. Агент хранит среднее того, что
# заплатила каждая ручка, $Q(a) \Leftarrow Q(a) + \big(r - Q(a)\big)/n(a)$, тянет ручку с
# наибольшим $Q$, а с вероятностью $\varepsilon$ — случайную: это цена того, чтобы узнать, не
# лучше ли другая. Три агента, по 300 независимых запусков:

# %% lang="en"
means = np.random.default_rng(1).normal(size=10)  # the arms' true means, hidden from the agent
runs = {epsilon: reinforcement.epsilon_greedy_bandit(means, epsilon=epsilon, n_steps=1000,
                                                     n_runs=300, random_state=7)
        for epsilon in (0.0, 0.01, 0.1)}
print("best arm:", int(means.argmax()), "with mean", i18n.number(means.max(), ".3f"))
for epsilon, run in runs.items():
    print(f"ε = {i18n.number(epsilon, 'g'):<4}: mean reward over the last 100 plays {i18n.number(run.rewards[:, -100:].mean(), '.3f')},"
          f" best arm played {i18n.number(100 * run.optimal[:, -100:].mean(), '.1f')} % of the time")

# %% lang="ru"
means = np.random.default_rng(1).normal(size=10)  # истинные средние ручек, агенту неизвестные
runs = {epsilon: reinforcement.epsilon_greedy_bandit(means, epsilon=epsilon, n_steps=1000,
                                                     n_runs=300, random_state=7)
        for epsilon in (0.0, 0.01, 0.1)}
print("лучшая ручка:", int(means.argmax()), "со средним", i18n.number(means.max(), ".3f"))
for epsilon, run in runs.items():
    print(f"ε = {i18n.number(epsilon, 'g'):<4}: средняя награда за последние 100 ходов {i18n.number(run.rewards[:, -100:].mean(), '.3f')},"
          f" лучшая ручка выбрана в {i18n.number(100 * run.optimal[:, -100:].mean(), '.1f')} % ходов")

# %%
fig, ax = plt.subplots(figsize=(7.5, 3.6))
plots.reinforcement.draw_reward_curves(
    ax, {epsilon: run.rewards.mean(axis=0) for epsilon, run in runs.items()}, best=means.max())
plt.show()

# %% [markdown] lang="en"
# The greedy agent ($\varepsilon = 0$) settles on whichever arm first looked good and never
# learns better; a little exploration pays for itself. This tension between *exploiting*
# what is known and *exploring* is the heart of reinforcement learning, and it has no
# counterpart in the supervised learning of the rest of the chapter.
#
# ## A grid world learned by Q-learning
#
# Now actions have consequences: a move changes where the agent is. In a 5 × 6 maze with two
# walls, each step costs a reward of $-1$, so the return of an episode is minus its length.
# Q-learning keeps a table $Q(s, a)$ of how good action $a$ is in cell $s$ and, after each
# move from $s$ to $s'$ with reward $r$, moves it towards what it just learned:
# $Q(s, a) \Leftarrow Q(s, a) + \alpha\,[r + \gamma \max_{a'} Q(s', a') - Q(s, a)]$.
# The target borrows the table's own estimate for $s'$: information about the goal spreads
# backwards one step per visit, much as deltas flow backwards in backpropagation (§1.3).

# %% [markdown] lang="ru"
# Жадный агент ($\varepsilon = 0$) останавливается на той ручке, которая первой показалась
# хорошей, и уже не узнаёт лучшей; немного исследования окупается. Это напряжение между
# *использованием* известного и *исследованием* — сердце обучения с подкреплением, и у него нет
# аналога в обучении с учителем, которому посвящена остальная глава.
#
# ## Клетчатый мир и Q-обучение
#
# Теперь у действий есть последствия: ход меняет положение агента. В лабиринте 5 × 6 с двумя
# стенами каждый шаг стоит награды $-1$, поэтому доход эпизода равен его длине со знаком минус.
# Q-обучение хранит таблицу $Q(s, a)$ — насколько хорошо действие $a$ в клетке $s$ — и после
# каждого хода из $s$ в $s'$ с наградой $r$ сдвигает её к тому, что только что узнало:
# $Q(s, a) \Leftarrow Q(s, a) + \alpha\,[r + \gamma \max_{a'} Q(s', a') - Q(s, a)]$.
# Цель заимствует собственную оценку таблицы для $s'$: сведения о цели распространяются назад
# на шаг за каждое посещение — примерно так же, как дельты идут назад при обратном
# распространении ошибки (§1.3).

# %% lang="en"
world = reinforcement.GridWorld()
learned = reinforcement.q_learning(world, n_episodes=300, alpha=0.5, gamma=0.95, epsilon=0.1,
                                   random_state=0)
path = reinforcement.greedy_path(world, learned.q)
optimal = reinforcement.value_iteration(world, gamma=0.95)  # the exact Q*, for comparison
on_path = [world.index(cell) for cell in path[:-1]]
print("steps in the first 5 episodes:", (-learned.returns[:5]).astype(int).tolist())
print("steps in the last 5 episodes: ", (-learned.returns[-5:]).astype(int).tolist())
print("greedy path length:", len(path) - 1, "| shortest path (breadth-first search):",
      world.shortest_path_length())
print("learned values along the path equal Q* to 1e-9:",
      i18n.yes_no(np.allclose(learned.q[on_path].max(axis=1), optimal[on_path].max(axis=1), rtol=0, atol=1e-9)))

# %% lang="ru"
world = reinforcement.GridWorld()
learned = reinforcement.q_learning(world, n_episodes=300, alpha=0.5, gamma=0.95, epsilon=0.1,
                                   random_state=0)
path = reinforcement.greedy_path(world, learned.q)
optimal = reinforcement.value_iteration(world, gamma=0.95)  # точная Q* для сравнения
on_path = [world.index(cell) for cell in path[:-1]]
print("шагов в первых 5 эпизодах:", (-learned.returns[:5]).astype(int).tolist())
print("шагов в последних 5 эпизодах:", (-learned.returns[-5:]).astype(int).tolist())
print("длина жадного пути:", len(path) - 1, "| кратчайший путь (поиск в ширину):",
      world.shortest_path_length())
print("выученные значения вдоль пути равны Q* с точностью 1e-9:",
      i18n.yes_no(np.allclose(learned.q[on_path].max(axis=1), optimal[on_path].max(axis=1), rtol=0, atol=1e-9)))

# %%
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.4), width_ratios=(1.2, 1))
plots.reinforcement.draw_episode_returns(left, learned.returns,
                                         shortest=world.shortest_path_length())
plots.reinforcement.draw_grid_world(right, world, learned.q, path)
plt.show()

# %% [markdown] lang="en"
# The first episodes wander for dozens or hundreds of steps; within a few dozen episodes the
# agent walks the shortest path (the curve stays a little above it because 10 % of moves are
# still random). Along that path the learned values agree with the exact $Q^*$ computed by
# value iteration. With a neural network in place of the table — needed when the states are
# the pixels of a game screen — this becomes the deep reinforcement learning of the book's
# chapter 9.

# %% [markdown] lang="ru"
# Первые эпизоды блуждают десятки и сотни шагов; через несколько десятков эпизодов агент
# проходит кратчайшим путём (кривая держится чуть выше него, потому что 10 % ходов всё ещё
# случайны). Вдоль этого пути выученные значения совпадают с точной $Q^*$, вычисленной итерацией
# по ценностям. Если вместо таблицы взять нейронную сеть — а это необходимо, когда состояния —
# пиксели экрана игры, — получится глубокое обучение с подкреплением из главы 9 книги.

# %% [markdown] lang="en"
# ## Explorer: the policy episode by episode
#
# The same run, every table kept: the slider picks an episode and shows the greedy action
# of each cell and the greedy path as they were after it (a cell never tried has no arrow).
# The picture below is the explorer's starting state, so the page reads without a kernel.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: стратегия эпизод за эпизодом
#
# Тот же запуск, все таблицы сохранены: ползунок выбирает эпизод и показывает лучшее действие
# в каждой клетке и жадный путь такими, какими они были после него (у клетки, где агент ещё не
# был, стрелки нет). Картинка ниже — начальное состояние интерактивного рисунка, чтобы страницу
# можно было читать без запущенного ядра.

# %%
explorer = widgets.reinforcement.q_learning_explorer()
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## 1.7.2 Attention: reading from a memory
#
# The book's §1.7.2 asks for networks that control where they read. Soft attention does it
# with a softmax. A memory holds $n = 8$ slots, each a key $k_j$ (what the slot is about) and a
# value $v_j$ (what it stores). A query $q$ scores every key, the scores become weights by
# eq. (1.12), and the read is the weighted average of the values:
#
# $$s_j = k_j \cdot (W q), \qquad a = \mathrm{softmax}(s), \qquad r = \sum_j a_j v_j .$$
#
# The task: the queries arrive distorted by an unknown rotation, so compared with the keys as
# they are ($W = I$) they point at the wrong slots. Every step is differentiable, so $W$ can be
# learned by gradient descent on $\tfrac12\lVert r - v_{\text{right}}\rVert^2$. The backward
# phase goes through the softmax, whose Jacobian is $\mathrm{diag}(a) - a a^T$:

# %% [markdown] lang="ru"
# ## 1.7.2 Внимание: чтение из памяти
#
# §1.7.2 книги говорит о сетях, которые сами управляют тем, откуда читать. Мягкое внимание
# делает это с помощью Softmax. Память содержит $n = 8$ ячеек, у каждой ключ $k_j$ (о чём
# ячейка) и значение $v_j$ (что в ней хранится). Запрос $q$ оценивает каждый ключ, оценки
# превращаются в веса по формуле (1.12), а прочитанное — взвешенное среднее значений:
#
# $$s_j = k_j \cdot (W q), \qquad a = \mathrm{softmax}(s), \qquad r = \sum_j a_j v_j .$$
#
# Задача: запросы приходят искажёнными неизвестным поворотом, и если сравнивать их с ключами
# как есть ($W = I$), они указывают не на те ячейки. Каждый шаг дифференцируем, поэтому $W$
# можно обучить градиентным спуском по $\tfrac12\lVert r - v_{\text{нужн}}\rVert^2$. Обратная
# фаза проходит через Softmax, чей якобиан равен $\mathrm{diag}(a) - a a^T$:

# %% lang="en"
task = attention.make_lookup_task(n_slots=8, dim=6, value_dim=4, n_queries=200, random_state=0)
W = np.random.default_rng(3).normal(size=(6, 6))
loss, gradient = attention.loss_and_gradient(W, task.queries[:20], task.targets[:20],
                                             task.keys, task.values)
numerical = np.zeros_like(W)
h = 1e-6
for index in np.ndindex(W.shape):  # central finite differences, one weight at a time
    step = np.zeros_like(W)
    step[index] = h
    plus, _ = attention.loss_and_gradient(W + step, task.queries[:20], task.targets[:20], task.keys, task.values)
    minus, _ = attention.loss_and_gradient(W - step, task.queries[:20], task.targets[:20], task.keys, task.values)
    numerical[index] = (plus - minus) / (2 * h)
print("backpropagated gradient equals finite differences to a relative 1e-6:",
      i18n.yes_no(np.abs(gradient - numerical).max() / np.abs(numerical).max() < 1e-6))

# %% lang="ru"
task = attention.make_lookup_task(n_slots=8, dim=6, value_dim=4, n_queries=200, random_state=0)
W = np.random.default_rng(3).normal(size=(6, 6))
loss, gradient = attention.loss_and_gradient(W, task.queries[:20], task.targets[:20],
                                             task.keys, task.values)
numerical = np.zeros_like(W)
h = 1e-6
for index in np.ndindex(W.shape):  # центральные конечные разности, по одному весу
    step = np.zeros_like(W)
    step[index] = h
    plus, _ = attention.loss_and_gradient(W + step, task.queries[:20], task.targets[:20], task.keys, task.values)
    minus, _ = attention.loss_and_gradient(W - step, task.queries[:20], task.targets[:20], task.keys, task.values)
    numerical[index] = (plus - minus) / (2 * h)
print("градиент обратного распространения равен конечным разностям с относительной точностью 1e-6:",
      i18n.yes_no(np.abs(gradient - numerical).max() / np.abs(numerical).max() < 1e-6))

# %% [markdown] lang="en"
# Training starts from $W = I$. The weights are then shown for ten *new* queries, made the
# same way but never seen in training: a held-out test of the lookup.

# %% [markdown] lang="ru"
# Обучение начинается с $W = I$. Затем веса показаны для десяти *новых* запросов, построенных
# так же, но не встречавшихся при обучении: проверка поиска на отложенных данных.

# %% lang="en"
trained = attention.train_query_map(task, n_steps=150, learning_rate=0.5, momentum=0.9)
test_targets = np.arange(10) % 8
test_queries = attention.new_queries(task, test_targets, random_state=1)
before, _ = attention.attend(test_queries, task.keys, task.values)
after, read = attention.attend(test_queries, task.keys, task.values, trained.W)
print(f"right lookups in training: {i18n.number(100 * trained.accuracy[0], '.0f')} % at the start,"
      f" {i18n.number(100 * trained.accuracy[-1], '.0f')} % after 150 steps")
print("new queries: right slot found", int(np.sum(after.argmax(axis=1) == test_targets)), "of 10,"
      " smallest weight on it", i18n.number(after[np.arange(10), test_targets].min(), ".3f"))
print("largest error of the read values:", i18n.number(np.abs(read - task.values[test_targets]).max(), ".3f"))

# %% lang="ru"
trained = attention.train_query_map(task, n_steps=150, learning_rate=0.5, momentum=0.9)
test_targets = np.arange(10) % 8
test_queries = attention.new_queries(task, test_targets, random_state=1)
before, _ = attention.attend(test_queries, task.keys, task.values)
after, read = attention.attend(test_queries, task.keys, task.values, trained.W)
print(f"верных поисков при обучении: {i18n.number(100 * trained.accuracy[0], '.0f')} % в начале,"
      f" {i18n.number(100 * trained.accuracy[-1], '.0f')} % после 150 шагов")
print("новые запросы: нужная ячейка найдена в", int(np.sum(after.argmax(axis=1) == test_targets)), "из 10,"
      " наименьший вес на ней", i18n.number(after[np.arange(10), test_targets].min(), ".3f"))
print("наибольшая ошибка прочитанных значений:", i18n.number(np.abs(read - task.values[test_targets]).max(), ".3f"))

# %% lang="en"
fig, axes = plt.subplots(1, 3, figsize=(8, 3.6), width_ratios=(1, 1, 1.25))
plots.attention.draw_weights(axes[0], before, test_targets,
                             title="Weights $a_j$ before\ntraining (W = I)")
drawn = plots.attention.draw_weights(axes[1], after, test_targets,
                                     title="Weights $a_j$ after training,\nnew queries", legend=False)
fig.colorbar(drawn["weights"], ax=axes[1], label="weight")
plots.attention.draw_training(axes[2], trained.loss, trained.accuracy)
plt.show()

# %% lang="ru"
fig, axes = plt.subplots(1, 3, figsize=(8, 3.6), width_ratios=(1, 1, 1.25))
plots.attention.draw_weights(axes[0], before, test_targets,
                             title="Веса $a_j$ до\nобучения (W = I)")
drawn = plots.attention.draw_weights(axes[1], after, test_targets,
                                     title="Веса $a_j$ после обучения,\nновые запросы", legend=False)
fig.colorbar(drawn["weights"], ax=axes[1], label="вес")
plots.attention.draw_training(axes[2], trained.loss, trained.accuracy)
plt.show()

# %% [markdown] lang="en"
# Before training the weights are spread out and sit on the wrong slots; after it, each new
# query puts nearly all of its weight on its own slot and reads that slot's value back. The
# same mechanism, with keys, values and queries all computed by networks, is the attention of
# machine translation and of the memory networks and neural Turing machines the book cites.

# %% [markdown] lang="ru"
# До обучения веса размазаны и стоят не на тех ячейках; после него каждый новый запрос кладёт
# почти весь вес на свою ячейку и читает её значение. Тот же механизм, в котором ключи,
# значения и запросы вычисляются сетями, — это внимание в машинном переводе, в сетях памяти и
# нейронных машинах Тьюринга, на которые ссылается книга.

# %% [markdown] lang="en"
# ## 1.7.3 A generative adversarial network
#
# The generator $G$ turns Gaussian noise $z$ into a sample $x = G(z)$; the discriminator $D$
# says how likely $x$ is to be real, $D(x) = \mathrm{sigmoid}(\ell(x))$. Each is a network with
# one hidden layer of tanh units (§1.2.2). $D$ minimizes the cross-entropy of telling real
# from generated, $L_D = -\operatorname{mean}\log D(x_{\text{real}}) -
# \operatorname{mean}\log\big(1 - D(G(z))\big)$; $G$ minimizes $L_G =
# -\operatorname{mean}\log D(G(z))$, so it improves exactly when it fools $D$. $G$'s gradient
# passes backwards through $D$ to the sample and then through $G$: backpropagation across two
# networks, checked against finite differences:

# %% [markdown] lang="ru"
# ## 1.7.3 Генеративно-состязательная сеть
#
# Генератор $G$ превращает гауссовский шум $z$ в образец $x = G(z)$; дискриминатор $D$ говорит,
# насколько вероятно, что $x$ настоящий: $D(x) = \mathrm{sigmoid}(\ell(x))$. Каждый — сеть с
# одним скрытым слоем нейронов tanh (§1.2.2). $D$ минимизирует кросс-энтропию различения
# настоящих и сгенерированных образцов, $L_D = -\operatorname{mean}\log D(x_{\text{наст}}) -
# \operatorname{mean}\log\big(1 - D(G(z))\big)$; $G$ минимизирует $L_G =
# -\operatorname{mean}\log D(G(z))$, то есть улучшается ровно тогда, когда обманывает $D$.
# Градиент $G$ идёт назад через $D$ к образцу и затем через $G$ — обратное распространение
# сквозь две сети, проверенное конечными разностями:

# %% lang="en"
rng = np.random.default_rng(5)
generator, discriminator = gan.init_network(4, rng=rng), gan.init_network(5, rng=rng)
z = rng.normal(size=(16, 1))
_, analytic = gan.generator_loss(generator, discriminator, z)
worst = 0.0
for name, array in generator.items():  # central finite differences on every generator weight
    for index in np.ndindex(array.shape):
        original = array[index]
        array[index] = original + 1e-6
        plus, _ = gan.generator_loss(generator, discriminator, z)
        array[index] = original - 1e-6
        minus, _ = gan.generator_loss(generator, discriminator, z)
        array[index] = original
        worst = max(worst, abs((plus - minus) / 2e-6 - analytic[name][index]))
print("generator gradient through the discriminator equals finite differences to 1e-7:",
      i18n.yes_no(worst < 1e-7))

# %% lang="ru"
rng = np.random.default_rng(5)
generator, discriminator = gan.init_network(4, rng=rng), gan.init_network(5, rng=rng)
z = rng.normal(size=(16, 1))
_, analytic = gan.generator_loss(generator, discriminator, z)
worst = 0.0
for name, array in generator.items():  # центральные конечные разности по каждому весу генератора
    for index in np.ndindex(array.shape):
        original = array[index]
        array[index] = original + 1e-6
        plus, _ = gan.generator_loss(generator, discriminator, z)
        array[index] = original - 1e-6
        minus, _ = gan.generator_loss(generator, discriminator, z)
        array[index] = original
        worst = max(worst, abs((plus - minus) / 2e-6 - analytic[name][index]))
print("градиент генератора через дискриминатор равен конечным разностям с точностью 1e-7:",
      i18n.yes_no(worst < 1e-7))

# %% [markdown] lang="en"
# The real data are samples of $\mathcal N(3, 0.5^2)$. The two networks take turns, one Adam
# step each on a batch of 64, for 1500 steps:

# %% [markdown] lang="ru"
# Настоящие данные — выборка из $\mathcal N(3;\ 0{,}5^2)$. Сети ходят по очереди, по одному шагу
# Adam на пакете из 64 образцов, 1500 шагов:

# %% lang="en"
steps = (0, 100, 400, 1500)
run = gan.train_gan(mean=3.0, std=0.5, n_steps=1500, snapshot_steps=steps, random_state=0)
for step in steps:
    samples = run.snapshots[step]
    print(f"step {step:>4}: generated mean {i18n.number(samples.mean(), '5.2f')},"
          f" standard deviation {i18n.number(samples.std(), '4.2f')}")
print(f"last 200 steps: L_D = {i18n.number(run.d_loss[-200:].mean(), '.3f')} (2 log 2 = {i18n.number(2 * np.log(2), '.3f')}),"
      f" L_G = {i18n.number(run.g_loss[-200:].mean(), '.3f')} (log 2 = {i18n.number(np.log(2), '.3f')})")

# %% lang="ru"
steps = (0, 100, 400, 1500)
run = gan.train_gan(mean=3.0, std=0.5, n_steps=1500, snapshot_steps=steps, random_state=0)
for step in steps:
    samples = run.snapshots[step]
    print(f"шаг {step:>4}: среднее сгенерированных {i18n.number(samples.mean(), '5.2f')},"
          f" стандартное отклонение {i18n.number(samples.std(), '4.2f')}")
print(f"последние 200 шагов: L_D = {i18n.number(run.d_loss[-200:].mean(), '.3f')} (2 log 2 = {i18n.number(2 * np.log(2), '.3f')}),"
      f" L_G = {i18n.number(run.g_loss[-200:].mean(), '.3f')} (log 2 = {i18n.number(np.log(2), '.3f')})")

# %%
fig, ax = plt.subplots(figsize=(8, 3))
plots.gan.draw_losses(ax, run.d_loss, run.g_loss)
plt.show()

# %%
fig, axes = plt.subplots(1, len(steps), figsize=(8, 2.6), sharey=True)
for ax, step in zip(axes, steps):
    drawn = plots.gan.draw_samples(ax, run.snapshots[step], mean=3.0, std=0.5, step=step)
for ax in axes[1:]:
    ax.set_ylabel("")
fig.legend(handles=[drawn["samples"][0], drawn["real"]], loc="outside lower center", ncols=2)
plt.show()

# %% [markdown] lang="en"
# At step 0 the generator's samples sit near zero; within a few hundred steps they move onto
# the real data, first too narrow, then with the right mean and spread — though not yet the
# bell's shape: 16 tanh units bunch the samples against an upper edge. The losses tell the same story
# as the book's equilibrium: when $D$ can no longer tell the two apart it outputs ½
# everywhere, and $L_D$ and $L_G$ settle at $2\log 2$ and $\log 2$. A GAN is fragile, though:
# with both networks learning at the same rate this one overshot the mean and ended far too
# narrow (a standard deviation of 0.1–0.2 instead of 0.5 in the seeds tried) — the generator
# drifting towards a single point, the failure called mode collapse. That is why its
# discriminator learns four times faster.
#
# ## What to notice, what to try
#
# - In all three sketches the learning is gradient-free (the bandit, Q-learning) or gradient
#   descent through the chapter's pieces: softmax (1.12), cross-entropy (1.15), tanh units
#   with derivative $1 - o^2$ (1.21), and backpropagation (§1.3).
# - Set `epsilon=0.0` in the grid world: the greedy agent still reaches the goal here, because
#   the table starts at 0 and every visited move looks worse than an untried one — optimism
#   makes it explore.
# - Train the GAN with `d_learning_rate=0.001` (as fast as the generator) and look at the
#   samples at step 1500.

# %% [markdown] lang="ru"
# На шаге 0 образцы генератора лежат около нуля; за несколько сотен шагов они переходят на
# настоящие данные — сначала слишком узко, затем с правильными средним и разбросом, хотя ещё
# не в форме колокола: 16 нейронов tanh прижимают образцы к верхней границе. Функции потерь
# рассказывают то же, что и равновесие из книги: когда $D$ больше не различает их, он везде
# выдаёт ½, и $L_D$ и $L_G$ устанавливаются на $2\log 2$ и $\log 2$. Но GAN капризна: когда обе
# сети учились с одной скоростью, эта проскакивала среднее и заканчивала слишком узкой
# выборкой (стандартное отклонение 0,1–0,2 вместо 0,5 на испробованных зёрнах) — генератор
# сползал к одной точке; такой сбой называют схлопыванием мод. Поэтому её дискриминатор учится
# в четыре раза быстрее.
#
# ## На что обратить внимание и что попробовать
#
# - Во всех трёх набросках обучение либо обходится без градиентов (бандит, Q-обучение), либо
#   это градиентный спуск через детали этой главы: Softmax (1.12), кросс-энтропия (1.15),
#   нейроны tanh с производной $1 - o^2$ (1.21) и обратное распространение ошибки (§1.3).
# - Задайте `epsilon=0.0` в клетчатом мире: жадный агент всё равно доходит до цели, потому что
#   таблица начинается с нулей и каждый испробованный ход выглядит хуже неиспробованного —
#   оптимизм заставляет исследовать.
# - Обучите GAN с `d_learning_rate=0.001` (так же быстро, как генератор) и посмотрите на
#   образцы на шаге 1500.
