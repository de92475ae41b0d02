"""Labels of the figures and the explorer of exercise 11 (training-sample variability)."""

TEXT = {
    "sampling.test_points": ("test points", "тестовые точки"),
    "sampling.true_separator": ("true separator x1 = x2", "истинный разделитель x1 = x2"),
    "sampling.perceptron": ("perceptron criterion", "критерий перцептрона"),
    "sampling.hinge": ("hinge loss", "кусочно-линейные потери (hinge)"),
    "sampling.wrong_perceptron": ("misclassified, perceptron", "ошибка перцептрона"),
    "sampling.wrong_hinge": ("misclassified, hinge", "ошибка hinge"),
    "sampling.spread_title": (
        "Decisions over training samples\n{loss}",
        "Решения по обучающим выборкам\n{loss}",
    ),
    "sampling.share_positive": (
        "share of samples deciding class +1",
        "доля выборок, дающих класс +1",
    ),
    "sampling.accuracy_label": ("{loss}:\n{mean:.3f} ± {std:.3f}", "{loss}:\n{mean:.3f} ± {std:.3f}"),
    "sampling.test_accuracy": ("test accuracy (1000 points)", "точность на тесте (1000 точек)"),
    "sampling.samples": ("training samples", "обучающие выборки"),
    "sampling.accuracy_title": (
        "Test accuracy over {n} training\nsamples of 20 points",
        "Точность на тесте по {n} обучающим\nвыборкам из 20 точек",
    ),
    "sampling.explorer_title": (
        "Sample {sample}: accuracy {perceptron:.3f} (perceptron), {hinge:.3f} (hinge)",
        "Выборка {sample}: точность {perceptron:.3f} (перцептрон), {hinge:.3f} (hinge)",
    ),
    "sampling.sample": ("sample", "выборка"),
    "sampling.next": ("New training sample", "Новая обучающая выборка"),
}
