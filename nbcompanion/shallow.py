"""Classical shallow models as one-layer networks with the matching loss (§1.6.1).

A network with d inputs, one linear output unit and a bias neuron computes ŷ = W·X + b.
What makes it linear regression, logistic regression, a linear SVM or Widrow–Hoff's
least-squares classifier is only the loss on its output (§1.2.1.5):

============================  ================  =========================================
model                         loss on ŷ         scikit-learn with the same objective
============================  ================  =========================================
linear regression             (y − ŷ)²          ``LinearRegression``, ``SGDRegressor``
logistic regression           log(1 + e^{−yŷ})  ``LogisticRegression``, ``SGDClassifier``
support vector machine        max{0, 1 − yŷ}    ``SGDClassifier(loss="hinge")``
Widrow–Hoff (y = ±1 targets)  (y − ŷ)²          ``SGDRegressor`` on ±1 targets
============================  ================  =========================================

Two ways to train the same network are offered, so that each comparison is exact:

- ``solver="lbfgs"``: minimize mean loss + (α/2)‖W‖² to convergence with scipy's L-BFGS
  (smooth losses only). Its minimizer is the one ``LinearRegression`` (α = 0) and
  ``LogisticRegression(C=1/(α n))`` find.
- ``solver="sgd"``: one example at a time in the data's order, W ⇐ W(1 − ηα) − η ∂L/∂W,
  eq. (1.33), starting from W = 0. This is step for step the update of scikit-learn's
  ``SGDClassifier`` / ``SGDRegressor`` with ``learning_rate="constant"``, ``shuffle=False``
  and ``tol=None``, so their weights agree to rounding.

Both go through :class:`nbcompanion.network.FeedForwardNetwork` and its public API only.
"""

import numpy as np
from scipy import optimize
from sklearn.base import BaseEstimator, ClassifierMixin, RegressorMixin
from sklearn.preprocessing import LabelEncoder
from sklearn.utils.validation import check_is_fitted, validate_data

from ._validation import check_choice, check_classification_targets, check_positive
from .network import FeedForwardNetwork

__all__ = ["one_layer_network", "train_lbfgs", "train_sgd", "ShallowRegressor",
           "ShallowClassifier", "SKLEARN_LOSS"]

# The name scikit-learn's SGD estimators give each loss of the network.
SKLEARN_LOSS = {"squared": "squared_error", "logistic": "log_loss", "hinge": "hinge"}


def one_layer_network(n_features, loss="squared", *, n_outputs=1):
    """d inputs, a bias neuron, ``n_outputs`` linear outputs, all weights 0 (§1.6.1).

    >>> net = one_layer_network(3, "hinge")
    >>> [W.shape for W in net.weights], float(net.get_parameters().sum())
    ([(3, 1)], 0.0)
    """
    check_positive(n_features, "n_features", integer=True)
    network = FeedForwardNetwork([int(n_features), n_outputs], output="linear", loss=loss)
    network.set_parameters(np.zeros(network.get_parameters().size))
    return network


def _objective(network, X, y, alpha):
    """Mean loss + (α/2)‖W‖² (biases not penalized) and its gradient, as flat vectors."""
    n_weights = sum(W.size for W in network.weights)

    def value_and_gradient(theta):
        network.set_parameters(theta)
        loss, gradient = network.flat_gradient(X, y)
        weights = theta[:n_weights]
        gradient = gradient.copy()
        gradient[:n_weights] += alpha * weights
        return loss + 0.5 * alpha * float(weights @ weights), gradient

    return value_and_gradient


def train_lbfgs(network, X, y, *, alpha=0.0, tol=1e-10, max_iter=10_000):
    """Minimize the network's mean loss + (α/2)‖W‖² by L-BFGS, in place; returns the result.

    Uses only the network's public ``get_parameters``, ``set_parameters`` and
    ``flat_gradient``, so any network (the autoencoder too) can be trained this way.

    >>> X = np.array([[0.0], [1.0], [2.0]]); net = one_layer_network(1)
    >>> _ = train_lbfgs(net, X, 3 * X[:, 0] + 1)
    >>> np.round(net.get_parameters(), 6).tolist()
    [3.0, 1.0]
    """
    check_positive(alpha, "alpha", allow_zero=True)
    if network.loss_name == "hinge":
        raise ValueError("The hinge loss has a kink where L-BFGS stalls; train it with"
                         " solver='sgd' (train_sgd).")
    result = optimize.minimize(_objective(network, X, y, alpha), network.get_parameters(),
                               jac=True, method="L-BFGS-B",
                               # ftol=0: stop when the gradient is below tol or the loss cannot fall further
                               options={"maxiter": max_iter, "ftol": 0.0, "gtol": tol,
                                        "maxcor": 30})
    network.set_parameters(result.x)
    return result


def train_sgd(network, X, y, *, alpha=0.0, learning_rate=0.01, epochs=5):
    """Plain SGD, one example at a time in order, eq. (1.33), as scikit-learn's SGD does it.

    ``learning_rate`` is scikit-learn's ``eta0``. The network's squared loss (y − ŷ)² has
    twice the gradient of scikit-learn's ½(y − ŷ)², so for it the step is halved and the
    decay doubled, which leaves the same update.
    """
    check_positive(alpha, "alpha", allow_zero=True)
    check_positive(learning_rate, "learning_rate")
    scale = 2.0 if network.loss_name == "squared" else 1.0
    return network.fit(X, y, epochs=epochs, batch_size=1, learning_rate=learning_rate / scale,
                       weight_decay=alpha * scale, shuffle=False)


