//! Machinery that is not public API.

pub(crate) mod attach;
pub(crate) mod reference_pool;
