//! Rust integers (and their `NonZero` forms) <-> Python `int`.
//!
//! Extraction accepts `int` and objects with `__index__`; floats and
//! strings are refused (`TypeError: 'float' object cannot be interpreted as
//! an integer`). Values out of the Rust type's range raise `OverflowError`,
//! with CPython's message when the C conversion overflows and `out of range
//! integral type conversion attempted` when narrowing a C value. A zero
//! refused by a `NonZero` type raises `ValueError: invalid zero value`.
//!
//! Sequences of `u8` converted as a whole (`Vec<u8>`, `&[u8]`, ...) become
//! `bytes`.

use std::convert::Infallible;
use std::num::{
    NonZeroI8, NonZeroI16, NonZeroI32, NonZeroI64, NonZeroI128, NonZeroIsize, NonZeroU8,
    NonZeroU16, NonZeroU32, NonZeroU64, NonZeroU128, NonZeroUsize,
};
use std::os::raw::{c_long, c_ulonglong};

use crate::conversion::private::{Reference, Token};
use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::{PyOverflowError, PyValueError};
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyBytes, PyInt};

/// What integer extraction accepts: `int` and anything with `__index__`.
#[cfg(feature = "experimental-inspect")]
pub(crate) const INT_INPUT_TYPE: PyStaticExpr =
    crate::type_hint_identifier!("typing", "SupportsIndex");

/// `obj.__index__()` (`TypeError` for objects without it, e.g. floats).
fn index_object<'py>(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: attached; returns a new `int` or null with TypeError.
    unsafe { Bound::from_owned_ptr_or_err(obj.py(), ffi::PyNumber_Index(obj.as_ptr())) }
}

/// Runs `convert` on `obj` as an `int`: on `obj` itself if it is one,
/// otherwise on `obj.__index__()`.
#[inline]
fn with_index<T>(
    obj: Borrowed<'_, '_, PyAny>,
    convert: impl FnOnce(*mut ffi::PyObject) -> T,
) -> PyResult<T> {
    // SAFETY: attached; the object is alive.
    if unsafe { ffi::PyLong_Check(obj.as_ptr()) } != 0 {
        return Ok(convert(obj.as_ptr()));
    }
    let index = index_object(obj)?;
    Ok(convert(index.as_ptr()))
}

/// The `invalid`-means-maybe-error convention of the `PyLong_As*`
/// functions.
#[inline]
fn check<T: PartialEq>(py: Python<'_>, invalid: T, value: T) -> PyResult<T> {
    if value == invalid {
        if let Some(err) = PyErr::take(py) {
            return Err(err);
        }
    }
    Ok(value)
}

/// The message of `TryFromIntError`, which PyO3 also uses.
fn out_of_range() -> PyErr {
    PyOverflowError::new_err("out of range integral type conversion attempted")
}

/// `PyLong_AsLong`, which calls `__index__` itself from Python 3.10 on
/// (before, `__index__` is called first, as `PyLong_AsLong` then fell back
/// to `__int__` and so accepted floats).
///
/// From 3.10 `PyLong_AsLongAndOverflow` is called directly (what
/// `PyLong_AsLong` does inside), raising `PyLong_AsLong`'s own
/// `OverflowError` on overflow: one C call per integer instead of two.
#[inline]
fn extract_c_long(obj: Borrowed<'_, '_, PyAny>) -> PyResult<c_long> {
    #[cfg(Py_3_10)]
    let value = {
        let mut overflow: std::os::raw::c_int = 0;
        // SAFETY: attached; the object is alive; -1 with an exception set
        // signals failure, `overflow` reports out-of-range values.
        let value = unsafe { ffi::PyLong_AsLongAndOverflow(obj.as_ptr(), &mut overflow) };
        if overflow != 0 {
            return Err(PyOverflowError::new_err(
                "Python int too large to convert to C long",
            ));
        }
        value
    };
    #[cfg(not(Py_3_10))]
    // SAFETY: the pointer is a live `int`.
    let value = with_index(obj, |int| unsafe { ffi::PyLong_AsLong(int) })?;
    check(obj.py(), -1, value)
}

/// `PyLong_AsUnsignedLongLong` on `obj.__index__()` (the C function does
/// not call `__index__`).
#[inline]
fn extract_u64(obj: Borrowed<'_, '_, PyAny>) -> PyResult<u64> {
    // SAFETY: the pointer is a live `int`; `(unsigned long long)-1` with an
    // exception set signals failure.
    let value = with_index(obj, |int| unsafe { ffi::PyLong_AsUnsignedLongLong(int) })?;
    check(obj.py(), c_ulonglong::MAX, value)
}

