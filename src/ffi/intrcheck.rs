//! `Include/intrcheck.h`: SIGINT polling and the `fork()` hooks.

use std::ffi::c_int;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyOS_InterruptOccurred")]
    pub fn PyOS_InterruptOccurred() -> c_int;
    #[cfg(not(Py_3_10))]
    #[cfg_attr(PyPy, link_name = "PyPyOS_InitInterrupts")]
    pub fn PyOS_InitInterrupts();

    #[cfg(unix)]
    #[cfg_attr(PyPy, link_name = "PyPyOS_BeforeFork")]
    pub fn PyOS_BeforeFork();
    #[cfg(unix)]
    #[cfg_attr(PyPy, link_name = "PyPyOS_AfterFork_Parent")]
    pub fn PyOS_AfterFork_Parent();
    #[cfg(unix)]
    #[cfg_attr(PyPy, link_name = "PyPyOS_AfterFork_Child")]
    pub fn PyOS_AfterFork_Child();
    /// Deprecated since 3.7: use `PyOS_AfterFork_Child`.
    #[cfg_attr(PyPy, link_name = "PyPyOS_AfterFork")]
    pub fn PyOS_AfterFork();
}
