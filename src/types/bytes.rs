//! `PyBytes`: Python `bytes`.

use std::ops::Index;
use std::slice::SliceIndex;

use crate::err::PyResult;
use crate::ffi;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::types::PyAny;

pub use self::writer::PyBytesWriter;

/// A Python `bytes`.
///
/// `Bound<'py, PyBytes>` compares equal to byte slices with the same
/// contents (`PartialEq<[u8]>` and friends) and can be indexed like one.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
/// # use pyo3::types::PyBytes;
/// Python::attach(|py| -> PyResult<()> {
///     let b = PyBytes::new(py, b"hello");
///     assert_eq!(b, &b"hello"[..]);
///     assert_eq!(&b[1..3], b"el");
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyBytes(PyAny);

crate::pyobject_native_type_core!(
    PyBytes,
    crate::pyobject_native_static_type_object!(ffi::PyBytes_Type),
    "builtins",
    "bytes", #checkfunction=ffi::PyBytes_Check
);

impl PyBytes {
    /// A new `bytes` with a copy of `s`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyBytes;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let b = PyBytes::new(py, b"\x00\x01raw");
    ///     assert_eq!(b.as_bytes(), b"\x00\x01raw");
    ///     assert_eq!(b.len().unwrap(), 5);
    /// });
    /// ```
    pub fn new<'p>(py: Python<'p>, s: &[u8]) -> Bound<'p, PyBytes> {
        // SAFETY: the pointer and length describe `s`.
        unsafe { Self::from_ptr(py, s.as_ptr(), s.len()) }
    }

    /// A new `bytes` of `len` bytes, zeroed and then filled in by `init`.
    /// An error from `init` is returned (and the object discarded).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyBytes;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let b = PyBytes::new_with(py, 4, |buf| {
    ///         buf.copy_from_slice(&[1, 2, 3, 4]);
    ///         Ok(())
    ///     })?;
    ///     assert_eq!(b.as_bytes(), &[1, 2, 3, 4]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new_with<F>(py: Python<'_>, len: usize, init: F) -> PyResult<Bound<'_, PyBytes>>
    where
        F: FnOnce(&mut [u8]) -> PyResult<()>,
    {
        // SAFETY: attached; a null source asks for an uninitialised buffer
        // of `len` bytes; the result is a new `bytes` or null with an error.
        let bytes = unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyBytes_FromStringAndSize(std::ptr::null(), len as ffi::Py_ssize_t),
            )?
            .cast_into_unchecked::<PyBytes>()
        };
        // SAFETY: the object is new and not shared yet, so writing into its
        // buffer of `len` bytes is allowed; it is zeroed before the slice is
        // formed, so the slice is initialised.
        let buffer = unsafe {
            let data = ffi::PyBytes_AsString(bytes.as_ptr()).cast::<u8>();
            std::ptr::write_bytes(data, 0, len);
            std::slice::from_raw_parts_mut(data, len)
        };
        init(buffer)?;
        Ok(bytes)
    }

    /// A new `bytes` built by `write` through a [`PyBytesWriter`] that has
    /// room for `reserved_capacity` bytes before it grows.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyBytes;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let b = PyBytes::new_with_writer(py, 8, |w| {
    ///         w.write_bytes(b"head")?;
    ///         w.write_bytes(b"-tail")
    ///     })?;
    ///     assert_eq!(b.as_bytes(), b"head-tail");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn new_with_writer<'py, F>(
        py: Python<'py>,
        reserved_capacity: usize,
        write: F,
    ) -> PyResult<Bound<'py, PyBytes>>
    where
        F: FnOnce(&mut PyBytesWriter<'py>) -> PyResult<()>,
    {
        let mut writer = PyBytesWriter::with_capacity(py, reserved_capacity);
        write(&mut writer)?;
        writer.try_into()
    }

    /// A new `bytes` with a copy of the `len` bytes at `ptr`.
    ///
    /// # Safety
    ///
    /// `ptr` must be valid for reads of `len` bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyBytes;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let data = [7u8, 8, 9];
    ///     // SAFETY: `data` is valid for reads of its 3 bytes.
    ///     let b = unsafe { PyBytes::from_ptr(py, data.as_ptr(), data.len()) };
    ///     assert_eq!(b.as_bytes(), &data);
    /// });
    /// ```
    pub unsafe fn from_ptr(py: Python<'_>, ptr: *const u8, len: usize) -> Bound<'_, PyBytes> {
        // SAFETY: attached; the caller vouches for the buffer; the result is
        // a new `bytes` (null only on memory exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(
                py,
                ffi::PyBytes_FromStringAndSize(ptr.cast(), len as ffi::Py_ssize_t),
            )
            .cast_into_unchecked()
        }
    }
}

