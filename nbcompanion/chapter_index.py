"""The chapter's index: every section, equation, figure and exercise → the notebook that runs it.

One table of data feeds both the contents notebook (``1.0-contents``) and the index of
§1.9 (``1.9-summary``), so the two cannot disagree. A *target* is a notebook of
``chapters/<lang>/`` (by file name without ``.ipynb``) and a heading in it: its top
``# <section> <title>`` heading, or one of its ``## `` parts named in both languages.

Whether a notebook exists is decided when the index is rendered, from the files present
(its source in ``source/``): a target whose notebook is not there yet is shown as "still to
come" instead of a link. Anchors are read from the notebook's own headings, the way
JupyterLab makes them (the heading's text with spaces turned into hyphens).

>>> [s.number for s in SECTIONS][:4]
['1.1', '1.1.1', '1.2', '1.2.1']
>>> len(EQUATIONS), len(FIGURES), len(EXERCISES)
(37, 20, 11)
"""

import json
from dataclasses import dataclass
from pathlib import Path

from . import i18n

__all__ = ["Notebook", "Target", "Entry", "NOTEBOOKS", "SECTIONS", "EQUATIONS", "FIGURES",
           "EXERCISES", "ROOT", "headings", "anchor", "resolve", "contents_markdown",
           "index_markdown"]

ROOT = Path(__file__).resolve().parent.parent  # the repository: chapters/, exercises/ …


@dataclass(frozen=True)
class Notebook:
    """A section notebook of ``chapters/<lang>/``, with what a reader does there."""

    stem: str
    section: str  # the section number(s) it covers, as its heading starts
    title: tuple  # (english, russian), used while the notebook is still to come
    summary: tuple  # (english, russian): what the reader can do there


@dataclass(frozen=True)
class Target:
    """Where an item is computed: a notebook and, optionally, one of its ``## `` parts."""

    stem: str
    part: tuple = None  # (english heading, russian heading) without the "## "
    kind: str = "chapters"  # or "exercises"


@dataclass(frozen=True)
class Entry:
    """One item of the chapter (a section, an equation, a figure or an exercise)."""

    number: str
    what: tuple  # (english, russian)
    target: Target = None  # None: nothing to compute (say why in ``what``)


def _n(stem, section, title_en, title_ru, summary_en, summary_ru):
    return Notebook(stem, section, (title_en, title_ru), (summary_en, summary_ru))


