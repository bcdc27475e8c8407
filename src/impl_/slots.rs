//! The C entry points of type slots (`tp_repr`, `mp_length`, `nb_add`,
//! ...), one per C signature. Each calls the body the generated code
//! implements for the class: [`SlotFunction`] (the object plus a fixed
//! number of arguments), or one of the combined slots whose C function
//! serves two Python methods (`__setitem__` / `__delitem__`, the rich
//! comparisons, a binary operator and its reflected form).
//!
//! Every entry goes through the trampoline: a panic becomes
//! `PanicException` and an error the C error value.

use std::ffi::c_int;

use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::impl_::extract_argument::PyArg;
use crate::impl_::pyfunction::FunctionSelf;
use crate::impl_::trampoline::trampoline;
use crate::instance::{Borrowed, BoundObject};
use crate::marker::Python;
use crate::pyclass::CompareOp;

/// The body of a slot: the object and `N` positional arguments, returning
/// the slot's C value `R`. `ID` tells apart the slots of one class.
pub trait SlotFunction<const ID: u64, const N: usize, R> {
    /// Converts the arguments, runs the method, converts its result.
    fn call<'py>(
        py: Python<'py>,
        slf: FunctionSelf<'py>,
        args: [Option<PyArg<'py>>; N],
    ) -> PyResult<R>;
}

/// The body of a slot with `N` fixed arguments returning `R`.
pub type SlotBody<const N: usize, R> =
    for<'py> fn(Python<'py>, FunctionSelf<'py>, [Option<PyArg<'py>>; N]) -> PyResult<R>;

/// The shared entry of slots taking the object only (one per C return
/// type, not one per slot).
///
/// # Safety
///
/// Called from a C slot entry with the object the interpreter passed.
#[cfg_attr(debug_assertions, inline(never))]
#[cfg_attr(not(debug_assertions), inline(always))]
unsafe fn slot0<R: crate::impl_::callback::PyCallbackOutput>(
    body: SlotBody<0, R>,
    slf: *mut ffi::PyObject,
) -> R {
    // SAFETY: per the contract.
    unsafe { trampoline(move |py| body(py, arg(py, slf), [])) }
}

/// The shared entry of slots taking the object and one argument.
///
/// # Safety
///
/// As for [`slot0`].
#[cfg_attr(debug_assertions, inline(never))]
#[cfg_attr(not(debug_assertions), inline(always))]
unsafe fn slot1<R: crate::impl_::callback::PyCallbackOutput>(
    body: SlotBody<1, R>,
    slf: *mut ffi::PyObject,
    other: *mut ffi::PyObject,
) -> R {
    // SAFETY: per the contract.
    unsafe { trampoline(move |py| body(py, arg(py, slf), [arg(py, other)])) }
}

/// The object argument of a slot.
///
/// # Safety
///
/// `object` is valid for `'py` (or null).
#[inline]
unsafe fn arg<'py>(py: Python<'py>, object: *mut ffi::PyObject) -> Option<PyArg<'py>> {
    // SAFETY: per the contract.
    unsafe { Borrowed::from_ptr_or_opt(py, object) }
}

/// `reprfunc`, `getiterfunc`, `iternextfunc`, `unaryfunc`: the object
/// only, returning an object.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn unary<F, const ID: u64>(slf: *mut ffi::PyObject) -> *mut ffi::PyObject
where
    F: SlotFunction<ID, 0, *mut ffi::PyObject>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe { slot0(F::call, slf) }
}

/// `lenfunc`.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn len<F, const ID: u64>(slf: *mut ffi::PyObject) -> ffi::Py_ssize_t
where
    F: SlotFunction<ID, 0, ffi::Py_ssize_t>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe { slot0(F::call, slf) }
}

/// `hashfunc`.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn hash<F, const ID: u64>(slf: *mut ffi::PyObject) -> ffi::Py_hash_t
where
    F: SlotFunction<ID, 0, ffi::Py_hash_t>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe { slot0(F::call, slf) }
}

/// `inquiry` (`nb_bool`).
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn inquiry<F, const ID: u64>(slf: *mut ffi::PyObject) -> c_int
where
    F: SlotFunction<ID, 0, c_int>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe { slot0(F::call, slf) }
}

