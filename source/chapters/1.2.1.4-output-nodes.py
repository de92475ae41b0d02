# %% [markdown] lang="en"
# # 1.2.1.4 Choice and number of output nodes
#
# One output node is enough for two classes. For $k$ classes §1.2.1.4 of the book uses $k$
# output nodes and the **softmax** activation, eq. (1.12):
# $\Phi(\bar v)_i = \exp(v_i) / \sum_{j=1}^{k} \exp(v_j)$. It turns $k$ real scores
# $v_1, \dots, v_k$ into $k$ positive numbers that sum to 1: the predicted probabilities of
# the classes. Fig. 1.9 shows a softmax layer with three outputs on top of a hidden layer; when
# the layer below is linear, the whole model is **multinomial logistic regression**. This
# notebook computes softmax, explores it, and shows that claim on real handwritten digits.

# %% [markdown] lang="ru"
# # 1.2.1.4 Выбор и количество выходных узлов
#
# Для двух классов достаточно одного выходного узла. Для $k$ классов в разделе 1.2.1.4 книги
# используются $k$ выходных узлов и функция активации **Softmax**, формула (1.12):
# $\Phi(\bar v)_i = \exp(v_i) / \sum_{j=1}^{k} \exp(v_j)$. Она превращает $k$ вещественных
# значений $v_1, \dots, v_k$ в $k$ положительных чисел с суммой 1 — прогнозируемые
# вероятности классов. На рис. 1.9 показан слой Softmax с тремя выходами над скрытым слоем;
# если слой под ним линейный, вся модель — это **мультиномиальная логистическая регрессия**.
# В этом блокноте мы вычислим Softmax, исследуем его и проверим это утверждение на настоящих
# рукописных цифрах.

# %%
%matplotlib inline
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from nbcompanion import activations, i18n, plots, widgets
from nbcompanion.softmax_regression import SoftmaxRegression, sklearn_C

# %% [markdown] lang="en"
# ## Softmax in two lines

# %% [markdown] lang="ru"
# ## Softmax в двух строках

# %%
v = np.array([2.0, 1.0, 0.1])  # scores v1, v2, v3 of Fig. 1.9
p = np.exp(v) / np.exp(v).sum()
print("softmax by hand:", np.round(p, 4), f" sum = {p.sum():.6f}")
print("package:        ", np.round(activations.softmax(v), 4))

# %% [markdown] lang="en"
# Adding the same constant $c$ to every score multiplies numerator and denominator by $e^c$:
# nothing changes. Multiplying the scores by $s$ does change the result: $s > 1$ sharpens the
# probabilities towards the largest score, $s < 1$ flattens them towards uniform.

# %% [markdown] lang="ru"
# Прибавление одной и той же константы $c$ ко всем значениям умножает числитель и знаменатель
# на $e^c$ — ничего не меняется. Умножение значений на $s$ результат меняет: при $s > 1$
# вероятности стягиваются к наибольшему значению, при $s < 1$ выравниваются.

# %%
for c in (-5.0, 0.0, 100.0):
    print(f"c = {c:6.1f}: softmax(v + c) = {np.round(activations.softmax(v + c), 4)}")
for s in (0.1, 1.0, 5.0):
    print(f"s = {s:6.1f}: softmax(s v)   = {np.round(activations.softmax(s * v), 4)}")

# %% [markdown] lang="en"
# The shift invariance is also how softmax is computed safely: subtract the largest score
# first. Written naively, $e^{10^4}$ overflows and the result is `nan`; the package stays
# exact:

# %% [markdown] lang="ru"
# Инвариантность к сдвигу позволяет и вычислять Softmax надёжно: сначала вычесть наибольшее
# значение. В лоб $e^{10^4}$ переполняется и получается `nan`; пакет остаётся точным:

# %%
big = np.array([1e4, 0.0, -1e4])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(big) / np.exp(big).sum()
print("naive:  ", naive)
print("package:", activations.softmax(big))

# %% [markdown] lang="en"
# ## Fig. 1.9, computed
#
# The layer of Fig. 1.9 with the scores above, and the probabilities it outputs.

# %% [markdown] lang="ru"
# ## Рис. 1.9, вычисленный
#
# Слой с рис. 1.9 со значениями выше и вероятности на его выходе.

# %%
fig, (ax_layer, ax_bars) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained",
                                        width_ratios=(1.3, 1))
plots.softmax.draw_softmax_layer(ax_layer, v)
plots.softmax.draw_bars(ax_bars, activations.softmax(v), ylabel=i18n.text("common.probability"),
                        title=i18n.text("softmax.probabilities_title"),
                        label=i18n.text("softmax.outputs"))
ax_bars.set_xlabel(i18n.text("softmax.outputs"))
ax_bars.legend()
plt.show()

# %% [markdown] lang="en"
# ## Explorer: scores in, probabilities out
#
# Sliders set $v_1, v_2, v_3$, a shift $c$ added to all of them and a scale $s$ multiplying
# them. The left panel shows the scores $s \cdot v + c$, the right one their softmax, over
# dashed outlines of $\mathrm{softmax}(v)$ without shift and scale.

# %% [markdown] lang="ru"
# ## Исследование: значения на входе, вероятности на выходе
#
# Ползунки задают $v_1, v_2, v_3$, сдвиг $c$, прибавляемый ко всем, и масштаб $s$, на который
# они умножаются. Слева — значения $s \cdot v + c$, справа — их Softmax поверх пунктирных
# контуров $\mathrm{softmax}(v)$ без сдвига и масштаба.

