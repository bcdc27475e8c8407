"""Attribute protocols: `Record` (`__getattr__`, `__setattr__`,
`__delattr__`) and the descriptor `Positive` (`__get__`, `__set__`,
`__delete__`) as a class attribute of a Python class."""

import sys

from pyclasses import Positive, Record

from conftest import argument_error, raises


def test_getattr_only_for_missing_attributes():
    r = Record()
    assert r.names() == []  # a method: normal lookup, no __getattr__
    raises(AttributeError, "'Record' object has no field 'x'", getattr, r, "x")
    assert getattr(r, "x", "default") == "default"
    assert not hasattr(r, "x")


def test_setattr_and_delattr_take_every_assignment():
    r = Record()
    r.x = 1
    r.y = 2
    setattr(r, "z", 3)
    assert (r.x, r.y, r.z) == (1, 2, 3) and r.names() == ["x", "y", "z"]
    del r.y
    assert r.names() == ["x", "z"] and not hasattr(r, "y")
    raises(AttributeError, "'Record' object has no field 'y'", delattr, r, "y")
    argument_error(TypeError, "'str' object cannot be interpreted as an integer", "value",
                   setattr, r, "w", "text")
    assert r.names() == ["x", "z"]


class Box:
    """A Python class with Rust descriptors as class attributes."""

    width = Positive("width")
    height = Positive("height")

    def __init__(self, width, height):
        self.width = width
        self.height = height


def test_descriptor_get_set_delete():
    assert type(Box.width) is Positive  # class access gives the descriptor
    b = Box(2, 3)
    assert (b.width, b.height) == (2, 3)
    assert b.__dict__ == {"_width": 2, "_height": 3}
    b.width = 7
    assert b.width == 7
    raises(TypeError, "_width must be positive, not 0", setattr, b, "width", 0)
    assert b.width == 7
    del b.width
    raises(AttributeError, "_width is not set", getattr, b, "width")
    assert b.height == 3


def test_reference_counts_are_flat():
    b = Box(1, 1)
    r = Record()
    r.a = 1
    value = int("1234567")
    before = [sys.getrefcount(o) for o in (b, r, value)]
    for _ in range(1000):
        b.width = value
        b.width
        r.a = value
        r.a
        getattr(r, "missing", None)
    after = [sys.getrefcount(o) for o in (b, r, value)]
    # both store an i64, so neither keeps `value` itself
    assert after == before
    assert b.width == value and b.__dict__["_width"] is not value
