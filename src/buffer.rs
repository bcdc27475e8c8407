//! Reading and writing other objects' memory through the buffer protocol
//! (PEP 3118): [`PyBuffer<T>`] is a view of an object's memory as items of
//! the Rust type `T`, checked against the buffer's format.
//!
//! ```
//! use pyo3::buffer::PyBuffer;
//! use pyo3::prelude::*;
//!
//! # pyo3::Python::initialize();
//! Python::attach(|py| -> PyResult<()> {
//!     let data = py.eval(c"bytearray(b'abc')", None, None)?;
//!     let buffer = PyBuffer::<u8>::get(&data)?;
//!     assert_eq!(buffer.item_count(), 3);
//!     assert_eq!(buffer.to_vec(py)?, b"abc");
//!     buffer.copy_from_slice(py, b"xyz")?;
//!     assert_eq!(data.extract::<Vec<u8>>()?, b"xyz");
//!     Ok(())
//! }).unwrap();
//! ```

use std::cell::{Cell, UnsafeCell};
use std::ffi::{CStr, c_char, c_void};
use std::marker::PhantomData;
use std::pin::Pin;

use crate::conversion::FromPyObject;
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyBufferError;
use crate::ffi;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::PyAny;

/// A view of an object's memory as items of type `T`. Releases the view
/// when dropped (attaching for it if needed; after the interpreter has
/// finalized, the view is left alone rather than touched).
pub struct PyBuffer<T>(Pin<Box<ffi::Py_buffer>>, PhantomData<[T]>);

// SAFETY: the view is plain data owned by this handle; the memory it
// describes is only read or written through methods that take a `Python`
// token, and releasing it attaches first.
unsafe impl<T> Send for PyBuffer<T> {}
// SAFETY: as above: `&self` methods that touch the memory need a `Python`.
unsafe impl<T> Sync for PyBuffer<T> {}

// SAFETY: a buffer holds no borrow of the attachment: it may cross
// `Python::detach` like any `Send` value (its raw pointers are what the
// `nightly` auto trait would otherwise refuse).
#[cfg(feature = "nightly")]
unsafe impl<T> crate::marker::Ungil for PyBuffer<T> {}

impl<T: Element> std::fmt::Debug for PyBuffer<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PyBuffer")
            .field("buf", &self.0.buf)
            .field("obj", &self.0.obj)
            .field("len", &self.0.len)
            .field("itemsize", &self.0.itemsize)
            .field("readonly", &self.0.readonly)
            .field("ndim", &self.0.ndim)
            .field("format", &self.format())
            .field("shape", &self.shape())
            .field("strides", &self.strides())
            .finish()
    }
}

/// The kind of a buffer item, from its `struct`-module format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ElementType {
    /// A signed integer of `bytes` bytes.
    SignedInteger {
        /// The size.
        bytes: usize,
    },
    /// An unsigned integer of `bytes` bytes.
    UnsignedInteger {
        /// The size.
        bytes: usize,
    },
    /// `?`.
    Bool,
    /// A float of `bytes` bytes.
    Float {
        /// The size.
        bytes: usize,
    },
    /// Anything else.
    Unknown,
}

impl ElementType {
    /// The element type a format describes (native byte order and sizes
    /// unless the format says otherwise).
    pub fn from_format(format: &CStr) -> ElementType {
        let bytes = format.to_bytes();
        let (native, code) = match bytes {
            [code] => (true, *code),
            [b'@', code] => (true, *code),
            [b'=' | b'<' | b'>' | b'!', code] => (false, *code),
            _ => return ElementType::Unknown,
        };
        let size = |native_size: usize, standard_size: usize| {
            if native { native_size } else { standard_size }
        };
        use std::mem::size_of;
        match code {
            b'b' => ElementType::SignedInteger { bytes: 1 },
            b'c' | b'B' => ElementType::UnsignedInteger { bytes: 1 },
            b'?' => ElementType::Bool,
            b'h' => ElementType::SignedInteger {
                bytes: size(size_of::<std::ffi::c_short>(), 2),
            },
            b'H' => ElementType::UnsignedInteger {
                bytes: size(size_of::<std::ffi::c_ushort>(), 2),
            },
            b'i' => ElementType::SignedInteger {
                bytes: size(size_of::<std::ffi::c_int>(), 4),
            },
            b'I' => ElementType::UnsignedInteger {
                bytes: size(size_of::<std::ffi::c_uint>(), 4),
            },
            b'l' => ElementType::SignedInteger {
                bytes: size(size_of::<std::ffi::c_long>(), 4),
            },
            b'L' => ElementType::UnsignedInteger {
                bytes: size(size_of::<std::ffi::c_ulong>(), 4),
            },
            b'q' => ElementType::SignedInteger {
                bytes: size(size_of::<std::ffi::c_longlong>(), 8),
            },
            b'Q' => ElementType::UnsignedInteger {
                bytes: size(size_of::<std::ffi::c_ulonglong>(), 8),
            },
            b'n' if native => ElementType::SignedInteger {
                bytes: size_of::<isize>(),
            },
            b'N' if native => ElementType::UnsignedInteger {
                bytes: size_of::<usize>(),
            },
            b'e' => ElementType::Float { bytes: 2 },
            b'f' => ElementType::Float { bytes: 4 },
            b'd' => ElementType::Float { bytes: 8 },
            _ => ElementType::Unknown,
        }
    }
}

