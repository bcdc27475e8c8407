//! The smart pointers to Python objects: [`Py<T>`] (owned, usable from any
//! thread), [`Bound<'py, T>`] (owned, tied to an attached thread) and
//! [`Borrowed<'a, 'py, T>`] (borrowed, no reference-count traffic).

use std::fmt;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ops::Deref;
use std::ptr::NonNull;

use crate::call::PyCallArgs;
use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{CastError, CastIntoError, PyErr, PyResult};
use crate::ffi;
use crate::internal::{attach, reference_pool};
use crate::marker::Python;
use crate::type_object::{PyTypeCheck, PyTypeInfo};
use crate::types::{PyAny, PyAnyMethods, PyDict, PyString, PyStringMethods, PyTypeMethods};

/// Types whose `Bound` dereferences to `Bound<PyAny>`: every Python object
/// type (native types and `#[pyclass]`es), not `PyAny` itself.
pub trait DerefToPyAny {}

/// What `Bound` and `Borrowed` have in common, for generic code over both
/// (e.g. `IntoPyObject::Output`).
pub trait BoundObject<'py, T>: bound_object_sealed::Sealed {
    /// The same pointer typed as `PyAny`.
    type Any: BoundObject<'py, PyAny>;
    /// Borrows the object.
    fn as_borrowed(&self) -> Borrowed<'_, 'py, T>;
    /// Turns the pointer into an owned `Bound`.
    fn into_bound(self) -> Bound<'py, T>;
    /// Forgets the static type.
    fn into_any(self) -> Self::Any;
    /// Gives up the pointer as an owned reference (a new one for `Borrowed`).
    fn into_ptr(self) -> *mut ffi::PyObject;
    /// The raw pointer, borrowed.
    fn as_ptr(&self) -> *mut ffi::PyObject;
    /// Turns the pointer into an owned `Py`.
    fn unbind(self) -> Py<T>;
}

mod bound_object_sealed {
    /// Implemented only for `Bound` and `Borrowed`.
    ///
    /// # Safety
    ///
    /// Implementors are layout-compatible with `*mut ffi::PyObject`.
    pub unsafe trait Sealed {}

    // SAFETY: `Bound` is a transparent wrapper of a non-null pointer.
    unsafe impl<T> Sealed for super::Bound<'_, T> {}
    // SAFETY: `Borrowed` is a non-null pointer plus zero-sized markers.
    unsafe impl<T> Sealed for super::Borrowed<'_, '_, T> {}
}

// ---------------------------------------------------------------------------
// Py<T>
// ---------------------------------------------------------------------------

/// An owned reference to a Python object of type `T`, independent of any
/// thread: `Py<T>` is `Send + Sync` and may be stored anywhere. Use it through
/// [`Py::bind`] with a [`Python`] token.
///
/// Dropping a `Py` on an attached thread releases the reference at once;
/// on a detached thread the release waits until some thread attaches.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
/// # use pyo3::types::PyDict;
/// Python::attach(|py| -> PyResult<()> {
///     // A `Py` needs no token to be stored, so it can live in a struct.
///     struct Cache {
///         table: Py<PyDict>,
///     }
///     let cache = Cache { table: PyDict::new(py).unbind() };
///     cache.table.bind(py).set_item("hits", 1)?;
///     assert_eq!(cache.table.bind(py).len(), 1);
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct Py<T>(NonNull<ffi::PyObject>, PhantomData<T>);

// SAFETY: a `Py` is only dereferenced through `bind`, which needs a `Python`
// token, i.e. an attached thread; its drop defers to an attached thread.
unsafe impl<T> Send for Py<T> {}
// SAFETY: as for `Send`: shared access goes through attached threads only.
unsafe impl<T> Sync for Py<T> {}

/// Old name of `Py<PyAny>`.
#[deprecated(since = "0.26.0", note = "use `Py<PyAny>` instead")]
pub type PyObject = Py<PyAny>;