/// The methods of `bytes` objects.
pub trait PyBytesMethods<'py>: crate::sealed::Sealed {
    /// The contents, borrowed from the (immutable) object.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # use pyo3::types::PyBytes;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"b'ab' * 2", None, None)?;
    ///     let bytes = obj.cast::<PyBytes>()?;
    ///     assert_eq!(bytes.as_bytes(), b"abab");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn as_bytes(&self) -> &[u8];
}

impl<'py> PyBytesMethods<'py> for Bound<'py, PyBytes> {
    #[inline]
    fn as_bytes(&self) -> &[u8] {
        self.as_borrowed().as_bytes()
    }
}

impl<'a> Borrowed<'a, '_, PyBytes> {
    /// The contents, borrowed for `'a`.
    pub(crate) fn as_bytes(self) -> &'a [u8] {
        // SAFETY: attached; the object is a `bytes`. `bytes` objects are
        // immutable, so their buffer is valid and unchanged while the object
        // lives (at least `'a`).
        unsafe {
            #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
            let (data, len) = (
                ffi::PyBytes_AS_STRING(self.as_ptr()),
                ffi::PyBytes_GET_SIZE(self.as_ptr()),
            );
            #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
            let (data, len) = (
                ffi::PyBytes_AsString(self.as_ptr()),
                ffi::PyBytes_Size(self.as_ptr()),
            );
            std::slice::from_raw_parts(data.cast::<u8>(), len as usize)
        }
    }
}

impl Py<PyBytes> {
    /// The contents, borrowed from the object (which `bytes` never mutate).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyBytes;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyBytes> = PyBytes::new(py, b"\x01\x02").unbind();
    ///     assert_eq!(stored.as_bytes(py), [1, 2]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn as_bytes<'a>(&'a self, py: Python<'_>) -> &'a [u8] {
        self.bind_borrowed(py).as_bytes()
    }
}

/// `bytes[index]` / `bytes[range]` on the contents.
impl<I: SliceIndex<[u8]>> Index<I> for Bound<'_, PyBytes> {
    type Output = I::Output;

    #[inline]
    fn index(&self, index: I) -> &Self::Output {
        &self.as_bytes()[index]
    }
}

impl PartialEq<[u8]> for Bound<'_, PyBytes> {
    #[inline]
    fn eq(&self, other: &[u8]) -> bool {
        self.as_borrowed() == *other
    }
}

impl PartialEq<&'_ [u8]> for Bound<'_, PyBytes> {
    #[inline]
    fn eq(&self, other: &&[u8]) -> bool {
        self.as_borrowed() == **other
    }
}

impl PartialEq<Bound<'_, PyBytes>> for [u8] {
    #[inline]
    fn eq(&self, other: &Bound<'_, PyBytes>) -> bool {
        *self == other.as_borrowed()
    }
}

impl PartialEq<&'_ Bound<'_, PyBytes>> for [u8] {
    #[inline]
    fn eq(&self, other: &&Bound<'_, PyBytes>) -> bool {
        *self == other.as_borrowed()
    }
}

impl PartialEq<Bound<'_, PyBytes>> for &'_ [u8] {
    #[inline]
    fn eq(&self, other: &Bound<'_, PyBytes>) -> bool {
        **self == other.as_borrowed()
    }
}

impl PartialEq<[u8]> for &'_ Bound<'_, PyBytes> {
    #[inline]
    fn eq(&self, other: &[u8]) -> bool {
        self.as_borrowed() == *other
    }
}

impl PartialEq<[u8]> for Borrowed<'_, '_, PyBytes> {
    #[inline]
    fn eq(&self, other: &[u8]) -> bool {
        self.as_bytes() == other
    }
}

impl PartialEq<&[u8]> for Borrowed<'_, '_, PyBytes> {
    #[inline]
    fn eq(&self, other: &&[u8]) -> bool {
        *self == **other
    }
}

impl PartialEq<Borrowed<'_, '_, PyBytes>> for [u8] {
    #[inline]
    fn eq(&self, other: &Borrowed<'_, '_, PyBytes>) -> bool {
        other == self
    }
}

impl PartialEq<Borrowed<'_, '_, PyBytes>> for &'_ [u8] {
    #[inline]
    fn eq(&self, other: &Borrowed<'_, '_, PyBytes>) -> bool {
        other == *self
    }
}

impl<'a> AsRef<[u8]> for Borrowed<'a, '_, PyBytes> {
    #[inline]
    fn as_ref(&self) -> &'a [u8] {
        self.as_bytes()
    }
}

impl AsRef<[u8]> for Bound<'_, PyBytes> {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

