//! `HashSet` and `BTreeSet` <-> Python `set` / `frozenset`.
//!
//! Into Python, a set becomes a new `set`. From Python, a `set` or a
//! `frozenset` (or an instance of a subclass) is accepted; anything else is
//! refused with `TypeError: 'X' object is not an instance of 'set'`.

use std::collections::{BTreeSet, HashSet};
use std::hash::{BuildHasher, Hash};

use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject};
use crate::err::{PyErr, PyResult};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyAnyMethods, PyFrozenSet, PyFrozenSetMethods, PySet, PySetMethods};

/// An iterator over the elements of a `set` or a `frozenset`.
pub(crate) type Elements<'py> = Box<dyn Iterator<Item = Bound<'py, PyAny>> + 'py>;

/// The number of elements of a `set` or `frozenset`, and an iterator over
/// them; the error of the `set` cast for anything else.
pub(crate) fn set_elements<'py>(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<(usize, Elements<'py>)> {
    match obj.cast::<PySet>() {
        Ok(set) => Ok((set.len(), Box::new(set.iter()))),
        Err(err) => match obj.cast::<PyFrozenSet>() {
            Ok(frozen_set) => Ok((frozen_set.len(), Box::new(frozen_set.iter()))),
            Err(_) => Err(err.into()),
        },
    }
}

impl<'py, K, S> IntoPyObject<'py> for HashSet<K, S>
where
    K: IntoPyObject<'py> + Eq + Hash,
    S: BuildHasher + Default,
{
    type Target = PySet;
    type Output = Bound<'py, PySet>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(PySet::TYPE_HINT, K::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PySet::new(py, self)
    }
}

impl<'a, 'py, K, H> IntoPyObject<'py> for &'a HashSet<K, H>
where
    &'a K: IntoPyObject<'py> + Eq + Hash,
    H: BuildHasher,
{
    type Target = PySet;
    type Output = Bound<'py, PySet>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PySet::TYPE_HINT, <&'a K as IntoPyObject<'py>>::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PySet::new(py, self)
    }
}

impl<'py, K> IntoPyObject<'py> for BTreeSet<K>
where
    K: IntoPyObject<'py> + Ord,
{
    type Target = PySet;
    type Output = Bound<'py, PySet>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(PySet::TYPE_HINT, K::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PySet::new(py, self)
    }
}

impl<'a, 'py, K> IntoPyObject<'py> for &'a BTreeSet<K>
where
    &'a K: IntoPyObject<'py> + Ord,
    K: 'a,
{
    type Target = PySet;
    type Output = Bound<'py, PySet>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PySet::TYPE_HINT, <&'a K as IntoPyObject<'py>>::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        PySet::new(py, self)
    }
}

impl<'py, K, S> FromPyObject<'_, 'py> for HashSet<K, S>
where
    K: FromPyObjectOwned<'py> + Eq + Hash,
    S: BuildHasher + Default,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(PySet::TYPE_HINT, K::INPUT_TYPE);

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> Result<Self, Self::Error> {
        let (len, elements) = set_elements(obj)?;
        let mut set = HashSet::with_capacity_and_hasher(len, S::default());
        for element in elements {
            set.insert(element.extract::<K>().map_err(Into::into)?);
        }
        Ok(set)
    }
}

impl<'py, K> FromPyObject<'_, 'py> for BTreeSet<K>
where
    K: FromPyObjectOwned<'py> + Ord,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(PySet::TYPE_HINT, K::INPUT_TYPE);

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> Result<Self, Self::Error> {
        let (_, elements) = set_elements(obj)?;
        elements
            .map(|element| element.extract::<K>().map_err(Into::into))
            .collect()
    }
}
