//! The type object of a class: created on first use, in two steps (the type
//! itself, then its class attributes, whose values may need the type), and
//! afterwards read in one load.
//!
//! The type belongs to the interpreter that created it. Another interpreter
//! asking for it gets an error, never this one's type; keeping one type per
//! interpreter later (PEP 684) only changes this file.

use std::marker::PhantomData;
use std::sync::Mutex;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::thread::ThreadId;

use super::create_type_object::{ClassSpec, create_type_object, fill_class_attributes};
use crate::err::PyResult;
use crate::exceptions::PyRuntimeError;
use crate::ffi;
use crate::instance::Py;
use crate::marker::Python;
use crate::pyclass::PyClass;
use crate::sync::PyOnceLock;
use crate::types::PyType;

/// The cell of one class's type object.
pub struct LazyTypeObject<T> {
    inner: TypeObjectCell,
    class: PhantomData<fn() -> T>,
}

/// The class-independent part of [`LazyTypeObject`] (compiled once, not
/// per class).
struct TypeObjectCell {
    /// The type, once `PyType_FromSpec` has made it.
    created: PyOnceLock<Py<PyType>>,
    /// The interpreter it was made in.
    interpreter: AtomicPtr<ffi::PyInterpreterState>,
    /// The type, once its class attributes are set too: the hot path.
    ready: AtomicPtr<ffi::PyTypeObject>,
    /// Threads setting the class attributes right now. A class attribute
    /// whose value needs the type itself (an instance of the class, say)
    /// comes back here on the same thread, and gets the type as it is.
    filling: Mutex<Vec<ThreadId>>,
}

impl<T> LazyTypeObject<T> {
    /// An empty cell.
    #[allow(clippy::new_without_default)]
    pub const fn new() -> Self {
        LazyTypeObject {
            inner: TypeObjectCell {
                created: PyOnceLock::new(),
                interpreter: AtomicPtr::new(std::ptr::null_mut()),
                ready: AtomicPtr::new(std::ptr::null_mut()),
                filling: Mutex::new(Vec::new()),
            },
            class: PhantomData,
        }
    }

    /// The finished type object, or null before it exists. Only good for
    /// comparing with an object's type: a match proves the object is an
    /// instance, whatever the interpreter.
    #[inline]
    pub fn cached(&self) -> *mut ffi::PyTypeObject {
        self.inner.ready.load(Ordering::Acquire)
    }
}

impl<T: PyClass> LazyTypeObject<T> {
    /// The type object, created if needed.
    ///
    /// # Panics
    ///
    /// When it cannot be created, or belongs to another interpreter.
    #[inline]
    pub fn get_or_init(&self, py: Python<'_>) -> *mut ffi::PyTypeObject {
        match self.get_or_try_init(py) {
            Ok(type_object) => type_object,
            Err(err) => type_object_failed(T::NAME, err),
        }
    }

    /// The type object, created if needed.
    #[inline]
    pub fn get_or_try_init(&self, py: Python<'_>) -> PyResult<*mut ffi::PyTypeObject> {
        let ready = self.inner.ready.load(Ordering::Acquire);
        if !ready.is_null() {
            self.inner.check_interpreter(T::NAME)?;
            return Ok(ready);
        }
        self.inner.initialize(py, ClassSpec::of::<T>)
    }
}

#[cold]
fn type_object_failed(name: &str, err: crate::err::PyErr) -> ! {
    panic!("the type object of the class `{name}` could not be created: {err}")
}

impl TypeObjectCell {
    #[cold]
    #[inline(never)]
    fn initialize(
        &self,
        py: Python<'_>,
        spec: fn(Python<'_>) -> ClassSpec,
    ) -> PyResult<*mut ffi::PyTypeObject> {
        let spec = spec(py);
        let created = self.created.get_or_try_init(py, || {
            let type_object = create_type_object(py, &spec)?;
            // SAFETY: attached.
            let interpreter = unsafe { ffi::PyInterpreterState_Get() };
            self.interpreter.store(interpreter, Ordering::Release);
            PyResult::Ok(type_object)
        })?;
        self.check_interpreter(spec.name())?;
        let type_ptr = created.as_ptr().cast::<ffi::PyTypeObject>();

        let me = std::thread::current().id();
        {
            let mut filling = self.filling.lock().unwrap_or_else(|e| e.into_inner());
            if filling.contains(&me) {
                return Ok(type_ptr);
            }
            filling.push(me);
        }
        let filled = fill_class_attributes(py, created.bind(py), &spec);
        self.filling
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|thread| *thread != me);
        filled?;
        self.ready.store(type_ptr, Ordering::Release);
        Ok(type_ptr)
    }

    /// Fails unless the current interpreter made the type.
    #[inline]
    fn check_interpreter(&self, name: &str) -> PyResult<()> {
        // SAFETY: attached (callers hold a `Python` token).
        let current = unsafe { ffi::PyInterpreterState_Get() };
        if std::ptr::eq(self.interpreter.load(Ordering::Acquire), current) {
            Ok(())
        } else {
            Err(another_interpreter(name))
        }
    }
}

#[cold]
fn another_interpreter(name: &str) -> crate::err::PyErr {
    PyRuntimeError::new_err(format!(
        "the class `{name}` belongs to another interpreter: its type object was created \
         there, and a class cannot be shared between interpreters"
    ))
}
