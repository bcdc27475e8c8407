//! `PyBytesWriter` (Python 3.15 API, PEP 782): builds a `bytes` object in
//! place. From 3.15 (full API) these call CPython's functions; before that,
//! and under the stable ABI, the writer is implemented here.
//!
//! Without the stable ABI the bytes are written straight into a `bytes`
//! object that grows with `_PyBytes_Resize` and is handed out at finish.
//! The stable ABI has no way to resize a `bytes` object, so there the bytes
//! go to a Rust heap buffer that is copied into a new `bytes` at finish.

#[cfg(Py_LIMITED_API)]
use std::os::raw::c_char;
use std::os::raw::{c_int, c_void};

use crate::ffi::{Py_ssize_t, PyObject};

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub use crate::ffi::PyBytesWriter;

/// A builder of one `bytes` object (C `PyBytesWriter`): create it with
/// [`PyBytesWriter_Create`], write through [`PyBytesWriter_GetData`], and
/// end it with [`PyBytesWriter_Finish`] or [`PyBytesWriter_Discard`].
#[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
pub struct PyBytesWriter {
    /// Where the bytes live; its allocated length is at least `size`.
    storage: Storage,
    /// The bytes the caller asked for (what `GetSize` reports).
    size: Py_ssize_t,
}

/// A `bytes` object with room for the content (null until the first
/// non-empty allocation), never shared before finish.
#[cfg(not(any(Py_3_15, Py_LIMITED_API)))]
struct Storage {
    bytes: *mut PyObject,
}

/// A heap buffer whose length is the allocated room.
#[cfg(Py_LIMITED_API)]
struct Storage {
    buffer: Vec<u8>,
}

/// Sets `ValueError(message)` (the error CPython's writer raises for a bad
/// size).
#[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
unsafe fn value_error(message: &std::ffi::CStr) {
    // SAFETY: the caller is attached; `message` is a NUL-terminated string.
    unsafe { crate::ffi::PyErr_SetString(crate::ffi::PyExc_ValueError, message.as_ptr()) }
}

/// `size` plus the headroom CPython's writer adds when it grows (a
/// quarter, or half on Windows), unless that overflows.
#[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
fn overallocated(size: Py_ssize_t) -> Py_ssize_t {
    let factor = if cfg!(windows) { 2 } else { 4 };
    size.checked_add(size / factor).unwrap_or(size)
}

#[cfg(not(any(Py_3_15, Py_LIMITED_API)))]
impl Storage {
    const fn new() -> Self {
        Storage {
            bytes: std::ptr::null_mut(),
        }
    }

    /// The room allocated so far.
    unsafe fn allocated(&self) -> Py_ssize_t {
        if self.bytes.is_null() {
            0
        } else {
            // SAFETY: the caller is attached; `bytes` is a live `bytes`.
            unsafe { crate::ffi::PyBytes_GET_SIZE(self.bytes) }
        }
    }

    /// The first byte of the room (dangling but non-null when empty).
    unsafe fn data(&mut self) -> *mut c_void {
        if self.bytes.is_null() {
            std::ptr::NonNull::<u8>::dangling().as_ptr().cast()
        } else {
            // SAFETY: the caller is attached; `bytes` is a live `bytes`
            // owned by this writer alone, so writing through it is fine.
            unsafe { crate::ffi::PyBytes_AS_STRING(self.bytes) as *mut c_void }
        }
    }

    /// Makes the room exactly `alloc` (> the current room) bytes, keeping
    /// the content. On failure (exception set) the storage is emptied.
    unsafe fn reallocate(&mut self, alloc: Py_ssize_t) -> c_int {
        if self.bytes.is_null() {
            // SAFETY: attached; with a null source CPython allocates a fresh
            // (non-singleton, since `alloc > 0`) object to fill in.
            self.bytes = unsafe { crate::ffi::PyBytes_FromStringAndSize(std::ptr::null(), alloc) };
            if self.bytes.is_null() {
                return -1;
            }
            0
        } else {
            // SAFETY: attached; the object has one reference (ours) and was
            // never exposed, as `_PyBytes_Resize` requires. On failure it
            // frees the object and nulls the pointer.
            unsafe { crate::ffi::_PyBytes_Resize(&mut self.bytes, alloc) }
        }
    }