impl<T> Py<T> {
    /// The raw pointer, borrowed.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj: Py<PyAny> = py.eval(c"object()", None, None)?.unbind();
    ///     // The pointer is borrowed: `obj` still owns the reference.
    ///     assert_eq!(obj.as_ptr(), obj.bind(py).as_ptr());
    ///     assert!(!obj.as_ptr().is_null());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn as_ptr(&self) -> *mut ffi::PyObject {
        self.0.as_ptr()
    }

    /// Gives up ownership and returns the raw pointer (one strong reference).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj: Py<PyAny> = py.eval(c"[1, 2]", None, None)?.unbind();
    ///     let raw = obj.into_ptr();
    ///     // SAFETY: `raw` is the strong reference given up by `into_ptr`.
    ///     let back = unsafe { Bound::from_owned_ptr(py, raw) };
    ///     assert_eq!(back.len()?, 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn into_ptr(self) -> *mut ffi::PyObject {
        ManuallyDrop::new(self).0.as_ptr()
    }

    /// The same reference typed as `PyAny`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text: Py<PyString> = PyString::new(py, "hi").unbind();
    ///     let any: &Py<PyAny> = text.as_any();
    ///     assert!(any.is(&text));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn as_any(&self) -> &Py<PyAny> {
        // SAFETY: `Py<T>` and `Py<PyAny>` have the same layout.
        unsafe { &*(self as *const Py<T>).cast::<Py<PyAny>>() }
    }

    /// Forgets the static type.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list: Py<PyList> = PyList::new(py, [1, 2])?.unbind();
    ///     let any: Py<PyAny> = list.into_any();
    ///     assert_eq!(any.bind(py).len()?, 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn into_any(self) -> Py<PyAny> {
        // SAFETY: same pointer, ownership moves over.
        unsafe { Py::from_non_null(ManuallyDrop::new(self).0) }
    }

    /// Borrows this reference as a `Bound` tied to `py`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyList> = PyList::empty(py).unbind();
    ///     stored.bind(py).append("item")?;
    ///     assert_eq!(stored.bind(py).len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn bind<'py>(&self, _py: Python<'py>) -> &Bound<'py, T> {
        // SAFETY: `Bound<'py, T>` is a transparent wrapper of `Py<T>` (the
        // `Python` field is zero-sized).
        unsafe { &*(self as *const Py<T>).cast::<Bound<'py, T>>() }
    }

    /// Turns this reference into a `Bound` tied to `py`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyString> = PyString::new(py, "owned").unbind();
    ///     let bound: Bound<'_, PyString> = stored.into_bound(py);
    ///     assert_eq!(bound, "owned");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn into_bound(self, py: Python<'_>) -> Bound<'_, T> {
        Bound(py, ManuallyDrop::new(self))
    }

    /// Borrows this reference as a `Borrowed` tied to `py`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyAny> = py.eval(c"12", None, None)?.unbind();
    ///     let value: i32 = stored.bind_borrowed(py).extract()?;
    ///     assert_eq!(value, 12);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn bind_borrowed<'a, 'py>(&'a self, py: Python<'py>) -> Borrowed<'a, 'py, T> {
        Borrowed(self.0, PhantomData, py)
    }

    /// Whether `self` and `other` are the same object (`is`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let a: Py<PyAny> = py.eval(c"object()", None, None)?.unbind();
    ///     let b = a.clone_ref(py);
    ///     assert!(a.is(&b));
    ///     assert!(!a.is(py.None()));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn is<U: AsRef<Py<PyAny>>>(&self, other: U) -> bool {
        self.as_ptr() == other.as_ref().as_ptr()
    }

    /// The object's reference count.
    #[deprecated(
        since = "0.29.0",
        note = "use `pyo3::ffi::Py_REFCNT(obj.as_ptr())` instead"
    )]
    pub fn get_refcnt(&self, _py: Python<'_>) -> isize {
        // SAFETY: attached, as the token proves; the object is alive.
        unsafe { ffi::Py_REFCNT(self.as_ptr()) }
    }

    /// A new reference to the same object.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let first: Py<PyAny> = py.eval(c"[]", None, None)?.unbind();
    ///     let second = first.clone_ref(py);
    ///     second.call_method1(py, "append", (1,))?;
    ///     assert_eq!(first.bind(py).len()?, 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn clone_ref(&self, _py: Python<'_>) -> Py<T> {
        // SAFETY: attached; the object is alive, so a new reference is valid.
        unsafe {
            ffi::Py_INCREF(self.as_ptr());
            Py::from_non_null(self.0)
        }
    }

    /// Releases this reference now (rather than at drop, which may have to
    /// defer when detached).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj: Py<PyAny> = py.eval(c"object()", None, None)?.unbind();
    ///     let copy = obj.clone_ref(py);
    ///     copy.drop_ref(py);
    ///     assert!(!obj.is_none(py));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn drop_ref(self, py: Python<'_>) {
        let _ = self.into_bound(py);
    }

    /// Whether the object is `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(py.None().is_none(py));
    ///     let zero: Py<PyAny> = py.eval(c"0", None, None)?.unbind();
    ///     assert!(!zero.is_none(py));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn is_none(&self, _py: Python<'_>) -> bool {
        // SAFETY: `Py_None` may be read while attached.
        self.as_ptr() == unsafe { ffi::Py_None() }
    }

    /// The truth value of the object (`bool(obj)`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let empty: Py<PyAny> = py.eval(c"\"\"", None, None)?.unbind();
    ///     assert!(!empty.is_truthy(py)?);
    ///     assert!(!py.None().is_truthy(py)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn is_truthy(&self, py: Python<'_>) -> PyResult<bool> {
        self.bind(py).as_any().is_truthy()
    }

    /// Converts the object into a Rust value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyAny> = py.eval(c"(1, \"one\")", None, None)?.unbind();
    ///     let (n, name): (i32, String) = stored.extract(py)?;
    ///     assert_eq!((n, name.as_str()), (1, "one"));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn extract<'a, 'py, D>(&'a self, py: Python<'py>) -> Result<D, D::Error>
    where
        D: FromPyObject<'a, 'py>,
    {
        self.bind_borrowed(py).to_any().extract()
    }

    /// `getattr(obj, name)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let number: Py<PyAny> = py.eval(c"3+4j", None, None)?.unbind();
    ///     let imag: f64 = number.getattr(py, "imag")?.extract(py)?;
    ///     assert_eq!(imag, 4.0);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn getattr<'py, N>(&self, py: Python<'py>, attr_name: N) -> PyResult<Py<PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        self.bind(py).as_any().getattr(attr_name).map(Bound::unbind)
    }

    /// `setattr(obj, name, value)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ns: Py<PyAny> = py.import("types")?.getattr("SimpleNamespace")?.call0()?.unbind();
    ///     ns.setattr(py, "level", 5)?;
    ///     assert_eq!(ns.getattr(py, "level")?.extract::<i32>(py)?, 5);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn setattr<'py, N, V>(&self, py: Python<'py>, attr_name: N, value: V) -> PyResult<()>
    where
        N: IntoPyObject<'py, Target = PyString>,
        V: IntoPyObject<'py>,
    {
        self.bind(py).as_any().setattr(attr_name, value)
    }

    /// Calls the object with positional `args` and optional keyword arguments.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyDict;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let sorted: Py<PyAny> = py.import("builtins")?.getattr("sorted")?.unbind();
    ///     let kwargs = PyDict::new(py);
    ///     kwargs.set_item("reverse", true)?;
    ///     let out: Vec<i32> = sorted.call(py, ([2, 3, 1],), Some(&kwargs))?.extract(py)?;
    ///     assert_eq!(out, [3, 2, 1]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn call<'py, A>(
        &self,
        py: Python<'py>,
        args: A,
        kwargs: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Py<PyAny>>
    where
        A: PyCallArgs<'py>,
    {
        self.bind(py).as_any().call(args, kwargs).map(Bound::unbind)
    }

    /// Calls the object with positional `args`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let round: Py<PyAny> = py.import("builtins")?.getattr("round")?.unbind();
    ///     let value: f64 = round.call1(py, (2.675, 1))?.extract(py)?;
    ///     assert_eq!(value, 2.7);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn call1<'py, A>(&self, py: Python<'py>, args: A) -> PyResult<Py<PyAny>>
    where
        A: PyCallArgs<'py>,
    {
        self.bind(py).as_any().call1(args).map(Bound::unbind)
    }

    /// Calls the object with no arguments.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict_type: Py<PyAny> = py.import("builtins")?.getattr("dict")?.unbind();
    ///     let fresh = dict_type.call0(py)?;
    ///     assert_eq!(fresh.bind(py).len()?, 0);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn call0(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.bind(py).as_any().call0().map(Bound::unbind)
    }

    /// Calls the method `name` with positional `args` and optional keyword
    /// arguments.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyDict;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text: Py<PyAny> = "a\tb".into_pyobject(py)?.into_any().unbind();
    ///     let kwargs = PyDict::new(py);
    ///     kwargs.set_item("tabsize", 2)?;
    ///     let spaced = text.call_method(py, "expandtabs", (), Some(&kwargs))?;
    ///     assert_eq!(spaced.extract::<String>(py)?, "a b");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn call_method<'py, N, A>(
        &self,
        py: Python<'py>,
        name: N,
        args: A,
        kwargs: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Py<PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
        A: PyCallArgs<'py>,
    {
        self.bind(py)
            .as_any()
            .call_method(name, args, kwargs)
            .map(Bound::unbind)
    }

    /// Calls the method `name` with positional `args`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text: Py<PyAny> = "a-b-c".into_pyobject(py)?.into_any().unbind();
    ///     let count: usize = text.call_method1(py, "count", ("-",))?.extract(py)?;
    ///     assert_eq!(count, 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn call_method1<'py, N, A>(&self, py: Python<'py>, name: N, args: A) -> PyResult<Py<PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
        A: PyCallArgs<'py>,
    {
        self.bind(py)
            .as_any()
            .call_method1(name, args)
            .map(Bound::unbind)
    }

    /// Calls the method `name` with no arguments.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text: Py<PyAny> = "  padded ".into_pyobject(py)?.into_any().unbind();
    ///     let trimmed: String = text.call_method0(py, "strip")?.extract(py)?;
    ///     assert_eq!(trimmed, "padded");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn call_method0<'py, N>(&self, py: Python<'py>, name: N) -> PyResult<Py<PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        self.bind(py).as_any().call_method0(name).map(Bound::unbind)
    }

    /// Borrows the object as a `Bound<U>` if it is an instance of `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyDict, PyList};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyAny> = py.eval(c"[1, 2, 3]", None, None)?.unbind();
    ///     let list = stored.cast_bound::<PyList>(py)?;
    ///     assert_eq!(list.len(), 3);
    ///     assert!(stored.cast_bound::<PyDict>(py).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn cast_bound<'py, U>(&self, py: Python<'py>) -> Result<&Bound<'py, U>, CastError<'_, 'py>>
    where
        U: PyTypeCheck,
    {
        self.bind(py).as_any().cast()
    }

    /// Borrows the object as a `Bound<U>` without checking its type.
    ///
    /// # Safety
    ///
    /// The object must be an instance of `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyAny> = PyList::empty(py).into_any().unbind();
    ///     // SAFETY: `stored` was created as a list just above.
    ///     let list = unsafe { stored.cast_bound_unchecked::<PyList>(py) };
    ///     assert!(list.is_empty());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub unsafe fn cast_bound_unchecked<'py, U>(&self, py: Python<'py>) -> &Bound<'py, U> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { self.bind(py).as_any().cast_unchecked() }
    }

    /// Old name of [`Py::cast_bound`].
    #[deprecated(since = "0.27.0", note = "use `Py::cast_bound` instead")]
    pub fn downcast_bound<'py, U>(
        &self,
        py: Python<'py>,
    ) -> Result<&Bound<'py, U>, CastError<'_, 'py>>
    where
        U: PyTypeCheck,
    {
        self.cast_bound(py)
    }

    /// Takes ownership of an owned (new) reference.
    ///
    /// # Safety
    ///
    /// `ptr` must be a non-null strong reference to an instance of `T`.
    #[deprecated(
        since = "0.26.0",
        note = "use `Bound::from_owned_ptr(py, ptr).cast_into_unchecked()`"
    )]
    pub unsafe fn from_owned_ptr(_py: Python<'_>, ptr: *mut ffi::PyObject) -> Py<T> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            match NonNull::new(ptr) {
                Some(ptr) => Py::from_non_null(ptr),
                None => crate::err::panic_after_error(_py),
            }
        }
    }

    /// Takes a new reference to a borrowed pointer.
    ///
    /// # Safety
    ///
    /// `ptr` must be a non-null pointer to a live instance of `T`.
    pub(crate) unsafe fn from_borrowed_ptr(_py: Python<'_>, ptr: *mut ffi::PyObject) -> Py<T> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            ffi::Py_INCREF(ptr);
            Py::from_non_null(NonNull::new_unchecked(ptr))
        }
    }

    /// Wraps an owned non-null pointer.
    ///
    /// # Safety
    ///
    /// `ptr` must carry a strong reference to an instance of `T`.
    #[inline]
    pub(crate) unsafe fn from_non_null(ptr: NonNull<ffi::PyObject>) -> Py<T> {
        Py(ptr, PhantomData)
    }
}

