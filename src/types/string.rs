//! `PyString`: Python `str`.

use std::borrow::Cow;
use std::ffi::CStr;
use std::fmt;

#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
use crate::err::PyErr;
use crate::err::PyResult;
#[cfg(not(Py_LIMITED_API))]
use crate::exceptions::PyUnicodeDecodeError;
use crate::ffi;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::types::{PyAny, PyBytes, PyBytesMethods};

/// The characters of a `str` in CPython's internal storage (PEP 393): one,
/// two or four bytes per code point, whichever the widest character needs.
///
/// Obtained from [`PyStringMethods::data`].
// On PyPy and GraalPy nothing in the crate produces this type (`data` is
// CPython-only); it stays public API there, as in PyO3.
#[cfg(not(Py_LIMITED_API))]
#[cfg_attr(any(PyPy, GraalPy), allow(dead_code))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PyStringData<'a> {
    /// One byte per code point (all code points below U+0100).
    Ucs1(&'a [u8]),
    /// Two bytes per code point (all code points below U+10000).
    Ucs2(&'a [u16]),
    /// Four bytes per code point.
    Ucs4(&'a [u32]),
}

#[cfg(not(Py_LIMITED_API))]
#[cfg_attr(any(PyPy, GraalPy), allow(dead_code))]
impl<'a> PyStringData<'a> {
    /// The storage as raw bytes (native endianness for `Ucs2` / `Ucs4`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyString, PyStringData};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let s = PyString::new(py, "hé");
    ///     // SAFETY: nothing mutates `s` while `data` is in use.
    ///     let data = unsafe { s.data()? };
    ///     assert!(matches!(data, PyStringData::Ucs1(_)));
    ///     assert_eq!(data.as_bytes(), [b'h', 0xe9]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn as_bytes(&self) -> &[u8] {
        match self {
            Self::Ucs1(units) => units,
            // SAFETY: reinterpreting initialised `u16` / `u32` values as
            // bytes: same memory, `u8` has no alignment or validity needs.
            Self::Ucs2(units) => unsafe {
                std::slice::from_raw_parts(units.as_ptr().cast(), std::mem::size_of_val(*units))
            },
            // SAFETY: as above.
            Self::Ucs4(units) => unsafe {
                std::slice::from_raw_parts(units.as_ptr().cast(), std::mem::size_of_val(*units))
            },
        }
    }

    /// The width of one code unit in bytes: 1, 2 or 4.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let wide = PyString::new(py, "€uro");
    ///     // SAFETY: nothing mutates `wide` while its data is in use.
    ///     let data = unsafe { wide.data()? };
    ///     assert_eq!(data.value_width_bytes(), 2);
    ///     assert_eq!(data.as_bytes().len(), 8);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn value_width_bytes(&self) -> usize {
        match self {
            Self::Ucs1(_) => 1,
            Self::Ucs2(_) => 2,
            Self::Ucs4(_) => 4,
        }
    }

    /// The text as a Rust string. `Ucs1` data is read as UTF-8 (borrowed
    /// when valid), `Ucs2` as UTF-16 and `Ucs4` as UTF-32; invalid data
    /// (e.g. lone surrogates) raises `UnicodeDecodeError`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let s = PyString::new(py, "😀 ok");
    ///     // SAFETY: nothing mutates `s` while its data is in use.
    ///     let data = unsafe { s.data()? };
    ///     assert_eq!(data.value_width_bytes(), 4);
    ///     assert_eq!(data.to_string(py)?, "😀 ok");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn to_string(self, py: Python<'_>) -> PyResult<Cow<'a, str>> {
        match self {
            Self::Ucs1(units) => match std::str::from_utf8(units) {
                Ok(text) => Ok(Cow::Borrowed(text)),
                Err(err) => Err(PyUnicodeDecodeError::new_err_from_utf8(py, units, err)),
            },
            Self::Ucs2(units) => match String::from_utf16(units) {
                Ok(text) => Ok(Cow::Owned(text)),
                Err(err) => {
                    let reason = std::ffi::CString::new(err.to_string())
                        .expect("error messages hold no NUL");
                    Err(self.decode_error(py, c"utf-16", &reason))
                }
            },
            Self::Ucs4(units) => match units.iter().map(|&unit| char::from_u32(unit)).collect() {
                Some(text) => Ok(Cow::Owned(text)),
                None => Err(self.decode_error(py, c"utf-32", c"error converting utf-32")),
            },
        }
    }

    /// The text as a Rust string, invalid code units replaced by U+FFFD.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let s = py.eval(c"\"x\\ud800\"", None, None)?.cast_into::<PyString>()?;
    ///     // SAFETY: nothing mutates `s` while its data is in use.
    ///     let data = unsafe { s.data()? };
    ///     assert!(data.to_string(py).is_err());
    ///     assert_eq!(data.to_string_lossy(), "x\u{FFFD}");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn to_string_lossy(self) -> Cow<'a, str> {
        match self {
            Self::Ucs1(units) => String::from_utf8_lossy(units),
            Self::Ucs2(units) => Cow::Owned(String::from_utf16_lossy(units)),
            Self::Ucs4(units) => Cow::Owned(
                units
                    .iter()
                    .map(|&unit| char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect(),
            ),
        }
    }

    /// A `UnicodeDecodeError` covering all of the data.
    fn decode_error(&self, py: Python<'_>, encoding: &CStr, reason: &CStr) -> crate::PyErr {
        let bytes = self.as_bytes();
        match PyUnicodeDecodeError::new(py, encoding, bytes, 0..bytes.len(), reason) {
            Ok(exception) => crate::PyErr::from_value(exception.into_any()),
            Err(err) => err,
        }
    }
}

