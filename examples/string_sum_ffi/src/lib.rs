//! The `string_sum` module of the pyo3-ffi README, written against
//! `pyo3::ffi` only: a static `PyModuleDef`, one `METH_FASTCALL` function
//! and hand-written argument checks.

use std::os::raw::c_char;
use std::ptr;

use pyo3::ffi::*;

static mut MODULE_DEF: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c_str!("string_sum").as_ptr(),
    m_doc: c_str!("A Python module written in Rust.").as_ptr(),
    m_size: 0,
    m_methods: ptr::addr_of_mut!(METHODS) as *mut PyMethodDef,
    m_slots: std::ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

static mut METHODS: [PyMethodDef; 2] = [
    PyMethodDef {
        ml_name: c_str!("sum_as_string").as_ptr(),
        ml_meth: PyMethodDefPointer {
            PyCFunctionFast: sum_as_string,
        },
        ml_flags: METH_FASTCALL,
        ml_doc: c_str!("returns the sum of two integers as a string").as_ptr(),
    },
    // A zeroed PyMethodDef to mark the end of the array.
    PyMethodDef::zeroed(),
];

/// The module initialization function, which must be named `PyInit_<your_module>`.
///
/// # Safety
///
/// Called by the interpreter's import machinery, with the GIL held.
#[allow(non_snake_case)]
#[no_mangle]
pub unsafe extern "C" fn PyInit_string_sum() -> *mut PyObject {
    PyModule_Create(ptr::addr_of_mut!(MODULE_DEF))
}

/// Reads argument `index` (1-based) as a C long, raising TypeError for
/// non-ints; `None` means an exception is set.
unsafe fn long_argument(args: *mut *mut PyObject, index: usize) -> Option<i64> {
    let arg = *args.add(index - 1);
    if PyLong_Check(arg) == 0 {
        let message = format!("sum_as_string() expected an int for positional argument {index}\0");
        PyErr_SetString(PyExc_TypeError, message.as_ptr().cast::<c_char>());
        return None;
    }
    let value = PyLong_AsLong(arg);
    if value == -1 && !PyErr_Occurred().is_null() {
        // OverflowError: Python int too large to convert to C long
        return None;
    }
    Some(value as i64)
}

/// `sum_as_string(a, b)`: the sum of two ints as a string.
///
/// # Safety
///
/// Called by the interpreter with the GIL held and `nargs` valid pointers in
/// `args` (the `METH_FASTCALL` convention).
pub unsafe extern "C" fn sum_as_string(
    _self: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    if nargs != 2 {
        PyErr_SetString(
            PyExc_TypeError,
            c_str!("sum_as_string() expected 2 positional arguments").as_ptr(),
        );
        return std::ptr::null_mut();
    }

    let Some(first) = long_argument(args, 1) else {
        return std::ptr::null_mut();
    };
    let Some(second) = long_argument(args, 2) else {
        return std::ptr::null_mut();
    };

    match first.checked_add(second) {
        Some(sum) => {
            let string = sum.to_string();
            PyUnicode_FromStringAndSize(string.as_ptr().cast::<c_char>(), string.len() as isize)
        }
        None => {
            PyErr_SetString(
                PyExc_OverflowError,
                c_str!("arguments too large to add").as_ptr(),
            );
            std::ptr::null_mut()
        }
    }
}
