"""Labels of the figures of §1.7.3 (a generative adversarial network)."""

TEXT = {
    "gan.d_loss": ("discriminator loss $L_D$", "потери дискриминатора $L_D$"),
    "gan.g_loss": ("generator loss $L_G$", "потери генератора $L_G$"),
    "gan.equilibrium_d": ("$2\\log 2$ (D = ½)", "$2\\log 2$ (D = ½)"),
    "gan.equilibrium_g": ("$\\log 2$ (D = ½)", "$\\log 2$ (D = ½)"),
    "gan.losses_title": ("The two losses during training", "Две функции потерь во время обучения"),
    "gan.step": ("step", "шаг"),
    "gan.loss": ("loss (mean of 25 steps)", "потери (среднее по 25 шагам)"),
    "gan.generated": ("generated", "сгенерированные"),
    "gan.real": ("real density", "настоящая плотность"),
    "gan.samples_title": ("step {step}", "шаг {step}"),
    "gan.density": ("density", "плотность"),
}
