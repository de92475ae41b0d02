"""Labels of §1.1: the artificial neuron (Fig. 1.1 b) and its two values (Fig. 1.7)."""

TEXT = {
    "neuron.title": ("Artificial neuron\n(Fig. 1.1 b, Fig. 1.7)",
                     "Искусственный нейрон\n(рис. 1.1, б; рис. 1.7)"),
    "neuron.inputs": ("inputs", "входы"),
    "neuron.weights": ("weights", "веса"),
    "neuron.pre": ("pre-activation value v = Σ wᵢxᵢ + b", "предактивационное значение v = Σ wᵢxᵢ + b"),
    "neuron.post": ("post-activation value h = Φ(v)", "постактивационное значение h = Φ(v)"),
    "neuron.output": ("output", "выход"),
    "neuron.curve_title": ("The neuron's point on Φ", "Точка нейрона на графике Φ"),
    "neuron.h": ("post-activation value h", "постактивационное значение h"),
    "neuron.point": ("(v, h) of this neuron", "(v, h) этого нейрона"),
    "neuron.bias": ("bias b", "смещение b"),
}
