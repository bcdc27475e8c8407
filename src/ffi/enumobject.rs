//! `Include/enumobject.h`: the `enumerate` and `reversed` types.

use crate::ffi::PyTypeObject;

unsafe extern "C" {
    /// The built-in `enumerate`.
    #[cfg_attr(PyPy, link_name = "PyPyEnum_Type")]
    pub static mut PyEnum_Type: PyTypeObject;
    /// The built-in `reversed`.
    #[cfg_attr(PyPy, link_name = "PyPyReversed_Type")]
    pub static mut PyReversed_Type: PyTypeObject;
}
