//! Embedded-interpreter tests: one binary, one module per area.

mod common;
mod ffi_inline;
