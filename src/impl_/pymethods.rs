//! The runtime side of `#[pymethods]` (and of `#[pyclass]` field
//! properties): receivers, property getters and setters, `#[new]`, and
//! class attributes. The generated code is a list of calls into this file.
//!
//! Methods, static methods and class methods are `PyFunctionDef`s, like
//! `#[pyfunction]`s (see `impl_::pyfunction`); only their flags differ.

use std::ffi::c_int;

use crate::conversion::IntoPyObject;
use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::impl_::extract_argument::RawArguments;
use crate::impl_::pyclass::PyClassObject;
use crate::impl_::pyfunction::FunctionSelf;
use crate::impl_::trampoline::trampoline;
use crate::impl_::wrap::ReturnKind;
use crate::instance::{Borrowed, Bound, BoundObject, Py};
use crate::marker::Python;
use crate::pycell::{PyRef, PyRefMut};
use crate::pyclass::PyClass;
use crate::pyclass::boolean_struct::False;
use crate::pyclass_init::PyClassInitializer;
use crate::types::{PyAny, PyType};

// ---------------------------------------------------------------------------
// Receivers
// ---------------------------------------------------------------------------

/// The object a method was called on.
#[inline]
fn self_object<'a, 'py>(slf: &'a FunctionSelf<'py>) -> PyResult<&'a Borrowed<'py, 'py, PyAny>> {
    match slf {
        Some(object) => Ok(object),
        None => Err(no_instance()),
    }
}

#[cold]
#[inline(never)]
fn no_instance() -> PyErr {
    crate::exceptions::PyTypeError::new_err("this method needs an instance to be called on")
}

/// The instance as a `T`, or the error of a wrong one (which the method
/// descriptor makes impossible, but slots are reachable without it).
#[inline]
fn self_layout<'py, T: PyClass>(slf: &FunctionSelf<'py>) -> PyResult<&'py PyClassObject<T>> {
    let object = self_object(slf)?;
    if !T::is_type_of(object) {
        return Err(not_an_instance::<T>(object));
    }
    // SAFETY: `object` is an instance of `T`, alive for the call ('py).
    let layout = unsafe { PyClassObject::<T>::from_ptr(object.as_ptr()) };
    if !layout.is_owner_thread() {
        return Err(crate::impl_::pyclass::thread_checker::wrong_thread_error(
            T::NAME,
        ));
    }
    Ok(layout)
}

#[cold]
#[inline(never)]
fn not_an_instance<T: PyClass>(object: &Borrowed<'_, '_, PyAny>) -> PyErr {
    object
        .cast::<T>()
        .err()
        .map_or_else(no_instance, Into::into)
}

/// The shared borrow behind `&self`: like a `PyRef`, but the object is
/// the call's own argument, alive for the call, so no reference is taken.
pub struct SelfRef<'py, T: PyClass> {
    layout: &'py PyClassObject<T>,
}

impl<'py, T: PyClass> SelfRef<'py, T> {
    /// Borrows the instance a method was called on.
    #[inline]
    fn borrow(slf: &FunctionSelf<'py>) -> PyResult<Self> {
        let layout = self_layout::<T>(slf)?;
        if let Some(flag) = layout.effective_borrow_flag() {
            flag.try_borrow().map_err(borrow_error)?;
        }
        Ok(SelfRef { layout })
    }
}

impl<T: PyClass> std::ops::Deref for SelfRef<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the shared borrow is held.
        unsafe { &*self.layout.value_ptr() }
    }
}

impl<T: PyClass> Drop for SelfRef<'_, T> {
    #[inline]
    fn drop(&mut self) {
        if let Some(flag) = self.layout.effective_borrow_flag() {
            flag.release_borrow();
        }
    }
}

/// The exclusive borrow behind `&mut self` (see [`SelfRef`]).
pub struct SelfRefMut<'py, T: PyClass<Frozen = False>> {
    layout: &'py PyClassObject<T>,
}

impl<'py, T: PyClass<Frozen = False>> SelfRefMut<'py, T> {
    /// Borrows the instance a method was called on, exclusively.
    #[inline]
    fn borrow(slf: &FunctionSelf<'py>) -> PyResult<Self> {
        let layout = self_layout::<T>(slf)?;
        Self::flag(layout)
            .try_borrow_mut()
            .map_err(borrow_mut_error)?;
        Ok(SelfRefMut { layout })
    }