/// `binaryfunc` (`mp_subscript`, `tp_getattro`, ...): the object and one
/// argument, returning an object.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn binary<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    other: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    F: SlotFunction<ID, 1, *mut ffi::PyObject>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe { slot1(F::call, slf, other) }
}

/// `objobjproc` (`sq_contains`).
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn objobj<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    other: *mut ffi::PyObject,
) -> c_int
where
    F: SlotFunction<ID, 1, c_int>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe { slot1(F::call, slf, other) }
}

/// A slot whose C function serves a "set" and a "delete" method
/// (`mp_ass_subscript`, `tp_setattro`, `tp_descr_set`): the C caller
/// passes a null value to delete.
pub trait SetDeleteSlot<const KIND: u8> {
    /// `obj[key] = value` (or the attribute / descriptor form).
    fn set<'py>(
        py: Python<'py>,
        slf: FunctionSelf<'py>,
        key: PyArg<'py>,
        value: PyArg<'py>,
    ) -> PyResult<c_int>;
    /// `del obj[key]`.
    fn delete<'py>(py: Python<'py>, slf: FunctionSelf<'py>, key: PyArg<'py>) -> PyResult<c_int>;
}

/// `objobjargproc`.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn set_delete<F: SetDeleteSlot<KIND>, const KIND: u8>(
    slf: *mut ffi::PyObject,
    key: *mut ffi::PyObject,
    value: *mut ffi::PyObject,
) -> c_int {
    // SAFETY: called by the interpreter on an attached thread; `key` is
    // never null.
    unsafe {
        trampoline(move |py| {
            let slf = arg(py, slf);
            let key = Borrowed::from_ptr(py, key);
            match arg(py, value) {
                Some(value) => F::set(py, slf, key, value),
                None => F::delete(py, slf, key),
            }
        })
    }
}

/// `tp_getattro` of a class with `__getattr__`: the normal lookup first,
/// `__getattr__` only when it raises `AttributeError`, as for Python
/// classes.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn getattr_fallback<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    name: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    F: SlotFunction<ID, 1, *mut ffi::PyObject>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe {
        let found = ffi::PyObject_GenericGetAttr(slf, name);
        if !found.is_null() || ffi::PyErr_ExceptionMatches(ffi::PyExc_AttributeError) == 0 {
            return found;
        }
        ffi::PyErr_Clear();
        slot1(F::call, slf, name)
    }
}

/// `descrgetfunc` (`__get__(self, instance, owner)`): a missing instance
/// or owner is passed as `None`.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn descr_get<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    instance: *mut ffi::PyObject,
    owner: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    F: SlotFunction<ID, 2, *mut ffi::PyObject>,
{
    // SAFETY: called by the interpreter on an attached thread; `None` is a
    // valid object.
    unsafe {
        trampoline(move |py| {
            let none = ffi::Py_None();
            let instance = if instance.is_null() { none } else { instance };
            let owner = if owner.is_null() { none } else { owner };
            F::call(py, arg(py, slf), [arg(py, instance), arg(py, owner)])
        })
    }
}

/// The body of `tp_richcompare`: one arm per comparison the class defines.
pub trait RichCompareSlot {
    /// `slf <op> other`; `NotImplemented` for the comparisons not defined.
    fn compare<'py>(
        py: Python<'py>,
        slf: FunctionSelf<'py>,
        other: PyArg<'py>,
        op: CompareOp,
    ) -> PyResult<*mut ffi::PyObject>;
}

/// `richcmpfunc`.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn richcompare<F: RichCompareSlot>(
    slf: *mut ffi::PyObject,
    other: *mut ffi::PyObject,
    op: c_int,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter on an attached thread.
    unsafe {
        trampoline(move |py| {
            let Some(op) = CompareOp::from_raw(op) else {
                return Err(crate::exceptions::PyValueError::new_err(
                    "invalid comparison operator",
                ));
            };
            F::compare(py, arg(py, slf), Borrowed::from_ptr(py, other), op)
        })
    }
}

/// The comparison operator as the Python int `__richcmp__`'s `op`
/// argument is extracted from (small ints are cached: no allocation).
pub fn compare_op_object(
    py: Python<'_>,
    op: CompareOp,
) -> crate::instance::Bound<'_, crate::types::PyAny> {
    crate::conversion::IntoPyObject::into_pyobject(op as i32, py)
        .unwrap_or_else(|never| match never {})
        .into_any()
}

