"""10,000 calls of each function leave reference counts and traced memory
where they were: arguments are borrowed, results and errors released."""

import gc
import sys
import tracemalloc

import pytest

from pytests import conversions as c
from pytests import signatures as s

CALLS = 10_000


class Marker:
    pass


def calls(marker):
    """(label, call) pairs; each call passes `marker` or objects holding it."""
    items = [marker, marker]
    mapping = {"k": marker}
    return [
        ("identity", lambda: c.identity(marker)),
        ("owned_py", lambda: c.owned_py(marker)),
        ("borrowed_any", lambda: c.borrowed_any(marker)),
        ("list_length", lambda: c.list_length(items)),
        ("dict_keys", lambda: c.dict_keys(mapping)),
        ("everything", lambda: s.everything(marker and 1, 2, 3, marker, d=4, extra=marker)),
        ("varargs", lambda: s.varargs(1, marker, marker)),
        ("varkeywords", lambda: s.varkeywords(1, x=marker)),
        ("wrong type", lambda: _swallow(c.add_i64, marker, 1)),
        ("missing argument", lambda: _swallow(s.required, marker)),
        ("unexpected keyword", lambda: _swallow(s.required, 1, 2, z=marker)),
        ("failed element", lambda: _swallow(c.sum_list, [1, marker])),
        ("custom error", lambda: _swallow(c.custom_error, -1)),
    ]


def _swallow(call, *args, **kwargs):
    try:
        call(*args, **kwargs)
    except (TypeError, ValueError, OverflowError):
        pass


@pytest.mark.parametrize("label", [label for label, _ in calls(Marker())])
def test_argument_refcounts_do_not_grow(label):
    marker = Marker()
    call = dict(calls(marker))[label]
    call()
    before = sys.getrefcount(marker)
    for _ in range(CALLS):
        call()
    gc.collect()
    assert sys.getrefcount(marker) == before


@pytest.mark.parametrize(
    "label, call",
    [
        ("make_list", lambda: c.make_list(100)),
        ("word_counts", lambda: c.word_counts(["a", "b", "a"])),
        ("shout", lambda: c.shout("hello world")),
        ("make_bytes", lambda: c.make_bytes(50)),
        ("unique", lambda: c.unique([1, 2, 3])),
        ("everything", lambda: s.everything(0, 1, 2, 3, d=4, e=5, f=6)),
        ("unit_result error", lambda: _swallow(c.unit_result, True)),
        ("conversion error", lambda: _swallow(c.add_u8, 300, 1)),
        ("panic", lambda: _catch_panic()),
    ],
)
def test_results_are_released(label, call):
    for _ in range(100):
        call()
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        for _ in range(CALLS):
            call()
        gc.collect()
        end, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # A leak of even one small object per call would be >= 10,000 * 16 bytes.
    assert end - start < 16_000, f"{label}: {end - start} bytes retained"


def _catch_panic():
    try:
        c.panics("boom")
    except BaseException as e:  # PanicException derives from BaseException
        if type(e).__name__ != "PanicException":
            raise
