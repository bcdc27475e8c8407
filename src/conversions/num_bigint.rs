//! [`num_bigint::BigInt`] and [`num_bigint::BigUint`] (num-bigint 0.4) <->
//! Python `int`, of any size.
//!
//! Extraction accepts `int` (and subclasses) and objects with `__index__`;
//! anything else is a `TypeError` (`'float' object cannot be interpreted as
//! an integer`). A negative value refused by `BigUint` raises what PyO3 0.30
//! raises for the build's Python: `OverflowError: can't convert negative int
//! to unsigned` (before 3.13, and under the stable ABI before 3.15),
//! `ValueError: Cannot convert negative int` (3.13) or `ValueError: can't
//! convert negative int to unsigned` (3.14 and later).
//!
//! Values that fit 64 bits (and, to Python, 128 bits) take the C integer
//! conversions; larger ones travel as little-endian bytes, never as text:
//! `PyLong_FromNativeBytes`/`PyLong_AsNativeBytes` where the C API has them
//! (3.13+, stable ABI 3.14+), `_PyLong_FromByteArray`/`_PyLong_AsByteArray`
//! before 3.13, and `int.from_bytes`/`int.to_bytes` under the stable ABI
//! before 3.14.

use num_bigint::{BigInt, BigUint};
use num_traits::ToPrimitive;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyInt};

/// What extraction accepts: `int` and anything with `__index__`.
#[cfg(feature = "experimental-inspect")]
const INT_INPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("typing", "SupportsIndex");

/// Runs `convert` on the `int` of `obj`: `obj` itself when it is an `int`
/// (or subclass), otherwise `obj.__index__()`.
fn with_int<'py, T>(
    obj: Borrowed<'_, 'py, PyAny>,
    convert: impl FnOnce(Borrowed<'_, 'py, PyAny>) -> PyResult<T>,
) -> PyResult<T> {
    if obj.cast::<PyInt>().is_ok() {
        return convert(obj);
    }
    // SAFETY: attached; returns a new `int` or null with `TypeError` set.
    let index =
        unsafe { Bound::from_owned_ptr_or_err(obj.py(), ffi::PyNumber_Index(obj.as_ptr()))? };
    convert(index.as_borrowed())
}

/// Where an `int` stands relative to the `long long` range.
enum Fit {
    /// Its value.
    Small(i64),
    /// Beyond `i64::MAX`.
    Above,
    /// Below `i64::MIN`.
    Below,
}

/// Reads `int` as a `long long` if it fits.
fn fit_i64(int: Borrowed<'_, '_, PyAny>) -> Fit {
    let mut overflow = 0;
    // SAFETY: attached; the object is an `int`, so the only failure is the
    // overflow flag (no exception is set).
    let value = unsafe { ffi::PyLong_AsLongLongAndOverflow(int.as_ptr(), &mut overflow) };
    match overflow {
        0 => Fit::Small(value),
        1 => Fit::Above,
        _ => Fit::Below,
    }
}

/// The error PyO3 0.30 raises for a negative `int` extracted as a
/// `BigUint` (the wording of the C API it goes through).
fn negative_error() -> PyErr {
    #[cfg(any(all(Py_3_14, not(Py_LIMITED_API)), Py_3_15))]
    return crate::exceptions::PyValueError::new_err("can't convert negative int to unsigned");
    #[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
    return crate::exceptions::PyValueError::new_err("Cannot convert negative int");
    #[cfg(not(any(Py_3_15, all(Py_3_13, not(Py_LIMITED_API)))))]
    return crate::exceptions::PyOverflowError::new_err("can't convert negative int to unsigned");
}

/// The byte-level conversions through the public C API (3.13+, stable ABI
/// 3.14+).
#[cfg(all(Py_3_13, any(Py_3_14, not(Py_LIMITED_API))))]
mod le_bytes {
    use super::*;

