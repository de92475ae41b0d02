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

# %% lang="en"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from nbcompanion import activations, i18n, plots, widgets
from nbcompanion.softmax_regression import SoftmaxRegression, sklearn_C

i18n.set_language("en")     # every label the package draws is in this edition's language
plt.style.use(plots.STYLE)  # the companion's text sizes for static figures

# %% lang="ru"
# %matplotlib inline
# %config InlineBackend.figure_formats = ["retina"]
import matplotlib.pyplot as plt
import numpy as np
from sklearn.datasets import load_digits
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split

from nbcompanion import activations, i18n, plots, widgets
from nbcompanion.softmax_regression import SoftmaxRegression, sklearn_C

i18n.set_language("ru")     # всё, что рисует пакет, подписано на языке этого издания
plt.style.use(plots.STYLE)  # размеры текста статических рисунков спутника

# %% [markdown] lang="en"
# ## Softmax in two lines

# %% [markdown] lang="ru"
# ## Softmax в двух строках

# %% lang="en"
v = np.array([2.0, 1.0, 0.1])  # scores v1, v2, v3 of Fig. 1.9
p = np.exp(v) / np.exp(v).sum()
print("softmax by hand:", i18n.numbers(p, ".4f"), f" sum = {i18n.number(p.sum(), '.6f')}")
print("package:        ", i18n.numbers(activations.softmax(v), ".4f"))

# %% lang="ru"
v = np.array([2.0, 1.0, 0.1])  # значения v1, v2, v3 рис. 1.9
p = np.exp(v) / np.exp(v).sum()
print("Softmax вручную:", i18n.numbers(p, ".4f"), f" сумма = {i18n.number(p.sum(), '.6f')}")
print("пакет:          ", i18n.numbers(activations.softmax(v), ".4f"))

# %% [markdown] lang="en"
# Adding the same constant $c$ to every score multiplies numerator and denominator by $e^c$:
# nothing changes. Multiplying the scores by $s$ does change the result: $s > 1$ sharpens the
# probabilities towards the largest score, $s < 1$ flattens them towards uniform.

# %% [markdown] lang="ru"
# Прибавление одной и той же константы $c$ ко всем значениям умножает числитель и знаменатель
# на $e^c$ — ничего не меняется. Умножение значений на $s$ результат меняет: при $s > 1$
# вероятности стягиваются к наибольшему значению, при $s < 1$ выравниваются.

# %% lang="en"
for c in (-5.0, 0.0, 100.0):
    print(f"c = {i18n.number(c, '6.1f')}: softmax(v + c) = {i18n.numbers(activations.softmax(v + c), '.4f')}")
for s in (0.1, 1.0, 5.0):
    print(f"s = {i18n.number(s, '6.1f')}: softmax(s v)   = {i18n.numbers(activations.softmax(s * v), '.4f')}")

# %% lang="ru"
for c in (-5.0, 0.0, 100.0):
    print(f"c = {i18n.number(c, '6.1f')}: softmax(v + c) = {i18n.numbers(activations.softmax(v + c), '.4f')}")
for s in (0.1, 1.0, 5.0):
    print(f"s = {i18n.number(s, '6.1f')}: softmax(s v)   = {i18n.numbers(activations.softmax(s * v), '.4f')}")

# %% [markdown] lang="en"
# The shift invariance is also how softmax is computed safely: subtract the largest score
# first. Written naively, $e^{10^4}$ overflows and the result is `nan`; the package stays
# exact:

# %% [markdown] lang="ru"
# Инвариантность к сдвигу позволяет и вычислять Softmax надёжно: сначала вычесть наибольшее
# значение. В лоб $e^{10^4}$ переполняется и получается `nan`; пакет остаётся точным:

# %% lang="en"
big = np.array([1e4, 0.0, -1e4])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(big) / np.exp(big).sum()
print("naive:  ", i18n.numbers(naive, "g"))
print("package:", i18n.numbers(activations.softmax(big), "g"))