/// Types a buffer's items may be read as.
///
/// # Safety
///
/// `is_compatible_format` may only accept formats whose items have exactly
/// the size and representation of `Self`.
pub unsafe trait Element: Copy {
    /// Whether items of this format are values of `Self`.
    fn is_compatible_format(format: &CStr) -> bool;
}

macro_rules! element {
    ($($ty:ty => $kind:ident),* $(,)?) => {$(
        // SAFETY: the format must describe an item of this kind and size.
        unsafe impl Element for $ty {
            fn is_compatible_format(format: &CStr) -> bool {
                ElementType::from_format(format)
                    == ElementType::$kind { bytes: std::mem::size_of::<$ty>() }
            }
        }
    )*};
}

element! {
    u8 => UnsignedInteger, u16 => UnsignedInteger, u32 => UnsignedInteger,
    u64 => UnsignedInteger, usize => UnsignedInteger,
    i8 => SignedInteger, i16 => SignedInteger, i32 => SignedInteger,
    i64 => SignedInteger, isize => SignedInteger,
    f32 => Float, f64 => Float,
}

// SAFETY: `?` items are one byte holding 0 or 1.
unsafe impl Element for bool {
    fn is_compatible_format(format: &CStr) -> bool {
        ElementType::from_format(format) == ElementType::Bool
    }
}

/// A buffer item that may be read but not written (other code may write
/// the memory, so it is not `&T`).
#[repr(transparent)]
pub struct ReadOnlyCell<T: Element>(UnsafeCell<T>);

impl<T: Element> ReadOnlyCell<T> {
    /// The item's value now.
    #[inline]
    pub fn get(&self) -> T {
        // SAFETY: `T` is `Copy`; the memory is valid while the buffer lives.
        unsafe { *self.0.get() }
    }

    /// A pointer to the item.
    #[inline]
    pub fn as_ptr(&self) -> *const T {
        self.0.get()
    }
}

impl<T: Element> PyBuffer<T> {
    /// The buffer of `object`, as items of `T`.
    ///
    /// Fails with `BufferError` when `object` has no buffer, or its items
    /// are not `T` (format, size or alignment).
    pub fn get(object: &Bound<'_, PyAny>) -> PyResult<PyBuffer<T>> {
        let mut view = Box::pin(ffi::Py_buffer::new());
        // SAFETY: attached (a `Bound` exists); the view is pinned, so the
        // pointers the exporter may store into it stay valid.
        let result = unsafe {
            ffi::PyObject_GetBuffer(
                object.as_ptr(),
                std::ptr::addr_of_mut!(*view),
                ffi::PyBUF_FULL_RO,
            )
        };
        if result == -1 {
            return Err(PyErr::fetch(object.py()));
        }
        let buffer = PyBuffer(view, PhantomData);
        buffer.check_items()?;
        Ok(buffer)
    }

    fn check_items(&self) -> PyResult<()> {
        let name = std::any::type_name::<T>();
        if self.0.shape.is_null() {
            return Err(PyBufferError::new_err("shape is null"));
        }
        if self.0.strides.is_null() {
            return Err(PyBufferError::new_err("strides is null"));
        }
        if self.item_size() != std::mem::size_of::<T>() || !T::is_compatible_format(self.format()) {
            return Err(PyBufferError::new_err(format!(
                "buffer contents are not compatible with {name}"
            )));
        }
        if (self.0.buf as usize) % std::mem::align_of::<T>() != 0 {
            return Err(PyBufferError::new_err(format!(
                "buffer contents are insufficiently aligned for {name}"
            )));
        }
        Ok(())
    }

    /// The start of the memory.
    #[inline]
    pub fn buf_ptr(&self) -> *mut c_void {
        self.0.buf
    }

