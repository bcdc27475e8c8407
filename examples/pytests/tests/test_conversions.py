"""Argument and return conversions, with the exceptions a Python user
expects; conversion failures keep their exception and get a note naming the
argument."""

import pytest

from conftest import HAS_NOTES, notes_of
from pytests import conversions as c


def failure(exc_type, call, *args):
    with pytest.raises(exc_type) as info:
        call(*args)
    return info.value


def test_integers():
    assert c.add_i64(2, 3) == 5
    assert c.add_u8(250, 10) == 4
    assert c.negate_i32(-5) == 5
    err = failure(OverflowError, c.add_u8, 256, 1)
    if HAS_NOTES:
        assert notes_of(err) == ["while processing 'a'"]
    err = failure(OverflowError, c.add_u8, 1, -1)
    if HAS_NOTES:
        assert notes_of(err) == ["while processing 'b'"]
    failure(OverflowError, c.add_i64, 2**63, 0)
    err = failure(OverflowError, c.add_i64, 2**62, 2**62)
    assert str(err) == "sum overflows i64"
    err = failure(TypeError, c.add_i64, "1", 2)
    assert str(err) == "'str' object cannot be interpreted as an integer"
    err = failure(TypeError, c.add_i64, 1.5, 2)
    assert str(err) == "'float' object cannot be interpreted as an integer"


def test_float_and_bool():
    assert c.halve(3) == 1.5
    assert c.halve(1.0) == 0.5
    failure(TypeError, c.halve, "x")
    assert c.invert(True) is False
    failure(TypeError, c.invert, 1)


def test_text():
    assert c.shout("héllo") == "HÉLLO"
    assert c.cow_length("日本") == 2
    assert c.first_char("x") == "x"
    failure(ValueError, c.first_char, "xy")
    err = failure(TypeError, c.shout, b"bytes")
    assert str(err) == "'bytes' object is not an instance of 'str'"
    if HAS_NOTES:
        assert notes_of(err) == ["while processing 'text'"]
    failure(UnicodeEncodeError, c.shout, "\ud800")


def test_bytes():
    assert c.byte_sum(b"\x01\x02\x03") == 6
    assert c.make_bytes(3) == b"\x00\x01\x02"
    assert c.bytes_object([104, 105]) == b"hi"
    failure(TypeError, c.byte_sum, "abc")


def test_sequences_and_maps():
    assert c.sum_list([1, 2, 3]) == 6
    assert c.sum_list((1, 2, 3)) == 6
    assert c.make_list(4) == [0, 1, 2, 3]
    assert c.nested([["a"], [], ["b", "c"]]) == [1, 0, 2]
    assert c.pair((1, "x")) == ("x", 1)
    assert c.word_counts(["a", "b", "a"]) == {"a": 2, "b": 1}
    assert c.sorted_items({"b": 2, "a": 1}) == [("a", 1), ("b", 2)]
    assert c.unique([1, 1, 2]) == {1, 2}
    err = failure(TypeError, c.sum_list, "123")
    assert str(err) == "Can't extract `str` to `Vec`"
    err = failure(TypeError, c.sum_list, [1, "2"])
    if HAS_NOTES:
        assert notes_of(err) == ["while processing 'values'"]
    failure(TypeError, c.sorted_items, [("a", 1)])


def test_options_and_units():
    assert c.maybe_double(None) is None
    assert c.maybe_double(4) == 8
    assert c.unit() is None
    assert c.unit_result(False) is None
    err = failure(ValueError, c.unit_result, True)
    assert str(err) == "failed"


def test_errors_and_panics():
    assert c.custom_error(1) == 1
    err = failure(ValueError, c.custom_error, -3)
    assert str(err) == "-3 is negative"


def test_panic_becomes_panic_exception():
    with pytest.raises(BaseException) as info:
        c.panics("boom")
    assert type(info.value).__name__ == "PanicException"
    assert str(info.value) == "boom"
    assert not isinstance(info.value, Exception)


def test_object_handles():
    marker = object()
    assert c.identity(marker) is marker
    assert c.owned_py(marker) is marker
    assert c.borrowed_any(1.5) == "float"
    assert c.list_length([1, 2]) == 2
    assert c.dict_keys({"a": 1}) == ["a"]
    assert c.optional_string("x") == "x"
    assert c.optional_string(None) == "<none>"
    err = failure(TypeError, c.list_length, (1, 2))
    assert str(err) == "'tuple' object is not an instance of 'list'"
    if HAS_NOTES:
        assert notes_of(err) == ["while processing 'list'"]
