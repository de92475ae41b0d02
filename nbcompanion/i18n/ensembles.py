"""Labels of §1.4.1.5: ensembles."""

TEXT = {
    "ensembles.error": ("test error (mean ± sd)", "ошибка на тесте (среднее ± ст. откл.)"),
    "ensembles.variance": ("variance of the probabilities", "дисперсия вероятностей"),
    "ensembles.error_title": ("Error over {repeats} training sets",
                              "Ошибка по {repeats} обучающим выборкам"),
    "ensembles.variance_title": ("How much the prediction varies",
                                 "Насколько меняется прогноз"),
}
