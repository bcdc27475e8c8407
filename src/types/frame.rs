//! `PyFrame`: Python frame objects (`types.FrameType`), outside the stable
//! ABI (and not on PyPy or GraalPy), as in PyO3.

use std::ffi::CStr;

use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::{PyAny, PyCode, PyDict};

/// A Python frame object: one call's execution state in a traceback
/// or a running stack.
#[repr(transparent)]
pub struct PyFrame(PyAny);

crate::pyobject_native_type_core!(
    PyFrame,
    crate::pyobject_native_static_type_object!(ffi::PyFrame_Type),
    "types",
    "FrameType", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyFrame_Check
);

impl crate::sealed::Sealed for Bound<'_, PyFrame> {}

impl PyFrame {
    /// A frame of an empty function `func_name` at `file_name:line_number`
    /// (with fresh globals), e.g. to add Rust frames to tracebacks.
    pub fn new<'py>(
        py: Python<'py>,
        file_name: &CStr,
        func_name: &CStr,
        line_number: i32,
    ) -> PyResult<Bound<'py, PyFrame>> {
        let code = PyCode::empty(py, file_name, func_name, line_number);
        let globals = PyDict::new(py);
        let locals = PyDict::new(py);
        // SAFETY: attached, so the thread state is this thread's; the code
        // object and dicts are alive; returns a new frame or null with an
        // error.
        unsafe {
            let frame = ffi::PyFrame_New(
                ffi::PyThreadState_Get(),
                code.as_ptr().cast(),
                globals.as_ptr(),
                locals.as_ptr(),
            );
            Bound::from_owned_ptr_or_err(py, frame.cast()).map(|frame| frame.cast_into_unchecked())
        }
    }
}

/// The methods of frame objects.
pub trait PyFrameMethods<'py>: crate::sealed::Sealed {
    /// The line being executed (`f_lineno`).
    fn line_number(&self) -> i32;

    /// The calling frame (`f_back`), if any.
    fn outer(&self) -> Option<Bound<'py, PyFrame>>;

    /// The code being executed (`f_code`).
    fn code(&self) -> Bound<'py, PyCode>;

    /// The value of the variable `name` in the frame; `NameError` if it
    /// is not set.
    #[cfg(Py_3_12)]
    fn var(&self, name: &CStr) -> PyResult<Bound<'py, PyAny>>;

    /// The builtins the frame uses (`f_builtins`).
    #[cfg(Py_3_11)]
    fn builtins(&self) -> Bound<'py, PyDict>;

    /// The frame's globals (`f_globals`).
    #[cfg(Py_3_11)]
    fn globals(&self) -> Bound<'py, PyDict>;

    /// The frame's locals (`f_locals`): a dict, or from 3.13 on a
    /// write-through proxy for function frames.
    #[cfg(Py_3_11)]
    fn locals(&self) -> Bound<'py, PyAny>;
}

impl<'py> PyFrameMethods<'py> for Bound<'py, PyFrame> {
    fn line_number(&self) -> i32 {
        // SAFETY: attached; the object is a frame.
        unsafe { ffi::PyFrame_GetLineNumber(self.as_ptr().cast()) }
    }

    fn outer(&self) -> Option<Bound<'py, PyFrame>> {
        // SAFETY: attached; the object is a frame; returns a new
        // reference to a frame, or null (no error) for the outermost one.
        unsafe {
            Bound::from_owned_ptr_or_opt(
                self.py(),
                ffi::PyFrame_GetBack(self.as_ptr().cast()).cast(),
            )
            .map(|frame| frame.cast_into_unchecked())
        }
    }

    fn code(&self) -> Bound<'py, PyCode> {
        // SAFETY: attached; the object is a frame; returns a new
        // reference to its (never null) code object.
        unsafe {
            Bound::from_owned_ptr(self.py(), ffi::PyFrame_GetCode(self.as_ptr().cast()).cast())
                .cast_into_unchecked()
        }
    }

    #[cfg(Py_3_12)]
    fn var(&self, name: &CStr) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: attached; the object is a frame; `name` is
        // NUL-terminated and only read; returns a new reference or null
        // with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(
                self.py(),
                ffi::PyFrame_GetVarString(self.as_ptr().cast(), name.as_ptr().cast_mut()),
            )
        }
    }

    #[cfg(Py_3_11)]
    fn builtins(&self) -> Bound<'py, PyDict> {
        // SAFETY: attached; the object is a frame; returns a new reference
        // to its builtins dict.
        unsafe {
            Bound::from_owned_ptr(self.py(), ffi::PyFrame_GetBuiltins(self.as_ptr().cast()))
                .cast_into_unchecked()
        }
    }

    #[cfg(Py_3_11)]
    fn globals(&self) -> Bound<'py, PyDict> {
        // SAFETY: attached; the object is a frame; returns a new reference
        // to its globals dict.
        unsafe {
            Bound::from_owned_ptr(self.py(), ffi::PyFrame_GetGlobals(self.as_ptr().cast()))
                .cast_into_unchecked()
        }
    }

    #[cfg(Py_3_11)]
    fn locals(&self) -> Bound<'py, PyAny> {
        // SAFETY: attached; the object is a frame; returns a new reference
        // to its locals mapping (null only on memory exhaustion, which
        // panics).
        unsafe { Bound::from_owned_ptr(self.py(), ffi::PyFrame_GetLocals(self.as_ptr().cast())) }
    }
}