class _Shallow(BaseEstimator):
    def __init__(self, *, alpha=0.0, solver="lbfgs", learning_rate=0.01, epochs=5):
        self.alpha = alpha
        self.solver = solver
        self.learning_rate = learning_rate
        self.epochs = epochs

    def _train(self, X, targets, loss):
        check_choice(self.solver, "solver", ("lbfgs", "sgd"))
        check_positive(self.alpha, "alpha", allow_zero=True)
        network = one_layer_network(X.shape[1], loss)
        if self.solver == "lbfgs":
            train_lbfgs(network, X, targets, alpha=self.alpha)
        else:
            check_positive(self.epochs, "epochs", integer=True)
            train_sgd(network, X, targets, alpha=self.alpha,
                      learning_rate=self.learning_rate, epochs=self.epochs)
        return network


class ShallowRegressor(RegressorMixin, _Shallow):
    """Linear regression (or Widrow–Hoff) as one linear unit with the squared loss (§1.6.1).

    Parameters
    ----------
    alpha : float, default=0.0
        Weight of (α/2)‖W‖² added to the mean loss (ridge regression when > 0).
    solver : {"lbfgs", "sgd"}, default="lbfgs"
        Minimize to convergence, or scikit-learn's plain SGD from W = 0 (see the module).
    learning_rate : float, default=0.01
        η of the SGD solver (scikit-learn's ``eta0``).
    epochs : int, default=5
        Passes of the SGD solver over the data.

    Attributes
    ----------
    coef_ : ndarray of shape (n_features,)
    intercept_ : float
    network_ : FeedForwardNetwork

    Examples
    --------
    >>> X = np.arange(8.0).reshape(4, 2)
    >>> model = ShallowRegressor().fit(X, X @ [1.0, 2.0] + 3)
    >>> bool(np.allclose(model.predict(X), X @ [1.0, 2.0] + 3))
    True
    """

    def fit(self, X, y):
        """Train on ``X`` (n_samples, n_features) and real targets ``y`` (n_samples,)."""
        X, y = validate_data(self, X, y, y_numeric=True, dtype=np.float64)
        self.network_ = self._train(X, y, "squared")
        self.coef_ = self.network_.weights[0][:, 0].copy()
        self.intercept_ = float(self.network_.biases[0][0])
        return self

    def predict(self, X):
        """ŷ = W·X + b for each row, shape (n_samples,)."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return X @ self.coef_ + self.intercept_


class ShallowClassifier(ClassifierMixin, _Shallow):
    """Logistic regression or the linear SVM as one linear unit with its loss (§1.6.1).

    Two classes are labelled −1 and +1 (``classes_[1]`` is +1) and one unit is trained;
    with more classes one unit per class is trained against the rest, as scikit-learn's
    SGD classifiers do.

    Parameters
    ----------
    loss : {"logistic", "hinge"}, default="logistic"
        Eq. (1.14) or eq. (1.9).
    alpha : float, default=1e-4
        Weight of (α/2)‖W‖² added to the mean loss; ``LogisticRegression(C)`` is α = 1/(C n).
    solver : {"lbfgs", "sgd"}, default="lbfgs"
        The hinge loss needs ``"sgd"``.
    learning_rate : float, default=0.01
    epochs : int, default=5

    Attributes
    ----------
    classes_ : ndarray
    coef_ : ndarray of shape (1, n_features) or (n_classes, n_features)
    intercept_ : ndarray of shape (1,) or (n_classes,)

    Examples
    --------
    >>> X = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    >>> ShallowClassifier().fit(X, ["a", "a", "b", "b"]).predict([[3.0]]).tolist()
    ['b']
    """

    def __init__(self, *, loss="logistic", alpha=1e-4, solver="lbfgs", learning_rate=0.01,
                 epochs=5):
        super().__init__(alpha=alpha, solver=solver, learning_rate=learning_rate,
                         epochs=epochs)
        self.loss = loss

    def fit(self, X, y):
        """Train on ``X`` (n_samples, n_features) and class labels ``y`` (n_samples,)."""
        X, y = validate_data(self, X, y, dtype=np.float64)
        check_classification_targets(y)
        check_choice(self.loss, "loss", ("logistic", "hinge"))
        if self.loss == "hinge" and self.solver == "lbfgs":
            raise ValueError("loss='hinge' has a kink where L-BFGS stalls: use solver='sgd'.")
        encoder = LabelEncoder().fit(y)
        self.classes_ = encoder.classes_
        if len(self.classes_) < 2:
            raise ValueError(f"y needs at least 2 classes, got 1 class: {self.classes_.tolist()}.")
        codes = encoder.transform(y)
        positives = [1] if len(self.classes_) == 2 else range(len(self.classes_))
        coef, intercept = [], []
        for k in positives:
            network = self._train(X, np.where(codes == k, 1.0, -1.0), self.loss)
            coef.append(network.weights[0][:, 0])
            intercept.append(network.biases[0][0])
        self.coef_, self.intercept_ = np.array(coef), np.array(intercept)
        return self

    def decision_function(self, X):
        """ŷ = W·X + b: shape (n_samples,) for two classes, else (n_samples, n_classes)."""
        check_is_fitted(self)
        X = validate_data(self, X, reset=False, dtype=np.float64)
        scores = X @ self.coef_.T + self.intercept_
        return scores[:, 0] if len(self.classes_) == 2 else scores

    def predict(self, X):
        """sign(ŷ) for two classes (eq. 1.1), the largest ŷ otherwise."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(int)]
        return self.classes_[np.argmax(scores, axis=1)]
