//! Number protocols: binary operators with their reflected and in-place
//! forms, `divmod`, three-argument `pow`, and the unary operators and
//! conversions (`-x`, `abs`, `int`, `float`, `operator.index`, ...).

use pyo3::exceptions::{PyValueError, PyZeroDivisionError};
use pyo3::prelude::*;

/// A whole number of metres. Every binary operator takes a Python `int`
/// (or anything with `__index__`, such as another `Meters`); an operand
/// that does not convert makes the operator return `NotImplemented`, so
/// Python asks the other operand next.
#[pyclass(from_py_object, module = "pyclasses")]
#[derive(Clone)]
pub struct Meters {
    /// The length in metres.
    #[pyo3(get)]
    value: i64,
}

impl Meters {
    fn of(value: i64) -> Meters {
        Meters { value }
    }
}

/// Floor division and remainder with Python's signs (the result of `//`
/// rounds towards negative infinity; `%` takes the divisor's sign).
fn floor_divmod(a: i64, b: i64) -> PyResult<(i64, i64)> {
    if b == 0 {
        return Err(PyZeroDivisionError::new_err("division by zero"));
    }
    let (mut q, mut r) = (a / b, a % b);
    if r != 0 && ((r < 0) != (b < 0)) {
        q -= 1;
        r += b;
    }
    Ok((q, r))
}

/// `base ** exponent`, reduced modulo `modulo` when given (Python's sign
/// rule for the remainder).
fn power(base: i64, exponent: u32, modulo: Option<i64>) -> PyResult<i64> {
    let value = base
        .checked_pow(exponent)
        .ok_or_else(|| PyValueError::new_err("power too large"))?;
    match modulo {
        Some(m) => Ok(floor_divmod(value, m)?.1),
        None => Ok(value),
    }
}

#[pymethods]
impl Meters {
    /// `value` metres.
    #[new]
    fn new(value: i64) -> Self {
        Meters { value }
    }

    /// `Meters(<value>)`.
    fn __repr__(&self) -> String {
        format!("Meters({})", self.value)
    }

    /// False for zero metres.
    fn __bool__(&self) -> bool {
        self.value != 0
    }

    /// `self + other`.
    fn __add__(&self, other: i64) -> Meters {
        Meters::of(self.value + other)
    }

    /// `other + self` (after `other.__add__` gave `NotImplemented`).
    fn __radd__(&self, other: i64) -> Meters {
        Meters::of(other + self.value)
    }

    /// `self - other`.
    fn __sub__(&self, other: i64) -> Meters {
        Meters::of(self.value - other)
    }

    /// `other - self`: the operands keep their order.
    fn __rsub__(&self, other: i64) -> Meters {
        Meters::of(other - self.value)
    }

    /// `self * other`.
    fn __mul__(&self, other: i64) -> Meters {
        Meters::of(self.value * other)
    }

    /// `other * self`.
    fn __rmul__(&self, other: i64) -> Meters {
        Meters::of(other * self.value)
    }

    /// `self / other`, a float.
    fn __truediv__(&self, other: i64) -> PyResult<f64> {
        if other == 0 {
            return Err(PyZeroDivisionError::new_err("division by zero"));
        }
        Ok(self.value as f64 / other as f64)
    }

    /// `self // other`, rounded down.
    fn __floordiv__(&self, other: i64) -> PyResult<Meters> {
        Ok(Meters::of(floor_divmod(self.value, other)?.0))
    }

    /// `self % other`, with the divisor's sign.
    fn __mod__(&self, other: i64) -> PyResult<Meters> {
        Ok(Meters::of(floor_divmod(self.value, other)?.1))
    }

    /// `divmod(self, other)`: a tuple of two ints.
    fn __divmod__(&self, other: i64) -> PyResult<(i64, i64)> {
        floor_divmod(self.value, other)
    }

    /// `divmod(other, self)`.
    fn __rdivmod__(&self, other: i64) -> PyResult<(i64, i64)> {
        floor_divmod(other, self.value)
    }

    /// `self ** exponent` and `pow(self, exponent, modulo)`.
    fn __pow__(&self, exponent: u32, modulo: Option<i64>) -> PyResult<Meters> {
        Ok(Meters::of(power(self.value, exponent, modulo)?))
    }

    /// `base ** self` (two-argument `pow` only reaches the reflection).
    fn __rpow__(&self, base: i64, modulo: Option<i64>) -> PyResult<i64> {
        let exponent =
            u32::try_from(self.value).map_err(|_| PyValueError::new_err("negative exponent"))?;
        power(base, exponent, modulo)
    }

    /// `self << other`.
    fn __lshift__(&self, other: u32) -> Meters {
        Meters::of(self.value << other)
    }

    /// `self >> other`.
    fn __rshift__(&self, other: u32) -> Meters {
        Meters::of(self.value >> other)
    }

    /// `self & other`.
    fn __and__(&self, other: i64) -> Meters {
        Meters::of(self.value & other)
    }

    /// `self | other`.
    fn __or__(&self, other: i64) -> Meters {
        Meters::of(self.value | other)
    }

    /// `self ^ other`.
    fn __xor__(&self, other: i64) -> Meters {
        Meters::of(self.value ^ other)
    }

    /// `self += other`, changing this object in place.
    fn __iadd__(&mut self, other: i64) {
        self.value += other;
    }

    /// `self -= other`, in place.
    fn __isub__(&mut self, other: i64) {
        self.value -= other;
    }

    /// `self *= other`, in place.
    fn __imul__(&mut self, other: i64) {
        self.value *= other;
    }

    /// `-self`.
    fn __neg__(&self) -> Meters {
        Meters::of(-self.value)
    }

    /// `+self`: a copy.
    fn __pos__(&self) -> Meters {
        Meters::of(self.value)
    }

    /// `abs(self)`.
    fn __abs__(&self) -> Meters {
        Meters::of(self.value.abs())
    }

    /// `~self`.
    fn __invert__(&self) -> Meters {
        Meters::of(!self.value)
    }

    /// `int(self)`.
    fn __int__(&self) -> i64 {
        self.value
    }

    /// `float(self)`.
    fn __float__(&self) -> f64 {
        self.value as f64
    }

    /// `operator.index(self)`: usable as a list index or slice bound.
    fn __index__(&self) -> i64 {
        self.value
    }
}

/// Registers this file's classes.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Meters>()?;
    Ok(())
}
