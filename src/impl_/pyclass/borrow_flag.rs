//! The borrow counter of a mutable class's Rust value: how many `PyRef`s
//! exist, or that one `PyRefMut` does.
//!
//! With the GIL only one thread runs Python code at a time and a borrow is
//! only taken or released while attached, so a plain counter suffices. On
//! free-threaded builds threads really run at once, so it is atomic.

use crate::pycell::{PyBorrowError, PyBorrowMutError};

/// No borrow at all.
const UNUSED: usize = 0;
/// One exclusive borrow.
const EXCLUSIVE: usize = usize::MAX;

/// The borrow state of one object.
#[derive(Debug)]
pub struct BorrowFlag(
    #[cfg(not(Py_GIL_DISABLED))] std::cell::Cell<usize>,
    #[cfg(Py_GIL_DISABLED)] std::sync::atomic::AtomicUsize,
);

#[cfg(not(Py_GIL_DISABLED))]
impl BorrowFlag {
    /// A flag with no borrow.
    pub const fn new() -> Self {
        BorrowFlag(std::cell::Cell::new(UNUSED))
    }

    /// Takes a shared borrow, unless an exclusive one exists.
    #[inline]
    pub fn try_borrow(&self) -> Result<(), PyBorrowError> {
        let count = self.0.get();
        // `EXCLUSIVE - 1` shared borrows would need more memory than exists.
        if count == EXCLUSIVE {
            return Err(PyBorrowError::new());
        }
        self.0.set(count + 1);
        Ok(())
    }

    /// Gives back a shared borrow.
    #[inline]
    pub fn release_borrow(&self) {
        self.0.set(self.0.get() - 1);
    }

    /// Takes the exclusive borrow, unless any borrow exists.
    #[inline]
    pub fn try_borrow_mut(&self) -> Result<(), PyBorrowMutError> {
        if self.0.get() != UNUSED {
            return Err(PyBorrowMutError::new());
        }
        self.0.set(EXCLUSIVE);
        Ok(())
    }

    /// Gives back the exclusive borrow.
    #[inline]
    pub fn release_borrow_mut(&self) {
        self.0.set(UNUSED);
    }
}

#[cfg(Py_GIL_DISABLED)]
impl BorrowFlag {
    /// A flag with no borrow.
    pub const fn new() -> Self {
        BorrowFlag(std::sync::atomic::AtomicUsize::new(UNUSED))
    }

    /// Takes a shared borrow, unless an exclusive one exists.
    #[inline]
    pub fn try_borrow(&self) -> Result<(), PyBorrowError> {
        use std::sync::atomic::Ordering;
        let mut count = self.0.load(Ordering::Relaxed);
        loop {
            if count == EXCLUSIVE {
                return Err(PyBorrowError::new());
            }
            // Acquire: the value's contents written under an earlier
            // exclusive borrow (released with Release) are visible to us.
            match self.0.compare_exchange_weak(
                count,
                count + 1,
                Ordering::Acquire,
                Ordering::Relaxed,
            ) {
                Ok(_) => return Ok(()),
                Err(current) => count = current,
            }
        }
    }

    /// Gives back a shared borrow.
    #[inline]
    pub fn release_borrow(&self) {
        self.0.fetch_sub(1, std::sync::atomic::Ordering::Release);
    }

    /// Takes the exclusive borrow, unless any borrow exists.
    #[inline]
    pub fn try_borrow_mut(&self) -> Result<(), PyBorrowMutError> {
        use std::sync::atomic::Ordering;
        self.0
            .compare_exchange(UNUSED, EXCLUSIVE, Ordering::Acquire, Ordering::Relaxed)
            .map(|_| ())
            .map_err(|_| PyBorrowMutError::new())
    }

    /// Gives back the exclusive borrow.
    #[inline]
    pub fn release_borrow_mut(&self) {
        self.0.store(UNUSED, std::sync::atomic::Ordering::Release);
    }
}

impl Default for BorrowFlag {
    fn default() -> Self {
        BorrowFlag::new()
    }
}
