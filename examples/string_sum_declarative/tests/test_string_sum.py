"""string_sum built from a declarative #[pymodule] mod (the PyO3 README)."""

import inspect

import pytest

import string_sum


def test_sum_as_string():
    assert string_sum.sum_as_string(5, 20) == "25"
    assert string_sum.sum_as_string(b=1, a=2) == "3"


def test_metadata():
    assert string_sum.__doc__.startswith("A Python module implemented in Rust.")
    f = string_sum.sum_as_string
    assert f.__module__ in ("string_sum", "string_sum.string_sum")
    assert f.__doc__ == "Formats the sum of two numbers as string."
    assert str(inspect.signature(f)) == "(a, b)"


def test_errors():
    with pytest.raises(TypeError, match=r"^sum_as_string\(\) missing 1 required positional argument: 'b'$"):
        string_sum.sum_as_string(5)
