//! Borrow guards that lend a class instance's Rust value for as long as
//! the object itself is lent: [`PyClassGuard`] (shared) and
//! [`PyClassGuardMut`] (exclusive).
//!
//! They follow the same rules as [`PyRef`](crate::PyRef) and
//! [`PyRefMut`](crate::PyRefMut) (the object's borrow flag is checked at run
//! time, like a `RefCell`'s), but they hold a plain `&'a` borrow of the
//! object instead of a reference of their own: taking and dropping a guard
//! never touches the object's reference count, and a guard carries no
//! `Python` token.

use std::convert::Infallible;
use std::fmt;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::ops::{Deref, DerefMut};
use std::ptr::NonNull;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{CastError, PyErr, PyResult};
use crate::ffi;
use crate::impl_::pyclass::{BorrowFlag, PyClassObject};
use crate::impl_::pymethods::MethodReceiver;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::pycell::{PyBorrowError, PyBorrowMutError, check_thread};
use crate::pyclass::PyClass;
use crate::pyclass::boolean_struct::False;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::PyAny;

/// The layout of the class instance at `object`.
///
/// # Safety
///
/// `object` is an instance of `T` (or of a subclass) that stays alive for
/// `'a`.
#[inline]
unsafe fn class_object<'a, T: PyClass>(object: NonNull<ffi::PyObject>) -> &'a PyClassObject<T> {
    // SAFETY: per the contract.
    unsafe { PyClassObject::<T>::from_ptr(object.as_ptr()) }
}

/// Panics when an `unsendable` value is borrowed away from its thread: the
/// guards' errors can only say "cast failed" or "already borrowed".
#[inline]
fn assert_owner_thread<T: PyClass>(layout: &PyClassObject<T>) {
    if !layout.is_owner_thread() {
        panic!("{} is unsendable, but sent to another thread", T::NAME);
    }
}

/// Runs `change` (an update of a borrow flag) where that is allowed.
///
/// A guard is not tied to an attached thread: it may be dropped after the
/// `Python::attach` that made it has ended, or inside `Python::detach`, or
/// on another thread. Where the GIL exists the flag is a plain counter
/// guarded by it, so a thread that is not attached attaches for the update.
/// If the interpreter can no longer be attached to, the borrow is left in
/// place (leaked), which only makes later borrows fail.
#[inline]
fn update_flag(change: impl FnOnce()) {
    #[cfg(not(Py_GIL_DISABLED))]
    if !crate::internal::attach::thread_is_attached() {
        let _ = Python::try_attach(|_| change());
        return;
    }
    change();
}

/// Gives back one shared borrow of `flag`.
#[inline]
fn give_back_shared(flag: &BorrowFlag) {
    update_flag(|| flag.release_borrow());
}

/// Gives back the exclusive borrow of `flag`.
#[inline]
fn give_back_exclusive(flag: &BorrowFlag) {
    update_flag(|| flag.release_borrow_mut());
}

/// A mutable class always reaches a flag: its own or a base's.
#[inline]
fn mutable_flag<T: PyClass<Frozen = False>>(layout: &PyClassObject<T>) -> &BorrowFlag {
    layout
        .effective_borrow_flag()
        .expect("a mutable class keeps or shares a borrow flag")
}

/// The object at `object`, lent for `'a`, as a `Borrowed` of `T`.
///
/// # Safety
///
/// `object` is an instance of `T` alive for `'a`; `py` attaches this thread.
#[inline]
unsafe fn lend<'a, 'py, T>(
    py: Python<'py>,
    object: NonNull<ffi::PyObject>,
) -> Borrowed<'a, 'py, T> {
    // SAFETY: per the contract.
    unsafe { Borrowed::from_ptr(py, object.as_ptr()).cast_unchecked::<T>() }
}

