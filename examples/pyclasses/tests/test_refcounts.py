"""Constructions and method calls leave the reference counts of the
classes and of the arguments (10,000 calls), and the traced memory
(100,000 calls), where they were: instances, their fields, dicts and weak
references are all released."""

import gc
import sys
import tracemalloc
import weakref

import pytest

import pyclasses as m

from conftest import BEFORE_3_10

REFCOUNT_CALLS = 10_000
MEMORY_CALLS = 100_000


class Marker:
    """An object whose reference count the tests watch."""

    def __call__(self, *args):
        return self


class Doubled(m.Base):
    def describe(self):
        return "Doubled/" + super().describe()


def _ignore(ref):
    pass


def _swallow(call, *args):
    try:
        call(*args)
    except (TypeError, RuntimeError, m.AppError):
        pass


def _borrow_conflict():
    g = m.Guarded(0)
    try:
        g.mutate_with(g.read)
    except RuntimeError as e:
        assert str(e) == "Already mutably borrowed"
    else:
        raise AssertionError("no borrow error")


def class_workloads():
    """(label, class, one construction with method calls)."""
    workloads = [
        ("Counter", m.Counter, lambda: m.Counter(1).add(2) + m.Counter.zero().get()),
        ("Counter classmethod", m.Counter, lambda: m.Counter.starting_at(3).double()),
        ("Base", m.Base, lambda: m.Base(1).describe_dynamic()),
        ("Python subclass", Doubled, lambda: Doubled(1).describe()),
        ("Leaf", m.Leaf, lambda: m.Leaf(1, 2, 3).levels()),
        ("Leaf from Rust", m.Leaf, lambda: m.make_leaf(1, 2, 3).bump_all(1)),
        ("Middle", m.Middle, lambda: m.Middle(1, 2).middle_sum()),
        ("WithDict", m.WithDict, lambda: setattr(m.WithDict(1), "extra", [1, 2])),
        ("WithWeakref", m.WithWeakref, lambda: weakref.ref(m.WithWeakref("x"), _ignore)),
        ("FrozenPair", m.FrozenPair, lambda: m.frozen_product(m.FrozenPair(2, 3))),
        ("Pooled", m.Pooled, lambda: m.Pooled(7).intact()),
        ("Boxed", m.Boxed, lambda: m.Boxed[int](m.Boxed(None)).item),
        ("Settings", m.Settings, lambda: setattr(m.Settings(), "maxRetries", 9)),
        ("Rgb", m.Rgb, lambda: m.Rgb(1, 2, 3).hex()),
        ("Version", m.Version, lambda: m.next_minor(m.Version(1, 2))),
        ("Token", m.Token, lambda: m.make_token("t").kind),
        ("no constructor", m.Token, lambda: _swallow(m.Token)),
        ("borrow error", m.Guarded, _borrow_conflict),
    ]
    if not BEFORE_3_10:  # before 3.10 freeing an AppError crashes (test_exceptions)
        workloads.append(("AppError", m.AppError, lambda: _swallow(m.check_code, 3, "x")))
    return workloads


@pytest.mark.parametrize("label", [label for label, _, _ in class_workloads()])
def test_class_refcounts_do_not_grow(label):
    _, cls, work = next(w for w in class_workloads() if w[0] == label)
    for _ in range(100):
        work()
    gc.collect()
    before = sys.getrefcount(cls)
    for _ in range(REFCOUNT_CALLS):
        work()
    gc.collect()
    assert sys.getrefcount(cls) == before


def argument_workloads(marker):
    """(label, call) pairs; each call passes `marker` or objects holding it."""
    counter = m.Counter(1)
    zero = m.Counter(0)
    guarded = m.Guarded(0)
    pair = m.FrozenPair(1, 2)
    doubled = Doubled(3)
    boxed = m.Boxed(marker)
    return {
        "stored in a field": (marker, lambda: m.Boxed(marker).item),
        "field getter": (marker, lambda: boxed.item),
        "callback": (marker, lambda: guarded.inspect_with(marker)),
        "callback under &mut": (marker, lambda: guarded.mutate_with(marker)),
        "in an instance dict": (marker, lambda: setattr(m.WithDict(0), "m", marker)),
        "weakref callback": (marker, lambda: weakref.ref(m.WithWeakref(""), marker)),
        "wrong type for PyRef": (marker, lambda: _swallow(m.read_counter, marker)),
        "wrong type for a method": (marker, lambda: _swallow(counter.add, marker)),
        "PyRef argument": (counter, lambda: m.read_counter(counter)),
        "PyRefMut argument": (counter, lambda: m.reset_counter(counter)),
        "returns Py<Self>": (counter, lambda: counter.same()),
        "returns PyRefMut<Self>": (zero, lambda: zero.double()),
        "Py<Frozen> argument": (pair, lambda: m.frozen_product(pair)),
        "Vec of instances": (doubled, lambda: m.describe_all([doubled, doubled])),
        "subclass as base": (doubled, lambda: m.base_value_of(doubled)),
        "borrow error": (guarded, lambda: _swallow(guarded.mutate_with, guarded.read)),
        "self in method": (guarded, lambda: guarded.read()),
    }


@pytest.mark.parametrize("label", list(argument_workloads(Marker())))
def test_argument_refcounts_do_not_grow(label):
    marker = Marker()
    watched, call = argument_workloads(marker)[label]
    call()
    gc.collect()
    before = sys.getrefcount(watched)
    for _ in range(REFCOUNT_CALLS):
        call()
    gc.collect()
    assert sys.getrefcount(watched) == before


@pytest.mark.parametrize("label", [label for label, _, _ in class_workloads()])
def test_traced_memory_does_not_grow(label):
    _, _, work = next(w for w in class_workloads() if w[0] == label)
    for _ in range(1000):
        work()
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        for _ in range(MEMORY_CALLS):
            work()
        gc.collect()
        end, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # A leak of even one small object per iteration would be >= 1.6 MB.
    assert end - start < 16_000, f"{label}: {end - start} bytes retained"
