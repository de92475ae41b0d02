"""Labels of §1.6.5: convolutional networks."""

TEXT = {
    "convolution.epoch": ("epoch", "эпоха"),
    "convolution.test_error": ("test error, %", "ошибка на тесте, %"),
    "convolution.error_title": ("MNIST test error (10 000 images)",
                                "Ошибка на тестовых MNIST (10 000 изображений)"),
    "convolution.weight": ("weight", "вес"),
    "convolution.value": ("value", "значение"),
}
