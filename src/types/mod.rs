//! Python's built-in types, one file each. A type `PyX` is used as
//! `Bound<'py, PyX>`; its methods are on the `PyXMethods` extension trait.

pub use self::any::{PyAny, PyAnyMethods};
pub use self::boolobject::{PyBool, PyBoolMethods};
pub use self::bytes::{PyBytes, PyBytesMethods};
pub use self::dict::{IntoPyDict, PyDict, PyDictMethods};
pub use self::ellipsis::PyEllipsis;
pub use self::float::{PyFloat, PyFloatMethods};
pub use self::function::PyCFunction;
pub use self::iterator::PyIterator;
pub use self::list::{PyList, PyListMethods};
pub use self::module::{PyModule, PyModuleMethods};
pub use self::none::PyNone;
pub use self::notimplemented::PyNotImplemented;
pub use self::num::{PyInt, PyLong};
pub use self::pysuper::PySuper;
pub use self::string::{PyString, PyStringMethods};
pub use self::traceback::{PyTraceback, PyTracebackMethods};
pub use self::tuple::{PyTuple, PyTupleMethods};
pub use self::typeobject::{PyType, PyTypeMethods};

pub use crate::exceptions::PyBaseException;
pub use crate::instance::DerefToPyAny;

// Modules being filled in by the types work (glob re-exports until then).
pub use self::bytearray::*;
pub use self::capsule::*;
pub use self::code::*;
pub use self::complex::*;
pub use self::datetime::*;
pub use self::frame::*;
pub use self::frozenset::*;
pub use self::mapping::*;
pub use self::memoryview::*;
pub use self::sequence::*;
pub use self::set::*;
pub use self::slice::*;
pub use self::weakref::*;
pub(crate) mod bytearray;
pub(crate) mod capsule;
pub(crate) mod code;
pub(crate) mod complex;
pub(crate) mod datetime;
pub(crate) mod frame;
pub(crate) mod frozenset;
pub(crate) mod mapping;
pub(crate) mod memoryview;
pub(crate) mod sequence;
pub(crate) mod set;
pub(crate) mod slice;
pub(crate) mod weakref;

pub(crate) mod any;
pub(crate) mod boolobject;
pub(crate) mod bytes;
pub(crate) mod dict;
mod ellipsis;
pub(crate) mod float;
mod function;
mod iterator;
pub(crate) mod list;
pub(crate) mod module;
mod none;
mod notimplemented;
mod num;
mod pysuper;
pub(crate) mod string;
pub(crate) mod traceback;
pub(crate) mod tuple;
pub(crate) mod typeobject;

/// Implements `PyTypeInfo` (from a type-object expression, and optionally a
/// faster check function such as `PyList_Check`) and `DerefToPyAny` for a
/// native type.
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_type {
    ($name:ty, |$py:ident| $typeobject:expr $(, $check:path)?) => {
        // SAFETY: the expression yields the type object of `$name`'s
        // instances, and the check function (if any) tests exactly that type.
        unsafe impl $crate::type_object::PyTypeInfo for $name {
            #[inline]
            #[allow(unused_unsafe, unused_variables)]
            fn type_object_raw($py: $crate::Python<'_>) -> *mut $crate::ffi::PyTypeObject {
                unsafe { $typeobject }
            }

            $(
                #[inline]
                fn is_type_of(object: &$crate::Bound<'_, $crate::PyAny>) -> bool {
                    #[allow(unused_unsafe)]
                    unsafe {
                        $check(object.as_ptr()) != 0
                    }
                }
            )?
        }

        impl $crate::types::DerefToPyAny for $name {}
    };
}