/// A shared borrow of the Rust value inside a `#[pyclass]` instance, for as
/// long as the object is borrowed (`'a`). Derefs to `T`.
///
/// Python code may hold any number of references to one object and call
/// methods through any of them, so Rust's rule "many readers or one writer"
/// is checked when the borrow is taken, against a flag in the object (as
/// `RefCell` does). While a `PyClassGuard` exists, every attempt at an
/// exclusive borrow ([`PyClassGuardMut`], [`PyRefMut`](crate::PyRefMut), a
/// `&mut self` method) fails with `RuntimeError: Already borrowed`; shared
/// borrows still succeed. Classes whose whole chain is `frozen` keep no flag
/// at all and a guard of one costs nothing.
///
/// Unlike [`PyRef`](crate::PyRef), a guard does not own a reference to the
/// object: it borrows the `Bound`, `Borrowed` or `Py` it was taken from, so
/// the reference count never changes. It is obtained with `extract`, with
/// `TryFrom<&Bound<T>>`, or as the type of a `#[pyfunction]` or method
/// argument (including `slf`).
///
/// # Examples
///
/// ```
/// use pyo3::prelude::*;
/// use pyo3::PyClassGuard;
///
/// #[pyclass(subclass)]
/// struct Vehicle {
///     wheels: u8,
/// }
///
/// #[pyclass(extends = Vehicle)]
/// struct Bicycle {
///     gears: u8,
/// }
///
/// #[pymethods]
/// impl Bicycle {
///     #[new]
///     fn new(gears: u8) -> PyClassInitializer<Self> {
///         PyClassInitializer::from(Vehicle { wheels: 2 }).add_subclass(Bicycle { gears })
///     }
///
///     // A guard as the receiver reaches the base class's fields.
///     fn describe(slf: PyClassGuard<'_, Self>) -> String {
///         format!("{} wheels, {} gears", slf.as_super().wheels, slf.gears)
///     }
/// }
///
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let bike = Bound::new(py, Bicycle::new(21))?;
///     let guard: PyClassGuard<'_, Bicycle> = bike.extract()?;
///     assert_eq!(guard.gears, 21);
///
///     // Shared borrows coexist, exclusive ones are refused.
///     assert!(bike.try_borrow().is_ok());
///     assert!(bike.try_borrow_mut().is_err());
///     drop(guard);
///     assert!(bike.try_borrow_mut().is_ok());
///
///     pyo3::py_run!(py, bike, "assert bike.describe() == '2 wheels, 21 gears'");
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyClassGuard<'a, T: PyClass> {
    /// An instance of `T`, alive for `'a`, whose flag (if any) this guard
    /// holds one shared borrow of.
    object: NonNull<ffi::PyObject>,
    _borrow: PhantomData<&'a Py<T>>,
}

impl<'a, T: PyClass> PyClassGuard<'a, T> {
    /// Takes a shared borrow of `obj`'s value, or fails if an exclusive one
    /// exists. The thread must be attached (the flag is updated).
    ///
    /// # Panics
    ///
    /// When `T` is `unsendable` and this is not its thread.
    pub(crate) fn try_borrow(obj: &'a Py<T>) -> Result<Self, PyBorrowError> {
        // SAFETY: `obj` is an instance of `T` alive for `'a`.
        unsafe { Self::take(NonNull::new_unchecked(obj.as_ptr())) }
    }

    /// [`Self::try_borrow`] for a `Borrowed` object.
    pub(crate) fn try_borrow_from_borrowed(
        obj: Borrowed<'a, '_, T>,
    ) -> Result<Self, PyBorrowError> {
        // SAFETY: `obj` is an instance of `T` alive for `'a`, and it proves
        // that the thread is attached.
        unsafe { Self::take(NonNull::new_unchecked(obj.as_ptr())) }
    }

    /// Takes the shared borrow.
    ///
    /// # Safety
    ///
    /// `object` is an instance of `T` alive for `'a`; the thread is attached.
    unsafe fn take(object: NonNull<ffi::PyObject>) -> Result<Self, PyBorrowError> {
        // SAFETY: per the contract.
        let layout = unsafe { class_object::<T>(object) };
        assert_owner_thread(layout);
        if let Some(flag) = layout.effective_borrow_flag() {
            flag.try_borrow()?;
        }
        Ok(PyClassGuard {
            object,
            _borrow: PhantomData,
        })
    }

    /// The object's layout, valid for `'a`.
    #[inline]
    fn layout(&self) -> &'a PyClassObject<T> {
        // SAFETY: `object` is an instance of `T` alive for `'a`.
        unsafe { class_object::<T>(self.object) }
    }

    /// Narrows the borrow to a part of the value (a field, an element, ...)
    /// chosen by `f`. The object stays borrowed until the returned
    /// [`PyClassGuardMap`] is dropped.
    ///
    /// ```
    /// use pyo3::prelude::*;
    /// use pyo3::PyClassGuard;
    ///
    /// #[pyclass]
    /// struct Playlist {
    ///     songs: Vec<String>,
    /// }
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = Bound::new(py, Playlist { songs: vec!["Intro".into(), "Outro".into()] })?;
    ///     let first = list.extract::<PyClassGuard<'_, Playlist>>()?.map(|p| p.songs[0].as_str());
    ///     assert_eq!(&*first, "Intro");
    ///     // Still borrowed through `first`.
    ///     assert!(list.try_borrow_mut().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn map<F, U: ?Sized>(self, f: F) -> PyClassGuardMap<'a, U>
    where
        F: FnOnce(&T) -> &U,
    {
        // If `f` panics, `self` is dropped as usual and gives the borrow back.
        let part = NonNull::from(f(&*self));
        let flag = self.layout().effective_borrow_flag();
        // The borrow passes to the map.
        std::mem::forget(self);
        PyClassGuardMap {
            part,
            flag,
            _part: PhantomData,
        }
    }
}

