"""A generative adversarial network in numpy, learning a 1-D distribution (§1.7.3).

Two small networks play against each other. The generator G turns Gaussian noise z into a
sample x = G(z); the discriminator D outputs the probability D(x) = sigmoid(ℓ(x)) that x is
real. Each is one hidden layer of tanh units (§1.2.2) written out with its backward phase:

- D minimizes  L_D = −mean log D(x_real) − mean log(1 − D(G(z))),
- G minimizes  L_G = −mean log D(G(z))  (the "non-saturating" form, which still pushes
  when D confidently rejects the fakes).

Both losses are written with ``logaddexp`` on the logits ℓ, so they stay finite however
sure D becomes. G's gradient flows *through* D to the sample and then into G's weights:
backpropagation across two networks. At the equilibrium the book describes, D cannot tell
the samples apart, D = ½ everywhere, and L_D = 2 log 2 ≈ 1.386, L_G = log 2 ≈ 0.693.
"""

from dataclasses import dataclass, field

import numpy as np

from ._validation import as_real_array, check_positive

__all__ = ["init_network", "network_forward", "network_backward", "discriminator_loss",
           "generator_loss", "train_gan", "GANRun"]

PARAMETERS = ("W1", "b1", "W2", "b2")


def init_network(n_hidden=16, *, rng, scale=1.0):
    """Weights of a 1 → ``n_hidden`` tanh → 1 linear network, as a dict of arrays."""
    check_positive(n_hidden, "n_hidden", integer=True)
    return {"W1": scale * rng.standard_normal((1, n_hidden)),
            "b1": scale * rng.standard_normal(n_hidden),
            "W2": rng.standard_normal((n_hidden, 1)) / np.sqrt(n_hidden),
            "b2": np.zeros(1)}


def network_forward(params, x):
    """Output of the network for inputs ``x`` of shape (n, 1), and what backward needs.

    >>> params = init_network(3, rng=np.random.default_rng(0))
    >>> out, cache = network_forward(params, np.zeros((5, 1)))
    >>> out.shape
    (5, 1)
    """
    hidden = np.tanh(x @ params["W1"] + params["b1"])
    return hidden @ params["W2"] + params["b2"], (x, hidden)


def network_backward(params, cache, d_out):
    """Gradients of the parameters and of the input, given ∂L/∂out of shape (n, 1).

    The hidden layer's local derivative is 1 − h², eq. (1.21).
    """
    x, hidden = cache
    d_pre = (d_out @ params["W2"].T) * (1 - hidden ** 2)
    grads = {"W1": x.T @ d_pre, "b1": d_pre.sum(axis=0),
             "W2": hidden.T @ d_out, "b2": d_out.sum(axis=0)}
    return grads, d_pre @ params["W1"].T


def _sigmoid(v):
    return 0.5 * (1 + np.tanh(0.5 * v))  # stable at |v| = 1e4


def discriminator_loss(d_params, real, fake):
    """L_D and its gradient with respect to D's parameters.

    Parameters
    ----------
    real, fake : ndarray of shape (n, 1)

    Returns
    -------
    loss : float
    grads : dict of ndarray, shaped as ``d_params``
    """
    real_logit, real_cache = network_forward(d_params, real)
    fake_logit, fake_cache = network_forward(d_params, fake)
    # −log sigmoid(ℓ) = log(1 + e^−ℓ); −log(1 − sigmoid(ℓ)) = log(1 + e^ℓ)
    loss = np.mean(np.logaddexp(0, -real_logit)) + np.mean(np.logaddexp(0, fake_logit))
    real_grads, _ = network_backward(d_params, real_cache,
                                     (_sigmoid(real_logit) - 1) / len(real))
    fake_grads, _ = network_backward(d_params, fake_cache, _sigmoid(fake_logit) / len(fake))
    return float(loss), {k: real_grads[k] + fake_grads[k] for k in PARAMETERS}


def generator_loss(g_params, d_params, z):
    """L_G and its gradient with respect to G's parameters, backpropagated through D.

    Parameters
    ----------
    z : ndarray of shape (n, 1)
        The noise fed to the generator.
    """
    fake, g_cache = network_forward(g_params, z)
    logit, d_cache = network_forward(d_params, fake)
    loss = np.mean(np.logaddexp(0, -logit))
    _, d_fake = network_backward(d_params, d_cache, (_sigmoid(logit) - 1) / len(z))
    grads, _ = network_backward(g_params, g_cache, d_fake)
    return float(loss), grads


