//! `PyCapsule`: a Python object wrapping a C pointer (or a Rust value), the
//! way extension modules share C-level interfaces (`PyCapsule_Import`).

use std::ffi::{CStr, CString, c_char, c_void};
use std::ptr::{self, NonNull};

use crate::err::{PyErr, PyResult};
use crate::exceptions::PySystemError;
use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::PyAny;

/// A Python capsule (`types.CapsuleType`): an opaque pointer with a name,
/// an optional context pointer and an optional destructor.
///
/// [`PyCapsule::new_with_value`] moves a Rust value into a capsule; its
/// pointer then points at the value, and the value is dropped (or handed to
/// a destructor) when the capsule is destroyed.
#[repr(transparent)]
pub struct PyCapsule(PyAny);

crate::pyobject_native_type_core!(
    PyCapsule,
    crate::pyobject_native_static_type_object!(ffi::PyCapsule_Type),
    "types",
    "CapsuleType", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyCapsule_CheckExact
);

impl crate::sealed::Sealed for Bound<'_, PyCapsule> {}

/// What a value capsule owns. `value` comes first (and the layout is C's),
/// so the capsule's pointer to the whole is also a pointer to the value.
#[repr(C)]
struct CapsuleContents<T, F> {
    value: T,
    destructor: F,
    /// The name given as a `CString` (deprecated constructors), kept alive
    /// as long as the capsule.
    owned_name: Option<CString>,
}

