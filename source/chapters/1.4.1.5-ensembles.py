# %% [markdown] lang="en"
# # 1.4.1.5 Ensembles: bagging and dropout
#
# Two networks trained on the same task never agree exactly: their training sets, initial
# weights and example orders differ, and so do their predictions. That spread is the
# *variance* of §1.4.1, and section 1.4.1.5 of the book attacks it by averaging. **Bagging**
# trains several networks, each on a bootstrap sample of the data (drawn with
# replacement), and averages their outputs. **Dropout** trains a single network but drops
# each hidden unit at random in every mini-batch, so that training averages over a huge
# family of thinned networks that share their weights; at prediction time the full network
# stands in for that average. This notebook
#
# 1. checks the package's dropout: kept units are scaled by $1/(1-q)$ ("inverted" dropout),
#    so each unit's expected output equals the full network's, and prediction uses no mask;
# 2. measures, over eight fresh training sets, how much bagging, averaging over seeds and
#    dropout reduce the variance of the predictions and the test error.

# %% [markdown] lang="ru"
# # 1.4.1.5 Ансамбли: бэггинг и дропаут
#
# Две сети, обученные на одной задаче, никогда не совпадают в точности: у них разные
# обучающие выборки, начальные веса и порядок примеров, а значит, и разные прогнозы. Этот
# разброс — *дисперсия* из §1.4.1, и раздел 1.4.1.5 книги борется с ней усреднением.
# **Бэггинг** обучает несколько сетей, каждую на бутстреп-выборке из данных (с
# возвращением), и усредняет их выходы. **Дропаут** обучает одну сеть, но в каждом
# мини-пакете случайно выключает её скрытые нейроны, так что обучение усредняет огромное
# семейство «прореженных» сетей с общими весами; при прогнозе это среднее заменяет полная
# сеть. В этом блокноте мы
#
# 1. проверим дропаут пакета: оставшиеся нейроны умножаются на $1/(1-q)$ («обратный»
#    дропаут), поэтому ожидаемый выход каждого нейрона равен выходу полной сети, а при
#    прогнозе маска не применяется;
# 2. измерим на восьми новых обучающих выборках, насколько бэггинг, усреднение по запускам
#    и дропаут уменьшают дисперсию прогнозов и ошибку на тестовых данных.

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

from nbcompanion import i18n, network, plots

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

from nbcompanion import i18n, network, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статических рисунков

# %% [markdown] lang="en"
# ## Dropout, checked
#
# Take a network 64-64-10 and one digit. Without dropout its hidden layer gives the vector
# $h$. With $q = 0.5$, each unit is set to 0 with probability $q$ and otherwise multiplied
# by $1/(1-q) = 2$. Over 2 000 random masks: about half the units are dropped, the kept ones
# carry exactly twice their value, and the average over masks comes back to $h$.

# %% [markdown] lang="ru"
# ## Проверка дропаута
#
# Возьмём сеть 64-64-10 и одну цифру. Без дропаута её скрытый слой даёт вектор $h$. При
# $q = 0{,}5$ каждый нейрон с вероятностью $q$ обнуляется, а иначе умножается на
# $1/(1-q) = 2$. По 2 000 случайных масок: обнулена примерно половина нейронов, оставшиеся
# несут ровно удвоенное значение, а среднее по маскам возвращается к $h$.

# %% lang="en"
X, y = load_digits(return_X_y=True)
X = X / 16
net = network.FeedForwardNetwork([64, 64, 10], output="softmax", loss="cross_entropy",
                                 random_state=0)
h = net.forward(X[:1])[1][1][0]  # hidden outputs without dropout
rng = np.random.RandomState(0)
thinned = np.array([net.forward(X[:1], dropout=0.5, random_state=rng)[1][1][0]
                    for _ in range(2000)])
active = h > 0
print("fraction of active units dropped:", i18n.number(np.mean(thinned[:, active] == 0), ".3f"))
kept = thinned[:, active] != 0
print("kept values / h:", " ".join(
    i18n.number(v, "g") for v in np.unique(np.round((thinned[:, active] / h[active])[kept], 12))))
print("largest |mean over masks - h| / max h:",
      i18n.number(np.abs(thinned.mean(axis=0) - h).max() / h.max(), ".3f"))

# %% lang="ru"
X, y = load_digits(return_X_y=True)
X = X / 16
net = network.FeedForwardNetwork([64, 64, 10], output="softmax", loss="cross_entropy",
                                 random_state=0)
h = net.forward(X[:1])[1][1][0]  # выходы скрытого слоя без дропаута
rng = np.random.RandomState(0)
thinned = np.array([net.forward(X[:1], dropout=0.5, random_state=rng)[1][1][0]
                    for _ in range(2000)])
active = h > 0
print("доля обнулённых активных нейронов:", i18n.number(np.mean(thinned[:, active] == 0), ".3f"))
kept = thinned[:, active] != 0
print("оставшиеся значения / h:", " ".join(
    i18n.number(v, "g") for v in np.unique(np.round((thinned[:, active] / h[active])[kept], 12))))
print("наибольшее |среднее по маскам − h| / max h:",
      i18n.number(np.abs(thinned.mean(axis=0) - h).max() / h.max(), ".3f"))