    /// The address of the item at `indices` (one per dimension).
    ///
    /// # Panics
    ///
    /// When `indices` does not have one index per dimension.
    pub fn get_ptr(&self, indices: &[usize]) -> *mut c_void {
        assert_eq!(
            indices.len(),
            self.dimensions(),
            "one index per dimension is needed"
        );
        let shape = self.shape();
        let strides = self.strides();
        let mut pointer = self.0.buf.cast::<u8>();
        for ((&index, &extent), &stride) in indices.iter().zip(shape).zip(strides) {
            assert!(
                index < extent,
                "index {index} out of range for extent {extent}"
            );
            // SAFETY: the index is within its extent, so the offset stays
            // inside the exported memory.
            pointer = unsafe { pointer.offset(index as isize * stride) };
        }
        pointer.cast()
    }

    /// Whether the memory may not be written.
    #[inline]
    pub fn readonly(&self) -> bool {
        self.0.readonly != 0
    }

    /// The size of one item, in bytes.
    #[inline]
    pub fn item_size(&self) -> usize {
        self.0.itemsize as usize
    }

    /// How many items there are.
    #[inline]
    pub fn item_count(&self) -> usize {
        (self.0.len as usize) / self.item_size().max(1)
    }

    /// The size of the memory, in bytes.
    #[inline]
    pub fn len_bytes(&self) -> usize {
        self.0.len as usize
    }

    /// How many dimensions the items are arranged in.
    #[inline]
    pub fn dimensions(&self) -> usize {
        self.0.ndim as usize
    }

    /// The extent of each dimension.
    pub fn shape(&self) -> &[usize] {
        if self.0.shape.is_null() {
            return &[];
        }
        // SAFETY: the exporter gives `ndim` extents (`Py_ssize_t` and
        // `usize` have one size; extents are never negative).
        unsafe { std::slice::from_raw_parts(self.0.shape.cast(), self.dimensions()) }
    }

    /// The step of each dimension, in bytes.
    pub fn strides(&self) -> &[isize] {
        if self.0.strides.is_null() {
            return &[];
        }
        // SAFETY: the exporter gives `ndim` strides.
        unsafe { std::slice::from_raw_parts(self.0.strides, self.dimensions()) }
    }

    /// The suboffsets of an indirect (PIL-style) buffer.
    pub fn suboffsets(&self) -> Option<&[isize]> {
        if self.0.suboffsets.is_null() {
            return None;
        }
        // SAFETY: the exporter gives `ndim` suboffsets when the pointer is
        // set.
        Some(unsafe { std::slice::from_raw_parts(self.0.suboffsets, self.dimensions()) })
    }

    /// The `struct`-module format of the items (`B` when unset).
    pub fn format(&self) -> &CStr {
        if self.0.format.is_null() {
            return c"B";
        }
        // SAFETY: the exporter gives a NUL-terminated format string that
        // lives as long as the view.
        unsafe { CStr::from_ptr(self.0.format) }
    }

    /// Whether the items are laid out in C (row-major) order, gap-free.
    pub fn is_c_contiguous(&self) -> bool {
        // SAFETY: reads the view only.
        unsafe { ffi::PyBuffer_IsContiguous(&*self.0, b'C' as c_char) != 0 }
    }

    /// Whether the items are laid out in Fortran (column-major) order.
    pub fn is_fortran_contiguous(&self) -> bool {
        // SAFETY: reads the view only.
        unsafe { ffi::PyBuffer_IsContiguous(&*self.0, b'F' as c_char) != 0 }
    }

    /// The items as a slice, if they are C-contiguous.
    pub fn as_slice<'a>(&'a self, _py: Python<'a>) -> Option<&'a [ReadOnlyCell<T>]> {
        if !self.is_c_contiguous() {
            return None;
        }
        // SAFETY: contiguous, aligned items of `T` (checked at `get`); the
        // cells allow other writers.
        Some(unsafe { std::slice::from_raw_parts(self.0.buf.cast(), self.item_count()) })
    }

    /// The items as a slice of cells, if they are C-contiguous and
    /// writable.
    pub fn as_mut_slice<'a>(&'a self, _py: Python<'a>) -> Option<&'a [Cell<T>]> {
        if self.readonly() || !self.is_c_contiguous() {
            return None;
        }
        // SAFETY: as for `as_slice`, and the memory may be written; `Cell`
        // allows shared writes.
        Some(unsafe { std::slice::from_raw_parts(self.0.buf.cast(), self.item_count()) })
    }

    /// The items as a slice, if they are Fortran-contiguous.
    pub fn as_fortran_slice<'a>(&'a self, _py: Python<'a>) -> Option<&'a [ReadOnlyCell<T>]> {
        if !self.is_fortran_contiguous() {
            return None;
        }
        // SAFETY: as for `as_slice`.
        Some(unsafe { std::slice::from_raw_parts(self.0.buf.cast(), self.item_count()) })
    }