/// `NotImplemented`, as a new reference.
#[inline]
pub fn not_implemented(py: Python<'_>) -> *mut ffi::PyObject {
    py.NotImplemented().into_ptr()
}

/// The `tp_call` slot of a class whose `__call__` is `F`.
///
/// # Safety
///
/// Called by the interpreter with the argument tuple and keyword dict.
pub unsafe extern "C" fn call<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    args: *mut ffi::PyObject,
    kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    F: crate::impl_::pyfunction::KeywordFunction<ID>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe { crate::impl_::trampoline::tuple_dict(F::call, slf, args, kwargs) }
}

// ---------------------------------------------------------------------------
// Result conversions of the slots
// ---------------------------------------------------------------------------

/// What `__len__` may return: any unsigned or signed integer that fits a
/// `Py_ssize_t` (a larger one is `OverflowError`, a negative one
/// `ValueError`, as CPython says).
pub trait LenResult {
    /// The C length.
    fn into_len(self) -> PyResult<ffi::Py_ssize_t>;
}

macro_rules! len_result {
    ($($ty:ty),*) => {$(
        impl LenResult for $ty {
            #[inline]
            #[allow(unused_comparisons)]
            fn into_len(self) -> PyResult<ffi::Py_ssize_t> {
                if self < 0 {
                    return Err(crate::exceptions::PyValueError::new_err("__len__() should return >= 0"));
                }
                ffi::Py_ssize_t::try_from(self).map_err(|_| {
                    crate::exceptions::PyOverflowError::new_err(
                        "cannot fit 'int' into an index-sized integer",
                    )
                })
            }
        }
    )*};
}

len_result!(usize, u8, u16, u32, u64, isize, i8, i16, i32, i64);

impl<T: LenResult, E: Into<PyErr>> LenResult for Result<T, E> {
    #[inline]
    fn into_len(self) -> PyResult<ffi::Py_ssize_t> {
        self.map_err(Into::into)?.into_len()
    }
}

/// Converts what `__len__` returned.
#[inline]
pub fn len_result(value: impl LenResult) -> PyResult<ffi::Py_ssize_t> {
    value.into_len()
}

/// What `__hash__` may return: any integer type; `-1` (the error value of
/// the C slot) becomes `-2`, as CPython does for Python classes.
pub trait HashResult {
    /// The C hash.
    fn into_hash(self) -> PyResult<ffi::Py_hash_t>;
}

macro_rules! hash_result {
    ($($ty:ty),*) => {$(
        impl HashResult for $ty {
            #[inline]
            #[allow(clippy::cast_possible_wrap, clippy::unnecessary_cast)]
            fn into_hash(self) -> PyResult<ffi::Py_hash_t> {
                let hash = self as ffi::Py_hash_t;
                Ok(if hash == -1 { -2 } else { hash })
            }
        }
    )*};
}

hash_result!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize);

impl<T: HashResult, E: Into<PyErr>> HashResult for Result<T, E> {
    #[inline]
    fn into_hash(self) -> PyResult<ffi::Py_hash_t> {
        self.map_err(Into::into)?.into_hash()
    }
}

/// Converts what `__hash__` returned.
#[inline]
pub fn hash_result(value: impl HashResult) -> PyResult<ffi::Py_hash_t> {
    value.into_hash()
}

/// What `__bool__` and `__contains__` may return: `bool` or a `Result` of it.
pub trait BoolResult {
    /// `1` or `0`.
    fn into_c_bool(self) -> PyResult<c_int>;
}

impl BoolResult for bool {
    #[inline]
    fn into_c_bool(self) -> PyResult<c_int> {
        Ok(c_int::from(self))
    }
}

impl<E: Into<PyErr>> BoolResult for Result<bool, E> {
    #[inline]
    fn into_c_bool(self) -> PyResult<c_int> {
        self.map(c_int::from).map_err(Into::into)
    }
}

/// Converts what `__bool__` or `__contains__` returned.
#[inline]
pub fn bool_result(value: impl BoolResult) -> PyResult<c_int> {
    value.into_c_bool()
}