impl<'a, T> PyClassGuard<'a, T>
where
    T: PyClass,
    T::BaseType: PyClass,
{
    /// The same borrow, seen as one of the base class (without giving it
    /// up). Calls chain to reach classes further up.
    ///
    /// ```
    /// use pyo3::prelude::*;
    /// use pyo3::PyClassGuard;
    ///
    /// #[pyclass(subclass)]
    /// struct Shape {
    ///     sides: u32,
    /// }
    ///
    /// #[pyclass(extends = Shape, subclass)]
    /// struct Polygon {
    ///     regular: bool,
    /// }
    ///
    /// #[pyclass(extends = Polygon)]
    /// struct Square;
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let init = PyClassInitializer::from(Shape { sides: 4 })
    ///         .add_subclass(Polygon { regular: true })
    ///         .add_subclass(Square);
    ///     let square = Bound::new(py, init)?;
    ///     let guard: PyClassGuard<'_, Square> = square.extract()?;
    ///     assert!(guard.as_super().regular);
    ///     assert_eq!(guard.as_super().as_super().sides, 4);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn as_super(&self) -> &PyClassGuard<'a, T::BaseType> {
        // SAFETY: both guards are a transparent pointer to the object (the
        // type parameter lives in a zero-sized marker only). The object is
        // an instance of the base too, and the borrow this guard holds
        // covers the base's value: the base either shares the flag, or is
        // frozen up to the native base (then nothing writes to it).
        unsafe { &*std::ptr::from_ref(self).cast::<PyClassGuard<'a, T::BaseType>>() }
    }

    /// Turns the borrow into one of the base class.
    ///
    /// When the base part of the chain is `frozen` and keeps no flag (only
    /// this class and its subclasses share one), this class's borrow is
    /// given back here: the base's value needs none, and the value of `T`
    /// may then be borrowed exclusively again while the returned guard
    /// lives.
    ///
    /// ```
    /// use pyo3::prelude::*;
    /// use pyo3::PyClassGuard;
    ///
    /// #[pyclass(subclass)]
    /// struct Account {
    ///     owner: String,
    /// }
    ///
    /// #[pyclass(extends = Account)]
    /// struct Savings {
    ///     rate: f64,
    /// }
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let init = PyClassInitializer::from(Account { owner: "Ada".into() })
    ///         .add_subclass(Savings { rate: 0.5 });
    ///     let savings = Bound::new(py, init)?;
    ///     let guard: PyClassGuard<'_, Savings> = savings.extract()?;
    ///     assert_eq!(guard.rate, 0.5);
    ///     let account: PyClassGuard<'_, Account> = guard.into_super();
    ///     assert_eq!(account.owner, "Ada");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn into_super(self) -> PyClassGuard<'a, T::BaseType> {
        let own = self.layout().effective_borrow_flag();
        // SAFETY: the object is an instance of the base class too.
        let base_layout = unsafe { class_object::<T::BaseType>(self.object) };
        let base = base_layout.effective_borrow_flag();
        let object = ManuallyDrop::new(self).object;
        let same_flag = match (own, base) {
            (Some(own), Some(base)) => std::ptr::eq(own, base),
            (None, None) => true,
            _ => false,
        };
        if !same_flag {
            // A class keeps a flag of its own only when no base has one.
            debug_assert!(base.is_none(), "a base and its subclass keep two flags");
            if let Some(own) = own {
                give_back_shared(own);
            }
        }
        PyClassGuard {
            object,
            _borrow: PhantomData,
        }
    }
}

impl<T: PyClass> Deref for PyClassGuard<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the shared borrow is held (or the chain is frozen), so no
        // `&mut T` exists while the guard does.
        unsafe { &*self.layout().value_ptr() }
    }
}

impl<T: PyClass> Drop for PyClassGuard<'_, T> {
    /// Gives the shared borrow back.
    #[inline]
    fn drop(&mut self) {
        if let Some(flag) = self.layout().effective_borrow_flag() {
            give_back_shared(flag);
        }
    }
}

