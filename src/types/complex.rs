//! `PyComplex`: Python `complex`.

use std::ffi::c_double;

use crate::ffi;
use crate::instance::Bound;
use crate::marker::Python;
use crate::types::PyAny;

/// A Python `complex`.
#[repr(transparent)]
pub struct PyComplex(PyAny);

crate::pyobject_native_type_core!(
    PyComplex,
    crate::pyobject_native_static_type_object!(ffi::PyComplex_Type),
    "builtins",
    "complex", #checkfunction=ffi::PyComplex_Check
);

impl crate::sealed::Sealed for Bound<'_, PyComplex> {}

impl PyComplex {
    /// A new `complex(real, imag)`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyComplex;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let z = PyComplex::from_doubles(py, 1.0, -2.0);
    ///     assert_eq!(z.repr()?.to_string(), "(1-2j)");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn from_doubles(py: Python<'_>, real: c_double, imag: c_double) -> Bound<'_, PyComplex> {
        // SAFETY: attached; returns a new `complex` (null only on memory
        // exhaustion, which panics).
        unsafe {
            Bound::from_owned_ptr(py, ffi::PyComplex_FromDoubles(real, imag)).cast_into_unchecked()
        }
    }
}

/// The methods of `complex` objects.
pub trait PyComplexMethods<'py>: crate::sealed::Sealed {
    /// The real part.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyComplex;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     assert_eq!(PyComplex::from_doubles(py, 4.5, 1.0).real(), 4.5);
    /// });
    /// ```
    fn real(&self) -> c_double;
    /// The imaginary part.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyComplex;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     assert_eq!(PyComplex::from_doubles(py, 4.5, 1.0).imag(), 1.0);
    /// });
    /// ```
    fn imag(&self) -> c_double;
    /// `abs(z)`, the magnitude (infinite when it overflows).
    #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyComplex;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     assert_eq!(PyComplex::from_doubles(py, 3.0, 4.0).abs(), 5.0);
    /// });
    /// ```
    fn abs(&self) -> c_double;
    /// `z ** other`, computed in C (no exception: `0 ** -1` gives `0j`).
    #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// use pyo3::types::PyComplex;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| {
    ///     let i = PyComplex::from_doubles(py, 0.0, 1.0);
    ///     let two = PyComplex::from_doubles(py, 2.0, 0.0);
    ///     let sq = i.pow(&two);
    ///     assert!((sq.real() + 1.0).abs() < 1e-12 && sq.imag().abs() < 1e-12);
    /// });
    /// ```
    fn pow(&self, other: &Bound<'py, PyComplex>) -> Bound<'py, PyComplex>;
}

/// The C value of a `complex` (or subclass) object, read in place.
///
/// # Safety
///
/// `op` must point to a live `complex` or subclass instance.
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
#[inline]
unsafe fn cval(op: *mut ffi::PyObject) -> ffi::Py_complex {
    // SAFETY: the caller upholds this function's documented safety contract.
    unsafe { (*op.cast::<ffi::PyComplexObject>()).cval }
}

impl<'py> PyComplexMethods<'py> for Bound<'py, PyComplex> {
    fn real(&self) -> c_double {
        #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
        // SAFETY: the object is a `complex`, whose layout starts with
        // `PyComplexObject` (subclasses included).
        unsafe {
            cval(self.as_ptr()).real
        }
        #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
        // SAFETY: attached; the object is a `complex`, so this cannot fail.
        unsafe {
            ffi::PyComplex_RealAsDouble(self.as_ptr())
        }
    }

    fn imag(&self) -> c_double {
        #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
        // SAFETY: as in `real`.
        unsafe {
            cval(self.as_ptr()).imag
        }
        #[cfg(any(Py_LIMITED_API, PyPy, GraalPy))]
        // SAFETY: attached; the object is a `complex`, so this cannot fail.
        unsafe {
            ffi::PyComplex_ImagAsDouble(self.as_ptr())
        }
    }

    #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
    fn abs(&self) -> c_double {
        // SAFETY: the object is a `complex`; `_Py_c_abs` is pure arithmetic
        // (it only reports overflow through `errno`).
        unsafe { ffi::_Py_c_abs(cval(self.as_ptr())) }
    }

    #[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
    fn pow(&self, other: &Bound<'py, PyComplex>) -> Bound<'py, PyComplex> {
        // SAFETY: both objects are `complex`; `_Py_c_pow` is pure arithmetic
        // (errors only go to `errno`); the result is a new `complex` (null
        // only on memory exhaustion, which panics).
        unsafe {
            let value = ffi::_Py_c_pow(cval(self.as_ptr()), cval(other.as_ptr()));
            Bound::from_owned_ptr(self.py(), ffi::PyComplex_FromCComplex(value))
                .cast_into_unchecked()
        }
    }
}

