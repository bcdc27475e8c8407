//! Python's built-in types, one file each. A type `PyX` is used as
//! `Bound<'py, PyX>`; its methods are on the `PyXMethods` extension trait.

pub use self::any::{PyAny, PyAnyMethods};
pub use self::boolobject::{PyBool, PyBoolMethods};
pub use self::bytearray::{PyByteArray, PyByteArrayMethods};
pub use self::bytes::{PyBytes, PyBytesMethods};
pub use self::capsule::{PyCapsule, PyCapsuleMethods};
pub use self::code::{PyCode, PyCodeMethods};
pub use self::complex::{PyComplex, PyComplexMethods};
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
pub use self::context::PyContext;
#[allow(deprecated)]
pub use self::datetime::timezone_utc;
pub use self::datetime::{
    PyDate, PyDateAccess, PyDateTime, PyDelta, PyDeltaAccess, PyTime, PyTimeAccess, PyTzInfo,
    PyTzInfoAccess,
};
pub use self::dict::{IntoPyDict, PyDict, PyDictMethods};
#[cfg(not(any(PyPy, GraalPy)))]
pub use self::dict::{items::PyDictItems, keys::PyDictKeys, values::PyDictValues};
pub use self::ellipsis::PyEllipsis;
pub use self::float::{PyFloat, PyFloatMethods};
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
pub use self::frame::{PyFrame, PyFrameMethods};
#[cfg(Py_3_15)]
pub use self::frozendict::{PyFrozenDict, PyFrozenDictMethods};
pub use self::frozenset::{PyFrozenSet, PyFrozenSetMethods};
pub use self::function::{PyCFunction, PyFunction};
pub use self::genericalias::PyGenericAlias;
pub use self::iterator::PyIterator;
pub use self::list::{PyList, PyListMethods};
pub use self::mapping::{PyMapping, PyMappingMethods};
pub use self::mappingproxy::{PyMappingProxy, PyMappingProxyMethods};
pub use self::memoryview::PyMemoryView;
pub use self::module::{PyModule, PyModuleMethods};
pub use self::none::PyNone;
pub use self::notimplemented::PyNotImplemented;
pub use self::num::PyInt;
#[allow(deprecated)]
pub use self::num::PyLong;
pub use self::pysuper::PySuper;
pub use self::range::{PyRange, PyRangeMethods};
pub use self::sequence::{PySequence, PySequenceMethods};
pub use self::set::{PySet, PySetMethods};
pub use self::slice::{PySlice, PySliceMethods};
pub use self::string::{PyString, PyStringMethods};
pub use self::traceback::{PyTraceback, PyTracebackMethods};
pub use self::tuple::{PyTuple, PyTupleMethods};
pub use self::typeobject::{PyType, PyTypeMethods};
pub use self::weakref::{PyWeakref, PyWeakrefMethods, PyWeakrefProxy, PyWeakrefReference};

pub use crate::exceptions::PyBaseException;
pub use crate::instance::DerefToPyAny;

/// Old home of [`capsule::CapsuleName`].
#[deprecated(note = "moved to `pyo3::types::capsule::CapsuleName`")]
pub type CapsuleName = capsule::CapsuleName;

/// Old home of [`code::PyCodeInput`].
#[deprecated(note = "moved to `pyo3::types::code::PyCodeInput`")]
pub type PyCodeInput = code::PyCodeInput;

/// Old home of [`frozenset::PyFrozenSetBuilder`].
#[deprecated(note = "moved to `pyo3::types::frozenset::PyFrozenSetBuilder`")]
pub type PyFrozenSetBuilder<'py> = frozenset::PyFrozenSetBuilder<'py>;

/// Old home of [`iterator::PySendResult`].
#[cfg(all(not(PyPy), Py_3_10))]
#[deprecated(note = "moved to `pyo3::types::iterator::PySendResult`")]
pub type PySendResult<'py> = iterator::PySendResult<'py>;

/// Old home of [`slice::PySliceIndices`].
#[deprecated(note = "moved to `pyo3::types::slice::PySliceIndices`")]
pub type PySliceIndices = slice::PySliceIndices;

/// Old home of [`string::PyStringData`].
#[cfg(not(Py_LIMITED_API))]
#[deprecated(note = "moved to `pyo3::types::string::PyStringData`")]
pub type PyStringData<'a> = string::PyStringData<'a>;

/// The iterators of the container types.
pub mod iter {
    pub use super::dict::BoundDictIterator;
    #[cfg(Py_3_15)]
    pub use super::frozendict::BoundFrozenDictIterator;
    pub use super::frozenset::BoundFrozenSetIterator;
    pub use super::list::BoundListIterator;
    pub use super::set::BoundSetIterator;
    pub use super::tuple::{BorrowedTupleIterator, BoundTupleIterator};
}

pub(crate) mod any;
pub(crate) mod boolobject;
pub(crate) mod bytearray;
pub mod bytes;
pub mod capsule;
pub mod code;
pub(crate) mod complex;
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
pub mod context;
pub mod datetime;
pub mod dict;
mod ellipsis;
pub(crate) mod float;
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
mod frame;
#[cfg(Py_3_15)]
pub mod frozendict;
pub mod frozenset;
pub(crate) mod function;
pub(crate) mod genericalias;
pub mod iterator;
pub mod list;
pub(crate) mod mapping;
pub mod mappingproxy;
mod memoryview;
pub(crate) mod module;
mod native;
mod none;
mod notimplemented;
mod num;
mod pysuper;
pub(crate) mod range;
pub(crate) mod sequence;
pub mod set;
pub mod slice;
pub mod string;
pub(crate) mod traceback;
pub mod tuple;
pub(crate) mod typeobject;
pub(crate) mod weakref;
