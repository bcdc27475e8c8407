//! Layout table of the `runtime` FFI group (see `core.rs` for the format):
//! pyerrors.h, warnings.h, import.h, ceval.h, pythonrun.h, compile.h,
//! sysmodule.h, fileobject.h, traceback.h, marshal.h, modsupport.h.

use crate::harness::{constants, structs, Check};

pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        #[cfg(not(Py_LIMITED_API))]
        PyBaseExceptionObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause,
            suppress_context,
        }
        #[cfg(not(Py_LIMITED_API))]
        PySyntaxErrorObject {
            ob_base, msg, filename, lineno, offset,
            #[cfg(Py_3_10)] end_lineno, #[cfg(Py_3_10)] end_offset,
            text, print_file_and_line, #[cfg(Py_3_14)] metadata,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyImportErrorObject { ob_base, msg, name, path, #[cfg(Py_3_12)] name_from }
        #[cfg(not(Py_LIMITED_API))]
        PyUnicodeErrorObject { ob_base, encoding, object, start, end, reason }
        #[cfg(not(Py_LIMITED_API))]
        PySystemExitObject { ob_base, code }
        #[cfg(not(Py_LIMITED_API))]
        PyOSErrorObject { ob_base, myerrno, strerror, filename, filename2, written }
        #[cfg(not(Py_LIMITED_API))]
        PyStopIterationObject { ob_base, value }
        #[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
        PyNameErrorObject { ob_base, name }
        #[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
        PyAttributeErrorObject { ob_base, obj, name }
        #[cfg(not(Py_LIMITED_API))]
        _inittab as "struct _inittab" { name, initfunc }
        #[cfg(not(Py_LIMITED_API))]
        _frozen as "struct _frozen" {
            name, code, size, #[cfg(Py_3_11)] is_package,
            #[cfg(all(Py_3_11, not(Py_3_13)))] get_code,
        }
        #[cfg(Py_3_15)]
        PyImport_LazyImportsMode {}
    }
    exception_group(out);
}

/// `PyBaseExceptionGroupObject`: CPython patch releases appended a private
/// field, so only the offsets of the declared fields are compared.
#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
fn exception_group(out: &mut Vec<Check>) {
    use std::mem::offset_of;
    for (field, offset) in [
        ("ob_base", offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, ob_base)),
        ("msg", offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, msg)),
        ("excs", offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, excs)),
    ] {
        out.push(Check {
            key: format!("offsetof(PyBaseExceptionGroupObject, {field})"),
            c_expr: format!("offsetof(PyBaseExceptionGroupObject, {field})"),
            rust: offset as i128,
        });
    }
}

#[cfg(not(all(Py_3_11, not(Py_LIMITED_API))))]
fn exception_group(_out: &mut Vec<Check>) {}
