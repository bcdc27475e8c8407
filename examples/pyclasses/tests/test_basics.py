"""A plain class: construction, fields, methods of every receiver kind,
static and class methods, class attributes, properties, and instances
passed to functions as PyRef / PyRefMut."""

import pytest

import pyclasses
from pyclasses import Counter, Token

from conftest import (
    BEFORE_3_10,
    argument_error,
    needs_notes,
    no_attribute_message,
    raises,
)


def test_construction_and_fields():
    c = Counter(5)
    assert type(c) is Counter
    assert (c.value, c.steps, c.title, c.note) == (5, 0, "", None)
    assert Counter(value=-3).value == -3


def test_field_setters():
    c = Counter(1)
    c.value = 7
    c.title = "seven"
    assert (c.value, c.title) == (7, "seven")
    # The Rust name of a renamed field is not an attribute.
    assert not hasattr(c, "label")
    argument_error(
        TypeError, "'str' object cannot be interpreted as an integer", "value",
        setattr, c, "value", "x",
    )
    with pytest.raises(TypeError) as info:
        c.title = 3
    assert str(info.value) == "'int' object is not an instance of 'str'"
    assert (c.value, c.title) == (7, "seven")


@needs_notes
def test_the_note_of_a_renamed_field_setter_names_the_rust_field():
    c = Counter(1)
    argument_error(
        TypeError, "'int' object is not an instance of 'str'", "label",
        setattr, c, "title", 3,
    )


def test_methods_of_every_receiver():
    c = Counter(1)
    assert c.add(2) == 3  # &mut self
    assert c.add(n=4) == 7
    assert c.steps == 2
    assert c.get() == 7  # &self
    assert c.scaled(10) == 70  # PyRef<Self>
    assert c.double() is c  # PyRefMut<Self>, returned
    assert c.value == 14
    assert c.type_name() == "Counter"  # &Bound<Self>
    assert c.same() is c  # Py<Self>
    assert c.current() == 14  # #[pyo3(name = ...)]
    assert not hasattr(c, "current_value")


def test_method_called_through_the_class():
    c = Counter(2)
    assert Counter.add(c, 3) == 5
    assert Counter.get(c) == 5
    raises(
        TypeError,
        "descriptor 'add' for 'pyclasses.Counter' objects doesn't apply to a 'int' object",
        Counter.add, 1, 2,
    )
    raises(TypeError, "unbound method Counter.add() needs an argument", Counter.add)


def test_signature_option():
    c = Counter(3)
    assert c.count_from(1) == 4
    assert c.count_from(1, step=2) == 7
    assert c.count_from(start=0, step=-1) == -3
    raises(
        TypeError, "Counter.count_from() takes 1 positional arguments but 2 were given",
        c.count_from, 1, 2,
    )
    raises(
        TypeError, "Counter.count_from() missing 1 required positional argument: 'start'",
        c.count_from, step=2,
    )


def test_computed_properties():
    c = Counter(4)
    assert c.twice == 8
    assert c.signed == "+4"
    c.value = -2
    assert (c.twice, c.signed) == (-4, "-2")


def test_property_with_getter_setter_and_deleter():
    c = Counter(0)
    c.note = "remember"
    assert c.note == "remember"
    del c.note  # the #[deleter]
    assert c.note is None
    c.note = None
    assert c.note is None


def test_static_methods():
    zero = Counter.zero()
    assert type(zero) is Counter and zero.value == 0
    assert Counter.sum(2, 3) == 5
    assert Counter(9).sum(1, 1) == 2  # also through an instance
    assert isinstance(Counter.__dict__["zero"], staticmethod)


def test_class_methods_receive_the_class():
    c = Counter.starting_at(6)
    assert type(c) is Counter and c.value == 6
    assert Counter.class_name() == "Counter"
    assert Counter(1).class_name() == "Counter"
    assert type(Counter.__dict__["starting_at"]).__name__ == "classmethod_descriptor"


def test_class_attributes():
    assert Counter.LIMIT == 1000
    assert Counter.units == ["one", "ten", "hundred"]
    assert Counter.KIND == "counter"
    assert not hasattr(Counter, "kind")
    assert Counter(0).LIMIT == 1000
    # Computed once: the same list every time.
    assert Counter.units is Counter.units
    assert "LIMIT" in Counter.__dict__


def test_pyref_and_pyrefmut_arguments():
    c = Counter(8)
    assert pyclasses.read_counter(c) == 8
    assert pyclasses.reset_counter(c) == 8
    assert c.value == 0
    assert pyclasses.read_counter(c=c) == 0