impl<T> AsRef<Py<PyAny>> for Py<T> {
    #[inline]
    fn as_ref(&self) -> &Py<PyAny> {
        self.as_any()
    }
}

impl<T: DerefToPyAny> From<Py<T>> for Py<PyAny> {
    #[inline]
    fn from(other: Py<T>) -> Self {
        other.into_any()
    }
}

impl<T: DerefToPyAny> From<Bound<'_, T>> for Py<PyAny> {
    #[inline]
    fn from(other: Bound<'_, T>) -> Self {
        other.into_any().unbind()
    }
}

impl<T> From<Bound<'_, T>> for Py<T> {
    #[inline]
    fn from(other: Bound<'_, T>) -> Self {
        other.unbind()
    }
}

impl<T> From<&Bound<'_, T>> for Py<T> {
    #[inline]
    fn from(value: &Bound<'_, T>) -> Self {
        value.clone().unbind()
    }
}

impl<T> From<Borrowed<'_, '_, T>> for Py<T> {
    #[inline]
    fn from(value: Borrowed<'_, '_, T>) -> Self {
        value.to_owned().unbind()
    }
}

impl<T> Drop for Py<T> {
    fn drop(&mut self) {
        if attach::thread_is_attached() {
            // SAFETY: attached; this `Py` owns one reference.
            unsafe { ffi::Py_DECREF(self.as_ptr()) }
        } else {
            reference_pool::register_decref(self.0);
        }
    }
}

/// `Clone` needs an attached thread: it panics when called detached.
#[cfg(feature = "py-clone")]
impl<T> Clone for Py<T> {
    #[track_caller]
    fn clone(&self) -> Self {
        if !attach::thread_is_attached() {
            panic!(
                "Cannot clone pointer into Python heap without the thread being attached: \
                 use `Py::clone_ref(py)` inside `Python::attach`"
            );
        }
        // SAFETY: attached (checked above); the object is alive.
        unsafe {
            ffi::Py_INCREF(self.as_ptr());
            Py::from_non_null(self.0)
        }
    }
}

impl<T> fmt::Debug for Py<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Py").field(&self.0.as_ptr()).finish()
    }
}

impl<T: PyTypeInfo> fmt::Display for Py<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Python::attach(|py| fmt::Display::fmt(self.bind(py).as_any(), f))
    }
}

// ---------------------------------------------------------------------------
// Bound<'py, T>
// ---------------------------------------------------------------------------

/// An owned reference to a Python object of type `T`, usable while the
/// thread is attached (`'py`). The everyday handle: methods of the object's
/// type live on extension traits implemented for it (`PyAnyMethods`,
/// `PyListMethods`, ...).
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
/// # use pyo3::types::PyList;
/// Python::attach(|py| -> PyResult<()> {
///     let list: Bound<'_, PyList> = PyList::new(py, ["a"])?;
///     list.append("b")?; // `PyListMethods`
///     assert!(list.is_truthy()?); // `PyAnyMethods`, through `Deref`
///     assert_eq!(list.repr()?, "['a', 'b']");
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct Bound<'py, T>(Python<'py>, ManuallyDrop<Py<T>>);

