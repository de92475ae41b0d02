# %% [markdown] lang="en"
# # Chapter 1. An Introduction to Neural Networks — contents
#
# This companion follows Chapter 1 of Charu C. Aggarwal, *Neural Networks and Deep Learning*
# (Springer, 2018). Each notebook below is a short lesson on one section: read it top to
# bottom, run it (*Run → Run All Cells*), then move the sliders of its explorers. Section,
# equation and figure numbers are the book's, identical in the English and Russian editions.
#
# | § | notebook | what you can do there |
# |---|---|---|
# | 1.1 | [The artificial neuron](1.1-introduction.ipynb) | set inputs and weights of the neuron of Fig. 1.1(b) and watch its pre- and post-activation values (Fig. 1.7) |
# | 1.2.1 | [The perceptron](1.2.1-perceptron.ipynb) | step through training, eqs. (1.1)–(1.6); the bias neuron (Fig. 1.3); separable and non-separable data (Fig. 1.4) |
# | 1.2.1.1–1.2.1.2 | [What the perceptron optimizes; the SVM](1.2.1.1-perceptron-objective.ipynb) | 0/1 loss, perceptron criterion and hinge loss (Fig. 1.6); the pocket algorithm; the margin |
# | 1.2.1.3 | [Activation functions](1.2.1.3-activations.ipynb) | the six activations of Fig. 1.8 and their saturation |
# | 1.2.1.4 | [Output nodes and softmax](1.2.1.4-output-nodes.ipynb) | Fig. 1.9; softmax regression against scikit-learn |
# | 1.2.1.5 | [Loss functions](1.2.1.5-losses.ipynb) | eqs. (1.13)–(1.15) and how hard each loss pushes the weights |
# | 1.2.1.6 | [Derivatives of activations](1.2.1.6-activation-derivatives.ipynb) | Fig. 1.10; eqs. (1.16)–(1.21) against finite differences |
# | 1.2.2 | [Multilayer networks](1.2.2-multilayer-networks.ipynb) | Fig. 1.11 from a real network; the autoencoder of Fig. 1.12 and the SVD |
# | 1.2.3 | [The network as a computational graph](1.2.3-computational-graph.ipynb) | universal approximation with one hidden layer |
# | 1.3 | [Backpropagation](1.3-backpropagation.ipynb) | Fig. 1.13; forward and backward phases node by node, eqs. (1.22)–(1.31) |
# | 1.5.1 | [Why the activation must be nonlinear](1.5.1-nonlinear-activation.ipynb) | Theorem 1.5.1 checked numerically; Fig. 1.14 with ReLU weights on sliders |
#
# **Exercises** (§1.11) are in [`exercises/en/`](../../exercises/en/), one notebook each, with
# `check(...)` for instant feedback and `hint(1)`, `hint(2)`, … ; worked solutions are in
# [`solutions/en/`](../../solutions/en/).
#
# Sections 1.4, 1.5.2–1.8 (overfitting and regularization, vanishing gradients, depth and
# parameters, classical models as networks, advanced topics, benchmarks) are not covered by
# notebooks yet.
# %% [markdown] lang="ru"
# # Глава 1. Введение в нейронные сети — содержание
#
# Этот спутник следует главе 1 книги Чару Аггарвала *«Нейронные сети и глубокое обучение»*
# (Springer, 2018). Каждый блокнот ниже — короткий урок по одному разделу: прочитайте его
# сверху вниз, выполните (*Run → Run All Cells*) и подвигайте ползунки исследователей.
# Номера разделов, формул и рисунков — книжные, в русском и английском изданиях они совпадают.
#
# | § | блокнот | что в нём можно сделать |
# |---|---|---|
# | 1.1 | [Искусственный нейрон](1.1-introduction.ipynb) | задать входы и веса нейрона рис. 1.1(b) и следить за предактивационным и постактивационным значениями (рис. 1.7) |
# | 1.2.1 | [Перцептрон](1.2.1-perceptron.ipynb) | обучение шаг за шагом, формулы (1.1)–(1.6); нейрон смещения (рис. 1.3); разделимые и неразделимые данные (рис. 1.4) |
# | 1.2.1.1–1.2.1.2 | [Что оптимизирует перцептрон; связь с SVM](1.2.1.1-perceptron-objective.ipynb) | двоичная функция потерь, критерий перцептрона и кусочно-линейные потери (рис. 1.6); карманный алгоритм; зазор |
# | 1.2.1.3 | [Функции активации](1.2.1.3-activations.ipynb) | шесть функций активации рис. 1.8 и их насыщение |
# | 1.2.1.4 | [Выходные узлы и Softmax](1.2.1.4-output-nodes.ipynb) | рис. 1.9; Softmax-регрессия против scikit-learn |
# | 1.2.1.5 | [Функции потерь](1.2.1.5-losses.ipynb) | формулы (1.13)–(1.15) и то, насколько сильно каждая функция потерь тянет веса |
# | 1.2.1.6 | [Производные функций активации](1.2.1.6-activation-derivatives.ipynb) | рис. 1.10; формулы (1.16)–(1.21) против конечных разностей |
# | 1.2.2 | [Многослойные сети](1.2.2-multilayer-networks.ipynb) | рис. 1.11 по настоящей сети; автокодировщик рис. 1.12 и SVD |
# | 1.2.3 | [Сеть как вычислительный граф](1.2.3-computational-graph.ipynb) | универсальная аппроксимация одним скрытым слоем |
# | 1.3 | [Обратное распространение ошибки](1.3-backpropagation.ipynb) | рис. 1.13; прямая и обратная фазы узел за узлом, формулы (1.22)–(1.31) |
# | 1.5.1 | [Почему функция активации должна быть нелинейной](1.5.1-nonlinear-activation.ipynb) | теорема 1.5.1, проверенная численно; рис. 1.14 с весами ReLU на ползунках |
#
# **Упражнения** (§1.11) лежат в [`exercises/ru/`](../../exercises/ru/), по блокноту на
# каждое, с `check(...)` для мгновенной проверки и подсказками `hint(1)`, `hint(2)`, … ;
# полные решения — в [`solutions/ru/`](../../solutions/ru/).
#
# Разделы 1.4, 1.5.2–1.8 (переобучение и регуляризация, затухающие градиенты, глубина и
# число параметров, классические модели как сети, дополнительные темы, эталонные наборы
# данных) пока не покрыты блокнотами.