# Every section notebook of the chapter, in reading order (decision 4 of the brief).
NOTEBOOKS = [
    _n("1.1-introduction", "1.1", "Introduction: the artificial neuron",
       "Введение: искусственный нейрон",
       "set the inputs and weights of the neuron of Fig. 1.1(b), watch its pre- and "
       "post-activation values (Fig. 1.7)",
       "задать входы и веса нейрона рис. 1.1(б) и следить за предактивационным и "
       "постактивационным значениями (рис. 1.7)"),
    _n("1.1.1-data-and-accuracy", "1.1.1", "Humans versus computers: accuracy and data",
       "Человек и компьютер: точность и объём данных",
       "Fig. 1.2 measured on MNIST: test accuracy against the number of training examples",
       "рис. 1.2, измеренный на MNIST: точность на тесте в зависимости от числа обучающих "
       "примеров"),
    _n("1.2.1-perceptron", "1.2.1", "The perceptron", "Перцептрон",
       "step through training, eqs. (1.1)–(1.6); the bias neuron (Fig. 1.3); separable and "
       "non-separable data (Fig. 1.4)",
       "обучение шаг за шагом, формулы (1.1)–(1.6); нейрон смещения (рис. 1.3); разделимые "
       "и неразделимые данные (рис. 1.4)"),
    _n("1.2.1.1-perceptron-objective", "1.2.1.1–1.2.1.2",
       "What the perceptron optimizes, and the SVM", "Что оптимизирует перцептрон, и связь с SVM",
       "0/1 loss, perceptron criterion and hinge loss (Fig. 1.6); the pocket algorithm; the "
       "margin",
       "двоичная функция потерь, критерий перцептрона и кусочно-линейные потери (рис. 1.6); "
       "карманный алгоритм; зазор"),
    _n("1.2.1.3-activations", "1.2.1.3", "Choosing the activation and the loss",
       "Выбор функций активации и потерь",
       "the six activations of Fig. 1.8 and their saturation",
       "шесть функций активации рис. 1.8 и их насыщение"),
    _n("1.2.1.4-output-nodes", "1.2.1.4", "Choice and number of output nodes",
       "Выбор и количество выходных узлов",
       "Fig. 1.9; softmax regression against scikit-learn",
       "рис. 1.9; Softmax-регрессия против scikit-learn"),
    _n("1.2.1.5-losses", "1.2.1.5", "Choice of loss function", "Выбор функции потерь",
       "eqs. (1.13)–(1.15) and how hard each loss pushes the weights",
       "формулы (1.13)–(1.15) и то, насколько сильно каждая функция потерь тянет веса"),
    _n("1.2.1.6-activation-derivatives", "1.2.1.6",
       "Some useful derivatives of activation functions",
       "Некоторые полезные производные функций активации",
       "Fig. 1.10; eqs. (1.16)–(1.21) against finite differences",
       "рис. 1.10; формулы (1.16)–(1.21) против конечных разностей"),
    _n("1.2.2-multilayer-networks", "1.2.2", "Multilayer neural networks",
       "Многослойные нейронные сети",
       "Fig. 1.11 from a real network; the autoencoder of Fig. 1.12 and the SVD",
       "рис. 1.11 по настоящей сети; автокодировщик рис. 1.12 и SVD"),
    _n("1.2.3-computational-graph", "1.2.3",
       "The multilayer network as a computational graph",
       "Многослойная сеть как вычислительный граф",
       "universal approximation with one hidden layer",
       "универсальная аппроксимация одним скрытым слоем"),
    _n("1.3-backpropagation", "1.3", "Training a neural network with backpropagation",
       "Обучение нейронной сети с помощью обратного распространения ошибки",
       "Fig. 1.13; forward and backward phases node by node, eqs. (1.22)–(1.31)",
       "рис. 1.13; прямая и обратная фазы узел за узлом, формулы (1.22)–(1.31)"),
    _n("1.4.1-overfitting", "1.4.1", "Overfitting", "Переобучение",
       "the book's table, eq. (1.32): infinitely many zero-error weights; train against "
       "test error; bias and variance",
       "таблица книги, формула (1.32): бесконечно много весов с нулевой ошибкой; ошибка на "
       "обучении и на тесте; смещение и дисперсия"),
    _n("1.4.1.1-regularization", "1.4.1.1–1.4.1.2", "Regularization and parameter sharing",
       "Регуляризация и разделение параметров",
       "weight decay, eq. (1.33), and the test error along λ; parameter sharing counted",
       "ослабление весов, формула (1.33), и ошибка на тесте в зависимости от λ; разделение "
       "параметров в числах"),
    _n("1.4.1.3-early-stopping", "1.4.1.3", "Early stopping",
       "Раннее прекращение обучения",
       "training and held-out error per epoch on MNIST, and where to stop",
       "ошибка на обучении и на отложенных данных по эпохам на MNIST и момент остановки"),
    _n("1.4.1.4-depth-and-breadth", "1.4.1.4", "Trading off breadth for depth",
       "Компромисс между шириной и глубиной",
       "wide against deep at a fixed number of parameters, measured",
       "широкая сеть против глубокой при одинаковом числе параметров, измерено"),
    _n("1.4.1.5-ensembles", "1.4.1.5", "Ensemble methods", "Ансамблевые методы",
       "bagging and dropout, and the variance they remove",
       "бэггинг и дропаут и то, какую дисперсию они убирают"),
    _n("1.4.2-vanishing-gradients", "1.4.2", "Vanishing and exploding gradients",
       "Затухающие и взрывные градиенты",
       "the chain of single units: a product of w·Φ′(a) factors; sigmoid against ReLU",
       "цепочка одиночных нейронов: произведение множителей w·Φ′(a); сигмоида против ReLU"),
    _n("1.4.3-convergence-and-cost", "1.4.3–1.4.5",
       "Convergence, local optima and computational cost",
       "Сходимость, локальные оптимумы и вычислительные затраты",
       "a loss surface with two minima, restarts, pretraining, training against prediction "
       "cost",
       "поверхность потерь с двумя минимумами, перезапуски, предварительное обучение, "
       "стоимость обучения и предсказания"),
    _n("1.5-function-composition", "1.5", "The power of function composition",
       "Преимущества композиции функций",
       "Lemma 1.5.1; the Gaussian kernel (1.34); any 1-D function from steps and sigmoids",
       "лемма 1.5.1; гауссово ядро (1.34); любая функция одной переменной из ступенек и "
       "сигмоид"),
    _n("1.5.1-nonlinear-activation", "1.5.1", "Why the activation must be nonlinear",
       "Почему функция активации должна быть нелинейной",
       "Theorem 1.5.1 checked numerically; Fig. 1.14 with ReLU weights on sliders",
       "теорема 1.5.1, проверенная численно; рис. 1.14 с весами ReLU на ползунках"),
    _n("1.5.2-depth-reduces-parameters", "1.5.2", "Reducing parameters with depth",
       "Снижение числа параметров за счёт глубины",
       "the function that switches 1024 times, Fig. 1.15, deep against shallow",
       "функция, переключающаяся 1024 раза, рис. 1.15, глубокая сеть против неглубокой"),
    _n("1.5.3-unconventional-architectures", "1.5.3", "Unconventional architectures",
       "Нестандартные архитектуры",
       "inputs entering later layers (Fig. 1.16), skip connections, sum-product networks",
       "входы, поступающие в поздние слои (рис. 1.16), замыкающие соединения, сети сумм и "
       "произведений"),
    _n("1.6.1-shallow-models", "1.6.1", "Shallow models as networks",
       "Неглубокие модели как сети",
       "linear and logistic regression, the SVM and Widrow–Hoff as one-layer networks",
       "линейная и логистическая регрессия, SVM и правило Уидроу–Хоффа как однослойные сети"),
    _n("1.6.2-rbf-networks", "1.6.2", "Radial basis function networks",
       "Сети радиально-базисных функций",
       "prototypes, Gaussian units and a trained linear layer; Cover's theorem counted",
       "прототипы, гауссовские нейроны и обучаемый линейный слой; теорема Ковера в числах"),
    _n("1.6.3-rbm", "1.6.3", "Restricted Boltzmann machines",
       "Ограниченные машины Больцмана",
       "an RBM trained by contrastive divergence on digits",
       "RBM, обученная контрастивной дивергенцией на цифрах"),
    _n("1.6.4-recurrent-networks", "1.6.4", "Recurrent neural networks",
       "Рекуррентные нейронные сети",
       "eqs. (1.36)–(1.37), Fig. 1.17 unrolled in time, backpropagation through time",
       "формулы (1.36)–(1.37), рис. 1.17 в развёртке по времени, обратное распространение "
       "во времени"),
    _n("1.6.5-convolutional-networks", "1.6.5", "Convolutional neural networks",
       "Сверточные нейронные сети",
       "convolution and subsampling, LeNet-5 (Fig. 1.18), a small convolutional network on "
       "MNIST",
       "свёртка и субдискретизация, LeNet-5 (рис. 1.18), небольшая сверточная сеть на MNIST"),
    _n("1.6.6-hierarchical-features", "1.6.6",
       "Hierarchical feature engineering and pretrained models",
       "Иерархическое конструирование признаков и предобученные модели",
       "Fig. 1.19 measured layer by layer; transfer learning",
       "рис. 1.19, измеренный слой за слоем; переносимое обучение"),
    _n("1.7-advanced-topics", "1.7", "Advanced topics", "Дополнительные темы",
       "an agent that learns by reward, soft attention over a memory, a small GAN",
       "агент, обучающийся по вознаграждению, мягкое внимание к памяти, небольшая GAN"),
    _n("1.8-benchmarks", "1.8", "Two representative benchmarks",
       "Два показательных эталонных теста",
       "MNIST read and measured (Fig. 1.20); the book's error rates beside the companion's "
       "models; ImageNet",
       "MNIST, прочитанный и измеренный (рис. 1.20); ошибки из книги рядом с моделями "
       "спутника; ImageNet"),
    _n("1.9-summary", "1.9", "Summary and index of the chapter", "Резюме и указатель главы",
       "the chapter in a few paragraphs, and where each section, equation, figure and "
       "exercise is computed",
       "глава в нескольких абзацах и где вычисляется каждый раздел, формула, рисунок и "
       "упражнение"),
]
_BY_STEM = {notebook.stem: notebook for notebook in NOTEBOOKS}


