//! `PyModule`: Python modules.

use std::ffi::CStr;

use crate::conversion::IntoPyObject;
use crate::err::PyResult;
use crate::exceptions::PyTypeError;
use crate::ffi;
use crate::impl_::callback::IntoPyCallbackOutput;
use crate::instance::{Borrowed, Bound, BoundObject, Py};
use crate::marker::Python;
use crate::types::{
    PyAny, PyAnyMethods, PyCFunction, PyDict, PyList, PyListMethods, PyString, PyStringMethods,
};

/// A Python module object.
#[repr(transparent)]
pub struct PyModule(PyAny);

crate::pyobject_native_type_core!(
    PyModule,
    crate::pyobject_native_static_type_object!(ffi::PyModule_Type),
    "types",
    "ModuleType", #module=::std::option::Option::Some("types"), #checkfunction=ffi::PyModule_Check
);

impl PyModule {
    /// A new, empty module named `name` (not added to `sys.modules`).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "scratch")?;
    ///     assert_eq!(module.name()?, "scratch");
    ///     assert!(py.import("sys")?.getattr("modules")?.get_item("scratch").is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn new<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyModule>> {
        let name = PyString::new(py, name);
        // SAFETY: attached; returns a new module or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(py, ffi::PyModule_NewObject(name.as_ptr()))
                .map(|m| m.cast_into_unchecked())
        }
    }

    /// `import name`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let math = PyModule::import(py, "math")?;
    ///     let root: f64 = math.getattr("sqrt")?.call1((16.0,))?.extract()?;
    ///     assert_eq!(root, 4.0);
    ///     assert!(PyModule::import(py, "no_such_module").is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn import<'py, N>(py: Python<'py>, name: N) -> PyResult<Bound<'py, PyModule>>
    where
        N: IntoPyObject<'py, Target = PyString>,
    {
        let name = name.into_pyobject(py).map_err(Into::into)?;
        // SAFETY: attached; returns a new reference or null with an error.
        let module =
            unsafe { Bound::from_owned_ptr_or_err(py, ffi::PyImport_Import(name.as_ptr()))? };
        // `import` may bind any object in `sys.modules`; expect a module.
        module.cast_into::<PyModule>().map_err(Into::into)
    }

    /// Runs `code` as the body of a new module named `module_name` (added to
    /// `sys.modules`) and returns it. `file_name` appears in tracebacks
    /// (`<string>` when empty).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let code = c"def greet(who):\n    return 'hi ' + who\n";
    ///     let module = PyModule::from_code(py, code, c"greet.py", c"greeter")?;
    ///     let text: String = module.getattr("greet")?.call1(("Ann",))?.extract()?;
    ///     assert_eq!(text, "hi Ann");
    ///     Ok(())
    /// }).unwrap();
    /// ```
    pub fn from_code<'py>(
        py: Python<'py>,
        code: &CStr,
        file_name: &CStr,
        module_name: &CStr,
    ) -> PyResult<Bound<'py, PyModule>> {
        let file_name = if file_name.is_empty() {
            c"<string>"
        } else {
            file_name
        };
        // SAFETY: attached; each call returns a new reference or null with an
        // error set, checked at once.
        unsafe {
            let code = Bound::from_owned_ptr_or_err(
                py,
                ffi::Py_CompileString(code.as_ptr(), file_name.as_ptr(), ffi::Py_file_input),
            )?;
            let module = Bound::from_owned_ptr_or_err(
                py,
                ffi::PyImport_ExecCodeModuleEx(
                    module_name.as_ptr(),
                    code.as_ptr(),
                    file_name.as_ptr(),
                ),
            )?;
            module.cast_into::<PyModule>().map_err(Into::into)
        }
    }
}

