//! The memory of a class instance: the base's layout, then this class's
//! contents (the Rust value, the borrow flag if this layer keeps it, the
//! thread checker, and the `__dict__` / `__weakref__` slots when asked),
//! and how it is torn down.

use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::panic::{self, AssertUnwindSafe};

use super::borrow_flag::BorrowFlag;
use super::mutability::{ClassMutability, FlagStorage};
use super::object_slots::{DictSlot, WeakRefSlot};
use super::thread_checker::ThreadChecker;
use super::{PyClassBaseType, PyClassImpl};
use crate::ffi;
use crate::marker::Python;
use crate::panic::PanicException;
use crate::pyclass::PyClass;
use crate::type_object::PyTypeInfo;

/// A layout objects of a class can start with: a native type's C struct
/// or another class's [`PyClassObject`].
///
/// # Safety
///
/// `dealloc_layers` must tear down exactly the layers it describes, and the
/// type must be `#[repr(C)]` with the native object header first.
pub unsafe trait BaseLayout: Sized {
    /// The borrow flag of the value stored in these layers, if any keeps one.
    fn borrow_flag(&self) -> Option<&BorrowFlag>;

    /// Clears the weak references to `object`, if these layers keep a
    /// weak-reference list.
    ///
    /// # Safety
    ///
    /// `object` is the object itself, at the start of its deallocation.
    unsafe fn clear_weakrefs(&self, object: *mut ffi::PyObject);

