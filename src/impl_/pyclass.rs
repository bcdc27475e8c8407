//! The machinery behind `#[pyclass]`: what the macro implements for a class
//! ([`PyClassImpl`], and [`PyClassBaseType`] for classes that may be
//! extended), the instance layout, the type object and its creation.
//!
//! One class is: a layout (`layout`), a lazily created type object
//! (`lazy_type_object`, built by `create_type_object` from the static tables
//! of `items`), borrow bookkeeping (`borrow_flag`, `mutability`) and a
//! thread guard (`thread_checker`).

use std::ffi::CStr;

use crate::err::PyResult;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::pyclass::PyClass;
use crate::type_object::PyTypeInfo;
use crate::types::PyAny;

pub mod borrow_flag;
mod create_type_object;
pub mod freelist;
mod instance_dict;
pub mod instance_gc;
pub mod items;
pub mod layout;
pub mod lazy_type_object;
pub mod mutability;
mod native_bases;
pub mod object_slots;
pub mod thread_checker;

pub use self::borrow_flag::BorrowFlag;
pub use self::instance_gc::{Traverse, tp_clear_class, tp_traverse_class};
pub use self::items::{
    PyClassImplCollector, PyClassItems, PyClassItemsIter, PyMethodDefType, PyMethods, TypeSlot,
};
pub use self::layout::{BaseLayout, NativeBase, PyClassObject};
pub use self::lazy_type_object::LazyTypeObject;
pub use self::mutability::{ClassMutability, KeepsFlag, SharesFlag, WithoutFlag};
pub use self::native_bases::PyNativeTypeInitializer;
pub use self::object_slots::{NoDict, NoWeakRef, PyClassDict, PyClassWeakRef};
pub use self::thread_checker::{SendableChecker, UnsendableChecker};

/// What `#[pyclass]` implements for a class, beyond [`PyClass`].
pub trait PyClassImpl: Sized + 'static {
    /// The `module` option: the class's `__module__`.
    const MODULE: Option<&'static str>;
    /// `subclass`: Python code (and other classes) may extend it.
    const IS_BASETYPE: bool;
    /// `immutable_type`: the type's attributes cannot be set.
    const IS_IMMUTABLE_TYPE: bool;
    /// `sequence`: `__len__` fills the sequence length slot instead of the
    /// mapping one (so `PySequence_Check`-style code sees a sequence).
    const IS_SEQUENCE: bool = false;
    /// `mapping`: `__getitem__` / `__setitem__` do not also fill the
    /// sequence item slots (which make instances iterable by index).
    const IS_MAPPING: bool = false;
    /// The docstring (from doc comments), without the text signature.
    const DOC: &'static CStr;

    /// The class extended: `PyAny` unless `extends` says otherwise.
    type BaseType: PyTypeInfo + PyClassBaseType;
    /// Where the borrow flag lives.
    type Mutability: ClassMutability;
    /// The thread guard (`unsendable`).
    type ThreadChecker: thread_checker::ThreadChecker;
    /// The `__dict__` slot (`dict`).
    type Dict: object_slots::DictSlot;
    /// The weak-reference slot (`weakref`).
    type WeakRef: object_slots::WeakRefSlot;
    /// With `multiple-pymethods`: the registry of the class's
    /// `#[pymethods]` blocks.
    #[cfg(feature = "multiple-pymethods")]
    type Inventory: PyClassInventory;

    /// The class's item tables.
    fn items_iter() -> PyClassItemsIter;

    /// The cell holding the type object.
    fn lazy_type_object() -> &'static LazyTypeObject<Self>;
}

/// Types a class may extend: classes with the `subclass` option, and the
/// native types whose layout is known.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be used as the base of a `#[pyclass]`",
    note = "a class can extend a `#[pyclass(subclass)]`, `PyAny`, or a native type with a known layout (`PyException` and the other exceptions, `PyDict`, `PyList`, `PySet`, `PyFloat`, ...; under the stable ABI only `PyAny`)"
)]
pub trait PyClassBaseType: Sized {
    /// The layout instances of a subclass start with.
    type LayoutAsBase: BaseLayout;
    /// How the base part of a new instance is made.
    type Initializer: PyObjectInit<Self>;
    /// Where the base keeps its borrow flag.
    type Mutability: ClassMutability;
}

/// Makes the base part of a new instance.
pub trait PyObjectInit<T>: Sized {
    /// Allocates an instance of `subtype` and initialises the layers this
    /// initializer stands for; returns the new object.
    ///
    /// # Safety
    ///
    /// `subtype` must be `T`'s type or a subtype of it.
    unsafe fn into_new_object(
        self,
        py: Python<'_>,
        subtype: *mut ffi::PyTypeObject,
    ) -> PyResult<*mut ffi::PyObject>;
}

