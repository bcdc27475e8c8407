//! Layout table of the `runtime` FFI group (see `core.rs` for the format):
//! pyerrors.h, warnings.h, import.h, ceval.h, pythonrun.h, compile.h,
//! sysmodule.h, fileobject.h, traceback.h, marshal.h, modsupport.h.

use crate::harness::{Check, constants, structs};

pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        #[cfg(not(Py_LIMITED_API))]
        PyBaseExceptionObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause,
            suppress_context,
        }
        #[cfg(not(Py_LIMITED_API))]
        PySyntaxErrorObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            msg, filename, lineno, offset,
            #[cfg(Py_3_10)] end_lineno, #[cfg(Py_3_10)] end_offset,
            text, print_file_and_line, #[cfg(Py_3_14)] metadata,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyImportErrorObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            msg, name, path, #[cfg(Py_3_12)] name_from,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyUnicodeErrorObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            encoding, object, start, end, reason,
        }
        #[cfg(not(Py_LIMITED_API))]
        PySystemExitObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            code,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyOSErrorObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            myerrno, strerror, filename, filename2, written,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyStopIterationObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            value,
        }
        #[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
        PyNameErrorObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            name,
        }
        #[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
        PyAttributeErrorObject {
            ob_base, dict, args, #[cfg(Py_3_11)] notes, traceback, context, cause, suppress_context,
            obj, name,
        }
        #[cfg(not(Py_LIMITED_API))]
        _inittab as "struct _inittab" { name, initfunc }
        #[cfg(not(Py_LIMITED_API))]
        _frozen as "struct _frozen" {
            name, code, size, #[cfg(Py_3_11)] is_package,
            #[cfg(all(Py_3_11, not(Py_3_13)))] get_code,
        }
        #[cfg(Py_3_15)]
        PyImport_LazyImportsMode {}
        #[cfg(not(Py_LIMITED_API))]
        PyCompilerFlags { cf_flags, cf_feature_version }
        #[cfg(all(not(Py_LIMITED_API), not(Py_3_12)))]
        PyFutureFeatures { ff_features, ff_lineno }
        #[cfg(not(Py_LIMITED_API))]
        PyTracebackObject { ob_base, tb_next, tb_frame, tb_lasti, tb_lineno }
        #[cfg(Py_3_15)]
        PyABIInfo {
            abiinfo_major_version, abiinfo_minor_version, flags, build_version, abi_version,
        }
    }

    constants! { out;
        Py_single_input, Py_file_input, Py_eval_input, Py_func_type_input,
        // Gone from 3.12's headers, and from their limited API for any target.
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))] Py_fstring_input,
        #[cfg(not(Py_LIMITED_API))] PyCF_MASK,
        #[cfg(not(Py_LIMITED_API))] PyCF_MASK_OBSOLETE,
        #[cfg(not(Py_LIMITED_API))] PyCF_SOURCE_IS_UTF8,
        #[cfg(not(Py_LIMITED_API))] PyCF_DONT_IMPLY_DEDENT,
        #[cfg(not(Py_LIMITED_API))] PyCF_ONLY_AST,
        #[cfg(not(Py_LIMITED_API))] PyCF_IGNORE_COOKIE,
        #[cfg(not(Py_LIMITED_API))] PyCF_TYPE_COMMENTS,
        #[cfg(not(Py_LIMITED_API))] PyCF_ALLOW_TOP_LEVEL_AWAIT,
        #[cfg(all(Py_3_10, not(Py_LIMITED_API)))] PyCF_ALLOW_INCOMPLETE_INPUT,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyCF_OPTIMIZED_AST,
        #[cfg(not(Py_LIMITED_API))] PyCF_COMPILE_MASK,
        #[cfg(not(Py_LIMITED_API))] PY_INVALID_STACK_EFFECT,
        FVC_MASK, FVC_NONE, FVC_STR, FVC_REPR, FVC_ASCII, FVS_MASK, FVS_HAVE_SPEC,
        #[cfg(not(Py_3_14))] PYOS_STACK_MARGIN,
        #[cfg(not(Py_LIMITED_API))] Py_MARSHAL_VERSION,
        Py_CLEANUP_SUPPORTED, PYTHON_API_VERSION, PYTHON_ABI_VERSION,
        #[cfg(Py_3_15)] PyABIInfo_STABLE, #[cfg(Py_3_15)] PyABIInfo_GIL,
        #[cfg(Py_3_15)] PyABIInfo_FREETHREADED, #[cfg(Py_3_15)] PyABIInfo_INTERNAL,
        #[cfg(Py_3_15)] PyABIInfo_FREETHREADING_AGNOSTIC,
        #[cfg(Py_3_15)] PyABIInfo_DEFAULT_FLAGS,
    }
    exception_group(out);
}

/// `PyBaseExceptionGroupObject`: CPython patch releases appended a private
/// field, so only the offsets of the declared fields are compared.
#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
fn exception_group(out: &mut Vec<Check>) {
    use std::mem::offset_of;
    for (field, offset) in [
        (
            "ob_base",
            offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, ob_base),
        ),
        (
            "args",
            offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, args),
        ),
        (
            "suppress_context",
            offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, suppress_context),
        ),
        (
            "msg",
            offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, msg),
        ),
        (
            "excs",
            offset_of!(pyo3::ffi::PyBaseExceptionGroupObject, excs),
        ),
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