# %%
explorer = widgets.softmax.softmax_explorer(v=(2.0, 1.0, 0.1))
explorer.snapshot()

# %%
explorer

# %% [markdown] lang="en"
# ## Softmax over a linear layer is multinomial logistic regression
#
# Put the softmax on top of one linear layer, $\bar v = X W + b$, and train with the
# cross-entropy loss of eq. (1.15) (see §1.2.1.5) plus an L2 penalty $\tfrac{\lambda}{2}\|W\|^2$.
# That is word for word the objective of scikit-learn's `LogisticRegression` for several
# classes, up to a constant factor: its `C` equals $1/(\lambda n)$. The gradient is the short
# formula backpropagation will use at every softmax output:

# %% [markdown] lang="ru"
# Поставим Softmax поверх одного линейного слоя, $\bar v = X W + b$, и будем обучать с
# кросс-энтропийной функцией потерь (1.15) (см. раздел 1.2.1.5) и штрафом
# $\tfrac{\lambda}{2}\|W\|^2$. Это дословно целевая функция `LogisticRegression` из
# scikit-learn для нескольких классов с точностью до постоянного множителя: её `C` равно
# $1/(\lambda n)$. Градиент — та короткая формула, которую обратное распространение ошибки
# будет использовать на каждом выходе Softmax:

# %%
def objective_and_gradient(W, b, X, r, weight_decay):
    """Mean cross-entropy (1.15) of softmax(X W + b) (1.12) plus (λ/2)|W|², and its gradient."""
    P = activations.softmax(X @ W + b)
    n = X.shape[0]
    loss = -np.log(P[np.arange(n), r]).mean() + 0.5 * weight_decay * np.sum(W**2)
    P[np.arange(n), r] -= 1  # P - Y: softmax minus the one-hot labels
    return loss, X.T @ P / n + weight_decay * W, P.mean(axis=0)

# %% [markdown] lang="en"
# `SoftmaxRegression` minimizes exactly this with L-BFGS. We train it and scikit-learn's model
# on the 8×8 digits (1797 images, 10 classes), two thirds for training.

# %% [markdown] lang="ru"
# `SoftmaxRegression` минимизирует ровно это методом L-BFGS. Обучим её и модель scikit-learn
# на цифрах 8×8 (1797 изображений, 10 классов), две трети — для обучения.

# %%
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X / 16, y, test_size=1 / 3, stratify=y,
                                                    random_state=0)
weight_decay = 1e-3
ours = SoftmaxRegression(weight_decay=weight_decay).fit(X_train, y_train)
theirs = LogisticRegression(C=sklearn_C(weight_decay, len(y_train)), tol=1e-10,
                            max_iter=5000).fit(X_train, y_train)

loss, grad_W, grad_b = objective_and_gradient(ours.coef_, ours.intercept_, X_train, y_train,
                                              weight_decay)
print(f"objective by hand = {loss:.6f}, package = {ours.loss_:.6f}")
print(f"gradient at the solution is ~0: {max(np.abs(grad_W).max(), np.abs(grad_b).max()) < 1e-6}")

# %%
p_ours, p_theirs = ours.predict_proba(X_test), theirs.predict_proba(X_test)
largest = np.abs(p_ours - p_theirs).max()
print(f"test accuracy: SoftmaxRegression {ours.score(X_test, y_test):.4f},"
      f" LogisticRegression {theirs.score(X_test, y_test):.4f}")
print(f"same predicted class on {np.mean(ours.predict(X_test) == theirs.predict(X_test)):.1%}"
      f" of {len(y_test)} test images")
print(f"largest difference of a probability below 1e-4: {largest < 1e-4}")
print(f"largest difference of a weight below 1e-3: {np.abs(ours.coef_ - theirs.coef_.T).max() < 1e-3}")

fig, (ax_scatter, ax_hist) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
plots.softmax.draw_probability_agreement(ax_scatter, p_ours, p_theirs)
plots.softmax.draw_difference_histogram(ax_hist, p_ours, p_theirs)
plt.show()

# %% [markdown] lang="en"
# ## What to notice
#
# - Only differences between scores matter; that is why the shift slider does nothing and
#   why scikit-learn and `SoftmaxRegression` can agree on the probabilities.
# - The two models are one model: the same predictions on every test image and probabilities
#   equal to the optimizer's tolerance (the histogram's scale is $\log_{10}$).
#
# ## Try
#
# - In the explorer, make two scores equal and the third much smaller: the two share the
#   probability half and half. Now raise $s$.
# - Change `weight_decay` to `1e-2` and `1e-4`: the agreement stays, the accuracy moves.
#
# Next: [§1.2.1.5, choosing the loss](1.2.1.5-losses.ipynb).

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Значение имеют только разности значений; поэтому ползунок сдвига ничего не меняет и
#   поэтому scikit-learn и `SoftmaxRegression` могут совпасть по вероятностям.
# - Две модели — это одна модель: одинаковые прогнозы на всех тестовых изображениях и
#   вероятности, равные с точностью оптимизатора (шкала гистограммы — $\log_{10}$).
#
# ## Попробуйте
#
# - В окне исследования сделайте два значения равными, а третье — намного меньше: эти два
#   делят вероятность пополам. Теперь увеличьте $s$.
# - Замените `weight_decay` на `1e-2` и `1e-4`: совпадение сохранится, точность изменится.
#
# Дальше: [раздел 1.2.1.5, выбор функции потерь](1.2.1.5-losses.ipynb).
