"""The raw-FFI string_sum module: values, argument checks and reference counts."""

import sys

import pytest

import string_sum


def test_sum_as_string():
    assert string_sum.sum_as_string(5, 20) == "25"
    assert string_sum.sum_as_string(-7, 3) == "-4"
    assert string_sum.sum_as_string(0, 0) == "0"


def test_module_metadata():
    assert string_sum.__name__ == "string_sum"
    assert string_sum.__doc__ == "A Python module written in Rust."
    assert string_sum.sum_as_string.__doc__ == "returns the sum of two integers as a string"
    assert string_sum.sum_as_string.__name__ == "sum_as_string"


def test_large_values_within_c_long():
    big = 2**62
    assert string_sum.sum_as_string(big, big - 1) == str(2 * big - 1)


@pytest.mark.parametrize("args", [(), (1,), (1, 2, 3)])
def test_wrong_argument_count(args):
    with pytest.raises(TypeError, match=r"^sum_as_string\(\) expected 2 positional arguments$"):
        string_sum.sum_as_string(*args)


def test_keywords_are_refused():
    with pytest.raises(TypeError, match="sum_as_string"):
        string_sum.sum_as_string(a=1, b=2)


@pytest.mark.parametrize(
    "args, position",
    [(("1", 2), 1), ((1, "2"), 2), ((1.5, 2), 1), ((1, None), 2)],
)
def test_wrong_argument_type(args, position):
    with pytest.raises(
        TypeError,
        match=rf"^sum_as_string\(\) expected an int for positional argument {position}$",
    ):
        string_sum.sum_as_string(*args)


def test_argument_overflowing_c_long():
    with pytest.raises(OverflowError, match="too large to convert to C long"):
        string_sum.sum_as_string(2**64, 1)


def test_sum_overflowing_c_long():
    with pytest.raises(OverflowError, match="^arguments too large to add$"):
        string_sum.sum_as_string(2**63 - 1, 1)


def test_no_reference_leak():
    values = [10**9 + i for i in range(4)]
    before = [sys.getrefcount(v) for v in values]
    for _ in range(10_000):
        string_sum.sum_as_string(values[0], values[1])
        string_sum.sum_as_string(values[2], values[3])
    assert [sys.getrefcount(v) for v in values] == before
