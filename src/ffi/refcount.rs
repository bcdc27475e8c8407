//! `Include/refcount.h` (part of `object.h` before 3.14): reference counting.
//!
//! `Py_INCREF` / `Py_DECREF` touch the object header inline where CPython's
//! own headers do: GIL-enabled CPython builds without `Py_REF_DEBUG`, outside
//! the limited API of 3.12+. Everywhere else (stable ABI 3.12+, abi3t,
//! free-threaded and debug builds, PyPy, GraalPy) they call the interpreter's
//! exported functions, which are always correct for the running interpreter.
//! On free-threaded builds this trades CPython's inline owner-thread fast
//! path for a call.

#[cfg(all(Py_GIL_DISABLED, not(Py_3_14), not(Py_LIMITED_API)))]
use std::ffi::c_uint;
use std::ptr;

use crate::ffi::{Py_ssize_t, PyObject};

unsafe extern "C" {
    /// Increments the count of `o` (null allowed); works on every build.
    #[cfg_attr(PyPy, link_name = "PyPy_IncRef")]
    pub fn Py_IncRef(o: *mut PyObject);
    /// Decrements the count of `o` (null allowed); works on every build.
    #[cfg_attr(PyPy, link_name = "PyPy_DecRef")]
    pub fn Py_DecRef(o: *mut PyObject);

    #[cfg(all(Py_3_10, not(PyPy)))]
    pub fn _Py_IncRef(o: *mut PyObject);
    #[cfg(all(Py_3_10, not(PyPy)))]
    pub fn _Py_DecRef(o: *mut PyObject);

    /// Destroys an object whose count dropped to zero.
    #[cfg_attr(PyPy, link_name = "_PyPy_Dealloc")]
    pub fn _Py_Dealloc(o: *mut PyObject);

    #[cfg(any(all(Py_LIMITED_API, Py_3_14), all(Py_LIMITED_API, Py_GIL_DISABLED)))]
    #[link_name = "Py_REFCNT"]
    fn Py_REFCNT_function(o: *mut PyObject) -> Py_ssize_t;
}

/// Whether `Py_INCREF`/`Py_DECREF` must call into the interpreter instead of
/// editing the header inline (see the module documentation).
macro_rules! refcount_by_call {
    ($($item:item)*) => {
        $(
            #[cfg(any(
                all(Py_LIMITED_API, Py_3_12),
                Py_GIL_DISABLED,
                py_sys_config = "Py_REF_DEBUG",
                PyPy,
                GraalPy,
                all(Py_3_12, not(target_pointer_width = "64")),
            ))]
            $item
        )*
    };
}

macro_rules! refcount_inline {
    ($($item:item)*) => {
        $(
            #[cfg(not(any(
                all(Py_LIMITED_API, Py_3_12),
                Py_GIL_DISABLED,
                py_sys_config = "Py_REF_DEBUG",
                PyPy,
                GraalPy,
                all(Py_3_12, not(target_pointer_width = "64")),
            )))]
            $item
        )*
    };
}

refcount_by_call! {
    #[inline(always)]
    unsafe fn incref_by_call(op: *mut PyObject) {
        // SAFETY: `op` is a live object (the caller's contract); the
        // interpreter's own function does the counting.
        #[cfg(all(Py_3_10, not(PyPy)))]
        unsafe {
            _Py_IncRef(op)
        };
        // SAFETY: as above.
        #[cfg(not(all(Py_3_10, not(PyPy))))]
        unsafe {
            Py_IncRef(op)
        };
    }

    #[inline(always)]
    unsafe fn decref_by_call(op: *mut PyObject) {
        // SAFETY: `op` is a live object (the caller's contract); the
        // interpreter's own function does the counting.
        #[cfg(all(Py_3_10, not(PyPy)))]
        unsafe {
            _Py_DecRef(op)
        };
        // SAFETY: as above.
        #[cfg(not(all(Py_3_10, not(PyPy))))]
        unsafe {
            Py_DecRef(op)
        };
    }
}

refcount_inline! {
    /// The 32-bit count of a 3.12+ header on 64-bit targets: the low half
    /// of the reference-count word.
    ///
    /// Stable-ABI builds for versions before 3.12 use it too on 64-bit
    /// targets: they may run on a 3.12+ interpreter, whose immortal objects
    /// must keep their count, so they follow the rules 3.12's headers apply
    /// to them (a count whose low half reads negative is left alone).
    #[cfg(any(Py_3_12, all(Py_LIMITED_API, target_pointer_width = "64")))]
    #[inline(always)]
    unsafe fn low_count_word(op: *mut PyObject) -> *mut u32 {
        // The count occupies the least significant 32 bits of the word.
        #[cfg(Py_3_12)]
        // SAFETY: the caller passes a live object; this only takes a field's
        // address.
        let split = unsafe { ptr::addr_of_mut!((*op).ob_refcnt.ob_refcnt_split).cast::<u32>() };
        #[cfg(not(Py_3_12))]
        // SAFETY: as above; before 3.12 the count is one word.
        let split = unsafe { ptr::addr_of_mut!((*op).ob_refcnt).cast::<u32>() };
        #[cfg(target_endian = "little")]
        {
            split
        }
        #[cfg(target_endian = "big")]
        {
            split.add(1)
        }
    }
}

