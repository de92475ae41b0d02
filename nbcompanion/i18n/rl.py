"""Labels of the figures of §1.7.1 (reinforcement learning)."""

TEXT = {
    "rl.bandit_title": ("10-armed bandit: average reward over 300 runs",
                        "10-рукий бандит: средняя награда по 300 запускам"),
    "rl.step": ("play", "ход"),
    "rl.average_reward": ("average reward\n(mean of {window} plays)",
                          "средняя награда\n(среднее по {window} ходам)"),
    "rl.best_arm": ("mean of the best arm", "среднее лучшей ручки"),
    "rl.grid_curve_title": ("Grid world: steps to the goal per episode",
                            "Клетчатый мир: шагов до цели за эпизод"),
    "rl.episode": ("episode", "эпизод"),
    "rl.steps_to_goal": ("steps to the goal (log scale)", "шагов до цели (лог. шкала)"),
    "rl.per_episode": ("each episode", "каждый эпизод"),
    "rl.moving_average": ("mean of {window} episodes", "среднее по {window} эпизодам"),
    "rl.shortest": ("shortest path: {n} steps", "кратчайший путь: {n} шагов"),
    "rl.grid_title": ("The learned greedy policy", "Выученная жадная стратегия"),
    "rl.greedy_action": ("best action by Q", "лучшее действие по Q"),
    "rl.greedy_path": ("greedy path", "жадный путь"),
    "rl.start": ("start", "старт"),
    "rl.goal": ("goal", "цель"),
    "rl.column": ("column", "столбец"),
    "rl.row": ("row", "строка"),
    "rl.explorer_task": (
        "Slide through the episodes. After which episode does the greedy path stop changing,"
        " and is it then a shortest one?",
        "Двигайте ползунок по эпизодам. После какого эпизода жадный путь перестаёт меняться и"
        " становится ли он тогда кратчайшим?"),
}
