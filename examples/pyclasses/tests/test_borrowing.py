"""The borrow flag: a method holding `&mut self` (or `&self`) calls back
into Python, which touches the same object; Rust's aliasing rules decide
what fails, with PyO3's RuntimeErrors."""

import pytest

import pyclasses
from pyclasses import Guarded

from conftest import raises


def test_shared_borrow_inside_mutable_borrow_fails():
    g = Guarded(1)
    raises(RuntimeError, "Already mutably borrowed", g.mutate_with, g.read)
    # The field getter needs a shared borrow too.
    raises(RuntimeError, "Already mutably borrowed", g.mutate_with, lambda: g.value)
    # The failed call changed nothing; the outer one did not finish either.
    assert g.value == 1


def test_mutable_borrow_inside_mutable_borrow_fails():
    g = Guarded(1)
    raises(RuntimeError, "Already borrowed", g.mutate_with, lambda: g.write(5))
    raises(RuntimeError, "Already borrowed", g.mutate_with, lambda: setattr(g, "value", 5))
    raises(RuntimeError, "Already borrowed", g.mutate_with, lambda: g.mutate_with(lambda: None))
    assert g.value == 1


def test_mutable_borrow_inside_shared_borrow_fails():
    g = Guarded(1)
    raises(RuntimeError, "Already borrowed", g.inspect_with, lambda: g.write(5))
    raises(RuntimeError, "Already borrowed", g.inspect_with, lambda: setattr(g, "value", 5))
    assert g.value == 1


def test_shared_borrows_nest():
    g = Guarded(3)
    assert g.inspect_with(g.read) == 3
    assert g.inspect_with(lambda: g.value) == 3
    assert g.inspect_with(lambda: g.inspect_with(g.read)) == 3


def test_borrows_are_released_after_each_call():
    g = Guarded(0)
    assert g.mutate_with(lambda: None) == 1
    with pytest.raises(RuntimeError):
        g.mutate_with(g.read)
    # The failed calls left no borrow behind.
    g.write(10)
    assert g.read() == 10
    assert g.mutate_with(lambda: None) == 11


def test_an_exception_from_the_callback_releases_the_borrow():
    g = Guarded(0)

    def fail():
        raise KeyError("inner")

    with pytest.raises(KeyError):
        g.mutate_with(fail)
    g.write(2)
    assert g.read() == 2


def test_a_different_object_is_not_affected():
    a, b = Guarded(1), Guarded(2)
    assert a.mutate_with(lambda: b.write(20)) == 2
    assert b.read() == 20
    assert a.inspect_with(lambda: b.mutate_with(lambda: None)) == 21


def test_pyrefmut_argument_of_a_borrowed_object():
    c = pyclasses.Counter(4)
    g = Guarded(0)
    # A PyRefMut argument while the counter is borrowed by its own method:
    # the counter's `double` returns self (PyRefMut), released by then.
    assert pyclasses.reset_counter(c.double()) == 8
    c.value = 5
    # A PyRefMut of the counter while `inspect_with` holds another object.
    assert g.inspect_with(lambda: pyclasses.reset_counter(c)) == 5