/// `PyLong_AsLongLong` (where `long` is narrower than 64 bits).
#[cfg(any(target_pointer_width = "32", target_os = "windows"))]
#[inline]
fn extract_i64(obj: Borrowed<'_, '_, PyAny>) -> PyResult<i64> {
    #[cfg(Py_3_10)]
    // SAFETY: attached; the object is alive; -1 with an exception set
    // signals failure.
    let value = unsafe { ffi::PyLong_AsLongLong(obj.as_ptr()) };
    #[cfg(not(Py_3_10))]
    // SAFETY: the pointer is a live `int`.
    let value = with_index(obj, |int| unsafe { ffi::PyLong_AsLongLong(int) })?;
    check(obj.py(), -1, value)
}

/// `PyLong_AsLong` where `long` is 64 bits wide.
#[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
#[inline]
fn extract_i64(obj: Borrowed<'_, '_, PyAny>) -> PyResult<i64> {
    extract_c_long(obj)
}

macro_rules! into_int {
    ($($rust:ty => |$value:ident| $make:expr),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $rust {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = PyInt::TYPE_HINT;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                let $value = self;
                // SAFETY: attached; returns a new `int` (null only on memory
                // exhaustion, which panics).
                Ok(unsafe { Bound::from_owned_ptr(py, $make).cast_into_unchecked() })
            }
        }

        impl<'py> IntoPyObject<'py> for &$rust {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$rust>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (*self).into_pyobject(py)
            }
        }
    )*};
}

into_int! {
    i8 => |v| ffi::PyLong_FromLong(c_long::from(v)),
    i16 => |v| ffi::PyLong_FromLong(c_long::from(v)),
    i32 => |v| ffi::PyLong_FromLong(c_long::from(v)),
    isize => |v| ffi::PyLong_FromSsize_t(v),
    u16 => |v| ffi::PyLong_FromLong(c_long::from(v)),
    u32 => |v| ffi::PyLong_FromUnsignedLongLong(c_ulonglong::from(v)),
    u64 => |v| ffi::PyLong_FromUnsignedLongLong(v),
    usize => |v| ffi::PyLong_FromSize_t(v),
}

// `i64` goes through `long` where that is 64 bits wide: CPython's
// `PyLong_FromLong` has a fast path for one-digit values that
// `PyLong_FromLongLong` lacks before 3.12.
#[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
into_int! {
    i64 => |v| ffi::PyLong_FromLong(v),
}
#[cfg(not(all(target_pointer_width = "64", not(target_os = "windows"))))]
into_int! {
    i64 => |v| ffi::PyLong_FromLongLong(v),
}

/// `u8` is an `int`, but sequences of it become `bytes`.
impl<'py> IntoPyObject<'py> for u8 {
    type Target = PyInt;
    type Output = Bound<'py, PyInt>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyInt::TYPE_HINT;

    /// Sequences of bytes become `bytes`.
    #[cfg(feature = "experimental-inspect")]
    #[doc(hidden)]
    const SEQUENCE_OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        // SAFETY: attached; returns a new `int` (null only on memory
        // exhaustion, which panics).
        Ok(unsafe {
            Bound::from_owned_ptr(py, ffi::PyLong_FromLong(c_long::from(self)))
                .cast_into_unchecked()
        })
    }

    fn owned_sequence_into_pyobject<I>(
        iter: I,
        py: Python<'py>,
        _: Token,
    ) -> Result<Bound<'py, PyAny>, PyErr>
    where
        I: IntoIterator<Item = Self> + AsRef<[Self]>,
        I::IntoIter: ExactSizeIterator<Item = Self>,
    {
        Ok(PyBytes::new(py, iter.as_ref()).into_any())
    }
}

impl<'py> IntoPyObject<'py> for &'_ u8 {
    type Target = PyInt;
    type Output = Bound<'py, PyInt>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = u8::OUTPUT_TYPE;

    /// Sequences of bytes become `bytes`.
    #[cfg(feature = "experimental-inspect")]
    #[doc(hidden)]
    const SEQUENCE_OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }

    fn borrowed_sequence_into_pyobject<I>(
        iter: I,
        py: Python<'py>,
        _: Token,
    ) -> Result<Bound<'py, PyAny>, PyErr>
    where
        I: IntoIterator<Item = Self> + AsRef<[<Self as Reference>::BaseType]>,
        I::IntoIter: ExactSizeIterator<Item = Self>,
    {
        Ok(PyBytes::new(py, iter.as_ref()).into_any())
    }
}