def _t(stem, part_en=None, part_ru=None):
    if stem not in _BY_STEM:
        raise ValueError(f"Unknown notebook {stem!r}; expected one of NOTEBOOKS.")
    return Target(stem, None if part_en is None else (part_en, part_ru))


# Parts of the notebooks of §1.7–1.9 (owned together with this index).
_RL = ("1.7.1 Reinforcement learning: a bandit", "1.7.1 Обучение с подкреплением: бандит")
_GRID = ("A grid world learned by Q-learning", "Клетчатый мир и Q-обучение")
_ATTENTION = ("1.7.2 Attention: reading from a memory", "1.7.2 Внимание: чтение из памяти")
_GAN = ("1.7.3 A generative adversarial network", "1.7.3 Генеративно-состязательная сеть")
_MNIST = ("1.8.1 MNIST, read from the committed files", "1.8.1 MNIST из файлов проекта")
_FIG120 = ("Fig. 1.20 from the real digits", "Рис. 1.20 по настоящим цифрам")
_ERRORS = ("Error rates: the book's and the companion's", "Ошибки: из книги и у спутника")
_IMAGENET = ("1.8.2 ImageNet", "1.8.2 ImageNet")
_SUMMARY = ("The chapter in a few paragraphs", "Глава в нескольких абзацах")
_BIBLIOGRAPHY = ("Bibliography, lectures and software", "Литература, лекции и программы")
_EXERCISE_INDEX = ("Index: exercises", "Указатель: упражнения")