/// What `__next__` may return: `Option<T>` (`None` ends the iteration), or
/// a `Result` of it.
pub trait IterNextResult<'py> {
    /// The next object, or null without an exception to stop.
    fn into_next(self, py: Python<'py>) -> PyResult<*mut ffi::PyObject>;
}

impl<'py, T: crate::conversion::IntoPyObject<'py>> IterNextResult<'py> for Option<T> {
    #[inline]
    fn into_next(self, py: Python<'py>) -> PyResult<*mut ffi::PyObject> {
        match self {
            Some(value) => value
                .into_pyobject(py)
                .map(BoundObject::into_ptr)
                .map_err(Into::into),
            None => Ok(std::ptr::null_mut()),
        }
    }
}

impl<'py, T: IterNextResult<'py>, E: Into<PyErr>> IterNextResult<'py> for Result<T, E> {
    #[inline]
    fn into_next(self, py: Python<'py>) -> PyResult<*mut ffi::PyObject> {
        self.map_err(Into::into)?.into_next(py)
    }
}

/// Converts what `__next__` returned.
#[inline]
pub fn next_result<'py>(
    py: Python<'py>,
    value: impl IterNextResult<'py>,
) -> PyResult<*mut ffi::PyObject> {
    value.into_next(py)
}

/// Converts what `__setitem__`, `__delitem__`, `__setattr__` ... returned
/// (`()` or `PyResult<()>`).
#[inline]
pub fn unit_result(value: impl crate::impl_::pymethods::SetterResult) -> PyResult<c_int> {
    crate::impl_::pymethods::setter_result(value)
}

// ---------------------------------------------------------------------------
// Number operators
// ---------------------------------------------------------------------------

/// A binary operator (`nb_add`, ...), made of the class's forward method
/// (`__add__`) and reflected method (`__radd__`), either of which may be
/// missing. `ID` tells the operators of one class apart.
pub trait BinaryOperator<const ID: u64> {
    /// `__add__(self, other)`.
    const FORWARD: Option<SlotBody<1, *mut ffi::PyObject>>;
    /// `__radd__(self, other)`, called with the right operand as `self`.
    const REFLECTED: Option<SlotBody<1, *mut ffi::PyObject>>;
}

/// A ternary operator (`nb_power`): `__pow__(self, other, modulo)` and
/// `__rpow__(self, other, modulo)`.
pub trait TernaryOperator<const ID: u64> {
    /// `__pow__`.
    const FORWARD: Option<SlotBody<2, *mut ffi::PyObject>>;
    /// `__rpow__`.
    const REFLECTED: Option<SlotBody<2, *mut ffi::PyObject>>;
}

/// Whether `object` is an instance of `T`.
///
/// # Safety
///
/// Attached; `object` is valid.
#[inline]
unsafe fn is_instance<T: crate::pyclass::PyClass>(
    py: Python<'_>,
    object: *mut ffi::PyObject,
) -> bool {
    // SAFETY: per the contract.
    let object = unsafe { crate::instance::Bound::ref_from_ptr(py, &object) };
    <T as crate::type_object::PyTypeInfo>::is_type_of(object)
}

/// Whether `result` is `NotImplemented` (and drops it if so).
///
/// # Safety
///
/// `result` is a new reference.
#[inline]
unsafe fn take_not_implemented(result: *mut ffi::PyObject) -> bool {
    // SAFETY: per the contract.
    unsafe {
        if result == ffi::Py_NotImplemented() {
            ffi::Py_DECREF(result);
            true
        } else {
            false
        }
    }
}

/// The rule of number operators: the forward method when the left operand
/// is the class's instance, the reflected one when the right operand is and
/// the forward did not apply, `NotImplemented` otherwise.
///
/// # Safety
///
/// Attached; `lhs` and `rhs` are valid objects.
#[inline]
unsafe fn dispatch_operator<T: crate::pyclass::PyClass>(
    py: Python<'_>,
    lhs: *mut ffi::PyObject,
    rhs: *mut ffi::PyObject,
    forward: Option<impl FnOnce() -> PyResult<*mut ffi::PyObject>>,
    reflected: Option<impl FnOnce() -> PyResult<*mut ffi::PyObject>>,
) -> PyResult<*mut ffi::PyObject> {
    // SAFETY: per the contract; results are new references.
    unsafe {
        if let Some(forward) = forward {
            if is_instance::<T>(py, lhs) {
                let result = forward()?;
                if !take_not_implemented(result) {
                    return Ok(result);
                }
            }
        }
        if let Some(reflected) = reflected {
            if is_instance::<T>(py, rhs) {
                return reflected();
            }
        }
        Ok(not_implemented(py))
    }
}