/// The methods of modules.
pub trait PyModuleMethods<'py>: crate::sealed::Sealed {
    /// The module's `__dict__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "m")?;
    ///     module.add("answer", 42)?;
    ///     assert_eq!(module.dict().get_item("answer")?.unwrap().extract::<i32>()?, 42);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn dict(&self) -> Bound<'py, PyDict>;
    /// The module's `__all__`, created empty if missing.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "m")?;
    ///     assert!(module.index()?.is_empty());
    ///     module.add("x", 1)?;
    ///     assert_eq!(module.index()?.extract::<Vec<String>>()?, ["x"]);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn index(&self) -> PyResult<Bound<'py, PyList>>;
    /// `__name__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = py.import("os.path")?;
    ///     assert!(module.name()?.to_cow()?.ends_with("path"));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn name(&self) -> PyResult<Bound<'py, PyString>>;
    /// `__file__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let json = py.import("json")?;
    ///     assert!(json.filename()?.to_cow()?.ends_with("__init__.py"));
    ///     // Built-in modules have no file.
    ///     assert!(py.import("sys")?.filename().is_err());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn filename(&self) -> PyResult<Bound<'py, PyString>>;
    /// Adds `value` as attribute `name` and lists it in `__all__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "settings")?;
    ///     module.add("LIMIT", 10)?;
    ///     module.add("NAMES", vec!["a", "b"])?;
    ///     assert_eq!(module.getattr("LIMIT")?.extract::<i32>()?, 10);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn add<N, V>(&self, name: N, value: V) -> PyResult<()>
    where
        N: IntoPyObject<'py, Target = PyString>,
        V: IntoPyObject<'py>;
    /// Adds `module` as a submodule, as the attribute named after the last
    /// component of its `__name__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let parent = PyModule::new(py, "pkg")?;
    ///     let child = PyModule::new(py, "pkg.tools")?;
    ///     parent.add_submodule(&child)?;
    ///     assert!(parent.getattr("tools")?.is(&child));
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn add_submodule(&self, module: &Bound<'_, PyModule>) -> PyResult<()>;
    /// Adds what `wrapper` makes (`wrap_pyfunction!(f)`,
    /// `wrap_pymodule!(m)`) under its `__name__` (for a module, the last
    /// component, as [`add_submodule`](Self::add_submodule) does).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// #[pyfunction]
    /// fn triple(x: i64) -> i64 {
    ///     x * 3
    /// }
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "m")?;
    ///     module.add_wrapped(wrap_pyfunction!(triple))?;
    ///     assert_eq!(module.getattr("triple")?.call1((5,))?.extract::<i64>()?, 15);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn add_wrapped<T>(&self, wrapper: &impl Fn(Python<'py>) -> T) -> PyResult<()>
    where
        T: IntoPyCallbackOutput<'py, Py<PyAny>>;
    /// Adds a function under its `__name__`.
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// #[pyfunction]
    /// fn negate(x: i64) -> i64 {
    ///     -x
    /// }
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "m")?;
    ///     module.add_function(wrap_pyfunction!(negate, &module)?)?;
    ///     assert_eq!(module.getattr("negate")?.call1((4,))?.extract::<i64>()?, -4);
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn add_function(&self, fun: Bound<'_, PyCFunction>) -> PyResult<()>;
    /// Adds the class `T` under its Python name, creating its type object
    /// if needed.
    ///
    /// ```
    /// use pyo3::prelude::*;
    ///
    /// #[pyclass]
    /// struct Point;
    ///
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "geometry")?;
    ///     module.add_class::<Point>()?;
    ///     assert!(module.getattr("Point")?.is_instance_of::<pyo3::types::PyType>());
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn add_class<T: crate::pyclass::PyClass>(&self) -> PyResult<()>;
    /// Declares whether the module needs the GIL (free-threaded builds; a
    /// no-op elsewhere).
    ///
    /// ```
    /// # use pyo3::prelude::*;
    /// # pyo3::Python::initialize();
    /// Python::attach(|py| -> PyResult<()> {
    ///     let module = PyModule::new(py, "threadsafe")?;
    ///     // Tells a free-threaded interpreter this module may run without the GIL.
    ///     module.gil_used(false)?;
    ///     Ok(())
    /// }).unwrap();
    /// ```
    fn gil_used(&self, gil_used: bool) -> PyResult<()>;
}

