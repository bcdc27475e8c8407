//! Rust strings and `char` <-> Python `str`.

use std::borrow::Cow;
use std::convert::Infallible;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::exceptions::PyValueError;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::{PyAny, PyString};

macro_rules! into_str {
    ($($rust:ty => |$value:ident| $text:expr),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $rust {
            type Target = PyString;
            type Output = Bound<'py, PyString>;
            type Error = Infallible;

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
    Cow<'_, str> => |s| &s,
    &Cow<'_, str> => |s| s,
    Box<str> => |s| &s,
    &Box<str> => |s| s,
    char => |c| c.encode_utf8(&mut [0; 4]),
    &char => |c| c.encode_utf8(&mut [0; 4]),
}

/// A `&str` borrowed from the `str` object (its cached UTF-8 buffer), no
/// copy. Strings with lone surrogates raise `UnicodeEncodeError`.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
impl<'a> FromPyObject<'a, '_> for &'a str {
    type Error = PyErr;

    #[inline]
    fn extract(obj: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        obj.cast::<PyString>()?.to_str()
    }
}

impl<'a> FromPyObject<'a, '_> for Cow<'a, str> {
    type Error = PyErr;

    #[inline]
    fn extract(obj: Borrowed<'a, '_, PyAny>) -> Result<Self, Self::Error> {
        obj.cast::<PyString>()?.to_cow()
    }
}

impl FromPyObject<'_, '_> for String {
    type Error = PyErr;

    #[inline]
    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        obj.cast::<PyString>()?.to_cow().map(Cow::into_owned)
    }
}

impl FromPyObject<'_, '_> for Box<str> {
    type Error = PyErr;

    #[inline]
    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        String::extract(obj).map(String::into_boxed_str)
    }
}

/// A one-character `str`; `ValueError: expected a string of length 1`
/// otherwise.
impl FromPyObject<'_, '_> for char {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let text = obj.cast::<PyString>()?.to_cow()?;
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(PyValueError::new_err("expected a string of length 1")),
        }
    }
}
