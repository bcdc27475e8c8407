"""Container protocols: the `Deck` sequence (len, int and slice indexing,
assignment, deletion, `in`, `for`), the `Registry` mapping, and the
callable `Scale`."""

import operator
import sys

from pyclasses import Deck, DeckIter, Meters, Registry, Scale

from conftest import argument_error, raises


def test_len_and_truth_from_len():
    assert len(Deck([])) == 0 and len(Deck([4, 5, 6])) == 3
    assert not Deck([]) and Deck([0])


def test_integer_indexing():
    d = Deck([10, 20, 30])
    assert d[0] == 10 and d[2] == 30 and d[-1] == 30 and d[-3] == 10
    assert d[Meters(1)] == 20  # anything with __index__
    raises(IndexError, "Deck index out of range", operator.getitem, d, 3)
    raises(IndexError, "Deck index out of range", operator.getitem, d, -4)
    raises(TypeError, "Deck indices must be integers or slices, not str",
           operator.getitem, d, "x")


def test_slices_are_passed_to_getitem():
    d = Deck([0, 1, 2, 3, 4, 5])
    assert d[1:4] == [1, 2, 3]
    assert d[::2] == [0, 2, 4]
    assert d[::-1] == [5, 4, 3, 2, 1, 0]
    assert d[-2:] == [4, 5]
    assert d[4:1:-1] == [4, 3, 2]
    assert d[10:20] == [] and d[:] == [0, 1, 2, 3, 4, 5]
    assert d[slice(Meters(1), Meters(3))] == [1, 2]
    assert type(d[1:2]) is list
    raises(ValueError, "slice step cannot be zero", operator.getitem, d, slice(None, None, 0))


def test_item_assignment_and_deletion():
    d = Deck([1, 2, 3])
    d[0] = 9
    d[-1] = 7
    assert list(d) == [9, 2, 7]
    del d[1]
    assert list(d) == [9, 7] and len(d) == 2
    raises(IndexError, "Deck index out of range", operator.setitem, d, 5, 1)
    raises(IndexError, "Deck index out of range", operator.delitem, d, -3)
    argument_error(TypeError, "'str' object cannot be interpreted as an integer", "card",
                   operator.setitem, d, 0, "x")
    argument_error(TypeError, "'slice' object cannot be interpreted as an integer", "index",
                   operator.delitem, d, slice(0, 1))
    assert list(d) == [9, 7]


def test_contains():
    d = Deck([1, 2, 3])
    assert 2 in d and 5 not in d
    assert Meters(3) in d


def test_for_iterates_over_a_snapshot():
    d = Deck([1, 2, 3])
    seen = []
    for card in d:
        seen.append(card)
        d[0] = 100  # the iterator holds a copy
    assert seen == [1, 2, 3]
    it = iter(d)
    assert type(it) is DeckIter and iter(it) is it
    assert [next(it), next(it), next(it)] == [100, 2, 3]
    raises(StopIteration, "", next, it)
    assert next(it, "done") == "done"
    assert sum(Deck([1, 2, 3])) == 6 and sorted(Deck([3, 1, 2])) == [1, 2, 3]
    assert list(reversed(Deck([1, 2, 3]))) == [3, 2, 1]  # __len__ + __getitem__
    a, *rest = Deck([1, 2, 3])
    assert (a, rest) == (1, [2, 3])


def test_mapping():
    r = Registry()
    assert len(r) == 0 and not r
    r["b"] = 2
    r["a"] = 1
    r["b"] = 20
    assert len(r) == 2 and r["a"] == 1 and r["b"] == 20
    assert "a" in r and "z" not in r
    assert list(r) == ["a", "b"]
    assert {k: r[k] for k in r} == {"a": 1, "b": 20}
    del r["a"]
    assert list(r) == ["b"]
    err = raises(KeyError, "'z'", operator.getitem, r, "z")
    assert err.args == ("z",)
    raises(KeyError, "'a'", operator.delitem, r, "a")


def test_mapping_keys_must_be_strings():
    r = Registry()
    argument_error(TypeError, "'int' object is not an instance of 'str'", "name",
                   operator.getitem, r, 1)
    argument_error(TypeError, "'int' object is not an instance of 'str'", "name",
                   operator.setitem, r, 1, 1)


def test_callable():
    s = Scale(3)
    assert callable(s) and not callable(Deck([]))
    assert s(2) == 6 and s(2, 1) == 7 and s(x=2, offset=10) == 16
    raises(TypeError, "Scale.__call__() missing 1 required positional argument: 'x'", s)
    raises(TypeError, "Scale.__call__() got an unexpected keyword argument 'y'", s, 1, y=2)
    assert list(map(Scale(2), [1, 2, 3])) == [2, 4, 6]


def test_reference_counts_are_flat():
    d = Deck([1, 2, 3, 4])
    r = Registry()
    key = "k" + str(12345)
    r[key] = 1
    s = slice(1, 3)
    index = Meters(1)
    objects = (d, r, key, s, index)
    before = [sys.getrefcount(o) for o in objects]
    for _ in range(1000):
        d[s]
        d[index]
        index in d
        len(d)
        list(d)
        r[key]
        key in r
        list(r)
        try:
            d[10]
        except IndexError:
            pass
    after = [sys.getrefcount(o) for o in objects]
    assert after == before
