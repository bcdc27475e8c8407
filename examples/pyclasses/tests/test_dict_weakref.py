"""`dict` and `weakref`: arbitrary attributes, `__dict__`, weak references
and their callbacks; and the errors of a class with neither."""

import gc
import sys
import weakref

from pyclasses import Slotted, WithBoth, WithDict, WithWeakref

from conftest import no_attribute_message, raises


def test_dict_class_takes_arbitrary_attributes():
    d = WithDict(1)
    d.colour = "red"
    d.size = 3
    assert (d.colour, d.size, d.fixed) == ("red", 3, 1)
    del d.colour
    assert not hasattr(d, "colour")
    if sys.version_info >= (3, 10):
        message = "'pyclasses.WithDict' object has no attribute 'colour'"
    else:
        message = "colour"
    raises(AttributeError, message, delattr, d, "colour")
    # The field is a property of the class, not an entry of the dict.
    d.fixed = 5
    assert d.fixed == 5
    assert WithDict.__dictoffset__ > 0


def test_dict_class_has_dunder_dict():
    d = WithDict(1)
    assert d.__dict__ == {}
    d.colour = "red"
    assert d.__dict__ == {"colour": "red"}
    assert vars(d) == {"colour": "red"}
    d.__dict__ = {"shape": "round"}
    assert d.shape == "round" and not hasattr(d, "colour")
    assert "__dict__" in WithDict.__dict__


def test_without_dict_no_new_attributes():
    s = Slotted(1)
    raises(AttributeError, no_attribute_message("pyclasses.Slotted", "y"), setattr, s, "y", 2)
    raises(AttributeError, "'pyclasses.Slotted' object has no attribute '__dict__'",
           getattr, s, "__dict__")
    raises(AttributeError, no_attribute_message("pyclasses.WithWeakref", "q"),
           setattr, WithWeakref("x"), "q", 1)
    assert Slotted.__dictoffset__ == 0
    s.x = 4  # the field still is settable
    assert s.x == 4


def test_weakref_class():
    w = WithWeakref("payload")
    r = weakref.ref(w)
    assert r() is w
    assert r().payload == "payload"
    assert weakref.getweakrefcount(w) == 1
    assert weakref.proxy(w).payload == "payload"
    assert WithWeakref.__weakrefoffset__ > 0
    del w
    assert r() is None


def test_weakref_callbacks_fire_when_the_object_dies():
    w = WithWeakref("x")
    fired = []
    r1 = weakref.ref(w, fired.append)
    r2 = weakref.ref(w, lambda ref: fired.append("second"))
    assert fired == []
    del w
    # Reference counting frees it at once: no collection needed. Newer
    # references' callbacks run first.
    assert fired == ["second", r1]
    assert r1() is None and r2() is None


def test_weak_value_dictionary():
    cache = weakref.WeakValueDictionary()
    w = WithWeakref("kept")
    cache["a"] = w
    cache["b"] = WithWeakref("dropped")
    assert sorted(cache.keys()) == ["a"]
    assert cache["a"] is w


def test_without_weakref_no_weak_references():
    for obj, name in [(Slotted(1), "Slotted"), (WithDict(1), "WithDict")]:
        raises(TypeError, f"cannot create weak reference to 'pyclasses.{name}' object",
               weakref.ref, obj)
    assert Slotted.__weakrefoffset__ == 0


def test_dict_and_weakref_together_and_in_python_subclasses():
    b = WithBoth()
    b.x = 1
    assert b.x == 1
    assert weakref.ref(b)() is b

    class Child(WithBoth):
        pass

    c = Child()
    c.y = 2
    fired = []
    r = weakref.ref(c, fired.append)
    assert c.y == 2 and r() is c
    del c
    assert fired == [r]


def test_reference_cycle_through_dict_is_collected():
    b = WithBoth()
    b.me = b  # a cycle only the cycle collector can break
    fired = []
    r = weakref.ref(b, fired.append)
    del b
    gc.collect()
    assert r() is None
    assert fired == [r]


def test_dict_instances_are_tracked_by_the_collector():
    assert gc.is_tracked(WithDict(1))