impl<T: PyClass + fmt::Debug> fmt::Debug for PyClassGuard<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<'a, 'py, T: PyClass> FromPyObject<'a, 'py> for PyClassGuard<'a, T> {
    type Error = PyClassGuardError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <T as PyTypeInfo>::TYPE_HINT;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        let obj = obj
            .cast::<T>()
            .map_err(|err| PyClassGuardError(Some(err)))?;
        PyClassGuard::try_borrow_from_borrowed(obj).map_err(|_| PyClassGuardError(None))
    }
}

impl<'a, 'py, T: PyClass> IntoPyObject<'py> for PyClassGuard<'a, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <T as PyTypeInfo>::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Borrowed<'a, 'py, T>, Infallible> {
        // The guard ends here; the object stays lent for `'a`.
        // SAFETY: `object` is an instance of `T` alive for `'a`; `py` shows
        // the thread is attached.
        Ok(unsafe { lend(py, self.object) })
    }
}

impl<'a, 'py, T: PyClass> IntoPyObject<'py> for &PyClassGuard<'a, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <T as PyTypeInfo>::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Borrowed<'a, 'py, T>, Infallible> {
        // SAFETY: `object` is an instance of `T` alive for `'a`; `py` shows
        // the thread is attached.
        Ok(unsafe { lend(py, self.object) })
    }
}

impl<'a, 'py, T: PyClass> TryFrom<&'a Bound<'py, T>> for PyClassGuard<'a, T> {
    type Error = PyBorrowError;

    #[inline]
    fn try_from(value: &'a Bound<'py, T>) -> Result<Self, PyBorrowError> {
        PyClassGuard::try_borrow(value.as_unbound())
    }
}

/// `slf: PyClassGuard<'_, Self>` as the receiver of a method. As for `&self`,
/// a call on the wrong thread of an `unsendable` class raises rather than
/// panics.
impl<'a, 'py, T: PyClass> MethodReceiver<'a, 'py, T> for PyClassGuard<'a, T> {
    type Holder = ();

    #[inline]
    fn receive(object: Borrowed<'a, 'py, PyAny>, _holder: &'a mut ()) -> PyResult<Self> {
        let object = object.cast::<T>()?;
        check_thread(&object)?;
        Ok(PyClassGuard::try_borrow_from_borrowed(object)?)
    }
}

// SAFETY: the guard only hands out `&T`, which may be used from any thread
// when `T: Sync`; the flag it gives back on drop is only changed while
// attached (`update_flag`).
unsafe impl<T: PyClass + Sync> Send for PyClassGuard<'_, T> {}

// SAFETY: a shared guard only hands out `&T` and never changes the flag
// through `&self`.
unsafe impl<T: PyClass + Sync> Sync for PyClassGuard<'_, T> {}

// SAFETY: using the guard needs no attached thread: it lends `T`, and its
// drop attaches before giving the borrow back (`update_flag`).
#[cfg(feature = "nightly")]
unsafe impl<T: PyClass> crate::marker::Ungil for PyClassGuard<'_, T> {}

/// Why extracting a [`PyClassGuard`] failed: the object is not an instance
/// of the class (then it holds the cast error), or its value is mutably
/// borrowed.
///
/// It displays as the cast error does, or as `Already mutably borrowed`, and
/// converts into a `TypeError` or a `RuntimeError` respectively.
///
/// ```
/// use pyo3::prelude::*;
/// use pyo3::exceptions::PyTypeError;
///
/// #[pyclass]
/// #[derive(Debug)]
/// struct Token;
///
/// # pyo3::Python::initialize();
/// Python::attach(|py| {
///     let text = "abc".into_pyobject(py).unwrap();
///     let err = text.extract::<PyClassGuard<'_, Token>>().unwrap_err();
///     assert_eq!(err.to_string(), "'str' object is not an instance of 'Token'");
///     assert!(PyErr::from(err).is_instance_of::<PyTypeError>(py));
///
///     let token = Bound::new(py, Token).unwrap();
///     let _writer = token.borrow_mut();
///     let err = token.extract::<PyClassGuard<'_, Token>>().unwrap_err();
///     assert_eq!(err.to_string(), "Already mutably borrowed");
/// });
/// ```
pub struct PyClassGuardError<'a, 'py>(pub(crate) Option<CastError<'a, 'py>>);

impl fmt::Debug for PyClassGuardError<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(cast) => fmt::Debug::fmt(cast, f),
            None => fmt::Debug::fmt(&PyBorrowError::new(), f),
        }
    }
}

impl fmt::Display for PyClassGuardError<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(cast) => fmt::Display::fmt(cast, f),
            None => fmt::Display::fmt(&PyBorrowError::new(), f),
        }
    }
}

impl From<PyClassGuardError<'_, '_>> for PyErr {
    fn from(error: PyClassGuardError<'_, '_>) -> PyErr {
        match error.0 {
            Some(cast) => cast.into(),
            None => PyBorrowError::new().into(),
        }
    }
}

