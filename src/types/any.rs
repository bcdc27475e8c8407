//! `PyAny`: any Python object, and the methods every object has.

use std::cell::UnsafeCell;
use std::cmp::Ordering;
use std::os::raw::c_int;

use crate::call::PyCallArgs;
use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::{PyResult, error_on_minusone};
use crate::exceptions::PyTypeError;
use crate::ffi;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, BoundObject, Py};
use crate::marker::Python;
use crate::pyclass::CompareOp;
use crate::type_object::{PyTypeCheck, PyTypeInfo};
use crate::types::{PyDict, PyIterator, PyList, PyString, PySuper, PyType};

/// Any Python object. Used as `Bound<'py, PyAny>` when the type is not known
/// statically; every other `Bound<'py, T>` dereferences to it.
///
/// # Examples
///
/// ```
/// # use pyo3::prelude::*;
/// # pyo3::Python::initialize();
///
/// Python::attach(|py| -> PyResult<()> {
///     // Any object fits in `Bound<PyAny>`; its methods dispatch at run time.
///     let values: Vec<Bound<'_, PyAny>> = vec![
///         py.eval(c"1", None, None)?,
///         py.eval(c"\"two\"", None, None)?,
///     ];
///     assert_eq!(values[1].len()?, 3);
///     Ok(())
/// })
/// .unwrap();
/// ```
#[repr(transparent)]
pub struct PyAny(UnsafeCell<ffi::PyObject>);

// SAFETY: `PyBaseObject_Type` is `object`, the type of every instance.
unsafe impl PyTypeInfo for PyAny {
    #[cfg(feature = "experimental-inspect")]
    const TYPE_HINT: PyStaticExpr = crate::type_hint_identifier!("typing", "Any");

    #[inline]
    fn type_object_raw(_py: Python<'_>) -> *mut ffi::PyTypeObject {
        std::ptr::addr_of_mut!(ffi::PyBaseObject_Type)
    }

    #[inline]
    fn is_type_of(_object: &Bound<'_, PyAny>) -> bool {
        true
    }
}

/// Converts `value` and passes it, borrowed, to `f` (keeps generic methods
/// thin: the work happens in non-generic inner functions).
#[inline]
fn with_object<'py, V, R>(
    py: Python<'py>,
    value: V,
    f: impl FnOnce(Borrowed<'_, 'py, PyAny>) -> PyResult<R>,
) -> PyResult<R>
where
    V: IntoPyObject<'py>,
{
    let object = value.into_pyobject(py).map_err(Into::into)?;
    f(object.as_borrowed().to_any())
}