/// `+`, `-`, `*`, `/` and unary `-` on complex numbers, through Python's
/// number protocol (so subclasses' operators apply). They panic if the
/// operation raises (e.g. division by zero) or does not return a `complex`.
#[cfg(not(any(Py_LIMITED_API, PyPy, GraalPy)))]
mod ops {
    use std::ops::{Add, Div, Mul, Neg, Sub};

    use super::PyComplex;
    use crate::instance::{Borrowed, Bound};
    use crate::types::{PyAny, PyAnyMethods};

    /// Turns the result of a Python operation into a `complex`.
    fn expect_complex<'py>(
        result: crate::PyResult<Bound<'py, PyAny>>,
        op: &str,
    ) -> Bound<'py, PyComplex> {
        result
            .unwrap_or_else(|err| panic!("complex `{op}` raised: {err}"))
            .cast_into::<PyComplex>()
            .unwrap_or_else(|err| panic!("complex `{op}` did not return a complex: {err}"))
    }

    macro_rules! bin_op {
        ($trait:ident, $method:ident, $op:literal) => {
            impl<'py> $trait for Borrowed<'_, 'py, PyComplex> {
                type Output = Bound<'py, PyComplex>;

                fn $method(self, other: Self) -> Self::Output {
                    expect_complex(PyAnyMethods::$method(self.as_any(), other), $op)
                }
            }

            impl<'py> $trait for &Bound<'py, PyComplex> {
                type Output = Bound<'py, PyComplex>;

                fn $method(self, other: &Bound<'py, PyComplex>) -> Bound<'py, PyComplex> {
                    self.as_borrowed().$method(other.as_borrowed())
                }
            }

            impl<'py> $trait<Bound<'py, PyComplex>> for &Bound<'py, PyComplex> {
                type Output = Bound<'py, PyComplex>;

                fn $method(self, other: Bound<'py, PyComplex>) -> Bound<'py, PyComplex> {
                    self.as_borrowed().$method(other.as_borrowed())
                }
            }

            impl<'py> $trait for Bound<'py, PyComplex> {
                type Output = Bound<'py, PyComplex>;

                fn $method(self, other: Bound<'py, PyComplex>) -> Bound<'py, PyComplex> {
                    self.as_borrowed().$method(other.as_borrowed())
                }
            }

            impl<'py> $trait<&Self> for Bound<'py, PyComplex> {
                type Output = Bound<'py, PyComplex>;

                fn $method(self, other: &Bound<'py, PyComplex>) -> Bound<'py, PyComplex> {
                    self.as_borrowed().$method(other.as_borrowed())
                }
            }
        };
    }

    bin_op!(Add, add, "+");
    bin_op!(Sub, sub, "-");
    bin_op!(Mul, mul, "*");
    bin_op!(Div, div, "/");

    impl<'py> Neg for Borrowed<'_, 'py, PyComplex> {
        type Output = Bound<'py, PyComplex>;

        fn neg(self) -> Self::Output {
            expect_complex(PyAnyMethods::neg(self.as_any()), "-")
        }
    }

    impl<'py> Neg for &Bound<'py, PyComplex> {
        type Output = Bound<'py, PyComplex>;

        fn neg(self) -> Bound<'py, PyComplex> {
            -self.as_borrowed()
        }
    }

    impl<'py> Neg for Bound<'py, PyComplex> {
        type Output = Bound<'py, PyComplex>;

        fn neg(self) -> Bound<'py, PyComplex> {
            -self.as_borrowed()
        }
    }
}