/// A shared borrow of part of a class instance's value, made by
/// [`PyClassGuard::map`]. Derefs to the part; the object's borrow ends when
/// it is dropped.
pub struct PyClassGuardMap<'a, U: ?Sized> {
    /// Points into the value that `flag` guards (or into a frozen value).
    part: NonNull<U>,
    /// The flag of which one shared borrow is held, if the class has one.
    flag: Option<&'a BorrowFlag>,
    _part: PhantomData<&'a U>,
}

impl<U: ?Sized> Deref for PyClassGuardMap<'_, U> {
    type Target = U;

    #[inline]
    fn deref(&self) -> &U {
        // SAFETY: `part` points into a value lent for `'a` and covered by
        // the shared borrow held, so nothing writes to it meanwhile.
        unsafe { self.part.as_ref() }
    }
}

impl<U: ?Sized> Drop for PyClassGuardMap<'_, U> {
    /// Gives the shared borrow back.
    fn drop(&mut self) {
        if let Some(flag) = self.flag {
            give_back_shared(flag);
        }
    }
}

impl<U: ?Sized + fmt::Debug> fmt::Debug for PyClassGuardMap<'_, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// An exclusive borrow of the Rust value inside a mutable `#[pyclass]`
/// instance, for as long as the object is borrowed (`'a`). Derefs to `T`,
/// mutably.
///
/// Taking it fails with `RuntimeError: Already borrowed` while any other
/// borrow of the value exists ([`PyClassGuard`], [`PyRef`](crate::PyRef),
/// a running `&self` method, ...), and while it exists every other borrow
/// fails. Like [`PyClassGuard`] it borrows the object rather than owning a
/// reference, so it costs no reference-count change.
///
/// Methods taking `&mut self` or arguments of type `&mut T` are borrowed
/// this way by the generated code already; a guard is needed to mutate a
/// value from Rust code, or to take two objects that may be the same one:
///
/// ```
/// use pyo3::prelude::*;
/// use pyo3::PyClassGuardMut;
///
/// #[pyclass]
/// struct Counter {
///     count: u64,
/// }
///
/// /// Moves `b`'s count into `a`; passing one counter twice is a no-op
/// /// instead of a borrow error.
/// #[pyfunction]
/// fn merge(a: &Bound<'_, Counter>, b: &Bound<'_, Counter>) -> PyResult<()> {
///     if a.is(b) {
///         return Ok(());
///     }
///     let mut a: PyClassGuardMut<'_, Counter> = a.extract()?;
///     let mut b: PyClassGuardMut<'_, Counter> = b.extract()?;
///     a.count += std::mem::take(&mut b.count);
///     Ok(())
/// }
///
/// # pyo3::Python::initialize();
/// Python::attach(|py| -> PyResult<()> {
///     let x = Bound::new(py, Counter { count: 2 })?;
///     let y = Bound::new(py, Counter { count: 3 })?;
///     let merge = wrap_pyfunction!(merge, py)?;
///     merge.call1((&x, &y))?;
///     merge.call1((&x, &x))?;
///     assert_eq!((x.borrow().count, y.borrow().count), (5, 0));
///
///     let mut guard: PyClassGuardMut<'_, Counter> = x.extract()?;
///     guard.count = 10;
///     // No other borrow while the guard lives.
///     assert!(x.try_borrow().is_err());
///     drop(guard);
///     assert_eq!(x.borrow().count, 10);
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyClassGuardMut<'a, T: PyClass<Frozen = False>> {
    /// An instance of `T`, alive for `'a`, whose flag this guard holds the
    /// exclusive borrow of.
    object: NonNull<ffi::PyObject>,
    _borrow: PhantomData<&'a Py<T>>,
}

impl<'a, T: PyClass<Frozen = False>> PyClassGuardMut<'a, T> {
    /// Takes the exclusive borrow of `obj`'s value, or fails if any borrow
    /// exists. The thread must be attached (the flag is updated).
    ///
    /// # Panics
    ///
    /// When `T` is `unsendable` and this is not its thread.
    pub(crate) fn try_borrow_mut(obj: &'a Py<T>) -> Result<Self, PyBorrowMutError> {
        // SAFETY: `obj` is an instance of `T` alive for `'a`.
        unsafe { Self::take(NonNull::new_unchecked(obj.as_ptr())) }
    }

