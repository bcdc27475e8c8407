//! `PyString`: Python `str`.

use std::borrow::Cow;

#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
use crate::err::PyErr;
use crate::err::PyResult;
use crate::ffi;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::{PyAny, PyBytes};

/// A Python `str`.
#[repr(transparent)]
pub struct PyString(PyAny);

crate::pyobject_native_type!(
    PyString,
    |_py| std::ptr::addr_of_mut!(ffi::PyUnicode_Type),
    ffi::PyUnicode_Check
);

impl PyString {
    /// A new `str` holding `s`.
    pub fn new<'py>(py: Python<'py>, s: &str) -> Bound<'py, PyString> {
        // SAFETY: attached; the pointer and length describe valid UTF-8; the
        // result is a new `str` (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::PyUnicode_FromStringAndSize(s.as_ptr().cast(), s.len() as ffi::Py_ssize_t),
            )
            .cast_into_unchecked()
        }
    }

    /// The interned `str` equal to `s` (one shared object per value: cheap
    /// to compare and hash, used for attribute names).
    pub fn intern<'py>(py: Python<'py>, s: &str) -> Bound<'py, PyString> {
        let mut object =
            // SAFETY: as in `new`.
            unsafe { ffi::PyUnicode_FromStringAndSize(s.as_ptr().cast(), s.len() as ffi::Py_ssize_t) };
        if !object.is_null() {
            // SAFETY: attached; interning replaces the reference in place.
            unsafe { ffi::PyUnicode_InternInPlace(&mut object) };
        }
        // SAFETY: a new reference to a `str` (null panics).
        unsafe { Bound::from_owned_ptr(py, object).cast_into_unchecked() }
    }

    /// Decodes `s` as UTF-8 into a `str`.
    pub fn from_bytes<'py>(py: Python<'py>, s: &[u8]) -> PyResult<Bound<'py, PyString>> {
        // SAFETY: attached; the result is a new `str` or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyUnicode_DecodeUTF8(
                    s.as_ptr().cast(),
                    s.len() as ffi::Py_ssize_t,
                    c"strict".as_ptr(),
                ),
            )
            .map(|s| s.cast_into_unchecked())
        }
    }
}

/// The methods of `str` objects.
pub trait PyStringMethods<'py>: crate::sealed::Sealed {
    /// The number of code points (`len(s)`).
    fn code_point_len(&self) -> PyResult<usize>;

    /// The string as UTF-8, borrowed from the object (no copy). Fails with
    /// `UnicodeEncodeError` for strings holding lone surrogates.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    fn to_str(&self) -> PyResult<&str>;

    /// The string as UTF-8: borrowed where the API allows, else copied.
    fn to_cow(&self) -> PyResult<Cow<'_, str>>;

    /// The string as UTF-8, lone surrogates replaced by U+FFFD.
    fn to_string_lossy(&self) -> Cow<'_, str>;

    /// The UTF-8 encoding as `bytes`.
    fn encode_utf8(&self) -> PyResult<Bound<'py, PyBytes>>;
}

impl<'py> PyStringMethods<'py> for Bound<'py, PyString> {
    fn code_point_len(&self) -> PyResult<usize> {
        // SAFETY: attached; the object is a `str`.
        let len = unsafe { ffi::PyUnicode_GetLength(self.as_ptr()) };
        crate::err::error_on_minusone(self.py(), len)?;
        Ok(len as usize)
    }

    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    fn to_str(&self) -> PyResult<&str> {
        self.as_borrowed().to_str()
    }

    fn to_cow(&self) -> PyResult<Cow<'_, str>> {
        self.as_borrowed().to_cow()
    }

    fn to_string_lossy(&self) -> Cow<'_, str> {
        self.as_borrowed().to_string_lossy()
    }

    fn encode_utf8(&self) -> PyResult<Bound<'py, PyBytes>> {
        // SAFETY: attached; returns a new `bytes` or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PyUnicode_AsUTF8String(self.as_ptr()))
                .map(|bytes| bytes.cast_into_unchecked())
        }
    }
}

impl<'a> Borrowed<'a, '_, PyString> {
    /// The string as UTF-8, borrowed from the object for `'a`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub(crate) fn to_str(self) -> PyResult<&'a str> {
        let mut size: ffi::Py_ssize_t = 0;
        // SAFETY: attached; the buffer belongs to the `str` object (which
        // caches it) and lives as long as the object, i.e. at least `'a`.
        unsafe {
            let data = ffi::PyUnicode_AsUTF8AndSize(self.as_ptr(), &mut size);
            if data.is_null() {
                return Err(PyErr::fetch(self.py()));
            }
            let bytes = std::slice::from_raw_parts(data.cast::<u8>(), size as usize);
            Ok(std::str::from_utf8_unchecked(bytes))
        }
    }

    pub(crate) fn to_cow(self) -> PyResult<Cow<'a, str>> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            self.to_str().map(Cow::Borrowed)
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        {
            use crate::types::PyBytesMethods;
            let bytes = self.encode_utf8()?;
            // SAFETY: `PyUnicode_AsUTF8String` produced valid UTF-8.
            Ok(Cow::Owned(
                unsafe { std::str::from_utf8_unchecked(bytes.as_bytes()) }.to_owned(),
            ))
        }
    }

    pub(crate) fn to_string_lossy(self) -> Cow<'a, str> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        if let Ok(text) = self.to_str() {
            return Cow::Borrowed(text);
        }
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        // The failed attempt left a UnicodeEncodeError set; drop it.
        let _ = PyErr::take(self.py());
        // SAFETY: attached; `surrogatepass` turns lone surrogates into their
        // (invalid UTF-8) 3-byte forms, which the lossy decode replaces.
        let bytes = unsafe {
            Bound::from_owned_ptr(
                self.py(),
                ffi::PyUnicode_AsEncodedString(
                    self.as_ptr(),
                    c"utf-8".as_ptr(),
                    c"surrogatepass".as_ptr(),
                ),
            )
            .cast_into_unchecked::<PyBytes>()
        };
        use crate::types::PyBytesMethods;
        Cow::Owned(String::from_utf8_lossy(bytes.as_bytes()).into_owned())
    }
}

impl PartialEq<str> for Bound<'_, PyString> {
    fn eq(&self, other: &str) -> bool {
        self.as_borrowed().to_cow().is_ok_and(|text| text == other)
    }
}

impl PartialEq<&str> for Bound<'_, PyString> {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl PartialEq<Bound<'_, PyString>> for str {
    fn eq(&self, other: &Bound<'_, PyString>) -> bool {
        other == self
    }
}

impl PartialEq<Bound<'_, PyString>> for &str {
    fn eq(&self, other: &Bound<'_, PyString>) -> bool {
        other == *self
    }
}
