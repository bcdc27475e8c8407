//! `bytes::Bytes` and `bytes::BytesMut` (crate `bytes` 1.10 and later 1.x)
//! <-> Python `bytes`.
//!
//! Into Python, both become a new `bytes` holding a copy of the data.
//!
//! From Python, a `bytes` or a `bytearray` is accepted (anything else is
//! refused with `TypeError: 'X' object is not an instance of 'bytes |
//! bytearray'`). A `Bytes` made from a `bytes` object shares its buffer:
//! it keeps the object alive (through [`PyBackedBytes`]) instead of copying
//! it; a `bytearray`, which may change, is copied. `BytesMut` owns mutable
//! memory, so it is always a copy.
//!
//! (`BytesMut` is an addition of this crate; PyO3 0.30 converts `Bytes`
//! only.)

use bytes::{Bytes, BytesMut};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{CastError, PyErr};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::pybacked::PyBackedBytes;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyByteArray, PyByteArrayMethods, PyBytes};

impl<'a, 'py> FromPyObject<'a, 'py> for Bytes {
    type Error = CastError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <PyBackedBytes as FromPyObject<'a, 'py>>::INPUT_TYPE;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        // `PyBackedBytes` holds the `bytes` object (or the copy of a
        // `bytearray`) and derefs to its data, which stays put and unchanged
        // for as long as it lives: exactly what `Bytes` needs of an owner.
        let backed = obj.extract::<PyBackedBytes>()?;
        Ok(Bytes::from_owner(backed))
    }
}

impl<'py> IntoPyObject<'py> for Bytes {
    type Target = PyBytes;
    type Output = Bound<'py, PyBytes>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyBytes::new(py, &self))
    }
}

impl<'py> IntoPyObject<'py> for &Bytes {
    type Target = PyBytes;
    type Output = Bound<'py, PyBytes>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyBytes::new(py, self))
    }
}

impl<'a, 'py> FromPyObject<'a, 'py> for BytesMut {
    type Error = CastError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <PyBackedBytes as FromPyObject<'a, 'py>>::INPUT_TYPE;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        // One copy either way: a `bytearray`'s contents into a vector whose
        // buffer the result takes over (a `Bytes` made from a `Vec` is the
        // sole owner of its buffer, which `bytes` turns into a `BytesMut`
        // without copying), a `bytes` object's from the data it lends.
        if let Ok(bytearray) = obj.cast::<PyByteArray>() {
            return Ok(BytesMut::from(Bytes::from(bytearray.to_vec())));
        }
        let backed = obj.extract::<PyBackedBytes>()?;
        Ok(BytesMut::from(&*backed))
    }
}

impl<'py> IntoPyObject<'py> for BytesMut {
    type Target = PyBytes;
    type Output = Bound<'py, PyBytes>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyBytes::new(py, &self))
    }
}

impl<'py> IntoPyObject<'py> for &BytesMut {
    type Target = PyBytes;
    type Output = Bound<'py, PyBytes>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyBytes::new(py, self))
    }
}
