"""Labels of the explorer frame itself (nbcompanion.widgets._core)."""

TEXT = {
    "explorer.task": ("Task:", "Задание:"),
    "explorer.no_kernel": (
        "Interactive figure: run the notebook to move its controls "
        "(the picture above shows its starting state).",
        "Интерактивный рисунок: запустите блокнот, чтобы двигать его ползунки "
        "(рисунок выше показывает начальное состояние)."),
}
