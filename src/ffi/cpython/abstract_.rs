//! `Include/cpython/abstract.h`: the vectorcall helpers and the unchecked
//! sequence accessors of the full API.

#[cfg(not(PyPy))]
use std::ptr;

use libc::size_t;

#[cfg(not(Py_3_11))]
use crate::ffi::PyThreadState;
#[cfg(not(Py_3_11))]
use crate::ffi::PyVectorcall_NARGS;
use crate::ffi::{
    PY_VECTORCALL_ARGUMENTS_OFFSET, Py_TPFLAGS_HAVE_VECTORCALL, Py_TYPE, Py_ssize_t, PyObject,
    PyObject_VectorcallMethod, PyType_HasFeature, vectorcallfunc,
};
#[cfg(not(PyPy))]
use crate::ffi::{PyList_Check, PyList_GET_ITEM, PyList_GET_SIZE, PyListObject};
#[cfg(not(PyPy))]
use crate::ffi::{PyTuple_GET_ITEM, PyTuple_GET_SIZE, PyTupleObject};
#[cfg(not(Py_3_11))]
use std::ffi::c_char;

// ---------------------------------------------------------------------------
// Vectorcall
// ---------------------------------------------------------------------------

/// The vectorcall function of `callable`, if its type supports vectorcall
/// (C `PyVectorcall_Function`): read at `tp_vectorcall_offset` in the
/// object. Exported as a function since 3.11, which does the same.
#[inline]
pub unsafe fn PyVectorcall_Function(callable: *mut PyObject) -> Option<vectorcallfunc> {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let tp = Py_TYPE(callable);
        if PyType_HasFeature(tp, Py_TPFLAGS_HAVE_VECTORCALL) == 0 {
            return None;
        }
        let offset = (*tp).tp_vectorcall_offset;
        callable
            .cast::<u8>()
            .offset(offset)
            .cast::<Option<vectorcallfunc>>()
            .read_unaligned()
    }
}

#[cfg(not(Py_3_11))]
unsafe extern "C" {
    // Exported helpers of the static inline vectorcall of 3.9 and 3.10.
    fn _PyObject_MakeTpCall(
        tstate: *mut PyThreadState,
        callable: *mut PyObject,
        args: *const *mut PyObject,
        nargs: Py_ssize_t,
        keywords: *mut PyObject,
    ) -> *mut PyObject;
    fn _Py_CheckFunctionResult(
        tstate: *mut PyThreadState,
        callable: *mut PyObject,
        result: *mut PyObject,
        where_: *const c_char,
    ) -> *mut PyObject;
    #[link_name = "PyThreadState_Get"]
    fn current_thread_state() -> *mut PyThreadState;
}

/// Calls `callable` with the vectorcall convention on thread state `tstate`
/// (C `_PyObject_VectorcallTstate`, a static inline function before 3.11):
/// through its vectorcall function if it has one, else through `tp_call`.
#[cfg(not(Py_3_11))]
#[inline]
pub unsafe fn _PyObject_VectorcallTstate(
    tstate: *mut PyThreadState,
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: size_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        match PyVectorcall_Function(callable) {
            None => {
                let nargs = PyVectorcall_NARGS(nargsf);
                _PyObject_MakeTpCall(tstate, callable, args, nargs, kwnames)
            }
            Some(func) => {
                let res = func(callable, args, nargsf, kwnames);
                _Py_CheckFunctionResult(tstate, callable, res, ptr::null())
            }
        }
    }
}

/// Calls `callable` with positional arguments `args[..nargs]` followed by
/// the values of the keywords named in the tuple `kwnames` (C
/// `PyObject_Vectorcall`; a static inline function before 3.11, an exported
/// one since).
#[cfg(not(Py_3_11))]
#[inline]
pub unsafe fn PyObject_Vectorcall(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: size_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { _PyObject_VectorcallTstate(current_thread_state(), callable, args, nargsf, kwnames) }
}

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyObject_VectorcallDict")]
    pub fn PyObject_VectorcallDict(
        callable: *mut PyObject,
        args: *const *mut PyObject,
        nargsf: size_t,
        kwargs: *mut PyObject,
    ) -> *mut PyObject;
    #[cfg(Py_3_11)]
    #[cfg_attr(PyPy, link_name = "PyPyObject_CallOneArg")]
    pub fn PyObject_CallOneArg(func: *mut PyObject, arg: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyObject_LengthHint")]
    pub fn PyObject_LengthHint(o: *mut PyObject, default_value: Py_ssize_t) -> Py_ssize_t;
}

/// Calls `func` with the single argument `arg` (C `PyObject_CallOneArg`; a
/// static inline function before 3.11).
#[cfg(not(Py_3_11))]
#[inline]
pub unsafe fn PyObject_CallOneArg(func: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        // One spare slot before the argument, as PY_VECTORCALL_ARGUMENTS_OFFSET
        // allows the callee to use.
        let mut buf: [*mut PyObject; 2] = [ptr::null_mut(), arg];
        let args = buf.as_mut_ptr().add(1);
        let nargsf = 1 | PY_VECTORCALL_ARGUMENTS_OFFSET;
        _PyObject_VectorcallTstate(current_thread_state(), func, args, nargsf, ptr::null_mut())
    }
}

