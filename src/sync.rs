//! Synchronisation that cooperates with the interpreter: waiting for a lock
//! or a one-time initialisation detaches the thread, so the thread holding
//! it can attach and finish (no deadlock between a Rust lock and the GIL).

pub mod critical_section;
mod ext;
mod interned;
mod once_lock;

pub use self::ext::{MutexExt, OnceExt, OnceLockExt, RwLockExt};
pub use self::interned::Interned;
pub use self::once_lock::PyOnceLock;

/// Old name of [`PyOnceLock`].
#[deprecated(since = "0.26.0", note = "use `pyo3::sync::PyOnceLock` instead")]
pub type GILOnceCell<T> = PyOnceLock<T>;

pub use self::critical_section::{with_critical_section, with_critical_section2};
