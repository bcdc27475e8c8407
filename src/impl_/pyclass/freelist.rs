//! `#[pyclass(freelist = N)]`: up to `N` freed instances of the class are
//! kept and handed out again by the next allocations, saving a trip to the
//! allocator for classes made and dropped at a high rate.

use std::ffi::c_void;
use std::sync::Mutex;

use crate::ffi;
use crate::impl_::pyclass::layout::PyClassObject;
use crate::pyclass::PyClass;

/// Freed instances of one class, ready for reuse.
pub struct FreeList {
    capacity: usize,
    entries: Mutex<Vec<FreeObject>>,
}

/// The memory of a freed instance (its contents are gone).
struct FreeObject(*mut ffi::PyObject);

// SAFETY: a freed object is plain memory owned by the list; any thread that
// takes it (while attached) may reuse it.
unsafe impl Send for FreeObject {}

impl FreeList {
    /// A list keeping at most `capacity` objects.
    pub const fn new(capacity: usize) -> Self {
        FreeList {
            capacity,
            entries: Mutex::new(Vec::new()),
        }
    }

    fn pop(&self) -> Option<*mut ffi::PyObject> {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.pop().map(|entry| entry.0)
    }

    /// Keeps `object` unless the list is full; gives it back if full.
    fn push(&self, object: *mut ffi::PyObject) -> Option<*mut ffi::PyObject> {
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if entries.len() < self.capacity {
            entries.push(FreeObject(object));
            None
        } else {
            Some(object)
        }
    }
}

/// A class with a free list.
pub trait PyClassWithFreeList: PyClass {
    /// The class's list.
    fn free_list() -> &'static FreeList;
}

/// The `tp_alloc` of a class with a free list.
///
/// # Safety
///
/// Called by the interpreter (attached) with a type deriving from `T`.
pub unsafe extern "C" fn alloc_with_freelist<T: PyClassWithFreeList>(
    subtype: *mut ffi::PyTypeObject,
    nitems: ffi::Py_ssize_t,
) -> *mut ffi::PyObject {
    let own_type = T::lazy_type_object().cached();
    // Python subclasses are larger: only exact instances are reused.
    if std::ptr::eq(subtype, own_type) {
        if let Some(object) = T::free_list().pop() {
            // SAFETY: the memory is a freed instance of exactly this type:
            // cleared, it is what a fresh allocation returns, and
            // `PyObject_Init` sets the type (and its reference) and count.
            unsafe {
                std::ptr::write_bytes(
                    object.cast::<u8>(),
                    0,
                    std::mem::size_of::<PyClassObject<T>>(),
                );
                ffi::PyObject_Init(object, subtype);
                if ffi::PyType_GetFlags(subtype) & ffi::Py_TPFLAGS_HAVE_GC != 0 {
                    ffi::PyObject_GC_Track(object.cast());
                }
            }
            return object;
        }
    }
    // SAFETY: per the contract.
    unsafe { ffi::PyType_GenericAlloc(subtype, nitems) }
}

/// The `tp_free` of a class with a free list.
///
/// # Safety
///
/// Called by the interpreter (attached) with an instance being freed.
pub unsafe extern "C" fn free_with_freelist<T: PyClassWithFreeList>(object: *mut c_void) {
    let object = object.cast::<ffi::PyObject>();
    // SAFETY: the object's type is still readable while it is being freed.
    let object_type = unsafe { ffi::Py_TYPE(object) };
    let kept = if std::ptr::eq(object_type, T::lazy_type_object().cached()) {
        T::free_list().push(object)
    } else {
        Some(object)
    };
    if let Some(object) = kept {
        // SAFETY: the object was allocated by `PyType_GenericAlloc`, with the
        // GC header when the type has one.
        unsafe {
            if ffi::PyType_GetFlags(object_type) & ffi::Py_TPFLAGS_HAVE_GC != 0 {
                ffi::PyObject_GC_Del(object.cast());
            } else {
                ffi::PyObject_Free(object.cast());
            }
        }
    }
}
