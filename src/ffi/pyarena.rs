//! `Include/pyarena.h` (removed from the public headers in 3.10): the
//! compiler's memory arena.

use std::ffi::{c_int, c_void};

use crate::ffi::PyObject;

opaque_struct!(
    /// A memory arena freed all at once (C `PyArena`, before 3.10).
    pub PyArena
);

unsafe extern "C" {
    pub fn PyArena_New() -> *mut PyArena;
    pub fn PyArena_Free(arena: *mut PyArena);
    pub fn PyArena_Malloc(arena: *mut PyArena, size: usize) -> *mut c_void;
    pub fn PyArena_AddPyObject(arena: *mut PyArena, obj: *mut PyObject) -> c_int;
}
