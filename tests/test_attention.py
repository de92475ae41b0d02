"""§1.7.2: soft attention, its gradient against finite differences, and the learned lookup."""

import numpy as np
import pytest

from nbcompanion import attention


def numerical_gradient(W, *args, h=1e-6):
    gradient = np.zeros_like(W)
    for index in np.ndindex(W.shape):
        step = np.zeros_like(W)
        step[index] = h
        plus, _ = attention.loss_and_gradient(W + step, *args)
        minus, _ = attention.loss_and_gradient(W - step, *args)
        gradient[index] = (plus - minus) / (2 * h)
    return gradient


def test_attend_is_a_softmax_weighted_average_of_the_values():
    rng = np.random.default_rng(0)
    keys, values = rng.normal(size=(5, 3)), rng.normal(size=(5, 2))
    queries, W = rng.normal(size=(4, 3)), rng.normal(size=(3, 3))
    weights, read = attention.attend(queries, keys, values, W)
    for b in range(4):  # one query at a time, by the formulas
        scores = np.array([keys[j] @ (W @ queries[b]) for j in range(5)])
        expected = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum()
        np.testing.assert_allclose(weights[b], expected, rtol=1e-12)
        np.testing.assert_allclose(read[b], expected @ values, rtol=1e-12)


def test_attend_is_stable_for_huge_scores():
    weights, read = attention.attend([[1e4, 0.0]], np.eye(2), [[1.0], [2.0]])
    assert np.all(np.isfinite(weights)) and weights.tolist() == [[1.0, 0.0]]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_gradient_matches_central_finite_differences(seed):
    task = attention.make_lookup_task(n_slots=5, dim=4, value_dim=3, n_queries=12,
                                      random_state=seed)
    W = np.random.default_rng(seed + 10).normal(size=(4, 4))
    args = (task.queries, task.targets, task.keys, task.values)
    _, gradient = attention.loss_and_gradient(W, *args)
    np.testing.assert_allclose(gradient, numerical_gradient(W, *args), rtol=1e-6, atol=1e-9)


def test_training_learns_the_lookup_and_generalizes_to_new_queries():
    task = attention.make_lookup_task(random_state=0)
    run = attention.train_query_map(task, n_steps=150)
    assert len(run.loss) == len(run.accuracy) == 151
    assert run.accuracy[0] < 0.3 and run.accuracy[-1] == 1.0
    assert run.loss[-1] < 0.01 * run.loss[0]
    targets = np.arange(40) % 8
    weights, read = attention.attend(attention.new_queries(task, targets, random_state=5),
                                     task.keys, task.values, run.W)
    assert np.all(weights.argmax(axis=1) == targets)
    # Reads are the right values, up to the weight that a noisy query leaves on other slots.
    assert np.median(np.abs(read - task.values[targets])) < 0.02


def test_bad_input_gets_clear_errors():
    keys, values = np.eye(3), np.ones((3, 2))
    with pytest.raises(ValueError, match="one row per memory slot"):
        attention.attend([[1.0, 0.0, 0.0]], keys, np.ones((2, 2)))
    with pytest.raises(ValueError, match="W must have shape"):
        attention.attend([[1.0, 0.0, 0.0]], keys, values, np.eye(2))
    with pytest.raises(ValueError, match="targets must be slot indices"):
        attention.loss_and_gradient(np.eye(3), [[1.0, 0.0, 0.0]], [3], keys, values)
    with pytest.raises(ValueError, match="one index per query"):
        attention.loss_and_gradient(np.eye(3), [[1.0, 0.0, 0.0]], [0, 1], keys, values)
    with pytest.raises(ValueError, match="momentum"):
        attention.train_query_map(attention.make_lookup_task(), momentum=1.0)


from hypothesis import (  # noqa: E402
    given,
    settings,
    strategies as st,  # noqa: E402
)
from hypothesis.extra.numpy import arrays  # noqa: E402

finite = st.floats(-1e3, 1e3, allow_nan=False)


@settings(max_examples=50, deadline=None)
@given(keys=arrays(np.float64, (4, 3), elements=finite),
       values=arrays(np.float64, (4, 2), elements=finite),
       queries=arrays(np.float64, (5, 3), elements=finite))
def test_weights_are_a_distribution_and_reads_lie_between_the_values(keys, values, queries):
    weights, read = attention.attend(queries, keys, values)
    assert np.all(weights >= 0)
    np.testing.assert_allclose(weights.sum(axis=1), 1.0, rtol=1e-12)
    slack = 1e-9 * (1 + np.abs(values).max())
    assert np.all(read >= values.min(axis=0) - slack) and np.all(read <= values.max(axis=0) + slack)