/// A Python `str`.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
/// # use pyo3::types::PyString;
/// Python::attach(|py| -> PyResult<()> {
///     let obj = py.eval(c"\"ab\" + \"cd\"", None, None)?;
///     let s: &Bound<'_, PyString> = obj.cast()?;
///     assert_eq!(s, "abcd");
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyString(PyAny);

crate::pyobject_native_type_core!(
    PyString,
    crate::pyobject_native_static_type_object!(ffi::PyUnicode_Type),
    "builtins",
    "str", #checkfunction=ffi::PyUnicode_Check
);

impl PyString {
    /// A new `str` holding `s`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let s = PyString::new(py, "grüße");
    ///     assert_eq!(s.to_cow().unwrap(), "grüße");
    ///     assert_eq!(s.len().unwrap(), 5);
    /// });
    /// ```
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

    /// Decodes `s` as UTF-8 into a `str` (`UnicodeDecodeError` when `s` is
    /// not valid UTF-8).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let ok = PyString::from_bytes(py, b"caf\xc3\xa9").unwrap();
    ///     assert_eq!(ok, "café");
    ///     assert!(PyString::from_bytes(py, b"\xff").is_err());
    /// });
    /// ```
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

    /// The interned `str` equal to `s` (one shared object per value: cheap
    /// to compare and hash, used for attribute names).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let a = PyString::intern(py, "shared_name");
    ///     let b = PyString::intern(py, "shared_name");
    ///     assert!(a.is(&b));
    /// });
    /// ```
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

