//! `PyByteArray`: Python `bytearray`.

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::PyAny;

/// A Python `bytearray`: a mutable, resizable byte buffer.
///
/// Python code (or other threads) can change or resize the buffer at any
/// time, so borrowing its contents is `unsafe`
/// ([`PyByteArrayMethods::as_bytes`]); [`PyByteArrayMethods::to_vec`] copies
/// them safely.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
/// # use pyo3::types::PyByteArray;
/// Python::attach(|py| -> PyResult<()> {
///     let array = PyByteArray::new(py, b"ab");
///     // Python code may change the object; Rust sees the change.
///     array.call_method1("extend", (b"cd",))?;
///     assert_eq!(array.to_vec(), b"abcd");
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyByteArray(PyAny);

crate::pyobject_native_type_core!(
    PyByteArray,
    crate::pyobject_native_static_type_object!(ffi::PyByteArray_Type),
    "builtins",
    "bytearray", #checkfunction=ffi::PyByteArray_Check
);

impl crate::sealed::Sealed for Bound<'_, PyByteArray> {}

impl PyByteArray {
    /// A new `bytearray` with a copy of `src`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let array = PyByteArray::new(py, b"abc");
    ///     assert_eq!(array.to_vec(), b"abc");
    ///     assert_eq!(array.len(), 3);
    /// });
    /// ```
    pub fn new<'py>(py: Python<'py>, src: &[u8]) -> Bound<'py, PyByteArray> {
        // SAFETY: attached; the pointer and length describe `src`; the
        // result is a new `bytearray` (null only on memory exhaustion, which
        // panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::PyByteArray_FromStringAndSize(
                    src.as_ptr().cast(),
                    src.len() as ffi::Py_ssize_t,
                ),
            )
            .cast_into_unchecked()
        }
    }

    /// A new `bytearray` of `len` bytes, zeroed and then filled in by
    /// `init`. An error from `init` is returned (and the object discarded).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let array = PyByteArray::new_with(py, 3, |buf| {
    ///         buf[2] = 0xff;
    ///         Ok(())
    ///     })?;
    ///     assert_eq!(array.to_vec(), [0, 0, 0xff]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new_with<F>(py: Python<'_>, len: usize, init: F) -> PyResult<Bound<'_, PyByteArray>>
    where
        F: FnOnce(&mut [u8]) -> PyResult<()>,
    {
        // SAFETY: attached; a null source asks for an uninitialised buffer
        // of `len` bytes; the result is a new `bytearray` or null with an
        // error.
        let array = unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyByteArray_FromStringAndSize(std::ptr::null(), len as ffi::Py_ssize_t),
            )?
            .cast_into_unchecked::<PyByteArray>()
        };
        // SAFETY: the object is new and not shared with Python code or other
        // threads yet, so nothing else touches its buffer of `len` bytes,
        // which is zeroed before the slice is formed.
        let buffer = unsafe {
            let data = ffi::PyByteArray_AsString(array.as_ptr()).cast::<u8>();
            std::ptr::write_bytes(data, 0, len);
            std::slice::from_raw_parts_mut(data, len)
        };
        init(buffer)?;
        Ok(array)
    }

    /// `bytearray(src)`: a copy of a bytes-like object (`bytes`,
    /// `bytearray`, `memoryview`, ...) or of an iterable of integers in
    /// `0..=255`; an integer `n` gives `n` zero bytes. `TypeError` for other
    /// objects (`None`, `str`, ...).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let source = py.eval(c"[104, 105]", None, None)?;
    ///     assert_eq!(PyByteArray::from(&source)?.to_vec(), b"hi");
    ///     assert!(PyByteArray::from(&py.None().into_bound(py)).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn from<'py>(src: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyByteArray>> {
        // SAFETY: attached; returns a new `bytearray` or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(src.py(), ffi::PyByteArray_FromObject(src.as_ptr()))
                .map(|array| array.cast_into_unchecked())
        }
    }
}

