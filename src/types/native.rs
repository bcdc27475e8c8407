//! The macros that declare a native type: a `#[repr(transparent)]` wrapper
//! of `PyAny` standing for a Python type implemented in C (every type in
//! `pyo3::types`, the exceptions, and types of other extensions such as
//! numpy's arrays). They take PyO3's parameters, so crates written against
//! PyO3 declare their types with them unchanged.
//!
//! A type declared with `pyobject_native_type_core!` (or the named + info
//! pair) gets everything the built-in types have: `Bound<T>` derefs to
//! `Bound<PyAny>`, `cast`/`cast_into` check it, and the generic impls of
//! `Debug`, `Display`, `IntoPyObject`, `FromPyObject` and so on apply.
//!
//! Common parameters:
//! - `$typeobject`: something callable as `$typeobject(py)` that returns
//!   the `*mut ffi::PyTypeObject` (a closure, a function path, or
//!   `pyobject_native_static_type_object!(ffi::PyList_Type)`).
//! - `$type_hint_module`, `$type_hint_name`, `#module=`: where the type lives
//!   in Python. With the `experimental-inspect` feature the first two become
//!   `PyTypeInfo::TYPE_HINT` (`$type_hint_module.$type_hint_name`; they are
//!   forwarded as expressions, so even `"builtins"` is written out:
//!   `builtins.list`, as PyO3 does). `#module=` is accepted and unused.
//! - `#checkfunction=`: a faster instance check than `PyObject_TypeCheck`
//!   (e.g. `ffi::PyList_Check`), called with the object pointer.
//! - `;T`: generic parameters of the type, repeated (`;T;D`).

/// Lets `Bound<'py, $name>` (and `Py<$name>`) be used as `PyAny`: deref and
/// conversion into `Py<PyAny>`.
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_type_named {
    ($name:ty $(;$generics:ident)*) => {
        impl<$($generics,)*> $crate::types::DerefToPyAny for $name {}
    };
}

/// The `$typeobject` argument for a type whose type object is a static
/// (`ffi::PyList_Type`, ...).
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_static_type_object {
    ($typeobject:expr) => {
        |_py: $crate::Python<'_>| ::std::ptr::addr_of_mut!($typeobject)
    };
}

/// The `TYPE_HINT` item of a native type's `PyTypeInfo` impl:
/// `$module.$name` with the `experimental-inspect` feature, nothing without.
#[cfg(feature = "experimental-inspect")]
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_type_info_type_hint {
    ($module:expr, $name:expr) => {
        const TYPE_HINT: $crate::inspect::PyStaticExpr =
            $crate::type_hint_identifier!($module, $name);
    };
}

/// The `TYPE_HINT` item of a native type's `PyTypeInfo` impl:
/// `$module.$name` with the `experimental-inspect` feature, nothing without.
#[cfg(not(feature = "experimental-inspect"))]
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_type_info_type_hint {
    ($module:expr, $name:expr) => {};
}

