"""Garbage collection through `__traverse__` / `__clear__`: cycles through
`Py<PyAny>` fields of `Link` are freed by `gc.collect()`, seen through a
weakref callback on a Python object only the cycle keeps alive."""

import gc
import sys
import weakref

import pytest

from pyclasses import Link


class Marker:
    """A Python object that can be weakly referenced."""


@pytest.fixture
def no_automatic_gc():
    """The collector runs only when the test says so."""
    was_enabled = gc.isenabled()
    gc.disable()
    gc.collect()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def watch(obj):
    """A weak reference to `obj` and the list its callback appends to."""
    freed = []
    ref = weakref.ref(obj, lambda r: freed.append("freed"))
    return ref, freed


def test_instances_are_tracked():
    assert gc.is_tracked(Link())


def test_without_a_cycle_reference_counting_frees(no_automatic_gc):
    marker = Marker()
    ref, freed = watch(marker)
    link = Link(marker)
    del marker
    assert freed == [] and ref() is not None
    del link
    assert freed == ["freed"] and ref() is None


def test_self_cycle_is_collected(no_automatic_gc):
    marker = Marker()
    ref, freed = watch(marker)
    link = Link(marker)
    link.point_to(link)
    assert link.target is link
    del marker, link
    assert freed == [], "only the collector can free the cycle"
    assert gc.collect() >= 2
    assert freed == ["freed"] and ref() is None


def test_cycle_through_python_containers_is_collected(no_automatic_gc):
    marker = Marker()
    ref, freed = watch(marker)
    a, b = Link(), Link(marker)
    a.point_to([b, {"back": a}])  # a -> list -> b ... and dict -> a
    b.point_to(a)                 # b -> a
    del a, b, marker
    gc.collect()
    assert freed == ["freed"] and ref() is None


def test_collector_sees_the_fields():
    inner = Marker()
    link = Link(inner)
    link.point_to(link)
    referents = gc.get_referents(link)
    assert any(r is inner for r in referents)
    assert any(r is link for r in referents)
    link.point_to(None)


def test_reference_counts_of_fields(no_automatic_gc):
    marker = Marker()
    before = sys.getrefcount(marker)
    links = [Link(marker) for _ in range(100)]
    assert sys.getrefcount(marker) == before + 100
    for link in links:
        link.point_to(marker)
    assert sys.getrefcount(marker) == before + 200
    del links, link
    assert sys.getrefcount(marker) == before
