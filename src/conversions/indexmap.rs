//! `indexmap::IndexMap` (crate `indexmap` 2.5 and later 2.x) <-> Python
//! `dict`, keeping the order both ways.
//!
//! Into Python, the entries are inserted into a new `dict` in the map's
//! order (which a `dict` keeps). From Python, a `dict` (or an instance of a
//! subclass) is read in its iteration order, so `IndexMap`'s order is the
//! dict's insertion order; other mappings are refused with `TypeError: 'X'
//! object is not an instance of 'dict'`, as for `HashMap`. A key that
//! several Python keys extract to keeps the position of its first
//! occurrence and the value of its last.

use std::hash::{BuildHasher, Hash};

use indexmap::IndexMap;

use super::std::map::{extract_pairs, new_dict};
use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject};
use crate::err::PyErr;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyDict, PyDictMethods};

impl<'py, K, V, H> IntoPyObject<'py> for IndexMap<K, V, H>
where
    K: IntoPyObject<'py> + Eq + Hash,
    V: IntoPyObject<'py>,
    H: BuildHasher,
{
    type Target = PyDict;
    type Output = Bound<'py, PyDict>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PyDict::TYPE_HINT, K::OUTPUT_TYPE, V::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_dict(py, self)
    }
}

impl<'a, 'py, K, V, H> IntoPyObject<'py> for &'a IndexMap<K, V, H>
where
    &'a K: IntoPyObject<'py> + Eq + Hash,
    &'a V: IntoPyObject<'py>,
    H: BuildHasher,
{
    type Target = PyDict;
    type Output = Bound<'py, PyDict>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_subscript!(
        PyDict::TYPE_HINT,
        <&'a K as IntoPyObject<'py>>::OUTPUT_TYPE,
        <&'a V as IntoPyObject<'py>>::OUTPUT_TYPE
    );

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        new_dict(py, self)
    }
}

impl<'py, K, V, S> FromPyObject<'_, 'py> for IndexMap<K, V, S>
where
    K: FromPyObjectOwned<'py> + Eq + Hash,
    V: FromPyObjectOwned<'py>,
    S: BuildHasher + Default,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr =
        crate::type_hint_subscript!(PyDict::TYPE_HINT, K::INPUT_TYPE, V::INPUT_TYPE);

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> Result<Self, Self::Error> {
        let dict = obj.cast::<PyDict>()?;
        // A dict's length is its real number of entries: safe to reserve.
        let mut map = IndexMap::with_capacity_and_hasher(dict.len(), S::default());
        for pair in extract_pairs(&dict) {
            let (key, value) = pair?;
            map.insert(key, value);
        }
        Ok(map)
    }
}
