//! Borrowing the Rust value inside a class instance: [`PyRef`] (shared)
//! and [`PyRefMut`] (exclusive), checked at run time against the object's
//! borrow flag, as `RefCell` does, since Python code may hold any number of
//! references to one object.
//!
//! A failed borrow is a [`PyBorrowError`] or [`PyBorrowMutError`], raised in
//! Python as `RuntimeError("Already mutably borrowed")` or
//! `RuntimeError("Already borrowed")`.

use std::fmt;
use std::ops::{Deref, DerefMut};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyErr, PyResult};
use crate::exceptions::PyRuntimeError;
use crate::ffi;
use crate::impl_::pyclass::PyClassObject;
use crate::impl_::pyclass::thread_checker::wrong_thread_error;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::pyclass::PyClass;
use crate::pyclass::boolean_struct::False;
use crate::types::PyAny;

/// The layout of a class instance.
#[inline]
fn layout<'a, T: PyClass>(object: &'a Bound<'_, T>) -> &'a PyClassObject<T> {
    // SAFETY: a `Bound<T>` of a class is an instance of it (or a subclass).
    unsafe { PyClassObject::<T>::from_ptr(object.as_ptr()) }
}

/// Fails when `object`'s value belongs to another thread (`unsendable`).
#[inline]
pub(crate) fn check_thread<T: PyClass>(object: &Bound<'_, T>) -> PyResult<()> {
    if layout(object).is_owner_thread() {
        Ok(())
    } else {
        Err(wrong_thread_error(T::NAME))
    }
}

/// A shared borrow of a class instance's Rust value. Derefs to `T`.
#[repr(transparent)]
pub struct PyRef<'py, T: PyClass> {
    object: Bound<'py, T>,
}

impl<'py, T: PyClass> PyRef<'py, T> {
    /// The `Python` token.
    #[inline]
    pub fn py(&self) -> Python<'py> {
        self.object.py()
    }

    /// The object, borrowed.
    #[inline]
    pub fn as_ptr(&self) -> *mut ffi::PyObject {
        self.object.as_ptr()
    }

    /// The object as a new reference; the borrow ends.
    #[inline]
    pub fn into_ptr(self) -> *mut ffi::PyObject {
        self.object.clone().into_ptr()
    }

    /// Takes a shared borrow, or fails if a `PyRefMut` exists.
    pub(crate) fn try_borrow(object: &Bound<'py, T>) -> Result<Self, PyBorrowError> {
        assert_owner_thread(object);
        if let Some(flag) = layout(object).effective_borrow_flag() {
            flag.try_borrow()?;
        }
        Ok(PyRef {
            object: object.clone(),
        })
    }

    /// Like [`Self::try_borrow`], with the thread check as an error rather
    /// than a panic (for arguments of calls from Python).
    #[inline]
    pub(crate) fn borrow_for_call(object: &Bound<'py, T>) -> PyResult<Self> {
        check_thread(object)?;
        if let Some(flag) = layout(object).effective_borrow_flag() {
            flag.try_borrow()?;
        }
        Ok(PyRef {
            object: object.clone(),
        })
    }

    /// The object.
    #[inline]
    pub fn as_bound(&self) -> &Bound<'py, T> {
        &self.object
    }

    /// The object (the borrow ends).
    pub fn into_bound(self) -> Bound<'py, T> {
        self.object.clone()
    }
}

impl<'py, T> PyRef<'py, T>
where
    T: PyClass,
    T::BaseType: PyClass,
{
    /// The borrow as one of the base class.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// #[pyclass(subclass)]
    /// struct Base {
    ///     id: u32,
    /// }
    ///
    /// #[pyclass(extends = Base)]
    /// struct Sub;
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let sub = Bound::new(py, (Sub, Base { id: 7 })).unwrap();
    ///     let sub = sub.borrow();
    ///     assert_eq!(sub.as_super().id, 7);
    /// });
    /// ```
    pub fn as_super(&self) -> &PyRef<'py, T::BaseType> {
        // SAFETY: `PyRef` is a transparent `Bound`, whose type parameter is
        // only a marker; the object is also an instance of the base, and the
        // borrow held covers the base's value (the flag is shared along the
        // chain).
        unsafe { &*std::ptr::from_ref(self).cast::<PyRef<'py, T::BaseType>>() }
    }

    /// Turns the borrow into one of the base class.
    pub fn into_super(self) -> PyRef<'py, T::BaseType> {
        let own = layout(&self.object)
            .effective_borrow_flag()
            .map(std::ptr::from_ref);
        // SAFETY: the object is an instance of the base too.
        let base_view = unsafe { self.object.cast_unchecked::<T::BaseType>() };
        let base_flag = layout(base_view)
            .effective_borrow_flag()
            .map(std::ptr::from_ref);
        let object = if own == base_flag {
            // The borrow already covers the base: hand it over.
            let this = std::mem::ManuallyDrop::new(self);
            // SAFETY: `this` is never used or dropped again.
            unsafe { std::ptr::read(&this.object) }
        } else {
            // The base chain is frozen and keeps no flag; ours ends here.
            let object = self.object.clone();
            drop(self);
            object
        };
        // SAFETY: the object is an instance of the base too.
        let object = unsafe { object.cast_into_unchecked::<T::BaseType>() };
        PyRef { object }
    }
}