    /// The finished `bytes` of the first `size` (> 0) bytes, leaving the
    /// storage empty; null with an exception set on failure.
    unsafe fn finish(&mut self, size: Py_ssize_t) -> *mut PyObject {
        // SAFETY: attached; `allocated` only reads the live object.
        if unsafe { self.allocated() } != size {
            // SAFETY: as in `reallocate` (`size` > 0 and at most the room).
            if unsafe { crate::ffi::_PyBytes_Resize(&mut self.bytes, size) } != 0 {
                return std::ptr::null_mut();
            }
        }
        std::mem::replace(&mut self.bytes, std::ptr::null_mut())
    }

    /// Releases the storage.
    unsafe fn release(&mut self) {
        // SAFETY: attached; the reference (if any) is ours.
        unsafe { crate::ffi::Py_XDECREF(self.bytes) };
        self.bytes = std::ptr::null_mut();
    }
}

#[cfg(Py_LIMITED_API)]
impl Storage {
    const fn new() -> Self {
        Storage { buffer: Vec::new() }
    }

    /// The room allocated so far.
    unsafe fn allocated(&self) -> Py_ssize_t {
        // A `Vec<u8>` never holds more than `isize::MAX` bytes.
        self.buffer.len() as Py_ssize_t
    }

    /// The first byte of the room (dangling but non-null when empty).
    unsafe fn data(&mut self) -> *mut c_void {
        self.buffer.as_mut_ptr().cast()
    }

    /// Makes the room exactly `alloc` (> the current room) bytes, keeping
    /// the content; `MemoryError` if the allocation fails.
    unsafe fn reallocate(&mut self, alloc: Py_ssize_t) -> c_int {
        let additional = (alloc as usize).saturating_sub(self.buffer.len());
        if self.buffer.try_reserve_exact(additional).is_err() {
            // SAFETY: the caller is attached.
            unsafe { crate::ffi::PyErr_NoMemory() };
            return -1;
        }
        self.buffer.resize(alloc as usize, 0);
        0
    }

    /// A new `bytes` of the first `size` (> 0) bytes, leaving the storage
    /// empty; null with an exception set on failure.
    unsafe fn finish(&mut self, size: Py_ssize_t) -> *mut PyObject {
        let buffer = std::mem::take(&mut self.buffer);
        // SAFETY: attached; the buffer holds at least `size` bytes.
        unsafe { crate::ffi::PyBytes_FromStringAndSize(buffer.as_ptr().cast::<c_char>(), size) }
    }

    /// Releases the storage.
    unsafe fn release(&mut self) {
        self.buffer = Vec::new();
    }
}

#[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
impl PyBytesWriter {
    /// Makes the room at least `size` bytes (growing with headroom if
    /// `overallocate`); the room never shrinks. -1 with an exception set on
    /// failure, after which the writer is empty.
    unsafe fn reserve(&mut self, size: Py_ssize_t, overallocate: bool) -> c_int {
        // SAFETY: attached (callers are); reads the storage only.
        if size <= unsafe { self.storage.allocated() } {
            return 0;
        }
        let alloc = if overallocate {
            overallocated(size)
        } else {
            size
        };
        // SAFETY: attached; `alloc >= size > allocated >= 0`.
        if unsafe { self.storage.reallocate(alloc) } < 0 {
            // SAFETY: attached; drop whatever the failed growth left.
            unsafe { self.storage.release() };
            self.size = 0;
            return -1;
        }
        0
    }
}

/// A new writer of `size` bytes (not overallocated), to be filled in
/// through [`PyBytesWriter_GetData`]; null with `ValueError` if `size` is
/// negative.
///
/// # Safety
///
/// The thread must be attached to the interpreter.
#[inline]
pub unsafe fn PyBytesWriter_Create(size: Py_ssize_t) -> *mut PyBytesWriter {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    {
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { crate::ffi::PyBytesWriter_Create(size) }
    }
    #[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
    {
        if size < 0 {
            // SAFETY: the caller is attached.
            unsafe { value_error(c"size must be >= 0") };
            return std::ptr::null_mut();
        }
        let mut writer = Box::new(PyBytesWriter {
            storage: Storage::new(),
            size: 0,
        });
        // SAFETY: the caller is attached.
        if unsafe { writer.reserve(size, false) } < 0 {
            return std::ptr::null_mut();
        }
        writer.size = size;
        Box::into_raw(writer)
    }
}

