"""A class extending Exception: raised from Rust with PyErr::new, caught
in Python with its fields, subclassed and raised from Python."""

import subprocess
import sys

import pytest

import pyclasses
from pyclasses import AppError

from conftest import raises


def test_instances_are_freed_cleanly():
    code = "\n".join([
        "import pyclasses",
        "e = pyclasses.AppError(1, 'x')",
        "del e",
        "try:",
        "    pyclasses.check_code(2, 'y')",
        "except pyclasses.AppError:",
        "    pass",
        "print('freed')",
    ])
    child = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (child.returncode, child.stdout) == (0, "freed\n"), child.stderr


def test_raised_from_rust_and_caught_with_its_fields():
    with pytest.raises(AppError) as info:
        pyclasses.check_code(7, "disk")
    e = info.value
    assert type(e) is AppError
    assert (e.code, e.what) == (7, "disk")
    assert e.args == (7, "disk")
    assert str(e) == "(7, 'disk')"
    assert repr(e) == "AppError(7, 'disk')"
    assert e.explain() == "disk failed with code 7"
    assert e.__traceback__ is not None


def test_no_error():
    assert pyclasses.check_code(0, "disk") == "ok"


def test_is_an_exception():
    assert AppError.__mro__ == (AppError, Exception, BaseException, object)
    try:
        pyclasses.check_code(1, "net")
    except Exception as e:  # caught as a plain Exception
        assert isinstance(e, AppError) and e.code == 1
    else:
        pytest.fail("not raised")


def test_raised_from_python():
    with pytest.raises(AppError) as info:
        raise AppError(3, "cache")
    assert (info.value.code, info.value.what, info.value.args) == (3, "cache", (3, "cache"))


def test_rust_recognizes_it():
    def from_python():
        raise AppError(4, "python")

    assert pyclasses.code_of_failure(lambda: pyclasses.check_code(9, "rust")) == 9
    assert pyclasses.code_of_failure(from_python) == 4
    assert pyclasses.code_of_failure(lambda: None) is None
    with pytest.raises(ZeroDivisionError):
        pyclasses.code_of_failure(lambda: 1 / 0)


class Detailed(AppError):
    """A Python subclass with more state: __new__ passes the Rust
    constructor its arguments, __init__ keeps the rest."""

    def __new__(cls, code, what, detail):
        return super().__new__(cls, code, what)

    def __init__(self, code, what, detail):
        super().__init__(code, what)
        self.detail = detail


def test_python_subclass():
    def fail():
        raise Detailed(5, "sub", "more")

    assert pyclasses.code_of_failure(fail) == 5
    with pytest.raises(AppError) as info:
        fail()
    e = info.value
    assert (e.code, e.what, e.detail) == (5, "sub", "more")
    assert e.args == (5, "sub")
    assert e.explain() == "sub failed with code 5"


def test_chaining_and_context():
    try:
        try:
            1 / 0
        except ZeroDivisionError as cause:
            raise AppError(2, "chained") from cause
    except AppError as e:
        assert type(e.__cause__) is ZeroDivisionError
        assert e.code == 2
    try:
        try:
            raise KeyError("k")
        except KeyError:
            pyclasses.check_code(8, "context")
    except AppError as e:
        assert type(e.__context__) is KeyError


def test_constructor_arguments():
    with pytest.raises(TypeError, match=r"missing 2 required positional arguments: 'code' and 'what'$"):
        AppError()
    e = raises(TypeError, "'str' object cannot be interpreted as an integer", AppError, "x", "y")
    assert e is not None
