//! Byte slices <-> Python `bytes`, and `Cow<[T]>` into Python.
//!
//! The generic `&[T]` / `Vec<T>` conversions live in `vec.rs`; this file
//! has the borrowed `bytes` extraction and the `Cow` forms.

use std::borrow::Cow;

use crate::conversion::{private, FromPyObject, IntoPyObject};
use crate::err::{CastError, PyErr, PyResult};
use crate::exceptions::PyTypeError;
use crate::ffi;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods, PyByteArray, PyByteArrayMethods, PyBytes, PyString};

/// The contents of a `bytes` object, borrowed (no copy). Other objects
/// (including `bytearray`, which can change) are refused with a cast error.
impl<'a, 'py> FromPyObject<'a, 'py> for &'a [u8] {
    type Error = CastError<'a, 'py>;

    #[inline]
    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        Ok(obj.cast::<PyBytes>()?.as_bytes())
    }
}

/// `bytes` are borrowed; any other sequence of integers in `0..=255`
/// (`bytearray`, `list`, ...) is copied. `str` is refused.
impl<'a, 'py> FromPyObject<'a, 'py> for Cow<'a, [u8]> {
    type Error = PyErr;

    fn extract(ob: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if let Ok(bytes) = ob.cast::<PyBytes>() {
            Ok(Cow::Borrowed(bytes.as_bytes()))
        } else if let Ok(array) = ob.cast::<PyByteArray>() {
            Ok(Cow::Owned(array.to_owned().to_vec()))
        } else {
            extract_byte_sequence(ob).map(Cow::Owned)
        }
    }
}

/// Any other sequence of byte values, with the refusals of `Vec<u8>`'s
/// extraction: `str` (`TypeError: Can't extract `str` to `Vec``) and
/// non-sequences (a cast error to `Sequence`).
fn extract_byte_sequence(ob: Borrowed<'_, '_, PyAny>) -> PyResult<Vec<u8>> {
    let py = ob.py();
    if ob.cast::<PyString>().is_ok() {
        return Err(PyTypeError::new_err("Can't extract `str` to `Vec`"));
    }
    // SAFETY: attached; the object is alive; the check cannot fail.
    if unsafe { ffi::PySequence_Check(ob.as_ptr()) } == 0 {
        static SEQUENCE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
        let sequence = SEQUENCE.get_or_try_init(py, || {
            py.import("collections.abc")?
                .getattr("Sequence")
                .map(Bound::unbind)
        })?;
        return Err(CastError::new(ob, sequence.bind(py).clone()).into());
    }
    let ob = ob.to_owned();
    let mut bytes = Vec::with_capacity(ob.len().unwrap_or(0));
    for item in ob.try_iter()? {
        bytes.push(item?.extract::<u8>()?);
    }
    Ok(bytes)
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

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        <&T>::borrowed_sequence_into_pyobject(self.iter(), py, private::Token)
    }
}
