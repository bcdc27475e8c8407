"""Randomized (property-based) tests: arbitrary Python values through every
argument type of `pytests.echo` and every signature form of
`pytests.signatures`.

Properties:
- nothing crashes, and only the exceptions a Python user expects come out
  (TypeError, ValueError and its UnicodeEncodeError, OverflowError,
  IndexError from a lying sequence, or the odd object's own exception);
- where the outcome is known in Python terms (integers, floats, strings,
  bools, byte and integer lists), it is exactly that outcome;
- a call of a signature form behaves like a Python function with the same
  signature that converts its arguments in Python: the same binding
  TypeError (same message), the same conversion exception type, or the
  same result.
"""

import inspect
import math
import operator
import os
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pytests import echo
from pytests import signatures as s

# Hypothesis warns that the strategy of nested odd objects has a long repr.
pytestmark = pytest.mark.filterwarnings("ignore:Generating overly large repr")

# A few seconds by default; set HYPOTHESIS_MAX_EXAMPLES to search longer.
# CI runs a fixed sequence of examples (derandomized, so that a run's result
# is reproducible); elsewhere every run explores new ones, and
# HYPOTHESIS_MAX_EXAMPLES asks for more of them.
SETTINGS = settings(
    max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "150")),
    derandomize=os.environ.get("CI") == "true",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class Boom(Exception):
    """Raised by the odd objects' own methods."""


# ----------------------------------------------------------------- odd objects


class OddLen:
    """A sequence whose `__len__` says `length` (anything, even a huge int
    or a non-int) while `__getitem__` serves `items`."""

    def __init__(self, length, items):
        self.length = length
        self.items = items

    def __len__(self):
        if self.length is Boom:
            raise Boom("__len__")
        return self.length

    def __getitem__(self, index):
        return self.items[index]

    def __repr__(self):
        return f"OddLen({self.length!r}, {self.items!r})"


