"""string_sum built from a #[pymodule] function: values, errors, metadata."""

import inspect
import sys

import pytest

import string_sum


def test_sum_as_string():
    assert string_sum.sum_as_string(5, 20) == "25"
    assert string_sum.sum_as_string(0, 0) == "0"
    assert string_sum.sum_as_string(a=1, b=2) == "3"


def test_metadata():
    # maturin installs the extension as `string_sum.string_sum` inside a
    # package that re-exports it.
    extension = sys.modules[string_sum.sum_as_string.__module__]
    assert extension.__name__ in ("string_sum", "string_sum.string_sum")
    assert extension.__doc__ == "A Python module implemented in Rust."
    assert string_sum.__doc__ == "A Python module implemented in Rust."
    f = string_sum.sum_as_string
    assert f.__name__ == "sum_as_string"
    assert f.__qualname__ == "sum_as_string"
    assert f.__self__ is extension
    assert f.__doc__ == "Formats the sum of two numbers as string."
    assert f.__text_signature__ == "(a, b)"
    assert str(inspect.signature(f)) == "(a, b)"
    assert extension.__all__ == ["sum_as_string"]


def test_argument_errors():
    with pytest.raises(TypeError, match=r"^sum_as_string\(\) missing 1 required positional argument: 'b'$"):
        string_sum.sum_as_string(5)
    with pytest.raises(TypeError, match=r"^sum_as_string\(\) takes 2 positional arguments but 3 were given$"):
        string_sum.sum_as_string(1, 2, 3)
    with pytest.raises(TypeError, match=r"^sum_as_string\(\) got an unexpected keyword argument 'x'$"):
        string_sum.sum_as_string(1, 2, x=3)
    with pytest.raises(TypeError, match=r"^sum_as_string\(\) got multiple values for argument 'a'$"):
        string_sum.sum_as_string(1, 2, a=3)


def test_conversion_errors_name_the_argument():
    with pytest.raises(TypeError) as info:
        string_sum.sum_as_string("5", 20)
    assert str(info.value) == "'str' object cannot be interpreted as an integer"
    if sys.version_info >= (3, 11):
        assert info.value.__notes__ == ["while processing 'a'"]
    with pytest.raises(OverflowError) as info:
        string_sum.sum_as_string(5, -1)
    if sys.version_info >= (3, 11):
        assert info.value.__notes__ == ["while processing 'b'"]


def test_reimport_gives_a_working_module():
    import importlib

    name = string_sum.sum_as_string.__module__
    old = sys.modules.pop(name)
    try:
        again = importlib.import_module(name)
        assert again is not old
        assert again.sum_as_string(2, 3) == "5"
        assert again.sum_as_string is not old.sum_as_string
    finally:
        sys.modules[name] = old


def test_loading_in_a_subinterpreter_is_refused():
    interpreters = pytest.importorskip("_xxsubinterpreters")
    interp = interpreters.create()
    try:
        with pytest.raises(Exception) as info:
            interpreters.run_string(interp, f"import {string_sum.sum_as_string.__module__}")
        assert "ImportError" in str(info.value) or "ImportError" in repr(info.value)
        assert "one interpreter" in str(info.value) or "subinterpreter" in str(info.value)
    finally:
        interpreters.destroy(interp)