/// Calls the method `name` of `slf` without arguments (C
/// `PyObject_CallMethodNoArgs`, a static inline function).
#[inline]
pub unsafe fn PyObject_CallMethodNoArgs(slf: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        // With PY_VECTORCALL_ARGUMENTS_OFFSET the callee may overwrite the
        // `self` slot for a while, so it must be writable.
        let mut args = [slf];
        PyObject_VectorcallMethod(
            name,
            args.as_mut_ptr(),
            1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            std::ptr::null_mut(),
        )
    }
}

/// Calls the method `name` of `slf` with the single argument `arg` (C
/// `PyObject_CallMethodOneArg`, a static inline function).
#[inline]
pub unsafe fn PyObject_CallMethodOneArg(
    slf: *mut PyObject,
    name: *mut PyObject,
    arg: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        // Writable: see `PyObject_CallMethodNoArgs`.
        let mut args = [slf, arg];
        PyObject_VectorcallMethod(
            name,
            args.as_mut_ptr(),
            2 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            std::ptr::null_mut(),
        )
    }
}

// Aliases (C macros) kept for the API that was provisional in 3.8.

/// Old name of `PyObject_Vectorcall` (C macro `_PyObject_Vectorcall`).
#[inline]
pub unsafe fn _PyObject_Vectorcall(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: size_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { crate::ffi::PyObject_Vectorcall(callable, args, nargsf, kwnames) }
}

/// Old name of `PyObject_VectorcallMethod` (C macro
/// `_PyObject_VectorcallMethod`).
#[inline]
pub unsafe fn _PyObject_VectorcallMethod(
    name: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: size_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_VectorcallMethod(name, args, nargsf, kwnames) }
}

/// Old name of `PyObject_VectorcallDict` (C macro `_PyObject_FastCallDict`).
#[inline]
pub unsafe fn _PyObject_FastCallDict(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: size_t,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_VectorcallDict(callable, args, nargsf, kwargs) }
}

/// Old name of `PyVectorcall_Function` (C macro `_PyVectorcall_Function`).
#[inline]
pub unsafe fn _PyVectorcall_Function(callable: *mut PyObject) -> Option<vectorcallfunc> {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyVectorcall_Function(callable) }
}

/// Old name of `PyObject_CallOneArg` (C macro `_PyObject_CallOneArg`).
#[inline]
pub unsafe fn _PyObject_CallOneArg(func: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_CallOneArg(func, arg) }
}

/// Old name of `PyObject_CallMethodNoArgs` (C macro
/// `_PyObject_CallMethodNoArgs`).
#[inline]
pub unsafe fn _PyObject_CallMethodNoArgs(slf: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_CallMethodNoArgs(slf, name) }
}

/// Old name of `PyObject_CallMethodOneArg` (C macro
/// `_PyObject_CallMethodOneArg`).
#[inline]
pub unsafe fn _PyObject_CallMethodOneArg(
    slf: *mut PyObject,
    name: *mut PyObject,
    arg: *mut PyObject,
) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe { PyObject_CallMethodOneArg(slf, name, arg) }
}

// ---------------------------------------------------------------------------
// Unchecked sequence access
// ---------------------------------------------------------------------------

/// Item `i` of the sequence `o` through its `sq_item` slot, with no check
/// that the slot exists and no negative-index fix-up (C `PySequence_ITEM`).
#[inline]
pub unsafe fn PySequence_ITEM(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        let sq_item = (*(*Py_TYPE(o)).tp_as_sequence).sq_item;
        // The C macro calls the slot unconditionally.
        sq_item.expect("PySequence_ITEM on a type without sq_item")(o, i)
    }
}

/// The length of `o`, a list or tuple returned by `PySequence_Fast` (C
/// `PySequence_Fast_GET_SIZE`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PySequence_Fast_GET_SIZE(o: *mut PyObject) -> Py_ssize_t {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PyList_Check(o) != 0 {
            PyList_GET_SIZE(o)
        } else {
            PyTuple_GET_SIZE(o)
        }
    }
}

/// Item `i` of `o`, a list or tuple returned by `PySequence_Fast`, borrowed
/// and unchecked (C `PySequence_Fast_GET_ITEM`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PySequence_Fast_GET_ITEM(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PyList_Check(o) != 0 {
            PyList_GET_ITEM(o, i)
        } else {
            PyTuple_GET_ITEM(o, i)
        }
    }
}

/// The item array of `o`, a list or tuple returned by `PySequence_Fast` (C
/// `PySequence_Fast_ITEMS`).
#[cfg(not(PyPy))]
#[inline]
pub unsafe fn PySequence_Fast_ITEMS(o: *mut PyObject) -> *mut *mut PyObject {
    // SAFETY: the caller passes what the C API asks for (live objects, attached).
    unsafe {
        if PyList_Check(o) != 0 {
            (*o.cast::<PyListObject>()).ob_item
        } else {
            ptr::addr_of_mut!((*o.cast::<PyTupleObject>()).ob_item).cast::<*mut PyObject>()
        }
    }
}

// PyPy exports the `PySequence_Fast` accessors as functions.
#[cfg(PyPy)]
unsafe extern "C" {
    #[link_name = "PyPySequence_Fast_GET_SIZE"]
    pub fn PySequence_Fast_GET_SIZE(o: *mut PyObject) -> Py_ssize_t;
    #[link_name = "PyPySequence_Fast_GET_ITEM"]
    pub fn PySequence_Fast_GET_ITEM(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject;
    #[link_name = "PyPySequence_Fast_ITEMS"]
    pub fn PySequence_Fast_ITEMS(o: *mut PyObject) -> *mut *mut PyObject;
}
