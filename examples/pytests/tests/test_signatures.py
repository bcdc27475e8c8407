"""Every signature form: values, inspect.signature, docs and the exact
TypeError messages CPython would give for a Python function."""

import inspect
import warnings

import pytest

from pytests import signatures as s


def raises(exc_type, message, call, *args, **kwargs):
    with pytest.raises(exc_type) as info:
        call(*args, **kwargs)
    assert str(info.value) == message
    return info.value


def test_required():
    assert s.required(1, 2) == 12
    assert s.required(b=2, a=1) == 12
    assert str(inspect.signature(s.required)) == "(a, b)"
    assert s.required.__doc__ == "Two required positional-or-keyword parameters."
    raises(TypeError, "required() missing 1 required positional argument: 'b'", s.required, 1)
    raises(TypeError, "required() missing 2 required positional arguments: 'a' and 'b'", s.required)
    raises(TypeError, "required() takes 2 positional arguments but 3 were given", s.required, 1, 2, 3)
    raises(TypeError, "required() got an unexpected keyword argument 'c'", s.required, 1, 2, c=3)
    raises(TypeError, "required() got multiple values for argument 'a'", s.required, 1, 2, a=3)


def test_nothing():
    assert s.nothing() == "nothing"
    assert str(inspect.signature(s.nothing)) == "()"
    with pytest.raises(TypeError):
        s.nothing(1)
    with pytest.raises(TypeError):
        s.nothing(x=1)


def test_defaults():
    assert s.defaults(1) == (1, 2, "three", None)
    assert s.defaults(1, 5, "x", 0.5) == (1, 5, "x", 0.5)
    assert s.defaults(1, d=1.5) == (1, 2, "three", 1.5)
    # Defaults that are not literals show as `...` (inspect prints Ellipsis).
    assert s.defaults.__text_signature__ == "(a, b=2, c=..., d=None)"
    assert str(inspect.signature(s.defaults)) == "(a, b=2, c=Ellipsis, d=None)"
    raises(
        TypeError,
        "defaults() takes from 1 to 4 positional arguments but 5 were given",
        s.defaults, 1, 2, "x", 0.5, 9,
    )


def test_positional_only():
    assert s.positional_only(1) == (1, 5, 6)
    assert s.positional_only(1, 2, c=3) == (1, 2, 3)
    assert str(inspect.signature(s.positional_only)) == "(a, b=5, /, c=6)"
    raises(
        TypeError,
        "positional_only() got some positional-only arguments passed as keyword arguments: 'a'",
        s.positional_only, a=1,
    )
    raises(
        TypeError,
        "positional_only() got some positional-only arguments passed as keyword arguments: 'a' and 'b'",
        s.positional_only, a=1, b=2,
    )


def test_keyword_only():
    assert s.keyword_only(1, b=2) == (1, 2, 3)
    assert str(inspect.signature(s.keyword_only)) == "(a, *, b, c=3)"
    raises(TypeError, "keyword_only() missing 1 required keyword argument: 'b'", s.keyword_only, 1)
    raises(TypeError, "keyword_only() takes 1 positional arguments but 2 were given", s.keyword_only, 1, 2)


def test_varargs():
    assert s.varargs(1) == (1, (), False)
    assert s.varargs(1, 2, 3, flag=True) == (1, (2, 3), True)
    assert str(inspect.signature(s.varargs)) == "(first, *rest, flag=False)"


def test_varkeywords():
    assert s.varkeywords(1) == (1, None)
    assert s.varkeywords(1, x=2, y=3) == (1, {"x": 2, "y": 3})
    assert s.varkeywords(a=1, b=2) == (1, {"b": 2})
    assert str(inspect.signature(s.varkeywords)) == "(a, **kwargs)"


def test_everything():
    assert str(inspect.signature(s.everything)) == "(a, b=1, /, c=2, *args, d, e=None, **kwargs)"
    assert s.everything(0, d=4) == (0, 1, 2, (), 4, None, None)
    assert s.everything(0, 1, 2, 3, 4, d=5, e=6, f=7) == (0, 1, 2, (3, 4), 5, 6, {"f": 7})
    # A positional-only name passed by keyword lands in **kwargs.
    assert s.everything(0, d=4, a=9) == (0, 1, 2, (), 4, None, {"a": 9})
    raises(TypeError, "everything() missing 1 required keyword argument: 'd'", s.everything, 0)


def test_collections():
    assert s.collections() == 0.0
    assert s.collections(1, 2, x=0.5) == 3.5
    with pytest.raises(TypeError) as info:
        s.collections(1, "two")
    assert str(info.value) == "'str' object cannot be interpreted as an integer"


def test_python_token_anywhere():
    assert s.with_token(1, 2) == 3
    assert str(inspect.signature(s.with_token)) == "(a, b)"


def test_name_and_text_signature_options():
    assert s.python_name() == "renamed"
    assert s.python_name.__name__ == "python_name"
    assert not hasattr(s, "rust_name")
    assert s.custom_text_signature.__text_signature__ == "(value, /, *, option=...)"
    assert s.no_text_signature.__text_signature__ is None
    assert s.no_text_signature.__doc__ == "No text signature."


def test_pass_module():
    assert s.module_name() == "pytests.signatures"


def test_from_py_with():
    assert s.from_py_with([1, 2, 3]) == 3
    assert s.from_py_with("abcd") == 4
    with pytest.raises(TypeError) as info:
        s.from_py_with(5)
    assert str(info.value) == "object of type 'int' has no len()"


def test_warn():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert s.deprecated() == 1
    assert [(w.category, str(w.message)) for w in caught] == [(DeprecationWarning, "use something else")]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(DeprecationWarning):
            s.deprecated()


def test_raw_identifier():
    assert s.raw_identifier(type="x") == "x"
    assert str(inspect.signature(s.raw_identifier)) == "(type)"