impl<'py> Bound<'py, PyAny> {
    /// Takes ownership of an owned (new) reference.
    ///
    /// # Safety
    ///
    /// `ptr` must be a strong reference to a live object. Null panics.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     // SAFETY: attached; `PyLong_FromLong` returns a new reference (not null
    ///     // for this small value).
    ///     let n = unsafe { Bound::from_owned_ptr(py, pyo3::ffi::PyLong_FromLong(99)) };
    ///     assert_eq!(n.extract::<i64>()?, 99);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    #[track_caller]
    pub unsafe fn from_owned_ptr(py: Python<'py>, ptr: *mut ffi::PyObject) -> Self {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            match NonNull::new(ptr) {
                Some(ptr) => Bound(py, ManuallyDrop::new(Py::from_non_null(ptr))),
                None => crate::err::panic_after_error(py),
            }
        }
    }

    /// Takes ownership of an owned reference, or returns `None` for null.
    ///
    /// # Safety
    ///
    /// `ptr` must be null or a strong reference to a live object.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     // SAFETY: a null pointer is allowed and gives `None`.
    ///     let nothing = unsafe { Bound::from_owned_ptr_or_opt(py, std::ptr::null_mut()) };
    ///     assert!(nothing.is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn from_owned_ptr_or_opt(py: Python<'py>, ptr: *mut ffi::PyObject) -> Option<Self> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { NonNull::new(ptr).map(|ptr| Bound(py, ManuallyDrop::new(Py::from_non_null(ptr)))) }
    }

    /// Takes ownership of an owned reference; for null, fetches the Python
    /// exception that the failed call set.
    ///
    /// # Safety
    ///
    /// `ptr` must be null or a strong reference to a live object.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text = "not a number".into_pyobject(py)?;
    ///     // SAFETY: attached; `text` is a live `str`; the call returns a new
    ///     // reference, or null with a `ValueError` set.
    ///     let result =
    ///         unsafe { Bound::from_owned_ptr_or_err(py, pyo3::ffi::PyFloat_FromString(text.as_ptr())) };
    ///     assert!(result.is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn from_owned_ptr_or_err(
        py: Python<'py>,
        ptr: *mut ffi::PyObject,
    ) -> PyResult<Self> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { Self::from_owned_ptr_or_opt(py, ptr).ok_or_else(|| PyErr::fetch(py)) }
    }

    /// Takes ownership of an owned non-null reference.
    ///
    /// # Safety
    ///
    /// `ptr` must be a non-null strong reference to a live object.
    #[inline]
    pub(crate) unsafe fn from_owned_ptr_unchecked(
        py: Python<'py>,
        ptr: *mut ffi::PyObject,
    ) -> Self {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            Bound(
                py,
                ManuallyDrop::new(Py::from_non_null(NonNull::new_unchecked(ptr))),
            )
        }
    }

    /// Takes a new reference to a borrowed pointer.
    ///
    /// # Safety
    ///
    /// `ptr` must point to a live object. Null panics.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = py.eval(c"[\"first\"]", None, None)?;
    ///     // SAFETY: attached; `PyList_GetItem` returns a borrowed reference to an
    ///     // item of `list`, which is alive.
    ///     let raw = unsafe { pyo3::ffi::PyList_GetItem(list.as_ptr(), 0) };
    ///     // SAFETY: `raw` is a live item of `list`.
    ///     let item = unsafe { Bound::from_borrowed_ptr(py, raw) };
    ///     assert_eq!(item.extract::<String>()?, "first");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    #[track_caller]
    pub unsafe fn from_borrowed_ptr(py: Python<'py>, ptr: *mut ffi::PyObject) -> Self {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            if ptr.is_null() {
                crate::err::panic_after_error(py)
            }
            ffi::Py_INCREF(ptr);
            Self::from_owned_ptr_unchecked(py, ptr)
        }
    }

    /// Takes a new reference to a borrowed pointer, or `None` for null.
    ///
    /// # Safety
    ///
    /// `ptr` must be null or point to a live object.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     // SAFETY: a null pointer is allowed and gives `None`.
    ///     let none = unsafe { Bound::from_borrowed_ptr_or_opt(py, std::ptr::null_mut()) };
    ///     assert!(none.is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn from_borrowed_ptr_or_opt(
        py: Python<'py>,
        ptr: *mut ffi::PyObject,
    ) -> Option<Self> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { (!ptr.is_null()).then(|| Self::from_borrowed_ptr(py, ptr)) }
    }

    /// Takes a new reference to a borrowed pointer; for null, fetches the
    /// Python exception that the failed call set.
    ///
    /// # Safety
    ///
    /// `ptr` must be null or point to a live object.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let dict = py.eval(c"{}", None, None)?;
    ///     // SAFETY: attached; `dict` is alive. `PyList_GetItem` on a non-list
    ///     // returns null with `SystemError` set.
    ///     let raw = unsafe { pyo3::ffi::PyList_GetItem(dict.as_ptr(), 0) };
    ///     // SAFETY: `raw` is null (with an exception) or a borrowed reference.
    ///     assert!(unsafe { Bound::from_borrowed_ptr_or_err(py, raw) }.is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn from_borrowed_ptr_or_err(
        py: Python<'py>,
        ptr: *mut ffi::PyObject,
    ) -> PyResult<Self> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { Self::from_borrowed_ptr_or_opt(py, ptr).ok_or_else(|| PyErr::fetch(py)) }
    }

    /// Views a pointer stored somewhere as a `&Bound`, without touching the
    /// reference count.
    ///
    /// # Safety
    ///
    /// `*ptr` must point to a live object for as long as `'a`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let owner = py.eval(c"[7]", None, None)?;
    ///     let slot: *mut pyo3::ffi::PyObject = owner.as_ptr();
    ///     // SAFETY: `owner` keeps the object alive while `view` is used.
    ///     let view: &Bound<'_, PyAny> = unsafe { Bound::ref_from_ptr(py, &slot) };
    ///     assert!(view.is(&owner));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn ref_from_ptr<'a>(_py: Python<'py>, ptr: &'a *mut ffi::PyObject) -> &'a Self {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { &*(ptr as *const *mut ffi::PyObject).cast::<Bound<'py, PyAny>>() }
    }

    /// Views a pointer stored somewhere as `&Option<Bound>` (`None` for
    /// null), without touching the reference count.
    ///
    /// # Safety
    ///
    /// `*ptr` must be null or point to a live object for as long as `'a`.
    #[inline]
    pub(crate) unsafe fn ref_from_ptr_or_opt<'a>(
        _py: Python<'py>,
        ptr: &'a *mut ffi::PyObject,
    ) -> &'a Option<Self> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            // `Option<Bound>` uses the null pointer for `None` (non-null niche).
            &*(ptr as *const *mut ffi::PyObject).cast::<Option<Bound<'py, PyAny>>>()
        }
    }

    /// Views a non-null pointer stored somewhere as a `&Bound`.
    ///
    /// # Safety
    ///
    /// `*ptr` must point to a live object for as long as `'a`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let owner = py.eval(c"[7]", None, None)?;
    ///     let slot = std::ptr::NonNull::new(owner.as_ptr()).unwrap();
    ///     // SAFETY: `owner` keeps the object alive while `view` is used.
    ///     let view: &Bound<'_, PyAny> = unsafe { Bound::ref_from_non_null(py, &slot) };
    ///     assert_eq!(view.len()?, 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn ref_from_non_null<'a>(
        _py: Python<'py>,
        ptr: &'a NonNull<ffi::PyObject>,
    ) -> &'a Self {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { &*(ptr as *const NonNull<ffi::PyObject>).cast::<Bound<'py, PyAny>>() }
    }
}

