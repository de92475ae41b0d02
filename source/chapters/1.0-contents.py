# %% [markdown] lang="en"
# # Chapter 1. An Introduction to Neural Networks — contents
#
# This companion follows Chapter 1 of Charu C. Aggarwal, *Neural Networks and Deep Learning*
# (Springer, 2018). Each notebook below is a short lesson on one section: read it top to
# bottom, run it (*Run → Run All Cells*), then move the sliders of its interactive figures.
# Section, equation and figure numbers are the book's, identical in the English and Russian
# editions.
#
# The table is drawn from the same index as the one of §1.9, which also says where each
# equation, figure and exercise is computed. A section whose notebook is not written yet is
# marked as still to come.

# %% [markdown] lang="ru"
# # Глава 1. Введение в нейронные сети — содержание
#
# Этот спутник следует главе 1 книги Чару Аггарвала *«Нейронные сети и глубокое обучение»*
# (Springer, 2018). Каждый блокнот ниже — короткий урок по одному разделу: прочитайте его
# сверху вниз, выполните (*Run → Run All Cells*) и подвигайте ползунки его интерактивных
# рисунков. Номера разделов, формул и рисунков — книжные, в русском и английском изданиях они
# совпадают.
#
# Таблица построена по тому же указателю, что и указатель §1.9, где вдобавок сказано, где
# вычисляется каждая формула, каждый рисунок и каждое упражнение. Раздел, блокнот которого ещё
# не написан, помечен как «пока не написан».

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

# %%
Markdown(chapter_index.contents_markdown())

# %% lang="en"
written, to_come = chapter_index.status()
print(f"Section notebooks written: {written}, still to come: {to_come}")

# %% lang="ru"
written, to_come = chapter_index.status()
print(f"Блокнотов разделов написано: {written}, ещё не написано: {to_come}")

# %% [markdown] lang="en"
# **Exercises** (§1.11) are in [`exercises/en/`](../../exercises/en/), one notebook each, with
# `check(...)` for instant feedback and `hint(1)`, `hint(2)`, … ; worked solutions are in
# [`solutions/en/`](../../solutions/en/). The [index of §1.9](1.9-summary.ipynb) lists them
# one by one.

# %% [markdown] lang="ru"
# **Упражнения** (§1.11) лежат в [`exercises/ru/`](../../exercises/ru/), по блокноту на
# каждое, с `check(...)` для мгновенной проверки и подсказками `hint(1)`, `hint(2)`, … ;
# полные решения — в [`solutions/ru/`](../../solutions/ru/). [Указатель §1.9](1.9-summary.ipynb)
# перечисляет их по одному.
