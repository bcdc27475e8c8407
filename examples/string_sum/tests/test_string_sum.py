"""string_sum built from a #[pymodule] function: values, errors, metadata."""

import inspect
import re
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


def run_in_subinterpreter(code):
    """Runs `code` in a new subinterpreter; returns "Type: message" of the
    exception it raised there, or None."""
    try:
        import _interpreters as interpreters  # 3.13+
    except ImportError:
        import _xxsubinterpreters as interpreters  # 3.12 and before
    interp = interpreters.create()
    try:
        try:
            failure = interpreters.run_string(interp, code)
        except Exception as error:
            # Before 3.13 a failure is raised here as RunFailedError, its
            # text "<class 'ImportError'>: message".
            match = re.fullmatch(r"<class '(\w+)'>: (.*)", str(error), re.S)
            assert match, str(error)
            return f"{match[1]}: {match[2]}"
        # From 3.13 the failure is described by the returned value.
        return None if failure is None else f"{failure.type.__name__}: {failure.msg}"
    finally:
        interpreters.destroy(interp)


def test_loading_in_a_subinterpreter_is_refused():
    extension = string_sum.sum_as_string.__module__
    error = run_in_subinterpreter(f"import {extension}")
    if sys.version_info >= (3, 13):
        # The interpreters 3.13's `_interpreters` makes are isolated, and
        # CPython itself refuses from the module's
        # Py_mod_multiple_interpreters slot.
        assert error == (
            f"ImportError: module {extension} does not support loading in subinterpreters"
        )
    else:
        # Our own check, in the module's initialisation.
        assert error == (
            "ImportError: module 'string_sum' was built with pyo3, whose modules can be "
            "loaded in only one interpreter per process; it is already loaded in interpreter 0"
        )
    # The refusal concerns this module only: the subinterpreter itself works.
    assert run_in_subinterpreter("import json; json.dumps([1])") is None
