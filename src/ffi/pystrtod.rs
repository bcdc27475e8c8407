//! `Include/pystrtod.h`: locale-independent conversions between `double`
//! and strings.

use std::ffi::{c_char, c_double, c_int};

use crate::ffi::PyObject;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyOS_string_to_double")]
    pub fn PyOS_string_to_double(
        str: *const c_char,
        endptr: *mut *mut c_char,
        overflow_exception: *mut PyObject,
    ) -> c_double;
    /// The returned buffer must be released with `PyMem_Free`.
    #[cfg_attr(PyPy, link_name = "PyPyOS_double_to_string")]
    pub fn PyOS_double_to_string(
        val: c_double,
        format_code: c_char,
        precision: c_int,
        flags: c_int,
        type_: *mut c_int,
    ) -> *mut c_char;
}

// Flags of PyOS_double_to_string.

/// Always add the sign.
pub const Py_DTSF_SIGN: c_int = 0x01;
/// Add ".0" when the result looks like an integer.
pub const Py_DTSF_ADD_DOT_0: c_int = 0x02;
/// "Alternate" formatting, specific to the format code.
pub const Py_DTSF_ALT: c_int = 0x04;
/// Turn a negative zero result into 0 (3.11+).
#[cfg(Py_3_11)]
pub const Py_DTSF_NO_NEG_0: c_int = 0x08;

// Values stored in PyOS_double_to_string's `type` output.

pub const Py_DTST_FINITE: c_int = 0;
pub const Py_DTST_INFINITE: c_int = 1;
pub const Py_DTST_NAN: c_int = 2;
