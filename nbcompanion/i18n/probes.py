"""Labels of §1.6.6: hidden layers as features (linear probes) and transfer learning."""

TEXT = {
    "probes.layer": ("layer", "слой"),
    "probes.accuracy": ("probe test accuracy", "точность зонда на тесте"),
    "probes.probe_title": ("Linear separability layer by layer (Fig. 1.19)",
                           "Линейная разделимость по слоям (рис. 1.19)"),
    "probes.component_1": ("1st principal component", "1-я главная компонента"),
    "probes.component_2": ("2nd principal component", "2-я главная компонента"),
    "probes.digit": ("digit {d}", "цифра {d}"),
    "probes.per_class": ("training images per new class (log scale)",
                         "обучающих изображений на новый класс (лог. шкала)"),
    "probes.test_accuracy": ("test accuracy on digits 5–9", "точность на тесте, цифры 5–9"),
    "probes.transfer_title": ("Transfer from digits 0–4 to 5–9", "Перенос с цифр 0–4 на 5–9"),
    "probes.convnet_transfer": ("frozen convolutional layers + new last layer",
                                "замороженные сверточные слои + новый последний слой"),
    "probes.mlp_transfer": ("frozen hidden layers (784–128–64) + new last layer",
                            "замороженные скрытые слои (784–128–64) + новый последний слой"),
    "probes.mlp_scratch": ("784–128–64 network from scratch", "сеть 784–128–64 с нуля"),
    "probes.pixels": ("softmax on raw pixels", "Softmax на исходных пикселях"),
}