/// Takes a new reference to `op`, which must not be null (C `Py_INCREF`).
#[inline(always)]
pub unsafe fn Py_INCREF(op: *mut PyObject) {
    refcount_by_call! {
        #[inline(always)]
        unsafe fn incref(op: *mut PyObject) {
            // SAFETY: `Py_INCREF`'s contract, passed on.
            unsafe { incref_by_call(op) }
        }
    }
    refcount_inline! {
        #[inline(always)]
        unsafe fn incref(op: *mut PyObject) {
            // SAFETY: `op` is a live object (`Py_INCREF`'s contract), so its
            // header may be read and written on this attached thread.
            unsafe {
                #[cfg(all(not(Py_3_12), not(all(Py_LIMITED_API, target_pointer_width = "64"))))]
                {
                    (*op).ob_refcnt += 1;
                }
                #[cfg(all(
                    not(Py_3_14),
                    any(Py_3_12, all(Py_LIMITED_API, target_pointer_width = "64"))
                ))]
                {
                    // Immortal objects have all 32 low bits set: saturate there.
                    let count = low_count_word(op);
                    let new = (*count).wrapping_add(1);
                    if new != 0 {
                        *count = new;
                    }
                }
                #[cfg(Py_3_14)]
                {
                    // From 3.14, counts at or above _Py_IMMORTAL_INITIAL_REFCNT
                    // belong to immortal objects.
                    let count = low_count_word(op);
                    if *count < (3 << 30) {
                        *count += 1;
                    }
                }
            }
        }
    }
    // SAFETY: `Py_INCREF`'s contract, passed on.
    unsafe { incref(op) }
}

/// Releases a reference to `op`, which must not be null, destroying it when
/// it was the last one (C `Py_DECREF`).
#[inline(always)]
pub unsafe fn Py_DECREF(op: *mut PyObject) {
    refcount_by_call! {
        #[inline(always)]
        unsafe fn decref(op: *mut PyObject) {
            // SAFETY: `Py_DECREF`'s contract, passed on.
            unsafe { decref_by_call(op) }
        }
    }
    refcount_inline! {
        #[inline(always)]
        unsafe fn decref(op: *mut PyObject) {
            // SAFETY: `op` is a live object whose reference the caller owns
            // (`Py_DECREF`'s contract): its header may be written, and it may
            // be destroyed when the count reaches zero.
            unsafe {
                #[cfg(all(not(Py_3_12), not(all(Py_LIMITED_API, target_pointer_width = "64"))))]
                {
                    (*op).ob_refcnt -= 1;
                    if (*op).ob_refcnt == 0 {
                        _Py_Dealloc(op);
                    }
                }
                #[cfg(all(not(Py_3_12), Py_LIMITED_API, target_pointer_width = "64"))]
                {
                    if (*low_count_word(op) as i32) < 0 {
                        return; // immortal (running on 3.12+)
                    }
                    (*op).ob_refcnt -= 1;
                    if (*op).ob_refcnt == 0 {
                        _Py_Dealloc(op);
                    }
                }
                #[cfg(all(Py_3_12, not(Py_3_14)))]
                {
                    if (*low_count_word(op) as i32) < 0 {
                        return; // immortal
                    }
                    (*op).ob_refcnt.ob_refcnt -= 1;
                    if (*op).ob_refcnt.ob_refcnt == 0 {
                        _Py_Dealloc(op);
                    }
                }
                #[cfg(Py_3_14)]
                {
                    let count = low_count_word(op);
                    if (*count as i32) < 0 {
                        return; // immortal
                    }
                    *count -= 1;
                    if *count == 0 {
                        _Py_Dealloc(op);
                    }
                }
            }
        }
    }
    // SAFETY: `Py_DECREF`'s contract, passed on.
    unsafe { decref(op) }
}

/// `Py_INCREF` that accepts null (C `Py_XINCREF`).
#[inline(always)]
pub unsafe fn Py_XINCREF(op: *mut PyObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if !op.is_null() {
            Py_INCREF(op)
        }
    }
}

/// `Py_DECREF` that accepts null (C `Py_XDECREF`).
#[inline(always)]
pub unsafe fn Py_XDECREF(op: *mut PyObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if !op.is_null() {
            Py_DECREF(op)
        }
    }
}