    #[inline]
    fn flag(layout: &PyClassObject<T>) -> &crate::impl_::pyclass::BorrowFlag {
        layout
            .effective_borrow_flag()
            .expect("a mutable class keeps or shares a borrow flag")
    }
}

impl<T: PyClass<Frozen = False>> std::ops::Deref for SelfRefMut<'_, T> {
    type Target = T;

    #[inline]
    fn deref(&self) -> &T {
        // SAFETY: the exclusive borrow is held.
        unsafe { &*self.layout.value_ptr() }
    }
}

impl<T: PyClass<Frozen = False>> std::ops::DerefMut for SelfRefMut<'_, T> {
    #[inline]
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: the exclusive borrow is held, and `&mut self` makes this
        // the only access through it.
        unsafe { &mut *self.layout.value_ptr() }
    }
}

impl<T: PyClass<Frozen = False>> Drop for SelfRefMut<'_, T> {
    #[inline]
    fn drop(&mut self) {
        Self::flag(self.layout).release_borrow_mut();
    }
}

#[cold]
#[inline(never)]
fn borrow_error(error: crate::pycell::PyBorrowError) -> PyErr {
    error.into()
}

#[cold]
#[inline(never)]
fn borrow_mut_error(error: crate::pycell::PyBorrowMutError) -> PyErr {
    error.into()
}

/// `&self`: a shared borrow of the instance, kept in `holder`.
#[inline]
pub fn receiver_ref<'a, 'py, T: PyClass>(
    slf: &FunctionSelf<'py>,
    holder: &'a mut Option<SelfRef<'py, T>>,
) -> PyResult<&'a T> {
    let guard = holder.insert(SelfRef::borrow(slf)?);
    // SAFETY: the shared borrow is held while the reference lives.
    Ok(unsafe { &*guard.layout.value_ptr() })
}

/// `&mut self`: an exclusive borrow of the instance, kept in `holder`.
#[inline]
pub fn receiver_mut<'a, 'py, T>(
    slf: &FunctionSelf<'py>,
    holder: &'a mut <T::Frozen as MutableReceiver<'py, T>>::Holder,
) -> PyResult<&'a mut T>
where
    T: PyClass,
    T::Frozen: MutableReceiver<'py, T>,
{
    <T::Frozen as MutableReceiver<'py, T>>::receive(slf, holder)
}

/// How `&mut self` is received, by whether the class is frozen: only
/// mutable classes (`Frozen = False`) have it.
#[diagnostic::on_unimplemented(
    message = "`&mut self` needs a mutable class, but this class is `frozen`",
    label = "a `frozen` class cannot be borrowed mutably",
    note = "take `&self` (and use interior mutability such as atomics or a mutex), or remove `frozen` from `#[pyclass]`"
)]
pub trait MutableReceiver<'py, T> {
    /// The exclusive borrow, kept while the method runs.
    type Holder: Default;
    /// Borrows the instance.
    fn receive<'a>(slf: &FunctionSelf<'py>, holder: &'a mut Self::Holder) -> PyResult<&'a mut T>;
}

impl<'py, T: PyClass<Frozen = False>> MutableReceiver<'py, T> for False {
    type Holder = Option<SelfRefMut<'py, T>>;

    #[inline]
    fn receive<'a>(slf: &FunctionSelf<'py>, holder: &'a mut Self::Holder) -> PyResult<&'a mut T> {
        let guard = holder.insert(SelfRefMut::borrow(slf)?);
        // SAFETY: the exclusive borrow is held while the reference lives,
        // and `holder` is borrowed mutably for as long.
        Ok(unsafe { &mut *guard.layout.value_ptr() })
    }
}

/// Receivers written as a first argument: `slf: PyRef<'_, Self>`,
/// `PyRefMut`, `&Bound<'_, Self>`, `Bound`, `Borrowed`, `Py<Self>`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot receive an instance of `{T}`",
    note = "write `&self`, `&mut self`, or a first argument of type `PyRef<'_, Self>`, `PyRefMut<'_, Self>`, `PyClassGuard<'_, Self>`, `PyClassGuardMut<'_, Self>`, `&Bound<'_, Self>`, `Bound<'_, Self>` or `Py<Self>`"
)]
pub trait MethodReceiver<'a, 'py, T>: Sized {
    /// Storage the receiver may borrow from.
    type Holder: Default;
    /// The receiver of a call on `object`.
    fn receive(object: Borrowed<'a, 'py, PyAny>, holder: &'a mut Self::Holder) -> PyResult<Self>;
}

impl<'a, 'py, T: PyClass> MethodReceiver<'a, 'py, T> for PyRef<'py, T> {
    type Holder = ();