def _s(number, en, ru, stem, part=(None, None)):
    return Entry(number, (en, ru), _t(stem, *part))


SECTIONS = [
    _s("1.1", "Introduction", "Введение", "1.1-introduction"),
    _s("1.1.1", "Humans versus computers", "Человек и компьютер", "1.1.1-data-and-accuracy"),
    _s("1.2", "The basic architecture of neural networks", "Базовая архитектура нейронных сетей",
       "1.2.1-perceptron"),
    _s("1.2.1", "Single computational layer: the perceptron",
       "Одиночный вычислительный слой: перцептрон", "1.2.1-perceptron"),
    _s("1.2.1.1", "What objective function is the perceptron optimizing?",
       "Какую целевую функцию оптимизирует перцептрон", "1.2.1.1-perceptron-objective"),
    _s("1.2.1.2", "Relationship with support vector machines",
       "Взаимосвязь с методом опорных векторов", "1.2.1.1-perceptron-objective"),
    _s("1.2.1.3", "Choice of activation and loss functions",
       "Выбор функции активации и функции потерь", "1.2.1.3-activations"),
    _s("1.2.1.4", "Choice and number of output nodes", "Выбор выходных узлов и их количества",
       "1.2.1.4-output-nodes"),
    _s("1.2.1.5", "Choice of loss function", "Выбор функции потерь", "1.2.1.5-losses"),
    _s("1.2.1.6", "Some useful derivatives of activation functions",
       "Некоторые полезные производные функций активации", "1.2.1.6-activation-derivatives"),
    _s("1.2.2", "Multilayer neural networks", "Многослойные нейронные сети",
       "1.2.2-multilayer-networks"),
    _s("1.2.3", "The multilayer network as a computational graph",
       "Многослойная сеть как вычислительный граф", "1.2.3-computational-graph"),
    _s("1.3", "Training a neural network with backpropagation",
       "Обучение нейронной сети с помощью обратного распространения ошибки",
       "1.3-backpropagation"),
    _s("1.4", "Practical issues in neural network training",
       "Практические аспекты обучения нейронных сетей", "1.4.1-overfitting"),
    _s("1.4.1", "The problem of overfitting", "Проблема переобучения", "1.4.1-overfitting"),
    _s("1.4.1.1", "Regularization", "Регуляризация", "1.4.1.1-regularization"),
    _s("1.4.1.2", "Neural architecture and parameter sharing",
       "Архитектура нейрона и разделение параметров", "1.4.1.1-regularization"),
    _s("1.4.1.3", "Early stopping", "Раннее прекращение обучения", "1.4.1.3-early-stopping"),
    _s("1.4.1.4", "Trading off breadth for depth", "Компромисс между шириной и глубиной",
       "1.4.1.4-depth-and-breadth"),
    _s("1.4.1.5", "Ensemble methods", "Ансамблевые методы", "1.4.1.5-ensembles"),
    _s("1.4.2", "The vanishing and exploding gradient problems",
       "Проблемы затухающих и взрывных градиентов", "1.4.2-vanishing-gradients"),
    _s("1.4.3", "Difficulties in convergence", "Трудности со сходимостью",
       "1.4.3-convergence-and-cost"),
    _s("1.4.4", "Local and spurious optima", "Локальные и ложные оптимумы",
       "1.4.3-convergence-and-cost"),
    _s("1.4.5", "Computational challenges", "Вычислительные трудности",
       "1.4.3-convergence-and-cost"),
    _s("1.5", "The secrets to the power of function composition",
       "Преимущества композиции функций", "1.5-function-composition"),
    _s("1.5.1", "The importance of nonlinear activation", "Важность нелинейной активации",
       "1.5.1-nonlinear-activation"),
    _s("1.5.2", "Reducing parameter requirements with depth",
       "Снижение требований к параметрам за счёт глубины", "1.5.2-depth-reduces-parameters"),
    _s("1.5.3", "Unconventional neural architectures",
       "Нестандартные архитектуры нейронных сетей", "1.5.3-unconventional-architectures"),
    _s("1.5.3.1", "Blurring the distinctions between input, hidden and output layers",
       "Размытие различий между входными, скрытыми и выходными слоями",
       "1.5.3-unconventional-architectures"),
    _s("1.5.3.2", "Unconventional operations and sum-product networks",
       "Необычные операции и сети сумм и произведений", "1.5.3-unconventional-architectures"),
    _s("1.6", "Common neural architectures", "Распространённые архитектуры нейронных сетей",
       "1.6.1-shallow-models"),
    _s("1.6.1", "Simulating basic machine learning with shallow models",
       "Имитация базового машинного обучения неглубокими моделями", "1.6.1-shallow-models"),
    _s("1.6.2", "Radial basis function networks", "Сети радиально-базисных функций",
       "1.6.2-rbf-networks"),
    _s("1.6.3", "Restricted Boltzmann machines", "Ограниченные машины Больцмана", "1.6.3-rbm"),
    _s("1.6.4", "Recurrent neural networks", "Рекуррентные нейронные сети",
       "1.6.4-recurrent-networks"),
    _s("1.6.5", "Convolutional neural networks", "Сверточные нейронные сети",
       "1.6.5-convolutional-networks"),
    _s("1.6.6", "Hierarchical feature engineering and pretrained models",
       "Иерархическое конструирование признаков и предобученные модели",
       "1.6.6-hierarchical-features"),
    _s("1.7", "Advanced topics", "Дополнительные темы", "1.7-advanced-topics"),
    _s("1.7.1", "Reinforcement learning", "Обучение с подкреплением", "1.7-advanced-topics",
       _RL),
    _s("1.7.2", "Separating data storage and computations",
       "Отделение хранения данных от вычислений", "1.7-advanced-topics", _ATTENTION),
    _s("1.7.3", "Generative adversarial networks", "Генеративно-состязательные сети",
       "1.7-advanced-topics", _GAN),
    _s("1.8", "Two notable benchmarks", "Два показательных эталонных теста", "1.8-benchmarks"),
    _s("1.8.1", "The MNIST database of handwritten digits",
       "База данных рукописных цифр MNIST", "1.8-benchmarks", _MNIST),
    _s("1.8.2", "The ImageNet database", "База данных ImageNet", "1.8-benchmarks", _IMAGENET),
    _s("1.9", "Summary", "Резюме", "1.9-summary", _SUMMARY),
    _s("1.10", "Bibliographic notes", "Библиографическая справка", "1.9-summary",
       _BIBLIOGRAPHY),
    _s("1.10.1", "Video lectures", "Видеолекции", "1.9-summary", _BIBLIOGRAPHY),
    _s("1.10.2", "Software resources", "Программные ресурсы", "1.9-summary", _BIBLIOGRAPHY),
    _s("1.11", "Exercises", "Упражнения", "1.9-summary", _EXERCISE_INDEX),
]


