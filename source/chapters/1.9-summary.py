# %% [markdown] lang="en"
# # 1.9 Summary and index of the chapter
#
# This notebook closes the chapter twice over: a recap of its argument in a few paragraphs,
# then an index that says, for every section, every equation (1.1)–(1.37), every figure
# 1.1–1.20 and every exercise 1–11, which notebook computes it, as a link to the heading
# where it starts. The index is read from the notebooks present when this notebook was built:
# a section whose notebook is not written yet is marked *still to come*.

# %% [markdown] lang="ru"
# # 1.9 Резюме и указатель главы
#
# Этот блокнот завершает главу дважды: сначала её мысль в нескольких абзацах, затем указатель,
# который для каждого раздела, каждой формулы (1.1)–(1.37), каждого рисунка 1.1–1.20 и каждого
# упражнения 1–11 называет блокнот, где это вычисляется, — ссылкой на заголовок, с которого
# всё начинается. Указатель строится по блокнотам, которые были на месте при сборке этого
# блокнота: раздел, блокнот которого ещё не написан, помечен как *пока не написан*.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
from IPython.display import Markdown

from nbcompanion import chapter_index, i18n, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
from IPython.display import Markdown

from nbcompanion import chapter_index, i18n, plots

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статичных рисунков

# %% [markdown] lang="en"
# ## The chapter in a few paragraphs
#
# **A network is a function built by composition.** The biological picture of §1.1 is a
# useful start, but what the companion computes is a graph of small functions: a weighted
# sum, then an activation, eq. (1.11), repeated layer after layer (§1.2.2). Its weights are
# parameters, and learning means choosing them to make a loss small.
#
# **One layer is classical machine learning.** The perceptron of §1.2.1, eqs. (1.1)–(1.6),
# nudges its weights after every mistake; what it minimizes is the perceptron criterion (1.8),
# a close relative of the SVM's hinge loss (1.9). Change the activation and the loss (§1.2.1.3–
# §1.2.1.5) and the same single layer becomes least squares, logistic regression or, with a
# softmax output (1.12), multinomial logistic regression (§1.6.1).
#
# **Many layers need backpropagation.** The gradient of the loss with respect to an early
# weight is a sum over exponentially many paths, eq. (1.23); backpropagation (§1.3) gets it
# with one reverse sweep that reuses the sums already made, eqs. (1.24)–(1.31), so the cost
# grows with the size of the graph, not with the number of its paths.
#
# **Depth pays only with nonlinearity.** Stacked linear layers collapse into one (Theorem
# 1.5.1); with a nonlinear activation a few units fold points that no line separates
# (Fig. 1.14), and a deep narrow network reproduces, with a few dozen weights, a pattern a
# shallow one needs a thousand units for (§1.5.2).
#
# **Training is the hard part.** Too many parameters for the data overfit (§1.4.1), which
# weight decay (1.33), early stopping and ensembles counter; gradients shrink or blow up as
# they pass through many layers (§1.4.2); the loss surface has poor optima (§1.4.3–§1.4.5).
#
# **Architectures encode what we know about the data.** Recurrent networks share weights
# across time, eqs. (1.36)–(1.37); convolutional networks share them across the image
# (LeNet-5, Fig. 1.18); the hidden layers of a trained network are features that the last
# layer separates (Fig. 1.19) and that transfer to other tasks. Beyond them lie the topics of
# §1.7 — learning from reward, attention, adversarial generation — and the benchmarks of §1.8
# on which all of this is measured.

# %% [markdown] lang="ru"
# ## Глава в нескольких абзацах
#
# **Сеть — это функция, построенная композицией.** Биологическая картина §1.1 — хорошее
# начало, но вычисляет спутник граф из маленьких функций: взвешенная сумма, затем функция
# активации, формула (1.11), и так слой за слоем (§1.2.2). Веса — это параметры, а обучение —
# их выбор, при котором функция потерь мала.
#
# **Один слой — это классическое машинное обучение.** Перцептрон §1.2.1, формулы (1.1)–(1.6),
# поправляет веса после каждой ошибки; минимизирует он критерий перцептрона (1.8), близкий
# родственник кусочно-линейных потерь SVM (1.9). Смените функцию активации и функцию потерь
# (§1.2.1.3–§1.2.1.5) — и тот же единственный слой станет методом наименьших квадратов,
# логистической регрессией или, с выходом Softmax (1.12), мультиномиальной логистической
# регрессией (§1.6.1).
#
# **Многим слоям нужно обратное распространение ошибки.** Градиент функции потерь по раннему
# весу — это сумма по экспоненциально большому числу путей, формула (1.23); обратное
# распространение (§1.3) получает его одним обратным проходом, который переиспользует уже
# сделанные суммы, формулы (1.24)–(1.31), поэтому затраты растут с размером графа, а не с
# числом путей в нём.
#
# **Глубина окупается только с нелинейностью.** Линейные слои, сложенные друг на друга,
# схлопываются в один (теорема 1.5.1); с нелинейной функцией активации несколько нейронов
# «складывают» точки, которые не разделит ни одна прямая (рис. 1.14), а глубокая узкая сеть
# воспроизводит несколькими десятками весов узор, для которого неглубокой нужна тысяча
# нейронов (§1.5.2).
#
# **Труднее всего — обучение.** Слишком много параметров для имеющихся данных ведёт к
# переобучению (§1.4.1), против которого работают регуляризация (1.33), раннее прекращение
# обучения и ансамбли; градиенты затухают или взрываются, проходя через много слоёв (§1.4.2);
# у поверхности потерь бывают плохие оптимумы (§1.4.3–§1.4.5).
#
# **Архитектура выражает то, что мы знаем о данных.** Рекуррентные сети разделяют веса во
# времени, формулы (1.36)–(1.37); сверточные — по изображению (LeNet-5, рис. 1.18); скрытые
# слои обученной сети — это признаки, которые последний слой разделяет (рис. 1.19) и которые
# переносятся на другие задачи. Дальше лежат темы §1.7 — обучение по вознаграждению, внимание,
# состязательное порождение данных — и эталонные тесты §1.8, на которых всё это измеряют.