def test_instances_made_in_rust():
    c = pyclasses.make_counter(11)
    assert type(c) is Counter
    assert c.add(1) == 12
    t = pyclasses.make_token("word")
    assert type(t) is Token and t.kind == "word"


def test_wrong_argument_types():
    c = Counter(0)
    argument_error(
        TypeError, "'str' object cannot be interpreted as an integer", "n", c.add, "1"
    )
    argument_error(
        TypeError, "'str' object cannot be interpreted as an integer", "n", c.add, n="1"
    )
    argument_error(
        TypeError, "'str' object cannot be interpreted as an integer", "value", Counter, "a"
    )
    argument_error(
        TypeError, "'int' object is not an instance of 'Counter'", "c",
        pyclasses.read_counter, 1,
    )
    argument_error(
        TypeError, "'Token' object is not an instance of 'Counter'", "c",
        pyclasses.reset_counter, pyclasses.make_token("x"),
    )
    assert c.value == 0 and c.steps == 0


def test_missing_and_extra_arguments_of_methods():
    c = Counter(0)
    raises(TypeError, "Counter.add() missing 1 required positional argument: 'n'", c.add)
    raises(TypeError, "Counter.add() takes 1 positional arguments but 2 were given", c.add, 1, 2)
    raises(TypeError, "Counter.add() got an unexpected keyword argument 'm'", c.add, m=1)
    raises(TypeError, "Counter.add() got multiple values for argument 'n'", c.add, 1, n=2)
    raises(TypeError, "Counter.sum() missing 1 required positional argument: 'b'", Counter.sum, 1)
    raises(
        TypeError, "Counter.starting_at() missing 1 required positional argument: 'value'",
        Counter.starting_at,
    )
    raises(TypeError, "read_counter() missing 1 required positional argument: 'c'",
           pyclasses.read_counter)


def test_missing_and_extra_arguments_of_the_constructor():
    raises(TypeError, "Counter.__new__() missing 1 required positional argument: 'value'", Counter)
    raises(
        TypeError, "Counter.__new__() takes 1 positional arguments but 2 were given",
        Counter, 1, 2,
    )
    raises(
        TypeError, "Counter.__new__() got an unexpected keyword argument 'v'", Counter, v=1
    )


def test_setting_read_only_properties():
    c = Counter(3)
    c.add(1)
    raises(
        AttributeError, "attribute 'steps' of 'pyclasses.Counter' objects is not writable",
        setattr, c, "steps", 5,
    )
    raises(
        AttributeError, "attribute 'twice' of 'pyclasses.Counter' objects is not writable",
        setattr, c, "twice", 5,
    )
    raises(
        AttributeError, "attribute 'signed' of 'pyclasses.Counter' objects is not writable",
        setattr, c, "signed", "+1",
    )
    raises(
        AttributeError, "attribute 'steps' of 'pyclasses.Counter' objects is not writable",
        delattr, c, "steps",
    )
    assert (c.steps, c.twice) == (1, 8)


def test_no_new_attributes_without_dict():
    c = Counter(0)
    raises(AttributeError, no_attribute_message("pyclasses.Counter", "other"),
           setattr, c, "other", 1)


def test_deleting_a_property_that_has_no_deleter():
    c = Counter(3)
    raises(AttributeError, "property has no deleter", delattr, c, "value")
    raises(AttributeError, "property has no deleter", delattr, c, "title")
    assert c.value == 3


def test_deleting_a_property_without_deleter_fails():
    # What this crate and PyO3 share: AttributeError, and the value stays.
    c = Counter(3)
    with pytest.raises(AttributeError):
        del c.value
    assert c.value == 3


def test_a_class_without_constructor_refuses_instantiation():
    with pytest.raises(TypeError):
        Token()
    with pytest.raises(TypeError):
        Token("word")
    assert Token.__text_signature__ is None


@pytest.mark.skipif(BEFORE_3_10, reason="3.10 added Py_TPFLAGS_DISALLOW_INSTANTIATION")
def test_no_constructor_message():
    raises(TypeError, "cannot create 'pyclasses.Token' instances", Token)
    raises(TypeError, "cannot create 'pyclasses.Token' instances", Token, "word")
    raises(TypeError, "cannot create 'builtins.Undocumented' instances", pyclasses.Undocumented)


@pytest.mark.skipif(not BEFORE_3_10, reason="before 3.10 a tp_new refuses")
def test_no_constructor_message_before_3_10():
    raises(TypeError, "No constructor defined for Token", Token)
    raises(TypeError, "No constructor defined for Undocumented", pyclasses.Undocumented)


def test_classes_are_final_without_subclass():
    raises(
        TypeError, "type 'pyclasses.Counter' is not an acceptable base type",
        type, "Sub", (Counter,), {},
    )
