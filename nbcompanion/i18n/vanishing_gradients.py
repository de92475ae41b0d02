"""Labels of §1.4.2: vanishing and exploding gradients."""

TEXT = {
    "vanishing.layer": ("layer i", "слой i"),
    "vanishing.gradient": ("|∂o/∂w_i|", "|∂o/∂w_i|"),
    "vanishing.factor": ("|w_i Φ′(a_i)|", "|w_i Φ′(a_i)|"),
    "vanishing.gradient_title": ("Gradient reaching each layer", "Градиент, доходящий до каждого слоя"),
    "vanishing.factor_title": ("Local factor of each layer", "Локальный множитель каждого слоя"),
    "vanishing.one": ("factor 1", "множитель 1"),
    "vanishing.quarter": ("σ′ ≤ 1/4", "σ′ ≤ 1/4"),
    "vanishing.ratio": ("first / last layer: {ratio}", "первый / последний слой: {ratio}"),
    "vanishing.depth": ("depth k", "глубина k"),
    "vanishing.weight": ("weight w", "вес w"),
    "vanishing.input": ("input x", "вход x"),
    "vanishing.activation": ("Φ", "Φ"),
    "vanishing.task": ("With the sigmoid, which w keeps the first layer's gradient within 10×"
                       " of the last one's at depth 20? Then try ReLU.",
                       "С сигмоидой: при каком w градиент первого слоя на глубине 20 отличается"
                       " от градиента последнего не более чем в 10 раз? Затем попробуйте ReLU."),
    "vanishing.norm": ("‖∂L/∂W_p‖ (mean over seeds)", "‖∂L/∂W_p‖ (среднее по запускам)"),
    "vanishing.network_layer": ("layer p (1 = next to the input)", "слой p (1 — у входа)"),
    "vanishing.network_title": ("Deep network on MNIST ({depth} weight layers), at initialization",
                                "Глубокая сеть на MNIST ({depth} слоёв весов) при инициализации"),
}