def _group(numbers, stem, en, ru, part=(None, None)):
    target = _t(stem, *part)
    return [Entry(number, (en, ru), target) for number in numbers]


def _eq(first, last):
    return [f"1.{i}" for i in range(first, last + 1)]


EQUATIONS = [
    *_group(_eq(1, 2), "1.2.1-perceptron", "the perceptron's prediction, without and with a bias",
            "предсказание перцептрона без смещения и со смещением"),
    *_group(_eq(3, 6), "1.2.1-perceptron",
            "the smoothed gradient and the perceptron update, one example or a mini-batch",
            "сглаженный градиент и обновление перцептрона по одному примеру или мини-пакету"),
    *_group(_eq(7, 8), "1.2.1.1-perceptron-objective", "0/1 loss and the perceptron criterion",
            "двоичная функция потерь и критерий перцептрона"),
    *_group(_eq(9, 10), "1.2.1.1-perceptron-objective", "hinge loss and the SVM update",
            "кусочно-линейные потери и обновление SVM"),
    *_group(_eq(11, 11), "1.2.1.3-activations", "prediction through an activation, ŷ = Φ(W·X)",
            "предсказание через функцию активации, ŷ = Φ(W·X)"),
    *_group(_eq(12, 12), "1.2.1.4-output-nodes", "softmax", "Softmax"),
    *_group(_eq(13, 15), "1.2.1.5-losses", "hinge, logistic and cross-entropy losses",
            "кусочно-линейные, логистические и кросс-энтропийные потери"),
    *_group(_eq(16, 21), "1.2.1.6-activation-derivatives",
            "derivatives of the sigmoid and tanh, from the input and from the output",
            "производные сигмоиды и гиперболического тангенса через вход и через выход"),
    *_group(_eq(22, 23), "1.3-backpropagation", "the chain rule along one path and many paths",
            "цепное правило вдоль одного пути и многих путей"),
    *_group(_eq(24, 27), "1.3-backpropagation", "backpropagation with post-activation values",
            "обратное распространение по постактивационным значениям"),
    *_group(_eq(28, 31), "1.3-backpropagation", "backpropagation with pre-activation values",
            "обратное распространение по предактивационным значениям"),
    *_group(_eq(32, 32), "1.4.1-overfitting", "the linear model of the overfitting example",
            "линейная модель примера переобучения"),
    *_group(_eq(33, 33), "1.4.1.1-regularization", "the update with weight decay",
            "обновление с ослаблением весов"),
    *_group(_eq(34, 34), "1.5-function-composition", "the Gaussian kernel as an activation",
            "гауссово ядро как функция активации"),
    *_group(_eq(35, 35), "1.5.1-nonlinear-activation", "O = h₁ + h₂ of Fig. 1.14",
            "O = h₁ + h₂ рис. 1.14"),
    *_group(_eq(36, 37), "1.6.4-recurrent-networks", "the recurrence and its output",
            "рекуррентное соотношение и его выход"),
]


