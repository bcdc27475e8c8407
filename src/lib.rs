//! Rust bindings to the Python interpreter: write native extension modules
//! and embed Python in Rust programs.
//!
//! This crate follows the public API of PyO3 0.30, so code written for PyO3
//! compiles against it unchanged.

#![warn(missing_docs)]

pub mod ffi;

/// A `&'static CStr` from a string literal, checked at compile time to hold
/// no interior NUL (kept for code written before `c"..."` literals).
#[macro_export]
macro_rules! c_str {
    ($s:expr) => {
        $crate::internal::cstr_from_utf8_with_nul_checked(concat!($s, "\0"))
    };
}

#[doc(hidden)]
pub mod internal {
    //! Support items for this crate's exported macros. Not public API.

    /// Turns a NUL-terminated string into a `CStr`, failing at compile time
    /// (in const context) when the string holds another NUL.
    pub const fn cstr_from_utf8_with_nul_checked(s: &str) -> &core::ffi::CStr {
        match core::ffi::CStr::from_bytes_with_nul(s.as_bytes()) {
            Ok(cstr) => cstr,
            Err(_) => panic!("string contains nul bytes"),
        }
    }
}
