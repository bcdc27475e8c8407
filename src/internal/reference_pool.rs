//! Decrefs of `Py<T>` values dropped by threads that were not attached to the
//! interpreter. They wait here until some thread attaches; checking whether
//! anything waits is one relaxed atomic load.

use std::ptr::NonNull;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::ffi;

/// Objects whose last reference was dropped while detached.
struct ReferencePool {
    pending: Mutex<Vec<NonNull<ffi::PyObject>>>,
    /// Set when `pending` is non-empty, so attaching threads skip the lock.
    dirty: AtomicBool,
}

// SAFETY: the raw pointers are only dereferenced (decref'd) by a thread that
// is attached to the interpreter, which is what makes them safe to use.
unsafe impl Sync for ReferencePool {}

static POOL: ReferencePool = ReferencePool {
    pending: Mutex::new(Vec::new()),
    dirty: AtomicBool::new(false),
};

/// Queues a decref of `object` for the next thread that attaches.
pub(crate) fn register_decref(object: NonNull<ffi::PyObject>) {
    let mut pending = POOL.pending.lock().unwrap_or_else(|e| e.into_inner());
    pending.push(object);
    POOL.dirty.store(true, Ordering::Release);
}

/// Applies the queued decrefs. The caller must be attached.
#[inline]
pub(crate) fn apply_pending_decrefs() {
    if POOL.dirty.load(Ordering::Acquire) {
        apply_slow();
    }
}

#[cold]
fn apply_slow() {
    let pending = {
        let mut guard = POOL.pending.lock().unwrap_or_else(|e| e.into_inner());
        POOL.dirty.store(false, Ordering::Release);
        std::mem::take(&mut *guard)
    };
    for object in pending {
        // SAFETY: the caller is attached; each queued pointer carried one
        // strong reference that nobody else will release.
        unsafe { ffi::Py_DECREF(object.as_ptr()) };
    }
}

/// How many decrefs are waiting (for tests).
#[doc(hidden)]
pub fn pending_decref_count() -> usize {
    POOL.pending.lock().unwrap_or_else(|e| e.into_inner()).len()
}
