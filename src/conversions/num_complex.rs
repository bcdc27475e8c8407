//! [`num_complex::Complex`]`<f32>` and `Complex<f64>` (num-complex 0.4.6
//! and later 0.4 releases) <-> Python `complex`.
//!
//! Extraction accepts what `complex(obj)` accepts but strings: `complex`
//! (and subclasses), objects with `__complex__`, and real numbers (anything
//! with `__float__` or `__index__`, which give a zero imaginary part).
//! Other objects raise `TypeError` (`must be real number, not list`).
//! `Complex<f32>` rounds each part to the nearest `f32`.

use std::convert::Infallible;
use std::ffi::c_double;

use num_complex::Complex;

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound};
use crate::marker::Python;
#[cfg(feature = "experimental-inspect")]
use crate::type_object::PyTypeInfo;
use crate::types::{PyAny, PyComplex};

impl PyComplex {
    /// A new `complex` with the parts of a num-complex [`Complex`].
    pub fn from_complex_bound<F: Into<c_double>>(
        py: Python<'_>,
        complex: Complex<F>,
    ) -> Bound<'_, PyComplex> {
        PyComplex::from_doubles(py, complex.re.into(), complex.im.into())
    }
}

/// The `(real, imag)` parts of `obj` as C doubles.
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
fn complex_parts(obj: Borrowed<'_, '_, PyAny>) -> Result<(c_double, c_double), PyErr> {
    // SAFETY: attached; the object is alive. `PyComplex_AsCComplex` reads a
    // `complex` in place, or calls `__complex__`, `__float__` or
    // `__index__`; failure is a real part of -1.0 with an exception set.
    let value = unsafe { ffi::PyComplex_AsCComplex(obj.as_ptr()) };
    if value.real == -1.0 {
        if let Some(err) = PyErr::take(obj.py()) {
            return Err(err);
        }
    }
    Ok((value.real, value.imag))
}

/// The `(real, imag)` parts of `obj` as C doubles, through the stable ABI:
/// a `complex` is read directly; another object's `__complex__` (looked up
/// on its type, as Python looks up special methods) is called and must
/// return a `complex`; the rest are read as real numbers.
#[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
fn complex_parts(obj: Borrowed<'_, '_, PyAny>) -> Result<(c_double, c_double), PyErr> {
    use crate::types::{PyAnyMethods, PyTypeMethods};

    let converted;
    let number = if obj.is_instance_of::<PyComplex>() {
        obj
    } else if let Some(method) = special_method(obj, crate::intern!(obj.py(), "__complex__"))? {
        converted = method.call0()?;
        if !converted.is_instance_of::<PyComplex>() {
            // As `PyComplex_AsCComplex` words it.
            return Err(crate::exceptions::PyTypeError::new_err(format!(
                "__complex__ returned non-complex (type {})",
                converted.get_type().name()?
            )));
        }
        converted.as_borrowed()
    } else {
        // `PyComplex_RealAsDouble` reads other objects with `__float__` or
        // `__index__`, raising `TypeError` for those without either.
        obj
    };
    // SAFETY: attached; the object is alive; failure is -1.0 with an
    // exception set.
    let real = unsafe { ffi::PyComplex_RealAsDouble(number.as_ptr()) };
    if real == -1.0 {
        if let Some(err) = PyErr::take(obj.py()) {
            return Err(err);
        }
    }
    // SAFETY: as above; the real part was read, so the imaginary part can
    // be (0.0 for objects that are not `complex`).
    let imag = unsafe { ffi::PyComplex_ImagAsDouble(number.as_ptr()) };
    Ok((real, imag))
}

/// `type(obj).<name>` found along the type's MRO (never on the instance
/// or the metaclass), bound to `obj` if it is a descriptor.
#[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
fn special_method<'py>(
    obj: Borrowed<'_, 'py, PyAny>,
    name: &Bound<'py, crate::types::PyString>,
) -> Result<Option<Bound<'py, PyAny>>, PyErr> {
    use crate::types::{PyAnyMethods, PyTupleMethods, PyTypeMethods};

    let py = obj.py();
    let ty = obj.get_type();
    for class in ty.mro().iter() {
        let namespace = class.getattr(crate::intern!(py, "__dict__"))?;
        if !namespace.contains(name)? {
            continue;
        }
        let attribute = namespace.get_item(name)?;
        let getter = attribute
            .get_type()
            .getattr_opt(crate::intern!(py, "__get__"))?;
        return match getter {
            Some(getter) => getter.call1((&attribute, obj, &ty)).map(Some),
            None => Ok(Some(attribute)),
        };
    }
    Ok(None)
}

/// `Complex<float>` <-> `complex`, as owned values and references.
macro_rules! complex_conversion {
    ($($float:ty),*) => {$(
        impl<'py> IntoPyObject<'py> for Complex<$float> {
            type Target = PyComplex;
            type Output = Bound<'py, PyComplex>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = PyComplex::TYPE_HINT;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                Ok(PyComplex::from_doubles(py, c_double::from(self.re), c_double::from(self.im)))
            }
        }

        impl<'py> IntoPyObject<'py> for &Complex<$float> {
            type Target = PyComplex;
            type Output = Bound<'py, PyComplex>;
            type Error = Infallible;

            #[cfg(feature = "experimental-inspect")]
            const OUTPUT_TYPE: PyStaticExpr = <Complex<$float>>::OUTPUT_TYPE;

            #[inline]
            fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
                (*self).into_pyobject(py)
            }
        }

        impl FromPyObject<'_, '_> for Complex<$float> {
            type Error = PyErr;

            #[cfg(feature = "experimental-inspect")]
            const INPUT_TYPE: PyStaticExpr = PyComplex::TYPE_HINT;

            fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
                let (re, im) = complex_parts(obj)?;
                Ok(Complex::new(re as $float, im as $float))
            }
        }
    )*};
}

complex_conversion!(f32, f64);
