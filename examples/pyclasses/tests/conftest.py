import sys
import threading

import pytest

HAS_NOTES = sys.version_info >= (3, 11)
"""PyO3 names the failed argument in a PEP 678 note (3.11+ only)."""


def notes_of(exc):
    """The PEP 678 notes of an exception (none before Python 3.11)."""
    return getattr(exc, "__notes__", None)


def raises(exc_type, message, call, *args, **kwargs):
    """Calls `call`, checks it raised exactly `exc_type` with `message`,
    and returns the exception."""
    with pytest.raises(exc_type) as info:
        call(*args, **kwargs)
    assert type(info.value) is exc_type, type(info.value)
    assert str(info.value) == message
    return info.value


def no_attribute_message(type_name, attribute):
    """CPython's AttributeError for a new attribute of an object without
    `__dict__` (3.13 explains more)."""
    message = f"'{type_name}' object has no attribute '{attribute}'"
    if sys.version_info >= (3, 13):
        message += " and no __dict__ for setting new attributes"
    return message


def argument_error(exc_type, message, argument, call, *args, **kwargs):
    """As `raises`, for a conversion failure of the argument `argument`:
    PyO3 0.30 keeps the conversion's message and adds the note
    "while processing '<argument>'" (on Pythons that have notes)."""
    err = raises(exc_type, message, call, *args, **kwargs)
    expected = [f"while processing '{argument}'"] if HAS_NOTES else None
    assert notes_of(err) == expected
    return err


def run_in_thread(call):
    """Runs `call()` on a new thread; returns (result, exception)."""
    outcome = {}

    def target():
        try:
            outcome["result"] = call()
        except BaseException as e:  # PanicException is a BaseException
            outcome["error"] = e

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    return outcome.get("result"), outcome.get("error")


def differs_from_pyo3(reason, condition=True):
    """Marks a test of PyO3 0.30's behaviour that this crate does not
    match yet (where `condition` holds): strict, so the test fails once
    the crate is fixed and the marker should go. (`pytest --runxfail`
    runs them as plain tests, e.g. against a build with the real PyO3.)"""
    return pytest.mark.xfail(condition, strict=True, reason=reason)


BEFORE_3_10 = sys.version_info < (3, 10)

needs_notes = pytest.mark.skipif(not HAS_NOTES, reason="exception notes need Python 3.11")


this_crate_only = pytest.mark.this_crate_only
"""Marks a test of this crate's own choice where PyO3 0.30 behaves
otherwise (the difference itself is a `differs_from_pyo3` test):
`-m "not this_crate_only"` leaves them out, e.g. against the real PyO3."""


def pytest_configure(config):
    config.addinivalue_line("markers", "this_crate_only: behaviour of this crate, not of PyO3")