    /// The `int` whose little-endian two's complement (`signed`) or
    /// magnitude is `bytes`.
    pub(super) fn to_int<'py>(
        py: Python<'py>,
        bytes: &[u8],
        signed: bool,
    ) -> PyResult<Bound<'py, PyInt>> {
        let flags = ffi::Py_ASNATIVEBYTES_LITTLE_ENDIAN;
        // SAFETY: attached; reads `bytes.len()` bytes; returns a new `int`
        // or null with an exception set.
        let int = unsafe {
            if signed {
                ffi::PyLong_FromNativeBytes(bytes.as_ptr().cast(), bytes.len(), flags)
            } else {
                ffi::PyLong_FromUnsignedNativeBytes(bytes.as_ptr().cast(), bytes.len(), flags)
            }
        };
        // SAFETY: `int` is a new reference or null with an exception set.
        let int = unsafe { Bound::from_owned_ptr_or_err(py, int)? };
        // SAFETY: both functions return an exact `int`.
        Ok(unsafe { int.cast_into_unchecked() })
    }

    /// Runs `read` on the little-endian bytes of the (non-negative when
    /// not `signed`) `int`: two's complement or magnitude.
    pub(super) fn from_int<T>(
        int: Borrowed<'_, '_, PyAny>,
        signed: bool,
        read: impl FnOnce(&[u8]) -> T,
    ) -> PyResult<T> {
        let mut flags = ffi::Py_ASNATIVEBYTES_LITTLE_ENDIAN;
        if !signed {
            flags |= ffi::Py_ASNATIVEBYTES_UNSIGNED_BUFFER | ffi::Py_ASNATIVEBYTES_REJECT_NEGATIVE;
        }
        // SAFETY: attached; the object is an `int`; an empty buffer asks for
        // the size needed (-1 with an exception set on failure).
        let needed =
            unsafe { ffi::PyLong_AsNativeBytes(int.as_ptr(), std::ptr::null_mut(), 0, flags) };
        if needed < 0 {
            return Err(PyErr::fetch(int.py()));
        }
        let mut bytes = vec![0u8; needed as usize];
        // SAFETY: as above; the buffer holds `needed` writable bytes.
        let written = unsafe {
            ffi::PyLong_AsNativeBytes(int.as_ptr(), bytes.as_mut_ptr().cast(), needed, flags)
        };
        if written < 0 {
            return Err(PyErr::fetch(int.py()));
        }
        debug_assert!(written <= needed, "the size asked for is enough");
        Ok(read(&bytes))
    }
}

/// The byte-level conversions through the private C API (before 3.13).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
mod le_bytes {
    use super::*;

    /// The `int` whose little-endian two's complement (`signed`) or
    /// magnitude is `bytes`.
    pub(super) fn to_int<'py>(
        py: Python<'py>,
        bytes: &[u8],
        signed: bool,
    ) -> PyResult<Bound<'py, PyInt>> {
        // SAFETY: attached; reads `bytes.len()` bytes; returns a new `int`
        // or null with an exception set.
        let int = unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::_PyLong_FromByteArray(bytes.as_ptr(), bytes.len(), 1, signed.into()),
            )?
        };
        // SAFETY: `_PyLong_FromByteArray` returns an exact `int`.
        Ok(unsafe { int.cast_into_unchecked() })
    }

    /// Runs `read` on the little-endian bytes of the (non-negative when
    /// not `signed`) `int`: two's complement or magnitude.
    pub(super) fn from_int<T>(
        int: Borrowed<'_, '_, PyAny>,
        signed: bool,
        read: impl FnOnce(&[u8]) -> T,
    ) -> PyResult<T> {
        // SAFETY: attached; the object is an `int`; `(size_t)-1` with
        // `OverflowError` set if the count does not fit.
        let bits = unsafe { ffi::_PyLong_NumBits(int.as_ptr()) };
        if bits == usize::MAX {
            return Err(PyErr::fetch(int.py()));
        }
        // Two's complement needs a sign bit on top of the magnitude's bits.
        let len = if signed {
            bits / 8 + 1
        } else {
            bits.div_ceil(8)
        };
        let mut bytes = vec![0u8; len];
        // SAFETY: attached; the object is an `int` (`PyLongObject`); the
        // buffer holds `len` writable bytes; -1 with an exception set on
        // failure.
        let result = unsafe {
            ffi::_PyLong_AsByteArray(
                int.as_ptr().cast(),
                bytes.as_mut_ptr(),
                len,
                1,
                signed.into(),
            )
        };
        if result == -1 {
            return Err(PyErr::fetch(int.py()));
        }
        Ok(read(&bytes))
    }
}

