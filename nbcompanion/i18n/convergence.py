"""Labels of §1.4.3–§1.4.5: convergence, local optima and cost."""

TEXT = {
    "convergence.seed": ("seed (sorted by final loss)", "начальное значение (по возрастанию потерь)"),
    "convergence.loss": ("mean squared error", "среднеквадратичная ошибка"),
    "convergence.restarts_title": ("{count} restarts of a 1-{hidden}-1 network",
                                   "{count} перезапусков сети 1-{hidden}-1"),
    "convergence.t": ("t in θ = (1 − t)·θ_best + t·θ_worst", "t в θ = (1 − t)·θ_лучш + t·θ_худш"),
    "convergence.slice_title": ("A slice of the loss surface", "Срез поверхности потерь"),
    "convergence.slice": ("loss along the line", "потери вдоль прямой"),
    "convergence.best": ("best run (t = 0)", "лучший запуск (t = 0)"),
    "convergence.worst": ("worst run (t = 1)", "худший запуск (t = 1)"),
    "convergence.x": ("x", "x"),
    "convergence.y": ("y", "y"),
    "convergence.target": ("target f(x)", "цель f(x)"),
    "convergence.fits_title": ("What the two minima compute", "Что вычисляют два минимума"),
}
