"""Labels of §1.4.1.4: breadth against depth."""

TEXT = {
    "architecture.depth": ("hidden layers (width)", "скрытых слоёв (ширина)"),
    "architecture.error": ("error, %", "ошибка, %"),
    "architecture.train": ("training error", "ошибка на обучающих данных"),
    "architecture.test": ("test error (mean ± sd)", "ошибка на тесте (среднее ± ст. откл.)"),
    "architecture.title": ("About {budget} parameters each, digits, {seeds} seeds",
                           "Около {budget} параметров у каждой, цифры, {seeds} запуска"),
}
