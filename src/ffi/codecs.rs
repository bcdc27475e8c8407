//! `Include/codecs.h`: the codec registry and the standard error handlers.

use std::ffi::{c_char, c_int};

use crate::ffi::PyObject;

unsafe extern "C" {
    #[cfg_attr(PyPy, link_name = "PyPyCodec_Register")]
    pub fn PyCodec_Register(search_function: *mut PyObject) -> c_int;
    #[cfg(Py_3_10)]
    #[cfg_attr(PyPy, link_name = "PyPyCodec_Unregister")]
    pub fn PyCodec_Unregister(search_function: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_KnownEncoding")]
    pub fn PyCodec_KnownEncoding(encoding: *const c_char) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_Encode")]
    pub fn PyCodec_Encode(
        object: *mut PyObject,
        encoding: *const c_char,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_Decode")]
    pub fn PyCodec_Decode(
        object: *mut PyObject,
        encoding: *const c_char,
        errors: *const c_char,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyCodec_Encoder")]
    pub fn PyCodec_Encoder(encoding: *const c_char) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_Decoder")]
    pub fn PyCodec_Decoder(encoding: *const c_char) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_IncrementalEncoder")]
    pub fn PyCodec_IncrementalEncoder(
        encoding: *const c_char,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_IncrementalDecoder")]
    pub fn PyCodec_IncrementalDecoder(
        encoding: *const c_char,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_StreamReader")]
    pub fn PyCodec_StreamReader(
        encoding: *const c_char,
        stream: *mut PyObject,
        errors: *const c_char,
    ) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_StreamWriter")]
    pub fn PyCodec_StreamWriter(
        encoding: *const c_char,
        stream: *mut PyObject,
        errors: *const c_char,
    ) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyCodec_RegisterError")]
    pub fn PyCodec_RegisterError(name: *const c_char, error: *mut PyObject) -> c_int;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_LookupError")]
    pub fn PyCodec_LookupError(name: *const c_char) -> *mut PyObject;

    #[cfg_attr(PyPy, link_name = "PyPyCodec_StrictErrors")]
    pub fn PyCodec_StrictErrors(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_IgnoreErrors")]
    pub fn PyCodec_IgnoreErrors(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_ReplaceErrors")]
    pub fn PyCodec_ReplaceErrors(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_XMLCharRefReplaceErrors")]
    pub fn PyCodec_XMLCharRefReplaceErrors(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_BackslashReplaceErrors")]
    pub fn PyCodec_BackslashReplaceErrors(exc: *mut PyObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "PyPyCodec_NameReplaceErrors")]
    pub fn PyCodec_NameReplaceErrors(exc: *mut PyObject) -> *mut PyObject;

    /// The characters `"0123456789abcdef"` (full API only).
    #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
    pub static Py_hexdigits: *const c_char;
}
