# %% [markdown] lang="en"
# # 1.4.1.3 Early stopping
#
# Gradient descent lowers the training error epoch after epoch; past some point the
# network starts to learn the particulars of its training examples, and its error on new
# data stops improving or gets worse. Section 1.4.1.3 of the book turns this into a
# regularizer: hold out part of the training data, watch the error on it, and stop when it
# no longer improves. This notebook
#
# 1. shows the rule as the package applies it (`fit(..., validation=..., patience=...)`):
#    stop after a number of epochs without a better held-out loss, keep the best weights;
# 2. reads the rule off training curves measured on MNIST by a script, and compares what it
#    gains with training to the end and with weight decay (§1.4.1.1).

# %% [markdown] lang="ru"
# # 1.4.1.3 Раннее прекращение обучения
#
# Градиентный спуск снижает ошибку на обучающих данных эпоха за эпохой; с какого-то момента
# сеть начинает запоминать особенности своих обучающих примеров, и её ошибка на новых данных
# перестаёт уменьшаться или растёт. Раздел 1.4.1.3 книги превращает это наблюдение в
# регуляризацию: отложите часть обучающих данных, следите за ошибкой на них и остановитесь,
# когда она перестанет улучшаться. В этом блокноте мы
#
# 1. посмотрим на правило так, как его применяет пакет (`fit(..., validation=..., patience=...)`):
#    остановиться после заданного числа эпох без улучшения потерь на отложенных данных и
#    вернуть лучшие веса;
# 2. применим правило к кривым обучения, измеренным на MNIST отдельным скриптом, и сравним
#    его выигрыш с обучением до конца и с регуляризацией весов (§1.4.1.1).

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits

from nbcompanion import early_stopping, i18n, network, plots

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

from nbcompanion import early_stopping, i18n, network, plots

i18n.set_language("ru")     # все подписи пакета — на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста спутника для статических рисунков

# %% [markdown] lang="en"
# ## The rule, live, on a small data set
#
# 100 handwritten digits (scikit-learn's 8×8 images) are far too few for a network with 64
# hidden units, so it overfits quickly. 400 other digits are held out. With `patience=5`,
# training stops once five epochs in a row have not lowered the held-out loss, and the
# weights of the best epoch are put back.

# %% [markdown] lang="ru"
# ## Правило вживую на маленьком наборе данных
#
# 100 рукописных цифр (изображения 8×8 из scikit-learn) — слишком мало для сети с 64 скрытыми
# нейронами, поэтому она быстро переобучается. Ещё 400 цифр отложены. С `patience=5` обучение
# останавливается, как только пять эпох подряд не снизили потери на отложенных данных, и
# возвращаются веса лучшей эпохи.

# %% lang="en"
X, y = load_digits(return_X_y=True)
X = X / 16
net = network.FeedForwardNetwork([64, 64, 10], output="softmax", loss="cross_entropy",
                                 random_state=0)
history = net.fit(X[:100], y[:100], epochs=200, batch_size=10, learning_rate=0.2,
                  validation=(X[1000:1400], y[1000:1400]), patience=5, random_state=0)
print("epochs trained:", len(history.loss), "of 200;  best epoch:", history.best_epoch)
print("held-out loss at the best epoch:", i18n.number(min(history.validation_loss), ".4f"),
      "; now:", i18n.number(net.loss(X[1000:1400], y[1000:1400]), ".4f"))
print("training loss at the end:", i18n.number(history.loss[-1], ".4f"))

# %% lang="ru"
X, y = load_digits(return_X_y=True)
X = X / 16
net = network.FeedForwardNetwork([64, 64, 10], output="softmax", loss="cross_entropy",
                                 random_state=0)
history = net.fit(X[:100], y[:100], epochs=200, batch_size=10, learning_rate=0.2,
                  validation=(X[1000:1400], y[1000:1400]), patience=5, random_state=0)
print("обучено эпох:", len(history.loss), "из 200;  лучшая эпоха:", history.best_epoch)
print("потери на отложенных данных в лучшей эпохе:", i18n.number(min(history.validation_loss), ".4f"),
      "; сейчас:", i18n.number(net.loss(X[1000:1400], y[1000:1400]), ".4f"))
