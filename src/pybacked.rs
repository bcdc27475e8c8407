//! Owned Rust views of Python `str` and `bytes` data: [`PyBackedStr`] and
//! [`PyBackedBytes`] keep the Python object alive and dereference to its
//! contents without copying, and can be sent across threads or stored
//! without holding the interpreter.

use std::borrow::Borrow;
use std::convert::Infallible;
use std::ops::Deref;
use std::ptr::NonNull;
use std::sync::Arc;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{CastError, PyErr};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::type_object::PyTypeInfo;
use crate::types::{
    PyAny, PyByteArray, PyByteArrayMethods, PyBytes, PyBytesMethods, PyString, PyTuple,
};

/// A `str` borrowed as a Rust `&str` for as long as this value lives (it
/// holds a reference to the Python object, so no copy is made).
///
/// Under the stable ABI before Python 3.10 there is no borrowed UTF-8 view
/// of a `str`, so the value holds the UTF-8 encoding as a `bytes` object
/// instead.
#[cfg_attr(feature = "py-clone", derive(Clone))]
pub struct PyBackedStr {
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    storage: Py<PyString>,
    #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
    storage: Py<PyBytes>,
    /// Points into `storage`'s UTF-8 buffer, which is immutable and lives
    /// as long as the object.
    data: NonNull<str>,
}

impl PyBackedStr {
    /// Another handle on the same Python object (no copy of the text).
    pub fn clone_ref(&self, py: Python<'_>) -> Self {
        PyBackedStr {
            storage: self.storage.clone_ref(py),
            data: self.data,
        }
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // SAFETY: `data` points into the buffer `storage` keeps alive and
        // unchanged for as long as `self` exists.
        unsafe { self.data.as_ref() }
    }

    /// The underlying Python `str`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub fn as_py_str(&self) -> &Py<PyString> {
        &self.storage
    }
}

impl Deref for PyBackedStr {
    type Target = str;

    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for PyBackedStr {
    #[inline]
    fn as_ref(&self) -> &str {
        self
    }
}

impl AsRef<[u8]> for PyBackedStr {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self.as_bytes()
    }
}

impl Borrow<str> for PyBackedStr {
    #[inline]
    fn borrow(&self) -> &str {
        self
    }
}

// SAFETY: the Python object is only touched through `Py` (which is Send and
// Sync); the data it exposes is immutable.
unsafe impl Send for PyBackedStr {}
// SAFETY: as above.
unsafe impl Sync for PyBackedStr {}

impl std::fmt::Display for PyBackedStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.as_str(), f)
    }
}

/// Fails with `UnicodeEncodeError` for strings holding lone surrogates.
impl TryFrom<Bound<'_, PyString>> for PyBackedStr {
    type Error = PyErr;

    fn try_from(py_string: Bound<'_, PyString>) -> Result<Self, Self::Error> {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        {
            let data = NonNull::from(py_string.as_borrowed().to_str()?);
            Ok(PyBackedStr {
                storage: py_string.unbind(),
                data,
            })
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        {
            use crate::types::PyStringMethods;
            let bytes = py_string.encode_utf8()?;
            // SAFETY: `encode_utf8` produced valid UTF-8.
            let data = NonNull::from(unsafe { std::str::from_utf8_unchecked(bytes.as_bytes()) });
            Ok(PyBackedStr {
                storage: bytes.unbind(),
                data,
            })
        }
    }
}

/// Accepts `str` (and subclasses).
impl FromPyObject<'_, '_> for PyBackedStr {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        let py_string = obj.cast::<PyString>()?.to_owned();
        Self::try_from(py_string)
    }
}

/// The original `str` object (under the stable ABI before 3.10, a new one).
impl<'py> IntoPyObject<'py> for PyBackedStr {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self.storage.into_bound(py))
    }

    #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyString::new(py, &self))
    }
}

