//! Embedded-interpreter tests: one binary, one module per area.

mod any;
mod attach;
mod common;
mod embedding;
mod err;
mod exceptions;
mod ffi_inline;
mod instance;
mod sync;