impl PyCapsule {
    /// A capsule owning `value`, named `name` (used by
    /// [`PyCapsule::import`] as `"module.attribute"`). The value is dropped
    /// when the capsule is destroyed, possibly on another thread (hence
    /// `Send`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, [1u32, 2, 3], c"demo.table")?;
    ///     let ptr = capsule.pointer_checked(Some(c"demo.table"))?.cast::<[u32; 3]>();
    ///     // SAFETY: the capsule holds a `[u32; 3]` and is alive for this read.
    ///     assert_eq!(unsafe { ptr.as_ref() }[2], 3);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_with_value<'py, T>(
        py: Python<'py>,
        value: T,
        name: &'static CStr,
    ) -> PyResult<Bound<'py, Self>>
    where
        T: 'static + Send,
    {
        create(py, value, Some(name), None, drop_value::<T>)
    }

    /// A capsule owning `value`, with an optional owned name.
    #[deprecated(since = "0.29.0", note = "use `PyCapsule::new_with_value` instead")]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// use std::ffi::CString;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let name = CString::new("demo.old").unwrap();
    ///     #[allow(deprecated)]
    ///     let capsule = PyCapsule::new(py, 11u8, Some(name))?;
    ///     assert!(capsule.is_valid_checked(Some(c"demo.old")));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new<T: 'static + Send>(
        py: Python<'_>,
        value: T,
        name: Option<CString>,
    ) -> PyResult<Bound<'_, Self>> {
        create(py, value, None, name, drop_value::<T>)
    }

    /// A capsule owning `value`; when the capsule is destroyed,
    /// `destructor` receives the value and the capsule's context pointer.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// use std::sync::mpsc::channel;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let (sender, receiver) = channel();
    ///     let destructor = move |value: String, _context| sender.send(value).unwrap();
    ///     let capsule = PyCapsule::new_with_value_and_destructor(py, "bye".to_string(), c"demo.s", destructor)?;
    ///     drop(capsule);
    ///     assert_eq!(receiver.recv().unwrap(), "bye");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_with_value_and_destructor<'py, T, F>(
        py: Python<'py>,
        value: T,
        name: &'static CStr,
        destructor: F,
    ) -> PyResult<Bound<'py, Self>>
    where
        T: 'static + Send,
        F: FnOnce(T, *mut c_void) + Send + 'static,
    {
        create(py, value, Some(name), None, destructor)
    }

    /// A capsule owning `value` with a destructor, and an optional owned
    /// name.
    #[deprecated(
        since = "0.29.0",
        note = "use `PyCapsule::new_with_value_and_destructor` instead"
    )]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// use std::sync::mpsc::channel;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let (sender, receiver) = channel();
    ///     #[allow(deprecated)]
    ///     let capsule = PyCapsule::new_with_destructor(py, 4i64, None, move |v, _| sender.send(v).unwrap())?;
    ///     drop(capsule);
    ///     assert_eq!(receiver.recv().unwrap(), 4);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new_with_destructor<T: 'static + Send, F: FnOnce(T, *mut c_void) + Send + 'static>(
        py: Python<'_>,
        value: T,
        name: Option<CString>,
        destructor: F,
    ) -> PyResult<Bound<'_, Self>> {
        create(py, value, None, name, destructor)
    }

    /// A capsule holding a raw pointer, which it does not own.
    ///
    /// # Safety
    ///
    /// `pointer` must stay valid for as long as anything may read it through
    /// the capsule (typically forever, e.g. a static or a leaked table).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// use std::ptr::NonNull;
    /// static LIMIT: u64 = 500;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let pointer = NonNull::from(&LIMIT).cast();
    ///     // SAFETY: a static is valid for as long as the capsule may be read.
    ///     let capsule = unsafe { PyCapsule::new_with_pointer(py, pointer, c"demo.limit") }?;
    ///     assert_eq!(capsule.pointer_checked(Some(c"demo.limit"))?, pointer);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub unsafe fn new_with_pointer<'py>(
        py: Python<'py>,
        pointer: NonNull<c_void>,
        name: &'static CStr,
    ) -> PyResult<Bound<'py, Self>> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { Self::new_with_pointer_and_destructor(py, pointer, name, None) }
    }

    /// A capsule holding a raw pointer, with a C destructor called with the
    /// capsule when it is destroyed.
    ///
    /// # Safety
    ///
    /// `pointer` must stay valid while the capsule can be read, and
    /// `destructor` (if any) must be sound to call with the capsule on any
    /// thread, attached, exactly once.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// use std::ptr::NonNull;
    /// use std::sync::atomic::{AtomicBool, Ordering};
    /// static FREED: AtomicBool = AtomicBool::new(false);
    /// unsafe extern "C" fn on_free(_capsule: *mut pyo3::ffi::PyObject) {
    ///     FREED.store(true, Ordering::SeqCst);
    /// }
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let pointer = NonNull::from(&FREED).cast();
    ///     // SAFETY: the pointer is a static; `on_free` only sets a flag.
    ///     let capsule = unsafe { PyCapsule::new_with_pointer_and_destructor(py, pointer, c"demo.f", Some(on_free)) }?;
    ///     drop(capsule);
    ///     assert!(FREED.load(Ordering::SeqCst));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub unsafe fn new_with_pointer_and_destructor<'py>(
        py: Python<'py>,
        pointer: NonNull<c_void>,
        name: &'static CStr,
        destructor: Option<ffi::PyCapsule_Destructor>,
    ) -> PyResult<Bound<'py, Self>> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyCapsule_New(pointer.as_ptr(), name.as_ptr(), destructor),
            )
            .map(|capsule| capsule.cast_into_unchecked())
        }
    }

    /// The value of the capsule stored at `name` (`"package.module.attr"`),
    /// importing the module as needed (`PyCapsule_Import`).
    ///
    /// # Safety
    ///
    /// The capsule must hold a valid `T` that lives (and is not mutated)
    /// as long as `'py`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "capdemo")?;
    ///     module.add("table", PyCapsule::new_with_value(py, 7u16, c"capdemo.table")?)?;
    ///     py.import("sys")?.getattr("modules")?.set_item("capdemo", &module)?;
    ///     // SAFETY: the capsule holds a `u16`, kept alive by the module.
    ///     let value: &u16 = unsafe { PyCapsule::import(py, c"capdemo.table")? };
    ///     assert_eq!(*value, 7);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub unsafe fn import<'py, T>(py: Python<'py>, name: &CStr) -> PyResult<&'py T> {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            let pointer = Self::import_pointer(py, name)?.cast::<T>();
            if !pointer.as_ptr().is_aligned() {
                return Err(PySystemError::new_err(format!(
                    "The pointer from the `{}` capsule is not aligned to rust type {}",
                    name.to_string_lossy(),
                    std::any::type_name::<T>()
                )));
            }
            Ok(pointer.as_ref())
        }
    }

    /// The pointer of the capsule stored at `name` (`"package.module.attr"`),
    /// importing the module as needed (`PyCapsule_Import`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     // The C API table that the `datetime` module publishes.
    ///     assert!(PyCapsule::import_pointer(py, c"datetime.datetime_CAPI").is_ok());
    ///     assert!(PyCapsule::import_pointer(py, c"datetime.no_such_capsule").is_err());
    /// });
    /// ```
    pub fn import_pointer(py: Python<'_>, name: &CStr) -> PyResult<NonNull<c_void>> {
        // SAFETY: attached; `name` is NUL-terminated; null means an error is
        // set.
        let pointer = unsafe { ffi::PyCapsule_Import(name.as_ptr(), 0) };
        NonNull::new(pointer).ok_or_else(|| PyErr::fetch(py))
    }
}