impl<'py> PyModuleMethods<'py> for Bound<'py, PyModule> {
    fn dict(&self) -> Bound<'py, PyDict> {
        // SAFETY: attached; the module dict is a borrowed reference.
        unsafe {
            Bound::from_borrowed_ptr(self.py(), ffi::PyModule_GetDict(self.as_ptr()))
                .cast_into_unchecked()
        }
    }

    fn index(&self) -> PyResult<Bound<'py, PyList>> {
        let all = crate::intern!(self.py(), "__all__");
        match self.getattr_opt(all)? {
            Some(index) => index
                .cast_into::<PyList>()
                .map_err(|_| PyTypeError::new_err("`__all__` must be a list")),
            None => {
                let list = PyList::empty(self.py());
                self.setattr(all, &list)?;
                Ok(list)
            }
        }
    }

    fn name(&self) -> PyResult<Bound<'py, PyString>> {
        // SAFETY: attached; returns a new `str` or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PyModule_GetNameObject(self.as_ptr()))
                .map(|name| name.cast_into_unchecked())
        }
    }

    fn filename(&self) -> PyResult<Bound<'py, PyString>> {
        // SAFETY: attached; returns a new `str` or null with an error.
        unsafe {
            Bound::from_owned_ptr_or_err(self.py(), ffi::PyModule_GetFilenameObject(self.as_ptr()))
                .map(|name| name.cast_into_unchecked())
        }
    }

    fn add<N, V>(&self, name: N, value: V) -> PyResult<()>
    where
        N: IntoPyObject<'py, Target = PyString>,
        V: IntoPyObject<'py>,
    {
        fn inner(
            module: &Bound<'_, PyModule>,
            name: Borrowed<'_, '_, PyString>,
            value: Borrowed<'_, '_, PyAny>,
        ) -> PyResult<()> {
            module.index()?.append(name)?;
            module.setattr(name, value)
        }
        let py = self.py();
        let name = name.into_pyobject(py).map_err(Into::into)?;
        let value = value.into_pyobject(py).map_err(Into::into)?;
        inner(self, name.as_borrowed(), value.as_borrowed().to_any())
    }

    fn add_submodule(&self, module: &Bound<'_, PyModule>) -> PyResult<()> {
        let full_name = module.name()?;
        let full_name = full_name.to_cow()?;
        // A submodule named `package.child` is the attribute `child`.
        let name = full_name.rsplit('.').next().unwrap_or(&full_name);
        self.add(name, module.as_any())
    }

    fn add_wrapped<T>(&self, wrapper: &impl Fn(Python<'py>) -> T) -> PyResult<()>
    where
        T: IntoPyCallbackOutput<'py, Py<PyAny>>,
    {
        let py = self.py();
        let object = wrapper(py).convert(py)?.into_bound(py);
        if let Ok(module) = object.cast::<PyModule>() {
            return self.add_submodule(module);
        }
        let name = object
            .getattr(crate::intern!(py, "__name__"))?
            .cast_into::<PyString>()?;
        self.add(name, object)
    }

    fn add_class<T: crate::pyclass::PyClass>(&self) -> PyResult<()> {
        let py = self.py();
        let type_object = T::lazy_type_object().get_or_try_init(py)?;
        // SAFETY: the type object lives as long as the interpreter.
        let type_object = unsafe { crate::types::PyType::from_borrowed_type_ptr(py, type_object) };
        self.add(T::NAME, type_object)
    }

    fn add_function(&self, fun: Bound<'_, PyCFunction>) -> PyResult<()> {
        let name = fun
            .getattr(crate::intern!(self.py(), "__name__"))?
            .cast_into::<PyString>()?;
        self.add(name, fun.as_any())
    }

    #[cfg_attr(
        not(all(Py_GIL_DISABLED, not(Py_LIMITED_API))),
        allow(unused_variables)
    )]
    fn gil_used(&self, gil_used: bool) -> PyResult<()> {
        #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
        {
            let gil = if gil_used {
                ffi::Py_MOD_GIL_USED
            } else {
                ffi::Py_MOD_GIL_NOT_USED
            };
            // SAFETY: attached; the object is a module.
            let result = unsafe { ffi::PyUnstable_Module_SetGIL(self.as_ptr(), gil) };
            crate::err::error_on_minusone(self.py(), result)?;
        }
        Ok(())
    }
}