    #[inline]
    fn receive(object: Borrowed<'a, 'py, PyAny>, _holder: &'a mut ()) -> PyResult<Self> {
        PyRef::borrow_for_call(&*object.cast::<T>()?)
    }
}

impl<'a, 'py, T: PyClass<Frozen = False>> MethodReceiver<'a, 'py, T> for PyRefMut<'py, T> {
    type Holder = ();

    #[inline]
    fn receive(object: Borrowed<'a, 'py, PyAny>, _holder: &'a mut ()) -> PyResult<Self> {
        PyRefMut::borrow_for_call(&*object.cast::<T>()?)
    }
}

impl<'a, 'py, T: PyClass> MethodReceiver<'a, 'py, T> for &'a Bound<'py, T> {
    type Holder = Option<Borrowed<'a, 'py, T>>;

    #[inline]
    fn receive(
        object: Borrowed<'a, 'py, PyAny>,
        holder: &'a mut Option<Borrowed<'a, 'py, T>>,
    ) -> PyResult<Self> {
        Ok(&**holder.insert(object.cast::<T>()?))
    }
}

impl<'a, 'py, T: PyClass> MethodReceiver<'a, 'py, T> for Bound<'py, T> {
    type Holder = ();

    #[inline]
    fn receive(object: Borrowed<'a, 'py, PyAny>, _holder: &'a mut ()) -> PyResult<Self> {
        Ok(object.cast::<T>()?.to_owned())
    }
}

impl<'a, 'py, T: PyClass> MethodReceiver<'a, 'py, T> for Borrowed<'a, 'py, T> {
    type Holder = ();

    #[inline]
    fn receive(object: Borrowed<'a, 'py, PyAny>, _holder: &'a mut ()) -> PyResult<Self> {
        Ok(object.cast::<T>()?)
    }
}

impl<'a, 'py, T: PyClass> MethodReceiver<'a, 'py, T> for Py<T> {
    type Holder = ();

    #[inline]
    fn receive(object: Borrowed<'a, 'py, PyAny>, _holder: &'a mut ()) -> PyResult<Self> {
        Ok(object.cast::<T>()?.to_owned().unbind())
    }
}

/// A receiver written as a first argument (see [`MethodReceiver`]).
#[inline]
pub fn receiver<'a, 'py, T, R: MethodReceiver<'a, 'py, T>>(
    slf: &'a FunctionSelf<'py>,
    holder: &'a mut R::Holder,
) -> PyResult<R> {
    R::receive(*self_object(slf)?, holder)
}

/// The class of a `#[classmethod]`: `cls: &Bound<'_, PyType>` (or
/// `Bound<'_, PyType>`, `Py<PyType>`).
#[inline]
pub fn class_receiver<'a, 'py, R>(
    slf: &'a FunctionSelf<'py>,
    holder: &'a mut Option<Borrowed<'a, 'py, PyType>>,
) -> PyResult<R>
where
    R: ClassReceiver<'a, 'py>,
{
    let class = self_object(slf)?.cast::<PyType>()?;
    Ok(R::from_class(holder.insert(class)))
}

/// Types the class of a `#[classmethod]` may be received as.
#[diagnostic::on_unimplemented(
    message = "the first argument of a `#[classmethod]` receives the class, not `{Self}`",
    note = "write `cls: &Bound<'_, PyType>`, `Bound<'_, PyType>` or `Py<PyType>`"
)]
pub trait ClassReceiver<'a, 'py> {
    /// Converts the class.
    fn from_class(class: &'a Borrowed<'a, 'py, PyType>) -> Self;
}

impl<'a, 'py> ClassReceiver<'a, 'py> for &'a Bound<'py, PyType> {
    fn from_class(class: &'a Borrowed<'a, 'py, PyType>) -> Self {
        class
    }
}

impl<'a, 'py> ClassReceiver<'a, 'py> for Bound<'py, PyType> {
    fn from_class(class: &'a Borrowed<'a, 'py, PyType>) -> Self {
        (*class).to_owned()
    }
}

impl<'a, 'py> ClassReceiver<'a, 'py> for Py<PyType> {
    fn from_class(class: &'a Borrowed<'a, 'py, PyType>) -> Self {
        (*class).to_owned().unbind()
    }
}