mod writer {
    use super::PyBytes;
    use crate::conversion::IntoPyObject;
    use crate::err::{PyErr, PyResult};
    use crate::instance::Bound;
    use crate::marker::Python;

    /// Builds a `bytes` object piece by piece (see
    /// [`PyBytes::new_with_writer`]); also an [`std::io::Write`].
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyBytes;
    /// use std::io::Write;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let b = PyBytes::new_with_writer(py, 0, |w| {
    ///         write!(w, "{}-{}", 4, 2).expect("writing to memory");
    ///         Ok(())
    ///     })?;
    ///     assert_eq!(b.as_bytes(), b"4-2");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub struct PyBytesWriter<'py> {
        py: Python<'py>,
        buffer: Vec<u8>,
    }

    impl<'py> PyBytesWriter<'py> {
        /// An empty writer with room for `capacity` bytes.
        pub(super) fn with_capacity(py: Python<'py>, capacity: usize) -> Self {
            PyBytesWriter {
                py,
                buffer: Vec::with_capacity(capacity),
            }
        }

        /// Whether nothing has been written yet.
        ///
        /// # Examples
        ///
        /// ```
        /// # use pyo3::prelude::*;
        /// # pyo3::Python::initialize();
        /// # use pyo3::types::PyBytes;
        /// Python::attach(|py| -> PyResult<()> {
        ///     let b = PyBytes::new_with_writer(py, 16, |w| {
        ///         assert!(w.is_empty());
        ///         w.write_bytes(b"x")?;
        ///         assert!(!w.is_empty());
        ///         Ok(())
        ///     })?;
        ///     assert_eq!(b.as_bytes(), b"x");
        ///     Ok(())
        /// })
        /// .unwrap();
        /// ```
        pub fn is_empty(&self) -> bool {
            self.buffer.is_empty()
        }

        /// The number of bytes written so far.
        ///
        /// # Examples
        ///
        /// ```
        /// # use pyo3::prelude::*;
        /// # pyo3::Python::initialize();
        /// # use pyo3::types::PyBytes;
        /// Python::attach(|py| -> PyResult<()> {
        ///     PyBytes::new_with_writer(py, 0, |w| {
        ///         w.write_bytes(b"abc")?;
        ///         assert_eq!(w.len(), 3);
        ///         Ok(())
        ///     })?;
        ///     Ok(())
        /// })
        /// .unwrap();
        /// ```
        pub fn len(&self) -> usize {
            self.buffer.len()
        }

        /// Appends `bytes`.
        ///
        /// # Examples
        ///
        /// ```
        /// # use pyo3::prelude::*;
        /// # pyo3::Python::initialize();
        /// # use pyo3::types::PyBytes;
        /// Python::attach(|py| -> PyResult<()> {
        ///     let b = PyBytes::new_with_writer(py, 4, |w| {
        ///         for chunk in [&b"ab"[..], b"cd", b"ef"] {
        ///             w.write_bytes(chunk)?;
        ///         }
        ///         Ok(())
        ///     })?;
        ///     assert_eq!(b.as_bytes(), b"abcdef");
        ///     Ok(())
        /// })
        /// .unwrap();
        /// ```
        pub fn write_bytes(&mut self, bytes: &[u8]) -> PyResult<()> {
            self.buffer.extend_from_slice(bytes);
            Ok(())
        }
    }

    impl<'py> TryFrom<PyBytesWriter<'py>> for Bound<'py, PyBytes> {
        type Error = PyErr;

        fn try_from(value: PyBytesWriter<'py>) -> Result<Self, Self::Error> {
            Ok(PyBytes::new(value.py, &value.buffer))
        }
    }

    impl<'py> IntoPyObject<'py> for PyBytesWriter<'py> {
        type Target = PyBytes;
        type Output = Bound<'py, PyBytes>;
        type Error = PyErr;

        #[cfg(feature = "experimental-inspect")]
        const OUTPUT_TYPE: crate::inspect::PyStaticExpr =
            <PyBytes as crate::type_object::PyTypeInfo>::TYPE_HINT;

        fn into_pyobject(self, _py: Python<'py>) -> Result<Self::Output, Self::Error> {
            self.try_into()
        }
    }

    impl std::io::Write for PyBytesWriter<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.buffer.extend_from_slice(buf);
            Ok(buf.len())
        }

        fn write_vectored(&mut self, bufs: &[std::io::IoSlice<'_>]) -> std::io::Result<usize> {
            std::io::Write::write_vectored(&mut self.buffer, bufs)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }

        fn write_all(&mut self, buf: &[u8]) -> std::io::Result<()> {
            self.buffer.extend_from_slice(buf);
            Ok(())
        }
    }
}