/// Builds a value capsule named by `name` or else `owned_name`.
fn create<'py, T, F>(
    py: Python<'py>,
    value: T,
    name: Option<&'static CStr>,
    owned_name: Option<CString>,
    destructor: F,
) -> PyResult<Bound<'py, PyCapsule>>
where
    T: 'static + Send,
    F: FnOnce(T, *mut c_void) + Send + 'static,
{
    let name_ptr = match (name, &owned_name) {
        (Some(name), _) => name.as_ptr(),
        (None, Some(owned)) => owned.as_ptr(),
        (None, None) => ptr::null(),
    };
    // The `CString`'s buffer does not move when the string moves into the box.
    let contents = Box::into_raw(Box::new(CapsuleContents {
        value,
        destructor,
        owned_name,
    }));
    // SAFETY: attached; the pointer is non-null and owned by the capsule from
    // here on, freed by `capsule_destructor::<T, F>` exactly once; the name
    // outlives the capsule (static, or owned by the contents).
    let capsule =
        unsafe { ffi::PyCapsule_New(contents.cast(), name_ptr, Some(capsule_destructor::<T, F>)) };
    if capsule.is_null() {
        // SAFETY: no capsule took ownership; the box is still ours.
        drop(unsafe { Box::from_raw(contents) });
        return Err(PyErr::fetch(py));
    }
    // SAFETY: a new reference to a capsule.
    Ok(unsafe { Bound::from_owned_ptr(py, capsule).cast_into_unchecked() })
}

/// The destructor of value capsules without one of their own.
fn drop_value<T>(value: T, _context: *mut c_void) {
    drop(value);
}

/// Called by CPython when a value capsule is destroyed: hands the value and
/// the context to the Rust destructor, then frees the contents.
unsafe extern "C" fn capsule_destructor<T, F>(capsule: *mut ffi::PyObject)
where
    F: FnOnce(T, *mut c_void),
{
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe {
        let name = ffi::PyCapsule_GetName(capsule);
        let contents = ffi::PyCapsule_GetPointer(capsule, name).cast::<CapsuleContents<T, F>>();
        let context = ffi::PyCapsule_GetContext(capsule);
        if contents.is_null() {
            // Only if the pointer was replaced with null, which the API refuses.
            return;
        }
        let CapsuleContents {
            value, destructor, ..
        } = *Box::from_raw(contents);
        destructor(value, context);
    }
}

