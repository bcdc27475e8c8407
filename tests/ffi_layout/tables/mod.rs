//! The layout tables, one file per group of FFI headers.

use crate::harness::Check;

mod containers;
mod core;
mod datetime;
mod numbers_text;
mod runtime;
mod state;

/// Every check of every table.
pub fn all(out: &mut Vec<Check>) {
    core::checks(out);
    numbers_text::checks(out);
    containers::checks(out);
    runtime::checks(out);
    state::checks(out);
    datetime::checks(out);
}