class _Adam:
    """Adam's update for a dict of parameters (Kingma and Ba, 2015)."""

    def __init__(self, params, learning_rate, beta1=0.5, beta2=0.999):
        self.rate, self.beta1, self.beta2, self.t = learning_rate, beta1, beta2, 0
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}

    def step(self, params, grads):
        self.t += 1
        for k in params:
            self.m[k] = self.beta1 * self.m[k] + (1 - self.beta1) * grads[k]
            self.v[k] = self.beta2 * self.v[k] + (1 - self.beta2) * grads[k] ** 2
            m_hat = self.m[k] / (1 - self.beta1 ** self.t)
            v_hat = self.v[k] / (1 - self.beta2 ** self.t)
            params[k] = params[k] - self.rate * m_hat / (np.sqrt(v_hat) + 1e-8)


@dataclass
class GANRun:
    """What :func:`train_gan` recorded.

    Attributes
    ----------
    d_loss, g_loss : ndarray of shape (n_steps,)
        The two losses at each step (before its updates).
    snapshots : dict of int to ndarray of shape (n_samples,)
        Generated samples (from one fixed noise batch) at the chosen steps.
    generator, discriminator : dict of ndarray
        The final parameters.
    """

    d_loss: np.ndarray
    g_loss: np.ndarray
    snapshots: dict = field(default_factory=dict)
    generator: dict = None
    discriminator: dict = None


def train_gan(*, mean=3.0, std=0.5, n_steps=1500, batch_size=64, g_learning_rate=0.001,
              d_learning_rate=0.004, g_hidden=16, d_hidden=32,
              snapshot_steps=(0, 100, 400, 1500), n_samples=2000, random_state=0):
    """Train D and G in turn, one Adam step each per batch, on samples of N(``mean``, ``std``²).

    D learns four times faster than G and is twice as wide: a discriminator that keeps up
    is what stops the generator from drifting towards a single point (with equal rates of
    0.001 the samples ended with a standard deviation of 0.1–0.2 instead of 0.5, seeds 0–2).

    Returns
    -------
    GANRun

    >>> run = train_gan(random_state=0)
    >>> samples = run.snapshots[1500]
    >>> bool(abs(samples.mean() - 3.0) < 0.15 and abs(samples.std() - 0.5) < 0.1)
    True
    """
    mean = float(as_real_array(mean, "mean", ndim=0))
    check_positive(std, "std")
    n_steps = int(check_positive(n_steps, "n_steps", integer=True))
    batch_size = int(check_positive(batch_size, "batch_size", integer=True))
    check_positive(g_learning_rate, "g_learning_rate")
    check_positive(d_learning_rate, "d_learning_rate")
    snapshot_steps = sorted({int(s) for s in snapshot_steps})
    if snapshot_steps and not 0 <= snapshot_steps[0] <= snapshot_steps[-1] <= n_steps:
        raise ValueError(f"snapshot_steps must lie in 0..n_steps = 0..{n_steps},"
                         f" got {snapshot_steps}.")
    rng = np.random.default_rng(random_state)
    generator = init_network(g_hidden, rng=rng)
    discriminator = init_network(d_hidden, rng=rng)
    g_adam, d_adam = _Adam(generator, g_learning_rate), _Adam(discriminator, d_learning_rate)
    fixed_noise = rng.standard_normal((n_samples, 1))
    run = GANRun(np.zeros(n_steps), np.zeros(n_steps))
    for step in range(n_steps + 1):
        if step in snapshot_steps:
            run.snapshots[step] = network_forward(generator, fixed_noise)[0].ravel()
        if step == n_steps:
            break
        real = mean + std * rng.standard_normal((batch_size, 1))
        fake = network_forward(generator, rng.standard_normal((batch_size, 1)))[0]
        run.d_loss[step], d_grads = discriminator_loss(discriminator, real, fake)
        d_adam.step(discriminator, d_grads)
        run.g_loss[step], g_grads = generator_loss(generator, discriminator,
                                                   rng.standard_normal((batch_size, 1)))
        g_adam.step(generator, g_grads)
    run.generator, run.discriminator = generator, discriminator
    return run