def _f(number, en, ru, stem=None, part=(None, None)):
    return Entry(number, (en, ru), None if stem is None else _t(stem, *part))


FIGURES = [
    _f("1.1", "biological and artificial neuron", "биологический и искусственный нейрон",
       "1.1-introduction"),
    _f("1.2", "accuracy against the amount of data", "точность в зависимости от объёма данных",
       "1.1.1-data-and-accuracy"),
    _f("1.3", "the perceptron without and with a bias neuron",
       "перцептрон без нейрона смещения и с ним", "1.2.1-perceptron"),
    _f("1.4", "linearly separable and non-separable data",
       "линейно разделимые и неразделимые данные", "1.2.1-perceptron"),
    _f("1.5", "photograph of the Mark I perceptron: nothing to compute",
       "фотография перцептрона Mark I: вычислять нечего"),
    _f("1.6", "perceptron criterion against hinge loss",
       "критерий перцептрона и кусочно-линейные потери", "1.2.1.1-perceptron-objective"),
    _f("1.7", "pre- and post-activation values", "предактивационное и постактивационное значения",
       "1.1-introduction"),
    _f("1.8", "the six activation functions", "шесть функций активации", "1.2.1.3-activations"),
    _f("1.9", "a softmax layer with three outputs", "слой Softmax с тремя выходами",
       "1.2.1.4-output-nodes"),
    _f("1.10", "derivatives of the activations", "производные функций активации",
       "1.2.1.6-activation-derivatives"),
    _f("1.11", "a network with two hidden layers", "сеть с двумя скрытыми слоями",
       "1.2.2-multilayer-networks"),
    _f("1.12", "the autoencoder", "автокодировщик", "1.2.2-multilayer-networks"),
    _f("1.13", "the chain rule along two paths", "цепное правило вдоль двух путей",
       "1.3-backpropagation"),
    _f("1.14", "ReLU makes three points separable", "ReLU делает три точки разделимыми",
       "1.5.1-nonlinear-activation"),
    _f("1.15", "deeper networks compose step patterns",
       "более глубокие сети составляют узоры из ступенек", "1.5.2-depth-reduces-parameters"),
    _f("1.16", "inputs entering several layers", "входы, поступающие в несколько слоёв",
       "1.5.3-unconventional-architectures"),
    _f("1.17", "a recurrent network and its unrolled form",
       "рекуррентная сеть и её развёртка во времени", "1.6.4-recurrent-networks"),
    _f("1.18", "LeNet-5", "LeNet-5", "1.6.5-convolutional-networks"),
    _f("1.19", "hidden layers as feature engineering", "скрытые слои как конструирование признаков",
       "1.6.6-hierarchical-features"),
    _f("1.20", "sample MNIST digits", "примеры цифр MNIST", "1.8-benchmarks", _FIG120),
]

