import matplotlib
import numpy as np
import pytest

from nbcompanion import plots, recurrent

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def small_problem(seed=0, T=5):
    rng = np.random.default_rng(seed)
    net = recurrent.RecurrentNetwork(2, 3, 1, random_state=seed)
    net.b_h[:] = rng.normal(size=3) * 0.1
    net.b_y[:] = 0.2
    return net, rng.normal(size=(4, T, 2)), np.array([1.0, -1.0, -1.0, 1.0])


def reference_forward(net, x):
    """Eq. (1.36) for one sequence, written out step by step."""
    h = np.zeros(net.sizes[1])
    states = []
    for x_t in x:
        h = np.tanh(net.W_xh.T @ x_t + net.W_hh.T @ h + net.b_h)
        states.append(h)
    return np.array(states)


def test_forward_is_the_recursion_of_eq_1_36_with_shared_weights():
    net, X, _ = small_problem()
    H, Y_hat = net.forward(X)
    assert np.all(H[:, 0] == 0)
    for i, x in enumerate(X):
        np.testing.assert_allclose(H[i, 1:], reference_forward(net, x), atol=1e-14)
    np.testing.assert_allclose(Y_hat, H[:, 1:] @ net.W_hy + net.b_y)


def test_output_at_t_depends_only_on_inputs_up_to_t():
    # eq. (1.37): y_t = F_t(x_1 … x_t)
    net, X, _ = small_problem()
    changed = X.copy()
    changed[:, 3] += 1.0
    before, after = net.forward(X)[1], net.forward(changed)[1]
    np.testing.assert_array_equal(before[:, :3], after[:, :3])
    assert np.all(np.abs(before[:, 3:] - after[:, 3:]) > 0)


def test_bptt_matches_finite_differences():
    net, X, y = small_problem()
    _, grads, _ = net.gradients(X, y)
    numeric = net.numerical_gradients(X, y)
    for name in recurrent.PARAMETERS:
        np.testing.assert_allclose(grads[name], numeric[name], rtol=1e-6, atol=1e-9,
                                   err_msg=name)


def test_hidden_state_gradients_match_finite_differences_through_the_inputs():
    # ∂L/∂h_t from BPTT, carried back to the input x_t, equals central differences in x_t.
    net, X, y = small_problem(T=4)
    _, grads, dH = net.gradients(X, y)
    step = 1e-6
    for i in range(len(X)):
        for t in (1, 2):
            # ∂L/∂x_t = ∂L/∂a_t W_xhᵀ, with ∂L/∂a_t = dH_t ⊙ (1 − h_t²)
            H, _ = net.forward(X)
            expected = (dH[i, t] * (1 - H[i, t] ** 2)) @ net.W_xh.T
            for k in range(X.shape[2]):
                up, down = X.copy(), X.copy()
                up[i, t - 1, k] += step
                down[i, t - 1, k] -= step
                numeric = (net.loss(up, y) - net.loss(down, y)) / (2 * step)
                assert expected[k] == pytest.approx(numeric, rel=1e-5, abs=1e-10)


def test_shared_weight_gradient_is_a_sum_over_time():
    net, X, y = small_problem()
    _, grads, dH = net.gradients(X, y)
    H, _ = net.forward(X)
    per_step = [H[:, t - 1].T @ (dH[:, t] * (1 - H[:, t] ** 2)) for t in range(1, X.shape[1] + 1)]
    np.testing.assert_allclose(grads["W_hh"], np.sum(per_step, axis=0), atol=1e-15)
    assert sum(np.abs(p).max() > 0 for p in per_step) > 1  # several steps contribute


def test_memory_task_is_learned_and_needs_memory():
    X, y = recurrent.first_symbol_task(600, 6, random_state=0)
    X_test, y_test = recurrent.first_symbol_task(400, 6, random_state=1)
    net = recurrent.RecurrentNetwork(1, 12, random_state=0)
    history = net.fit(X, y, epochs=20, learning_rate=0.5, random_state=0)
    assert history.loss[-1] < history.loss[0] / 5
    assert np.mean(net.predict(X_test) == y_test) == 1.0
    # the last symbol alone is right about half the time
    assert abs(np.mean(X_test[:, -1, 0] == y_test) - 0.5) < 0.1


