//! The seal of the `Py*Methods` extension traits: only `Bound` of the
//! matching type implements them.

use crate::instance::Bound;
use crate::types::*;

/// Implemented for the `Bound` types the extension traits are for.
pub trait Sealed {}

impl Sealed for Bound<'_, PyAny> {}
impl Sealed for Bound<'_, PyBool> {}
impl Sealed for Bound<'_, PyBytes> {}
impl Sealed for Bound<'_, PyDict> {}
impl Sealed for Bound<'_, PyFloat> {}
impl Sealed for Bound<'_, PyList> {}
impl Sealed for Bound<'_, PyModule> {}
impl Sealed for Bound<'_, PyString> {}
impl Sealed for Bound<'_, PyTraceback> {}
impl Sealed for Bound<'_, PyTuple> {}
impl Sealed for Bound<'_, PyType> {}