/// `binaryfunc` of a number operator: CPython calls it with the operands in
/// order, whichever of them is the class's instance. The forward method
/// runs when the left one is; the reflected one when the right one is and
/// the forward did not apply. `NotImplemented` otherwise, so Python tries
/// the other operand's type.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn binary_operator<T, const ID: u64>(
    lhs: *mut ffi::PyObject,
    rhs: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    T: crate::pyclass::PyClass + BinaryOperator<ID>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe {
        trampoline(move |py| {
            dispatch_operator::<T>(
                py,
                lhs,
                rhs,
                T::FORWARD.map(|forward| move || forward(py, arg(py, lhs), [arg(py, rhs)])),
                T::REFLECTED.map(|reflected| move || reflected(py, arg(py, rhs), [arg(py, lhs)])),
            )
        })
    }
}

/// `ternaryfunc` of `nb_power` (see [`binary_operator`]).
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn ternary_operator<T, const ID: u64>(
    lhs: *mut ffi::PyObject,
    rhs: *mut ffi::PyObject,
    modulo: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    T: crate::pyclass::PyClass + TernaryOperator<ID>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe {
        trampoline(move |py| {
            dispatch_operator::<T>(
                py,
                lhs,
                rhs,
                T::FORWARD.map(|forward| {
                    move || forward(py, arg(py, lhs), [arg(py, rhs), arg(py, modulo)])
                }),
                T::REFLECTED.map(|reflected| {
                    move || reflected(py, arg(py, rhs), [arg(py, lhs), arg(py, modulo)])
                }),
            )
        })
    }
}

/// The result of an in-place operator: a method returning `()` (which
/// converts to `None`) gives the object itself, as `+=` expects.
///
/// # Safety
///
/// `slf` is the object; `result` a new reference.
#[inline]
unsafe fn in_place_result(
    slf: *mut ffi::PyObject,
    result: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: per the contract.
    unsafe {
        if result == ffi::Py_None() {
            ffi::Py_DECREF(result);
            ffi::Py_INCREF(slf);
            slf
        } else {
            result
        }
    }
}

/// `binaryfunc` of an in-place operator (`nb_inplace_add`, ...).
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn in_place<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    other: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    F: SlotFunction<ID, 1, *mut ffi::PyObject>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe {
        trampoline(move |py| {
            let result = F::call(py, arg(py, slf), [arg(py, other)])?;
            Ok(in_place_result(slf, result))
        })
    }
}

/// `ternaryfunc` of `nb_inplace_power`.
///
/// # Safety
///
/// Called by the interpreter.
pub unsafe extern "C" fn in_place_ternary<F, const ID: u64>(
    slf: *mut ffi::PyObject,
    other: *mut ffi::PyObject,
    modulo: *mut ffi::PyObject,
) -> *mut ffi::PyObject
where
    F: SlotFunction<ID, 2, *mut ffi::PyObject>,
{
    // SAFETY: called by the interpreter on an attached thread.
    unsafe {
        trampoline(move |py| {
            let result = F::call(py, arg(py, slf), [arg(py, other), arg(py, modulo)])?;
            Ok(in_place_result(slf, result))
        })
    }
}

// ---------------------------------------------------------------------------
// The `eq`, `ord`, `hash` and `str` class options
// ---------------------------------------------------------------------------

/// The instance value behind `slf`, borrowed for the call.
pub(crate) fn value_of<'py, T: crate::pyclass::PyClass>(
    slf: FunctionSelf<'py>,
) -> PyResult<crate::pycell::PyRef<'py, T>> {
    let object =
        slf.ok_or_else(|| crate::exceptions::PyTypeError::new_err("this slot needs an instance"))?;
    object.extract::<crate::pycell::PyRef<'py, T>>()
}

