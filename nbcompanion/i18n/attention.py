"""Labels of the figures of §1.7.2 (soft attention over a memory)."""

TEXT = {
    "attention.right_slot": ("slot the query should read", "ячейка, которую надо прочитать"),
    "attention.slot": ("memory slot j", "ячейка памяти j"),
    "attention.query": ("query", "запрос"),
    "attention.before": ("Weights $a_j$ before\ntraining (W = I)",
                         "Веса $a_j$ до\nобучения (W = I)"),
    "attention.after": ("Weights $a_j$ after training,\nnew queries",
                        "Веса $a_j$ после обучения,\nновые запросы"),
    "attention.loss": ("loss ½‖r − v‖²", "потери ½‖r − v‖²"),
    "attention.accuracy": ("share of right lookups", "доля верных поисков"),
    "attention.step": ("gradient step", "шаг градиентного спуска"),
    "attention.training_title": ("Learning the\nquery map W", "Обучение отображения\nзапросов W"),
    "attention.weight": ("weight", "вес"),
}