impl<T: PyClass> Deref for PyRef<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the shared borrow is held, so no `&mut T` exists.
        unsafe { &*layout(&self.object).value_ptr() }
    }
}

impl<T> AsRef<T::BaseType> for PyRef<'_, T>
where
    T: PyClass,
    T::BaseType: PyClass,
{
    fn as_ref(&self) -> &T::BaseType {
        self.as_super()
    }
}

impl<T: PyClass> Drop for PyRef<'_, T> {
    #[inline]
    fn drop(&mut self) {
        if let Some(flag) = layout(&self.object).effective_borrow_flag() {
            flag.release_borrow();
        }
    }
}

impl<T: PyClass + fmt::Debug> fmt::Debug for PyRef<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<'py, T: PyClass> IntoPyObject<'py> for PyRef<'py, T> {
    type Target = T;
    type Output = Bound<'py, T>;
    type Error = std::convert::Infallible;

    fn into_pyobject(self, _py: Python<'py>) -> Result<Bound<'py, T>, Self::Error> {
        Ok(self.object.clone())
    }
}

impl<'a, 'py, T: PyClass> IntoPyObject<'py> for &'a PyRef<'py, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = std::convert::Infallible;

    fn into_pyobject(self, _py: Python<'py>) -> Result<Borrowed<'a, 'py, T>, Self::Error> {
        Ok(self.object.as_borrowed())
    }
}

impl<'a, 'py, T: PyClass> FromPyObject<'a, 'py> for PyRef<'py, T> {
    type Error = PyErr;

    fn extract(object: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        PyRef::borrow_for_call(&*object.cast::<T>()?)
    }
}

impl<'py, T: PyClass> TryFrom<&Bound<'py, T>> for PyRef<'py, T> {
    type Error = PyBorrowError;

    fn try_from(object: &Bound<'py, T>) -> Result<Self, PyBorrowError> {
        PyRef::try_borrow(object)
    }
}

/// An exclusive borrow of a class instance's Rust value. Derefs to `T`,
/// mutably.
#[repr(transparent)]
pub struct PyRefMut<'py, T: PyClass<Frozen = False>> {
    object: Bound<'py, T>,
}

impl<'py, T: PyClass<Frozen = False>> PyRefMut<'py, T> {
    /// The `Python` token.
    #[inline]
    pub fn py(&self) -> Python<'py> {
        self.object.py()
    }

    /// The object, borrowed.
    #[inline]
    pub fn as_ptr(&self) -> *mut ffi::PyObject {
        self.object.as_ptr()
    }

    /// The object as a new reference; the borrow ends.
    #[inline]
    pub fn into_ptr(self) -> *mut ffi::PyObject {
        self.object.clone().into_ptr()
    }

    /// Takes the exclusive borrow, or fails if any borrow exists.
    pub(crate) fn try_borrow(object: &Bound<'py, T>) -> Result<Self, PyBorrowMutError> {
        assert_owner_thread(object);
        exclusive_flag(object).try_borrow_mut()?;
        Ok(PyRefMut {
            object: object.clone(),
        })
    }

    /// Like [`Self::try_borrow`], with the thread check as an error.
    #[inline]
    pub(crate) fn borrow_for_call(object: &Bound<'py, T>) -> PyResult<Self> {
        check_thread(object)?;
        exclusive_flag(object).try_borrow_mut()?;
        Ok(PyRefMut {
            object: object.clone(),
        })
    }

    /// The object.
    #[inline]
    pub fn as_bound(&self) -> &Bound<'py, T> {
        &self.object
    }

    /// The object (the borrow ends).
    pub fn into_bound(self) -> Bound<'py, T> {
        self.object.clone()
    }
}

/// The flag of a mutable class: it always has one (its own or shared).
#[inline]
fn exclusive_flag<'a, T: PyClass<Frozen = False>>(
    object: &'a Bound<'_, T>,
) -> &'a crate::impl_::pyclass::BorrowFlag {
    layout(object)
        .effective_borrow_flag()
        .expect("a mutable class keeps or shares a borrow flag")
}