# %% lang="ru"
big = np.array([1e4, 0.0, -1e4])
with np.errstate(over="ignore", invalid="ignore"):
    naive = np.exp(big) / np.exp(big).sum()
print("в лоб: ", i18n.numbers(naive, "g"))
print("пакет: ", i18n.numbers(activations.softmax(big), "g"))

# %% [markdown] lang="en"
# ## Fig. 1.9 from these numbers
#
# The layer of Fig. 1.9 with the scores above, and the probabilities it outputs.

# %% [markdown] lang="ru"
# ## Рис. 1.9 по этим числам
#
# Слой с рис. 1.9 со значениями выше и вероятности на его выходе.

# %% lang="en"
fig, (ax_layer, ax_bars) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained",
                                        width_ratios=(1.3, 1))
plots.softmax.draw_softmax_layer(ax_layer, v)
plots.softmax.draw_bars(ax_bars, activations.softmax(v), ylabel="probability",
                        title="Softmax, eq. (1.12)", label="probabilities ŷ₁, ŷ₂, ŷ₃")
ax_bars.set_xlabel("probabilities ŷ₁, ŷ₂, ŷ₃")
ax_bars.legend()
plt.show()

# %% lang="ru"
fig, (ax_layer, ax_bars) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained",
                                        width_ratios=(1.3, 1))
plots.softmax.draw_softmax_layer(ax_layer, v)
plots.softmax.draw_bars(ax_bars, activations.softmax(v), ylabel="вероятность",
                        title="Softmax, формула (1.12)", label="вероятности ŷ₁, ŷ₂, ŷ₃")
ax_bars.set_xlabel("вероятности ŷ₁, ŷ₂, ŷ₃")
ax_bars.legend()
plt.show()

# %% [markdown] lang="en"
# ## Interactive figure: scores in, probabilities out
#
# Sliders set $v_1, v_2, v_3$, a shift $c$ added to all of them and a scale $s$ multiplying
# them. The left panel shows the scores $s \cdot v + c$, the right one their softmax, over
# dashed outlines of $\mathrm{softmax}(v)$ without shift and scale.

# %% [markdown] lang="ru"
# ## Интерактивный рисунок: значения на входе, вероятности на выходе
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
# $\tfrac{\lambda}{2}\|W\|^2$. С точностью до постоянного множителя это целевая функция
# `LogisticRegression` из scikit-learn для нескольких классов: её `C` равно
# $1/(\lambda n)$. Градиент — та короткая формула, которую обратное распространение ошибки
# будет использовать на каждом выходе Softmax:

# %% lang="en"
def objective_and_gradient(W, b, X, r, weight_decay):
    """Mean cross-entropy (1.15) of softmax(X W + b) (1.12) plus (λ/2)|W|², and its gradient."""
    P = activations.softmax(X @ W + b)
    n = X.shape[0]
    loss = -np.log(P[np.arange(n), r]).mean() + 0.5 * weight_decay * np.sum(W**2)
    P[np.arange(n), r] -= 1  # P - Y: softmax minus the one-hot labels
    return loss, X.T @ P / n + weight_decay * W, P.mean(axis=0)

# %% lang="ru"
def objective_and_gradient(W, b, X, r, weight_decay):
    """Средняя кросс-энтропия (1.15) для softmax(X W + b) (1.12) плюс (λ/2)|W|² и её градиент."""
    P = activations.softmax(X @ W + b)
    n = X.shape[0]
    loss = -np.log(P[np.arange(n), r]).mean() + 0.5 * weight_decay * np.sum(W**2)
    P[np.arange(n), r] -= 1  # P − Y: Softmax минус метки в унитарном кодировании
    return loss, X.T @ P / n + weight_decay * W, P.mean(axis=0)