/// `tp_richcompare` of a class with `eq` (and maybe `ord`): `==` and `!=`
/// from `PartialEq`, the orderings from `PartialOrd` when `ORD`; anything
/// else, and any other operand type, is `NotImplemented`.
pub fn compare_values<'py, T, const ORD: bool>(
    py: Python<'py>,
    slf: FunctionSelf<'py>,
    other: PyArg<'py>,
    op: CompareOp,
) -> PyResult<*mut ffi::PyObject>
where
    T: crate::pyclass::PyClass + ComparableValue,
{
    let Ok(other) = other.extract::<crate::pycell::PyRef<'py, T>>() else {
        return Ok(not_implemented(py));
    };
    let this = value_of::<T>(slf)?;
    let result = match op {
        CompareOp::Eq => Some(this.equal(&other)),
        CompareOp::Ne => Some(!this.equal(&other)),
        _ if ORD => this.order(&other).map(|ordering| op.matches(ordering)),
        _ => return Ok(not_implemented(py)),
    };
    Ok(match result {
        Some(value) => crate::types::PyBool::new(py, value).to_owned().into_ptr(),
        None => not_implemented(py),
    })
}

/// What `eq` and `ord` ask of a class: `PartialEq`, and `PartialOrd` for
/// `ord` (a class with `eq` only gets a stand-in that is never called).
pub trait ComparableValue {
    /// `self == other`.
    fn equal(&self, other: &Self) -> bool;
    /// `self.partial_cmp(other)`.
    fn order(&self, other: &Self) -> Option<std::cmp::Ordering>;
}

/// `__hash__` of a class with `hash`: the value's `Hash`.
pub fn hash_value<T>(slf: FunctionSelf<'_>) -> PyResult<ffi::Py_hash_t>
where
    T: crate::pyclass::PyClass + std::hash::Hash,
{
    use std::hash::Hasher;
    let this = value_of::<T>(slf)?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    (*this).hash(&mut hasher);
    hash_result(hasher.finish())
}

/// `__str__` of a class with `str`: the value's `Display`.
pub fn str_value<T>(py: Python<'_>, slf: FunctionSelf<'_>) -> PyResult<*mut ffi::PyObject>
where
    T: crate::pyclass::PyClass + std::fmt::Display,
{
    let text = value_of::<T>(slf)?.to_string();
    Ok(crate::types::PyString::new(py, &text).into_ptr())
}

/// `__str__` of a class with `str = "..."`: the text the class formats.
pub fn str_formatted<T, F>(
    py: Python<'_>,
    slf: FunctionSelf<'_>,
    format: F,
) -> PyResult<*mut ffi::PyObject>
where
    T: crate::pyclass::PyClass,
    F: FnOnce(&T) -> String,
{
    let text = format(&*value_of::<T>(slf)?);
    Ok(crate::types::PyString::new(py, &text).into_ptr())
}

// ---------------------------------------------------------------------------
// Simple enums
// ---------------------------------------------------------------------------

/// A `#[pyclass]` enum of unit variants: each variant's integer value.
pub trait EnumValue {
    /// The variant's discriminant.
    fn discriminant(&self) -> isize;
    /// `Class.Variant`, the variant's `repr()`.
    fn repr(&self) -> &'static str;
}

/// `__repr__` of a simple enum: `Class.Variant`.
pub fn enum_repr<T>(py: Python<'_>, slf: FunctionSelf<'_>) -> PyResult<*mut ffi::PyObject>
where
    T: crate::pyclass::PyClass + EnumValue,
{
    let repr = value_of::<T>(slf)?.repr();
    Ok(crate::types::PyString::new(py, repr).into_ptr())
}

/// `__int__` of a simple enum: its discriminant.
pub fn enum_int<T>(py: Python<'_>, slf: FunctionSelf<'_>) -> PyResult<*mut ffi::PyObject>
where
    T: crate::pyclass::PyClass + EnumValue,
{
    let value = value_of::<T>(slf)?.discriminant();
    Ok(crate::conversion::IntoPyObject::into_pyobject(value, py)
        .unwrap_or_else(|never| match never {})
        .into_ptr())
}

/// `tp_richcompare` of an enum with `eq` and `eq_int`: as
/// [`compare_values`], and an `int` operand is compared with the
/// discriminant.
pub fn compare_enum_with_int<'py, T, const ORD: bool>(
    py: Python<'py>,
    slf: FunctionSelf<'py>,
    other: PyArg<'py>,
    op: CompareOp,
) -> PyResult<*mut ffi::PyObject>
where
    T: crate::pyclass::PyClass + ComparableValue + EnumValue,
{
    if <T as crate::type_object::PyTypeInfo>::is_type_of(&other) {
        return compare_values::<T, ORD>(py, slf, other, op);
    }
    let Ok(number) = other.extract::<isize>() else {
        return Ok(not_implemented(py));
    };
    let value = value_of::<T>(slf)?.discriminant();
    let result = match op {
        CompareOp::Eq => value == number,
        CompareOp::Ne => value != number,
        _ if ORD => op.matches(value.cmp(&number)),
        _ => return Ok(not_implemented(py)),
    };
    Ok(crate::types::PyBool::new(py, result).to_owned().into_ptr())
}