/// The byte-level conversions through `int.from_bytes` and `int.to_bytes`
/// (stable ABI before 3.14).
#[cfg(all(Py_LIMITED_API, not(Py_3_14)))]
mod le_bytes {
    use super::*;
    use crate::types::{PyAnyMethods, PyBytes, PyBytesMethods, PyDict, PyDictMethods};

    /// `{"signed": True}`, or no keywords.
    fn signed_kwargs(py: Python<'_>, signed: bool) -> PyResult<Option<Bound<'_, PyDict>>> {
        if !signed {
            return Ok(None);
        }
        let kwargs = PyDict::new(py);
        kwargs.set_item(crate::intern!(py, "signed"), true)?;
        Ok(Some(kwargs))
    }

    /// `int.from_bytes(bytes, "little", signed=signed)`.
    pub(super) fn to_int<'py>(
        py: Python<'py>,
        bytes: &[u8],
        signed: bool,
    ) -> PyResult<Bound<'py, PyInt>> {
        let kwargs = signed_kwargs(py, signed)?;
        let int = py.get_type::<PyInt>().call_method(
            crate::intern!(py, "from_bytes"),
            (PyBytes::new(py, bytes), crate::intern!(py, "little")),
            kwargs.as_ref(),
        )?;
        Ok(int.cast_into::<PyInt>()?)
    }

    /// Runs `read` on `int.to_bytes(n, "little", signed=signed)`, `n` the
    /// fewest bytes that hold the value.
    pub(super) fn from_int<T>(
        int: Borrowed<'_, '_, PyAny>,
        signed: bool,
        read: impl FnOnce(&[u8]) -> T,
    ) -> PyResult<T> {
        let py = int.py();
        let bits: usize = int
            .call_method0(crate::intern!(py, "bit_length"))?
            .extract()?;
        // Two's complement needs a sign bit on top of the magnitude's bits.
        let len = if signed {
            bits / 8 + 1
        } else {
            bits.div_ceil(8)
        };
        let kwargs = signed_kwargs(py, signed)?;
        let bytes = int.call_method(
            crate::intern!(py, "to_bytes"),
            (len, crate::intern!(py, "little")),
            kwargs.as_ref(),
        )?;
        let bytes = bytes.cast_into::<PyBytes>()?;
        Ok(read(bytes.as_bytes()))
    }
}

/// `BigInt`/`BigUint` to `int`, as owned values and references.
macro_rules! big_into_int {
    ($($big:ty => |$value:ident, $py:ident| $convert:expr),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for &$big {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = PyInt::TYPE_HINT;

            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                let ($value, $py) = (self, py);
                $convert
            }
        }

        impl<'py> IntoPyObject<'py> for $big {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <&$big>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (&self).into_pyobject(py)
            }
        }
    )*};
}

big_into_int! {
    BigInt => |value, py| {
        if let Some(small) = value.to_i64() {
            Ok(PyInt::new(py, small))
        } else if let Some(wide) = value.to_i128() {
            Ok(PyInt::new(py, wide))
        } else {
            le_bytes::to_int(py, &value.to_signed_bytes_le(), true)
        }
    },
    BigUint => |value, py| {
        if let Some(small) = value.to_u64() {
            Ok(PyInt::new(py, small))
        } else if let Some(wide) = value.to_u128() {
            Ok(PyInt::new(py, wide))
        } else {
            le_bytes::to_int(py, &value.to_bytes_le(), false)
        }
    },
}

impl FromPyObject<'_, '_> for BigInt {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = INT_INPUT_TYPE;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        with_int(obj, |int| match fit_i64(int) {
            Fit::Small(value) => Ok(BigInt::from(value)),
            Fit::Above | Fit::Below => le_bytes::from_int(int, true, BigInt::from_signed_bytes_le),
        })
    }
}

impl FromPyObject<'_, '_> for BigUint {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = INT_INPUT_TYPE;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        with_int(obj, |int| match fit_i64(int) {
            Fit::Small(value) => u64::try_from(value)
                .map(BigUint::from)
                .map_err(|_| negative_error()),
            Fit::Below => Err(negative_error()),
            Fit::Above => le_bytes::from_int(int, false, BigUint::from_bytes_le),
        })
    }
}