    /// `str(src, encoding, errors)`: decodes a bytes-like object. The
    /// encoding defaults to UTF-8 and the error handler to `strict`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::{PyBytes, PyString};
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let raw = PyBytes::new(py, b"\xe9t\xe9");
    ///     let text = PyString::from_encoded_object(&raw, Some(c"latin-1"), None)?;
    ///     assert_eq!(text, "été");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn from_encoded_object<'py>(
        src: &Bound<'py, PyAny>,
        encoding: Option<&CStr>,
        errors: Option<&CStr>,
    ) -> PyResult<Bound<'py, PyString>> {
        let encoding = encoding.map_or(std::ptr::null(), CStr::as_ptr);
        let errors = errors.map_or(std::ptr::null(), CStr::as_ptr);
        // SAFETY: attached; the C strings are NUL-terminated or null (the
        // defaults); the result is a new `str` or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(
                src.py(),
                ffi::PyUnicode_FromEncodedObject(src.as_ptr(), encoding, errors),
            )
            .map(|s| s.cast_into_unchecked())
        }
    }

    /// A `str` from Rust formatting arguments (`format_args!(...)`); see
    /// also the [`py_format!`](crate::py_format) macro.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let n = 3;
    ///     let s = PyString::from_fmt(py, format_args!("{n} items"))?;
    ///     assert_eq!(s, "3 items");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn from_fmt<'py>(
        py: Python<'py>,
        args: fmt::Arguments<'_>,
    ) -> PyResult<Bound<'py, PyString>> {
        match args.as_str() {
            Some(text) => Ok(PyString::new(py, text)),
            None => Ok(PyString::new(py, &fmt::format(args))),
        }
    }
}

/// Formats into a Python `str`, like `format!`: `py_format!(py, "{x} {}", y)`
/// returns `PyResult<Bound<'py, PyString>>`. A format string without
/// arguments yields an interned `str` created once per call site.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let name = "x";
///     let s = pyo3::py_format!(py, "{name} = {}", 1 + 1)?;
///     assert_eq!(s, "x = 2");
///     Ok(())
/// })
/// .unwrap();
/// ```
#[macro_export]
macro_rules! py_format {
    ($py:expr, $($arg:tt)*) => {{
        let py: $crate::Python<'_> = $py;
        match ::std::format_args!($($arg)*) {
            args => match args.as_str() {
                ::std::option::Option::Some(text) => {
                    static CACHED: $crate::sync::PyOnceLock<$crate::Py<$crate::types::PyString>> =
                        $crate::sync::PyOnceLock::new();
                    ::std::result::Result::Ok::<_, $crate::PyErr>(
                        CACHED
                            .get_or_init(py, || $crate::types::PyString::intern(py, text).unbind())
                            .bind(py)
                            .clone(),
                    )
                }
                ::std::option::Option::None => $crate::types::PyString::from_fmt(py, args),
            },
        }
    }};
}