impl<'py, T> Bound<'py, T> {
    /// The token of the thread this reference is bound to.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"None", None, None)?;
    ///     // The token can be recovered from any bound reference.
    ///     let same_py = obj.py();
    ///     assert!(obj.is(same_py.None()));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn py(&self) -> Python<'py> {
        self.0
    }

    /// The raw pointer, borrowed.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"[]", None, None)?;
    ///     // SAFETY: attached; `obj.as_ptr()` is a live list.
    ///     let is_list = unsafe { pyo3::ffi::PyList_Check(obj.as_ptr()) } != 0;
    ///     assert!(is_list);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn as_ptr(&self) -> *mut ffi::PyObject {
        self.1.as_ptr()
    }

    /// Gives up ownership and returns the raw pointer (one strong reference).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let raw = py.eval(c"\"text\"", None, None)?.into_ptr();
    ///     // SAFETY: `raw` is the strong reference given up by `into_ptr`.
    ///     let back = unsafe { Bound::from_owned_ptr(py, raw) };
    ///     assert_eq!(back.extract::<String>()?, "text");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn into_ptr(self) -> *mut ffi::PyObject {
        ManuallyDrop::new(self).as_ptr()
    }

    /// The same reference typed as `PyAny`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = PyList::new(py, [1, 2, 3])?;
    ///     let any: &Bound<'_, PyAny> = list.as_any();
    ///     assert_eq!(any.len()?, 3);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn as_any(&self) -> &Bound<'py, PyAny> {
        // SAFETY: `Bound<T>` and `Bound<PyAny>` have the same layout.
        unsafe { &*(self as *const Bound<'py, T>).cast::<Bound<'py, PyAny>>() }
    }

    /// Forgets the static type.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let items: Vec<Bound<'_, PyAny>> =
    ///         vec![PyList::empty(py).into_any(), py.None().into_bound(py)];
    ///     assert!(items[1].is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn into_any(self) -> Bound<'py, PyAny> {
        // SAFETY: same pointer, ownership moves over.
        unsafe { Bound::from_owned_ptr_unchecked(self.py(), self.into_ptr()) }
    }

    /// Borrows the reference.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"2.5", None, None)?;
    ///     let borrowed = obj.as_borrowed();
    ///     assert_eq!(borrowed.extract::<f64>()?, 2.5);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn as_borrowed<'a>(&'a self) -> Borrowed<'a, 'py, T> {
        Borrowed(self.1.0, PhantomData, self.py())
    }

    /// Detaches the reference from the thread: a `Py<T>`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let stored: Py<PyList> = PyList::new(py, ["kept"])?.unbind();
    ///     // `stored` may outlive this closure and move between threads.
    ///     let back = stored.bind(py).get_item(0)?;
    ///     assert_eq!(back.extract::<String>()?, "kept");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn unbind(self) -> Py<T> {
        let this = ManuallyDrop::new(self);
        // SAFETY: the `Py` is read out of a value that is never dropped.
        unsafe { std::ptr::read(&*this.1) }
    }

    /// Borrows the reference as a `&Py<T>`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"object()", None, None)?;
    ///     let stored: Py<PyAny> = obj.as_unbound().clone_ref(py);
    ///     assert!(stored.is(&obj));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn as_unbound(&self) -> &Py<T> {
        &self.1
    }

    /// Borrows the object as a `Bound<U>` if it is an instance of `U`
    /// (`isinstance`); the error says which type was found.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyDict, PyString};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"{\"a\": 1}", None, None)?;
    ///     let dict = obj.cast::<PyDict>()?;
    ///     assert!(dict.contains("a")?);
    ///     assert!(obj.cast::<PyString>().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn cast<U>(&self) -> Result<&Bound<'py, U>, CastError<'_, 'py>>
    where
        U: PyTypeCheck,
    {
        if U::type_check(self.as_any()) {
            // SAFETY: checked just above.
            Ok(unsafe { self.cast_unchecked() })
        } else {
            Err(CastError::new(
                self.as_any().as_borrowed(),
                U::classinfo_object(self.py()),
            ))
        }
    }

    /// Like [`Bound::cast`], consuming the reference; the error gives it back.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyList, PyTuple};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = py.eval(c"[1, 2]", None, None)?.cast_into::<PyList>()?;
    ///     assert_eq!(list.len(), 2);
    ///     let err = py.eval(c"(1, 2)", None, None)?.cast_into::<PyList>().unwrap_err();
    ///     assert!(err.into_inner().is_instance_of::<PyTuple>());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn cast_into<U>(self) -> Result<Bound<'py, U>, CastIntoError<'py>>
    where
        U: PyTypeCheck,
    {
        if U::type_check(self.as_any()) {
            // SAFETY: checked just above.
            Ok(unsafe { self.cast_into_unchecked() })
        } else {
            let classinfo = U::classinfo_object(self.py());
            Err(CastIntoError::new(self.into_any(), classinfo))
        }
    }

    /// Borrows the object as a `Bound<U>` if its type is exactly `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyBool, PyInt};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let flag = py.eval(c"True", None, None)?;
    ///     assert!(flag.cast::<PyInt>().is_ok());
    ///     assert!(flag.cast_exact::<PyInt>().is_err());
    ///     assert!(flag.cast_exact::<PyBool>().is_ok());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn cast_exact<U>(&self) -> Result<&Bound<'py, U>, CastError<'_, 'py>>
    where
        U: PyTypeInfo,
    {
        if U::is_exact_type_of(self.as_any()) {
            // SAFETY: checked just above.
            Ok(unsafe { self.cast_unchecked() })
        } else {
            Err(CastError::new(
                self.as_any().as_borrowed(),
                U::type_object(self.py()).into_any(),
            ))
        }
    }

    /// Like [`Bound::cast_exact`], consuming the reference.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyInt;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let n = py.eval(c"10", None, None)?.cast_into_exact::<PyInt>()?;
    ///     assert_eq!(n.extract::<i32>()?, 10);
    ///     assert!(py.eval(c"False", None, None)?.cast_into_exact::<PyInt>().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn cast_into_exact<U>(self) -> Result<Bound<'py, U>, CastIntoError<'py>>
    where
        U: PyTypeInfo,
    {
        if U::is_exact_type_of(self.as_any()) {
            // SAFETY: checked just above.
            Ok(unsafe { self.cast_into_unchecked() })
        } else {
            let classinfo = U::type_object(self.py()).into_any();
            Err(CastIntoError::new(self.into_any(), classinfo))
        }
    }

    /// Reinterprets the reference as `Bound<U>` without a check.
    ///
    /// # Safety
    ///
    /// The object must be an instance of `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyString;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"\"known str\"", None, None)?;
    ///     // SAFETY: the expression above always evaluates to a `str`.
    ///     let text = unsafe { obj.cast_unchecked::<PyString>() };
    ///     assert_eq!(text, "known str");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn cast_unchecked<U>(&self) -> &Bound<'py, U> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { &*(self as *const Bound<'py, T>).cast::<Bound<'py, U>>() }
    }

    /// Reinterprets the reference as `Bound<U>` without a check, consuming it.
    ///
    /// # Safety
    ///
    /// The object must be an instance of `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyTuple;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"(1,)", None, None)?;
    ///     // SAFETY: the expression above always evaluates to a `tuple`.
    ///     let tuple = unsafe { obj.cast_into_unchecked::<PyTuple>() };
    ///     assert_eq!(tuple.len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn cast_into_unchecked<U>(self) -> Bound<'py, U> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            let py = self.py();
            Bound(
                py,
                ManuallyDrop::new(Py::from_non_null(NonNull::new_unchecked(self.into_ptr()))),
            )
        }
    }

    /// Old name of [`Bound::cast`].
    #[deprecated(since = "0.27.0", note = "use `Bound::cast` instead")]
    #[inline]
    pub fn downcast<U>(&self) -> Result<&Bound<'py, U>, CastError<'_, 'py>>
    where
        U: PyTypeCheck,
    {
        self.cast()
    }

    /// Old name of [`Bound::cast_into`].
    #[deprecated(since = "0.27.0", note = "use `Bound::cast_into` instead")]
    #[inline]
    pub fn downcast_into<U>(self) -> Result<Bound<'py, U>, CastIntoError<'py>>
    where
        U: PyTypeCheck,
    {
        self.cast_into()
    }

    /// Old name of [`Bound::cast_exact`].
    #[deprecated(since = "0.27.0", note = "use `Bound::cast_exact` instead")]
    #[inline]
    pub fn downcast_exact<U>(&self) -> Result<&Bound<'py, U>, CastError<'_, 'py>>
    where
        U: PyTypeInfo,
    {
        self.cast_exact()
    }

    /// Old name of [`Bound::cast_into_exact`].
    #[deprecated(since = "0.27.0", note = "use `Bound::cast_into_exact` instead")]
    #[inline]
    pub fn downcast_into_exact<U>(self) -> Result<Bound<'py, U>, CastIntoError<'py>>
    where
        U: PyTypeInfo,
    {
        self.cast_into_exact()
    }

    /// Old name of [`Bound::cast_unchecked`].
    ///
    /// # Safety
    ///
    /// As for [`Bound::cast_unchecked`].
    #[deprecated(since = "0.27.0", note = "use `Bound::cast_unchecked` instead")]
    #[inline]
    pub unsafe fn downcast_unchecked<U>(&self) -> &Bound<'py, U> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { self.cast_unchecked() }
    }

    /// Old name of [`Bound::cast_into_unchecked`].
    ///
    /// # Safety
    ///
    /// As for [`Bound::cast_into_unchecked`].
    #[deprecated(since = "0.27.0", note = "use `Bound::cast_into_unchecked` instead")]
    #[inline]
    pub unsafe fn downcast_into_unchecked<U>(self) -> Bound<'py, U> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { self.cast_into_unchecked() }
    }
}