# %% [markdown] lang="en"
# Where $P - Y$ comes from: for one example with true class $r$ the loss is
# $L = -\log p_r$ with $p_r = e^{v_r} / \sum_j e^{v_j}$, so
# $L = -v_r + \log \sum_j e^{v_j}$ and
#
# $$\frac{\partial L}{\partial v_j} = -[j = r] + \frac{e^{v_j}}{\sum_i e^{v_i}} = p_j - y_j ,$$
#
# with $y$ the one-hot label. Over $n$ examples, with $\bar v = X W + b$, the chain rule gives
# $\partial L / \partial W = X^T (P - Y) / n$ (plus $\lambda W$ from the penalty) and
# $\partial L / \partial b$ = the column means of $P - Y$: the two lines of the function
# above. Central finite differences on a small random problem agree:

# %% [markdown] lang="ru"
# Откуда берётся $P - Y$: для одного примера с верным классом $r$ потери равны
# $L = -\log p_r$, где $p_r = e^{v_r} / \sum_j e^{v_j}$, то есть
# $L = -v_r + \log \sum_j e^{v_j}$ и
#
# $$\frac{\partial L}{\partial v_j} = -[j = r] + \frac{e^{v_j}}{\sum_i e^{v_i}} = p_j - y_j ,$$
#
# где $y$ — метка в унитарном кодировании. Для $n$ примеров при $\bar v = X W + b$ цепное
# правило даёт $\partial L / \partial W = X^T (P - Y) / n$ (плюс $\lambda W$ от штрафа), а
# $\partial L / \partial b$ — средние по столбцам $P - Y$: это две строки функции выше.
# Центральные конечные разности на маленькой случайной задаче дают то же:

# %% lang="en"
rng = np.random.default_rng(0)
X_small, r_small = rng.normal(size=(5, 4)), np.array([0, 2, 1, 2, 0])
W_0, b_0 = rng.normal(size=(4, 3)), rng.normal(size=3)
_, grad_W_0, grad_b_0 = objective_and_gradient(W_0, b_0, X_small, r_small, 0.1)

h = 1e-6
numeric_W = np.zeros_like(W_0)
for index in np.ndindex(W_0.shape):
    step = np.zeros_like(W_0)
    step[index] = h
    numeric_W[index] = (objective_and_gradient(W_0 + step, b_0, X_small, r_small, 0.1)[0]
                        - objective_and_gradient(W_0 - step, b_0, X_small, r_small, 0.1)[0]) / (2 * h)
numeric_b = [(objective_and_gradient(W_0, b_0 + h * e, X_small, r_small, 0.1)[0]
              - objective_and_gradient(W_0, b_0 - h * e, X_small, r_small, 0.1)[0]) / (2 * h)
             for e in np.eye(3)]
print("∂L/∂W: X^T (P − Y)/n + λW equals the finite differences:",
      i18n.yes_no(np.allclose(grad_W_0, numeric_W, rtol=0, atol=1e-8)))
print("∂L/∂b: column means of P − Y equal the finite differences:",
      i18n.yes_no(np.allclose(grad_b_0, numeric_b, rtol=0, atol=1e-8)))

# %% lang="ru"
rng = np.random.default_rng(0)
X_small, r_small = rng.normal(size=(5, 4)), np.array([0, 2, 1, 2, 0])
W_0, b_0 = rng.normal(size=(4, 3)), rng.normal(size=3)
_, grad_W_0, grad_b_0 = objective_and_gradient(W_0, b_0, X_small, r_small, 0.1)

h = 1e-6
numeric_W = np.zeros_like(W_0)
for index in np.ndindex(W_0.shape):
    step = np.zeros_like(W_0)
    step[index] = h
    numeric_W[index] = (objective_and_gradient(W_0 + step, b_0, X_small, r_small, 0.1)[0]
                        - objective_and_gradient(W_0 - step, b_0, X_small, r_small, 0.1)[0]) / (2 * h)
numeric_b = [(objective_and_gradient(W_0, b_0 + h * e, X_small, r_small, 0.1)[0]
              - objective_and_gradient(W_0, b_0 - h * e, X_small, r_small, 0.1)[0]) / (2 * h)
             for e in np.eye(3)]
