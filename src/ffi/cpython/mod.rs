//! The full (non-limited) C API: declarations from `Include/cpython/`.
//! Compiled only without `Py_LIMITED_API`.

pub use self::abstract_::*;
pub use self::bytearrayobject::*;
pub use self::bytesobject::*;
pub use self::cellobject::*;
pub use self::ceval::*;
pub use self::code::*;
pub use self::compile::*;
pub use self::complexobject::*;
#[cfg(Py_3_14)]
pub use self::critical_section::*;
pub use self::descrobject::*;
pub use self::dictobject::*;
pub use self::floatobject::*;
pub use self::frameobject::*;
pub use self::funcobject::*;
pub use self::genobject::*;
pub use self::import::*;
pub use self::initconfig::*;
pub use self::listobject::*;
#[cfg(Py_3_13)]
pub use self::lock::*;
pub use self::longobject::*;
pub use self::marshal::*;
pub use self::methodobject::*;
pub use self::object::*;
pub use self::objimpl::*;
pub use self::pydebug::*;
pub use self::pyerrors::*;
pub use self::pyframe::*;
pub use self::pyhash::*;
pub use self::pylifecycle::*;
pub use self::pymem::*;
pub use self::pystate::*;
pub use self::pythonrun::*;
pub use self::pythread::*;
pub use self::setobject::*;
pub use self::traceback::*;
pub use self::tupleobject::*;
pub use self::unicodeobject::*;
pub use self::warnings::*;
#[cfg(any(not(PyPy), Py_3_14))]
pub use self::weakrefobject::*;

mod abstract_;
mod bytearrayobject;
mod bytesobject;
mod cellobject;
mod ceval;
mod code;
mod compile;
mod complexobject;
mod context;
#[cfg(Py_3_14)]
mod critical_section;
mod descrobject;
mod dictobject;
mod floatobject;
mod frameobject;
mod funcobject;
mod genobject;
mod import;
mod initconfig;
mod listobject;
#[cfg(Py_3_13)]
mod lock;
mod longobject;
mod marshal;
mod methodobject;
mod object;
mod objimpl;
mod pydebug;
mod pyerrors;
mod pyframe;
mod pyhash;
mod pylifecycle;
mod pymem;
mod pystate;
mod pythonrun;
mod pythread;
mod setobject;
mod traceback;
mod tupleobject;
mod unicodeobject;
mod warnings;
mod weakrefobject;

pub use self::context::*;