/// Integers extracted through a wider C value, then narrowed with a range
/// check.
macro_rules! extract_narrowed {
    ($($rust:ty => $extract:ident),* $(,)?) => {$(
        impl FromPyObject<'_, '_> for $rust {
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const INPUT_TYPE: PyStaticExpr = INT_INPUT_TYPE;

            #[inline]
            fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
                <$rust>::try_from($extract(obj)?).map_err(|_| out_of_range())
            }
        }
    )*};
}

extract_narrowed! {
    i8 => extract_c_long,
    u8 => extract_c_long,
    i16 => extract_c_long,
    u16 => extract_c_long,
    i32 => extract_c_long,
    usize => extract_u64,
}

#[cfg(all(target_pointer_width = "64", not(target_os = "windows")))]
extract_narrowed! {
    u32 => extract_c_long,
    isize => extract_c_long,
}

#[cfg(any(target_pointer_width = "32", target_os = "windows"))]
extract_narrowed! {
    u32 => extract_u64,
    isize => extract_i64,
}

impl FromPyObject<'_, '_> for i64 {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = INT_INPUT_TYPE;

    #[inline]
    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        extract_i64(obj)
    }
}

impl FromPyObject<'_, '_> for u64 {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = INT_INPUT_TYPE;

    #[inline]
    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        extract_u64(obj)
    }
}

/// 128-bit integers: values that fit 64 bits take the `long long` fast
/// path; the others go through the `wide` conversions.
macro_rules! into_wide {
    ($($rust:ty => $fast:ty, $make:ident),*) => {$(
        impl<'py> IntoPyObject<'py> for $rust {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = PyInt::TYPE_HINT;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                match <$fast>::try_from(self) {
                    Ok(value) => value.into_pyobject(py),
                    Err(_) => Ok(wide::$make(py, self)),
                }
            }
        }

        impl<'py> IntoPyObject<'py> for &$rust {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$rust>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (*self).into_pyobject(py)
            }
        }
    )*};
}

into_wide!(i128 => i64, i128_into_int, u128 => u64, u128_into_int);

/// Runs `convert` on the `int` of `obj`: `obj` itself, or
/// `obj.__index__()`.
#[inline]
fn with_index_borrowed<T>(
    obj: Borrowed<'_, '_, PyAny>,
    convert: impl FnOnce(Borrowed<'_, '_, PyAny>) -> PyResult<T>,
) -> PyResult<T> {
    // SAFETY: attached; the object is alive.
    if unsafe { ffi::PyLong_Check(obj.as_ptr()) } != 0 {
        return convert(obj);
    }
    let index = index_object(obj)?;
    convert(index.as_borrowed())
}

/// The value of an `int` if it fits a `long long` (no error set
/// otherwise).
#[inline]
fn fits_i64(int: Borrowed<'_, '_, PyAny>) -> Option<i64> {
    let mut overflow = 0;
    // SAFETY: attached; the object is an `int`, so the only failure is the
    // overflow flag (no exception).
    let value = unsafe { ffi::PyLong_AsLongLongAndOverflow(int.as_ptr(), &mut overflow) };
    (overflow == 0).then_some(value)
}

impl FromPyObject<'_, '_> for i128 {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = INT_INPUT_TYPE;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        with_index_borrowed(obj, |int| match fits_i64(int) {
            Some(value) => Ok(i128::from(value)),
            None => wide::int_into_i128(int),
        })
    }
}

impl FromPyObject<'_, '_> for u128 {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = INT_INPUT_TYPE;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        with_index_borrowed(obj, |int| match fits_i64(int) {
            Some(value) if value >= 0 => Ok(value as u128),
            // Negative values too, for the error.
            _ => wide::int_into_u128(int),
        })
    }
}

/// 128-bit integers through the C API's byte-array conversions.
#[cfg(not(all(Py_LIMITED_API, not(Py_3_15))))]
mod wide {
    use super::*;

