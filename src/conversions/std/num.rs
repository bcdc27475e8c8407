//! Rust integers <-> Python `int`.
//!
//! Extraction accepts `int` and objects with `__index__`; floats are refused
//! (`TypeError: 'float' object cannot be interpreted as an integer`). Values
//! out of the Rust type's range raise `OverflowError`.

use std::convert::Infallible;
use std::os::raw::{c_long, c_ulonglong};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyOverflowError;
use crate::ffi;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::{PyAny, PyInt};

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

/// `obj.__index__()` (TypeError for objects without it, e.g. floats).
fn index_object<'py>(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: attached; returns a new `int` or null with TypeError.
    unsafe { Bound::from_owned_ptr_or_err(obj.py(), ffi::PyNumber_Index(obj.as_ptr())) }
}

/// The `-1`-means-maybe-error convention of the `PyLong_As*` functions.
#[inline]
fn check<T: PartialEq + From<i8>>(py: Python<'_>, value: T) -> PyResult<T> {
    if value == T::from(-1) {
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

macro_rules! into_int {
    ($($rust:ty => |$value:ident| $make:expr),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $rust {
            type Target = PyInt;
            type Output = Bound<'py, PyInt>;
            type Error = Infallible;

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
    i64 => |v| ffi::PyLong_FromLongLong(v),
    isize => |v| ffi::PyLong_FromSsize_t(v),
    u16 => |v| ffi::PyLong_FromLong(c_long::from(v)),
    u32 => |v| ffi::PyLong_FromUnsignedLongLong(c_ulonglong::from(v)),
    u64 => |v| ffi::PyLong_FromUnsignedLongLong(v),
    usize => |v| ffi::PyLong_FromSize_t(v),
}

/// Integers up to 64 bits: through `long long` / `unsigned long long` with
/// the C API's own overflow checks, then narrowed with a range check.
macro_rules! extract_int {
    ($($rust:ty => $via:ty, $ffi:ident);* $(;)?) => {$(
        impl FromPyObject<'_, '_> for $rust {
            type Error = PyErr;

            #[inline]
            fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
                let py = obj.py();
                // SAFETY: the pointer is a live `int`.
                let wide: $via = with_index(obj, |int| unsafe { ffi::$ffi(int) })?;
                let wide = check(py, wide)?;
                <$rust>::try_from(wide).map_err(|_| out_of_range())
            }
        }
    )*};
}

extract_int! {
    i8 => i64, PyLong_AsLongLong;
    i16 => i64, PyLong_AsLongLong;
    i32 => i64, PyLong_AsLongLong;
    i64 => i64, PyLong_AsLongLong;
    isize => i64, PyLong_AsLongLong;
    u8 => i64, PyLong_AsLongLong;
    u16 => i64, PyLong_AsLongLong;
    u32 => i64, PyLong_AsLongLong;
}

// `PyLong_AsUnsignedLongLong` returns `(unsigned long long)-1` on error and
// raises OverflowError for negative values.
macro_rules! extract_unsigned_64 {
    ($($rust:ty),*) => {$(
        impl FromPyObject<'_, '_> for $rust {
            type Error = PyErr;

            #[inline]
            fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
                let py = obj.py();
                // SAFETY: the pointer is a live `int`.
                let value = with_index(obj, |int| unsafe { ffi::PyLong_AsUnsignedLongLong(int) })?;
                if value == c_ulonglong::MAX {
                    if let Some(err) = PyErr::take(py) {
                        return Err(err);
                    }
                }
                <$rust>::try_from(value).map_err(|_| out_of_range())
            }
        }
    )*};
}

extract_unsigned_64!(u64, usize);

/// 128-bit integers: converted through their little-endian bytes.
mod wide {
    use super::*;

    impl<'py> IntoPyObject<'py> for i128 {
        type Target = PyInt;
        type Output = Bound<'py, PyInt>;
        type Error = Infallible;

        fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
            Ok(int_from_bytes(py, &self.to_le_bytes(), true))
        }
    }

    impl<'py> IntoPyObject<'py> for &i128 {
        type Target = PyInt;
        type Output = Bound<'py, PyInt>;
        type Error = Infallible;

        fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
            (*self).into_pyobject(py)
        }
    }

    impl<'py> IntoPyObject<'py> for u128 {
        type Target = PyInt;
        type Output = Bound<'py, PyInt>;
        type Error = Infallible;

        fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
            Ok(int_from_bytes(py, &self.to_le_bytes(), false))
        }
    }

    impl<'py> IntoPyObject<'py> for &u128 {
        type Target = PyInt;
        type Output = Bound<'py, PyInt>;
        type Error = Infallible;

        fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
            (*self).into_pyobject(py)
        }
    }

    impl FromPyObject<'_, '_> for i128 {
        type Error = PyErr;

        fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
            int_to_bytes(obj, true).map(i128::from_le_bytes)
        }
    }

    impl FromPyObject<'_, '_> for u128 {
        type Error = PyErr;

        fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
            int_to_bytes(obj, false).map(u128::from_le_bytes)
        }
    }

    /// `int.from_bytes(bytes, "little", signed=signed)`.
    fn int_from_bytes<'py>(py: Python<'py>, bytes: &[u8; 16], signed: bool) -> Bound<'py, PyInt> {
        #[cfg(not(Py_LIMITED_API))]
        // SAFETY: attached; reads 16 bytes; returns a new `int`.
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::_PyLong_FromByteArray(bytes.as_ptr(), bytes.len(), 1, signed as _),
            )
            .cast_into_unchecked()
        }
        #[cfg(Py_LIMITED_API)]
        {
            use crate::types::{PyAnyMethods, PyBytes};
            let from_bytes = py
                .get_type::<PyInt>()
                .getattr("from_bytes")
                .expect("int.from_bytes");
            let kwargs = crate::types::PyDict::new(py);
            crate::types::PyDictMethods::set_item(&kwargs, "signed", signed).expect("dict insert");
            from_bytes
                .call((PyBytes::new(py, bytes), "little"), Some(&kwargs))
                .expect("int.from_bytes succeeds on 16 bytes")
                .cast_into()
                .expect("int.from_bytes returns an int")
        }
    }

    /// The 16 little-endian bytes of an `int`; OverflowError when it does
    /// not fit.
    fn int_to_bytes(obj: Borrowed<'_, '_, PyAny>, signed: bool) -> PyResult<[u8; 16]> {
        let mut bytes = [0u8; 16];
        #[cfg(not(Py_LIMITED_API))]
        {
            // SAFETY: the pointer is a live `int`; the buffer holds 16
            // bytes; -1 means overflow (or a negative value for unsigned)
            // with OverflowError set.
            let result = with_index(obj, |int| unsafe {
                #[cfg(Py_3_13)]
                let result = ffi::_PyLong_AsByteArray(
                    int.cast(),
                    bytes.as_mut_ptr(),
                    bytes.len(),
                    1,
                    signed as _,
                    1,
                );
                #[cfg(not(Py_3_13))]
                let result = ffi::_PyLong_AsByteArray(
                    int.cast(),
                    bytes.as_mut_ptr(),
                    bytes.len(),
                    1,
                    signed as _,
                );
                result
            })?;
            if result == -1 {
                return Err(PyErr::fetch(obj.py()));
            }
        }
        #[cfg(Py_LIMITED_API)]
        {
            use crate::types::{PyAnyMethods, PyBytes, PyBytesMethods};
            let py = obj.py();
            let int = index_object(obj)?;
            let kwargs = crate::types::PyDict::new(py);
            crate::types::PyDictMethods::set_item(&kwargs, "signed", signed)?;
            let result = int
                .call_method("to_bytes", (16, "little"), Some(&kwargs))
                .map_err(|err| {
                    if err.is_instance_of::<PyOverflowError>(py) {
                        out_of_range()
                    } else {
                        err
                    }
                })?;
            bytes.copy_from_slice(result.cast::<PyBytes>()?.as_bytes());
        }
        Ok(bytes)
    }
}
