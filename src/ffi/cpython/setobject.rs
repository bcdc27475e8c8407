//! `Include/cpython/setobject.h`: the set object layout.

#[cfg(not(PyPy))]
use crate::ffi::Py_hash_t;
use crate::ffi::{Py_ssize_t, PyObject};

/// The number of entries of the small table embedded in every set (C
/// `PySet_MINSIZE`).
#[cfg(not(PyPy))]
pub const PySet_MINSIZE: usize = 8;

/// One slot of a set's hash table (C `setentry`): unused (null key, hash
/// 0), dummy (hash -1) or active.
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct setentry {
    pub key: *mut PyObject,
    pub hash: Py_hash_t,
}

/// A set or frozenset (C `PySetObject`). Use the functions rather than the
/// fields.
#[cfg(not(PyPy))]
#[repr(C)]
#[derive(Debug)]
pub struct PySetObject {
    pub ob_base: PyObject,
    /// Active plus dummy entries.
    pub fill: Py_ssize_t,
    /// Active entries.
    pub used: Py_ssize_t,
    /// The table has `mask + 1` slots, a power of two.
    pub mask: Py_ssize_t,
    /// `smalltable` or a heap table; never null.
    pub table: *mut setentry,
    /// Cached hash of a frozenset, -1 if not computed (always -1 for sets).
    pub hash: Py_hash_t,
    /// Search finger for `pop()`.
    pub finger: Py_ssize_t,
    pub smalltable: [setentry; PySet_MINSIZE],
    pub weakreflist: *mut PyObject,
}

/// A set or frozenset on PyPy (C `PySetObject` of PyPy's `setobject.h`).
#[cfg(PyPy)]
#[repr(C)]
#[derive(Debug)]
pub struct PySetObject {
    pub ob_base: PyObject,
    /// PyPy's private slot for the items during iteration.
    pub _tmplist: *mut PyObject,
}

/// The number of items of the set or frozenset `so`, unchecked (C
/// `PySet_GET_SIZE`). Free-threaded builds read it with a relaxed atomic
/// load; PyPy, which has no such macro, gets `PySet_Size`.
#[inline]
pub unsafe fn PySet_GET_SIZE(so: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(PyPy)]
        {
            crate::ffi::PySet_Size(so)
        }
        #[cfg(all(not(PyPy), Py_GIL_DISABLED))]
        {
            let used = std::ptr::addr_of_mut!((*so.cast::<PySetObject>()).used);
            (*used.cast::<std::sync::atomic::AtomicIsize>())
                .load(std::sync::atomic::Ordering::Relaxed)
        }
        #[cfg(all(not(PyPy), not(Py_GIL_DISABLED)))]
        {
            (*so.cast::<PySetObject>()).used
        }
    }
}
