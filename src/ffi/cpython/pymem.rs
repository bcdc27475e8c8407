//! `Include/cpython/pymem.h`: replacing and hooking the memory allocators.

use std::ffi::c_void;

use libc::size_t;

/// Which family of allocators a `PyMemAllocatorEx` is for (C
/// `PyMemAllocatorDomain`).
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PyMemAllocatorDomain {
    /// `PyMem_RawMalloc()` and friends.
    PYMEM_DOMAIN_RAW,
    /// `PyMem_Malloc()` and friends.
    PYMEM_DOMAIN_MEM,
    /// `PyObject_Malloc()` and friends.
    PYMEM_DOMAIN_OBJ,
}

/// The allocators `PyPreConfig.allocator` can select (C
/// `PyMemAllocatorName`). The pymalloc and mimalloc ones only exist in
/// builds with those allocators.
#[repr(C)]
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum PyMemAllocatorName {
    PYMEM_ALLOCATOR_NOT_SET = 0,
    PYMEM_ALLOCATOR_DEFAULT = 1,
    PYMEM_ALLOCATOR_DEBUG = 2,
    PYMEM_ALLOCATOR_MALLOC = 3,
    PYMEM_ALLOCATOR_MALLOC_DEBUG = 4,
    PYMEM_ALLOCATOR_PYMALLOC = 5,
    PYMEM_ALLOCATOR_PYMALLOC_DEBUG = 6,
    /// 3.13+.
    #[cfg(Py_3_13)]
    PYMEM_ALLOCATOR_MIMALLOC = 7,
    /// 3.13+.
    #[cfg(Py_3_13)]
    PYMEM_ALLOCATOR_MIMALLOC_DEBUG = 8,
}

/// A set of allocator functions sharing a context pointer (C
/// `PyMemAllocatorEx`).
#[repr(C)]
#[derive(Copy, Clone, Debug)]
pub struct PyMemAllocatorEx {
    /// First argument of every function below.
    pub ctx: *mut c_void,
    pub malloc: Option<unsafe extern "C" fn(ctx: *mut c_void, size: size_t) -> *mut c_void>,
    pub calloc: Option<
        unsafe extern "C" fn(ctx: *mut c_void, nelem: size_t, elsize: size_t) -> *mut c_void,
    >,
    pub realloc: Option<
        unsafe extern "C" fn(ctx: *mut c_void, ptr: *mut c_void, new_size: size_t) -> *mut c_void,
    >,
    pub free: Option<unsafe extern "C" fn(ctx: *mut c_void, ptr: *mut c_void)>,
}

#[cfg(not(PyPy))]
unsafe extern "C" {
    pub fn PyMem_GetAllocator(domain: PyMemAllocatorDomain, allocator: *mut PyMemAllocatorEx);
    pub fn PyMem_SetAllocator(domain: PyMemAllocatorDomain, allocator: *mut PyMemAllocatorEx);
    pub fn PyMem_SetupDebugHooks();
}