/// The methods of `bytearray` objects.
pub trait PyByteArrayMethods<'py>: crate::sealed::Sealed {
    /// The length in bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     assert_eq!(PyByteArray::new(py, b"1234").len(), 4);
    /// });
    /// ```
    fn len(&self) -> usize;

    /// Whether the length is zero.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     assert!(PyByteArray::new(py, b"").is_empty());
    ///     assert!(!PyByteArray::new(py, b"x").is_empty());
    /// });
    /// ```
    fn is_empty(&self) -> bool;

    /// A pointer to the start of the buffer. It is invalidated by any
    /// resize (from Rust or Python).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let array = PyByteArray::new(py, b"ab");
    ///     // SAFETY: the buffer holds 2 bytes and is not resized meanwhile.
    ///     unsafe { *array.data().add(1) = b'z' };
    ///     assert_eq!(array.to_vec(), b"az");
    /// });
    /// ```
    fn data(&self) -> *mut u8;

    /// The contents, borrowed from the object.
    ///
    /// # Safety
    ///
    /// Nothing may mutate or resize the `bytearray` while the slice is in
    /// use: no Python code may run (a call back into Python could change it)
    /// and no other thread may touch it (on free-threaded builds, hold a
    /// critical section on it).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let array = PyByteArray::new(py, b"peek");
    ///     // SAFETY: no Python code runs and no other thread uses `array` here.
    ///     let first = unsafe { array.as_bytes()[0] };
    ///     assert_eq!(first, b'p');
    /// });
    /// ```
    unsafe fn as_bytes(&self) -> &[u8];

    /// The contents, mutably borrowed from the object.
    ///
    /// # Safety
    ///
    /// As for [`as_bytes`](PyByteArrayMethods::as_bytes), and no other
    /// slice of the same buffer may exist at the same time.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let array = PyByteArray::new(py, b"abc");
    ///     // SAFETY: no Python code runs, no other thread or slice uses `array`.
    ///     unsafe { array.as_bytes_mut().make_ascii_uppercase() };
    ///     assert_eq!(array.to_vec(), b"ABC");
    /// });
    /// ```
    #[allow(clippy::mut_from_ref)]
    unsafe fn as_bytes_mut(&self) -> &mut [u8];

    /// A copy of the contents.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let array = py.eval(c"bytearray(b'xy')", None, None)?.cast_into::<PyByteArray>()?;
    ///     assert_eq!(array.to_vec(), vec![b'x', b'y']);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn to_vec(&self) -> Vec<u8>;

    /// Resizes to `len` bytes (`MemoryError` if that fails). The value of
    /// bytes added by growing is unspecified: write them before reading.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyByteArray;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let array = PyByteArray::new(py, b"abcdef");
    ///     array.resize(2)?;
    ///     assert_eq!(array.to_vec(), b"ab");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn resize(&self, len: usize) -> PyResult<()>;
}

impl<'py> PyByteArrayMethods<'py> for Bound<'py, PyByteArray> {
    #[inline]
    fn len(&self) -> usize {
        self.as_borrowed().len()
    }

    #[inline]
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn data(&self) -> *mut u8 {
        self.as_borrowed().data()
    }

    #[inline]
    unsafe fn as_bytes(&self) -> &[u8] {
        // SAFETY: forwarded to the caller.
        unsafe { self.as_borrowed().as_bytes() }
    }

    #[inline]
    unsafe fn as_bytes_mut(&self) -> &mut [u8] {
        // SAFETY: forwarded to the caller.
        unsafe { self.as_borrowed().as_bytes_mut() }
    }

    fn to_vec(&self) -> Vec<u8> {
        crate::sync::with_critical_section(self.as_any(), || {
            // SAFETY: the copy runs no Python code, and the critical section
            // keeps other threads from changing the buffer meanwhile.
            unsafe { self.as_bytes() }.to_vec()
        })
    }

    fn resize(&self, len: usize) -> PyResult<()> {
        // SAFETY: attached; the object is a `bytearray`.
        let result = unsafe { ffi::PyByteArray_Resize(self.as_ptr(), len as ffi::Py_ssize_t) };
        crate::err::error_on_minusone(self.py(), result)
    }
}

impl<'a> Borrowed<'a, '_, PyByteArray> {
    /// The length in bytes.
    fn len(self) -> usize {
        // SAFETY: attached; the object is a `bytearray`.
        unsafe {
            #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
            let len = ffi::PyByteArray_GET_SIZE(self.as_ptr());
            #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
            let len = ffi::PyByteArray_Size(self.as_ptr());
            len as usize
        }
    }

    /// A pointer to the start of the buffer.
    fn data(&self) -> *mut u8 {
        // SAFETY: attached; the object is a `bytearray`.
        unsafe {
            #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
            let data = ffi::PyByteArray_AS_STRING(self.as_ptr());
            #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
            let data = ffi::PyByteArray_AsString(self.as_ptr());
            data.cast()
        }
    }

    /// The contents, borrowed for `'a`.
    ///
    /// # Safety
    ///
    /// As for [`PyByteArrayMethods::as_bytes`].
    pub(crate) unsafe fn as_bytes(self) -> &'a [u8] {
        let len = self.len();
        // SAFETY: the buffer holds `len` initialised bytes and, by the
        // caller's promise, is neither freed nor changed while in use.
        unsafe { std::slice::from_raw_parts(self.data(), len) }
    }

    /// The contents, mutably borrowed for `'a`.
    ///
    /// # Safety
    ///
    /// As for [`PyByteArrayMethods::as_bytes_mut`].
    #[allow(clippy::wrong_self_convention)]
    unsafe fn as_bytes_mut(self) -> &'a mut [u8] {
        let len = self.len();
        // SAFETY: as in `as_bytes`; the caller also promises exclusivity.
        unsafe { std::slice::from_raw_parts_mut(self.data(), len) }
    }
}

/// As [`PyByteArray::from`].
impl<'py> TryFrom<&Bound<'py, PyAny>> for Bound<'py, PyByteArray> {
    type Error = PyErr;

    fn try_from(value: &Bound<'py, PyAny>) -> Result<Self, Self::Error> {
        PyByteArray::from(value)
    }
}
