"""Labels of §1.5.3: unconventional architectures drawn as computational graphs."""

TEXT = {
    "architectures.input": ("input", "вход"),
    "architectures.neuron": ("neuron (weighted sum, Φ)", "нейрон (взвешенная сумма, Φ)"),
    "architectures.operation": ("operation without weights (+, ×)",
                                "операция без весов (+, ×)"),
    "architectures.loss": ("node with a loss term", "узел с членом функции потерь"),
    "architectures.later_inputs": ("Inputs entering later layers (cf. Fig. 1.16)",
                                   "Входы в поздних слоях (ср. рис. 1.16)"),
    "architectures.skip": ("Skip connections: r = r + tanh(w·r)",
                           "Замыкающие соединения: r = r + tanh(w·r)"),
    "architectures.hidden_loss": ("A loss on a hidden node", "Потери на скрытом узле"),
    "architectures.sum_product": ("Sum-product network over $x_1$, $x_2$",
                                  "Сеть сумм и произведений над $x_1$, $x_2$"),
    "architectures.depth": ("depth in the graph", "глубина в графе"),
}