/// The methods of every Python object, implemented for `Bound<'py, PyAny>`.
pub trait PyAnyMethods<'py>: crate::sealed::Sealed {
    /// Whether `self` and `other` are the same object (`is`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let a = py.eval(c"[1]", None, None)?;
    ///     let b = py.eval(c"[1]", None, None)?;
    ///     assert!(a.is(&a.clone()));
    ///     assert!(!a.is(&b));
    ///     assert!(a.eq(&b)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is<T: AsRef<Py<PyAny>>>(&self, other: T) -> bool;

    /// `hasattr(self, name)`; errors other than `AttributeError` propagate.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text = "abc".into_pyobject(py)?;
    ///     assert!(text.hasattr("upper")?);
    ///     assert!(!text.hasattr("no_such_method")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn hasattr<N>(&self, attr_name: N) -> PyResult<bool>
    where
        N: IntoPyObject<'py, Target = PyString>;

    /// `self.name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let math = py.import("math")?;
    ///     let pi: f64 = math.getattr("pi")?.extract()?;
    ///     assert!((pi - std::f64::consts::PI).abs() < 1e-12);
    ///     assert!(math.getattr("tau_typo").is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn getattr<N>(&self, attr_name: N) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>;

    /// `self.name`, or `None` when it raises `AttributeError`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let sys = py.import("sys")?;
    ///     assert!(sys.getattr_opt("version")?.is_some());
    ///     assert!(sys.getattr_opt("not_an_attribute")?.is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn getattr_opt<N>(&self, attr_name: N) -> PyResult<Option<Bound<'py, PyAny>>>
    where
        N: IntoPyObject<'py, Target = PyString>;

    /// `self.name = value`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ns = py.import("types")?.getattr("SimpleNamespace")?.call0()?;
    ///     ns.setattr("answer", 42)?;
    ///     assert_eq!(ns.getattr("answer")?.extract::<i32>()?, 42);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn setattr<N, V>(&self, attr_name: N, value: V) -> PyResult<()>
    where
        N: IntoPyObject<'py, Target = PyString>,
        V: IntoPyObject<'py>;

    /// `del self.name`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let ns = py.import("types")?.getattr("SimpleNamespace")?.call0()?;
    ///     ns.setattr("temp", "x")?;
    ///     ns.delattr("temp")?;
    ///     assert!(!ns.hasattr("temp")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn delattr<N>(&self, attr_name: N) -> PyResult<()>
    where
        N: IntoPyObject<'py, Target = PyString>;

    /// Orders `self` and `other` with `==`, `<` and `>`; `TypeError` when
    /// none holds (as for NaN or unorderable types).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use std::cmp::Ordering;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let two = 2i32.into_pyobject(py)?;
    ///     assert_eq!(two.compare(3)?, Ordering::Less);
    ///     assert_eq!(two.compare(2.0)?, Ordering::Equal);
    ///     let nan = f64::NAN.into_pyobject(py)?;
    ///     assert!(nan.compare(1.0).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn compare<O>(&self, other: O) -> PyResult<Ordering>
    where
        O: IntoPyObject<'py>;

    /// `self <op> other` for a comparison operator; the result need not be
    /// a `bool`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::pyclass::CompareOp;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let a = "apple".into_pyobject(py)?;
    ///     let result = a.rich_compare("banana", CompareOp::Lt)?;
    ///     assert!(result.is_truthy()?);
    ///     assert!(!a.rich_compare("apple", CompareOp::Ne)?.is_truthy()?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn rich_compare<O>(&self, other: O, compare_op: CompareOp) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;

    /// `-self`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let five = 5i32.into_pyobject(py)?;
    ///     assert_eq!(five.neg()?.extract::<i32>()?, -5);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn neg(&self) -> PyResult<Bound<'py, PyAny>>;
    /// `+self`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = (-1.5f64).into_pyobject(py)?;
    ///     assert_eq!(x.pos()?.extract::<f64>()?, -1.5);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn pos(&self) -> PyResult<Bound<'py, PyAny>>;
    /// `abs(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = (-7i32).into_pyobject(py)?;
    ///     assert_eq!(x.abs()?.extract::<i32>()?, 7);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn abs(&self) -> PyResult<Bound<'py, PyAny>>;
    /// `~self`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 0i32.into_pyobject(py)?;
    ///     assert_eq!(x.bitnot()?.extract::<i32>()?, -1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn bitnot(&self) -> PyResult<Bound<'py, PyAny>>;

    /// `self < other`, as a truth value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 1i32.into_pyobject(py)?;
    ///     assert!(x.lt(2)?);
    ///     assert!(!x.lt(1)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn lt<O>(&self, other: O) -> PyResult<bool>
    where
        O: IntoPyObject<'py>;
    /// `self <= other`, as a truth value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 1i32.into_pyobject(py)?;
    ///     assert!(x.le(1)?);
    ///     assert!(!x.le(0)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn le<O>(&self, other: O) -> PyResult<bool>
    where
        O: IntoPyObject<'py>;
    /// `self == other`, as a truth value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = py.eval(c"1", None, None)?;
    ///     assert!(x.eq(1.0)?);
    ///     assert!(!x.eq("1")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn eq<O>(&self, other: O) -> PyResult<bool>
    where
        O: IntoPyObject<'py>;
    /// `self != other`, as a truth value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = py.eval(c"'a'", None, None)?;
    ///     assert!(x.ne("b")?);
    ///     assert!(!x.ne("a")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn ne<O>(&self, other: O) -> PyResult<bool>
    where
        O: IntoPyObject<'py>;
    /// `self > other`, as a truth value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 10i32.into_pyobject(py)?;
    ///     assert!(x.gt(9)?);
    ///     assert!(x.gt("text").is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn gt<O>(&self, other: O) -> PyResult<bool>
    where
        O: IntoPyObject<'py>;
    /// `self >= other`, as a truth value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 10i32.into_pyobject(py)?;
    ///     assert!(x.ge(10)?);
    ///     assert!(!x.ge(11)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn ge<O>(&self, other: O) -> PyResult<bool>
    where
        O: IntoPyObject<'py>;

    /// `self + other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = "con".into_pyobject(py)?;
    ///     assert_eq!(x.add("cat")?.extract::<String>()?, "concat");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn add<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self - other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 10i32.into_pyobject(py)?;
    ///     assert_eq!(x.sub(3)?.extract::<i32>()?, 7);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn sub<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self * other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = "ab".into_pyobject(py)?;
    ///     assert_eq!(x.mul(3)?.extract::<String>()?, "ababab");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn mul<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self @ other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     // Plain integers do not support `@`.
    ///     let x = 2i32.into_pyobject(py)?;
    ///     assert!(x.matmul(3).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn matmul<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self / other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 7i32.into_pyobject(py)?;
    ///     assert_eq!(x.div(2)?.extract::<f64>()?, 3.5);
    ///     assert!(x.div(0).is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn div<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self // other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = (-7i32).into_pyobject(py)?;
    ///     assert_eq!(x.floor_div(2)?.extract::<i32>()?, -4);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn floor_div<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self % other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = (-7i32).into_pyobject(py)?;
    ///     assert_eq!(x.rem(3)?.extract::<i32>()?, 2);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn rem<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `divmod(self, other)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 17i32.into_pyobject(py)?;
    ///     let (q, r): (i32, i32) = x.divmod(5)?.extract()?;
    ///     assert_eq!((q, r), (3, 2));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn divmod<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self << other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 1i32.into_pyobject(py)?;
    ///     assert_eq!(x.lshift(70)?.str()?, "1180591620717411303424");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn lshift<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self >> other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 256i32.into_pyobject(py)?;
    ///     assert_eq!(x.rshift(4)?.extract::<i32>()?, 16);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn rshift<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `pow(self, other, modulus)` (`modulus` may be `None`).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 3i32.into_pyobject(py)?;
    ///     assert_eq!(x.pow(4, py.None())?.extract::<i32>()?, 81);
    ///     assert_eq!(x.pow(4, 5)?.extract::<i32>()?, 1);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn pow<O1, O2>(&self, other: O1, modulus: O2) -> PyResult<Bound<'py, PyAny>>
    where
        O1: IntoPyObject<'py>,
        O2: IntoPyObject<'py>;
    /// `self & other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 0b1100i32.into_pyobject(py)?;
    ///     assert_eq!(x.bitand(0b1010)?.extract::<i32>()?, 0b1000);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn bitand<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self | other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 0b1100i32.into_pyobject(py)?;
    ///     assert_eq!(x.bitor(0b1010)?.extract::<i32>()?, 0b1110);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn bitor<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;
    /// `self ^ other`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let x = 0b1100i32.into_pyobject(py)?;
    ///     assert_eq!(x.bitxor(0b1010)?.extract::<i32>()?, 0b0110);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn bitxor<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>;

    /// `callable(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let builtins = py.import("builtins")?;
    ///     assert!(builtins.getattr("len")?.is_callable());
    ///     assert!(!1i32.into_pyobject(py)?.is_callable());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_callable(&self) -> bool;

    /// `self(*args, **kwargs)`; `args` is a tuple of convertible values.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyDict;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let int = py.import("builtins")?.getattr("int")?;
    ///     let kwargs = PyDict::new(py);
    ///     kwargs.set_item("base", 16)?;
    ///     let n: i32 = int.call(("ff",), Some(&kwargs))?.extract()?;
    ///     assert_eq!(n, 255);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn call<A>(&self, args: A, kwargs: Option<&Bound<'py, PyDict>>) -> PyResult<Bound<'py, PyAny>>
    where
        A: PyCallArgs<'py>;

    /// `self()`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list_type = py.import("builtins")?.getattr("list")?;
    ///     let empty = list_type.call0()?;
    ///     assert_eq!(empty.len()?, 0);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn call0(&self) -> PyResult<Bound<'py, PyAny>>;

    /// `self(*args)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let max = py.import("builtins")?.getattr("max")?;
    ///     let biggest: i32 = max.call1((3, 9, 4))?.extract()?;
    ///     assert_eq!(biggest, 9);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn call1<A>(&self, args: A) -> PyResult<Bound<'py, PyAny>>
    where
        A: PyCallArgs<'py>;

    /// `self.name(*args, **kwargs)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::PyDict;
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text = "a,b,c".into_pyobject(py)?;
    ///     let kwargs = PyDict::new(py);
    ///     kwargs.set_item("maxsplit", 1)?;
    ///     let parts: Vec<String> = text.call_method("split", (",",), Some(&kwargs))?.extract()?;
    ///     assert_eq!(parts, ["a", "b,c"]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn call_method<N, A>(
        &self,
        name: N,
        args: A,
        kwargs: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
        A: PyCallArgs<'py>;

    /// `self.name()`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text = "Shout".into_pyobject(py)?;
    ///     let upper: String = text.call_method0("upper")?.extract()?;
    ///     assert_eq!(upper, "SHOUT");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn call_method0<N>(&self, name: N) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>;

    /// `self.name(*args)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text = "hello".into_pyobject(py)?;
    ///     let replaced: String = text.call_method1("replace", ("l", "L"))?.extract()?;
    ///     assert_eq!(replaced, "heLLo");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn call_method1<N, A>(&self, name: N, args: A) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
        A: PyCallArgs<'py>;

    /// `bool(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(!py.eval(c"[]", None, None)?.is_truthy()?);
    ///     assert!(py.eval(c"[0]", None, None)?.is_truthy()?);
    ///     assert!(!0i32.into_pyobject(py)?.is_truthy()?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_truthy(&self) -> PyResult<bool>;

    /// `self is None`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(py.None().bind(py).is_none());
    ///     assert!(!py.eval(c"0", None, None)?.is_none());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_none(&self) -> bool;

    /// `len(self) == 0`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert!(py.eval(c"{}", None, None)?.is_empty()?);
    ///     assert!(!py.eval(c"\"x\"", None, None)?.is_empty()?);
    ///     assert!(py.None().bind(py).is_empty().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_empty(&self) -> PyResult<bool>;

    /// `self[key]`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let data = py.eval(c"{\"k\": [10, 20]}", None, None)?;
    ///     let second: i32 = data.get_item("k")?.get_item(1)?.extract()?;
    ///     assert_eq!(second, 20);
    ///     assert!(data.get_item("missing").is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_item<K>(&self, key: K) -> PyResult<Bound<'py, PyAny>>
    where
        K: IntoPyObject<'py>;

    /// `self[key] = value`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = py.eval(c"[0, 0, 0]", None, None)?;
    ///     list.set_item(1, "mid")?;
    ///     assert_eq!(list.get_item(1)?.extract::<String>()?, "mid");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn set_item<K, V>(&self, key: K, value: V) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>;

    /// `del self[key]`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let list = py.eval(c"[1, 2, 3]", None, None)?;
    ///     list.del_item(0)?;
    ///     assert_eq!(list.extract::<Vec<i32>>()?, [2, 3]);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn del_item<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>;

    /// `iter(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let range = py.eval(c"range(4)", None, None)?;
    ///     let mut total = 0;
    ///     for item in range.try_iter()? {
    ///         total += item?.extract::<i32>()?;
    ///     }
    ///     assert_eq!(total, 6);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn try_iter(&self) -> PyResult<Bound<'py, PyIterator>>;

    /// `type(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"3.0", None, None)?;
    ///     assert_eq!(obj.get_type().name()?, "float");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_type(&self) -> Bound<'py, PyType>;

    /// `type(self)` as a borrowed raw pointer.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let a = 1i32.into_pyobject(py)?;
    ///     let b = 2i32.into_pyobject(py)?;
    ///     assert_eq!(a.get_type_ptr(), b.get_type_ptr());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn get_type_ptr(&self) -> *mut ffi::PyTypeObject;

    /// Converts the object into a Rust value.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"[1, 2, 3]", None, None)?;
    ///     let values: Vec<u8> = obj.extract()?;
    ///     assert_eq!(values, [1, 2, 3]);
    ///     assert!(obj.extract::<String>().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn extract<'a, T>(&'a self) -> Result<T, T::Error>
    where
        T: FromPyObject<'a, 'py>;

    /// The object's reference count.
    #[deprecated(
        since = "0.29.0",
        note = "use `pyo3::ffi::Py_REFCNT(obj.as_ptr())` instead"
    )]
    fn get_refcnt(&self) -> isize;

    /// `repr(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text = "it's".into_pyobject(py)?;
    ///     assert_eq!(text.repr()?, "\"it's\"");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn repr(&self) -> PyResult<Bound<'py, PyString>>;

    /// `str(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let obj = py.eval(c"[1, None]", None, None)?;
    ///     assert_eq!(obj.str()?, "[1, None]");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn str(&self) -> PyResult<Bound<'py, PyString>>;

    /// `hash(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let a = 12345i32.into_pyobject(py)?;
    ///     assert_eq!(a.hash()?, 12345);
    ///     assert!(py.eval(c"[]", None, None)?.hash().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn hash(&self) -> PyResult<isize>;

    /// `len(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     assert_eq!(py.eval(c"(1, 2, 3)", None, None)?.len()?, 3);
    ///     assert!(5i32.into_pyobject(py)?.len().is_err());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn len(&self) -> PyResult<usize>;

    /// `dir(self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let names = py.import("math")?.dir()?;
    ///     assert!(names.contains("sqrt")?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn dir(&self) -> PyResult<Bound<'py, PyList>>;

    /// `isinstance(self, ty)` (`ty` a type or tuple of types).
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let builtins = py.import("builtins")?;
    ///     let b = true.into_pyobject(py)?;
    ///     assert!(b.is_instance(&builtins.getattr("int")?)?);
    ///     assert!(!b.is_instance(&builtins.getattr("str")?)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_instance(&self, ty: &Bound<'py, PyAny>) -> PyResult<bool>;

    /// `type(self) is ty`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let int = py.import("builtins")?.getattr("int")?;
    ///     assert!(!true.into_pyobject(py)?.is_exact_instance(&int));
    ///     assert!(7i32.into_pyobject(py)?.is_exact_instance(&int));
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_exact_instance(&self, ty: &Bound<'py, PyAny>) -> bool;

    /// `isinstance(self, T)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyInt, PyString};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let b = py.eval(c"True", None, None)?;
    ///     assert!(b.is_instance_of::<PyInt>());
    ///     assert!(!b.is_instance_of::<PyString>());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_instance_of<T: PyTypeCheck>(&self) -> bool;

    /// `type(self) is T`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// # use pyo3::types::{PyBool, PyInt};
    /// Python::attach(|py| -> PyResult<()> {
    ///     let b = py.eval(c"True", None, None)?;
    ///     assert!(b.is_exact_instance_of::<PyBool>());
    ///     assert!(!b.is_exact_instance_of::<PyInt>());
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn is_exact_instance_of<T: PyTypeInfo>(&self) -> bool;

    /// `value in self`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let text = "haystack".into_pyobject(py)?;
    ///     assert!(text.contains("st")?);
    ///     assert!(!py.eval(c"{1: 2}", None, None)?.contains(2)?);
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn contains<V>(&self, value: V) -> PyResult<bool>
    where
        V: IntoPyObject<'py>;

    /// `super(type(self), self)`.
    ///
    /// # Examples
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    ///
    /// Python::attach(|py| -> PyResult<()> {
    ///     let globals = pyo3::types::PyDict::new(py);
    ///     py.run(c"class A:\n    def who(self): return \"A\"\nclass B(A):\n    def who(self): return \"B\"\nb = B()", Some(&globals), None)?;
    ///     let b = globals.get_item("b")?.unwrap();
    ///     let from_a: String = b.py_super()?.call_method0("who")?.extract()?;
    ///     assert_eq!(from_a, "A");
    ///     Ok(())
    /// })
    /// .unwrap();
    /// ```
    fn py_super(&self) -> PyResult<Bound<'py, PySuper>>;
}

