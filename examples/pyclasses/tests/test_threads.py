"""One object shared by many threads: no crash, consistent values, and
borrow errors only where Rust's aliasing rules say so (a borrow held by a
method that detached from the interpreter)."""

import sys
import threading

import pytest

from pyclasses import FrozenPair, Shared

THREADS = 8
ITERATIONS = 2_000

BORROW_MESSAGES = {"Already borrowed", "Already mutably borrowed"}


@pytest.fixture(autouse=True)
def frequent_switches():
    """Threads switch as often as the interpreter allows."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(old)


def run_threads(work):
    """Runs `work(index)` on THREADS threads started together; returns
    their results in index order, re-raising the first exception."""
    barrier = threading.Barrier(THREADS)
    results = [None] * THREADS
    errors = []

    def target(index):
        barrier.wait()
        try:
            results[index] = work(index)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=target, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results


def test_increments_from_every_thread_all_count():
    shared = Shared()

    def work(index):
        seen = [shared.incr(index) for _ in range(ITERATIONS)]
        assert seen == sorted(seen) and len(set(seen)) == ITERATIONS
        return seen

    results = run_threads(work)
    assert shared.count == THREADS * ITERATIONS
    assert shared.get() == THREADS * ITERATIONS
    for index in range(THREADS):
        assert shared.count_of(index) == ITERATIONS
    # Every value was handed out exactly once.
    everything = sorted(v for seen in results for v in seen)
    assert everything == list(range(1, THREADS * ITERATIONS + 1))


def test_readers_and_writers_without_detaching_never_conflict():
    shared = Shared()

    def work(index):
        if index == 0:
            for _ in range(ITERATIONS):
                shared.incr(0)
            return None
        seen = [shared.get() for _ in range(ITERATIONS)]
        assert seen == sorted(seen)  # never goes back
        assert all(0 <= v <= ITERATIONS for v in seen)
        return None

    run_threads(work)
    assert shared.count == ITERATIONS


def test_shared_borrows_held_while_detached_coexist():
    shared = Shared()
    shared.incr(99)

    def work(index):
        return {shared.get_detached() for _ in range(ITERATIONS // 4)}

    assert run_threads(work) == [{1}] * THREADS


def test_a_mutable_borrow_held_while_detached_excludes_the_others():
    shared = Shared()

    def work(index):
        done = 0
        conflicts = []
        for i in range(ITERATIONS // 4):
            try:
                if i % 4:
                    shared.incr_detached(index)
                    done += 1
                else:
                    shared.get_detached()
            except RuntimeError as e:
                conflicts.append(str(e))
        assert set(conflicts) <= BORROW_MESSAGES, set(conflicts)
        return done

    done = run_threads(work)
    # An increment that ran was never lost to another one running at the
    # same time (each reads, detaches, then writes).
    assert shared.count == sum(done)
    for index in range(THREADS):
        assert shared.count_of(index) == done[index]


def test_borrow_held_by_another_thread():
    shared = Shared()
    held = threading.Event()
    release = threading.Event()
    outcome = {}

    def holder():
        def callback():
            held.set()
            release.wait()  # waits detached: other threads run meanwhile

        try:
            shared.hold_mut(callback)
        except BaseException as e:
            outcome["holder"] = e

    t = threading.Thread(target=holder)
    t.start()
    try:
        assert held.wait(timeout=60)
        for call, message in [
            (shared.get, "Already mutably borrowed"),
            (lambda: shared.count, "Already mutably borrowed"),
            (lambda: shared.incr(1), "Already borrowed"),
            (lambda: shared.hold_ref(lambda: None), "Already mutably borrowed"),
        ]:
            with pytest.raises(RuntimeError) as info:
                call()
            assert str(info.value) == message
    finally:
        release.set()
        t.join()
    assert outcome == {}
    assert shared.incr(1) == 1


def test_shared_borrow_held_by_another_thread():
    shared = Shared()
    held = threading.Event()
    release = threading.Event()

    def holder():
        shared.hold_ref(lambda: (held.set(), release.wait()))

    t = threading.Thread(target=holder)
    t.start()
    try:
        assert held.wait(timeout=60)
        assert shared.get() == 0  # shared borrows coexist
        assert shared.count == 0
        with pytest.raises(RuntimeError) as info:
            shared.incr(1)
        assert str(info.value) == "Already borrowed"
    finally:
        release.set()
        t.join()
    assert shared.incr(1) == 1


def test_frozen_object_shared_by_threads():
    pair = FrozenPair(2, 3)

    def work(index):
        for _ in range(ITERATIONS):
            pair.touch()
            assert pair.total() == 5
        return pair.left

    assert run_threads(work) == [2] * THREADS
    assert pair.touches == THREADS * ITERATIONS
