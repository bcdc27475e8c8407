"""Class chains: Python subclasses of a `subclass` class overriding
methods and calling the Rust ones through super(), and the three-deep
chain Base <- Middle <- Leaf built from Rust."""

import pytest

import pyclasses
from pyclasses import Base, Leaf, Middle

from conftest import argument_error, raises


class Doubled(Base):
    """Overrides two Rust methods, calling them through super()."""

    def describe(self):
        return "Doubled/" + super().describe()

    def plus(self, n):
        return super().plus(n) * 2


class WithInit(Base):
    """Adds state in __init__; __new__ (the Rust #[new]) gets the same
    arguments, so both take `base_value` only."""

    def __init__(self, base_value):
        super().__init__()
        self.extra = base_value * 100


class WithNew(Base):
    """Changes the constructor's arguments in __new__."""

    def __new__(cls, tens):
        return super().__new__(cls, tens * 10)


class MiddleChild(Middle):
    def describe(self):
        return "MiddleChild/" + super().describe()


def test_python_subclass_overrides_and_calls_super():
    d = Doubled(5)
    assert d.base_value == 5
    assert d.describe() == "Doubled/Base(5)"
    assert d.plus(1) == 12
    # Not overridden: the Rust method, on the Python subclass instance.
    assert Base.plus(d, 1) == 6
    assert Base.describe(d) == "Base(5)"


def test_rust_calls_reach_python_overrides():
    d = Doubled(2)
    assert d.describe_dynamic() == "Doubled/Base(2)"
    assert pyclasses.describe_all([d, Base(1), Middle(3, 4), MiddleChild(5, 6)]) == [
        "Doubled/Base(2)",
        "Base(1)",
        "Middle(3, 4)",
        "MiddleChild/Middle(5, 6)",
    ]


def test_python_subclass_instances_are_accepted_as_the_base():
    assert pyclasses.base_value_of(Doubled(7)) == 7
    assert pyclasses.base_value_of(Leaf(1, 2, 3)) == 1
    argument_error(
        TypeError, "'Counter' object is not an instance of 'Base'", "b",
        pyclasses.base_value_of, pyclasses.Counter(1),
    )


def test_python_subclass_has_a_dict_and_init():
    w = WithInit(3)
    assert (w.base_value, w.extra) == (3, 300)
    w.anything = "x"
    assert w.__dict__ == {"extra": 300, "anything": "x"}


def test_python_subclass_new():
    assert WithNew(4).base_value == 40
    assert type(WithNew(4)) is WithNew


def test_subclass_constructor_arguments_go_to_the_rust_new():
    # (How the message names the constructor is checked in test_basics.)
    with pytest.raises(TypeError, match=r"takes 1 positional arguments but 2 were given$"):
        WithInit(1, 2)


def test_isinstance_issubclass_and_mro():
    d = Doubled(1)
    assert isinstance(d, Doubled) and isinstance(d, Base)
    assert not isinstance(d, Middle)
    assert issubclass(Doubled, Base)
    assert Doubled.__mro__ == (Doubled, Base, object)
    assert Leaf.__mro__ == (Leaf, Middle, Base, object)
    assert Middle.__mro__ == (Middle, Base, object)
    assert Middle.__base__ is Base and Leaf.__base__ is Middle
    assert issubclass(Leaf, Base) and not issubclass(Base, Leaf)
    assert MiddleChild.__mro__ == (MiddleChild, Middle, Base, object)


def test_three_deep_chain_from_python():
    leaf = Leaf(1, 2, 3)
    assert leaf.levels() == (1, 2, 3)
    assert (leaf.base_value, leaf.middle_value, leaf.leaf_value) == (1, 2, 3)
    assert Leaf(1, 2).leaf_value == 0
    assert isinstance(leaf, Leaf) and isinstance(leaf, Middle) and isinstance(leaf, Base)
    # Inherited Rust methods see the right level of the same object.
    assert leaf.middle_sum() == 3
    assert leaf.describe() == "Middle(1, 2)"  # Middle overrides Base
    assert leaf.plus(10) == 11
    assert Base.describe(leaf) == "Base(1)"


def test_three_deep_chain_built_in_rust():
    leaf = pyclasses.make_leaf(10, 20, 30)
    assert type(leaf) is Leaf
    assert leaf.levels() == (10, 20, 30)
    leaf.bump_all(1)
    assert (leaf.base_value, leaf.middle_value, leaf.leaf_value) == (11, 21, 31)
    leaf.leaf_value = 0
    assert leaf.levels() == (11, 21, 0)
    assert pyclasses.base_value_of(leaf) == 11


def test_final_classes_in_the_chain():
    raises(
        TypeError, "type 'pyclasses.Leaf' is not an acceptable base type",
        type, "Sub", (Leaf,), {},
    )
    # Middle is `subclass`, so Python may extend it.
    child = MiddleChild(1, 2)
    assert child.describe() == "MiddleChild/Middle(1, 2)"
    assert child.middle_sum() == 3


def test_methods_of_one_level_refuse_objects_of_another():
    raises(
        TypeError,
        "descriptor 'levels' for 'pyclasses.Leaf' objects doesn't apply to a 'pyclasses.Middle' object",
        Leaf.levels, Middle(1, 2),
    )
    raises(
        TypeError,
        "descriptor 'middle_sum' for 'pyclasses.Middle' objects doesn't apply to a 'pyclasses.Base' object",
        Middle.middle_sum, Base(1),
    )