/// The `FunctionSelf` of a getter, setter or deleter called on `object`.
///
/// # Safety
///
/// `object` must be a valid object, alive for `'py`.
#[inline]
pub unsafe fn property_self<'py>(py: Python<'py>, object: *mut ffi::PyObject) -> FunctionSelf<'py> {
    // SAFETY: per the contract.
    unsafe { Borrowed::from_ptr_or_opt(py, object) }
}

/// The value given to a setter.
///
/// # Safety
///
/// `value` must be a valid object, alive for `'py`.
#[inline]
pub unsafe fn setter_value<'py>(
    py: Python<'py>,
    value: *mut ffi::PyObject,
) -> Option<Borrowed<'py, 'py, PyAny>> {
    // SAFETY: per the contract.
    unsafe { Borrowed::from_ptr_or_opt(py, value) }
}

// ---------------------------------------------------------------------------
// Field properties (`#[pyo3(get, set)]`)
// ---------------------------------------------------------------------------

/// A borrowed field, for picking how its getter converts it: by reference
/// when `&F: IntoPyObject` (`Py<T>`, numbers, `String`, ...), else as a
/// clone (other classes, which convert by value into a new object).
pub struct Field<'a, F>(pub &'a F);

/// The getter of a field that converts by reference. (The two traits
/// are implemented at different reference depths, so that method
/// resolution on `&&Field` tries this one first.)
pub trait FieldByReference<'py> {
    /// The field's Python value.
    fn field_into_py(&self, py: Python<'py>) -> PyResult<*mut ffi::PyObject>;
}

impl<'a, 'py, F> FieldByReference<'py> for &Field<'a, F>
where
    &'a F: IntoPyObject<'py>,
{
    #[inline]
    fn field_into_py(&self, py: Python<'py>) -> PyResult<*mut ffi::PyObject> {
        self.0
            .into_pyobject(py)
            .map(BoundObject::into_ptr)
            .map_err(Into::into)
    }
}

/// The getter of a field that converts a clone.
#[diagnostic::on_unimplemented(
    message = "the field of type `{Self}` cannot be exposed with `get`",
    note = "a field's getter needs `&T: IntoPyObject`, or `T: Clone + IntoPyObject` (the getter then returns a copy)"
)]
pub trait FieldByClone<'py> {
    /// The field's Python value.
    fn field_into_py(&self, py: Python<'py>) -> PyResult<*mut ffi::PyObject>;
}

impl<'py, F> FieldByClone<'py> for Field<'_, F>
where
    F: Clone + IntoPyObject<'py>,
{
    #[inline]
    fn field_into_py(&self, py: Python<'py>) -> PyResult<*mut ffi::PyObject> {
        self.0
            .clone()
            .into_pyobject(py)
            .map(BoundObject::into_ptr)
            .map_err(Into::into)
    }
}

/// The shared borrow a field getter reads through.
///
/// # Safety
///
/// `object` must be a valid object, alive for `'py`.
#[inline]
pub unsafe fn field_owner<'py, T: PyClass>(
    py: Python<'py>,
    object: *mut ffi::PyObject,
) -> PyResult<SelfRef<'py, T>> {
    // SAFETY: per the contract.
    SelfRef::borrow(&unsafe { property_self(py, object) })
}

/// The exclusive borrow a field setter writes through.
///
/// # Safety
///
/// `object` must be a valid object, alive for `'py`.
#[inline]
pub unsafe fn field_owner_mut<'py, T: PyClass<Frozen = False>>(
    py: Python<'py>,
    object: *mut ffi::PyObject,
) -> PyResult<SelfRefMut<'py, T>> {
    // SAFETY: per the contract.
    SelfRefMut::borrow(&unsafe { property_self(py, object) })
}

// ---------------------------------------------------------------------------
// Results of setters and deleters
// ---------------------------------------------------------------------------

/// What a `#[setter]` or `#[deleter]` may return: `()` or `Result<(), E>`.
#[diagnostic::on_unimplemented(
    message = "a `#[setter]` or `#[deleter]` must return `()` or `PyResult<()>`, not `{Self}`"
)]
pub trait SetterResult {
    /// The C result (`0`) or the error.
    fn into_setter_result(self) -> PyResult<c_int>;
}

impl SetterResult for () {
    #[inline]
    fn into_setter_result(self) -> PyResult<c_int> {
        Ok(0)
    }
}

