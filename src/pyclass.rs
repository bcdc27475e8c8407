//! Items shared by `#[pyclass]` types. For now: the comparison operators of
//! rich comparison.

use std::os::raw::c_int;

use crate::ffi;

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