    /// [`Self::try_borrow_mut`] for a `Borrowed` object.
    pub(crate) fn try_borrow_mut_from_borrowed(
        obj: Borrowed<'a, '_, T>,
    ) -> Result<Self, PyBorrowMutError> {
        // SAFETY: `obj` is an instance of `T` alive for `'a`, and it proves
        // that the thread is attached.
        unsafe { Self::take(NonNull::new_unchecked(obj.as_ptr())) }
    }

    /// Takes the exclusive borrow.
    ///
    /// # Safety
    ///
    /// `object` is an instance of `T` alive for `'a`; the thread is attached.
    unsafe fn take(object: NonNull<ffi::PyObject>) -> Result<Self, PyBorrowMutError> {
        // SAFETY: per the contract.
        let layout = unsafe { class_object::<T>(object) };
        assert_owner_thread(layout);
        mutable_flag(layout).try_borrow_mut()?;
        Ok(PyClassGuardMut {
            object,
            _borrow: PhantomData,
        })
    }

    /// The object's layout, valid for `'a`.
    #[inline]
    fn layout(&self) -> &'a PyClassObject<T> {
        // SAFETY: `object` is an instance of `T` alive for `'a`.
        unsafe { class_object::<T>(self.object) }
    }

    /// Narrows the exclusive borrow to a part of the value chosen by `f`.
    /// The object stays borrowed until the returned map is dropped; the map
    /// derefs to the part, mutably.
    ///
    /// ```
    /// use pyo3::prelude::*;
    /// use pyo3::PyClassGuardMut;
    ///
    /// #[pyclass]
    /// struct Grid {
    ///     cells: [u8; 9],
    /// }
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let grid = Bound::new(py, Grid { cells: [0; 9] })?;
    ///     let mut middle_row = grid
    ///         .extract::<PyClassGuardMut<'_, Grid>>()?
    ///         .map(|g| &mut g.cells[3..6]);
    ///     middle_row.fill(1);
    ///     drop(middle_row);
    ///     assert_eq!(grid.borrow().cells, [0, 0, 0, 1, 1, 1, 0, 0, 0]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn map<F, U: ?Sized>(mut self, f: F) -> PyClassGuardMapMut<'a, U>
    where
        F: FnOnce(&mut T) -> &mut U,
    {
        // If `f` panics, `self` is dropped as usual and gives the borrow back.
        let part = NonNull::from(f(&mut *self));
        let flag = mutable_flag(self.layout());
        // The borrow passes to the map.
        std::mem::forget(self);
        PyClassGuardMapMut {
            part,
            flag,
            _part: PhantomData,
        }
    }
}

impl<'a, T> PyClassGuardMut<'a, T>
where
    T: PyClass<Frozen = False>,
    T::BaseType: PyClass<Frozen = False>,
{
    /// The same exclusive borrow, seen as one of the (mutable) base class,
    /// without giving it up. The result derefs to the base's value, mutably,
    /// and chains with its own `as_super`.
    ///
    /// ```
    /// use pyo3::prelude::*;
    /// use pyo3::PyClassGuardMut;
    ///
    /// #[pyclass(subclass)]
    /// struct Animal {
    ///     legs: u32,
    /// }
    ///
    /// #[pyclass(extends = Animal)]
    /// struct Dog {
    ///     tricks: u32,
    /// }
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let init = PyClassInitializer::from(Animal { legs: 4 }).add_subclass(Dog { tricks: 0 });
    ///     let dog = Bound::new(py, init)?;
    ///     let mut guard: PyClassGuardMut<'_, Dog> = dog.extract()?;
    ///     guard.tricks += 1;
    ///     guard.as_super().legs -= 1;
    ///     drop(guard);
    ///     let dog = dog.borrow();
    ///     assert_eq!((dog.tricks, dog.as_super().legs), (1, 3));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn as_super(&mut self) -> PyClassGuardMutSuper<'_, 'a, T::BaseType> {
        // SAFETY: both guards are a transparent pointer to the object; it is
        // an instance of the base too, and both classes are mutable, so
        // they share the one flag whose exclusive borrow this guard holds.
        // The wrapper hands out the base's value only, never the guard, so
        // the guard cannot be swapped for another one through it.
        let guard =
            unsafe { &mut *std::ptr::from_mut(self).cast::<PyClassGuardMut<'a, T::BaseType>>() };
        PyClassGuardMutSuper { guard }
    }

    /// Turns the exclusive borrow into one of the base class (both classes
    /// share the flag, so the borrow carries over).
    ///
    /// ```
    /// use pyo3::prelude::*;
    /// use pyo3::PyClassGuardMut;
    ///
    /// #[pyclass(subclass)]
    /// struct Node {
    ///     visits: u32,
    /// }
    ///
    /// #[pyclass(extends = Node)]
    /// struct Leaf;
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let leaf = Bound::new(py, (Leaf, Node { visits: 0 }))?;
    ///     let mut node: PyClassGuardMut<'_, Node> =
    ///         leaf.extract::<PyClassGuardMut<'_, Leaf>>()?.into_super();
    ///     node.visits += 1;
    ///     assert!(leaf.try_borrow().is_err());
    ///     drop(node);
    ///     assert_eq!(leaf.borrow().as_super().visits, 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    pub fn into_super(self) -> PyClassGuardMut<'a, T::BaseType> {
        PyClassGuardMut {
            object: ManuallyDrop::new(self).object,
            _borrow: PhantomData,
        }
    }
}

