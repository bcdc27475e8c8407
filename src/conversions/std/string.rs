//! Rust strings, `char` and C strings <-> Python `str`.

use std::borrow::Cow;
use std::convert::Infallible;
use std::ffi::{CStr, CString};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::exceptions::{PyUnicodeDecodeError, PyValueError};
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyString};

macro_rules! into_str {
    ($($rust:ty => |$value:ident| $text:expr),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $rust {
            type Target = PyString;
            type Output = Bound<'py, PyString>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                let $value = self;
                Ok(PyString::new(py, $text))
            }
        }
    )*};
}

into_str! {
    &str => |s| s,
    &&str => |s| s,
    String => |s| &s,
    &String => |s| s,
    Box<str> => |s| &s,
    &Box<str> => |s| s,
    Cow<'_, str> => |s| &s,
    &Cow<'_, str> => |s| s,
    char => |c| c.encode_utf8(&mut [0; 4]),
    &char => |c| c.encode_utf8(&mut [0; 4]),
}

/// A `&str` borrowed from the `str` object (its cached UTF-8 buffer), no
/// copy. Strings with lone surrogates raise `UnicodeEncodeError`.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
impl<'a> FromPyObject<'a, '_> for &'a str {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    #[inline]
    fn extract(ob: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        ob.cast::<PyString>()?.to_str()
    }
}

/// Borrowed where the API allows (see `&str`), else copied.
impl<'a> FromPyObject<'a, '_> for Cow<'a, str> {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    #[inline]
    fn extract(ob: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        ob.cast::<PyString>()?.to_cow()
    }
}

/// A copy of the text; lone surrogates raise `UnicodeEncodeError`.
impl FromPyObject<'_, '_> for String {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    #[inline]
    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        obj.cast::<PyString>()?.to_cow().map(Cow::into_owned)
    }
}

/// A copy of the text, as `String` extracts it.
impl FromPyObject<'_, '_> for Box<str> {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    #[inline]
    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        String::extract(obj).map(String::into_boxed_str)
    }
}

/// A one-character `str`; `ValueError: expected a string of length 1`
/// otherwise.
impl FromPyObject<'_, '_> for char {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let text = obj.cast::<PyString>()?.to_cow()?;
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(PyValueError::new_err("expected a string of length 1")),
        }
    }
}

/// A C string becomes a `str` when it is valid UTF-8 (`UnicodeDecodeError`
/// otherwise).
fn cstr_into_pystring<'py>(py: Python<'py>, s: &CStr) -> Result<Bound<'py, PyString>, PyErr> {
    match s.to_str() {
        Ok(text) => Ok(PyString::new(py, text)),
        Err(err) => Err(PyUnicodeDecodeError::new_err_from_utf8(
            py,
            s.to_bytes(),
            err,
        )),
    }
}

macro_rules! into_str_from_cstr {
    ($($rust:ty => |$value:ident| $cstr:expr),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $rust {
            type Target = PyString;
            type Output = Bound<'py, PyString>;
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                let $value = self;
                cstr_into_pystring(py, $cstr)
            }
        }
    )*};
}

into_str_from_cstr! {
    &CStr => |s| s,
    CString => |s| &s,
    &CString => |s| s,
    Cow<'_, CStr> => |s| &s,
    &Cow<'_, CStr> => |s| s,
}

/// A `&CStr` borrowed from the `str` object's cached, NUL-terminated UTF-8
/// buffer. `ValueError` when the text holds a NUL character.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
impl<'a> FromPyObject<'a, '_> for &'a CStr {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    fn extract(obj: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        let text = obj.cast::<PyString>()?;
        let mut size: ffi::Py_ssize_t = 0;
        // SAFETY: attached; the object is a `str`. The cached UTF-8 buffer
        // is followed by a NUL byte (not counted in `size`), and lives as
        // long as the object (at least `'a`).
        let with_nul = unsafe {
            let data = ffi::PyUnicode_AsUTF8AndSize(text.as_ptr(), &mut size);
            if data.is_null() {
                return Err(PyErr::fetch(obj.py()));
            }
            std::slice::from_raw_parts(data.cast::<u8>(), size as usize + 1)
        };
        CStr::from_bytes_with_nul(with_nul).map_err(|err| PyValueError::new_err(err.to_string()))
    }
}

/// Borrowed where the API allows (see `&CStr`), else copied.
impl<'a> FromPyObject<'a, '_> for Cow<'a, CStr> {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    fn extract(obj: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            obj.extract::<&CStr>().map(Cow::Borrowed)
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        {
            obj.extract::<CString>().map(Cow::Owned)
        }
    }
}

/// A copy of the text with a NUL terminator; `ValueError` when the text
/// holds a NUL character.
impl FromPyObject<'_, '_> for CString {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            obj.extract::<&CStr>().map(CStr::to_owned)
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        {
            let text = obj.cast::<PyString>()?.to_cow()?;
            CString::new(text.as_bytes()).map_err(Into::into)
        }
    }
}