class OddIndex:
    """`__index__` returns `value` (or raises)."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        if self.value is Boom:
            raise Boom("__index__")
        return self.value

    def __repr__(self):
        return f"OddIndex({self.value!r})"


class OddFloat:
    """`__float__` returns `value` (or raises)."""

    def __init__(self, value):
        self.value = value

    def __float__(self):
        if self.value is Boom:
            raise Boom("__float__")
        return self.value

    def __repr__(self):
        return f"OddFloat({self.value!r})"


class OddBool:
    """`__bool__` returns `value` (or raises)."""

    def __init__(self, value):
        self.value = value

    def __bool__(self):
        if self.value is Boom:
            raise Boom("__bool__")
        return self.value

    def __repr__(self):
        return f"OddBool({self.value!r})"


class OddStr:
    """`__str__` returns `value` (or raises); has a `packed` attribute."""

    def __init__(self, value, packed):
        self.value = value
        if packed is not None:
            self.packed = packed

    def __str__(self):
        if self.value is Boom:
            raise Boom("__str__")
        return self.value

    def __repr__(self):
        return f"OddStr({self.value!r}, packed={getattr(self, 'packed', None)!r})"


def numpy_bool_like(name, truth):
    """An instance of a type named like NumPy's bool scalar, with `__bool__`
    returning `truth` (no `__bool__` at all when `truth` is None)."""
    namespace = {"__module__": "numpy"}
    if truth is Boom:
        namespace["__bool__"] = lambda self: (_ for _ in ()).throw(Boom("__bool__"))
    elif truth is not None:
        namespace["__bool__"] = lambda self: truth
    return type(name, (), namespace)()


class IntSub(int):
    pass


class FloatSub(float):
    pass


class StrSub(str):
    pass


class BytesSub(bytes):
    pass


# ------------------------------------------------------------------ strategies

# Text with lone surrogates now and then.
any_char = st.one_of(
    st.characters(),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.sampled_from("\x00aé€😀"),
)
texts = st.text(any_char, max_size=8)
ints = st.one_of(
    st.integers(),
    st.integers(min_value=-(2**130), max_value=2**130),
    st.sampled_from([0, 1, -1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64,
                     -(2**63) - 1, 2**127, 2**128, -(2**127) - 1]),
)
floats = st.one_of(st.floats(), st.sampled_from([math.nan, math.inf, -math.inf, -0.0]))
odd_lengths = st.one_of(
    st.integers(min_value=-3, max_value=20),
    st.sampled_from([2**31, 2**62, 2**63 - 1, 2**63, 2**64, -(2**63), Boom]),
    floats,
    st.none(),
)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    ints,
    floats,
    texts,
    st.binary(max_size=20),
    st.builds(bytearray, st.binary(max_size=8)),
    st.timedeltas(),
    st.datetimes(),
    ints.map(IntSub),
    floats.map(FloatSub),
    texts.map(StrSub),
    st.binary(max_size=8).map(BytesSub),
)


def odd_objects(children):
    return st.one_of(
        st.builds(OddLen, odd_lengths, st.lists(children, max_size=6)),
        st.builds(OddIndex, st.one_of(ints, floats, texts, st.just(Boom))),
        st.builds(OddFloat, st.one_of(floats, ints, texts, st.just(Boom))),
        st.builds(OddBool, st.one_of(st.booleans(), ints, st.just(Boom))),
        st.builds(
            OddStr,
            st.one_of(texts, st.just(Boom), st.sampled_from(["127.0.0.1", "::1"])),
            st.one_of(
                st.none(),
                st.binary(min_size=3, max_size=17),
                st.lists(ints, min_size=3, max_size=17),
                children,
            ),
        ),
        st.builds(
            numpy_bool_like,
            st.sampled_from(["bool", "bool_", "bool8"]),
            st.one_of(st.none(), st.booleans(), st.just(1), st.just(Boom)),
        ),
    )


def hashable(children):
    return st.one_of(scalars.filter(lambda v: not isinstance(v, bytearray)),
                     st.tuples(children, children).filter(_is_hashable))


def _is_hashable(value):
    try:
        hash(value)
    except TypeError:
        return False
    return True


values = st.recursive(
    st.one_of(scalars, odd_objects(scalars)),
    lambda children: st.one_of(
        st.lists(children, max_size=5),
        st.lists(children, max_size=5).map(tuple),
        st.dictionaries(hashable(children), children, max_size=4),
        st.sets(hashable(children), max_size=4),
        st.frozensets(hashable(children), max_size=4),
        odd_objects(children),
    ),
    max_leaves=12,
)

# What a user may see raised by a conversion.
EXPECTED = (TypeError, ValueError, OverflowError, IndexError, Boom)


def outcome(call, *args, **kwargs):
    """`("ok", result)` or `("raised", exception)`; anything outside
    EXPECTED (a panic, SystemError, MemoryError, ...) fails the test."""
    try:
        return "ok", call(*args, **kwargs)
    except BaseException as exc:  # noqa: B036 - panics are BaseExceptions
        assert isinstance(exc, EXPECTED), f"{type(exc).__name__}: {exc}"
        return "raised", exc


def same(a, b):
    """Equality that takes NaN as equal to itself, through containers."""
    if isinstance(a, float) and isinstance(b, float):
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return type(a) is type(b) and len(a) == len(b) and all(map(same, a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


# ------------------------------------------------- conversions as Python sees them


class Converted(Exception):
    """Wraps the exception a Python-side conversion raised."""

    def __init__(self, error):
        super().__init__(error)
        self.error = error


def converting(function):
    """Runs `function`, wrapping what it raises in `Converted`."""

    def run(value):
        try:
            return function(value)
        except Exception as error:
            raise Converted(error) from error

    return run


def int_in(low, high):
    """A Rust integer type with the range `low..high`: `__index__`, then
    a range check."""
    # `u128` reads the int with `PyLong_AsNativeBytes` from 3.13 on, which
    # refuses a negative value with ValueError (as PyO3's does); every other
    # refusal is an OverflowError.
    negative_error = (
        ValueError if (low, high) == (0, 2**128) and sys.version_info >= (3, 13) else OverflowError
    )

    def convert(value):
        number = int(operator.index(value))
        if number < low and number < 0:
            raise negative_error(value)
        if not low <= number < high:
            raise OverflowError(value)
        return number

    return convert


def to_float(value):
    """f64: float(), but only through `__float__` / `__index__` (no str)."""
    if isinstance(value, (str, bytes, bytearray)):
        raise TypeError(value)
    if not isinstance(value, float) and not hasattr(type(value), "__float__"):
        value = operator.index(value)
    return float(value)


def to_string(value):
    """String: a `str` (or subclass) that encodes to UTF-8."""
    if not isinstance(value, str):
        raise TypeError(value)
    value.encode("utf-8")
    return str(value)


def to_bool(value):
    """bool: True / False, or NumPy's bool scalar through its type's
    `__bool__`."""
    if type(value) is bool:
        return value
    kind = type(value)
    if kind.__module__ == "numpy" and kind.__name__ in ("bool", "bool_"):
        method = getattr(kind, "__bool__", None)
        if method is None:
            raise TypeError(value)
        result = method(value)
        if type(result) is not bool:
            raise TypeError(result)
        return result
    raise TypeError(value)


I64 = int_in(-(2**63), 2**63)

INT_RANGES = {
    "i8": (-(2**7), 2**7), "u8": (0, 2**8), "i16": (-(2**15), 2**15), "u16": (0, 2**16),
    "i32": (-(2**31), 2**31), "u32": (0, 2**32), "i64": (-(2**63), 2**63), "u64": (0, 2**64),
    "i128": (-(2**127), 2**127), "u128": (0, 2**128),
    "isize": (-(2**63), 2**63), "usize": (0, 2**64),
}

# Known outcomes: name -> function converting in Python (raising what the
# Rust conversion raises, or returning the value it gives back).
ORACLES = {f"echo_{name}": int_in(*bounds) for name, bounds in INT_RANGES.items()}
ORACLES.update({
    "echo_f64": to_float,
    "echo_string": to_string,
    "echo_box_str": to_string,
    "echo_backed_str": to_string,
    "echo_bool": to_bool,
})


class Unknown(Exception):
    """The oracle does not know the outcome."""


def to_vec_i64(value):
    if type(value) not in (list, tuple):
        raise Unknown(value)
    return [I64(item) for item in value]


def to_vec_u8(value):
    if type(value) is bytes:
        return value
    if type(value) not in (list, tuple):
        raise Unknown(value)
    u8 = int_in(0, 256)
    return bytes(u8(item) for item in value)


ORACLES["echo_vec_i64"] = to_vec_i64
ORACLES["echo_vec_u8"] = to_vec_u8


ECHO_FUNCTIONS = [getattr(echo, name) for name in echo.ECHOES] + [
    getattr(echo, name) for name in dir(echo) if name.startswith("borrow_")
]


def test_every_echo_function_is_exercised():
    assert len(ECHO_FUNCTIONS) > 50
    assert echo.echo_vec_u8([1, 2]) == b"\x01\x02"
    assert echo.echo_ip_addr(OddStr("x", [10, 0, 0, 1])).packed == b"\n\x00\x00\x01"


@SETTINGS
@given(function=st.sampled_from(ECHO_FUNCTIONS), value=values)
def test_any_value_through_any_conversion(function, value):
    kind, result = outcome(function, value)
    oracle = ORACLES.get(function.__name__)
    if oracle is None:
        return
    try:
        expected = ("ok", oracle(value))
    except Unknown:
        return
    except Exception as error:
        expected = ("raised", error)
    if expected[0] == "ok":
        assert kind == "ok", f"{function.__name__}({value!r}) raised {result!r}"
        assert same(result, expected[1]), f"{function.__name__}({value!r}) = {result!r}"
    else:
        assert kind == "raised", f"{function.__name__}({value!r}) = {result!r}"
        assert type(result) is type(expected[1]), (
            f"{function.__name__}({value!r}) raised {result!r}, expected {expected[1]!r}"
        )


@SETTINGS
@given(value=st.one_of(ints, floats, texts, values))
def test_integers_floats_and_strings(value):
    """The scalar conversions, with far more scalars than the mixed test."""
    for name in ("echo_i8", "echo_u64", "echo_i128", "echo_usize", "echo_f64", "echo_string", "echo_bool"):
        function = getattr(echo, name)
        kind, result = outcome(function, value)
        try:
            expected = ("ok", ORACLES[name](value))
        except Exception as error:
            expected = ("raised", error)
        assert kind == expected[0], f"{name}({value!r}): {result!r}"
        if kind == "ok":
            assert same(result, expected[1]), f"{name}({value!r}) = {result!r}"
        else:
            assert type(result) is type(expected[1]), f"{name}({value!r}): {result!r}"


# -------------------------------------------------------------- signature forms


def wrap64(number):
    return (number + 2**63) % 2**64 - 2**63


INT = converting(I64)
FLOAT = converting(to_float)
STRING = converting(to_string)
BOOL = converting(to_bool)


def optional(convert):
    return lambda value: None if value is None else convert(value)


# Python functions with the same signatures, converting their arguments in
# the same order as the Rust ones do.
REFERENCE_SOURCE = '''
def required(a, b):
    return wrap64(INT(a) * 10 + INT(b))

def nothing():
    return "nothing"

def defaults(a, b=2, c="three", d=None):
    return (INT(a), INT(b), STRING(c), optional(FLOAT)(d))

def positional_only(a, b=5, /, c=6):
    return (INT(a), INT(b), INT(c))

def keyword_only(a, *, b, c=3):
    return (INT(a), INT(b), INT(c))

def varargs(first, *rest, flag=False):
    return (INT(first), rest, BOOL(flag))

def varkeywords(a, **kwargs):
    return (INT(a), kwargs or None)

def everything(a, b=1, /, c=2, *args, d, e=None, **kwargs):
    return (INT(a), INT(b), INT(c), args, INT(d), optional(INT)(e), kwargs or None)

def collections(*numbers, **weights):
    numbers = [INT(n) for n in numbers]
    weights = {STRING(k): FLOAT(v) for k, v in weights.items()}
    return float(sum(numbers)) + sum(weights.values())

def with_token(a, b):
    return wrap64(INT(a) + INT(b))

def custom_text_signature(value):
    return INT(value)

def raw_identifier(type):
    return STRING(type)
'''
REFERENCES = {
    "wrap64": wrap64, "INT": INT, "FLOAT": FLOAT, "STRING": STRING, "BOOL": BOOL,
    "optional": optional,
}
exec(REFERENCE_SOURCE, REFERENCES)
SIGNATURE_FUNCTIONS = sorted(
    name for name in REFERENCES if name in REFERENCE_SOURCE and hasattr(s, name)
)

argument_values = st.one_of(
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    ints,
    st.sampled_from([None, True, False, 1.5, "x", "\ud800", b"1"]),
    floats,
    texts,
    values,
)
keyword_names = st.one_of(
    st.sampled_from(["a", "b", "c", "d", "e", "first", "rest", "flag", "kwargs",
                     "args", "numbers", "weights", "value", "type", "zz"]),
    texts,
)


def quoted_list(names):
    """`'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`: CPython's lists of names."""
    quoted = [f"'{name}'" for name in names]
    if len(quoted) <= 2:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def pyo3_binding_error(reference, args, kwargs):
    """The binding error PyO3 raises for this call of a function with the
    signature of `reference`, or None if the call binds. The same calls bind
    as for a Python function, but PyO3 checks in its own order: too many
    positional arguments first, then each keyword in turn (a duplicate or an
    unknown one is reported at once), then positional-only names passed by
    keyword, then what is missing. Its words differ a little too: "keyword
    argument" where a Python function says "keyword-only argument", and
    always "positional arguments" in the count."""
    name = reference.__name__
    parameters = list(inspect.signature(reference).parameters.values())
    positional = [p for p in parameters if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    positional_only = {p.name for p in parameters if p.kind == p.POSITIONAL_ONLY}
    keyword_only = [p for p in parameters if p.kind == p.KEYWORD_ONLY]
    has_varargs = any(p.kind == p.VAR_POSITIONAL for p in parameters)
    has_varkeywords = any(p.kind == p.VAR_KEYWORD for p in parameters)
    if not has_varargs and len(args) > len(positional):
        required = sum(1 for p in positional if p.default is p.empty)
        takes = f"{required}" if required == len(positional) else f"from {required} to {len(positional)}"
        was = "was" if len(args) == 1 else "were"
        return f"{name}() takes {takes} positional arguments but {len(args)} {was} given"
    filled = {p.name for p in positional[: len(args)]}
    by_keyword = {p.name for p in positional + keyword_only} - positional_only
    positional_only_passed = []
    for key in kwargs:
        if key in by_keyword:
            if key in filled:
                return f"{name}() got multiple values for argument '{key}'"
            filled.add(key)
        elif not has_varkeywords:
            if key in positional_only:
                positional_only_passed.append(key)
            else:
                return f"{name}() got an unexpected keyword argument '{key}'"
    if positional_only_passed:
        return (
            f"{name}() got some positional-only arguments passed as keyword arguments: "
            + quoted_list(positional_only_passed)
        )
    for kind, group in (("positional", positional), ("keyword", keyword_only)):
        missing = [p.name for p in group if p.default is p.empty and p.name not in filled]
        if missing:
            arguments = "argument" if len(missing) == 1 else "arguments"
            return f"{name}() missing {len(missing)} required {kind} {arguments}: {quoted_list(missing)}"
    return None


@SETTINGS
@given(
    name=st.sampled_from(SIGNATURE_FUNCTIONS),
    args=st.lists(argument_values, max_size=6),
    kwargs=st.dictionaries(keyword_names, argument_values, max_size=4),
)
def test_signatures_behave_like_python_functions(name, args, kwargs):
    ours = getattr(s, name)
    reference = REFERENCES[name]
    kind, result = outcome(ours, *args, **kwargs)
    call = f"{name}(*{args!r}, **{kwargs!r})"
    try:
        expected = reference(*args, **kwargs)
    except Converted as converted:
        assert kind == "raised", f"{call} = {result!r}, expected {converted.error!r}"
        assert type(result) is type(converted.error), f"{call}: {result!r}, expected {converted.error!r}"
        return
    except TypeError as binding:
        message = pyo3_binding_error(reference, args, kwargs)
        assert message is not None, f"{call}: the model binds, Python says {binding!r}"
        assert kind == "raised", f"{call} = {result!r}, expected {message!r}"
        assert type(result) is TypeError, f"{call}: {result!r}, expected {message!r}"
        if name == "nothing":
            # A function without parameters is a `METH_NOARGS` one, which
            # CPython itself checks, in its own words (as with PyO3).
            assert "takes no" in str(result), f"{call}: {result!r}"
        else:
            assert str(result) == message, f"{call}: {result!r}, expected {message!r}"
        return
    assert pyo3_binding_error(reference, args, kwargs) is None, call
    assert kind == "ok", f"{call} raised {result!r}, expected {expected!r}"
    if name == "collections":
        # Rust sums the weights in hash order.
        assert math.isclose(result, expected) or same(result, expected), f"{call} = {result!r}"
    else:
        assert same(result, expected), f"{call} = {result!r}, expected {expected!r}"


@SETTINGS
@given(
    name=st.sampled_from(["a\ud800", "\udc80", "\ud83d\ude00", "é"]).flatmap(
        lambda fixed: st.one_of(st.just(fixed), texts.filter(lambda t: t not in ("a", "b")))
    ),
    value=argument_values,
)
def test_keyword_names_of_any_text(name, value):
    """Unknown names, encodable or not, are refused as CPython refuses them
    and collected unchanged by `**kwargs`."""
    kind, result = outcome(s.required, 1, 2, **{name: value})
    assert kind == "raised" and type(result) is TypeError
    assert str(result) == f"required() got an unexpected keyword argument '{name}'"
    assert s.varkeywords(1, **{name: value}) == (1, {name: value})
