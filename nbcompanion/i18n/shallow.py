"""Labels of §1.6.1: classical shallow models as one-layer networks."""

TEXT = {
    "shallow.agreement_title": ("Weights: network vs scikit-learn",
                                "Веса: сеть и scikit-learn"),
    "shallow.theirs": ("scikit-learn weight / largest |weight|",
                       "вес scikit-learn / наибольший |вес|"),
    "shallow.ours": ("network weight / same scale", "вес сети / тот же масштаб"),
    "shallow.equal": ("equal", "равенство"),
    "shallow.difference_title": ("Largest weight difference",
                                 "Наибольшая разность весов"),
    "shallow.difference": ("log₁₀ max |w (network) − w (scikit-learn)|",
                           "log₁₀ max |w (сеть) − w (scikit-learn)|"),
}
