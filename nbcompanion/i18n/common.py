"""Labels shared by several sections."""

TEXT = {
    "common.epoch": ("epoch", "эпоха"),
    "common.step": ("step", "шаг"),
    "common.x1": ("$x_1$", "$x_1$"),
    "common.x2": ("$x_2$", "$x_2$"),
    "common.v": ("pre-activation $v$", "предактивационное значение $v$"),
    "common.class_pos": ("class +1", "класс +1"),
    "common.class_neg": ("class −1", "класс −1"),
    "common.loss": ("loss", "потери"),
    "common.mistakes": ("mistakes", "ошибки"),
    "common.learning_rate": ("learning rate α", "скорость обучения α"),
    "common.reset": ("Reset", "Сброс"),
    "common.dataset": ("Data set", "Набор данных"),
    "common.activation": ("Activation", "Функция активации"),
    "common.derivative": ("derivative", "производная"),
    "common.probability": ("probability", "вероятность"),
    "common.accuracy": ("accuracy", "точность"),
}