/// The methods of capsules.
pub trait PyCapsuleMethods<'py>: crate::sealed::Sealed {
    /// Sets the context pointer (free for the owner's use; it is passed to
    /// value destructors).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, (), c"demo.ctx")?;
    ///     let mut tag = 5u8;
    ///     capsule.set_context((&raw mut tag).cast())?;
    ///     assert_eq!(capsule.context()?, (&raw mut tag).cast());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn set_context(&self, context: *mut c_void) -> PyResult<()>;

    /// The context pointer (null if never set).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, 1i32, c"demo.ctx")?;
    ///     assert!(capsule.context()?.is_null());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn context(&self) -> PyResult<*mut c_void>;

    /// The pointer, if the capsule's name is `name` (`None` matches an
    /// unnamed capsule); `ValueError` otherwise.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, 0.5f64, c"demo.half")?;
    ///     assert!(capsule.pointer_checked(Some(c"demo.half")).is_ok());
    ///     assert!(capsule.pointer_checked(Some(c"demo.other")).is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn pointer_checked(&self, name: Option<&CStr>) -> PyResult<NonNull<c_void>>;

    /// Whether the capsule is valid and named `name` (`None` matches an
    /// unnamed capsule).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, 'c', c"demo.char")?;
    ///     assert!(capsule.is_valid_checked(Some(c"demo.char")));
    ///     assert!(!capsule.is_valid_checked(None));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn is_valid_checked(&self, name: Option<&CStr>) -> bool;

    /// The name, or `None` for an unnamed capsule.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, 3u8, c"demo.named")?;
    ///     let name = capsule.name()?.unwrap();
    ///     // SAFETY: the name is a static C string.
    ///     assert_eq!(unsafe { name.as_cstr() }, c"demo.named");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn name(&self) -> PyResult<Option<CapsuleName>>;

    /// The pointer, checked against the capsule's own name; null if the
    /// capsule is invalid (the error is discarded).
    #[deprecated(
        since = "0.27.0",
        note = "use `pointer_checked` with the expected name instead"
    )]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, 8u32, c"demo.p")?;
    ///     #[allow(deprecated)]
    ///     let pointer = capsule.pointer();
    ///     assert_eq!(pointer, capsule.pointer_checked(Some(c"demo.p"))?.as_ptr());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn pointer(&self) -> *mut c_void;

    /// The value the pointer points at, checked against the capsule's own
    /// name.
    ///
    /// # Safety
    ///
    /// The capsule must be valid, its pointer must point at a `T`, and that
    /// `T` must live (unmoved and not mutated) as long as `'py`.
    #[deprecated(
        since = "0.27.0",
        note = "use `pointer_checked` with the expected name instead"
    )]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, 21u32, c"demo.r")?;
    ///     // SAFETY: the capsule holds a `u32` and outlives the read.
    ///     #[allow(deprecated)]
    ///     let value: &u32 = unsafe { capsule.reference() };
    ///     assert_eq!(*value, 21);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    unsafe fn reference<T>(&self) -> &'py T;

    /// Whether the capsule is valid under its own name.
    #[deprecated(
        since = "0.27.0",
        note = "use `is_valid_checked` with the expected name instead"
    )]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, (), c"demo.v")?;
    ///     #[allow(deprecated)]
    ///     let valid = capsule.is_valid();
    ///     assert!(valid);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn is_valid(&self) -> bool;
}

/// The capsule's own name as a C string, null if it has none (or if the
/// capsule is invalid: the error is discarded).
fn own_name(capsule: &Bound<'_, PyCapsule>) -> *const c_char {
    capsule
        .name()
        .ok()
        .flatten()
        .map_or(ptr::null(), CapsuleName::as_ptr)
}

/// The C form of an optional name.
fn name_ptr(name: Option<&CStr>) -> *const c_char {
    name.map_or(ptr::null(), CStr::as_ptr)
}

