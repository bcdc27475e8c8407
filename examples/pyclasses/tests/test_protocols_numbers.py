"""Number protocols of `Meters`: binary operators against Python ints and
Python classes, reflected and in-place forms, NotImplemented handling,
divmod, three-argument pow, unary operators and conversions."""

import operator
import sys

from pyclasses import Meters

from conftest import raises


class WithRadd:
    """Defines only the reflected operators Python asks when the left
    operand gives up."""

    def __radd__(self, other):
        return ("WithRadd.__radd__", other)

    def __rsub__(self, other):
        return ("WithRadd.__rsub__", other)


class PyNumber:
    """A Python number with both forms of `+` that handles Meters itself."""

    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        if isinstance(other, Meters):
            return ("PyNumber.__add__", self.value + other.value)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, Meters):
            return ("PyNumber.__radd__", other.value + self.value)
        return NotImplemented


class Index:
    """Converts to an int through `__index__`, but refuses `+` itself."""

    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value

    def __add__(self, other):
        return NotImplemented


def value(result):
    assert type(result) is Meters, type(result)
    return result.value


def test_binary_operators_with_ints():
    m = Meters(7)
    assert value(m + 3) == 10
    assert value(m - 3) == 4
    assert value(m * 3) == 21
    assert m / 2 == 3.5 and type(m / 2) is float
    assert value(m // 2) == 3 and value(Meters(-7) // 2) == -4
    assert value(m % 3) == 1 and value(Meters(-7) % 3) == 2
    assert value(m << 2) == 28 and value(m >> 1) == 3
    assert value(m & 3) == 3 and value(m | 8) == 15 and value(m ^ 5) == 2
    assert value(m ** 2) == 49
    assert m.value == 7, "binary operators leave the operand alone"


def test_reflected_operators_keep_operand_order():
    m = Meters(7)
    assert value(3 + m) == 10
    assert value(10 - m) == 3  # __rsub__: other - self
    assert value(3 * m) == 21
    assert 2 ** Meters(3) == 8  # __rpow__ gives an int
    assert divmod(20, m) == (2, 6)
    assert divmod(-20, m) == (-3, 1)


def test_meters_with_meters_through_index():
    # The int argument also takes a Meters (it has __index__).
    assert value(Meters(2) + Meters(5)) == 7
    assert value(Meters(2) - Meters(5)) == -3


def test_divmod_and_three_argument_pow():
    assert divmod(Meters(7), 2) == (3, 1)
    assert divmod(Meters(-7), 2) == (-4, 1)
    assert divmod(Meters(7), -2) == (-4, -1)
    assert value(pow(Meters(3), 4, 5)) == 81 % 5
    assert value(pow(Meters(3), 3, -5)) == 27 % -5
    assert value(pow(Meters(3), 2)) == 9
    assert pow(2, Meters(5), 7) == 32 % 7  # ternary pow reaches __rpow__
    raises(ZeroDivisionError, "division by zero", divmod, Meters(1), 0)
    raises(ZeroDivisionError, "division by zero", operator.floordiv, Meters(1), 0)
    raises(ZeroDivisionError, "division by zero", operator.truediv, Meters(1), 0)


def test_unsupported_operands_raise_python_type_error():
    m = Meters(1)
    raises(TypeError, "unsupported operand type(s) for +: 'pyclasses.Meters' and 'str'",
           operator.add, m, "x")
    raises(TypeError, "unsupported operand type(s) for -: 'str' and 'pyclasses.Meters'",
           operator.sub, "x", m)
    raises(TypeError, "unsupported operand type(s) for *: 'pyclasses.Meters' and 'float'",
           operator.mul, m, 1.5)
    raises(TypeError, "unsupported operand type(s) for divmod(): 'str' and 'pyclasses.Meters'",
           divmod, "x", m)
    raises(TypeError, "unsupported operand type(s) for @: 'pyclasses.Meters' and 'int'",
           operator.matmul, m, 1)
    # an int that does not fit i64 does not convert either
    raises(TypeError, "unsupported operand type(s) for +: 'pyclasses.Meters' and 'int'",
           operator.add, m, 2**70)


def test_not_implemented_reaches_the_python_reflection():
    m = Meters(4)
    other = WithRadd()
    assert m + other == ("WithRadd.__radd__", m)
    assert (m - other)[1] is m
    raises(TypeError, "unsupported operand type(s) for *: 'pyclasses.Meters' and 'WithRadd'",
           operator.mul, m, other)


def test_python_class_with_the_same_operator():
    m = Meters(4)
    assert PyNumber(10) + m == ("PyNumber.__add__", 14)  # the left operand first
    assert m + PyNumber(10) == ("PyNumber.__radd__", 14)  # Meters gives up
    # Index.__add__ refuses; Meters.__radd__ converts it through __index__
    assert value(Index(6) + m) == 10
    assert value(m + Index(6)) == 10


def test_in_place_operators():
    m = Meters(5)
    alias = m
    m += 2
    assert m is alias and m.value == 7
    m -= 10
    assert m is alias and m.value == -3
    m *= -2
    assert m is alias and m.value == 6
    # no __ilshift__: falls back to __lshift__, a new object
    m <<= 1
    assert m is not alias and m.value == 12 and alias.value == 6
    raises(TypeError, "unsupported operand type(s) for +=: 'pyclasses.Meters' and 'str'",
           operator.iadd, alias, "x")
    assert alias.value == 6
    # in-place with a Python class: its __radd__ answers
    x = Meters(1)
    x += WithRadd()
    assert x[0] == "WithRadd.__radd__"


def test_unary_operators_and_conversions():
    m = Meters(-5)
    assert value(-m) == 5 and value(+m) == -5 and +m is not m
    assert value(abs(m)) == 5 and value(~Meters(5)) == -6
    assert int(m) == -5 and type(int(m)) is int
    assert float(m) == -5.0 and type(float(m)) is float
    assert operator.index(Meters(2)) == 2
    assert [10, 20, 30, 40][Meters(2)] == 30
    assert list(range(10))[Meters(1):Meters(4)] == [1, 2, 3]
    assert bin(Meters(5)) == "0b101" and hex(Meters(255)) == "0xff"
    assert bool(Meters(0)) is False and bool(Meters(3)) is True
    assert repr(Meters(3)) == "Meters(3)"


def test_reference_counts_are_flat_over_many_operations():
    m = Meters(3)
    n = int("1234567")  # not a cached small int
    other = WithRadd()
    py = PyNumber(1)
    before = [sys.getrefcount(o) for o in (m, n, other, py)]
    for _ in range(1000):
        m + n
        n + m
        m - n
        divmod(m, 7)
        pow(m, 2, n)
        -m
        operator.index(m)
        m + other
        m + py
        py + m
        m += 0
        try:
            m + "x"
        except TypeError:
            pass
    after = [sys.getrefcount(o) for o in (m, n, other, py)]
    assert after == before
