"""Time limits for code that may never end (nbcompanion._timeout)."""

import threading
import time

import pytest

from nbcompanion._timeout import TimeLimitExceeded, call_with_time_limit, can_interrupt, time_limit

pytestmark = pytest.mark.skipif(not can_interrupt(), reason="needs SIGALRM in the main thread")


def _spin():
    while True:
        try:
            time.sleep(0.001)
        except Exception:  # a catch-all in the student's loop does not catch the limit
            pass


def test_an_endless_loop_is_stopped_near_the_limit():
    start = time.monotonic()
    with time_limit(0.2) as limit:
        _spin()
    assert limit.expired and 0.19 < time.monotonic() - start < 0.6


def test_a_block_that_ends_in_time_is_left_alone_and_no_alarm_follows():
    with time_limit(0.2) as limit:
        value = sum(range(1000))
    time.sleep(0.3)  # a stray alarm would raise here
    assert value == 499500 and not limit.expired


def test_limits_nest_and_each_catches_only_its_own_expiry():
    start = time.monotonic()
    with time_limit(0.5) as outer:
        with time_limit(0.1) as inner:
            _spin()
        assert inner.expired and not outer.expired
        with time_limit(5.0) as long_inner:  # cannot outlive the outer limit
            _spin()
    assert outer.expired and not long_inner.expired
    assert time.monotonic() - start < 1.0


def test_the_limit_is_a_base_exception_so_except_exception_cannot_swallow_it():
    assert not issubclass(TimeLimitExceeded, Exception)


def test_call_with_time_limit_returns_value_or_reports_the_timeout():
    assert call_with_time_limit(max, (3, 4)) == (4, True)
    assert call_with_time_limit(_spin, seconds=0.1) == (None, False)
    with pytest.raises(ZeroDivisionError):
        call_with_time_limit(lambda: 1 / 0)


def test_outside_the_main_thread_the_call_is_abandoned_after_the_limit():
    results = []

    def worker():
        results.append(call_with_time_limit(time.sleep, (2,), seconds=0.1))

    thread = threading.Thread(target=worker)
    start = time.monotonic()
    thread.start()
    thread.join()
    assert results == [(None, False)] and time.monotonic() - start < 1.0