impl<T> Drop for Bound<'_, T> {
    #[inline]
    fn drop(&mut self) {
        // SAFETY: a `Bound` exists only on an attached thread and owns one
        // reference.
        unsafe { ffi::Py_DECREF(self.as_ptr()) }
    }
}

impl<T> Clone for Bound<'_, T> {
    #[inline]
    fn clone(&self) -> Self {
        // SAFETY: attached (a `Bound` exists); the object is alive.
        unsafe {
            ffi::Py_INCREF(self.as_ptr());
            Bound(self.0, ManuallyDrop::new(Py::from_non_null(self.1.0)))
        }
    }
}

impl<'py, T: DerefToPyAny> Deref for Bound<'py, T> {
    type Target = Bound<'py, PyAny>;

    #[inline]
    fn deref(&self) -> &Bound<'py, PyAny> {
        self.as_any()
    }
}

impl<'py, T> AsRef<Bound<'py, PyAny>> for Bound<'py, T> {
    #[inline]
    fn as_ref(&self) -> &Bound<'py, PyAny> {
        self.as_any()
    }
}

impl<T> AsRef<Py<PyAny>> for Bound<'_, T> {
    #[inline]
    fn as_ref(&self) -> &Py<PyAny> {
        self.as_unbound().as_any()
    }
}

impl<'py, T> From<&Bound<'py, T>> for Bound<'py, T> {
    #[inline]
    fn from(value: &Bound<'py, T>) -> Self {
        value.clone()
    }
}

/// `str()` of the object. If `str()` raises, the exception is reported as
/// unraisable and `<unprintable TYPE object>` is written.
impl<T> fmt::Display for Bound<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let any = self.as_any();
        match any.str() {
            Ok(text) => f.write_str(&text.to_string_lossy()),
            Err(err) => {
                err.write_unraisable(any.py(), Some(any));
                match any.get_type().name() {
                    Ok(name) => write!(f, "<unprintable {name} object>"),
                    Err(_) => f.write_str("<unprintable object>"),
                }
            }
        }
    }
}

/// `repr()` of the object.
impl<T> fmt::Debug for Bound<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let repr = self.as_any().repr().map_err(|_| fmt::Error)?;
        f.write_str(&repr.to_string_lossy())
    }
}

impl<'py, T> BoundObject<'py, T> for Bound<'py, T> {
    type Any = Bound<'py, PyAny>;

    #[inline]
    fn as_borrowed(&self) -> Borrowed<'_, 'py, T> {
        Bound::as_borrowed(self)
    }

    #[inline]
    fn into_bound(self) -> Bound<'py, T> {
        self
    }

    #[inline]
    fn into_any(self) -> Self::Any {
        Bound::into_any(self)
    }

    #[inline]
    fn into_ptr(self) -> *mut ffi::PyObject {
        Bound::into_ptr(self)
    }

    #[inline]
    fn as_ptr(&self) -> *mut ffi::PyObject {
        Bound::as_ptr(self)
    }

    #[inline]
    fn unbind(self) -> Py<T> {
        Bound::unbind(self)
    }
}

// ---------------------------------------------------------------------------
// Borrowed<'a, 'py, T>
// ---------------------------------------------------------------------------

/// A borrowed reference to a Python object, valid for `'a` on a thread
/// attached for `'py`. Copying it costs nothing: no reference count changes.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
///
/// Python::attach(|py| -> PyResult<()> {
///     let owner = py.eval(c"\"shared\"", None, None)?;
///     // Borrowing is `Copy` and costs no reference count change.
///     let view = owner.as_borrowed();
///     let again = view;
///     assert_eq!(view.extract::<String>()?, again.extract::<String>()?);
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(C)]
pub struct Borrowed<'a, 'py, T>(NonNull<ffi::PyObject>, PhantomData<&'a Py<T>>, Python<'py>);

