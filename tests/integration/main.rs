//! Embedded-interpreter tests: one binary, one module per area.

mod ffi_inline;
