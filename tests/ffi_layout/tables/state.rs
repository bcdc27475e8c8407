//! Layout table of the `state` FFI group (see `core.rs` for the format):
//! pystate.h, pythread.h, pylifecycle.h, initconfig.h, pymem.h, objimpl.h,
//! pydebug.h, frames, code, functions, generators, contexts and critical
//! sections.

use crate::harness::{constants, structs, Check};

/// Adds value checks for Rust enum variants (`Enum::Variant as i128`)
/// against the C enumerators of the same name.
macro_rules! enum_values {
    ($out:ident; $( $(#[$attr:meta])* $ty:ident :: $variant:ident ),* $(,)?) => {$(
        $(#[$attr])*
        $out.push(Check {
            key: stringify!($variant).to_string(),
            c_expr: stringify!($variant).to_string(),
            rust: pyo3::ffi::$ty::$variant as i128,
        });
    )*};
}

pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        PyGILState_STATE {}
        PyLockStatus {}
        #[cfg(not(Py_LIMITED_API))]
        _PyErr_StackItem {
            #[cfg(not(Py_3_11))] exc_type,
            exc_value,
            #[cfg(not(Py_3_11))] exc_traceback,
            previous_item,
        }
        #[cfg(all(not(Py_LIMITED_API), not(Py_3_11)))]
        PyTryBlock { b_type, b_handler, b_level }
        #[cfg(not(Py_LIMITED_API))]
        Py_tss_t {}
    }

    constants! { out;
        MAX_CO_EXTRA_USERS,
        WAIT_LOCK, NOWAIT_LOCK,
        #[cfg(not(Py_3_13))] PY_TIMEOUT_MAX,
        #[cfg(not(Py_LIMITED_API))] PyTrace_CALL,
        #[cfg(not(Py_LIMITED_API))] PyTrace_EXCEPTION,
        #[cfg(not(Py_LIMITED_API))] PyTrace_LINE,
        #[cfg(not(Py_LIMITED_API))] PyTrace_RETURN,
        #[cfg(not(Py_LIMITED_API))] PyTrace_C_CALL,
        #[cfg(not(Py_LIMITED_API))] PyTrace_C_EXCEPTION,
        #[cfg(not(Py_LIMITED_API))] PyTrace_C_RETURN,
        #[cfg(not(Py_LIMITED_API))] PyTrace_OPCODE,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_SKIP,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_PY_FUNCTION,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_BUILTIN_FUNCTION,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_METHOD_DESCRIPTOR,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KINDS,
    }

    enum_values! { out;
        PyGILState_STATE::PyGILState_LOCKED,
        PyGILState_STATE::PyGILState_UNLOCKED,
        PyLockStatus::PY_LOCK_FAILURE,
        PyLockStatus::PY_LOCK_ACQUIRED,
        PyLockStatus::PY_LOCK_INTR,
    }
}
