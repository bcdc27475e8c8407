//! `either::Either<L, R>` (crate `either` 1.9 and later 1.x) <-> whichever
//! Python object `L` or `R` converts to or from.
//!
//! Into Python, the side that is present is converted. From Python, `L` is
//! tried first and `R` second (so with overlapping types, such as `i32` and
//! `f64`, an `int` gives `Left`); when neither extracts, the object is
//! refused with `TypeError: failed to convert the value to 'Union[L, R]'`,
//! `L` and `R` spelled as Rust type names (`Union[i32, alloc::string::String]`);
//! the two errors themselves are dropped.

use crate::conversion::{FromPyObject, IntoPyObject, IntoPyObjectExt};
use crate::err::PyErr;
use crate::exceptions::PyTypeError;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::PyAny;
use either::Either;

impl<'py, L, R> IntoPyObject<'py> for Either<L, R>
where
    L: IntoPyObject<'py>,
    R: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_union!(L::OUTPUT_TYPE, R::OUTPUT_TYPE);

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        match self {
            Either::Left(left) => left.into_bound_py_any(py),
            Either::Right(right) => right.into_bound_py_any(py),
        }
    }
}

impl<'a, 'py, L, R> IntoPyObject<'py> for &'a Either<L, R>
where
    &'a L: IntoPyObject<'py>,
    &'a R: IntoPyObject<'py>,
{
    type Target = PyAny;
    type Output = Bound<'py, PyAny>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_union!(
        <&'a L as IntoPyObject<'py>>::OUTPUT_TYPE,
        <&'a R as IntoPyObject<'py>>::OUTPUT_TYPE
    );

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        match self {
            Either::Left(left) => left.into_bound_py_any(py),
            Either::Right(right) => right.into_bound_py_any(py),
        }
    }
}

impl<'a, 'py, L, R> FromPyObject<'a, 'py> for Either<L, R>
where
    L: FromPyObject<'a, 'py>,
    R: FromPyObject<'a, 'py>,
{
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_union!(L::INPUT_TYPE, R::INPUT_TYPE);

    fn extract(obj: Borrowed<'a, 'py, PyAny>) -> Result<Self, Self::Error> {
        if let Ok(left) = obj.extract::<L>() {
            return Ok(Either::Left(left));
        }
        if let Ok(right) = obj.extract::<R>() {
            return Ok(Either::Right(right));
        }
        Err(PyTypeError::new_err(format!(
            "failed to convert the value to 'Union[{}, {}]'",
            std::any::type_name::<L>(),
            std::any::type_name::<R>()
        )))
    }
}
