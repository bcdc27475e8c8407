//! Byte slices <-> Python `bytes`, and `Cow<[T]>` into Python.
//!
//! The generic `&[T]` / `Vec<T>` conversions live in `vec.rs`; this file
//! has the borrowed `bytes` extraction and the `Cow` forms.

use std::borrow::Cow;

use crate::conversion::{FromPyObject, IntoPyObject, private};
use crate::err::{CastError, PyErr, PyResult};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyByteArray, PyByteArrayMethods, PyBytes};

/// The contents of a `bytes` object, borrowed (no copy). Other objects
/// (including `bytearray`, which can change) are refused with a cast error.
impl<'a, 'py> FromPyObject<'a, 'py> for &'a [u8] {
    type Error = CastError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    #[inline]
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        Ok(obj.cast::<PyBytes>()?.as_bytes())
    }
}

/// `bytes` are borrowed; any other sequence of integers in `0..=255`
/// (`bytearray`, `list`, ...) is copied. `str` is refused.
impl<'a, 'py> FromPyObject<'a, 'py> for Cow<'a, [u8]> {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <Vec<u8> as FromPyObject<'_, 'py>>::INPUT_TYPE;

    fn extract(ob: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if let Ok(bytes) = ob.cast::<PyBytes>() {
            Ok(Cow::Borrowed(bytes.as_bytes()))
        } else if let Ok(array) = ob.cast::<PyByteArray>() {
            Ok(Cow::Owned(array.to_owned().to_vec()))
        } else {
            Vec::<u8>::extract(ob).map(Cow::Owned)
        }
    }
}

/// Like `&[T]`: `bytes` for `u8`, a `list` otherwise.
impl<'py, T> IntoPyObject<'py> for Cow<'_, [T]>
where
    T: Clone,
    for<'a> &'a T: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&T as IntoPyObject<'py>>::SEQUENCE_OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        <&T>::borrowed_sequence_into_pyobject(self.iter(), py, private::Token)
    }
}
