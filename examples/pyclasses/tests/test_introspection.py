"""What help() and inspect see: docstrings, text signatures of
constructors, methods, static and class methods, and __module__ /
__qualname__ with and without the `module` and `name` options."""

import inspect
import pydoc
import sys

import pytest

import pyclasses
from pyclasses import Counter, Point, Shape, Undocumented





def signature(obj):
    return str(inspect.signature(obj))


def help_text(obj):
    """What help(obj) prints, without trailing spaces (which vary)."""
    text = pydoc.render_doc(obj, renderer=pydoc.plaintext)
    return "\n".join(line.rstrip() for line in text.splitlines())


def test_constructor_signature_from_new():
    assert Counter.__text_signature__ == "(value)"
    assert signature(Counter) == "(value)"
    assert signature(Shape) == "(sides, name=None)"
    # `new = "from_fields"`: the fields in order.
    assert signature(pyclasses.Rgb) == "(red, green, blue)"


def test_constructor_text_signature_given_by_hand():
    assert Point.__text_signature__ == "(x, y=0.0)"
    assert signature(Point) == "(x, y=0.0)"


def test_class_docs_do_not_show_the_signature():
    assert Counter.__doc__ == "A counter that can be stepped and read."
    assert Shape.__doc__ == "A documented shape.\n\nThe second paragraph of its documentation."
    assert Point.__doc__ == "A class with its own constructor text signature."
    assert Undocumented.__doc__ is None


def test_method_signatures():
    assert Counter.add.__text_signature__ == "($self, n)"
    assert signature(Counter.add) == "(self, /, n)"
    assert signature(Counter(1).add) == "(n)"
    assert signature(Counter(1).get) == "()"
    assert signature(Counter.count_from) == "(self, /, start, *, step=1)"
    assert signature(Shape(3).scale) == "(factor, /, *, round=False)"
    assert signature(Shape(3).describe) == "(**options)"
    # A hand-written text signature.
    assert Shape.area.__text_signature__ == '($self, unit="cm")'
    assert signature(Shape(3).area) == "(unit='cm')"


def test_static_and_class_method_signatures():
    assert signature(Counter.sum) == "(a, b)"
    assert signature(Counter.zero) == "()"
    assert signature(Shape.from_points) == "(*points)"
    assert Counter.__dict__["starting_at"].__text_signature__ == "($cls, value)"
    assert signature(Counter.starting_at) == "(value)"
    assert signature(Shape.triangle) == "()"


def test_docs_of_methods_and_properties():
    assert Counter.add.__doc__ == "Adds `n` and returns the new value."
    assert Counter.sum.__doc__ == "The sum of two numbers, needing no counter."
    assert Counter.starting_at.__doc__ == (
        "A counter made by the class it is called on, starting at `value`."
    )
    assert Counter.value.__doc__ == "The current count."
    assert Counter.twice.__doc__ == "Twice the value, as a computed property."
    assert Counter.signed.__doc__ == (
        "The value with its sign: a property without a setter, named in\nthe attribute."
    )
    assert Counter.title.__doc__ == "A label, exposed under another name."
    assert Undocumented.method.__doc__ is None


def test_help_shows_the_class():
    text = help_text(Counter)
    assert "class Counter in module pyclasses" in text
    assert " |  A counter that can be stepped and read." in text
    assert " |  add(self, /, n)\n |      Adds `n` and returns the new value." in text
    # (3.13 leaves out " from builtins.type")
    assert " |  starting_at(value)" in text
    assert "\n |      A counter made by the class it is called on, starting at `value`." in text
    assert " |  sum(a, b)\n |      The sum of two numbers, needing no counter." in text
    assert " |  twice\n |      Twice the value, as a computed property." in text
    assert " |  LIMIT = 1000" in text
    method = help_text(Counter.add).splitlines()
    # (3.13 adds " unbound pyclasses.Counter method" to the first line)
    assert method[2].startswith("add(self, /, n)")
    assert method[3] == "    Adds `n` and returns the new value."


def test_help_shows_the_constructor_signature():
    text = help_text(Counter)
    assert " |  Counter(value)\n |\n |  A counter that can be stepped and read." in text


def test_module_and_qualname_with_the_module_option():
    assert (Counter.__module__, Counter.__qualname__, Counter.__name__) == (
        "pyclasses", "Counter", "Counter",
    )
    assert (Point.__module__, Point.__qualname__, Point.__name__) == (
        "pyclasses.geometry", "Point", "Point",
    )
    assert repr(Point) == "<class 'pyclasses.geometry.Point'>"
    assert repr(Counter) == "<class 'pyclasses.Counter'>"
    # `name` renames the class for Python; the module attribute follows it.
    assert pyclasses.Point is Point
    assert not hasattr(pyclasses, "RustPoint")


def test_qualname_without_the_module_option():
    assert (Shape.__qualname__, Shape.__name__) == ("Shape", "Shape")


def test_module_without_the_module_option():
    assert Shape.__module__ == "builtins"
    assert Undocumented.__module__ == "builtins"
    # The type's name is "builtins.Shape", which repr shows for builtins.
    assert repr(Shape) == "<class 'builtins.Shape'>"
    text = help_text(Shape)
    assert "class Shape in module builtins" in text
    assert " |  Shape(sides, name=None)\n" in text


@pytest.mark.skipif(sys.version_info < (3, 10), reason="PyO3 defines a refusing __new__ there")
def test_signature_of_a_class_without_constructor():
    # On 3.10+ PyO3 disallows instantiation instead of defining a
    # __new__, so inspect falls back on object's signature.
    assert signature(Undocumented) == "()"
