"""Class options: frozen, generic, freelist, unsendable, immutable_type,
get_all / set_all with rename_all, new = "from_fields", from_py_object."""

import gc
import sys
import types

import pytest

import pyclasses
from pyclasses import Boxed, FrozenPair, Pooled, Rgb, Settings, ThreadBound, Version

from conftest import (
    argument_error,
    differs_from_pyo3,
    needs_notes,
    no_attribute_message,
    raises,
    run_in_thread,
    this_crate_only,
)


# --- frozen -----------------------------------------------------------------


def test_frozen_fields_cannot_be_set_or_deleted():
    p = FrozenPair(3, 4)
    assert (p.left, p.right, p.total()) == (3, 4, 7)
    for name in ("left", "right"):
        raises(
            AttributeError, f"attribute '{name}' of 'pyclasses.FrozenPair' objects is not writable",
            setattr, p, name, 0,
        )
        raises(
            AttributeError, f"attribute '{name}' of 'pyclasses.FrozenPair' objects is not writable",
            delattr, p, name,
        )
    raises(AttributeError, no_attribute_message("pyclasses.FrozenPair", "extra"),
           setattr, p, "extra", 1)
    assert (p.left, p.right) == (3, 4)


def test_frozen_interior_mutability():
    p = FrozenPair(1, 1)
    assert [p.touch() for _ in range(3)] == [1, 2, 3]
    assert p.touches == 3


def test_frozen_read_with_py_get():
    p = FrozenPair(6, 7)
    assert pyclasses.frozen_product(p) == 42
    assert pyclasses.frozen_product(pair=p) == 42
    assert pyclasses.frozen_sum([p, FrozenPair(1, 2), FrozenPair(-5, 0)]) == 11
    assert pyclasses.frozen_sum([]) == 0
    argument_error(
        TypeError, "'int' object is not an instance of 'FrozenPair'", "pair",
        pyclasses.frozen_product, 1,
    )


def test_frozen_objects_can_be_read_while_in_use():
    # No borrow flag: a frozen object read from inside its own method.
    p = FrozenPair(2, 5)
    g = pyclasses.Guarded(0)
    assert g.mutate_with(lambda: pyclasses.frozen_product(p)) == 1


# --- generic ----------------------------------------------------------------


def test_generic_class_is_subscriptable():
    alias = Boxed[int]
    assert isinstance(alias, types.GenericAlias)
    assert alias.__origin__ is Boxed
    assert alias.__args__ == (int,)
    assert repr(alias) == "pyclasses.Boxed[int]"
    assert Boxed[int, str].__args__ == (int, str)
    # The alias constructs the class.
    b = alias(5)
    assert type(b) is Boxed and b.item == 5


def test_non_generic_class_is_not_subscriptable():
    if sys.version_info >= (3, 10):
        message = "type 'pyclasses.Counter' is not subscriptable"
    else:
        message = "'type' object is not subscriptable"
    raises(TypeError, message, lambda: pyclasses.Counter[int])


# --- freelist ---------------------------------------------------------------


def test_freelist_many_constructions_keep_their_values():
    for i in range(100_000):
        p = Pooled(i)
        assert p.value == i, (i, p.value)
        assert p.intact()


def test_freelist_recycled_objects_are_fresh():
    alive = [Pooled(i) for i in range(100)]
    ids = {id(p) for p in alive}
    del alive
    # Recycled memory, new values.
    again = [Pooled(1000 + i) for i in range(100)]
    assert [p.value for p in again] == [1000 + i for i in range(100)]
    assert all(p.intact() for p in again)
    assert ids & {id(p) for p in again}  # memory is reused
    type_refs = sys.getrefcount(Pooled)
    del again
    gc.collect()
    for i in range(1000):
        Pooled(i)
    assert sys.getrefcount(Pooled) <= type_refs


# --- unsendable -------------------------------------------------------------


def test_unsendable_used_on_its_own_thread():
    t = ThreadBound()
    assert t.bump() == 1
    other = t.share()
    assert other.bump() == 2
    assert t.sharers == 2
    del other
    assert t.sharers == 1


def test_unsendable_used_from_another_thread_fails():
    t = ThreadBound()
    t.bump()
    result, error = run_in_thread(t.bump)
    assert result is None
    assert error is not None
    assert "ThreadBound is unsendable, but sent to another thread" in str(error)
    # Not touched by the other thread; still works here.
    assert t.bump() == 2
    # Made on another thread, used there: fine.
    result, error = run_in_thread(lambda: ThreadBound().bump())
    assert (result, error) == (1, None)


@this_crate_only
def test_unsendable_error_type_of_this_crate():
    result, error = run_in_thread(ThreadBound().bump)
    assert type(error) is RuntimeError
    assert str(error) == "ThreadBound is unsendable, but sent to another thread"