# %% [markdown] lang="en"
# ## Index: sections
#
# Every numbered section of the chapter and the notebook that covers it.

# %% [markdown] lang="ru"
# ## Указатель: разделы
#
# Каждый нумерованный раздел главы и блокнот, который его раскрывает.

# %%
Markdown(chapter_index.index_markdown("sections"))

# %% [markdown] lang="en"
# ## Index: equations
#
# Each equation (1.1)–(1.37) and the notebook where it is written out in code and checked.

# %% [markdown] lang="ru"
# ## Указатель: формулы
#
# Каждая формула (1.1)–(1.37) и блокнот, где она записана в коде и проверена.

# %%
Markdown(chapter_index.index_markdown("equations"))

# %% [markdown] lang="en"
# ## Index: figures
#
# Each figure 1.1–1.20 and the notebook that draws it from a computation. Fig. 1.5 is a
# photograph of the Mark I perceptron: there is nothing in it to compute.

# %% [markdown] lang="ru"
# ## Указатель: рисунки
#
# Каждый рисунок 1.1–1.20 и блокнот, который рисует его по вычислению. Рис. 1.5 — фотография
# перцептрона Mark I: вычислять в нём нечего.

# %%
Markdown(chapter_index.index_markdown("figures"))

# %% [markdown] lang="en"
# ## Index: exercises
#
# The exercises of §1.11, each a notebook with `check(...)` and hints; the worked solutions
# are in `solutions/en/` under the same names.

# %% [markdown] lang="ru"
# ## Указатель: упражнения
#
# Упражнения §1.11, каждое — блокнот с `check(...)` и подсказками; полные решения лежат в
# `solutions/ru/` под теми же именами.

# %%
Markdown(chapter_index.index_markdown("exercises"))

# %% [markdown] lang="en"
# How much of the chapter the notebooks present at build time cover, counted from the same
# index:

# %% [markdown] lang="ru"
# Какую часть главы покрывают блокноты, которые были на месте при сборке, — подсчёт по тому
# же указателю:

# %% lang="en"
coverage = chapter_index.coverage()
names = {"sections": "sections", "equations": "equations", "figures": "figures",
         "exercises": "exercises"}
for kind, (linked, total) in coverage.items():
    print(f"{names[kind]:<10} {linked:>3} of {total} linked to a notebook")

# %% lang="ru"
coverage = chapter_index.coverage()
names = {"sections": "разделы", "equations": "формулы", "figures": "рисунки",
         "exercises": "упражнения"}
for kind, (linked, total) in coverage.items():
    print(f"{names[kind]:<10} {linked:>3} из {total} со ссылкой на блокнот")

# %% [markdown] lang="en"
# ## Bibliography, lectures and software
#
# Section 1.10 of the book points to the original papers behind each idea of the chapter,
# to recorded lecture courses and to software libraries. The companion does not repeat that
# list: read it in the book. Its own software is deliberately small — numpy for every model,
# scipy's L-BFGS for softmax regression, scikit-learn as the reference each model is tested
# against, matplotlib and ipywidgets for the figures — so that every line that learns
# something can be read in `nbcompanion/`.

# %% [markdown] lang="ru"
# ## Литература, лекции и программы
#
# Раздел 1.10 книги указывает на исходные статьи за каждой идеей главы, на записанные курсы
# лекций и на программные библиотеки. Спутник этот список не повторяет: читайте его в книге.
# Собственные программы спутника нарочно невелики — numpy для каждой модели, L-BFGS из scipy
# для Softmax-регрессии, scikit-learn как эталон, с которым сверяется каждая модель,
# matplotlib и ipywidgets для рисунков, — чтобы каждую строку, которая чему-то учится, можно
# было прочитать в `nbcompanion/`.
