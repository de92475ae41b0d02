"""Labels of §1.2.1.5: the losses and how hard they push."""

TEXT = {
    "losses.squared": ("squared (y − ŷ)²", "квадратичная (y − ŷ)²"),
    "losses.hinge": ("hinge (1.13)", "кусочно-линейная (1.13)"),
    "losses.logistic": ("logistic (1.14)", "логистическая (1.14)"),
    "losses.cross_entropy": ("cross-entropy (1.15), k = 2", "кросс-энтропийная (1.15), k = 2"),
    "losses.margin": ("y·ŷ", "y·ŷ"),
    "losses.title": ("Losses against y·ŷ (§1.2.1.5)", "Функции потерь в зависимости\nот y·ŷ (§1.2.1.5)"),
    "losses.push_title": ("How hard each loss pushes ŷ towards y",
                          "Насколько сильно каждая функция потерь тянет ŷ к y"),
    "losses.push": ("push −y·∂L/∂ŷ", "−y·∂L/∂ŷ (к метке)"),
    "losses.y_hat": ("prediction ŷ", "прогноз ŷ"),
    "losses.label": ("label y", "метка y"),
    "losses.choice": ("Loss", "Функция потерь"),
    "losses.loss_title": ("{name}: L = {loss:.3f}", "{name}: L = {loss:.3f}"),
    "losses.gradient_title": ("∂L/∂ŷ = {gradient:.3f},\nso ∂L/∂W = {gradient:.3f}·X",
                              "∂L/∂ŷ = {gradient:.3f},\nпоэтому ∂L/∂W = {gradient:.3f}·X"),
    "losses.gradient": ("∂L/∂ŷ", "∂L/∂ŷ"),
    "losses.current": ("current ŷ", "текущее ŷ"),
}