print("потери на обучающих данных в конце:", i18n.number(history.loss[-1], ".4f"))

# %% [markdown] lang="en"
# The estimators have the same rule under scikit-learn's names: `NetworkClassifier(
# early_stopping=True, validation_fraction=0.1, n_iter_no_change=10)` holds out a tenth of
# the training data itself. (scikit-learn's `MLPClassifier` watches the held-out *accuracy*;
# the package watches the held-out *loss*, which changes smoothly even when the accuracy does
# not.)
#
# ## On MNIST: where the rule stops
#
# The script `experiments/1.4.1.3-early-stopping.py` trained a 784-128-10 ReLU network for 40
# epochs on 5 000 MNIST images (SGD, $\alpha = 0.1$, mini-batches of 64), three times with
# different seeds, and recorded after every epoch the error and the loss on the training
# images, on 5 000 other training images held out for validation, and on the 10 000 test
# images. Training a run takes about a minute, so the notebook loads the stored curves
# (`python3 tasks.py experiments 1.4.1.3` recomputes them).

# %% [markdown] lang="ru"
# У оценщиков то же правило под именами scikit-learn: `NetworkClassifier(early_stopping=True,
# validation_fraction=0.1, n_iter_no_change=10)` сам откладывает десятую часть обучающих
# данных. (`MLPClassifier` из scikit-learn следит за *точностью* на отложенных данных, а пакет
# — за *функцией потерь*, которая меняется плавно, даже когда точность стоит на месте.)
#
# ## На MNIST: где правило останавливается
#
# Скрипт `experiments/1.4.1.3-early-stopping.py` обучил сеть 784-128-10 с ReLU в течение
# 40 эпох на 5 000 изображениях MNIST (SGD, $\alpha = 0{,}1$, мини-пакеты по 64) три раза с
# разными начальными значениями генератора и после каждой эпохи записал ошибку и потери на
# обучающих изображениях, на 5 000 других обучающих изображениях, отложенных для валидации,
# и на 10 000 тестовых изображениях. Один запуск занимает около минуты, поэтому блокнот
# загружает сохранённые кривые (`python3 tasks.py experiments 1.4.1.3` вычисляет их заново).

# %%
result = json.loads(Path("../../experiments/results/1.4.1.3-early-stopping.json").read_text())
curves, patience = result["curves"], result["patience"]
mean_loss = np.mean([c["validation_loss"] for c in curves], axis=0)
best, stop = early_stopping.patience_stop(mean_loss, patience)

fig, (left, right) = plt.subplots(1, 2, figsize=(8, 4.2))
plots.learning_curves.draw_epoch_curves(left, curves, "error", best=best, stop=stop)
artists = plots.learning_curves.draw_epoch_curves(right, curves, "loss", best=best, stop=stop)
left.set_ylim(0, 0.15)
right.set_ylim(0, 0.7)
fig.legend(handles=list(artists.values()), loc="outside lower center", ncols=3)
plt.show()

# %% [markdown] lang="en"
# The training error goes almost to zero, while the held-out and test errors level off
# around 6–7 %: the gap is overfitting. Yet on MNIST the held-out error does not turn back
# up within 40 epochs; only the held-out *loss* creeps up a little (the network becomes
# over-confident on the images it gets wrong), and the SGD noise shows as spikes. The rule
# fires when the loss stops improving, not when it rises. Per seed:

# %% [markdown] lang="ru"
# Ошибка на обучающих данных опускается почти до нуля, а ошибки на отложенных и тестовых
# данных выходят на уровень около 6–7 %: этот разрыв и есть переобучение. Но на MNIST ошибка
# на отложенных данных за 40 эпох вверх не поворачивает; немного растут только *потери*
# (сеть становится чрезмерно уверенной на изображениях, которые она распознаёт неверно), а
# шум SGD виден как выбросы. Правило срабатывает, когда потери перестают улучшаться, а не
# когда они растут. По запускам:

