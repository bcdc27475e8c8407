//! `Include/bltinmodule.h`: the types of `filter`, `map` and `zip`.

use crate::ffi::PyTypeObject;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyFilter_Type")]
    pub static mut PyFilter_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyMap_Type")]
    pub static mut PyMap_Type: PyTypeObject;
    #[cfg_attr(PyPy, link_name = "PyPyZip_Type")]
    pub static mut PyZip_Type: PyTypeObject;
}