    /// The items as a slice of cells, if they are Fortran-contiguous and
    /// writable.
    pub fn as_fortran_mut_slice<'a>(&'a self, _py: Python<'a>) -> Option<&'a [Cell<T>]> {
        if self.readonly() || !self.is_fortran_contiguous() {
            return None;
        }
        // SAFETY: as for `as_mut_slice`.
        Some(unsafe { std::slice::from_raw_parts(self.0.buf.cast(), self.item_count()) })
    }

    fn check_len(&self, len: usize) -> PyResult<()> {
        if len == self.item_count() {
            Ok(())
        } else {
            Err(PyBufferError::new_err(format!(
                "slice to copy to (of length {len}) does not match buffer length of {}",
                self.item_count()
            )))
        }
    }

    fn copy_to(&self, py: Python<'_>, target: &mut [T], order: u8) -> PyResult<()> {
        self.check_len(target.len())?;
        // SAFETY: `target` holds exactly `len` bytes of items of `T`.
        let result = unsafe {
            ffi::PyBuffer_ToContiguous(
                target.as_mut_ptr().cast(),
                &*self.0,
                self.0.len,
                order as c_char,
            )
        };
        if result == -1 {
            Err(PyErr::fetch(py))
        } else {
            Ok(())
        }
    }

    /// Copies the items into `target`, in C order.
    pub fn copy_to_slice(&self, py: Python<'_>, target: &mut [T]) -> PyResult<()> {
        self.copy_to(py, target, b'C')
    }

    /// Copies the items into `target`, in Fortran order.
    pub fn copy_to_fortran_slice(&self, py: Python<'_>, target: &mut [T]) -> PyResult<()> {
        self.copy_to(py, target, b'F')
    }

    fn to_vec_in(&self, py: Python<'_>, order: u8) -> PyResult<Vec<T>> {
        let count = self.item_count();
        let mut items: Vec<T> = Vec::with_capacity(count);
        // SAFETY: the copy fills all `count` items before they are used.
        unsafe {
            let result = ffi::PyBuffer_ToContiguous(
                items.as_mut_ptr().cast(),
                &*self.0,
                self.0.len,
                order as c_char,
            );
            if result == -1 {
                return Err(PyErr::fetch(py));
            }
            items.set_len(count);
        }
        Ok(items)
    }

    /// The items, copied in C order.
    pub fn to_vec(&self, py: Python<'_>) -> PyResult<Vec<T>> {
        self.to_vec_in(py, b'C')
    }

    /// The items, copied in Fortran order.
    pub fn to_fortran_vec(&self, py: Python<'_>) -> PyResult<Vec<T>> {
        self.to_vec_in(py, b'F')
    }

    fn copy_from(&self, py: Python<'_>, source: &[T], order: u8) -> PyResult<()> {
        if self.readonly() {
            return Err(PyBufferError::new_err("cannot write to read-only buffer"));
        }
        self.check_len(source.len())?;
        // SAFETY: the buffer is writable and `source` holds `len` bytes;
        // CPython's signature takes a mutable view but only writes the
        // memory it describes.
        let result = unsafe {
            ffi::PyBuffer_FromContiguous(
                std::ptr::addr_of!(*self.0).cast_mut(),
                source.as_ptr().cast(),
                self.0.len,
                order as c_char,
            )
        };
        if result == -1 {
            Err(PyErr::fetch(py))
        } else {
            Ok(())
        }
    }

    /// Writes `source` into the items, in C order.
    pub fn copy_from_slice(&self, py: Python<'_>, source: &[T]) -> PyResult<()> {
        self.copy_from(py, source, b'C')
    }

    /// Writes `source` into the items, in Fortran order.
    pub fn copy_from_fortran_slice(&self, py: Python<'_>, source: &[T]) -> PyResult<()> {
        self.copy_from(py, source, b'F')
    }

    /// Releases the view now.
    pub fn release(self, _py: Python<'_>) {
        let mut this = std::mem::ManuallyDrop::new(self);
        // SAFETY: attached; the view is released once and never used again.
        unsafe { ffi::PyBuffer_Release(std::ptr::addr_of_mut!(*this.0)) };
        // SAFETY: `this` is not used again; the box is dropped here.
        unsafe { std::ptr::drop_in_place(&mut this.0) };
    }
}

impl<T> Drop for PyBuffer<T> {
    fn drop(&mut self) {
        // After finalization there is nothing to release into: leave it.
        let _ = Python::try_attach(|_py| {
            // SAFETY: attached; the view is released once.
            unsafe { ffi::PyBuffer_Release(std::ptr::addr_of_mut!(*self.0)) };
        });
    }
}

impl<'a, 'py, T: Element> FromPyObject<'a, 'py> for PyBuffer<T> {
    type Error = PyErr;

    fn extract(object: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        PyBuffer::get(&object)
    }
}