print("∂L/∂W: X^T (P − Y)/n + λW совпадает с конечными разностями:",
      i18n.yes_no(np.allclose(grad_W_0, numeric_W, rtol=0, atol=1e-8)))
print("∂L/∂b: средние по столбцам P − Y совпадают с конечными разностями:",
      i18n.yes_no(np.allclose(grad_b_0, numeric_b, rtol=0, atol=1e-8)))

# %% [markdown] lang="en"
# `SoftmaxRegression` minimizes exactly this with L-BFGS. We train it and scikit-learn's model
# on the 8×8 digits (1797 images, 10 classes), two thirds for training.

# %% [markdown] lang="ru"
# `SoftmaxRegression` минимизирует ровно это методом L-BFGS. Обучим её и модель scikit-learn
# на цифрах 8×8 (1797 изображений, 10 классов), две трети — для обучения.

# %% lang="en"
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X / 16, y, test_size=1 / 3, stratify=y,
                                                    random_state=0)
weight_decay = 1e-3
ours = SoftmaxRegression(weight_decay=weight_decay).fit(X_train, y_train)
theirs = LogisticRegression(C=sklearn_C(weight_decay, len(y_train)), tol=1e-10,
                            max_iter=5000).fit(X_train, y_train)

loss, grad_W, grad_b = objective_and_gradient(ours.coef_, ours.intercept_, X_train, y_train,
                                              weight_decay)
print(f"objective by hand = {i18n.number(loss, '.6f')}, package = {i18n.number(ours.loss_, '.6f')}")
print(f"gradient at the solution is ~0: {i18n.yes_no(max(np.abs(grad_W).max(), np.abs(grad_b).max()) < 1e-6)}")

# %% lang="ru"
X, y = load_digits(return_X_y=True)
X_train, X_test, y_train, y_test = train_test_split(X / 16, y, test_size=1 / 3, stratify=y,
                                                    random_state=0)
weight_decay = 1e-3
ours = SoftmaxRegression(weight_decay=weight_decay).fit(X_train, y_train)
theirs = LogisticRegression(C=sklearn_C(weight_decay, len(y_train)), tol=1e-10,
                            max_iter=5000).fit(X_train, y_train)

loss, grad_W, grad_b = objective_and_gradient(ours.coef_, ours.intercept_, X_train, y_train,
                                              weight_decay)
print(f"целевая функция вручную = {i18n.number(loss, '.6f')}, пакет = {i18n.number(ours.loss_, '.6f')}")
print(f"градиент в решении ≈ 0: {i18n.yes_no(max(np.abs(grad_W).max(), np.abs(grad_b).max()) < 1e-6)}")

# %% lang="en"
p_ours, p_theirs = ours.predict_proba(X_test), theirs.predict_proba(X_test)
largest = np.abs(p_ours - p_theirs).max()
print(f"test accuracy: SoftmaxRegression {i18n.number(ours.score(X_test, y_test), '.4f')},"
      f" LogisticRegression {i18n.number(theirs.score(X_test, y_test), '.4f')}")
same = np.sum(ours.predict(X_test) == theirs.predict(X_test))
print(f"same predicted class on {same} of {len(y_test)} test images")
print(f"largest difference of a probability below 1e-4: {i18n.yes_no(largest < 1e-4)}")
print(f"largest difference of a weight below 1e-3: {i18n.yes_no(np.abs(ours.coef_ - theirs.coef_.T).max() < 1e-3)}")

fig, (ax_scatter, ax_hist) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
plots.softmax.draw_probability_agreement(ax_scatter, p_ours, p_theirs)
plots.softmax.draw_difference_histogram(ax_hist, p_ours, p_theirs)
plt.show()

# %% lang="ru"
p_ours, p_theirs = ours.predict_proba(X_test), theirs.predict_proba(X_test)
largest = np.abs(p_ours - p_theirs).max()
print(f"точность на тесте: SoftmaxRegression {i18n.number(ours.score(X_test, y_test), '.4f')},"
      f" LogisticRegression {i18n.number(theirs.score(X_test, y_test), '.4f')}")
