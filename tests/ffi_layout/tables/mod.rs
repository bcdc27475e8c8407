//! The layout tables, one file per group of FFI headers.

use crate::harness::Check;

mod core;

/// Every check of every table.
pub fn all(out: &mut Vec<Check>) {
    core::checks(out);
}
