"""Exercise 2 of §1.11: the symmetries of the sigmoid, tanh and hard tanh (§1.2.1.3).

(a) sigmoid(-v) = 1 - sigmoid(v); (b) tanh(-v) = -tanh(v); (c) hard_tanh(-v) = -hard_tanh(v).
The student writes each proof in Markdown and types its steps as formulas of ``v``; sympy
checks that each step equals the next (:func:`check`), and any single step can be tried on
its own (:func:`check_step`).
"""

from .. import i18n
from ._checks import check_chain, check_step, solution_line
from ._feedback import MISSING, Feedback, guarded, hints

__all__ = ["PARTS", "REFERENCE", "check", "check_step", "hint"]

NOTEBOOK = "ex02-symmetries.ipynb"
#: For each part: the name of its answer, the start and the target of its chain of steps.
PARTS = {
    "sigmoid_steps": ("sigmoid(-v)", "1 - sigmoid(v)"),
    "tanh_steps": ("tanh(-v)", "-tanh(v)"),
    "hard_tanh_steps": ("hard_tanh(-v)", "-hard_tanh(v)"),
}
#: Chains of steps of the worked solution.
REFERENCE = {
    "sigmoid_steps": ["sigmoid(-v)", "1/(1 + exp(v))", "exp(-v)/(exp(-v) + 1)",
                      "(1 + exp(-v) - 1)/(1 + exp(-v))", "1 - 1/(1 + exp(-v))",
                      "1 - sigmoid(v)"],
    "tanh_steps": ["tanh(-v)", "(exp(-2*v) - 1)/(exp(-2*v) + 1)",
                   "(1 - exp(2*v))/(1 + exp(2*v))", "-(exp(2*v) - 1)/(exp(2*v) + 1)",
                   "-tanh(v)"],
    "hard_tanh_steps": ["hard_tanh(-v)", "Max(Min(-v, 1), -1)", "Max(-Max(v, -1), -1)",
                        "-Min(Max(v, -1), 1)", "-Max(Min(v, 1), -1)", "-hard_tanh(v)"],
}


@guarded
def check(sigmoid_steps=MISSING, tanh_steps=MISSING, hard_tanh_steps=MISSING):
    """Check the three chains of steps, parts (a), (b) and (c).

    >>> bool(check(**REFERENCE))
    True
    """
    answers = {"sigmoid_steps": sigmoid_steps, "tanh_steps": tanh_steps,
               "hard_tanh_steps": hard_tanh_steps}
    results = {name: check_chain(answer, start=PARTS[name][0], target=PARTS[name][1],
                                 name=name, notebook=NOTEBOOK)
               for name, answer in answers.items()}
    passed = all(results.values())
    lines = [i18n.text("ex02.passed" if passed else "ex02.failed",
                       count=sum(not r for r in results.values()))]
    for letter, (_name, result) in zip(i18n.text("ex02.letters"), results.items()):
        mark = "✅" if result else "❌"
        lines.append(f"({letter}) {mark} {result.lines[0]}")
        lines += [line for line in result.lines[1:] if line != solution_line(NOTEBOOK)]
    if not passed:
        lines.append(solution_line(NOTEBOOK))
    return Feedback(passed, lines)


hint = hints(["ex02.hint1", "ex02.hint2", "ex02.hint3", "ex02.hint4"])
