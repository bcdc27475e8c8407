//! `OsStr` / `OsString` <-> Python `str`.
//!
//! On Unix an OS string is bytes: it goes through Python's filesystem
//! encoding with the `surrogateescape` handler (as `os.fsdecode` /
//! `os.fsencode` do), so any bytes survive a round trip. On Windows it is
//! UTF-16 (possibly with lone surrogates), converted through `wchar_t`.

use std::borrow::Cow;
use std::convert::Infallible;
use std::ffi::{OsStr, OsString};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
#[cfg(any(unix, windows))]
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyString};

impl<'py> IntoPyObject<'py> for &OsStr {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let bytes = self.as_bytes();
            // SAFETY: attached; pointer and length describe `bytes`. The
            // decoder uses `surrogateescape` so it cannot fail on the data;
            // null (memory exhaustion) panics.
            Ok(unsafe {
                Bound::from_owned_ptr(
                    py,
                    ffi::PyUnicode_DecodeFSDefaultAndSize(
                        bytes.as_ptr().cast(),
                        bytes.len() as ffi::Py_ssize_t,
                    ),
                )
                .cast_into_unchecked()
            })
        }
        #[cfg(windows)]
        {
            use std::os::windows::ffi::OsStrExt;
            let wide: Vec<u16> = self.encode_wide().collect();
            // SAFETY: attached; pointer and length describe `wide`
            // (`wchar_t` is 16 bits on Windows); lone surrogates are kept;
            // null (memory exhaustion) panics.
            Ok(unsafe {
                Bound::from_owned_ptr(
                    py,
                    ffi::PyUnicode_FromWideChar(wide.as_ptr(), wide.len() as ffi::Py_ssize_t),
                )
                .cast_into_unchecked()
            })
        }
        #[cfg(not(any(unix, windows)))]
        {
            Ok(PyString::new(py, &self.to_string_lossy()))
        }
    }
}

impl<'py> IntoPyObject<'py> for &&OsStr {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&OsStr>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

/// Accepts `str` only (`os.fsencode` semantics on Unix: a string with lone
/// surrogates other than the `surrogateescape` ones raises
/// `UnicodeEncodeError`).
impl FromPyObject<'_, '_> for OsString {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    fn extract(ob: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let pystring = ob.cast::<PyString>()?;
        #[cfg(unix)]
        {
            use crate::types::{PyBytes, PyBytesMethods};
            use std::os::unix::ffi::OsStringExt;
            // SAFETY: attached; the object is a `str`; the result is a new
            // `bytes` or null with an error set.
            let bytes = unsafe {
                Bound::from_owned_ptr_or_err(
                    ob.py(),
                    ffi::PyUnicode_EncodeFSDefault(pystring.as_ptr()),
                )?
                .cast_into_unchecked::<PyBytes>()
            };
            Ok(OsString::from_vec(bytes.as_bytes().to_vec()))
        }
        #[cfg(windows)]
        {
            use std::os::windows::ffi::OsStringExt;
            // SAFETY: attached; the object is a `str`. With a null buffer the
            // call returns the size needed, terminator included (or -1 with
            // an error set).
            let size =
                unsafe { ffi::PyUnicode_AsWideChar(pystring.as_ptr(), std::ptr::null_mut(), 0) };
            crate::err::error_on_minusone(ob.py(), size)?;
            let mut buffer = vec![0u16; size as usize];
            // SAFETY: the buffer holds `size` `wchar_t`s (16 bits here); the
            // call returns how many it wrote, terminator excluded.
            let written =
                unsafe { ffi::PyUnicode_AsWideChar(pystring.as_ptr(), buffer.as_mut_ptr(), size) };
            crate::err::error_on_minusone(ob.py(), written)?;
            buffer.truncate(written as usize);
            Ok(OsString::from_wide(&buffer))
        }
        #[cfg(not(any(unix, windows)))]
        {
            pystring
                .to_cow()
                .map(|text| OsString::from(text.into_owned()))
        }
    }
}

impl<'py> IntoPyObject<'py> for Cow<'_, OsStr> {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&OsStr>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for &Cow<'_, OsStr> {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&OsStr>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (**self).into_pyobject(py)
    }
}

/// Borrows the `str`'s UTF-8 buffer when the text is valid UTF-8 (where the
/// API allows), else converts as `OsString`.
impl<'a> FromPyObject<'a, '_> for Cow<'a, OsStr> {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <OsString as FromPyObject<'_, '_>>::INPUT_TYPE;

    fn extract(obj: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        if let Ok(text) = obj.extract::<&str>() {
            return Ok(Cow::Borrowed(OsStr::new(text)));
        }
        obj.extract::<OsString>().map(Cow::Owned)
    }
}

impl<'py> IntoPyObject<'py> for OsString {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&OsStr>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.as_os_str().into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for &OsString {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&OsStr>::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.as_os_str().into_pyobject(py)
    }
}
