//! [`PyClass`], the trait of every `#[pyclass]`, and the items shared by
//! classes: the comparison operators of rich comparison.

use std::os::raw::c_int;

use crate::ffi;
use crate::impl_::pyclass::PyClassImpl;
use crate::type_object::PyTypeInfo;

mod gc;
pub use self::gc::{PyTraverseError, PyVisit};

mod guard;
pub use self::guard::{
    PyClassGuard, PyClassGuardError, PyClassGuardMap, PyClassGuardMut, PyClassGuardMutError,
    PyClassGuardMutSuper,
};

/// A Rust type exposed to Python as a class. `#[pyclass]` implements it;
/// do not implement it by hand.
pub trait PyClass: PyTypeInfo + PyClassImpl {
    /// The class's Python name (`name = "..."`, else the Rust name).
    const NAME: &'static str;

    /// Whether the class is `frozen`: [`boolean_struct::True`] or
    /// [`boolean_struct::False`]. `PyRefMut` needs `Frozen = False`;
    /// `Py::get` needs `Frozen = True`.
    type Frozen: Frozen;
}

/// Type-level booleans, for [`PyClass::Frozen`].
#[doc(hidden)]
pub mod boolean_struct {
    pub(crate) mod private {
        /// Seals the booleans.
        pub trait Boolean {
            /// The value.
            const VALUE: bool;
        }

        impl Boolean for super::True {
            const VALUE: bool = true;
        }

        impl Boolean for super::False {
            const VALUE: bool = false;
        }
    }

    /// Yes.
    pub struct True(());
    /// No.
    pub struct False(());
}

/// Whether a class is frozen: implemented by the two
/// [`boolean_struct`] types only.
#[doc(hidden)]
pub trait Frozen: boolean_struct::private::Boolean {}

impl Frozen for boolean_struct::True {}
impl Frozen for boolean_struct::False {}

/// A rich comparison operator, as passed to `__richcmp__`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum CompareOp {
    /// `<`
    Lt = ffi::Py_LT,
    /// `<=`
    Le = ffi::Py_LE,
    /// `==`
    Eq = ffi::Py_EQ,
    /// `!=`
    Ne = ffi::Py_NE,
    /// `>`
    Gt = ffi::Py_GT,
    /// `>=`
    Ge = ffi::Py_GE,
}

impl CompareOp {
    /// The operator for a C `Py_LT` ... `Py_GE` value.
    pub fn from_raw(op: c_int) -> Option<Self> {
        match op {
            ffi::Py_LT => Some(CompareOp::Lt),
            ffi::Py_LE => Some(CompareOp::Le),
            ffi::Py_EQ => Some(CompareOp::Eq),
            ffi::Py_NE => Some(CompareOp::Ne),
            ffi::Py_GT => Some(CompareOp::Gt),
            ffi::Py_GE => Some(CompareOp::Ge),
            _ => None,
        }
    }

    /// Applies the operator to two values of an ordered Rust type.
    pub fn matches(&self, result: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => result == Less,
            CompareOp::Le => result != Greater,
            CompareOp::Eq => result == Equal,
            CompareOp::Ne => result != Equal,
            CompareOp::Gt => result == Greater,
            CompareOp::Ge => result != Less,
        }
    }
}

impl<'a, 'py> crate::conversion::FromPyObject<'a, 'py> for CompareOp {
    type Error = crate::err::PyErr;

    fn extract(
        object: crate::instance::Borrowed<'a, 'py, crate::types::PyAny>,
    ) -> crate::err::PyResult<Self> {
        let raw: c_int = object.extract()?;
        CompareOp::from_raw(raw)
            .ok_or_else(|| crate::exceptions::PyValueError::new_err("invalid comparison operator"))
    }
}