/// Result of a C API call returning a new reference or null.
#[inline]
fn owned<'py>(py: Python<'py>, ptr: *mut ffi::PyObject) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: `ptr` is the result of a C API call that returns a new
    // reference, or null with an exception set.
    unsafe { Bound::from_owned_ptr_or_err(py, ptr) }
}

macro_rules! binary_operator {
    ($($(#[$attr:meta])* $method:ident => $ffi:ident),* $(,)?) => {$(
        #[inline]
        fn $method<O>(&self, other: O) -> PyResult<Bound<'py, PyAny>>
        where
            O: IntoPyObject<'py>,
        {
            fn inner<'py>(
                any: &Bound<'py, PyAny>,
                other: Borrowed<'_, 'py, PyAny>,
            ) -> PyResult<Bound<'py, PyAny>> {
                // SAFETY: attached; both objects are alive.
                owned(any.py(), unsafe { ffi::$ffi(any.as_ptr(), other.as_ptr()) })
            }
            with_object(self.py(), other, |other| inner(self, other))
        }
    )*};
}

macro_rules! unary_operator {
    ($($method:ident => $ffi:ident),* $(,)?) => {$(
        #[inline]
        fn $method(&self) -> PyResult<Bound<'py, PyAny>> {
            // SAFETY: attached; the object is alive.
            owned(self.py(), unsafe { ffi::$ffi(self.as_ptr()) })
        }
    )*};
}