/// The original `str` object (under the stable ABI before 3.10, a new one).
impl<'py> IntoPyObject<'py> for &PyBackedStr {
    type Target = PyString;
    type Output = Bound<'py, PyString>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyString::TYPE_HINT;

    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(self.storage.bind(py).clone())
    }

    #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        Ok(PyString::new(py, self))
    }
}

/// A `bytes` (or a copy of a `bytearray`'s contents) borrowed as a Rust
/// `&[u8]` for as long as this value lives.
#[cfg_attr(feature = "py-clone", derive(Clone))]
pub struct PyBackedBytes {
    storage: PyBackedBytesStorage,
    /// Points into the buffer `storage` keeps alive and unchanged.
    data: NonNull<[u8]>,
}

#[cfg_attr(feature = "py-clone", derive(Clone))]
enum PyBackedBytesStorage {
    /// A `bytes` object (immutable).
    Python(Py<PyBytes>),
    /// A copy of a `bytearray`'s contents (which could change).
    Rust(Arc<[u8]>),
}

impl PyBackedBytes {
    /// Another handle on the same data (no copy).
    pub fn clone_ref(&self, py: Python<'_>) -> Self {
        let storage = match &self.storage {
            PyBackedBytesStorage::Python(bytes) => {
                PyBackedBytesStorage::Python(bytes.clone_ref(py))
            }
            PyBackedBytesStorage::Rust(bytes) => PyBackedBytesStorage::Rust(Arc::clone(bytes)),
        };
        PyBackedBytes {
            storage,
            data: self.data,
        }
    }
}

impl Deref for PyBackedBytes {
    type Target = [u8];

    #[inline]
    fn deref(&self) -> &[u8] {
        // SAFETY: `data` points into the buffer `storage` keeps alive and
        // unchanged for as long as `self` exists.
        unsafe { self.data.as_ref() }
    }
}

impl AsRef<[u8]> for PyBackedBytes {
    #[inline]
    fn as_ref(&self) -> &[u8] {
        self
    }
}

// SAFETY: the Python object is only touched through `Py` (Send and Sync),
// the Rust copy is an `Arc<[u8]>`; the data is immutable either way.
unsafe impl Send for PyBackedBytes {}
// SAFETY: as above.
unsafe impl Sync for PyBackedBytes {}

impl<const N: usize> PartialEq<[u8; N]> for PyBackedBytes {
    #[inline]
    fn eq(&self, other: &[u8; N]) -> bool {
        self.deref() == other
    }
}

impl<const N: usize> PartialEq<PyBackedBytes> for [u8; N] {
    #[inline]
    fn eq(&self, other: &PyBackedBytes) -> bool {
        self == other.deref()
    }
}

impl<const N: usize> PartialEq<&[u8; N]> for PyBackedBytes {
    #[inline]
    fn eq(&self, other: &&[u8; N]) -> bool {
        self.deref() == *other
    }
}

impl<const N: usize> PartialEq<PyBackedBytes> for &[u8; N] {
    #[inline]
    fn eq(&self, other: &PyBackedBytes) -> bool {
        *self == other.deref()
    }
}

impl From<Bound<'_, PyBytes>> for PyBackedBytes {
    fn from(py_bytes: Bound<'_, PyBytes>) -> Self {
        let data = NonNull::from(py_bytes.as_bytes());
        PyBackedBytes {
            storage: PyBackedBytesStorage::Python(py_bytes.unbind()),
            data,
        }
    }
}

/// Copies the contents (a `bytearray` can change later).
impl From<Bound<'_, PyByteArray>> for PyBackedBytes {
    fn from(py_bytearray: Bound<'_, PyByteArray>) -> Self {
        let copy: Arc<[u8]> = Arc::from(py_bytearray.to_vec());
        let data = NonNull::from(&*copy);
        PyBackedBytes {
            storage: PyBackedBytesStorage::Rust(copy),
            data,
        }
    }
}