impl<'a, 'py, T> Borrowed<'a, 'py, T> {
    /// Takes a new (owned) reference.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"[]", None, None)?;
    ///     let owned: Bound<'_, PyAny> = obj.as_borrowed().to_owned();
    ///     assert!(owned.is(&obj));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn to_owned(self) -> Bound<'py, T> {
        // SAFETY: attached; the object is alive for `'a`.
        unsafe {
            ffi::Py_INCREF(self.as_ptr());
            Bound(self.2, ManuallyDrop::new(Py::from_non_null(self.0)))
        }
    }

    /// The raw pointer, borrowed.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"()", None, None)?;
    ///     assert_eq!(obj.as_borrowed().as_ptr(), obj.as_ptr());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn as_ptr(self) -> *mut ffi::PyObject {
        self.0.as_ptr()
    }

    pub(crate) fn to_any(self) -> Borrowed<'a, 'py, PyAny> {
        Borrowed(self.0, PhantomData, self.2)
    }

    /// Converts the object into a Rust value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"[True, False]", None, None)?;
    ///     let flags: Vec<bool> = obj.as_borrowed().extract()?;
    ///     assert_eq!(flags, [true, false]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn extract<O>(self) -> Result<O, O::Error>
    where
        O: FromPyObject<'a, 'py>,
    {
        O::extract(self.to_any())
    }

    /// The same borrow typed as `U` if the object is an instance of `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"[5]", None, None)?;
    ///     let list = obj.as_borrowed().cast::<PyList>()?;
    ///     assert_eq!(list.len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn cast<U>(self) -> Result<Borrowed<'a, 'py, U>, CastError<'a, 'py>>
    where
        U: PyTypeCheck,
    {
        if U::type_check(&self.to_any()) {
            // SAFETY: checked just above.
            Ok(unsafe { self.cast_unchecked() })
        } else {
            Err(CastError::new(self.to_any(), U::classinfo_object(self.2)))
        }
    }

    /// The same borrow typed as `U` if the object's type is exactly `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyInt;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let flag = py.eval(c"True", None, None)?;
    ///     assert!(flag.as_borrowed().cast_exact::<PyInt>().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub fn cast_exact<U>(self) -> Result<Borrowed<'a, 'py, U>, CastError<'a, 'py>>
    where
        U: PyTypeInfo,
    {
        if U::is_exact_type_of(&self.to_any()) {
            // SAFETY: checked just above.
            Ok(unsafe { self.cast_unchecked() })
        } else {
            Err(CastError::new(
                self.to_any(),
                U::type_object(self.2).into_any(),
            ))
        }
    }

    /// The same borrow typed as `U`, unchecked.
    ///
    /// # Safety
    ///
    /// The object must be an instance of `U`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyList;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"[1]", None, None)?;
    ///     // SAFETY: the expression above always evaluates to a `list`.
    ///     let list = unsafe { obj.as_borrowed().cast_unchecked::<PyList>() };
    ///     assert_eq!(list.len(), 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn cast_unchecked<U>(self) -> Borrowed<'a, 'py, U> {
        Borrowed(self.0, PhantomData, self.2)
    }

    /// Old name of [`Borrowed::cast`].
    #[deprecated(since = "0.27.0", note = "use `Borrowed::cast` instead")]
    #[inline]
    pub fn downcast<U>(self) -> Result<Borrowed<'a, 'py, U>, CastError<'a, 'py>>
    where
        U: PyTypeCheck,
    {
        self.cast()
    }
}

impl<'a, 'py> Borrowed<'a, 'py, PyAny> {
    /// Borrows a raw pointer. Null panics.
    ///
    /// # Safety
    ///
    /// `ptr` must point to an object alive for `'a`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let owner = py.eval(c"\"borrowed\"", None, None)?;
    ///     // SAFETY: `owner` keeps the object alive while `view` is used.
    ///     let view = unsafe { Borrowed::from_ptr(py, owner.as_ptr()) };
    ///     assert_eq!(view.extract::<String>()?, "borrowed");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    #[track_caller]
    pub unsafe fn from_ptr(py: Python<'py>, ptr: *mut ffi::PyObject) -> Self {
        match NonNull::new(ptr) {
            Some(ptr) => Borrowed(ptr, PhantomData, py),
            None => crate::err::panic_after_error(py),
        }
    }

    /// Borrows a raw pointer, or `None` for null.
    ///
    /// # Safety
    ///
    /// `ptr` must be null or point to an object alive for `'a`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     // SAFETY: a null pointer is allowed and gives `None`.
    ///     let none = unsafe { Borrowed::from_ptr_or_opt(py, std::ptr::null_mut()) };
    ///     assert!(none.is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn from_ptr_or_opt(py: Python<'py>, ptr: *mut ffi::PyObject) -> Option<Self> {
        NonNull::new(ptr).map(|ptr| Borrowed(ptr, PhantomData, py))
    }

    /// Borrows a raw pointer; for null, fetches the Python exception that
    /// the failed call set.
    ///
    /// # Safety
    ///
    /// `ptr` must be null or point to an object alive for `'a`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = py.eval(c"[\"a\"]", None, None)?;
    ///     // SAFETY: attached; `list` is alive; an index out of range gives null
    ///     // with `IndexError` set.
    ///     let raw = unsafe { pyo3::ffi::PyList_GetItem(list.as_ptr(), 5) };
    ///     // SAFETY: `raw` is null with an exception set.
    ///     let err = unsafe { Borrowed::from_ptr_or_err(py, raw) }.unwrap_err();
    ///     assert!(err.is_instance_of::<pyo3::exceptions::PyIndexError>(py));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    #[inline]
    pub unsafe fn from_ptr_or_err(py: Python<'py>, ptr: *mut ffi::PyObject) -> PyResult<Self> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { Self::from_ptr_or_opt(py, ptr).ok_or_else(|| PyErr::fetch(py)) }
    }

    /// Borrows a non-null raw pointer.
    ///
    /// # Safety
    ///
    /// `ptr` must be non-null and point to an object alive for `'a`.
    #[inline]
    pub(crate) unsafe fn from_ptr_unchecked(py: Python<'py>, ptr: *mut ffi::PyObject) -> Self {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { Borrowed(NonNull::new_unchecked(ptr), PhantomData, py) }
    }
}

impl<'a, 'py, T> From<&'a Bound<'py, T>> for Borrowed<'a, 'py, T> {
    #[inline]
    fn from(instance: &'a Bound<'py, T>) -> Self {
        instance.as_borrowed()
    }
}

impl<T> AsRef<Py<PyAny>> for Borrowed<'_, '_, T> {
    #[inline]
    fn as_ref(&self) -> &Py<PyAny> {
        // SAFETY: `Py<PyAny>` is a transparent wrapper of the pointer.
        unsafe { &*(&self.0 as *const NonNull<ffi::PyObject>).cast::<Py<PyAny>>() }
    }
}

impl<'py, T> Deref for Borrowed<'_, 'py, T> {
    type Target = Bound<'py, T>;

    #[inline]
    fn deref(&self) -> &Bound<'py, T> {
        // SAFETY: `Bound` is a transparent wrapper of the same pointer; the
        // returned reference cannot outlive the borrow.
        unsafe { &*(&self.0 as *const NonNull<ffi::PyObject>).cast::<Bound<'py, T>>() }
    }
}

impl<T> Clone for Borrowed<'_, '_, T> {
    #[inline]
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Borrowed<'_, '_, T> {}

impl<T> fmt::Debug for Borrowed<'_, '_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<'a, 'py, T> BoundObject<'py, T> for Borrowed<'a, 'py, T> {
    type Any = Borrowed<'a, 'py, PyAny>;

    #[inline]
    fn as_borrowed(&self) -> Borrowed<'a, 'py, T> {
        *self
    }

    #[inline]
    fn into_bound(self) -> Bound<'py, T> {
        self.to_owned()
    }

    #[inline]
    fn into_any(self) -> Self::Any {
        self.to_any()
    }

    #[inline]
    fn into_ptr(self) -> *mut ffi::PyObject {
        self.to_owned().into_ptr()
    }

    #[inline]
    fn as_ptr(&self) -> *mut ffi::PyObject {
        Borrowed::as_ptr(*self)
    }

    #[inline]
    fn unbind(self) -> Py<T> {
        self.to_owned().unbind()
    }
}

