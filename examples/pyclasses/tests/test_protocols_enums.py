"""`#[pyclass]` enums of unit variants: one object per variant, int
conversion, `eq`/`eq_int`/`ord` comparisons, sorting and `match`."""

import operator
import sys

import pytest

from pyclasses import Suit, Weekday, next_day

from conftest import argument_error, raises


def test_one_object_per_variant():
    assert Weekday.Monday is Weekday.Monday
    assert next_day(Weekday.Sunday) is Weekday.Monday
    assert next_day(Weekday.Monday) is Weekday.Tuesday
    assert type(Weekday.Monday) is Weekday and isinstance(Suit.Hearts, Suit)
    assert repr(Weekday.Sunday) == "Weekday.Sunday" and repr(Suit.Spades) == "Suit.Spades"


def test_methods_and_int():
    assert Weekday.Monday.is_workday() and not Weekday.Sunday.is_workday()
    assert [int(d) for d in (Weekday.Monday, Weekday.Tuesday, Weekday.Wednesday, Weekday.Sunday)] \
        == [0, 1, 2, 6]


def test_eq_int_and_ord():
    assert Weekday.Tuesday == Weekday.Tuesday and Weekday.Tuesday != Weekday.Monday
    assert Weekday.Tuesday == 1 and Weekday.Sunday == 6 and Weekday.Sunday != 5
    assert Weekday.Monday < Weekday.Tuesday < Weekday.Sunday
    assert Weekday.Sunday >= Weekday.Sunday and not (Weekday.Sunday > Weekday.Sunday)
    assert sorted([Weekday.Sunday, Weekday.Monday, Weekday.Wednesday]) \
        == [Weekday.Monday, Weekday.Wednesday, Weekday.Sunday]
    assert max(Weekday.Tuesday, Weekday.Wednesday) is Weekday.Wednesday


def test_eq_only():
    assert Suit.Hearts == Suit.Hearts and Suit.Hearts != Suit.Spades
    assert Suit.Hearts != 0 and not (Suit.Hearts == 0)  # no eq_int
    assert Suit.Hearts != Weekday.Monday
    raises(TypeError, "'<' not supported between instances of 'pyclasses.Suit' and 'pyclasses.Suit'",
           operator.lt, Suit.Hearts, Suit.Spades)


def test_eq_enums_are_unhashable():
    raises(TypeError, "unhashable type: 'pyclasses.Weekday'", hash, Weekday.Monday)
    raises(TypeError, "unhashable type: 'pyclasses.Suit'", hash, Suit.Hearts)


def test_no_constructor():
    with pytest.raises(TypeError):
        Weekday()


def test_passing_the_wrong_type():
    argument_error(TypeError, "'Suit' object is not an instance of 'Weekday'", "day",
                   next_day, Suit.Hearts)


MATCH_CODE = """
def name_of(day):
    match day:
        case Weekday.Monday:
            return "start"
        case Weekday.Tuesday | Weekday.Wednesday:
            return "middle"
        case Weekday():
            return "other day"
        case _:
            return "not a day"
"""


@pytest.mark.skipif(sys.version_info < (3, 10), reason="match needs Python 3.10")
def test_match():
    namespace = {"Weekday": Weekday}
    exec(MATCH_CODE, namespace)
    name_of = namespace["name_of"]
    assert name_of(Weekday.Monday) == "start"
    assert name_of(Weekday.Wednesday) == "middle"
    assert name_of(Weekday.Sunday) == "other day"
    assert name_of(Suit.Hearts) == "not a day"
    assert name_of(1) == "middle"  # eq_int: 1 == Weekday.Tuesday