impl<T: PyClass<Frozen = False>> Deref for PyClassGuardMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the exclusive borrow is held.
        unsafe { &*self.layout().value_ptr() }
    }
}

impl<T: PyClass<Frozen = False>> DerefMut for PyClassGuardMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the exclusive borrow is held, and `&mut self` makes this
        // the only access through the guard.
        unsafe { &mut *self.layout().value_ptr() }
    }
}

impl<T: PyClass<Frozen = False>> Drop for PyClassGuardMut<'_, T> {
    /// Gives the exclusive borrow back.
    #[inline]
    fn drop(&mut self) {
        give_back_exclusive(mutable_flag(self.layout()));
    }
}

impl<T: PyClass<Frozen = False> + fmt::Debug> fmt::Debug for PyClassGuardMut<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl<'a, 'py, T: PyClass<Frozen = False>> FromPyObject<'a, 'py> for PyClassGuardMut<'a, T> {
    type Error = PyClassGuardMutError<'a, 'py>;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = <T as PyTypeInfo>::TYPE_HINT;

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        let obj = obj
            .cast::<T>()
            .map_err(|err| PyClassGuardMutError(Some(err)))?;
        PyClassGuardMut::try_borrow_mut_from_borrowed(obj).map_err(|_| PyClassGuardMutError(None))
    }
}

impl<'a, 'py, T: PyClass<Frozen = False>> IntoPyObject<'py> for PyClassGuardMut<'a, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <T as PyTypeInfo>::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Borrowed<'a, 'py, T>, Infallible> {
        // The guard ends here; the object stays lent for `'a`.
        // SAFETY: `object` is an instance of `T` alive for `'a`; `py` shows
        // the thread is attached.
        Ok(unsafe { lend(py, self.object) })
    }
}

impl<'a, 'py, T: PyClass<Frozen = False>> IntoPyObject<'py> for &PyClassGuardMut<'a, T> {
    type Target = T;
    type Output = Borrowed<'a, 'py, T>;
    type Error = Infallible;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <T as PyTypeInfo>::TYPE_HINT;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Borrowed<'a, 'py, T>, Infallible> {
        // SAFETY: `object` is an instance of `T` alive for `'a`; `py` shows
        // the thread is attached.
        Ok(unsafe { lend(py, self.object) })
    }
}

impl<'a, 'py, T: PyClass<Frozen = False>> TryFrom<&'a Bound<'py, T>> for PyClassGuardMut<'a, T> {
    type Error = PyBorrowMutError;

    #[inline]
    fn try_from(value: &'a Bound<'py, T>) -> Result<Self, PyBorrowMutError> {
        PyClassGuardMut::try_borrow_mut(value.as_unbound())
    }
}

/// `slf: PyClassGuardMut<'_, Self>` as the receiver of a method (see the
/// shared guard's).
impl<'a, 'py, T: PyClass<Frozen = False>> MethodReceiver<'a, 'py, T> for PyClassGuardMut<'a, T> {
    type Holder = ();

    #[inline]
    fn receive(object: Borrowed<'a, 'py, PyAny>, _holder: &'a mut ()) -> PyResult<Self> {
        let object = object.cast::<T>()?;
        check_thread(&object)?;
        Ok(PyClassGuardMut::try_borrow_mut_from_borrowed(object)?)
    }
}

// SAFETY: the guard hands out `&T` and `&mut T`, so moving it to another
// thread needs `T: Send + Sync`; the flag it gives back on drop is only
// changed while attached (`update_flag`).
unsafe impl<T: PyClass<Frozen = False> + Send + Sync> Send for PyClassGuardMut<'_, T> {}

// SAFETY: through `&self` the guard only hands out `&T` and never changes
// the flag.
unsafe impl<T: PyClass<Frozen = False> + Sync> Sync for PyClassGuardMut<'_, T> {}

// SAFETY: using the guard needs no attached thread: it lends `T`, and its
// drop attaches before giving the borrow back (`update_flag`).
#[cfg(feature = "nightly")]
unsafe impl<T: PyClass<Frozen = False>> crate::marker::Ungil for PyClassGuardMut<'_, T> {}