/// Frees a writer and what it wrote; does nothing for null.
///
/// # Safety
///
/// The thread must be attached; `writer` is null or a live writer, which
/// must not be used again.
#[inline]
pub unsafe fn PyBytesWriter_Discard(writer: *mut PyBytesWriter) {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    {
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { crate::ffi::PyBytesWriter_Discard(writer) }
    }
    #[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
    {
        if writer.is_null() {
            return;
        }
        // SAFETY: a live writer comes from `Box::into_raw` in
        // `PyBytesWriter_Create` and is given up by the caller here.
        let mut writer = unsafe { Box::from_raw(writer) };
        // SAFETY: the caller is attached.
        unsafe { writer.storage.release() };
    }
}

/// The `bytes` of everything written (the writer's current size); frees
/// the writer in every case. Null with an exception set on failure.
///
/// # Safety
///
/// The thread must be attached; `writer` is a live writer, which must not be
/// used again.
#[inline]
pub unsafe fn PyBytesWriter_Finish(writer: *mut PyBytesWriter) -> *mut PyObject {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    {
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { crate::ffi::PyBytesWriter_Finish(writer) }
    }
    #[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
    {
        // SAFETY: the caller passes a live writer; reading its size is fine.
        let size = unsafe { (*writer).size };
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { PyBytesWriter_FinishWithSize(writer, size) }
    }
}

/// The `bytes` of the first `size` bytes written; frees the writer in every
/// case. `ValueError` if `size` is negative or larger than the writer's
/// size.
///
/// # Safety
///
/// The thread must be attached; `writer` is a live writer, which must not be
/// used again.
#[inline]
pub unsafe fn PyBytesWriter_FinishWithSize(
    writer: *mut PyBytesWriter,
    size: Py_ssize_t,
) -> *mut PyObject {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    {
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { crate::ffi::PyBytesWriter_FinishWithSize(writer, size) }
    }
    #[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
    {
        // SAFETY: the caller passes a live writer that it gives up here;
        // nothing else refers to it.
        let state = unsafe { &mut *writer };
        let result = if size < 0 {
            // SAFETY: the caller is attached.
            unsafe { value_error(c"size must be positive") };
            std::ptr::null_mut()
        } else if size > state.size {
            // SAFETY: the caller is attached.
            unsafe { value_error(c"size larger than allocated size") };
            std::ptr::null_mut()
        } else if size == 0 {
            // SAFETY: attached; the empty `bytes` (a shared singleton).
            unsafe { crate::ffi::PyBytes_FromStringAndSize(std::ptr::null(), 0) }
        } else {
            // SAFETY: attached; `0 < size <= state.size <= allocated`.
            unsafe { state.storage.finish(size) }
        };
        // SAFETY: the writer is live and not used after this.
        unsafe { PyBytesWriter_Discard(writer) };
        result
    }
}

/// The start of the writer's buffer, writable for
/// [`PyBytesWriter_GetSize`] bytes. It moves when the writer grows.
///
/// # Safety
///
/// `writer` is a live writer (the thread attached for the full API).
#[inline]
pub unsafe fn PyBytesWriter_GetData(writer: *mut PyBytesWriter) -> *mut c_void {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    {
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { crate::ffi::PyBytesWriter_GetData(writer) }
    }
    #[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
    {
        // SAFETY: the caller passes a live writer.
        unsafe { (*writer).storage.data() }
    }
}

/// How many bytes the writer holds.
///
/// # Safety
///
/// `writer` is a live writer.
#[inline]
pub unsafe fn PyBytesWriter_GetSize(writer: *mut PyBytesWriter) -> Py_ssize_t {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    {
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { crate::ffi::PyBytesWriter_GetSize(writer) }
    }
    #[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
    {
        // SAFETY: the caller passes a live writer.
        unsafe { (*writer).size }
    }
}

/// Sets the writer's size to `size`, keeping the bytes written so far that
/// fit (growing with headroom; the buffer never shrinks). 0 on success, -1
/// with an exception set (`ValueError` for a negative size).
///
/// # Safety
///
/// The thread must be attached; `writer` is a live writer.
#[inline]
pub unsafe fn PyBytesWriter_Resize(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    {
        // SAFETY: forwarded under the caller's guarantees.
        unsafe { crate::ffi::PyBytesWriter_Resize(writer, size) }
    }
    #[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
    {
        if size < 0 {
            // SAFETY: the caller is attached.
            unsafe { value_error(c"size must be >= 0") };
            return -1;
        }
        // SAFETY: the caller passes a live writer used by this thread only.
        let state = unsafe { &mut *writer };
        // SAFETY: the caller is attached.
        if size > state.size && unsafe { state.reserve(size, true) } < 0 {
            return -1;
        }
        state.size = size;
        0
    }
}