# %% lang="en"
stopped, full, chosen = [], [], []
for seed, (curve, finals) in enumerate(zip(curves, result["weight_decay"])):
    best_epoch, stop_epoch = early_stopping.patience_stop(curve["validation_loss"], patience)
    pick = int(np.argmin([f["validation_error"] for f in finals]))  # λ chosen on held-out data
    stopped.append(curve["test_error"][best_epoch - 1])
    full.append(curve["test_error"][-1])
    chosen.append(finals[pick]["test_error"])
    print(f"seed {seed}: stops after epoch {stop_epoch}, keeps epoch {best_epoch}:"
          f" test error {i18n.number(100 * stopped[-1], '.2f')} %;"
          f" all 40 epochs {i18n.number(100 * full[-1], '.2f')} %;"
          f" λ = {i18n.number(result['weight_decays'][pick], 'g')}: {i18n.number(100 * chosen[-1], '.2f')} %")
for name, values in [("early stopping", stopped), ("40 epochs, λ = 0", full),
                     ("40 epochs, best λ", chosen)]:
    print(f"{name:>18}: {i18n.number(100 * np.mean(values), '.2f')} ± {i18n.number(100 * np.std(values), '.2f')} %")

# %% lang="ru"
stopped, full, chosen = [], [], []
for seed, (curve, finals) in enumerate(zip(curves, result["weight_decay"])):
    best_epoch, stop_epoch = early_stopping.patience_stop(curve["validation_loss"], patience)
    pick = int(np.argmin([f["validation_error"] for f in finals]))  # λ, выбранное по отложенным данным
    stopped.append(curve["test_error"][best_epoch - 1])
    full.append(curve["test_error"][-1])
    chosen.append(finals[pick]["test_error"])
    print(f"запуск {seed}: стоп после эпохи {stop_epoch}, веса эпохи {best_epoch}:"
          f" ошибка на тесте {i18n.number(100 * stopped[-1], '.2f')} %;"
          f" все 40 эпох {i18n.number(100 * full[-1], '.2f')} %;"
          f" λ = {i18n.number(result['weight_decays'][pick], 'g')}: {i18n.number(100 * chosen[-1], '.2f')} %")
for name, values in [("ранний останов", stopped), ("40 эпох, λ = 0", full),
                     ("40 эпох, лучшее λ", chosen)]:
    print(f"{name:>18}: {i18n.number(100 * np.mean(values), '.2f')} ± {i18n.number(100 * np.std(values), '.2f')} %")

# %% [markdown] lang="en"
# An honest summary of this experiment: early stopping saved a quarter of the training time
# and cost about 0.3 percentage points of test error compared with training to the end; the
# weight decay chosen on the held-out data (λ = 10⁻⁴ or 10⁻³, the smallest values tried) is
# no better than none. With 5 000 images and a network of 100 000 weights, neither
# regularizer has much to correct on MNIST: the held-out error never rises, so stopping
# "early" can only stop too early. Early stopping pays off where the held-out error turns up
# clearly, as in the small digits example above (the tests of the package check that it stops
# there and restores the best weights), and it costs nothing to run: one pass over the
# held-out data per epoch.
#
# **Try it:** in the first experiment, raise `patience` to 20 and compare the held-out loss
# at the end with the best one.

# %% [markdown] lang="ru"
# Честный итог этого эксперимента: ранний останов сэкономил четверть времени обучения и стоил
# около 0,3 процентного пункта ошибки на тестовых данных по сравнению с обучением до конца;
# регуляризация весов с λ, выбранным по отложенным данным (10⁻⁴ или 10⁻³, наименьшие из
# испробованных значений), не лучше, чем без неё. При 5 000 изображений и сети со 100 000
# весов ни одному регуляризатору на MNIST почти нечего исправлять: ошибка на отложенных
# данных не растёт, поэтому «ранний» останов может только остановиться слишком рано. Ранний
# останов окупается там, где ошибка на отложенных данных явно поворачивает вверх, как в
# примере с маленькими цифрами выше (тесты пакета проверяют, что правило там срабатывает и
# возвращает лучшие веса), а стоит он почти ничего: один проход по отложенным данным за эпоху.
#
# **Попробуйте:** в первом эксперименте увеличьте `patience` до 20 и сравните потери на
# отложенных данных в конце с наилучшими.