@differs_from_pyo3("the crate raises RuntimeError naming the Python class; PyO3 panics")
def test_unsendable_error_is_a_panic_in_pyo3():
    result, error = run_in_thread(ThreadBound().bump)
    assert type(error).__name__ == "PanicException"
    assert "pyclasses::options::ThreadBound is unsendable, but sent to another thread" in str(error)


def test_unsendable_dropped_on_another_thread_is_reported_and_leaked():
    made = []
    run_in_thread(lambda: made.append(ThreadBound()))
    reports = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = reports.append
    try:
        made.clear()
        gc.collect()
    finally:
        sys.unraisablehook = old_hook
    assert len(reports) == 1
    assert type(reports[0].exc_value) is RuntimeError
    assert str(reports[0].exc_value).endswith(
        "ThreadBound is unsendable, but is being dropped on another thread"
    )


# --- immutable_type ---------------------------------------------------------


@pytest.mark.skipif(sys.version_info < (3, 10), reason="immutable_type needs Python 3.10")
def test_immutable_type_refuses_class_attribute_changes():
    Sealed = pyclasses.Sealed
    assert Sealed.VERSION == 2
    raises(TypeError, "cannot set 'VERSION' attribute of immutable type 'pyclasses.Sealed'",
           setattr, Sealed, "VERSION", 3)
    raises(TypeError, "cannot set 'other' attribute of immutable type 'pyclasses.Sealed'",
           setattr, Sealed, "other", 3)
    raises(TypeError, "cannot set 'VERSION' attribute of immutable type 'pyclasses.Sealed'",
           delattr, Sealed, "VERSION")
    assert Sealed.VERSION == 2
    # Instances stay mutable.
    s = Sealed(1)
    s.value = 5
    assert s.value == 5


def test_mutable_type_takes_class_attribute_changes():
    class_attribute = pyclasses.Counter.LIMIT
    pyclasses.Counter.LIMIT = 5
    try:
        assert pyclasses.Counter(0).LIMIT == 5
    finally:
        pyclasses.Counter.LIMIT = class_attribute


@pytest.mark.skipif(sys.version_info >= (3, 10), reason="only before 3.10")
def test_immutable_type_class_is_absent_before_3_10():
    assert not hasattr(pyclasses, "Sealed")


# --- get_all / set_all / rename_all -----------------------------------------


def test_rename_all_and_get_all_set_all():
    s = Settings()
    assert (s.maxRetries, s.retryDelayMs, s.verbose) == (3, 250, False)
    s.maxRetries = 4
    s.retryDelayMs = 100
    s.verbose = True
    assert s.total_delay() == 400
    assert s.verbose is True
    for rust_name in ("max_retries", "retry_delay_ms", "is_verbose"):
        assert not hasattr(s, rust_name)
    public = sorted(k for k in Settings.__dict__ if not k.startswith("_"))
    assert public == ["maxRetries", "retryDelayMs", "total_delay", "verbose"]
    with pytest.raises(OverflowError) as info:
        s.maxRetries = -1
    assert str(info.value) == "out of range integral type conversion attempted"
    assert s.maxRetries == 4


@needs_notes
def test_the_note_of_a_renamed_setter_names_the_rust_field():
    argument_error(
        OverflowError, "out of range integral type conversion attempted", "max_retries",
        setattr, Settings(), "maxRetries", -1,
    )


# --- new = "from_fields" ----------------------------------------------------


def test_new_from_fields():
    assert Rgb(1, 2, 255).hex() == "#0102ff"
    assert Rgb(red=1, green=2, blue=3).hex() == "#010203"
    c = Rgb(blue=9, red=7, green=8)
    assert (c.red, c.green, c.blue) == (7, 8, 9)
    argument_error(
        OverflowError, "out of range integral type conversion attempted", "blue",
        Rgb, 1, 2, 256,
    )
    raises(TypeError, "Rgb.__new__() missing 1 required positional argument: 'blue'", Rgb, 1, 2)
    raises(TypeError, "Rgb.__new__() takes 3 positional arguments but 4 were given",
           Rgb, 1, 2, 3, 4)


# --- from_py_object ---------------------------------------------------------


def test_constructor_returning_an_error():
    raises(ValueError, "version 0.0 does not exist", Version, 0, 0)
    assert Version(0, 1).minor == 1


def test_from_py_object_takes_a_copy():
    v = Version(1, 2)
    n = pyclasses.next_minor(v)
    assert type(n) is Version and n is not v
    assert (n.major, n.minor) == (1, 3)
    assert (v.major, v.minor) == (1, 2)
    argument_error(
        TypeError, "'int' object is not an instance of 'Version'", "v", pyclasses.next_minor, 3
    )
