//! Calling Python objects: the positional arguments of `call`, `call1` and
//! `call_method*` are given as Rust tuples of convertible values (or as a
//! Python tuple). Tuples are passed with the vectorcall protocol: the
//! converted values go in a stack array and no argument tuple is built.

use crate::conversion::IntoPyObject;
use crate::err::PyResult;
use crate::ffi;
use crate::instance::{Borrowed, Bound, BoundObject, Py};
use crate::types::{PyAny, PyDict, PyString, PyTuple};

pub(crate) mod private {
    use crate::instance::{Borrowed, Bound, Py};
    use crate::types::PyTuple;

    /// Only this crate implements `PyCallArgs`.
    pub trait Sealed {}

    impl Sealed for () {}
    impl Sealed for Bound<'_, PyTuple> {}
    impl Sealed for &'_ Bound<'_, PyTuple> {}
    impl Sealed for Py<PyTuple> {}
    impl Sealed for &'_ Py<PyTuple> {}
    impl Sealed for Borrowed<'_, '_, PyTuple> {}

    /// Keeps the `PyCallArgs` methods uncallable outside this crate.
    pub struct Token;
}

/// The positional arguments of a call: `()`, a tuple of up to 12 values
/// convertible with `IntoPyObject`, or a Python tuple.
pub trait PyCallArgs<'py>: Sized + private::Sealed {
    #[doc(hidden)]
    fn call(
        self,
        function: Borrowed<'_, 'py, PyAny>,
        kwargs: Borrowed<'_, 'py, PyDict>,
        token: private::Token,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.call_with(function, Some(kwargs), token)
    }

    #[doc(hidden)]
    fn call_positional(
        self,
        function: Borrowed<'_, 'py, PyAny>,
        token: private::Token,
    ) -> PyResult<Bound<'py, PyAny>> {
        self.call_with(function, None, token)
    }

    /// Calls `function` with these arguments and the optional keyword
    /// arguments.
    #[doc(hidden)]
    fn call_with(
        self,
        function: Borrowed<'_, 'py, PyAny>,
        kwargs: Option<Borrowed<'_, 'py, PyDict>>,
        token: private::Token,
    ) -> PyResult<Bound<'py, PyAny>>;

    #[doc(hidden)]
    fn call_method_positional(
        self,
        object: Borrowed<'_, 'py, PyAny>,
        method_name: Borrowed<'_, 'py, PyString>,
        _: private::Token,
    ) -> PyResult<Bound<'py, PyAny>> {
        use crate::types::PyAnyMethods;
        let method = object.getattr(&*method_name)?;
        self.call_positional(method.as_borrowed(), private::Token)
    }
}

/// Calls `callable` with the positional arguments in `args[1..]`; `args[0]`
/// is scratch space the callee may use (`PY_VECTORCALL_ARGUMENTS_OFFSET`).
#[cfg(any(Py_3_12, not(Py_LIMITED_API)))]
pub(crate) fn vectorcall<'py>(
    callable: Borrowed<'_, 'py, PyAny>,
    args: &mut [*mut ffi::PyObject],
    kwargs: Option<Borrowed<'_, 'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let positional = &args[1..];
    let nargsf = positional.len() | ffi::PY_VECTORCALL_ARGUMENTS_OFFSET;
    // SAFETY: attached; `args` holds live borrowed objects and one writable
    // slot before them, as the offset flag promises.
    let result = unsafe {
        match kwargs {
            None => ffi::PyObject_Vectorcall(
                callable.as_ptr(),
                positional.as_ptr(),
                nargsf,
                std::ptr::null_mut(),
            ),
            #[cfg(not(Py_LIMITED_API))]
            Some(kwargs) => ffi::PyObject_VectorcallDict(
                callable.as_ptr(),
                positional.as_ptr(),
                nargsf,
                kwargs.as_ptr(),
            ),
            #[cfg(Py_LIMITED_API)]
            Some(kwargs) => return call_with_tuple(callable, positional, Some(kwargs)),
        }
    };
    // SAFETY: the call returned a new reference or null with an exception.
    unsafe { Bound::from_owned_ptr_or_err(callable.py(), result) }
}

/// Calls `callable` with the positional arguments in `args[1..]` (the
/// stable ABI before 3.12 has no vectorcall: a tuple is built).
#[cfg(not(any(Py_3_12, not(Py_LIMITED_API))))]
pub(crate) fn vectorcall<'py>(
    callable: Borrowed<'_, 'py, PyAny>,
    args: &mut [*mut ffi::PyObject],
    kwargs: Option<Borrowed<'_, 'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    call_with_tuple(callable, &args[1..], kwargs)
}

/// The stable-ABI fallback: build the argument tuple and `PyObject_Call`.
#[cfg(Py_LIMITED_API)]
fn call_with_tuple<'py>(
    callable: Borrowed<'_, 'py, PyAny>,
    positional: &[*mut ffi::PyObject],
    kwargs: Option<Borrowed<'_, 'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = callable.py();
    // SAFETY: attached; the tuple is filled with new references to the live
    // argument objects before use.
    unsafe {
        let tuple = Bound::from_owned_ptr_or_err(py, ffi::PyTuple_New(positional.len() as _))?;
        for (index, &item) in positional.iter().enumerate() {
            ffi::Py_INCREF(item);
            ffi::PyTuple_SetItem(tuple.as_ptr(), index as _, item);
        }
        let kwargs = kwargs.map_or(std::ptr::null_mut(), |k| k.as_ptr());
        Bound::from_owned_ptr_or_err(
            py,
            ffi::PyObject_Call(callable.as_ptr(), tuple.as_ptr(), kwargs),
        )
    }
}