/// Why extracting a [`PyClassGuardMut`] failed: the object is not an
/// instance of the class (then it holds the cast error), or its value is
/// already borrowed.
///
/// It displays as the cast error does, or as `Already borrowed`, and
/// converts into a `TypeError` or a `RuntimeError` respectively.
///
/// ```
/// use pyo3::prelude::*;
/// use pyo3::exceptions::PyRuntimeError;
///
/// #[pyclass]
/// #[derive(Debug)]
/// struct Token;
///
/// # pyo3::Python::initialize();
/// Python::attach(|py| {
///     let token = Bound::new(py, Token).unwrap();
///     let _reader = token.borrow();
///     let err = token.extract::<PyClassGuardMut<'_, Token>>().unwrap_err();
///     assert_eq!(err.to_string(), "Already borrowed");
///     let err = PyErr::from(err);
///     assert!(err.is_instance_of::<PyRuntimeError>(py));
///     assert_eq!(err.to_string(), "RuntimeError: Already borrowed");
/// });
/// ```
pub struct PyClassGuardMutError<'a, 'py>(pub(crate) Option<CastError<'a, 'py>>);

impl fmt::Debug for PyClassGuardMutError<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(cast) => fmt::Debug::fmt(cast, f),
            None => fmt::Debug::fmt(&PyBorrowMutError::new(), f),
        }
    }
}

impl fmt::Display for PyClassGuardMutError<'_, '_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Some(cast) => fmt::Display::fmt(cast, f),
            None => fmt::Display::fmt(&PyBorrowMutError::new(), f),
        }
    }
}

impl From<PyClassGuardMutError<'_, '_>> for PyErr {
    fn from(error: PyClassGuardMutError<'_, '_>) -> PyErr {
        match error.0 {
            Some(cast) => cast.into(),
            None => PyBorrowMutError::new().into(),
        }
    }
}

/// The exclusive borrow of a [`PyClassGuardMut`], lent as one of a base
/// class by [`PyClassGuardMut::as_super`]. Derefs to the base's value,
/// mutably; `as_super` goes one class further up.
#[repr(transparent)]
pub struct PyClassGuardMutSuper<'s, 'a, T: PyClass<Frozen = False>> {
    /// The original guard, seen as one of `T`. Never handed out: swapping
    /// it for a guard of another object would leave the original guard
    /// pointing at a value it does not hold.
    guard: &'s mut PyClassGuardMut<'a, T>,
}

impl<'s, 'a, T> PyClassGuardMutSuper<'s, 'a, T>
where
    T: PyClass<Frozen = False>,
    T::BaseType: PyClass<Frozen = False>,
{
    /// The borrow, seen as one of the next base class up.
    pub fn as_super(&mut self) -> PyClassGuardMutSuper<'_, 'a, T::BaseType> {
        self.guard.as_super()
    }
}

impl<T: PyClass<Frozen = False>> Deref for PyClassGuardMutSuper<'_, '_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        self.guard
    }
}

impl<T: PyClass<Frozen = False>> DerefMut for PyClassGuardMutSuper<'_, '_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        self.guard
    }
}

/// An exclusive borrow of part of a class instance's value, made by
/// [`PyClassGuardMut::map`]. Derefs to the part, mutably; the object's
/// borrow ends when it is dropped.
pub struct PyClassGuardMapMut<'a, U: ?Sized> {
    /// Points into the value whose flag's exclusive borrow is held.
    part: NonNull<U>,
    flag: &'a BorrowFlag,
    /// Written through `part`: invariant in `U`, like `&mut U`.
    _part: PhantomData<&'a mut U>,
}

impl<U: ?Sized> Deref for PyClassGuardMapMut<'_, U> {
    type Target = U;

    #[inline]
    fn deref(&self) -> &U {
        // SAFETY: `part` points into a value lent for `'a` whose exclusive
        // borrow is held.
        unsafe { self.part.as_ref() }
    }
}

impl<U: ?Sized> DerefMut for PyClassGuardMapMut<'_, U> {
    #[inline]
    fn deref_mut(&mut self) -> &mut U {
        // SAFETY: as for `deref`; `&mut self` makes this the only access.
        unsafe { self.part.as_mut() }
    }
}

impl<U: ?Sized> Drop for PyClassGuardMapMut<'_, U> {
    /// Gives the exclusive borrow back.
    fn drop(&mut self) {
        give_back_exclusive(self.flag);
    }
}

impl<U: ?Sized + fmt::Debug> fmt::Debug for PyClassGuardMapMut<'_, U> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}