macro_rules! comparison {
    ($($method:ident => $op:ident),* $(,)?) => {$(
        #[inline]
        fn $method<O>(&self, other: O) -> PyResult<bool>
        where
            O: IntoPyObject<'py>,
        {
            self.rich_compare(other, CompareOp::$op)
                .and_then(|result| result.is_truthy())
        }
    )*};
}

impl<'py> PyAnyMethods<'py> for Bound<'py, PyAny> {
    #[inline]
    fn is<T: AsRef<Py<PyAny>>>(&self, other: T) -> bool {
        self.as_ptr() == other.as_ref().as_ptr()
    }

    fn hasattr<N>(&self, attr_name: N) -> PyResult<bool>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        self.getattr_opt(attr_name)
            .map(|attribute| attribute.is_some())
    }

    #[inline]
    fn getattr<N>(&self, attr_name: N) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        fn inner<'py>(
            any: &Bound<'py, PyAny>,
            name: Borrowed<'_, 'py, PyAny>,
        ) -> PyResult<Bound<'py, PyAny>> {
            // SAFETY: attached; both objects are alive.
            owned(any.py(), unsafe {
                ffi::PyObject_GetAttr(any.as_ptr(), name.as_ptr())
            })
        }
        with_object(self.py(), attr_name, |name| inner(self, name))
    }

    fn getattr_opt<N>(&self, attr_name: N) -> PyResult<Option<Bound<'py, PyAny>>>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        fn inner<'py>(
            any: &Bound<'py, PyAny>,
            name: Borrowed<'_, 'py, PyAny>,
        ) -> PyResult<Option<Bound<'py, PyAny>>> {
            let py = any.py();
            #[cfg(Py_3_13)]
            {
                let mut result = std::ptr::null_mut();
                // SAFETY: attached; `result` receives a new reference or
                // null; -1 means an error other than AttributeError.
                let found = unsafe {
                    ffi::PyObject_GetOptionalAttr(any.as_ptr(), name.as_ptr(), &mut result)
                };
                match found {
                    -1 => Err(crate::PyErr::fetch(py)),
                    // SAFETY: on 1, `result` is a new reference.
                    _ => Ok(unsafe { Bound::from_owned_ptr_or_opt(py, result) }),
                }
            }
            #[cfg(not(Py_3_13))]
            {
                // SAFETY: attached; both objects are alive.
                match owned(py, unsafe {
                    ffi::PyObject_GetAttr(any.as_ptr(), name.as_ptr())
                }) {
                    Ok(attribute) => Ok(Some(attribute)),
                    Err(err) if err.is_instance_of::<crate::exceptions::PyAttributeError>(py) => {
                        Ok(None)
                    }
                    Err(err) => Err(err),
                }
            }
        }
        with_object(self.py(), attr_name, |name| inner(self, name))
    }

    fn setattr<N, V>(&self, attr_name: N, value: V) -> PyResult<()>
    where
        N: IntoPyObject<'py, Target = PyString>,
        V: IntoPyObject<'py>,
    {
        fn inner(
            any: &Bound<'_, PyAny>,
            name: Borrowed<'_, '_, PyAny>,
            value: Borrowed<'_, '_, PyAny>,
        ) -> PyResult<()> {
            // SAFETY: attached; the objects are alive.
            let result =
                unsafe { ffi::PyObject_SetAttr(any.as_ptr(), name.as_ptr(), value.as_ptr()) };
            error_on_minusone(any.py(), result)
        }
        let py = self.py();
        with_object(py, attr_name, |name| {
            with_object(py, value, |value| inner(self, name, value))
        })
    }

    fn delattr<N>(&self, attr_name: N) -> PyResult<()>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        fn inner(any: &Bound<'_, PyAny>, name: Borrowed<'_, '_, PyAny>) -> PyResult<()> {
            // SAFETY: attached; both objects are alive.
            let result = unsafe { ffi::PyObject_DelAttr(any.as_ptr(), name.as_ptr()) };
            error_on_minusone(any.py(), result)
        }
        with_object(self.py(), attr_name, |name| inner(self, name))
    }

    fn compare<O>(&self, other: O) -> PyResult<Ordering>
    where
        O: IntoPyObject<'py>,
    {
        fn inner(any: &Bound<'_, PyAny>, other: Borrowed<'_, '_, PyAny>) -> PyResult<Ordering> {
            // `PyObject_RichCompare` rather than `...Bool`: the latter
            // treats identical objects as equal, which NaN is not.
            let holds = |op: c_int| -> PyResult<bool> {
                // SAFETY: attached; both objects are alive.
                let result = owned(any.py(), unsafe {
                    ffi::PyObject_RichCompare(any.as_ptr(), other.as_ptr(), op)
                })?;
                result.is_truthy()
            };
            if holds(ffi::Py_EQ)? {
                Ok(Ordering::Equal)
            } else if holds(ffi::Py_LT)? {
                Ok(Ordering::Less)
            } else if holds(ffi::Py_GT)? {
                Ok(Ordering::Greater)
            } else {
                Err(PyTypeError::new_err(
                    "PyAny::compare(): All comparisons returned false",
                ))
            }
        }
        with_object(self.py(), other, |other| inner(self, other))
    }

    fn rich_compare<O>(&self, other: O, compare_op: CompareOp) -> PyResult<Bound<'py, PyAny>>
    where
        O: IntoPyObject<'py>,
    {
        fn inner<'py>(
            any: &Bound<'py, PyAny>,
            other: Borrowed<'_, 'py, PyAny>,
            op: CompareOp,
        ) -> PyResult<Bound<'py, PyAny>> {
            // SAFETY: attached; both objects are alive.
            owned(any.py(), unsafe {
                ffi::PyObject_RichCompare(any.as_ptr(), other.as_ptr(), op as c_int)
            })
        }
        with_object(self.py(), other, |other| inner(self, other, compare_op))
    }

    unary_operator! {
        neg => PyNumber_Negative,
        pos => PyNumber_Positive,
        abs => PyNumber_Absolute,
        bitnot => PyNumber_Invert,
    }

    comparison! {
        lt => Lt,
        le => Le,
        eq => Eq,
        ne => Ne,
        gt => Gt,
        ge => Ge,
    }

    binary_operator! {
        add => PyNumber_Add,
        sub => PyNumber_Subtract,
        mul => PyNumber_Multiply,
        matmul => PyNumber_MatrixMultiply,
        div => PyNumber_TrueDivide,
        floor_div => PyNumber_FloorDivide,
        rem => PyNumber_Remainder,
        divmod => PyNumber_Divmod,
        lshift => PyNumber_Lshift,
        rshift => PyNumber_Rshift,
        bitand => PyNumber_And,
        bitor => PyNumber_Or,
        bitxor => PyNumber_Xor,
    }

    fn pow<O1, O2>(&self, other: O1, modulus: O2) -> PyResult<Bound<'py, PyAny>>
    where
        O1: IntoPyObject<'py>,
        O2: IntoPyObject<'py>,
    {
        fn inner<'py>(
            any: &Bound<'py, PyAny>,
            other: Borrowed<'_, 'py, PyAny>,
            modulus: Borrowed<'_, 'py, PyAny>,
        ) -> PyResult<Bound<'py, PyAny>> {
            // SAFETY: attached; the objects are alive.
            owned(any.py(), unsafe {
                ffi::PyNumber_Power(any.as_ptr(), other.as_ptr(), modulus.as_ptr())
            })
        }
        let py = self.py();
        with_object(py, other, |other| {
            with_object(py, modulus, |modulus| inner(self, other, modulus))
        })
    }

    #[inline]
    fn is_callable(&self) -> bool {
        // SAFETY: attached; the object is alive.
        unsafe { ffi::PyCallable_Check(self.as_ptr()) != 0 }
    }

    #[inline]
    fn call<A>(&self, args: A, kwargs: Option<&Bound<'py, PyDict>>) -> PyResult<Bound<'py, PyAny>>
    where
        A: PyCallArgs<'py>,
    {
        match kwargs {
            Some(kwargs) => args.call(
                self.as_borrowed(),
                kwargs.as_borrowed(),
                crate::call::private::Token,
            ),
            None => args.call_positional(self.as_borrowed(), crate::call::private::Token),
        }
    }

    #[inline]
    fn call0(&self) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: attached; the object is alive.
        owned(self.py(), unsafe {
            ffi::compat::PyObject_CallNoArgs(self.as_ptr())
        })
    }

    #[inline]
    fn call1<A>(&self, args: A) -> PyResult<Bound<'py, PyAny>>
    where
        A: PyCallArgs<'py>,
    {
        args.call_positional(self.as_borrowed(), crate::call::private::Token)
    }

    #[inline]
    fn call_method<N, A>(
        &self,
        name: N,
        args: A,
        kwargs: Option<&Bound<'py, PyDict>>,
    ) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
        A: PyCallArgs<'py>,
    {
        match kwargs {
            Some(_) => self.getattr(name)?.call(args, kwargs),
            None => self.call_method1(name, args),
        }
    }

    #[inline]
    fn call_method0<N>(&self, name: N) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        self.call_method1(name, ())
    }

    #[inline]
    fn call_method1<N, A>(&self, name: N, args: A) -> PyResult<Bound<'py, PyAny>>
    where
        N: IntoPyObject<'py, Target = PyString>,
        A: PyCallArgs<'py>,
    {
        let name = name.into_pyobject(self.py()).map_err(Into::into)?;
        args.call_method_positional(
            self.as_borrowed(),
            name.as_borrowed(),
            crate::call::private::Token,
        )
    }

    #[inline]
    fn is_truthy(&self) -> PyResult<bool> {
        // SAFETY: attached; the object is alive.
        let result = unsafe { ffi::PyObject_IsTrue(self.as_ptr()) };
        error_on_minusone(self.py(), result)?;
        Ok(result != 0)
    }

    #[inline]
    fn is_none(&self) -> bool {
        // SAFETY: `Py_None` is readable while attached.
        self.as_ptr() == unsafe { ffi::Py_None() }
    }

    fn is_empty(&self) -> PyResult<bool> {
        self.len().map(|len| len == 0)
    }

    fn get_item<K>(&self, key: K) -> PyResult<Bound<'py, PyAny>>
    where
        K: IntoPyObject<'py>,
    {
        fn inner<'py>(
            any: &Bound<'py, PyAny>,
            key: Borrowed<'_, 'py, PyAny>,
        ) -> PyResult<Bound<'py, PyAny>> {
            // SAFETY: attached; both objects are alive.
            owned(any.py(), unsafe {
                ffi::PyObject_GetItem(any.as_ptr(), key.as_ptr())
            })
        }
        with_object(self.py(), key, |key| inner(self, key))
    }

    fn set_item<K, V>(&self, key: K, value: V) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
        V: IntoPyObject<'py>,
    {
        fn inner(
            any: &Bound<'_, PyAny>,
            key: Borrowed<'_, '_, PyAny>,
            value: Borrowed<'_, '_, PyAny>,
        ) -> PyResult<()> {
            // SAFETY: attached; the objects are alive.
            let result =
                unsafe { ffi::PyObject_SetItem(any.as_ptr(), key.as_ptr(), value.as_ptr()) };
            error_on_minusone(any.py(), result)
        }
        let py = self.py();
        with_object(py, key, |key| {
            with_object(py, value, |value| inner(self, key, value))
        })
    }

    fn del_item<K>(&self, key: K) -> PyResult<()>
    where
        K: IntoPyObject<'py>,
    {
        fn inner(any: &Bound<'_, PyAny>, key: Borrowed<'_, '_, PyAny>) -> PyResult<()> {
            // SAFETY: attached; both objects are alive.
            let result = unsafe { ffi::PyObject_DelItem(any.as_ptr(), key.as_ptr()) };
            error_on_minusone(any.py(), result)
        }
        with_object(self.py(), key, |key| inner(self, key))
    }

    fn try_iter(&self) -> PyResult<Bound<'py, PyIterator>> {
        PyIterator::from_object(self)
    }

    #[inline]
    fn get_type(&self) -> Bound<'py, PyType> {
        // SAFETY: the type of a live object is a live type object.
        unsafe { PyType::from_borrowed_type_ptr(self.py(), self.get_type_ptr()) }
    }

    #[inline]
    fn get_type_ptr(&self) -> *mut ffi::PyTypeObject {
        // SAFETY: attached; the object is alive.
        unsafe { ffi::Py_TYPE(self.as_ptr()) }
    }

    #[inline]
    fn extract<'a, T>(&'a self) -> Result<T, T::Error>
    where
        T: FromPyObject<'a, 'py>,
    {
        FromPyObject::extract(self.as_borrowed())
    }

    fn get_refcnt(&self) -> isize {
        // SAFETY: attached; the object is alive.
        unsafe { ffi::Py_REFCNT(self.as_ptr()) }
    }

    fn repr(&self) -> PyResult<Bound<'py, PyString>> {
        // SAFETY: attached; `PyObject_Repr` returns a new `str` or null.
        owned(self.py(), unsafe { ffi::PyObject_Repr(self.as_ptr()) })
            .map(|repr| unsafe { repr.cast_into_unchecked() })
    }

    fn str(&self) -> PyResult<Bound<'py, PyString>> {
        // SAFETY: attached; `PyObject_Str` returns a new `str` or null.
        owned(self.py(), unsafe { ffi::PyObject_Str(self.as_ptr()) })
            .map(|text| unsafe { text.cast_into_unchecked() })
    }

    fn hash(&self) -> PyResult<isize> {
        // SAFETY: attached; the object is alive.
        let hash = unsafe { ffi::PyObject_Hash(self.as_ptr()) };
        error_on_minusone(self.py(), hash)?;
        Ok(hash)
    }

    fn len(&self) -> PyResult<usize> {
        // SAFETY: attached; the object is alive.
        let len = unsafe { ffi::PyObject_Size(self.as_ptr()) };
        error_on_minusone(self.py(), len)?;
        Ok(len as usize)
    }

    fn dir(&self) -> PyResult<Bound<'py, PyList>> {
        // SAFETY: attached; `PyObject_Dir` returns a new list or null.
        owned(self.py(), unsafe { ffi::PyObject_Dir(self.as_ptr()) })
            .map(|list| unsafe { list.cast_into_unchecked() })
    }

    fn is_instance(&self, ty: &Bound<'py, PyAny>) -> PyResult<bool> {
        // SAFETY: attached; both objects are alive.
        let result = unsafe { ffi::PyObject_IsInstance(self.as_ptr(), ty.as_ptr()) };
        error_on_minusone(self.py(), result)?;
        Ok(result == 1)
    }

    #[inline]
    fn is_exact_instance(&self, ty: &Bound<'py, PyAny>) -> bool {
        self.get_type().is(ty)
    }

    #[inline]
    fn is_instance_of<T: PyTypeCheck>(&self) -> bool {
        T::type_check(self)
    }

    #[inline]
    fn is_exact_instance_of<T: PyTypeInfo>(&self) -> bool {
        T::is_exact_type_of(self)
    }

    fn contains<V>(&self, value: V) -> PyResult<bool>
    where
        V: IntoPyObject<'py>,
    {
        fn inner(any: &Bound<'_, PyAny>, value: Borrowed<'_, '_, PyAny>) -> PyResult<bool> {
            // SAFETY: attached; both objects are alive.
            let result = unsafe { ffi::PySequence_Contains(any.as_ptr(), value.as_ptr()) };
            error_on_minusone(any.py(), result)?;
            Ok(result == 1)
        }
        with_object(self.py(), value, |value| inner(self, value))
    }

    fn py_super(&self) -> PyResult<Bound<'py, PySuper>> {
        PySuper::new(&self.get_type(), self)
    }
}

/// `seq.index(value)` for sequences (lists, tuples).
pub(crate) fn sequence_index(
    sequence: &Bound<'_, PyAny>,
    value: Borrowed<'_, '_, PyAny>,
) -> PyResult<usize> {
    // SAFETY: attached; both objects are alive.
    let index = unsafe { ffi::PySequence_Index(sequence.as_ptr(), value.as_ptr()) };
    error_on_minusone(sequence.py(), index)?;
    Ok(index as usize)
}