/// The methods of `str` objects.
pub trait PyStringMethods<'py>: crate::sealed::Sealed {
    /// The number of code points (`len(s)`, ignoring any `__len__` of a
    /// subclass).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let s = PyString::new(py, "naïve");
    ///     assert_eq!(s.code_point_len().unwrap(), 5);
    /// });
    /// ```
    fn code_point_len(&self) -> PyResult<usize>;

    /// The string as UTF-8, borrowed from the object (no copy). Fails with
    /// `UnicodeEncodeError` for strings holding lone surrogates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let s = PyString::new(py, "hello");
    ///     let text: &str = s.to_str()?;
    ///     assert_eq!(text.to_uppercase(), "HELLO");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    fn to_str(&self) -> PyResult<&str>;

    /// The string as UTF-8: borrowed where the API allows, else copied.
    /// Fails with `UnicodeEncodeError` for strings holding lone surrogates.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let s = PyString::new(py, "hello");
    ///     assert_eq!(s.to_cow()?, "hello");
    ///     let bad = py.eval(c"'\\ud800'", None, None)?.cast_into::<PyString>()?;
    ///     assert!(bad.to_cow().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn to_cow(&self) -> PyResult<Cow<'_, str>>;

    /// The string as UTF-8, each byte of a lone surrogate's encoding
    /// replaced by U+FFFD.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let s = py.eval(c"'a\\ud800b'", None, None)?.cast_into::<PyString>()?;
    ///     assert!(s.to_string_lossy().starts_with('a'));
    ///     assert!(s.to_string_lossy().contains('\u{FFFD}'));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn to_string_lossy(&self) -> Cow<'_, str>;

    /// The UTF-8 encoding as `bytes`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let encoded = PyString::new(py, "é").encode_utf8()?;
    ///     assert_eq!(encoded.as_bytes(), b"\xc3\xa9");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn encode_utf8(&self) -> PyResult<Bound<'py, PyBytes>>;

    /// The string's characters in CPython's internal storage.
    ///
    /// # Safety
    ///
    /// The data is borrowed from the object: nothing may mutate the string
    /// (e.g. a C extension writing into a freshly created `str`) while the
    /// result is in use.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let s = PyString::new(py, "abc");
    ///     // SAFETY: nothing mutates `s` while `data` is in use.
    ///     let data = unsafe { s.data()? };
    ///     assert_eq!(data.value_width_bytes(), 1);
    ///     assert_eq!(data.as_bytes(), b"abc");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[cfg(not(any(Py_LIMITED_API, GraalPy, PyPy)))]
    unsafe fn data(&self) -> PyResult<PyStringData<'_>>;
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

    #[cfg(not(any(Py_LIMITED_API, GraalPy, PyPy)))]
    unsafe fn data(&self) -> PyResult<PyStringData<'_>> {
        // SAFETY: forwarded to the caller.
        unsafe { self.as_borrowed().data() }
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

    /// The string as UTF-8, borrowed where the API allows.
    pub(crate) fn to_cow(self) -> PyResult<Cow<'a, str>> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            self.to_str().map(Cow::Borrowed)
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        {
            let bytes = self.encode_utf8()?;
            // SAFETY: `PyUnicode_AsUTF8String` produced valid UTF-8.
            Ok(Cow::Owned(
                unsafe { std::str::from_utf8_unchecked(bytes.as_bytes()) }.to_owned(),
            ))
        }
    }

    /// The string as UTF-8, lone surrogates replaced.
    pub(crate) fn to_string_lossy(self) -> Cow<'a, str> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        if let Ok(text) = self.to_str() {
            return Cow::Borrowed(text);
        }
        // SAFETY: attached; `surrogatepass` turns lone surrogates into their
        // (invalid UTF-8) 3-byte forms, which the lossy decode replaces. The
        // result is a new `bytes` (null only on memory exhaustion: panics).
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
        Cow::Owned(String::from_utf8_lossy(bytes.as_bytes()).into_owned())
    }

    /// The characters in CPython's internal storage, borrowed for `'a`.
    ///
    /// # Safety
    ///
    /// As for [`PyStringMethods::data`].
    #[cfg(not(any(Py_LIMITED_API, GraalPy, PyPy)))]
    pub(crate) unsafe fn data(self) -> PyResult<PyStringData<'a>> {
        let ptr = self.as_ptr();
        // SAFETY: attached; the object is a `str`. Before 3.12, legacy
        // strings may need their canonical form built first (`-1` with an
        // error on failure). Then kind, data pointer and length describe the
        // characters, which live as long as the object (at least `'a`) and,
        // by the caller's promise, are not mutated meanwhile.
        unsafe {
            #[cfg(not(Py_3_12))]
            crate::err::error_on_minusone(self.py(), ffi::PyUnicode_READY(ptr))?;
            let len = ffi::PyUnicode_GET_LENGTH(ptr) as usize;
            let data = ffi::PyUnicode_DATA(ptr);
            Ok(match ffi::PyUnicode_KIND(ptr) {
                ffi::PyUnicode_1BYTE_KIND => {
                    PyStringData::Ucs1(std::slice::from_raw_parts(data.cast(), len))
                }
                ffi::PyUnicode_2BYTE_KIND => {
                    PyStringData::Ucs2(std::slice::from_raw_parts(data.cast(), len))
                }
                ffi::PyUnicode_4BYTE_KIND => {
                    PyStringData::Ucs4(std::slice::from_raw_parts(data.cast(), len))
                }
                kind => unreachable!("unknown str storage kind {kind}"),
            })
        }
    }
}