// ---------------------------------------------------------------------------
// Handles to class instances
// ---------------------------------------------------------------------------

impl<T: crate::pyclass::PyClass> Py<T> {
    /// A new instance of the class `T`.
    ///
    /// ```
    /// use pyo3::prelude::*;
    ///
    /// #[pyclass]
    /// struct Point {
    ///     x: i32,
    /// }
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let point = Py::new(py, Point { x: 3 }).unwrap();
    ///     assert_eq!(point.borrow(py).x, 3);
    /// });
    /// ```
    pub fn new(
        py: Python<'_>,
        value: impl Into<crate::pyclass_init::PyClassInitializer<T>>,
    ) -> PyResult<Py<T>> {
        Bound::new(py, value).map(Bound::unbind)
    }

    /// A shared borrow of the value.
    ///
    /// # Panics
    ///
    /// When it is mutably borrowed; use [`Py::try_borrow`] to get an error.
    #[track_caller]
    pub fn borrow<'py>(&'py self, py: Python<'py>) -> crate::pycell::PyRef<'py, T> {
        self.bind(py).borrow()
    }

    /// A shared borrow of the value, or an error if it is mutably borrowed.
    pub fn try_borrow<'py>(
        &'py self,
        py: Python<'py>,
    ) -> Result<crate::pycell::PyRef<'py, T>, crate::pycell::PyBorrowError> {
        self.bind(py).try_borrow()
    }

    /// The value of a `frozen` class that is `Sync`, with no borrow at all.
    ///
    /// ```
    /// use pyo3::prelude::*;
    ///
    /// #[pyclass(frozen)]
    /// struct Settings {
    ///     level: u8,
    /// }
    ///
    /// # pyo3::Python::initialize();
    /// let settings = Python::attach(|py| Py::new(py, Settings { level: 2 }).unwrap());
    /// assert_eq!(settings.get().level, 2);
    /// ```
    pub fn get(&self) -> &T
    where
        T: crate::pyclass::PyClass<Frozen = crate::pyclass::boolean_struct::True> + Sync,
    {
        // SAFETY: a frozen value is never mutably borrowed, and `Sync` makes
        // sharing it with any thread sound; the object lives while `self`
        // does.
        unsafe { &*crate::impl_::pyclass::PyClassObject::<T>::from_ptr(self.as_ptr()).value_ptr() }
    }
}

impl<T> Py<T>
where
    T: crate::pyclass::PyClass<Frozen = crate::pyclass::boolean_struct::False>,
{
    /// An exclusive borrow of the value.
    ///
    /// # Panics
    ///
    /// When any borrow exists; use [`Py::try_borrow_mut`] to get an error.
    #[track_caller]
    pub fn borrow_mut<'py>(&'py self, py: Python<'py>) -> crate::pycell::PyRefMut<'py, T> {
        self.bind(py).borrow_mut()
    }

    /// An exclusive borrow of the value, or an error if any borrow exists.
    pub fn try_borrow_mut<'py>(
        &'py self,
        py: Python<'py>,
    ) -> Result<crate::pycell::PyRefMut<'py, T>, crate::pycell::PyBorrowMutError> {
        self.bind(py).try_borrow_mut()
    }
}

impl<'py, T: crate::pyclass::PyClass> Bound<'py, T> {
    /// A new instance of the class `T`.
    ///
    /// ```
    /// use pyo3::prelude::*;
    ///
    /// #[pyclass]
    /// struct Counter {
    ///     count: u64,
    /// }
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let counter = Bound::new(py, Counter { count: 0 }).unwrap();
    ///     counter.borrow_mut().count += 1;
    ///     assert_eq!(counter.borrow().count, 1);
    /// });
    /// ```
    pub fn new(
        py: Python<'py>,
        value: impl Into<crate::pyclass_init::PyClassInitializer<T>>,
    ) -> PyResult<Bound<'py, T>> {
        value.into().create_class_object(py)
    }

    /// A shared borrow of the value.
    ///
    /// # Panics
    ///
    /// When it is mutably borrowed; use [`Bound::try_borrow`] to get an
    /// error.
    #[track_caller]
    pub fn borrow(&self) -> crate::pycell::PyRef<'py, T> {
        match self.try_borrow() {
            Ok(borrowed) => borrowed,
            Err(err) => panic!("{err}"),
        }
    }

    /// A shared borrow of the value, or an error if it is mutably borrowed.
    pub fn try_borrow(&self) -> Result<crate::pycell::PyRef<'py, T>, crate::pycell::PyBorrowError> {
        crate::pycell::PyRef::try_borrow(self)
    }

    /// The value of a `frozen` class that is `Sync`, with no borrow at all.
    pub fn get(&self) -> &T
    where
        T: crate::pyclass::PyClass<Frozen = crate::pyclass::boolean_struct::True> + Sync,
    {
        self.as_unbound().get()
    }

    /// The same object as an instance of the class's base.
    ///
    /// ```
    /// use pyo3::prelude::*;
    ///
    /// #[pyclass(subclass)]
    /// struct Base {
    ///     id: u8,
    /// }
    ///
    /// #[pyclass(extends = Base)]
    /// struct Sub;
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let sub = Bound::new(py, (Sub, Base { id: 3 })).unwrap();
    ///     assert_eq!(sub.as_super().borrow().id, 3);
    /// });
    /// ```
    pub fn as_super(&self) -> &Bound<'py, T::BaseType> {
        // SAFETY: an instance of a class is an instance of its base.
        unsafe { self.cast_unchecked() }
    }

    /// The same object as an instance of the class's base.
    pub fn into_super(self) -> Bound<'py, T::BaseType> {
        // SAFETY: an instance of a class is an instance of its base.
        unsafe { self.cast_into_unchecked() }
    }
}

impl<'py, T> Bound<'py, T>
where
    T: crate::pyclass::PyClass<Frozen = crate::pyclass::boolean_struct::False>,
{
    /// An exclusive borrow of the value.
    ///
    /// # Panics
    ///
    /// When any borrow exists; use [`Bound::try_borrow_mut`] to get an
    /// error.
    #[track_caller]
    pub fn borrow_mut(&self) -> crate::pycell::PyRefMut<'py, T> {
        match self.try_borrow_mut() {
            Ok(borrowed) => borrowed,
            Err(err) => panic!("{err}"),
        }
    }

    /// An exclusive borrow of the value, or an error if any borrow exists.
    pub fn try_borrow_mut(
        &self,
    ) -> Result<crate::pycell::PyRefMut<'py, T>, crate::pycell::PyBorrowMutError> {
        crate::pycell::PyRefMut::try_borrow(self)
    }
}

impl<'a, T> Borrowed<'a, '_, T>
where
    T: crate::pyclass::PyClass<Frozen = crate::pyclass::boolean_struct::True> + Sync,
{
    /// The value of a `frozen` class that is `Sync`, with no borrow at all.
    pub fn get(self) -> &'a T {
        // SAFETY: as for `Py::get`; the object lives for `'a`.
        unsafe { &*crate::impl_::pyclass::PyClassObject::<T>::from_ptr(self.as_ptr()).value_ptr() }
    }
}
