//! `smallvec::SmallVec` (crate `smallvec` 1.x) <-> Python sequences, as
//! `Vec` converts.
//!
//! Into Python, a `SmallVec` becomes a `list` of its converted items, or
//! `bytes` when the items are `u8`. From Python, any sequence is accepted
//! except `str` (refused with a `TypeError` saying "Can't extract `str` to
//! `SmallVec`"); objects without the sequence protocol are refused with
//! `TypeError: 'X' object is not an instance of 'Sequence'`. The items are
//! read with the same code as for `Vec` (lists and tuples in place, other
//! sequences by iteration, with no more room reserved up front than a small
//! bound, whatever length the object reports), then moved into the
//! `SmallVec` (inline when they fit, otherwise keeping the vector's heap
//! buffer).

use smallvec::{Array, SmallVec};

use super::std::vec::{extract_sequence, refuse_str};
use crate::conversion::private::Token;
use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject};
use crate::err::PyErr;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::PyAny;

impl<'py, A> IntoPyObject<'py> for SmallVec<A>
where
    A: Array,
    A::Item: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = A::Item::SEQUENCE_OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for items of type `u8`).
    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        A::Item::owned_sequence_into_pyobject(self, py, Token)
    }
}

impl<'a, 'py, A> IntoPyObject<'py> for &'a SmallVec<A>
where
    A: Array,
    &'a A::Item: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = <&'a [A::Item] as IntoPyObject<'py>>::OUTPUT_TYPE;

    /// A `list` of the converted items (`bytes` for items of type `u8`).
    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        self.as_slice().into_pyobject(py)
    }
}

/// Extracts from any sequence except `str`.
impl<'py, A> FromPyObject<'_, 'py> for SmallVec<A>
where
    A: Array,
    A::Item: FromPyObjectOwned<'py>,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        crate::type_hint_identifier!("_typeshed", "SupportsGetItem"),
        crate::type_hint_identifier!("builtins", "int"),
        A::Item::INPUT_TYPE
    );

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> Result<Self, Self::Error> {
        refuse_str(obj, "SmallVec")?;
        extract_sequence(obj).map(SmallVec::from_vec)
    }
}