impl<E: Into<PyErr>> SetterResult for Result<(), E> {
    #[inline]
    fn into_setter_result(self) -> PyResult<c_int> {
        self.map(|()| 0).map_err(Into::into)
    }
}

/// Converts what a setter returned.
#[inline]
pub fn setter_result(result: impl SetterResult) -> PyResult<c_int> {
    result.into_setter_result()
}

// ---------------------------------------------------------------------------
// #[new]
// ---------------------------------------------------------------------------

/// The body of a `#[new]`: converts the arguments, calls the constructor,
/// and makes the instance of `subtype` from what it returned.
pub trait NewFunction {
    /// Makes the new object.
    fn call<'py>(
        py: Python<'py>,
        subtype: *mut ffi::PyTypeObject,
        arguments: RawArguments<'py>,
    ) -> PyResult<*mut ffi::PyObject>;
}

/// The `tp_new` slot of a class whose `#[new]` is `F`.
///
/// # Safety
///
/// Called by the interpreter with a type deriving from the class, the
/// argument tuple and the keyword dict (or null).
pub unsafe extern "C" fn tp_new_entry<F: NewFunction>(
    subtype: *mut ffi::PyTypeObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: per the contract, on an attached thread.
    unsafe { new_trampoline(F::call, subtype, args, kwargs) }
}

/// The body of a `#[new]`.
type NewBody = for<'py> fn(
    Python<'py>,
    *mut ffi::PyTypeObject,
    RawArguments<'py>,
) -> PyResult<*mut ffi::PyObject>;

/// The `tp_new` entry shared by every class.
///
/// # Safety
///
/// As for [`tp_new_entry`].
#[cfg_attr(debug_assertions, inline(never))]
#[cfg_attr(not(debug_assertions), inline(always))]
unsafe fn new_trampoline(
    body: NewBody,
    subtype: *mut ffi::PyTypeObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: per the contract, on an attached thread.
    unsafe {
        trampoline(move |py| {
            crate::impl_::extract_argument::with_tuple_dict_arguments(
                py,
                args,
                kwargs,
                |arguments| body(py, subtype, arguments),
            )
        })
    }
}

/// `#[new]` returning `Result<X, E>`: the instance made from `X`, or the
/// error.
pub trait IntoNewResult<X, E> {
    /// Makes the instance.
    ///
    /// # Safety
    ///
    /// `subtype` must derive from `T`.
    unsafe fn into_new_object<T>(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
        value: Result<X, E>,
    ) -> PyResult<*mut ffi::PyObject>
    where
        T: PyClass,
        X: NewReturn<T>,
        E: Into<PyErr>;
}

impl<X, E> IntoNewResult<X, E> for &ReturnKind<Result<X, E>> {
    #[inline]
    unsafe fn into_new_object<T>(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
        value: Result<X, E>,
    ) -> PyResult<*mut ffi::PyObject>
    where
        T: PyClass,
        X: NewReturn<T>,
        E: Into<PyErr>,
    {
        let initializer = value.map_err(Into::into)?.into_initializer();
        // SAFETY: per the contract.
        unsafe { new_object_of_type::<T>(py, subtype, initializer) }
    }
}

/// `#[new]` returning the class (`Self`, `(Self, Base)`,
/// `PyClassInitializer<Self>`, `Py<Self>`).
pub trait IntoNewValue<X> {
    /// Makes the instance.
    ///
    /// # Safety
    ///
    /// `subtype` must derive from `T`.
    unsafe fn into_new_object<T>(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
        value: X,
    ) -> PyResult<*mut ffi::PyObject>
    where
        T: PyClass,
        X: NewReturn<T>;
}

impl<X> IntoNewValue<X> for ReturnKind<X> {
    #[inline]
    unsafe fn into_new_object<T>(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
        value: X,
    ) -> PyResult<*mut ffi::PyObject>
    where
        T: PyClass,
        X: NewReturn<T>,
    {
        // SAFETY: per the contract.
        unsafe { new_object_of_type::<T>(py, subtype, value.into_initializer()) }
    }
}

/// What a `#[new]` may return (besides a `Result` of it).
#[diagnostic::on_unimplemented(
    message = "`#[new]` must return `Self`, `(Self, Base)`, `PyClassInitializer<Self>`, `Py<Self>` or `Bound<'_, Self>`, or a `PyResult` of one of them, not `{Self}`"
)]
pub trait NewReturn<T: PyClass> {
    /// The initializer of the new instance.
    fn into_initializer(self) -> PyClassInitializer<T>;
}

