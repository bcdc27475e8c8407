//! Where a class's borrow flag lives.
//!
//! An object has at most one borrow flag, kept by the first mutable
//! (non-`frozen`) class of its inheritance chain, counted from the native
//! base. Every class below that one in the chain borrows through it, so
//! that a `PyRefMut` of a subclass also excludes borrows of its base (it can
//! hand one out with `as_super`). A chain of frozen classes has no flag and
//! borrows cost nothing.
//!
//! The choice is made in types: each class names its mutability as
//! `<Base's mutability>::FrozenChild` or `::MutableChild`.

use super::borrow_flag::BorrowFlag;

/// The borrow bookkeeping of one layer of a class chain.
pub trait ClassMutability {
    /// What this layer stores: a [`BorrowFlag`] or nothing.
    type Storage: FlagStorage;
    /// The mutability of a `frozen` class extending this one.
    type FrozenChild: ClassMutability;
    /// The mutability of a mutable class extending this one.
    type MutableChild: ClassMutability;
}

/// Storage of a layer: maybe a flag.
pub trait FlagStorage {
    /// The storage of a new object.
    fn new() -> Self;
    /// The flag, when this layer keeps it.
    fn flag(&self) -> Option<&BorrowFlag>;
}

impl FlagStorage for BorrowFlag {
    #[inline]
    fn new() -> Self {
        BorrowFlag::new()
    }

    #[inline]
    fn flag(&self) -> Option<&BorrowFlag> {
        Some(self)
    }
}

/// A layer that keeps no flag.
pub struct NoFlag;

impl FlagStorage for NoFlag {
    #[inline]
    fn new() -> Self {
        NoFlag
    }

    #[inline]
    fn flag(&self) -> Option<&BorrowFlag> {
        None
    }
}

/// Native types, and frozen classes with no mutable class below them.
pub struct WithoutFlag;

/// The first mutable class of a chain: it keeps the flag.
pub struct KeepsFlag;

/// Classes extending a class that keeps (or inherits) the flag.
pub struct SharesFlag;

impl ClassMutability for WithoutFlag {
    type Storage = NoFlag;
    type FrozenChild = WithoutFlag;
    type MutableChild = KeepsFlag;
}

impl ClassMutability for KeepsFlag {
    type Storage = BorrowFlag;
    type FrozenChild = SharesFlag;
    type MutableChild = SharesFlag;
}

impl ClassMutability for SharesFlag {
    type Storage = NoFlag;
    type FrozenChild = SharesFlag;
    type MutableChild = SharesFlag;
}
