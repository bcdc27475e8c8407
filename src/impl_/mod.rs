//! Support code that generated code and declarative macros expand to.
//! Not public API: it may change in any release.

pub mod callback;
pub mod exceptions;
pub mod extract_argument;
pub mod frompyobject;
pub mod module_def;
pub mod pyclass;
pub mod pyfunction;
pub mod pymethods;
pub mod pymodule;
pub(crate) mod run;
pub mod slots;
pub mod trampoline;
pub mod unindent;
pub mod wrap;