/// Calls a method with the vectorcall protocol: `args[0]` is the object
/// (`self`), `args[1..]` the positional arguments.
fn vectorcall_method<'py>(
    object: Borrowed<'_, 'py, PyAny>,
    name: Borrowed<'_, 'py, PyString>,
    args: &mut [*mut ffi::PyObject],
) -> PyResult<Bound<'py, PyAny>> {
    #[cfg(any(Py_3_12, not(Py_LIMITED_API)))]
    {
        let py = object.py();
        args[0] = object.as_ptr();
        // SAFETY: attached; `args` holds `self` then the live arguments.
        unsafe {
            let result = ffi::PyObject_VectorcallMethod(
                name.as_ptr(),
                args.as_ptr(),
                args.len() | ffi::PY_VECTORCALL_ARGUMENTS_OFFSET,
                std::ptr::null_mut(),
            );
            Bound::from_owned_ptr_or_err(py, result)
        }
    }
    #[cfg(not(any(Py_3_12, not(Py_LIMITED_API))))]
    {
        use crate::types::PyAnyMethods;
        let method = object.getattr(&*name)?;
        vectorcall(method.as_borrowed(), args, None)
    }
}

impl<'py> PyCallArgs<'py> for () {
    fn call_with(
        self,
        function: Borrowed<'_, 'py, PyAny>,
        kwargs: Option<Borrowed<'_, 'py, PyDict>>,
        _: private::Token,
    ) -> PyResult<Bound<'py, PyAny>> {
        vectorcall(function, &mut [std::ptr::null_mut()], kwargs)
    }

    fn call_method_positional(
        self,
        object: Borrowed<'_, 'py, PyAny>,
        method_name: Borrowed<'_, 'py, PyString>,
        _: private::Token,
    ) -> PyResult<Bound<'py, PyAny>> {
        vectorcall_method(object, method_name, &mut [std::ptr::null_mut()])
    }
}

/// Calls with a ready-made Python tuple of arguments.
fn call_with_args_tuple<'py>(
    function: Borrowed<'_, 'py, PyAny>,
    args: Borrowed<'_, 'py, PyTuple>,
    kwargs: Option<Borrowed<'_, 'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let kwargs = kwargs.map_or(std::ptr::null_mut(), |k| k.as_ptr());
    // SAFETY: attached; the objects are alive; the result is a new
    // reference or null with an exception set.
    unsafe {
        Bound::from_owned_ptr_or_err(
            function.py(),
            ffi::PyObject_Call(function.as_ptr(), args.as_ptr(), kwargs),
        )
    }
}

macro_rules! python_tuple_args {
    ($($ty:ty => |$this:ident, $py:ident| $borrow:expr;)*) => {$(
        impl<'py> PyCallArgs<'py> for $ty {
            fn call_with(
                self,
                function: Borrowed<'_, 'py, PyAny>,
                kwargs: Option<Borrowed<'_, 'py, PyDict>>,
                _: private::Token,
            ) -> PyResult<Bound<'py, PyAny>> {
                let ($this, $py) = (&self, function.py());
                call_with_args_tuple(function, $borrow, kwargs)
            }
        }
    )*};
}

python_tuple_args! {
    Bound<'py, PyTuple> => |args, _py| args.as_borrowed();
    &'_ Bound<'py, PyTuple> => |args, _py| args.as_borrowed();
    Borrowed<'_, 'py, PyTuple> => |args, _py| *args;
    Py<PyTuple> => |args, py| args.bind_borrowed(py);
    &'_ Py<PyTuple> => |args, py| args.bind_borrowed(py);
}

/// `PyCallArgs` for Rust tuples of 1 to 12 convertible values.
macro_rules! rust_tuple_args {
    ($(($($T:ident $value:ident),+))*) => {$(
        impl<$($T,)+> private::Sealed for ($($T,)+) {}

        impl<'py, $($T,)+> PyCallArgs<'py> for ($($T,)+)
        where
            $($T: IntoPyObject<'py>,)+
        {
            fn call_with(
                self,
                function: Borrowed<'_, 'py, PyAny>,
                kwargs: Option<Borrowed<'_, 'py, PyDict>>,
                _: private::Token,
            ) -> PyResult<Bound<'py, PyAny>> {
                let py = function.py();
                let ($($value,)+) = self;
                $(let $value = $value.into_pyobject(py).map_err(Into::into)?;)+
                vectorcall(
                    function,
                    &mut [std::ptr::null_mut(), $(BoundObject::as_ptr(&$value)),+],
                    kwargs,
                )
            }

            fn call_method_positional(
                self,
                object: Borrowed<'_, 'py, PyAny>,
                method_name: Borrowed<'_, 'py, PyString>,
                _: private::Token,
            ) -> PyResult<Bound<'py, PyAny>> {
                let py = object.py();
                let ($($value,)+) = self;
                $(let $value = $value.into_pyobject(py).map_err(Into::into)?;)+
                vectorcall_method(
                    object,
                    method_name,
                    &mut [std::ptr::null_mut(), $(BoundObject::as_ptr(&$value)),+],
                )
            }
        }
    )*};
}

rust_tuple_args! {
    (T0 a0)
    (T0 a0, T1 a1)
    (T0 a0, T1 a1, T2 a2)
    (T0 a0, T1 a1, T2 a2, T3 a3)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10)
    (T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7, T8 a8, T9 a9, T10 a10, T11 a11)
}
