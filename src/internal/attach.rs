//! Attaching threads to the interpreter (holding the GIL, or on
//! free-threaded builds, having an attached thread state).
//!
//! Each thread counts how many `Python::attach` scopes it is inside. Only
//! the outermost one calls `PyGILState_Ensure`; nested ones just bump the
//! count. `Python::detach` saves the count, releases the thread state and
//! restores both afterwards.
//!
//! Callbacks from Python (the entry points of functions, module init, ...)
//! run on a thread the interpreter attached. Where the interpreter can say
//! so precisely and cheaply (CPython 3.13+'s own API, not the stable ABI)
//! they leave the count alone, which keeps thread-local access off the call
//! path; `thread_is_attached` then asks the interpreter. Elsewhere they
//! bump the count like a nested scope. Before 3.13 the interpreter's answer
//! is not precise: a callback may run on a thread state that is not the
//! thread's `PyGILState` one (a sub-interpreter's, or one made with
//! `PyThreadState_New`), which only the count can tell.

use std::cell::Cell;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering, fence};

use crate::ffi;
use crate::internal::reference_pool;

thread_local! {
    /// How many attach scopes of this thread are open; 0 when detached.
    static ATTACH_COUNT: Cell<isize> = const { Cell::new(0) };
    /// Whether this thread runs a class's `__traverse__`, where the
    /// collector forbids touching Python objects (attaching included).
    static IN_TRAVERSE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` (the body of `__traverse__`) with attaching forbidden.
pub(crate) fn during_traverse<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            let _ = IN_TRAVERSE.try_with(|flag| flag.set(self.0));
        }
    }
    let _reset = Reset(IN_TRAVERSE.with(|flag| flag.replace(true)));
    f()
}

/// Whether this thread is inside `__traverse__`.
#[cold]
fn in_traverse() -> bool {
    IN_TRAVERSE.try_with(Cell::get).unwrap_or(false)
}

/// Whether callbacks from Python bump the count (see the module docs).
const CALLBACKS_COUNT: bool = !INTERPRETER_KNOWS_ATTACHMENT;

/// Whether [`attached_by_interpreter`] can answer.
const INTERPRETER_KNOWS_ATTACHMENT: bool =
    cfg!(all(Py_3_13, not(any(Py_LIMITED_API, PyPy, GraalPy))));

/// Whether the current thread is attached: inside an attach scope, or in a
/// callback from the interpreter.
#[inline]
pub(crate) fn thread_is_attached() -> bool {
    ATTACH_COUNT
        .try_with(|count| count.get() > 0)
        .unwrap_or(false)
        || attached_by_interpreter()
}

/// Whether the interpreter has an attached thread state for this thread
/// (`false` where it cannot tell; see the module docs).
#[inline]
fn attached_by_interpreter() -> bool {
    #[cfg(all(not(any(Py_LIMITED_API, PyPy, GraalPy)), Py_3_13))]
    {
        // SAFETY: may be called at any time; null when this thread has no
        // attached thread state (including before initialisation and after
        // finalisation).
        !unsafe { ffi::PyThreadState_GetUnchecked() }.is_null()
    }
    #[cfg(all(not(any(Py_LIMITED_API, PyPy, GraalPy)), not(Py_3_13)))]
    {
        // Before 3.13 the "current" thread state may be another thread's
        // (the GIL holder's); compare it with this thread's own. Both calls
        // are allowed at any time and give null when there is none. This
        // misses thread states other than the `PyGILState` one, which is why
        // callbacks count on these versions.
        // SAFETY: see above.
        unsafe {
            let own = ffi::PyGILState_GetThisThreadState();
            !own.is_null() && own == ffi::_PyThreadState_UncheckedGet()
        }
    }
    #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
    {
        false
    }
}

#[inline]
fn increment_count() {
    ATTACH_COUNT.with(|count| count.set(count.get() + 1));
}

#[inline]
fn decrement_count() {
    // During thread teardown the thread-local may already be gone; there is
    // nothing left to count then.
    let _ = ATTACH_COUNT.try_with(|count| count.set(count.get() - 1));
}

/// Set (once, never cleared) just before this crate calls `Py_InitializeEx`.
///
/// `Py_IsInitialized()` turns true inside `Py_InitializeEx`, before `site`
/// (and any `sitecustomize`) has been imported, and that import may release
/// the GIL. A thread that sees the interpreter initialized and this flag set
/// waits on [`START`] before attaching, so nobody gets in half-way.
static STARTED_BY_US: AtomicBool = AtomicBool::new(false);

/// This crate's one start of the interpreter.
static START: Once = Once::new();

/// Starts the interpreter if nobody has, leaving no thread attached, so that
/// any thread can attach afterwards. Safe to call from many threads at once
/// and more than once.
#[cfg_attr(any(PyPy, GraalPy), allow(dead_code))]
pub(crate) fn initialize_interpreter() {
    START.call_once_force(|_| {
        // SAFETY: `Py_IsInitialized` may be called at any time. When the
        // interpreter is not running, this is the one thread starting it;
        // `PyEval_SaveThread` then releases the thread state that
        // `Py_InitializeEx` attached to this thread.
        unsafe {
            if ffi::Py_IsInitialized() == 0 {
                STARTED_BY_US.store(true, Ordering::SeqCst);
                ffi::Py_InitializeEx(0);
                ffi::PyEval_SaveThread();
            }
        }
    });
}

/// Whether the interpreter is initialized, waiting first for this crate's
/// start of it to finish if one is under way (see [`STARTED_BY_US`]).
fn interpreter_is_initialized() -> bool {
    // SAFETY: reads an interpreter-wide flag; allowed at any time.
    let initialized = unsafe { ffi::Py_IsInitialized() } != 0;
    // The flag is stored before `Py_InitializeEx` runs, so a thread that saw
    // the interpreter initialized also sees the flag (the fence orders the
    // two reads).
    fence(Ordering::SeqCst);
    if STARTED_BY_US.load(Ordering::SeqCst) {
        // Returns at once when the start has finished; otherwise blocks
        // until it has (the closure never runs: the start is under way or
        // done whenever the flag is set).
        START.call_once_force(|_| {});
        // SAFETY: as above.
        return unsafe { ffi::Py_IsInitialized() } != 0;
    }
    initialized
}

/// Whether the interpreter can be attached to: initialized and not shutting
/// down.
fn interpreter_is_usable() -> bool {
    // SAFETY: reads an interpreter-wide flag.
    !unsafe { interpreter_is_finalizing() } && interpreter_is_initialized()
}

#[cfg(all(not(Py_3_13), not(any(PyPy, GraalPy, Py_LIMITED_API))))]
unsafe extern "C" {
    /// CPython's private finalization flag before `Py_IsFinalizing` (3.13).
    fn _Py_IsFinalizing() -> std::os::raw::c_int;
}

/// Whether the interpreter is shutting down.
///
/// # Safety
///
/// None beyond what the C functions ask: they may be called at any time.
unsafe fn interpreter_is_finalizing() -> bool {
    #[cfg(all(Py_3_13, not(PyPy)))]
    {
        // SAFETY: reads an interpreter-wide flag.
        unsafe { ffi::Py_IsFinalizing() != 0 }
    }
    #[cfg(all(not(Py_3_13), not(any(PyPy, GraalPy, Py_LIMITED_API))))]
    {
        // SAFETY: reads an interpreter-wide flag.
        unsafe { _Py_IsFinalizing() != 0 }
    }
    #[cfg(all(not(Py_3_13), Py_LIMITED_API, unix, not(any(PyPy, GraalPy))))]
    {
        finalizing_through_the_running_interpreter()
    }
    #[cfg(not(any(
        all(Py_3_13, not(PyPy)),
        all(not(Py_3_13), not(any(PyPy, GraalPy, Py_LIMITED_API))),
        all(not(Py_3_13), Py_LIMITED_API, unix, not(any(PyPy, GraalPy)))
    )))]
    {
        false
    }
}

/// Stable-ABI builds for versions before 3.13 cannot link to a finalization
/// check (there is none in their limited API), but the interpreter they run
/// in exports one: `Py_IsFinalizing` from 3.13, `_Py_IsFinalizing` before.
/// Looked up once in the process's global symbols.
#[cfg(all(not(Py_3_13), Py_LIMITED_API, unix, not(any(PyPy, GraalPy))))]
fn finalizing_through_the_running_interpreter() -> bool {
    type Check = unsafe extern "C" fn() -> std::os::raw::c_int;
    static CHECK: std::sync::OnceLock<Option<Check>> = std::sync::OnceLock::new();
    let check = CHECK.get_or_init(|| {
        [c"Py_IsFinalizing", c"_Py_IsFinalizing"]
            .into_iter()
            .find_map(|name| {
                // SAFETY: looks a NUL-terminated name up in the symbols
                // already loaded; null when absent.
                let symbol = unsafe { libc::dlsym(libc::RTLD_DEFAULT, name.as_ptr()) };
                // SAFETY: both functions take nothing and return an int.
                (!symbol.is_null()).then(|| unsafe { std::mem::transmute::<_, Check>(symbol) })
            })
    });
    // SAFETY: the interpreter's own check, callable at any time.
    check.is_some_and(|check| unsafe { check() } != 0)
}

/// An open attach scope; dropping it closes the scope.
pub(crate) enum AttachGuard {
    /// The outermost scope: `PyGILState_Ensure` was called.
    Ensured { gstate: ffi::PyGILState_STATE },
    /// A scope nested in another one, or entered from a callback where the
    /// interpreter already holds the thread state for us (and the count was
    /// bumped).
    Assumed,
    /// A callback from the interpreter that left the count alone.
    Callback,
}

impl AttachGuard {
    /// Opens a scope, starting the interpreter first when the
    /// `auto-initialize` feature is on.
    ///
    /// # Panics
    ///
    /// When the interpreter is not initialized (and `auto-initialize` is off).
    pub(crate) fn attach() -> AttachGuard {
        if thread_is_attached() {
            if in_traverse() {
                panic!(
                    "`Python::attach` cannot be used inside `__traverse__`: the garbage collector \
                     forbids touching Python objects there; report references with `visit.call(...)` only"
                );
            }
            increment_count();
            return AttachGuard::Assumed;
        }
        // SAFETY: reads interpreter-wide flags. (Finalization also clears
        // the initialized flag, so this comes first for the clearer message.)
        if unsafe { interpreter_is_finalizing() } {
            panic!(
                "cannot attach to the Python interpreter: it is finalizing (shutting down). \
                 Use `Python::try_attach`, which returns `None` then"
            );
        }
        #[cfg(feature = "auto-initialize")]
        initialize_interpreter();
        if !interpreter_is_initialized() {
            panic!(
                "the Python interpreter is not initialized. Call `pyo3::Python::initialize()` \
                 before `Python::attach`, or enable the `auto-initialize` feature of pyo3"
            );
        }
        // SAFETY: the interpreter runs and this thread is not attached.
        unsafe { Self::ensure() }
    }

    /// Opens a scope if the interpreter can be attached to (initialized, not
    /// finalizing).
    pub(crate) fn try_attach() -> Option<AttachGuard> {
        if thread_is_attached() {
            if in_traverse() {
                return None;
            }
            increment_count();
            return Some(AttachGuard::Assumed);
        }
        if !interpreter_is_usable() {
            return None;
        }
        // SAFETY: the interpreter runs and this thread is not attached.
        Some(unsafe { Self::ensure() })
    }

    /// Opens a scope without any check.
    ///
    /// # Safety
    ///
    /// The interpreter must be initialized.
    pub(crate) unsafe fn attach_unchecked() -> AttachGuard {
        // SAFETY: the caller upholds this function's documented safety contract.
        unsafe {
            if thread_is_attached() {
                increment_count();
                return AttachGuard::Assumed;
            }
            Self::ensure()
        }
    }

    /// # Safety
    ///
    /// The interpreter must be initialized and this thread not attached.
    unsafe fn ensure() -> AttachGuard {
        // SAFETY: the interpreter runs and this thread is not attached (this
        // function's contract), so `PyGILState_Ensure` attaches it.
        unsafe {
            let gstate = ffi::PyGILState_Ensure();
            increment_count();
            reference_pool::apply_pending_decrefs();
            AttachGuard::Ensured { gstate }
        }
    }

    /// Opens a scope on a thread that the interpreter has attached already,
    /// e.g. at the start of a callback from Python.
    ///
    /// # Safety
    ///
    /// The current thread must hold an attached thread state.
    #[inline]
    pub(crate) unsafe fn assume() -> AttachGuard {
        reference_pool::apply_pending_decrefs();
        if CALLBACKS_COUNT {
            increment_count();
            AttachGuard::Assumed
        } else {
            AttachGuard::Callback
        }
    }
}

impl Drop for AttachGuard {
    fn drop(&mut self) {
        if let AttachGuard::Callback = self {
            return;
        }
        decrement_count();
        if let AttachGuard::Ensured { gstate } = self {
            // SAFETY: pairs with the `PyGILState_Ensure` of this guard, on the
            // same thread (the guard is not `Send`).
            unsafe { ffi::PyGILState_Release(*gstate) };
        }
    }
}

/// A detached stretch inside an attach scope (`Python::detach`): the thread
/// state is released on creation and restored on drop, with the count.
pub(crate) struct Detached {
    count: isize,
    tstate: *mut ffi::PyThreadState,
}

impl Detached {
    /// Releases this thread's attachment.
    ///
    /// # Safety
    ///
    /// The current thread must be attached.
    pub(crate) unsafe fn new() -> Detached {
        let count = ATTACH_COUNT.with(|count| count.replace(0));
        // SAFETY: the caller guarantees this thread holds a thread state.
        let tstate = unsafe { ffi::PyEval_SaveThread() };
        Detached { count, tstate }
    }

    /// Runs `f` attached again, with exactly the thread state (and count)
    /// this stretch released, then releases it once more. Unlike a fresh
    /// `Python::attach`, this brings back a thread state that is not the
    /// thread's `PyGILState` one (a sub-interpreter's, say) unchanged.
    pub(crate) fn reattached<R>(&self, f: impl FnOnce() -> R) -> R {
        /// Releases the thread state again when `f` returns or unwinds, so
        /// that `Detached::drop` finds the thread detached in either case.
        struct ReleaseAgain;
        impl Drop for ReleaseAgain {
            fn drop(&mut self) {
                ATTACH_COUNT.with(|count| count.set(0));
                // SAFETY: `reattached` restored this thread's state below
                // and nothing since has released it.
                unsafe { ffi::PyEval_SaveThread() };
            }
        }
        // SAFETY: `self.tstate` is the state `new` released on this thread
        // (`Detached` is not `Send`), and this thread is detached now: only
        // `reattached` attaches inside the stretch and it releases before
        // returning.
        unsafe { ffi::PyEval_RestoreThread(self.tstate) };
        ATTACH_COUNT.with(|count| count.set(self.count));
        let _release = ReleaseAgain;
        f()
    }
}

impl Drop for Detached {
    fn drop(&mut self) {
        // SAFETY: restores the thread state released in `new`, on the same
        // thread (the value never leaves the frame that made it).
        unsafe { ffi::PyEval_RestoreThread(self.tstate) };
        ATTACH_COUNT.with(|count| count.set(self.count));
        reference_pool::apply_pending_decrefs();
    }
}