same = np.sum(ours.predict(X_test) == theirs.predict(X_test))
print(f"один и тот же предсказанный класс на {same} из {len(y_test)} тестовых изображений")
print(f"наибольшая разность вероятностей меньше 1e-4: {i18n.yes_no(largest < 1e-4)}")
print(f"наибольшая разность весов меньше 1e-3: {i18n.yes_no(np.abs(ours.coef_ - theirs.coef_.T).max() < 1e-3)}")

fig, (ax_scatter, ax_hist) = plt.subplots(1, 2, figsize=(10, 4), layout="constrained")
plots.softmax.draw_probability_agreement(ax_scatter, p_ours, p_theirs)
plots.softmax.draw_difference_histogram(ax_hist, p_ours, p_theirs)
plt.show()

# %% [markdown] lang="en"
# ## What to notice
#
# - Only differences between scores matter; that is why the shift slider does nothing.
# - scikit-learn and `SoftmaxRegression` agree because they minimize the same objective: the
#   mean cross-entropy plus the L2 penalty is convex, and with $\lambda > 0$ its minimizer
#   fixes every probability. The same predictions on every test image, and probabilities equal
#   to the optimizers' tolerance (the histogram's scale is $\log_{10}$).
#
# ## Try
#
# - In the interactive figure, make two scores equal and the third much smaller: the two
#   share the probability half and half. Now raise $s$. The same in code:
#
# ```python
# for s in (1.0, 5.0):
#     print(s, activations.softmax(s * np.array([1.0, 1.0, -3.0])))
# ```
#
# - Change `weight_decay` to `1e-2` and `1e-4`: the agreement stays, the accuracy moves.
#
# ```python
# for weight_decay in (1e-2, 1e-4):
#     ours = SoftmaxRegression(weight_decay=weight_decay).fit(X_train, y_train)
#     theirs = LogisticRegression(C=sklearn_C(weight_decay, len(y_train)), tol=1e-10,
#                                 max_iter=5000).fit(X_train, y_train)
#     gap = np.abs(ours.predict_proba(X_test) - theirs.predict_proba(X_test)).max()
#     print(weight_decay, "accuracy:", ours.score(X_test, y_test), "largest gap:", gap)
# ```

# %% [markdown] lang="ru"
# ## На что обратить внимание
#
# - Значение имеют только разности значений; поэтому ползунок сдвига ничего не меняет.
# - scikit-learn и `SoftmaxRegression` совпадают, потому что минимизируют одну и ту же целевую
#   функцию: средняя кросс-энтропия плюс штраф L2 выпукла, и при $\lambda > 0$ её минимум
#   однозначно задаёт все вероятности. Отсюда одинаковые прогнозы на всех тестовых
#   изображениях и вероятности, равные с точностью оптимизаторов (шкала гистограммы —
#   $\log_{10}$).
#
# ## Попробуйте
#
# - На интерактивном рисунке сделайте два значения равными, а третье — намного меньше: эти
#   два делят вероятность пополам. Теперь увеличьте $s$. То же в коде:
#
# ```python
# for s in (1.0, 5.0):
#     print(s, activations.softmax(s * np.array([1.0, 1.0, -3.0])))
# ```
#
# - Замените `weight_decay` на `1e-2` и `1e-4`: совпадение сохранится, точность изменится.
#
# ```python
# for weight_decay in (1e-2, 1e-4):
#     ours = SoftmaxRegression(weight_decay=weight_decay).fit(X_train, y_train)
#     theirs = LogisticRegression(C=sklearn_C(weight_decay, len(y_train)), tol=1e-10,
#                                 max_iter=5000).fit(X_train, y_train)
#     gap = np.abs(ours.predict_proba(X_test) - theirs.predict_proba(X_test)).max()
#     print(weight_decay, "точность:", ours.score(X_test, y_test), "наибольшая разность:", gap)
# ```
