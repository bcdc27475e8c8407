//! `hashbrown::HashMap` <-> Python `dict` and `hashbrown::HashSet` <->
//! Python `set` / `frozenset` (crate `hashbrown` 0.15 to 0.17), exactly as
//! the standard library's `HashMap` and `HashSet` convert.
//!
//! Into Python, a map becomes a new `dict` and a set a new `set`. From
//! Python, a map is extracted from a `dict` (or an instance of a subclass;
//! anything else is refused with `TypeError: 'X' object is not an instance
//! of 'dict'`), a set from a `set` or a `frozenset` (`TypeError: 'X' object
//! is not an instance of 'set'` otherwise). Any hasher with a `Default`
//! works for extraction.

use std::hash::{BuildHasher, Hash};

use hashbrown::{HashMap, HashSet};

use super::std::map::{extract_pairs, new_dict};
use super::std::set::set_elements;
use crate::conversion::{FromPyObject, FromPyObjectOwned, IntoPyObject};
use crate::err::{PyErr, PyResult};
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
#[cfg(feature = "experimental-inspect")]
use crate::types::PyFrozenSet;
use crate::types::{PyAny, PyAnyMethods, PyDict, PyDictMethods, PySet};

impl<'py, K, V, H> IntoPyObject<'py> for HashMap<K, V, H>
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

impl<'a, 'py, K, V, H> IntoPyObject<'py> for &'a HashMap<K, V, H>
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

impl<'py, K, V, S> FromPyObject<'_, 'py> for HashMap<K, V, S>
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
        let mut map = HashMap::with_capacity_and_hasher(dict.len(), S::default());
        for pair in extract_pairs(&dict) {
            let (key, value) = pair?;
            map.insert(key, value);
        }
        Ok(map)
    }
}

impl<'py, K, H> IntoPyObject<'py> for HashSet<K, H>
where
    K: IntoPyObject<'py> + Eq + Hash,
    H: BuildHasher,
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

impl<'py, K, S> FromPyObject<'_, 'py> for HashSet<K, S>
where
    K: FromPyObjectOwned<'py> + Eq + Hash,
    S: BuildHasher + Default,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_union!(
        crate::type_hint_subscript!(PySet::TYPE_HINT, K::INPUT_TYPE),
        crate::type_hint_subscript!(PyFrozenSet::TYPE_HINT, K::INPUT_TYPE)
    );

    fn extract(obj: Borrowed<'_, 'py, PyAny>) -> PyResult<Self> {
        let (len, elements) = set_elements(obj)?;
        let mut set = HashSet::with_capacity_and_hasher(len, S::default());
        for element in elements {
            set.insert(element.extract::<K>().map_err(Into::into)?);
        }
        Ok(set)
    }
}
