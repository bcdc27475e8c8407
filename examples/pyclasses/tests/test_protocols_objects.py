"""The object protocol: repr/str/format, hash in dicts and sets, bool,
rich comparisons (hand-written and from the eq/ord/hash/str options),
sorting, unhashable classes and pickling refusals."""

import copy
import operator
import pickle

import pytest

from pyclasses import Celsius, Deck, Meters, GridPoint, Tag, Weekday

from conftest import raises


def test_repr_str_and_format():
    c = Celsius(21)
    assert repr(c) == "Celsius(21)" and str(c) == "21°C"
    assert f"{c}" == "21°C" and f"{c!r}" == "Celsius(21)" and "%s" % c == "21°C"
    assert repr([c]) == "[Celsius(21)]"
    p = GridPoint(1, -2)
    assert str(p) == "(1, -2)" and repr(p) == "GridPoint(1, -2)" and f"{p}" == "(1, -2)"


def test_bool():
    assert bool(Celsius(1)) and not Celsius(0)
    assert [c.degrees for c in (Celsius(0), Celsius(5)) if c] == [5]


def test_hash_in_dicts_and_sets():
    assert hash(Celsius(5)) == 5
    assert hash(Celsius(-1)) == -2  # -1 means "error" to CPython
    table = {Celsius(5): "warm"}
    assert table[Celsius(5)] == "warm"
    assert Celsius(5) in table and Celsius(6) not in table
    assert len({Celsius(1), Celsius(1), Celsius(2)}) == 2
    assert hash(GridPoint(1, 2)) == hash(GridPoint(1, 2))
    points = {GridPoint(1, 2): "a", GridPoint(2, 1): "b"}
    assert points[GridPoint(2, 1)] == "b"
    assert {GridPoint(0, 0), GridPoint(0, 0), GridPoint(0, 1)} == {GridPoint(0, 1), GridPoint(0, 0)}


def test_richcmp_all_six_operators():
    a, b = Celsius(1), Celsius(2)
    assert a < b and a <= b and a <= Celsius(1) and b > a and b >= a
    assert a == Celsius(1) and a != b and not (a == b) and not (a != Celsius(1))
    assert not (a > b) and not (b < a)


def test_richcmp_with_other_types_is_not_implemented():
    c = Celsius(1)
    assert not (c == 1) and c != 1 and c != "1"
    assert c == c  # identity fallback still gives True
    raises(TypeError, "'<' not supported between instances of 'pyclasses.Celsius' and 'int'",
           operator.lt, c, 1)
    raises(TypeError, "'>=' not supported between instances of 'str' and 'pyclasses.Celsius'",
           operator.ge, "x", c)


def test_sorted_min_max():
    temps = [Celsius(3), Celsius(-1), Celsius(2)]
    assert [t.degrees for t in sorted(temps)] == [-1, 2, 3]
    assert max(temps).degrees == 3 and min(temps).degrees == -1
    points = [GridPoint(2, 0), GridPoint(1, 5), GridPoint(1, 2), GridPoint(0, 9)]
    assert sorted(points) == [GridPoint(0, 9), GridPoint(1, 2), GridPoint(1, 5), GridPoint(2, 0)]
    assert sorted(points, reverse=True)[0] == GridPoint(2, 0)
    assert GridPoint(1, 2) <= GridPoint(1, 2) and GridPoint(1, 3) > GridPoint(1, 2) >= GridPoint(0, 100)


def test_eq_option_with_other_types():
    p = GridPoint(1, 2)
    assert p != (1, 2) and not (p == (1, 2))
    raises(TypeError, "'<' not supported between instances of 'pyclasses.GridPoint' and 'tuple'",
           operator.lt, p, (1, 2))


def test_eq_without_hash_is_unhashable():
    assert Tag("a") == Tag("a") and Tag("a") != Tag("b")
    assert Tag.__hash__ is None
    raises(TypeError, "unhashable type: 'pyclasses.Tag'", hash, Tag("a"))
    raises(TypeError, "unhashable type: 'pyclasses.Tag'", set, [Tag("a")])
    raises(TypeError, "unhashable type: 'pyclasses.Tag'", dict, [(Tag("a"), 1)])
    raises(TypeError, "'<' not supported between instances of 'pyclasses.Tag' and 'pyclasses.Tag'",
           sorted, [Tag("b"), Tag("a")])


@pytest.mark.parametrize(
    "make, name",
    [
        (lambda: GridPoint(1, 2), "GridPoint"),
        (lambda: Celsius(1), "Celsius"),
        (lambda: Meters(1), "Meters"),
        (lambda: Deck([1]), "Deck"),
        (lambda: Weekday.Monday, "Weekday"),
    ],
)
def test_pickle_and_copy_refuse(make, name):
    obj = make()
    message = f"cannot pickle 'pyclasses.{name}' object"
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        raises(TypeError, message, pickle.dumps, obj, protocol)
    raises(TypeError, message, copy.copy, obj)
    raises(TypeError, message, copy.deepcopy, obj)
