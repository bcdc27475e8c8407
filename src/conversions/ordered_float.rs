//! [`ordered_float::OrderedFloat`] and [`ordered_float::NotNan`] of `f32`
//! and `f64` (ordered-float 5) <-> Python `float`.
//!
//! Both convert as the float they wrap, so extraction accepts what `f64`
//! extraction accepts (`float`, `int`, objects with `__float__` or
//! `__index__`), and negative zero, infinities and (for `OrderedFloat`) NaN
//! keep their value both ways. `NotNan` refuses NaN with `ValueError:
//! NotNan constructed with NaN`.

use std::convert::Infallible;

use ordered_float::{NotNan, OrderedFloat};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::exceptions::PyValueError;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
use crate::types::{PyAny, PyFloat};

/// `Wrapper<float>` <-> `float`, as owned values and references; `$wrap`
/// makes the wrapper from the extracted float.
macro_rules! wrapped_float {
    ($($wrapper:ident<$float:ty> => $wrap:expr),* $(,)?) => {$(
        impl<'py> IntoPyObject<'py> for $wrapper<$float> {
            type Target = PyFloat;
            type Output = Bound<'py, PyFloat>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$float>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                self.into_inner().into_pyobject(py)
            }
        }

        impl<'py> IntoPyObject<'py> for &$wrapper<$float> {
            type Target = PyFloat;
            type Output = Bound<'py, PyFloat>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <$float>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (*self).into_pyobject(py)
            }
        }

        impl FromPyObject<'_, '_> for $wrapper<$float> {
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const INPUT_TYPE: PyStaticExpr = <$float as FromPyObject<'_, '_>>::INPUT_TYPE;

            #[inline]
            fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
                let wrap: fn($float) -> Result<Self, PyErr> = $wrap;
                wrap(<$float>::extract(obj)?)
            }
        }
    )*};
}

/// `NotNan::new`, its refusal raised as `ValueError` with the error's text.
fn not_nan<F: ordered_float::FloatCore>(value: F) -> Result<NotNan<F>, PyErr> {
    NotNan::new(value).map_err(|err| PyValueError::new_err(err.to_string()))
}

wrapped_float! {
    OrderedFloat<f32> => |value| Ok(OrderedFloat(value)),
    OrderedFloat<f64> => |value| Ok(OrderedFloat(value)),
    NotNan<f32> => not_nan,
    NotNan<f64> => not_nan,
}