# %% [markdown] lang="en"
# The remaining difference is the sampling error of 2 000 masks (the tests check the
# expectation to 5 % over 4 000). Training with `NetworkClassifier(dropout=0.5)` draws a new
# mask for every mini-batch and backpropagates only through the kept units; `predict` then
# uses the full network with no mask and no rescaling, so its answers are deterministic.
#
# ## What the ensembles remove
#
# The script `experiments/1.4.1.5-ensembles.py` drew eight training sets of 300 digits from
# a pool of 1 300 and trained on each: one network 64-64-10; the average of eight such
# networks with other seeds; a bagged ensemble of eight networks on bootstrap samples; and
# one network with dropout $q = 0.5$. All predict the same 497 test digits. For each method
# it stored the test error of every repetition and the variance of the predicted
# probabilities across the eight repetitions (averaged over digits and classes). About 150
# network trainings take a minute, so the notebook loads the result.

# %% [markdown] lang="ru"
# Оставшееся расхождение — ошибка выборки из 2 000 масок (тесты проверяют математическое
# ожидание с точностью 5 % на 4 000 масках). Обучение `NetworkClassifier(dropout=0.5)`
# выбирает новую маску для каждого мини-пакета и распространяет ошибку только через
# оставшиеся нейроны; `predict` затем использует полную сеть без маски и без масштабирования,
# поэтому её ответы детерминированы.
#
# ## Что убирают ансамбли
#
# Скрипт `experiments/1.4.1.5-ensembles.py` выбрал восемь обучающих выборок по 300 цифр из
# набора в 1 300 и на каждой обучил: одну сеть 64-64-10; среднее восьми таких сетей с
# другими начальными значениями генератора; бэггинг из восьми сетей на бутстреп-выборках; и
# одну сеть с дропаутом $q = 0{,}5$. Все они предсказывают одни и те же 497 тестовых цифр.
# Для каждого метода скрипт сохранил ошибку на тесте в каждом повторении и дисперсию
# предсказанных вероятностей по восьми повторениям (усреднённую по цифрам и классам). Около
# 150 обучений сетей занимают минуту, поэтому блокнот загружает результат.

# %% lang="en"
result = json.loads(Path("../../experiments/results/1.4.1.5-ensembles.json").read_text())
labels = {"single": "one network", "seeds": f"average of {result['members']} seeds",
          "bagging": f"bagging, {result['members']} networks", "dropout": "dropout q = 0.5"}
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.8))
plots.ensembles.draw_ensemble_bars(left, right, result["error"], result["variance"], labels)
plt.show()
single = result["variance"]["single"]
for method, errors in result["error"].items():
    print(f"{labels[method]:>22}: error {i18n.number(100 * np.mean(errors), '.2f')}"
          f" ± {i18n.number(100 * np.std(errors), '.2f')} %,"
          f" variance {i18n.number(result['variance'][method] / single, '.2f')} × one network's")

# %% lang="ru"
result = json.loads(Path("../../experiments/results/1.4.1.5-ensembles.json").read_text())
labels = {"single": "одна сеть", "seeds": f"среднее {result['members']} запусков",
          "bagging": f"бэггинг, {result['members']} сетей", "dropout": "дропаут q = 0,5"}
fig, (left, right) = plt.subplots(1, 2, figsize=(8, 3.8))
plots.ensembles.draw_ensemble_bars(left, right, result["error"], result["variance"], labels)
plt.show()
single = result["variance"]["single"]
for method, errors in result["error"].items():
    print(f"{labels[method]:>22}: ошибка {i18n.number(100 * np.mean(errors), '.2f')}"
          f" ± {i18n.number(100 * np.std(errors), '.2f')} %,"
          f" дисперсия {i18n.number(result['variance'][method] / single, '.2f')} × одной сети")

# %% [markdown] lang="en"
# Each method lowers the variance, but only by 10–15 %: most of the spread between
# repetitions comes from the training sets themselves, which differ from one repetition to
# the next and which no average of networks trained on *one* of them can undo. Averaging
# over seeds and dropout also lower the error slightly (0.15 point, well inside the spread of
# the repetitions); bagging *raises* it by 0.6 point, because each bootstrap sample holds
# only about 63 % of the 300 distinct digits, and at this small size that lost data costs
# more bias than the averaging saves variance. So in this experiment dropout gives what an
# ensemble of eight gives, at the price of one network. Bagging pays where a single model's
# variance is large against its bias (deep trees, or networks on more data than here).
#
# **Try it:** the variance measure `ensembles.prediction_variance` takes any array of
# shape (runs, points, classes); use it on the `thinned` outputs above.

# %% [markdown] lang="ru"
# Каждый метод уменьшает дисперсию, но лишь на 10–15 %: большая часть разброса между
# повторениями происходит от самих обучающих выборок, которые меняются от повторения к
# повторению и которые никакое усреднение сетей, обученных на *одной* из них, не исправит.
# Усреднение по запускам и дропаут ещё и немного уменьшают ошибку (на 0,15 пункта, что далеко
# в пределах разброса повторений); бэггинг её *увеличивает* на 0,6 пункта, потому что каждая
# бутстреп-выборка содержит лишь около 63 % из 300 различных цифр, и при таком малом объёме
# потерянные данные добавляют больше смещения, чем усреднение убирает дисперсии. Итак, в этом
# эксперименте дропаут даёт то же, что ансамбль из восьми сетей, по цене одной сети. Бэггинг
# окупается там, где дисперсия одной модели велика по сравнению со смещением (глубокие
# деревья или сети на большем объёме данных, чем здесь).
#
# **Попробуйте:** мера дисперсии `ensembles.prediction_variance` принимает любой массив
# формы (запуски, точки, классы); примените её к выходам `thinned` выше.