// ---------------------------------------------------------------------------
// The buffer protocol (in the stable ABI from 3.11)
// ---------------------------------------------------------------------------

#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
pub use self::buffer::*;

#[cfg(any(Py_3_11, not(Py_LIMITED_API)))]
mod buffer {
    use super::*;

    /// The body of `bf_getbuffer`: the class's `__getbuffer__`.
    pub trait GetBufferSlot {
        /// Fills `view` for `flags`.
        ///
        /// # Safety
        ///
        /// `view` is the interpreter's `Py_buffer` for this request.
        unsafe fn get_buffer<'py>(
            py: Python<'py>,
            slf: FunctionSelf<'py>,
            view: *mut ffi::Py_buffer,
            flags: c_int,
        ) -> PyResult<()>;
    }

    /// The body of `bf_releasebuffer`: the class's `__releasebuffer__`.
    pub trait ReleaseBufferSlot {
        /// Releases what `view` holds.
        ///
        /// # Safety
        ///
        /// `view` is a buffer `get_buffer` filled.
        unsafe fn release_buffer<'py>(
            py: Python<'py>,
            slf: FunctionSelf<'py>,
            view: *mut ffi::Py_buffer,
        ) -> PyResult<()>;
    }

    /// What `__getbuffer__` / `__releasebuffer__` may return: `()` or
    /// `PyResult<()>`.
    pub trait BufferResult {
        /// The result as a `PyResult`.
        fn into_buffer_result(self) -> PyResult<()>;
    }

    impl BufferResult for () {
        #[inline]
        fn into_buffer_result(self) -> PyResult<()> {
            Ok(())
        }
    }

    impl<E: Into<PyErr>> BufferResult for Result<(), E> {
        #[inline]
        fn into_buffer_result(self) -> PyResult<()> {
            self.map_err(Into::into)
        }
    }

    /// Converts what a buffer method returned.
    #[inline]
    pub fn buffer_result(value: impl BufferResult) -> PyResult<()> {
        value.into_buffer_result()
    }

    /// `getbufferproc`. On an error the view's `obj` is cleared, as the
    /// protocol requires.
    ///
    /// # Safety
    ///
    /// Called by the interpreter.
    pub unsafe extern "C" fn get_buffer<F: GetBufferSlot>(
        slf: *mut ffi::PyObject,
        view: *mut ffi::Py_buffer,
        flags: c_int,
    ) -> c_int {
        // SAFETY: called by the interpreter on an attached thread with a valid
        // view to fill.
        unsafe {
            trampoline(move |py| {
                let result = F::get_buffer(py, arg(py, slf), view, flags);
                if result.is_err() && !view.is_null() {
                    let object = std::mem::replace(&mut (*view).obj, std::ptr::null_mut());
                    if !object.is_null() {
                        ffi::Py_DECREF(object);
                    }
                }
                result.map(|()| 0)
            })
        }
    }

    /// `releasebufferproc`. An error has nowhere to go: it is reported as
    /// unraisable.
    ///
    /// # Safety
    ///
    /// Called by the interpreter.
    pub unsafe extern "C" fn release_buffer<F: ReleaseBufferSlot>(
        slf: *mut ffi::PyObject,
        view: *mut ffi::Py_buffer,
    ) {
        // SAFETY: called by the interpreter on an attached thread.
        unsafe {
            let failed =
                trampoline(move |py| F::release_buffer(py, arg(py, slf), view).map(|()| 0));
            if failed == -1 {
                ffi::PyErr_WriteUnraisable(slf);
            }
        }
    }
}