impl<T> NewReturn<T> for T
where
    T: PyClass,
    T::BaseType: crate::impl_::pyclass::PyClassBaseType<
            Initializer = crate::impl_::pyclass::PyNativeTypeInitializer<T::BaseType>,
        >,
{
    #[inline]
    fn into_initializer(self) -> PyClassInitializer<T> {
        self.into()
    }
}

impl<T: PyClass> NewReturn<T> for PyClassInitializer<T> {
    #[inline]
    fn into_initializer(self) -> PyClassInitializer<T> {
        self
    }
}

impl<S, B> NewReturn<S> for (S, B)
where
    S: PyClass<BaseType = B>,
    B: PyClass + crate::impl_::pyclass::PyClassBaseType<Initializer = PyClassInitializer<B>>,
    B::BaseType: crate::impl_::pyclass::PyClassBaseType<
            Initializer = crate::impl_::pyclass::PyNativeTypeInitializer<B::BaseType>,
        >,
{
    #[inline]
    fn into_initializer(self) -> PyClassInitializer<S> {
        self.into()
    }
}

impl<T: PyClass> NewReturn<T> for Py<T> {
    #[inline]
    fn into_initializer(self) -> PyClassInitializer<T> {
        self.into()
    }
}

impl<T: PyClass> NewReturn<T> for Bound<'_, T> {
    #[inline]
    fn into_initializer(self) -> PyClassInitializer<T> {
        self.into()
    }
}

/// Makes the instance of `subtype` from `initializer`.
///
/// # Safety
///
/// `subtype` must derive from `T`.
#[inline]
unsafe fn new_object_of_type<T: PyClass>(
    py: Python<'_>,
    subtype: *mut ffi::PyTypeObject,
    initializer: PyClassInitializer<T>,
) -> PyResult<*mut ffi::PyObject> {
    // SAFETY: per the contract.
    unsafe {
        initializer
            .create_class_object_of_type(py, subtype)
            .map(Bound::into_ptr)
    }
}

// ---------------------------------------------------------------------------
// __init__
// ---------------------------------------------------------------------------

/// The `tp_init` slot of a class whose `__init__` is `F`.
///
/// # Safety
///
/// Called by the interpreter with an instance, the argument tuple and the
/// keyword dict (or null).
pub unsafe extern "C" fn tp_init_entry<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> c_int
where
    F: crate::impl_::pyfunction::KeywordFunction<ID>,
{
    // SAFETY: per the contract, on an attached thread.
    unsafe { init_trampoline(F::call, slf, args, kwargs) }
}

/// The `tp_init` entry shared by every class.
///
/// # Safety
///
/// As for [`tp_init_entry`].
#[cfg_attr(debug_assertions, inline(never))]
#[cfg_attr(not(debug_assertions), inline(always))]
unsafe fn init_trampoline(
    body: crate::impl_::trampoline::ArgumentsBody,
    slf: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> c_int {
    // SAFETY: per the contract, on an attached thread.
    unsafe {
        trampoline(move |py| {
            let object = Borrowed::from_ptr_or_opt(py, slf);
            let result = crate::impl_::extract_argument::with_tuple_dict_arguments(
                py,
                args,
                kwargs,
                |arguments| body(py, object, arguments),
            )?;
            // `__init__` returns `None` (from `()`); only the error matters.
            ffi::Py_DECREF(result);
            Ok(0)
        })
    }
}

// ---------------------------------------------------------------------------
// Class attributes
// ---------------------------------------------------------------------------

/// The value of a `#[classattr]`: anything `IntoPyObject`, or a `Result`
/// of it.
pub fn class_attribute_value<'py, T>(py: Python<'py>, value: T) -> PyResult<Py<PyAny>>
where
    T: crate::impl_::callback::IntoPyCallbackOutput<'py, Py<PyAny>>,
{
    value.convert(py)
}

/// Makes the instance of `subtype` from what a constructor returned
/// (`new = "from_fields"`).
///
/// # Safety
///
/// `subtype` must derive from `T`.
pub unsafe fn new_instance<T: PyClass>(
    py: Python<'_>,
    subtype: *mut ffi::PyTypeObject,
    value: impl Into<PyClassInitializer<T>>,
) -> PyResult<*mut ffi::PyObject> {
    // SAFETY: per the contract.
    unsafe { new_object_of_type::<T>(py, subtype, value.into()) }
}
