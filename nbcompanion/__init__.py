"""nbcompanion: the code behind the notebooks of Chapter 1 of Aggarwal's
*Neural Networks and Deep Learning* (Springer, 2018), «Глава 1. Введение в нейронные сети».

Models compute, ``plots`` draws, ``widgets`` wires a control to a model and a plot.

Notation: the book's symbol and the name used in the code.

=========================  ===========================  ======================
book                       code                         first seen
=========================  ===========================  ======================
X = [x_1 … x_d]            ``X`` (one row per example)  §1.2.1, eq. (1.1)
y ∈ {−1, +1}               ``y``                        §1.2.1
ŷ                          ``y_hat``                    eq. (1.1)
W, b                       ``W`` / ``coef_``, ``b`` /    eqs. (1.1), (1.2)
                           ``intercept_``
α                          ``alpha`` / ``learning_rate``  eq. (1.4)
E(X) = y − ŷ               ``error``                    eq. (1.5)
Φ                          an :class:`activations.Activation`  eq. (1.11)
v, a_h (pre-activation)    ``v``                        Fig. 1.7
h = Φ(a_h), o              ``h``, ``o``                 Fig. 1.7, §1.3
L                          ``loss``                     eqs. (1.7)–(1.15)
Δ(h, o) = ∂L/∂h            ``delta_post``               eqs. (1.24)–(1.27)
δ(h, o) = ∂L/∂a_h          ``delta_pre``                eqs. (1.28)–(1.31)
λ                          ``weight_decay``             eq. (1.33)
=========================  ===========================  ======================

Modules: :mod:`~nbcompanion.activations`, :mod:`~nbcompanion.losses`,
:mod:`~nbcompanion.perceptron`, :mod:`~nbcompanion.data`, :mod:`~nbcompanion.plots`,
:mod:`~nbcompanion.widgets`, :mod:`~nbcompanion.i18n`, :mod:`~nbcompanion.exercises`.
"""

__version__ = "0.1.0"