    /// The `int` of 16 native-endian bytes (3.13+ public API).
    #[cfg(any(Py_3_13, Py_LIMITED_API))]
    fn from_bytes(py: Python<'_>, bytes: [u8; 16], signed: bool) -> Bound<'_, PyInt> {
        // SAFETY: attached; reads 16 bytes; returns a new `int` (null only
        // on memory exhaustion, which panics).
        unsafe {
            let int = if signed {
                ffi::PyLong_FromNativeBytes(
                    bytes.as_ptr().cast(),
                    bytes.len(),
                    ffi::Py_ASNATIVEBYTES_NATIVE_ENDIAN,
                )
            } else {
                ffi::PyLong_FromUnsignedNativeBytes(
                    bytes.as_ptr().cast(),
                    bytes.len(),
                    ffi::Py_ASNATIVEBYTES_NATIVE_ENDIAN,
                )
            };
            Bound::from_owned_ptr(py, int).cast_into_unchecked()
        }
    }

    /// The `int` of 16 native-endian bytes (private API before 3.13).
    #[cfg(not(any(Py_3_13, Py_LIMITED_API)))]
    fn from_bytes(py: Python<'_>, bytes: [u8; 16], signed: bool) -> Bound<'_, PyInt> {
        // SAFETY: attached; reads 16 bytes; returns a new `int` (null only
        // on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::_PyLong_FromByteArray(
                    bytes.as_ptr(),
                    bytes.len(),
                    cfg!(target_endian = "little") as _,
                    signed as _,
                ),
            )
            .cast_into_unchecked()
        }
    }

    pub(super) fn i128_into_int(py: Python<'_>, value: i128) -> Bound<'_, PyInt> {
        from_bytes(py, value.to_ne_bytes(), true)
    }

    pub(super) fn u128_into_int(py: Python<'_>, value: u128) -> Bound<'_, PyInt> {
        from_bytes(py, value.to_ne_bytes(), false)
    }

    /// The 16 native-endian bytes of `obj.__index__()` (3.13+ public API):
    /// `OverflowError: Python int larger than 128 bits` when it does not
    /// fit; a negative value for an unsigned type is a `ValueError`.
    #[cfg(any(Py_3_13, Py_LIMITED_API))]
    fn to_bytes(obj: Borrowed<'_, '_, PyAny>, signed: bool) -> PyResult<[u8; 16]> {
        let py = obj.py();
        let mut bytes = [0u8; 16];
        let mut flags = ffi::Py_ASNATIVEBYTES_NATIVE_ENDIAN;
        if !signed {
            flags |= ffi::Py_ASNATIVEBYTES_UNSIGNED_BUFFER | ffi::Py_ASNATIVEBYTES_REJECT_NEGATIVE;
        }
        // SAFETY: the pointer is a live `int`; the buffer holds 16 bytes;
        // the result is the size needed, or -1 with an exception set.
        let needed = with_index(obj, |int| unsafe {
            ffi::PyLong_AsNativeBytes(
                int,
                bytes.as_mut_ptr().cast(),
                bytes.len() as ffi::Py_ssize_t,
                flags,
            )
        })?;
        if needed < 0 {
            let err = PyErr::fetch(py);
            // From 3.14 on, PyO3 reads the digits itself and words this
            // refusal as `_PyLong_AsByteArray` does.
            #[cfg(Py_3_14)]
            if !signed && err.is_instance_of::<PyValueError>(py) {
                return Err(PyValueError::new_err(
                    "can't convert negative int to unsigned",
                ));
            }
            return Err(err);
        }
        if needed as usize > bytes.len() {
            return Err(PyOverflowError::new_err("Python int larger than 128 bits"));
        }
        Ok(bytes)
    }

    /// The 16 native-endian bytes of `obj.__index__()` (private API before
    /// 3.13, whose errors are `OverflowError: int too big to convert` and
    /// `OverflowError: can't convert negative int to unsigned`).
    #[cfg(not(any(Py_3_13, Py_LIMITED_API)))]
    fn to_bytes(obj: Borrowed<'_, '_, PyAny>, signed: bool) -> PyResult<[u8; 16]> {
        let mut bytes = [0u8; 16];
        // SAFETY: the pointer is a live `int`; the buffer holds 16 bytes;
        // -1 means failure with an exception set.
        let result = with_index(obj, |int| unsafe {
            ffi::_PyLong_AsByteArray(
                int.cast(),
                bytes.as_mut_ptr(),
                bytes.len(),
                cfg!(target_endian = "little") as _,
                signed as _,
            )
        })?;
        if result == -1 {
            return Err(PyErr::fetch(obj.py()));
        }
        Ok(bytes)
    }

    pub(super) fn int_into_i128(obj: Borrowed<'_, '_, PyAny>) -> PyResult<i128> {
        to_bytes(obj, true).map(i128::from_ne_bytes)
    }

    pub(super) fn int_into_u128(obj: Borrowed<'_, '_, PyAny>) -> PyResult<u128> {
        to_bytes(obj, false).map(u128::from_ne_bytes)
    }
}

/// 128-bit integers under the stable ABI before 3.15: two 64-bit halves
/// combined with Python's shift operators. Out-of-range values fail as the
/// upper half's `i64`/`u64` extraction does.
#[cfg(all(Py_LIMITED_API, not(Py_3_15)))]
mod wide {
    use super::*;

    /// `(upper << 64) | lower`.
    fn from_halves<'py>(
        py: Python<'py>,
        upper: Bound<'py, PyInt>,
        lower: u64,
    ) -> Bound<'py, PyInt> {
        let lower = lower
            .into_pyobject(py)
            .unwrap_or_else(|never| match never {});
        let shift = 64u8
            .into_pyobject(py)
            .unwrap_or_else(|never| match never {});
        // SAFETY: attached; both operations act on `int`s and return new
        // `int`s (they cannot fail but for memory exhaustion, which panics).
        unsafe {
            let shifted =
                Bound::from_owned_ptr(py, ffi::PyNumber_Lshift(upper.as_ptr(), shift.as_ptr()));
            Bound::from_owned_ptr(py, ffi::PyNumber_Or(shifted.as_ptr(), lower.as_ptr()))
                .cast_into_unchecked()
        }
    }

    pub(super) fn i128_into_int(py: Python<'_>, value: i128) -> Bound<'_, PyInt> {
        let upper = ((value >> 64) as i64)
            .into_pyobject(py)
            .unwrap_or_else(|never| match never {});
        from_halves(py, upper, value as u64)
    }

    pub(super) fn u128_into_int(py: Python<'_>, value: u128) -> Bound<'_, PyInt> {
        let upper = ((value >> 64) as u64)
            .into_pyobject(py)
            .unwrap_or_else(|never| match never {});
        from_halves(py, upper, value as u64)
    }

    /// `index & (2**64 - 1)` and `index >> 64` for `obj.__index__()`.
    fn halves<'py>(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<(u64, Bound<'py, PyAny>)> {
        let py = obj.py();
        let index = index_object(obj)?;
        // SAFETY: the object is an `int`, so the mask cannot fail.
        let lower = unsafe { ffi::PyLong_AsUnsignedLongLongMask(index.as_ptr()) };
        let lower = check(py, c_ulonglong::MAX, lower)?;
        let shift = 64u8
            .into_pyobject(py)
            .unwrap_or_else(|never| match never {});
        // SAFETY: attached; returns a new `int` or null with an exception.
        let upper = unsafe {
            Bound::from_owned_ptr_or_err(py, ffi::PyNumber_Rshift(index.as_ptr(), shift.as_ptr()))?
        };
        Ok((lower, upper))
    }

    pub(super) fn int_into_i128(obj: Borrowed<'_, '_, PyAny>) -> PyResult<i128> {
        let (lower, upper) = halves(obj)?;
        let upper = extract_i64(upper.as_borrowed())?;
        Ok((i128::from(upper) << 64) | i128::from(lower))
    }

    pub(super) fn int_into_u128(obj: Borrowed<'_, '_, PyAny>) -> PyResult<u128> {
        let (lower, upper) = halves(obj)?;
        let upper = extract_u64(upper.as_borrowed())?;
        Ok((u128::from(upper) << 64) | u128::from(lower))
    }
}

/// `NonZero*` integers: converted as their primitive; zero is refused with
/// `ValueError: invalid zero value`.
macro_rules! nonzero_int {
    ($($nonzero:ty => $primitive:ty),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $nonzero {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = PyInt::TYPE_HINT;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                self.get().into_pyobject(py)
            }
        }

        impl<'py> IntoPyObject<'py> for &$nonzero {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$nonzero>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                self.get().into_pyobject(py)
            }
        }

        impl FromPyObject<'_, '_> for $nonzero {
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const INPUT_TYPE: PyStaticExpr = <$primitive>::INPUT_TYPE;

            #[inline]
            fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
                let value = <$primitive>::extract(obj)?;
                <$nonzero>::new(value).ok_or_else(|| PyValueError::new_err("invalid zero value"))
            }
        }
    )*};
}

nonzero_int! {
    NonZeroI8 => i8,
    NonZeroI16 => i16,
    NonZeroI32 => i32,
    NonZeroI64 => i64,
    NonZeroI128 => i128,
    NonZeroIsize => isize,
    NonZeroU8 => u8,
    NonZeroU16 => u16,
    NonZeroU32 => u32,
    NonZeroU64 => u64,
    NonZeroU128 => u128,
    NonZeroUsize => usize,
}