impl<'py> PyCapsuleMethods<'py> for Bound<'py, PyCapsule> {
    // The context pointer is only stored, never dereferenced.
    #[allow(clippy::not_unsafe_ptr_arg_deref)]
    fn set_context(&self, context: *mut c_void) -> PyResult<()> {
        // SAFETY: attached; the object is a capsule; the pointer is stored
        // as is.
        let result = unsafe { ffi::PyCapsule_SetContext(self.as_ptr(), context) };
        crate::err::error_on_minusone(self.py(), result)
    }

    fn context(&self) -> PyResult<*mut c_void> {
        // SAFETY: attached; the object is a capsule. Null is either "no
        // context" or an error, told apart by the error indicator.
        let context = unsafe { ffi::PyCapsule_GetContext(self.as_ptr()) };
        if context.is_null() {
            if let Some(err) = PyErr::take(self.py()) {
                return Err(err);
            }
        }
        Ok(context)
    }

    fn pointer_checked(&self, name: Option<&CStr>) -> PyResult<NonNull<c_void>> {
        // SAFETY: attached; the object is a capsule; null means an error is
        // set (a capsule's pointer is never null).
        let pointer = unsafe { ffi::PyCapsule_GetPointer(self.as_ptr(), name_ptr(name)) };
        NonNull::new(pointer).ok_or_else(|| PyErr::fetch(self.py()))
    }

    fn is_valid_checked(&self, name: Option<&CStr>) -> bool {
        // SAFETY: attached; `PyCapsule_IsValid` never raises.
        unsafe { ffi::PyCapsule_IsValid(self.as_ptr(), name_ptr(name)) != 0 }
    }

    fn pointer(&self) -> *mut c_void {
        let name = own_name(self);
        // SAFETY: attached; the object is a capsule; null means an error is
        // set, which is discarded as documented.
        unsafe {
            let pointer = ffi::PyCapsule_GetPointer(self.as_ptr(), name);
            if pointer.is_null() {
                ffi::PyErr_Clear();
            }
            pointer
        }
    }

    unsafe fn reference<T>(&self) -> &'py T {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            #[allow(deprecated)]
            &*self.pointer().cast::<T>()
        }
    }

    fn is_valid(&self) -> bool {
        // SAFETY: attached; `PyCapsule_IsValid` never raises.
        unsafe { ffi::PyCapsule_IsValid(self.as_ptr(), own_name(self)) != 0 }
    }

    fn name(&self) -> PyResult<Option<CapsuleName>> {
        // SAFETY: attached; the object is a capsule. Null is either "no
        // name" or an error, told apart by the error indicator.
        let name = unsafe { ffi::PyCapsule_GetName(self.as_ptr()) };
        match NonNull::new(name.cast_mut()) {
            Some(ptr) => Ok(Some(CapsuleName { ptr })),
            None => match PyErr::take(self.py()) {
                Some(err) => Err(err),
                None => Ok(None),
            },
        }
    }
}

/// The name of a capsule: a pointer to the C string it was created with.
#[derive(Clone, Copy)]
pub struct CapsuleName {
    /// Non-null, NUL-terminated.
    ptr: NonNull<c_char>,
}

impl CapsuleName {
    /// The name as a `CStr`.
    ///
    /// # Safety
    ///
    /// The name must outlive `'a`: it is owned by whoever created the
    /// capsule (a static for most capsules; the capsule itself for names
    /// given as `CString`), so the capsule must stay alive and unrenamed.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let capsule = PyCapsule::new_with_value(py, (), c"demo.unit")?;
    ///     // SAFETY: the name is a static C string, alive beyond the capsule.
    ///     let name = unsafe { capsule.name()?.unwrap().as_cstr() };
    ///     assert_eq!(name.to_str().unwrap(), "demo.unit");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub unsafe fn as_cstr<'a>(self) -> &'a CStr {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe { CStr::from_ptr(self.ptr.as_ptr()) }
    }

    /// The name as a C string pointer.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyCapsule;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     static NAME: &std::ffi::CStr = c"demo.ptr";
    ///     let capsule = PyCapsule::new_with_value(py, (), NAME)?;
    ///     assert_eq!(capsule.name()?.unwrap().as_ptr(), NAME.as_ptr());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn as_ptr(self) -> *const c_char {
        self.ptr.as_ptr()
    }
}