/// Accepts `bytes` (borrowed) and `bytearray` (copied).
impl<'a, 'py> FromPyObject<'a, 'py> for PyBackedBytes {
    type Error = CastError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr =
        crate::type_hint_union!(PyBytes::TYPE_HINT, PyByteArray::TYPE_HINT);

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        if let Ok(bytes) = obj.cast::<PyBytes>() {
            Ok(Self::from(bytes.to_owned()))
        } else if let Ok(bytearray) = obj.cast::<PyByteArray>() {
            Ok(Self::from(bytearray.to_owned()))
        } else {
            let py = obj.py();
            let types = PyTuple::new(py, [PyBytes::type_object(py), PyByteArray::type_object(py)])
                .expect("a tuple of two types");
            Err(CastError::new(obj, types.into_any()))
        }
    }
}

/// The original `bytes` object, or a new one for copied data.
impl<'py> IntoPyObject<'py> for PyBackedBytes {
    type Target = PyBytes;
    type Output = Bound<'py, PyBytes>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        match self.storage {
            PyBackedBytesStorage::Python(bytes) => Ok(bytes.into_bound(py)),
            PyBackedBytesStorage::Rust(bytes) => Ok(PyBytes::new(py, &bytes)),
        }
    }
}

/// The original `bytes` object, or a new one for copied data.
impl<'py> IntoPyObject<'py> for &PyBackedBytes {
    type Target = PyBytes;
    type Output = Bound<'py, PyBytes>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = PyBytes::TYPE_HINT;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        match &self.storage {
            PyBackedBytesStorage::Python(bytes) => Ok(bytes.bind(py).clone()),
            PyBackedBytesStorage::Rust(bytes) => Ok(PyBytes::new(py, bytes)),
        }
    }
}

/// Comparison, ordering, hashing and `Debug` by the contents, consistent
/// with those of `$equiv` (so `Borrow` lookups in maps work).
macro_rules! content_traits {
    ($slf:ty, $equiv:ty) => {
        impl std::fmt::Debug for $slf {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self.deref(), f)
            }
        }

        impl PartialEq for $slf {
            #[inline]
            fn eq(&self, other: &Self) -> bool {
                self.deref() == other.deref()
            }
        }

        impl PartialEq<$equiv> for $slf {
            #[inline]
            fn eq(&self, other: &$equiv) -> bool {
                self.deref() == other
            }
        }

        impl PartialEq<&$equiv> for $slf {
            #[inline]
            fn eq(&self, other: &&$equiv) -> bool {
                self.deref() == *other
            }
        }

        impl PartialEq<$slf> for $equiv {
            #[inline]
            fn eq(&self, other: &$slf) -> bool {
                self == other.deref()
            }
        }

        impl PartialEq<$slf> for &$equiv {
            #[inline]
            fn eq(&self, other: &$slf) -> bool {
                *self == other.deref()
            }
        }

        impl Eq for $slf {}

        impl PartialOrd for $slf {
            #[inline]
            fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
                Some(self.cmp(other))
            }
        }

        impl PartialOrd<$equiv> for $slf {
            #[inline]
            fn partial_cmp(&self, other: &$equiv) -> Option<std::cmp::Ordering> {
                self.deref().partial_cmp(other)
            }
        }

        impl PartialOrd<$slf> for $equiv {
            #[inline]
            fn partial_cmp(&self, other: &$slf) -> Option<std::cmp::Ordering> {
                self.partial_cmp(other.deref())
            }
        }

        impl Ord for $slf {
            #[inline]
            fn cmp(&self, other: &Self) -> std::cmp::Ordering {
                self.deref().cmp(other.deref())
            }
        }

        impl std::hash::Hash for $slf {
            #[inline]
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.deref().hash(state)
            }
        }
    };
}

content_traits!(PyBackedStr, str);
content_traits!(PyBackedBytes, [u8]);