_EXERCISE_NOTEBOOKS = [
    ("ex01-xor-relu", "XOR with ReLU units", "XOR с помощью ReLU"),
    ("ex02-symmetries", "symmetries of the sigmoid, tanh and hard tanh",
     "симметрии сигмоиды, гиперболического тангенса и hard tanh"),
    ("ex03-tanh-sigmoid", "tanh is a scaled and shifted sigmoid",
     "гиперболический тангенс — растянутая и сдвинутая сигмоида"),
    ("ex04-perceptron-cycles", "the perceptron on four points that no line separates",
     "перцептрон на четырёх точках, которые не разделит прямая"),
    ("ex05-product-feature", "the feature z = x₁·x₂", "признак z = x₁·x₂"),
    ("ex06-implement-perceptron", "implement the perceptron", "реализовать перцептрон"),
    ("ex07-sigmoid-derivative-bound", "the sigmoid's derivative is at most 0.25",
     "производная сигмоиды не больше 0,25"),
    ("ex08-tanh-derivative-bound", "the derivative of tanh is at most 1",
     "производная гиперболического тангенса не больше 1"),
    ("ex09-closed-form", "a small network's output in closed form",
     "выход маленькой сети в замкнутой форме"),
    ("ex10-closed-form-derivative", "the derivative of that closed form",
     "производная этой замкнутой формы"),
    ("ex11-perceptron-vs-hinge", "perceptron criterion against hinge loss on 20 points",
     "критерий перцептрона против кусочно-линейных потерь на 20 точках"),
]
EXERCISES = [Entry(str(i), (en, ru), Target(stem, kind="exercises"))
             for i, (stem, en, ru) in enumerate(_EXERCISE_NOTEBOOKS, start=1)]


_KINDS = {"sections": SECTIONS, "equations": EQUATIONS, "figures": FIGURES,
          "exercises": EXERCISES}


# -- reading the notebooks that exist ---------------------------------------------------
def _source(target, root):
    return Path(root or ROOT) / "source" / target.kind / f"{target.stem}.py"


def headings(path, lang="en"):
    """Return the markdown headings of a notebook as ``(level, text)`` pairs.

    ``path`` is a built notebook (``.ipynb``) or its jupytext source (``.py``), whose
    cells marked for the other edition are skipped.

    >>> headings(ROOT / "source" / "chapters" / "1.2.1-perceptron.py", "en")[0]
    (1, '1.2.1 The perceptron')
    >>> headings(ROOT / "chapters" / "ru" / "1.2.1-perceptron.ipynb")[0]
    (1, '1.2.1 Перцептрон')
    """
    path = Path(path)
    lang = i18n._check_language(lang)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = [("".join(c["source"]) if isinstance(c["source"], list) else c["source"])
                 for c in json.loads(text)["cells"] if c["cell_type"] == "markdown"]
    else:
        cells = _markdown_cells(text, lang)
    found = []
    for source in cells:
        for line in source.splitlines():
            hashes = len(line) - len(line.lstrip("#"))
            if 1 <= hashes <= 6 and line[hashes:hashes + 1] == " ":
                found.append((hashes, line[hashes:].strip()))
    return found


def _markdown_cells(text, lang):
    """The markdown cells of a jupytext percent script that belong to edition ``lang``."""
    cells, current = [], None
    for line in text.splitlines():
        if line.startswith("# %%"):
            header = line[4:]
            other = any(f'lang="{x}"' in header for x in i18n.LANGUAGES if x != lang)
            current = [] if "[markdown]" in header and not other else None
            if current is not None:
                cells.append(current)
        elif current is not None:
            current.append(line[2:] if line.startswith("# ") else line.lstrip("#"))
    return ["\n".join(cell) for cell in cells]


def anchor(heading):
    """The fragment JupyterLab gives a heading: its text with spaces made hyphens.

    Parentheses are percent-encoded so that the fragment fits in a markdown link.

    >>> anchor("1.8.2 ImageNet"), anchor("Fig. 1.1 (b)")
    ('1.8.2-ImageNet', 'Fig.-1.1-%28b%29')
    """
    return heading.replace(" ", "-").replace("(", "%28").replace(")", "%29")


@dataclass(frozen=True)
class Link:
    """A target resolved against the files present: a link, or why there is none."""

    href: str = None  # relative to chapters/<lang>/; None while the notebook is to come
    text: str = None  # the heading linked to
    missing: str = None  # a heading the notebook should have and does not