impl Py<PyString> {
    /// The string as UTF-8, borrowed from the object (see
    /// [`PyStringMethods::to_str`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyString> = PyString::new(py, "kept").unbind();
    ///     assert_eq!(stored.to_str(py)?, "kept");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub fn to_str<'a>(&'a self, py: Python<'_>) -> PyResult<&'a str> {
        self.bind_borrowed(py).to_str()
    }

    /// The string as UTF-8, borrowed where possible (see
    /// [`PyStringMethods::to_cow`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyString> = PyString::new(py, "kept").unbind();
    ///     assert_eq!(stored.to_cow(py)?, "kept");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn to_cow<'a>(&'a self, py: Python<'_>) -> PyResult<Cow<'a, str>> {
        self.bind_borrowed(py).to_cow()
    }

    /// The string as UTF-8 with lone surrogates replaced (see
    /// [`PyStringMethods::to_string_lossy`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let lone = py.eval(c"\"\\udfff\"", None, None)?;
    ///     let stored: Py<PyString> = lone.cast_into::<PyString>()?.unbind();
    ///     let lossy = stored.to_string_lossy(py);
    ///     assert!(!lossy.is_empty() && lossy.chars().all(|c| c == '\u{FFFD}'));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn to_string_lossy<'a>(&'a self, py: Python<'_>) -> Cow<'a, str> {
        self.bind_borrowed(py).to_string_lossy()
    }
}

impl PartialEq<str> for Bound<'_, PyString> {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_borrowed() == *other
    }
}

impl PartialEq<&'_ str> for Bound<'_, PyString> {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.as_borrowed() == **other
    }
}

impl PartialEq<Bound<'_, PyString>> for str {
    #[inline]
    fn eq(&self, other: &Bound<'_, PyString>) -> bool {
        *self == other.as_borrowed()
    }
}

impl PartialEq<&'_ Bound<'_, PyString>> for str {
    #[inline]
    fn eq(&self, other: &&Bound<'_, PyString>) -> bool {
        *self == other.as_borrowed()
    }
}

impl PartialEq<Bound<'_, PyString>> for &'_ str {
    #[inline]
    fn eq(&self, other: &Bound<'_, PyString>) -> bool {
        **self == other.as_borrowed()
    }
}

impl PartialEq<str> for &'_ Bound<'_, PyString> {
    #[inline]
    fn eq(&self, other: &str) -> bool {
        self.as_borrowed() == *other
    }
}

/// A `str` equals a Rust string when its UTF-8 form is the same; strings
/// holding lone surrogates equal no Rust string.
impl PartialEq<str> for Borrowed<'_, '_, PyString> {
    fn eq(&self, other: &str) -> bool {
        #[cfg(Py_3_13)]
        {
            // SAFETY: attached; the pointer and length describe `other`. The
            // function never fails (a surrogate string compares unequal).
            unsafe {
                ffi::PyUnicode_EqualToUTF8AndSize(
                    self.as_ptr(),
                    other.as_ptr().cast(),
                    other.len() as ffi::Py_ssize_t,
                ) != 0
            }
        }
        #[cfg(not(Py_3_13))]
        {
            // A failed conversion leaves no exception set (it is in the Err).
            self.to_cow().is_ok_and(|text| text == other)
        }
    }
}

impl PartialEq<&str> for Borrowed<'_, '_, PyString> {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

impl PartialEq<Borrowed<'_, '_, PyString>> for str {
    #[inline]
    fn eq(&self, other: &Borrowed<'_, '_, PyString>) -> bool {
        other == self
    }
}

impl PartialEq<Borrowed<'_, '_, PyString>> for &'_ str {
    #[inline]
    fn eq(&self, other: &Borrowed<'_, '_, PyString>) -> bool {
        other == *self
    }
}