impl<'py, T> PyRefMut<'py, T>
where
    T: PyClass<Frozen = False>,
    T::BaseType: PyClass<Frozen = False>,
{
    /// The borrow as one of the base class.
    pub fn as_super(&mut self) -> &mut PyRefMut<'py, T::BaseType> {
        // SAFETY: as for `PyRef::as_super`; both classes are mutable, so
        // they share one flag, which this exclusive borrow holds.
        unsafe { &mut *std::ptr::from_mut(self).cast::<PyRefMut<'py, T::BaseType>>() }
    }

    /// Turns the borrow into one of the base class.
    pub fn into_super(self) -> PyRefMut<'py, T::BaseType> {
        // Both classes are mutable and share the flag: the borrow carries
        // over.
        let this = std::mem::ManuallyDrop::new(self);
        // SAFETY: `this` is never used or dropped again; the object is an
        // instance of the base too.
        unsafe {
            let object = std::ptr::read(&this.object);
            PyRefMut {
                object: object.cast_into_unchecked::<T::BaseType>(),
            }
        }
    }
}

impl<T: PyClass<Frozen = False>> Deref for PyRefMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the exclusive borrow is held.
        unsafe { &*layout(&self.object).value_ptr() }
    }
}

impl<T: PyClass<Frozen = False>> DerefMut for PyRefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the exclusive borrow is held, and `&mut self` makes this
        // the only access through it.
        unsafe { &mut *layout(&self.object).value_ptr() }
    }
}

impl<T> AsRef<T::BaseType> for PyRefMut<'_, T>
where
    T: PyClass<Frozen = False>,
    T::BaseType: PyClass<Frozen = False>,
{
    fn as_ref(&self) -> &T::BaseType {
        // SAFETY: the exclusive borrow covers the base's value too.
        unsafe { &*std::ptr::from_ref(self).cast::<PyRefMut<'_, T::BaseType>>() }
    }
}

impl<T> AsMut<T::BaseType> for PyRefMut<'_, T>
where
    T: PyClass<Frozen = False>,
    T::BaseType: PyClass<Frozen = False>,
{
    fn as_mut(&mut self) -> &mut T::BaseType {
        self.as_super()
    }
}

impl<T: PyClass<Frozen = False>> Drop for PyRefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        exclusive_flag(&self.object).release_borrow_mut();
    }
}

impl<T: PyClass<Frozen = False> + fmt::Debug> fmt::Debug for PyRefMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<'py, T: PyClass<Frozen = False>> IntoPyObject<'py> for PyRefMut<'py, T> {
    type Target = T;
    type Output = Bound<'py, T>;
    type Error = std::convert::Infallible;

    fn into_pyobject(self, _py: Python<'py>) -> Result<Bound<'py, T>, Self::Error> {
        Ok(self.object.clone())
    }
}

impl<'a, 'py, T: PyClass<Frozen = False>> IntoPyObject<'py> for &'a PyRefMut<'py, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = std::convert::Infallible;

    fn into_pyobject(self, _py: Python<'py>) -> Result<Borrowed<'a, 'py, T>, Self::Error> {
        Ok(self.object.as_borrowed())
    }
}

impl<'a, 'py, T: PyClass<Frozen = False>> FromPyObject<'a, 'py> for PyRefMut<'py, T> {
    type Error = PyErr;

    fn extract(object: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        PyRefMut::borrow_for_call(&*object.cast::<T>()?)
    }
}

impl<'py, T: PyClass<Frozen = False>> TryFrom<&Bound<'py, T>> for PyRefMut<'py, T> {
    type Error = PyBorrowMutError;

    fn try_from(object: &Bound<'py, T>) -> Result<Self, PyBorrowMutError> {
        PyRefMut::try_borrow(object)
    }
}

/// Panics when an `unsendable` value is borrowed from Rust on another
/// thread (the borrow methods cannot report it as a borrow error).
#[inline]
fn assert_owner_thread<T: PyClass>(object: &Bound<'_, T>) {
    if !layout(object).is_owner_thread() {
        panic!("{} is unsendable, but sent to another thread", T::NAME);
    }
}

/// A shared borrow failed: a `PyRefMut` exists.
pub struct PyBorrowError {
    _private: (),
}

impl PyBorrowError {
    pub(crate) fn new() -> Self {
        PyBorrowError { _private: () }
    }
}

impl fmt::Debug for PyBorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PyBorrowError").finish_non_exhaustive()
    }
}

impl fmt::Display for PyBorrowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Already mutably borrowed")
    }
}

impl std::error::Error for PyBorrowError {}

impl From<PyBorrowError> for PyErr {
    fn from(error: PyBorrowError) -> PyErr {
        PyRuntimeError::new_err(error.to_string())
    }
}

/// An exclusive borrow failed: some borrow exists.
pub struct PyBorrowMutError {
    _private: (),
}

impl PyBorrowMutError {
    pub(crate) fn new() -> Self {
        PyBorrowMutError { _private: () }
    }
}

impl fmt::Debug for PyBorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PyBorrowMutError").finish_non_exhaustive()
    }
}

impl fmt::Display for PyBorrowMutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Already borrowed")
    }
}

impl std::error::Error for PyBorrowMutError {}

impl From<PyBorrowMutError> for PyErr {
    fn from(error: PyBorrowMutError) -> PyErr {
        PyRuntimeError::new_err(error.to_string())
    }
}