/// Sets `*op` to null, then releases the reference it held (C `Py_CLEAR`).
/// Clearing first keeps code run by the destructor from seeing a dangling
/// pointer.
#[inline]
pub unsafe fn Py_CLEAR(op: *mut *mut PyObject) {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let old = *op;
        if !old.is_null() {
            *op = ptr::null_mut();
            Py_DECREF(old);
        }
    }
}

/// Takes a new reference and returns the object (C `Py_NewRef`).
#[inline(always)]
pub unsafe fn Py_NewRef(obj: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        Py_INCREF(obj);
        obj
    }
}

/// `Py_NewRef` that accepts null (C `Py_XNewRef`).
#[inline(always)]
pub unsafe fn Py_XNewRef(obj: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        Py_XINCREF(obj);
        obj
    }
}

/// The reference count of `ob` (C `Py_REFCNT`). For immortal objects this
/// is a large constant, not a count.
#[inline]
pub unsafe fn Py_REFCNT(ob: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        #[cfg(any(all(Py_LIMITED_API, Py_3_14), all(Py_LIMITED_API, Py_GIL_DISABLED)))]
        {
            Py_REFCNT_function(ob)
        }
        #[cfg(not(any(all(Py_LIMITED_API, Py_3_14), all(Py_LIMITED_API, Py_GIL_DISABLED))))]
        {
            #[cfg(Py_GIL_DISABLED)]
            {
                use std::sync::atomic::{AtomicIsize, AtomicU32, Ordering::Relaxed};
                let local =
                    (*ptr::addr_of_mut!((*ob).ob_ref_local).cast::<AtomicU32>()).load(Relaxed);
                if local == u32::MAX {
                    #[cfg(Py_3_14)]
                    return 3 << 30;
                    #[cfg(not(Py_3_14))]
                    return c_uint::MAX as Py_ssize_t;
                }
                let shared =
                    (*ptr::addr_of_mut!((*ob).ob_ref_shared).cast::<AtomicIsize>()).load(Relaxed);
                local as Py_ssize_t + (shared >> 2)
            }
            #[cfg(all(
                not(Py_GIL_DISABLED),
                Py_3_14,
                target_pointer_width = "64",
                not(any(PyPy, GraalPy))
            ))]
            {
                (*ob).ob_refcnt.refcnt_and_flags.ob_refcnt as Py_ssize_t
            }
            #[cfg(all(
                not(Py_GIL_DISABLED),
                Py_3_12,
                not(all(Py_3_14, target_pointer_width = "64")),
                not(any(PyPy, GraalPy))
            ))]
            {
                (*ob).ob_refcnt.ob_refcnt
            }
            #[cfg(all(not(Py_GIL_DISABLED), any(not(Py_3_12), PyPy, GraalPy)))]
            {
                (*ob).ob_refcnt
            }
        }
    }
}

/// Whether `op` is immortal: never deallocated, its count not tracked
/// (C `_Py_IsImmortal`, 3.12+; always false on older
/// version-specific builds).
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[inline]
pub unsafe fn _Py_IsImmortal(op: *mut PyObject) -> std::ffi::c_int {
    // SAFETY: `op` is a live object (the caller's contract): its header may
    // be read. (The PyPy and GraalPy branch reads nothing.)
    #[allow(unused_unsafe)]
    unsafe {
        #[cfg(Py_GIL_DISABLED)]
        {
            use std::sync::atomic::{AtomicU32, Ordering::Relaxed};
            ((*ptr::addr_of_mut!((*op).ob_ref_local).cast::<AtomicU32>()).load(Relaxed) == u32::MAX)
                as std::ffi::c_int
        }
        #[cfg(all(
            not(Py_GIL_DISABLED),
            Py_3_12,
            target_pointer_width = "64",
            not(any(PyPy, GraalPy))
        ))]
        {
            (((*op).ob_refcnt.ob_refcnt as i32) < 0) as std::ffi::c_int
        }
        #[cfg(all(
            not(Py_GIL_DISABLED),
            Py_3_12,
            not(target_pointer_width = "64"),
            not(any(PyPy, GraalPy))
        ))]
        {
            ((*op).ob_refcnt.ob_refcnt >= (1 << 30)) as std::ffi::c_int
        }
        #[cfg(all(
            not(Py_GIL_DISABLED),
            not(Py_3_12),
            Py_LIMITED_API,
            target_pointer_width = "64",
            not(any(PyPy, GraalPy))
        ))]
        {
            // A stable-ABI build may run on 3.12+: ask the count itself, as 3.12's
            // headers do (before 3.12 no live count reaches 2**31).
            (((*op).ob_refcnt as i32) < 0) as std::ffi::c_int
        }
        #[cfg(all(
            not(Py_GIL_DISABLED),
            any(
                PyPy,
                GraalPy,
                all(not(Py_3_12), not(all(Py_LIMITED_API, target_pointer_width = "64")))
            )
        ))]
        {
            let _ = op;
            0
        }
    }
}