/// Implements `PyTypeInfo` for `$name` (and `$name::_PYO3_DEF`, so that a
/// declarative `#[pymodule]` can `#[pymodule_export] use` the type).
///
/// # Safety
///
/// `$typeobject(py)` must return the type object of `$name`'s instances,
/// and `$checkfunction` (if given) must accept any object pointer and
/// return nonzero exactly for instances of that type.
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_type_info {
    ($name:ty, $typeobject:expr, $type_hint_module:expr, $type_hint_name:expr, $module:expr
        $(, #checkfunction=$checkfunction:path)? $(;$generics:ident)*) => {
        // SAFETY: the invoker of the macro guarantees that the type object
        // and the check function (if any) are those of `$name`.
        unsafe impl<$($generics,)*> $crate::type_object::PyTypeInfo for $name {
            $crate::pyobject_type_info_type_hint!($type_hint_module, $type_hint_name);

            #[inline]
            #[allow(clippy::redundant_closure_call)]
            fn type_object_raw(py: $crate::Python<'_>) -> *mut $crate::ffi::PyTypeObject {
                $typeobject(py)
            }

            $(
                #[inline]
                fn is_type_of(object: &$crate::Bound<'_, $crate::PyAny>) -> bool {
                    #[allow(unused_unsafe)]
                    // SAFETY: attached (a `Bound` exists) and the pointer is
                    // a live object, all the check function needs.
                    unsafe {
                        $checkfunction(object.as_ptr()) > 0
                    }
                }
            )?
        }

        impl<$($generics,)*> $name {
            #[doc(hidden)]
            pub const _PYO3_DEF: $crate::impl_::pymodule::AddTypeToModule<Self> =
                $crate::impl_::pymodule::AddTypeToModule::new();
        }
    };
}

/// Everything a native type needs: [`pyobject_native_type_named!`] and
/// [`pyobject_native_type_info!`]. `#module` defaults to `builtins`.
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_type_core {
    ($name:ty, $typeobject:expr, $type_hint_module:expr, $type_hint_name:expr, #module=$module:expr
        $(, #checkfunction=$checkfunction:path)? $(;$generics:ident)*) => {
        $crate::pyobject_native_type_named!($name $(;$generics)*);
        $crate::pyobject_native_type_info!(
            $name, $typeobject, $type_hint_module, $type_hint_name, $module
            $(, #checkfunction=$checkfunction)? $(;$generics)*
        );
    };
    ($name:ty, $typeobject:expr, $type_hint_module:expr, $type_hint_name:expr
        $(, #checkfunction=$checkfunction:path)? $(;$generics:ident)*) => {
        $crate::pyobject_native_type_core!(
            $name, $typeobject, $type_hint_module, $type_hint_name,
            #module=::std::option::Option::Some("builtins")
            $(, #checkfunction=$checkfunction)? $(;$generics)*
        );
    };
}

/// Declares `$layout` the fixed-size C layout of `$name`'s instances
/// (`PyLayout` and `PySizedLayout`).
///
/// # Safety
///
/// Every instance of `$name` must start with a `$layout`.
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_type_sized {
    ($name:ty, $layout:path $(;$generics:ident)*) => {
        // SAFETY: the invoker of the macro guarantees the layout.
        unsafe impl<$($generics,)*> $crate::type_object::PyLayout<$name> for $layout {}
        impl<$($generics,)*> $crate::type_object::PySizedLayout<$name> for $layout {}
    };
}

/// [`pyobject_native_type_core!`] plus, without the stable ABI (where
/// instance layouts are hidden), [`pyobject_native_type_sized!`].
#[cfg(not(Py_LIMITED_API))]
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_type {
    ($name:ty, $layout:path, $typeobject:expr, $type_hint_module:expr, $type_hint_name:expr
        $(, #module=$module:expr)? $(, #checkfunction=$checkfunction:path)? $(;$generics:ident)*) => {
        $crate::pyobject_native_type_core!(
            $name, $typeobject, $type_hint_module, $type_hint_name
            $(, #module=$module)? $(, #checkfunction=$checkfunction)? $(;$generics)*
        );
        $crate::pyobject_native_type_sized!($name, $layout $(;$generics)*);
    };
}

/// [`pyobject_native_type_core!`]; under the stable ABI the layout is not
/// declared (instance layouts are hidden there).
#[cfg(Py_LIMITED_API)]
#[doc(hidden)]
#[macro_export]
macro_rules! pyobject_native_type {
    ($name:ty, $layout:path, $typeobject:expr, $type_hint_module:expr, $type_hint_name:expr
        $(, #module=$module:expr)? $(, #checkfunction=$checkfunction:path)? $(;$generics:ident)*) => {
        $crate::pyobject_native_type_core!(
            $name, $typeobject, $type_hint_module, $type_hint_name
            $(, #module=$module)? $(, #checkfunction=$checkfunction)? $(;$generics)*
        );
    };
}