    /// The native type at the bottom of these layers.
    fn native_type_object(py: Python<'_>) -> *mut ffi::PyTypeObject;

    /// Drops what these layers hold, then frees the object.
    ///
    /// # Safety
    ///
    /// `object` is an instance of a type with this layout, with no
    /// references left, and is not used afterwards.
    unsafe fn dealloc_layers(py: Python<'_>, object: *mut ffi::PyObject);
}

/// The bottom layer: the C struct `L` of the native type `N`.
#[repr(C)]
pub struct NativeBase<L, N> {
    ob_base: L,
    native: PhantomData<N>,
}

// SAFETY: a `NativeBase` is the native struct itself; deallocation hands the
// object to the native type's own deallocator (or frees it for `object`).
unsafe impl<L, N: PyTypeInfo> BaseLayout for NativeBase<L, N> {
    #[inline]
    fn borrow_flag(&self) -> Option<&BorrowFlag> {
        None
    }

    #[inline]
    unsafe fn clear_weakrefs(&self, _object: *mut ffi::PyObject) {}

    #[inline]
    fn native_type_object(py: Python<'_>) -> *mut ffi::PyTypeObject {
        N::type_object_raw(py)
    }

    unsafe fn dealloc_layers(py: Python<'_>, object: *mut ffi::PyObject) {
        // SAFETY: per the contract, `object` is dying and ours to free.
        unsafe {
            let actual_type = ffi::Py_TYPE(object);
            let native_type = N::type_object_raw(py);
            if std::ptr::eq(native_type, std::ptr::addr_of_mut!(ffi::PyBaseObject_Type)) {
                free_slot(actual_type)(object.cast());
            } else {
                native_dealloc(native_type, object);
            }
            // Instances of heap types own a reference to their type.
            if type_flags(actual_type) & ffi::Py_TPFLAGS_HEAPTYPE != 0 {
                ffi::Py_DECREF(actual_type.cast());
            }
        }
    }
}

/// The `tp_free` of a type (inherited, so always set).
///
/// # Safety
///
/// `type_object` is a valid heap type.
#[inline]
unsafe fn free_slot(type_object: *mut ffi::PyTypeObject) -> ffi::freefunc {
    // SAFETY: per the contract.
    unsafe {
        #[cfg(not(Py_LIMITED_API))]
        let free = (*type_object).tp_free;
        #[cfg(Py_LIMITED_API)]
        let free = {
            let slot = ffi::PyType_GetSlot(type_object, ffi::Py_tp_free);
            (!slot.is_null())
                .then(|| std::mem::transmute::<*mut std::ffi::c_void, ffi::freefunc>(slot))
        };
        free.unwrap_or(ffi::PyObject_Free)
    }
}

/// The flags of a type.
///
/// # Safety
///
/// `type_object` is a valid type.
#[inline]
pub(crate) unsafe fn type_flags(type_object: *mut ffi::PyTypeObject) -> std::ffi::c_ulong {
    // SAFETY: per the contract.
    unsafe {
        // (Free-threaded builds read the flags atomically, in the function.)
        #[cfg(not(any(Py_LIMITED_API, Py_GIL_DISABLED)))]
        {
            (*type_object).tp_flags
        }
        #[cfg(any(Py_LIMITED_API, Py_GIL_DISABLED))]
        {
            ffi::PyType_GetFlags(type_object)
        }
    }
}

/// Runs a native base type's own deallocator on `object`.
///
/// # Safety
///
/// As for [`BaseLayout::dealloc_layers`]; `native_type` is a base of the
/// object's type.
#[cfg(not(Py_LIMITED_API))]
unsafe fn native_dealloc(native_type: *mut ffi::PyTypeObject, object: *mut ffi::PyObject) {
    // SAFETY: per the contract; static types always have a deallocator.
    unsafe {
        let dealloc = (*native_type)
            .tp_dealloc
            .expect("native types have a deallocator");
        dealloc(object);
    }
}

/// Under the stable ABI only `object` can be a native base (others have
/// hidden layouts), so this is never reached.
#[cfg(Py_LIMITED_API)]
unsafe fn native_dealloc(native_type: *mut ffi::PyTypeObject, object: *mut ffi::PyObject) {
    // SAFETY: per the contract (3.10+ reads slots of static types too).
    unsafe {
        let dealloc = ffi::PyType_GetSlot(native_type, ffi::Py_tp_dealloc);
        let dealloc: ffi::destructor = std::mem::transmute(dealloc);
        dealloc(object);
    }
}

/// An instance of the class `T`.
#[repr(C)]
pub struct PyClassObject<T: PyClassImpl> {
    ob_base: <T::BaseType as PyClassBaseType>::LayoutAsBase,
    contents: PyClassObjectContents<T>,
}

/// What the class `T` adds to its base's layout.
#[repr(C)]
pub struct PyClassObjectContents<T: PyClassImpl> {
    value: ManuallyDrop<UnsafeCell<T>>,
    borrow_flag: <T::Mutability as ClassMutability>::Storage,
    thread_checker: T::ThreadChecker,
    dict: T::Dict,
    weakref: T::WeakRef,
}

impl<T: PyClass> PyClassObject<T> {
    /// The layout of `object`.
    ///
    /// # Safety
    ///
    /// `object` must be an instance of `T` (or a subclass), alive for `'a`.
    #[inline]
    pub unsafe fn from_ptr<'a>(object: *mut ffi::PyObject) -> &'a Self {
        // SAFETY: per the contract, the object starts with this layout.
        unsafe { &*object.cast::<Self>() }
    }

    /// The Rust value.
    #[inline]
    pub fn value_ptr(&self) -> *mut T {
        self.contents.value.get()
    }

    /// The flag that guards the value, unless the class chain is frozen.
    #[inline]
    pub fn effective_borrow_flag(&self) -> Option<&BorrowFlag> {
        <Self as BaseLayout>::borrow_flag(self)
    }

    /// Whether the current thread may use the value.
    #[inline]
    pub fn is_owner_thread(&self) -> bool {
        self.contents.thread_checker.is_owner_thread()
    }

    /// Writes the contents of a newly allocated object.
    ///
    /// # Safety
    ///
    /// `object` is a new instance of `T` (or a subclass) whose lower layers
    /// are initialised and whose `T` contents are not.
    pub(crate) unsafe fn write_contents(object: *mut ffi::PyObject, value: T) {
        // SAFETY: per the contract, the contents are ours to write.
        unsafe {
            let this = object.cast::<Self>();
            std::ptr::addr_of_mut!((*this).contents).write(PyClassObjectContents {
                value: ManuallyDrop::new(UnsafeCell::new(value)),
                borrow_flag: FlagStorage::new(),
                thread_checker: ThreadChecker::new(),
                dict: DictSlot::new(),
                weakref: WeakRefSlot::new(),
            });
        }
    }

    /// The offset of the `__dict__` slot, when the class has one.
    pub(crate) const DICT_OFFSET: Option<usize> = if T::Dict::ENABLED {
        Some(std::mem::offset_of!(Self, contents.dict))
    } else {
        None
    };

    /// The offset of the weak-reference list, when the class has one.
    pub(crate) const WEAKLIST_OFFSET: Option<usize> = if T::WeakRef::ENABLED {
        Some(std::mem::offset_of!(Self, contents.weakref))
    } else {
        None
    };
}

// SAFETY: `PyClassObject` is `repr(C)` with the base layout first, and its
// deallocation drops this layer then delegates to the base.
unsafe impl<T: PyClass> BaseLayout for PyClassObject<T> {
    #[inline]
    fn borrow_flag(&self) -> Option<&BorrowFlag> {
        match self.contents.borrow_flag.flag() {
            Some(flag) => Some(flag),
            None => self.ob_base.borrow_flag(),
        }
    }

    unsafe fn clear_weakrefs(&self, object: *mut ffi::PyObject) {
        // SAFETY: per the contract.
        unsafe {
            self.contents.weakref.clear_weakrefs(object);
            self.ob_base.clear_weakrefs(object);
        }
    }

    #[inline]
    fn native_type_object(py: Python<'_>) -> *mut ffi::PyTypeObject {
        <<T::BaseType as PyClassBaseType>::LayoutAsBase as BaseLayout>::native_type_object(py)
    }

    unsafe fn dealloc_layers(py: Python<'_>, object: *mut ffi::PyObject) {
        // SAFETY: per the contract, the object is dying: nothing else can
        // reach its contents, which are dropped exactly once here.
        unsafe {
            let this = &mut *object.cast::<Self>();
            if this.contents.thread_checker.can_drop(py, T::NAME) {
                let value = &mut this.contents.value;
                let dropped = panic::catch_unwind(AssertUnwindSafe(|| ManuallyDrop::drop(value)));
                if let Err(payload) = dropped {
                    report_panic_in_drop(py, object, payload);
                }
            }
            this.contents.dict.clear();
            <<T::BaseType as PyClassBaseType>::LayoutAsBase as BaseLayout>::dealloc_layers(
                py, object,
            );
        }
    }
}

/// Reports a panic raised by a value's `Drop` as an unraisable exception
/// (there is no caller to raise it to), attributed to the object's type: the
/// object itself is half torn down and must not be shown.
///
/// # Safety
///
/// Attached; `object` is still allocated.
unsafe fn report_panic_in_drop(
    py: Python<'_>,
    object: *mut ffi::PyObject,
    payload: Box<dyn std::any::Any + Send>,
) {
    PanicException::from_panic_payload(payload).restore(py);
    // SAFETY: per the contract; the type outlives its instances.
    unsafe { ffi::PyErr_WriteUnraisable(ffi::Py_TYPE(object).cast()) };
}

/// The `tp_dealloc` slot of the class `T` (and of Python subclasses of it,
/// through their own deallocator).
///
/// # Safety
///
/// Called by the interpreter with an instance whose count reached zero.
pub unsafe extern "C" fn tp_dealloc<T: PyClass>(object: *mut ffi::PyObject) {
    // SAFETY: called by the interpreter on an attached thread.
    unsafe {
        let guard = crate::internal::attach::AttachGuard::assume();
        let py = Python::assume_attached();
        // An exception may be in flight (the object may die while one
        // propagates): keep it aside, so that Rust code in `Drop` starts
        // from a clean state and the exception survives.
        let saved = if ffi::PyErr_Occurred().is_null() {
            None
        } else {
            crate::err::PyErr::take_as_is(py)
        };
        let actual_type = ffi::Py_TYPE(object);
        // Untracked before anything is torn down, so that a collection run
        // by a `Drop` never visits a half-dropped object. A native base
        // with its own collector support (exceptions, dict, list, ...) is
        // the exception: its deallocator untracks the object itself, and
        // some (`BaseException` before 3.11) expect it still tracked.
        let native = <PyClassObject<T> as BaseLayout>::native_type_object(py);
        if std::ptr::eq(native, std::ptr::addr_of_mut!(ffi::PyBaseObject_Type))
            && type_flags(actual_type) & ffi::Py_TPFLAGS_HAVE_GC != 0
        {
            ffi::PyObject_GC_UnTrack(object.cast());
        }
        let layout = PyClassObject::<T>::from_ptr(object);
        layout.clear_weakrefs(object);
        <PyClassObject<T> as BaseLayout>::dealloc_layers(py, object);
        if let Some(err) = saved {
            err.restore(py);
        }
        drop(guard);
    }
}