def test_gradient_through_time_vanishes_for_a_small_recurrent_radius():
    X, y = recurrent.first_symbol_task(200, 30, random_state=0)
    norms = {}
    for scale in (0.5, 1.5):
        net = recurrent.RecurrentNetwork(1, 16, recurrent_scale=scale, random_state=0)
        dH = net.gradients(X, y)[2][:, 1:]
        norms[scale] = np.linalg.norm(dH, axis=2).mean(axis=0)
    ratio_small = norms[0.5][0] / norms[0.5][-1]
    assert ratio_small < 1e-6  # 29 factors of at most 0.5·max tanh' each
    assert norms[1.5][0] / norms[1.5][-1] > 100 * ratio_small


def test_first_symbol_task_labels_are_the_first_symbols():
    X, y = recurrent.first_symbol_task(50, 4, random_state=3)
    np.testing.assert_array_equal(X[:, 0, 0], y)
    assert set(np.unique(X)) == {-1.0, 1.0}


def test_bad_input_gets_clear_messages():
    net = recurrent.RecurrentNetwork(2, 3)
    with pytest.raises(ValueError, match="3-D"):
        net.forward(np.zeros((4, 2)))
    with pytest.raises(ValueError, match="d = 2"):
        net.forward(np.zeros((4, 5, 3)))
    with pytest.raises(ValueError, match="one label per sequence"):
        net.loss(np.zeros((4, 5, 2)), [1, -1])
    with pytest.raises(ValueError, match="-1 and \\+1"):
        net.loss(np.zeros((2, 5, 2)), [0, 1])
    with pytest.raises(ValueError, match="n_hidden"):
        recurrent.RecurrentNetwork(2, 0)
    with pytest.raises(ValueError, match="real numbers|finite|NaN"):
        net.forward(np.full((1, 2, 2), np.nan))


def test_large_inputs_stay_finite():
    net = recurrent.RecurrentNetwork(1, 4, random_state=0)
    X = np.full((2, 6, 1), 1e4)
    loss, grads, _ = net.gradients(X, [1, -1])
    assert np.isfinite(loss) and all(np.isfinite(g).all() for g in grads.values())


def test_unrolled_figure_is_drawn_from_the_model():
    net = recurrent.RecurrentNetwork(1, 5, random_state=0)
    X = recurrent.first_symbol_task(1, 6, random_state=0)[0][0]
    fig, (left, right) = plt.subplots(1, 2)
    artists = plots.recurrent.draw_unrolled(left, right, net, X)
    assert [len(artists["arrows"][n]) for n in ("W_xh", "W_hh", "W_hy")] == [6, 5, 6]
    signs = ["+" if v >= 0 else "−" for v in net.forward(X[None])[1][0, :, 0]]
    assert [t.get_text() for t in artists["outputs"]] == signs
    legend = [t.get_text() for t in right.get_legend().get_texts()]
    assert "(5×5)" in legend[1] and "(1×5)" in legend[0]
    lines = plots.recurrent.draw_gradient_norms(left, {"a": np.array([1e-3, 1e-2, 1.0])})
    np.testing.assert_array_equal(lines["lines"]["a"].get_xdata(), [2, 1, 0])
    plt.close(fig)


def test_gradient_explorer_follows_the_radius_and_caches():
    from nbcompanion import widgets

    explorer = widgets.recurrent.gradient_explorer(radius=0.5)
    picture = bytes(explorer.view.image.value)
    small = explorer.state.norms
    explorer.controls["radius"].value = 1.5
    large = explorer.state.norms
    assert large[0] / large[-1] > 1e3 * small[0] / small[-1]  # less vanishing
    np.testing.assert_allclose(explorer.artists["line"].get_ydata(), large)
    assert "1.5" in explorer.artists["title"].get_text() or "1,5" in explorer.artists["title"].get_text()
    assert bytes(explorer.view.image.value) != picture
    cached = explorer.cache[1.5]
    explorer.controls["radius"].value = 0.5
    explorer.controls["radius"].value = 1.5
    assert explorer.state.norms is cached