def resolve(target, lang, root=None):
    """Resolve ``target`` in the ``lang`` edition under ``root`` (default: this repository).

    A notebook exists when its source ``source/<kind>/<stem>.py`` does (the build makes
    both editions from it, and a test checks they are there); reading the source rather
    than the built notebook makes the answer independent of the order of the build.
    Returns a :class:`Link` with ``href=None`` when the notebook is still to come, and with
    ``missing`` set when it exists but lacks the heading.

    >>> resolve(Target("1.2.1-perceptron"), "en").href
    '1.2.1-perceptron.ipynb#1.2.1-The-perceptron'
    """
    lang = i18n._check_language(lang)
    path = _source(target, root)
    if not path.exists():
        return Link()
    found = headings(path, lang)
    if target.part is None:
        tops = [text for level, text in found if level == 1]
        if not tops:
            return Link(missing="# <section> <title>")
        wanted = tops[0]
    else:
        wanted = target.part[i18n.LANGUAGES.index(lang)]
        if (2, wanted) not in found:
            return Link(missing=f"## {wanted}")
    prefix = "" if target.kind == "chapters" else f"../../{target.kind}/{lang}/"
    return Link(href=f"{prefix}{target.stem}.ipynb#{anchor(wanted)}", text=wanted)


# -- rendering ----------------------------------------------------------------------------
def _pick(pair, lang):
    return pair[i18n.LANGUAGES.index(lang)]


def _cell(target, lang, root, label=None):
    """A table cell: a link to the target, or why there is none."""
    if target is None:
        return i18n.text("index.nothing_to_compute", lang)
    link = resolve(target, lang, root)
    notebook = _BY_STEM.get(target.stem)
    if link.missing:
        raise ValueError(f"{target.stem}.ipynb ({lang}) has no heading {link.missing!r}.")
    if link.href is None:
        name = f"§{notebook.section} {_pick(notebook.title, lang)}" if notebook else target.stem
        return i18n.text("index.to_come", lang, name=name)
    return f"[{label or link.text}]({link.href})"


def contents_markdown(lang=None, root=None):
    """The table of the contents notebook: every section notebook, linked once it exists.

    >>> print(contents_markdown("en").splitlines()[0])
    | § | notebook | what you can do there |
    """
    lang = i18n._check_language(lang or i18n.edition())
    rows = [i18n.text("index.contents_header", lang), "|---|---|---|"]
    for notebook in NOTEBOOKS:
        link = resolve(Target(notebook.stem), lang, root)
        title = (link.text or "").removeprefix(f"{notebook.section} ").strip()
        cell = _cell(Target(notebook.stem), lang, root, label=title or None)
        rows.append(f"| {notebook.section} | {cell} | {_pick(notebook.summary, lang)} |")
    return "\n".join(rows)


def index_markdown(kind, lang=None, root=None):
    """One table of the §1.9 index: ``kind`` is "sections", "equations", "figures" or
    "exercises".

    >>> print(index_markdown("figures", "en").splitlines()[0])
    | Fig. | what it shows | where it is computed |
    """
    lang = i18n._check_language(lang or i18n.edition())
    entries = _KINDS.get(kind)
    if entries is None:
        raise ValueError(f"Unknown kind {kind!r}; expected 'sections', 'equations', 'figures'"
                         " or 'exercises'.")
    rows = [i18n.text(f"index.{kind}_header", lang), "|---|---|---|"]
    for group in _runs(entries):
        first, last = group[0].number, group[-1].number
        number = first if first == last else f"{first}–{last}"
        if kind == "equations":
            number = f"({first})" if first == last else f"({first})–({last})"
        rows.append(f"| {number} | {_pick(group[0].what, lang)} | "
                    f"{_cell(group[0].target, lang, root)} |")
    return "\n".join(rows)


def _runs(entries):
    """Consecutive entries that say the same thing about the same target, as one row."""
    runs = []
    for entry in entries:
        if runs and (runs[-1][-1].what, runs[-1][-1].target) == (entry.what, entry.target):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    return runs


def status(lang=None, root=None):
    """How many section notebooks exist and how many are still to come, as a pair."""
    lang = i18n._check_language(lang or i18n.edition())
    present = sum(resolve(Target(n.stem), lang, root).href is not None for n in NOTEBOOKS)
    return present, len(NOTEBOOKS) - present


def coverage(lang=None, root=None):
    """For each kind of item, how many link to a notebook and how many there are.

    >>> sorted(coverage("en"))
    ['equations', 'exercises', 'figures', 'sections']
    """
    lang = i18n._check_language(lang or i18n.edition())
    counts = {}
    for kind, entries in _KINDS.items():
        linked = sum(entry.target is not None and resolve(entry.target, lang, root).href
                     is not None for entry in entries)
        counts[kind] = (linked, len(entries))
    return counts