/// `PyTypeInfo::type_object_raw` of a class.
///
/// # Panics
///
/// When the type object cannot be created (the message says why).
#[inline]
pub fn type_object_raw<T: PyClass>(py: Python<'_>) -> *mut ffi::PyTypeObject {
    T::lazy_type_object().get_or_init(py)
}

/// `PyTypeInfo::is_type_of` of a class: the exact type is recognised from
/// the cached pointer without a call.
#[inline]
pub fn is_type_of<T: PyClass>(object: &Bound<'_, PyAny>) -> bool {
    // SAFETY: attached; the object is alive.
    let actual = unsafe { ffi::Py_TYPE(object.as_ptr()) };
    std::ptr::eq(actual, T::lazy_type_object().cached()) || is_subtype_of::<T>(object.py(), actual)
}

/// The slow half of [`is_type_of`]: subclasses, and the first use.
#[cold]
#[inline(never)]
fn is_subtype_of<T: PyClass>(py: Python<'_>, actual: *mut ffi::PyTypeObject) -> bool {
    let expected = type_object_raw::<T>(py);
    // SAFETY: both are valid type objects.
    std::ptr::eq(actual, expected) || unsafe { ffi::PyType_IsSubtype(actual, expected) != 0 }
}

/// Fails to compile unless `T` can be extended (see [`PyClassBaseType`]).
pub const fn assert_base<T: PyClassBaseType>() {}

/// Types a class without `unsendable` may hold.
#[diagnostic::on_unimplemented(
    message = "`{Self}` must be `Send` and `Sync` to be a `#[pyclass]`",
    note = "any thread may use a Python object; mark the class `#[pyclass(unsendable)]` to keep it on the thread that created it (other threads then get an error), or use thread-safe types inside it"
)]
pub trait PyClassSendSync {}

impl<T: Send + Sync> PyClassSendSync for T {}

/// Fails to compile unless `T` is `Send` and `Sync`.
pub const fn assert_pyclass_send_sync<T: PyClassSendSync>() {}

/// `immutable_type` needs `Py_TPFLAGS_IMMUTABLETYPE`, new in Python 3.10.
pub const fn assert_immutable_type_supported() {
    #[cfg(not(Py_3_10))]
    panic!("`#[pyclass(immutable_type)]` needs Python 3.10 or newer (or `abi3-py310`)");
}

/// `skip_from_py_object` is what classes do anyway.
#[deprecated(
    since = "0.30.0",
    note = "classes are not extracted by value unless they ask for it with `from_py_object`: \
            `skip_from_py_object` is the default, remove it"
)]
pub const SKIP_FROM_PY_OBJECT_IS_THE_DEFAULT: () = ();

/// `FromPyObject` of a `from_py_object` class: a clone of the value.
pub fn extract_pyclass_with_clone<T: PyClass + Clone>(
    object: crate::instance::Borrowed<'_, '_, PyAny>,
) -> PyResult<T> {
    let object = object.cast::<T>()?;
    Ok((*crate::pycell::PyRef::borrow_for_call(&object)?).clone())
}

/// The `__class_getitem__` of a `generic` class: `Class[int]` is a
/// `types.GenericAlias`, as for builtin generic classes.
pub const fn generic_class_getitem() -> PyMethodDefType {
    PyMethodDefType::Method(
        crate::impl_::pyfunction::PyFunctionDef::with_keywords::<ClassGetItem, 0>(
            c"__class_getitem__",
            c"See PEP 585",
        )
        .into_class_method(),
    )
}

/// The body of `__class_getitem__`.
pub struct ClassGetItem;

impl crate::impl_::pyfunction::KeywordFunction for ClassGetItem {
    fn call<'py>(
        py: Python<'py>,
        slf: crate::impl_::pyfunction::FunctionSelf<'py>,
        arguments: crate::impl_::extract_argument::RawArguments<'py>,
    ) -> PyResult<*mut ffi::PyObject> {
        use crate::impl_::extract_argument::{FunctionDescription, NoVarargs, NoVarkeywords};
        static DESCRIPTION: FunctionDescription =
            FunctionDescription::new(None, "__class_getitem__", &["item"], 1, 1, &[]);
        let mut slots = [None];
        DESCRIPTION.extract_arguments::<NoVarargs, NoVarkeywords>(py, arguments, &mut slots)?;
        let class = slf.ok_or_else(|| {
            crate::exceptions::PyTypeError::new_err("__class_getitem__ needs the class")
        })?;
        let item = slots[0].expect("a required argument is present");
        crate::types::PyGenericAlias::new(py, &class, &item).map(Bound::into_ptr)
    }
}

/// With `multiple-pymethods`: the registry of a class's `#[pymethods]`
/// blocks (a type `#[pyclass]` defines for each class).
#[cfg(feature = "multiple-pymethods")]
pub trait PyClassInventory: inventory::Collect {
    /// The items one block registered.
    fn items(&'static self) -> &'static PyClassItems;
}
