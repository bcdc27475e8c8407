//! Building a class's type object from its item tables with
//! `PyType_FromSpecWithBases`, which the stable ABI has, then setting its
//! class attributes.

use std::ffi::{CStr, CString, c_int, c_void};

use super::items::{DeleterFn, GetterFn, PyMethodDefType, SetterFn};
use super::layout::{PyClassObject, tp_dealloc};
use crate::err::{PyErr, PyResult};
use crate::ffi;
use crate::impl_::trampoline::trampoline;
use crate::instance::{Bound, Py};
use crate::marker::Python;
use crate::pyclass::PyClass;
use crate::type_object::PyTypeInfo;
use crate::types::{PyString, PyTuple, PyType};

/// The functions behind one property, found by the C getter and setter
/// through the `closure` pointer of its `PyGetSetDef`.
#[derive(Default)]
struct PropertyFunctions {
    get: Option<GetterFn>,
    set: Option<SetterFn>,
    delete: Option<DeleterFn>,
}

/// A property being assembled from its getter, setter and deleter items.
struct Property {
    name: &'static CStr,
    doc: Option<&'static CStr>,
    functions: PropertyFunctions,
}

/// Everything type creation needs to know about a class. Only this is
/// generic over the class ([`ClassSpec::of`]); the building itself is
/// written (and compiled) once.
pub(crate) struct ClassSpec {
    name: &'static str,
    module: Option<&'static str>,
    doc: &'static CStr,
    items: fn() -> super::items::PyClassItemsIter,
    basicsize: usize,
    dict_offset: Option<usize>,
    weaklist_offset: Option<usize>,
    is_basetype: bool,
    immutable: bool,
    sequence: bool,
    mapping: bool,
    dealloc: ffi::destructor,
    traverse: ffi::traverseproc,
    clear: ffi::inquiry,
    base: *mut ffi::PyTypeObject,
}

impl ClassSpec {
    /// The description of `T`.
    pub(crate) fn of<T: PyClass>(py: Python<'_>) -> Self {
        ClassSpec {
            name: T::NAME,
            module: T::MODULE,
            doc: T::DOC,
            items: T::items_iter,
            basicsize: std::mem::size_of::<PyClassObject<T>>(),
            dict_offset: PyClassObject::<T>::DICT_OFFSET,
            weaklist_offset: PyClassObject::<T>::WEAKLIST_OFFSET,
            is_basetype: T::IS_BASETYPE,
            immutable: T::IS_IMMUTABLE_TYPE,
            sequence: T::IS_SEQUENCE,
            mapping: T::IS_MAPPING,
            dealloc: tp_dealloc::<T>,
            traverse: super::instance_gc::tp_traverse_dict::<T>,
            clear: super::instance_gc::tp_clear_dict::<T>,
            base: <T::BaseType as PyTypeInfo>::type_object_raw(py),
        }
    }

    /// The class's name, for messages.
    pub(crate) fn name(&self) -> &'static str {
        self.name
    }
}

/// Creates the type object of a class (without its class attributes).
pub(crate) fn create_type_object(py: Python<'_>, spec: &ClassSpec) -> PyResult<Py<PyType>> {
    let mut methods: Vec<ffi::PyMethodDef> = Vec::new();
    let mut properties: Vec<Property> = Vec::new();
    let mut slots: Vec<ffi::PyType_Slot> = Vec::new();
    let mut new_text_signature = None;

    for items in (spec.items)() {
        for item in items.methods {
            let mut property = |name: &'static CStr, doc: Option<&'static CStr>| {
                let index = match properties.iter().position(|p| p.name == name) {
                    Some(index) => index,
                    None => {
                        properties.push(Property {
                            name,
                            doc: None,
                            functions: PropertyFunctions::default(),
                        });
                        properties.len() - 1
                    }
                };
                let property = &mut properties[index];
                if property.doc.is_none() {
                    property.doc = doc;
                }
                index
            };
            match item {
                PyMethodDefType::Method(def) => methods.push(def.method_def()),
                PyMethodDefType::ClassAttribute { .. } => {}
                PyMethodDefType::Getter { name, doc, get } => {
                    let index = property(name, *doc);
                    properties[index].functions.get = Some(*get);
                }
                PyMethodDefType::Setter { name, doc, set } => {
                    let index = property(name, *doc);
                    properties[index].functions.set = Some(*set);
                }
                PyMethodDefType::Deleter { name, delete } => {
                    let index = property(name, None);
                    properties[index].functions.delete = Some(*delete);
                }
            }
        }
        for slot in items.slots {
            slots.push(ffi::PyType_Slot {
                slot: slot.slot,
                pfunc: slot.pfunc,
            });
        }
        if items.new_text_signature.is_some() {
            new_text_signature = items.new_text_signature;
        }
    }

    // As for Python classes, item access by key also serves item access by
    // index (iteration, `PySequence_GetItem`), unless the class is a
    // mapping.
    if !spec.mapping {
        let has = |slots: &[ffi::PyType_Slot], id| slots.iter().any(|slot| slot.slot == id);
        if has(&slots, ffi::Py_mp_subscript) && !has(&slots, ffi::Py_sq_item) {
            slots.push(slot(ffi::Py_sq_item, sequence_item as *mut c_void));
        }
        if has(&slots, ffi::Py_mp_ass_subscript) && !has(&slots, ffi::Py_sq_ass_item) {
            slots.push(slot(
                ffi::Py_sq_ass_item,
                sequence_assign_item as *mut c_void,
            ));
        }
    }
    if spec.sequence {
        for slot in &mut slots {
            if slot.slot == ffi::Py_mp_length {
                slot.slot = ffi::Py_sq_length;
            }
        }
    }
    // A slot given twice keeps its last definition: `#[pymethods]` items
    // come after those of `#[pyclass]` options (a hand-written `__hash__`
    // beats the unhashability that `eq` implies).
    let mut seen = Vec::new();
    for index in (0..slots.len()).rev() {
        if seen.contains(&slots[index].slot) {
            slots.remove(index);
        } else {
            seen.push(slots[index].slot);
        }
    }

    // Without `#[new]` Python cannot make instances: 3.10+ says so with a
    // flag (`cannot create 'X' instances`), older versions get a `tp_new`
    // that raises.
    let has_new = slots.iter().any(|slot| slot.slot == ffi::Py_tp_new);
    #[cfg(not(Py_3_10))]
    if !has_new {
        slots.push(slot(ffi::Py_tp_new, no_constructor_defined as *mut c_void));
    }
    slots.push(slot(ffi::Py_tp_dealloc, spec.dealloc as *mut c_void));
    // A dict makes a GC type even without `__traverse__` / `__clear__`
    // (which, when written, take care of the dict themselves).
    if spec.dict_offset.is_some() {
        if !slots.iter().any(|slot| slot.slot == ffi::Py_tp_traverse) {
            slots.push(slot(ffi::Py_tp_traverse, spec.traverse as *mut c_void));
        }
        if !slots.iter().any(|slot| slot.slot == ffi::Py_tp_clear) {
            slots.push(slot(ffi::Py_tp_clear, spec.clear as *mut c_void));
        }
    }

    let doc = class_doc(spec.name, spec.doc, new_text_signature)?;
    if let Some(doc) = &doc {
        // `PyType_FromSpec` copies the docstring.
        slots.push(slot(ffi::Py_tp_doc, doc.as_ptr() as *mut c_void));
    }

    // The tables below must outlive the type: descriptors point into them.
    // They are made once per class and kept for the life of the process.
    if !methods.is_empty() {
        methods.push(ffi::PyMethodDef::zeroed());
        let methods = Box::leak(methods.into_boxed_slice());
        slots.push(slot(ffi::Py_tp_methods, methods.as_mut_ptr().cast()));
    }
    let mut getset: Vec<ffi::PyGetSetDef> = properties
        .into_iter()
        .map(|property| {
            let has_set = property.functions.set.is_some() || property.functions.delete.is_some();
            let has_get = property.functions.get.is_some();
            let closure: &'static PropertyFunctions = Box::leak(Box::new(property.functions));
            ffi::PyGetSetDef {
                name: property.name.as_ptr(),
                get: has_get.then_some(property_get as ffi::getter),
                set: has_set.then_some(property_set as ffi::setter),
                doc: property.doc.map_or(std::ptr::null(), CStr::as_ptr),
                closure: std::ptr::from_ref(closure).cast_mut().cast(),
            }
        })
        .collect();
    // Heap types made from specs get no `__dict__` descriptor of their own.
    if let Some(offset) = spec.dict_offset {
        getset.push(super::instance_dict::dict_descriptor(offset));
    }
    if !getset.is_empty() {
        getset.push(ffi::PyGetSetDef::default());
        let getset = Box::leak(getset.into_boxed_slice());
        slots.push(slot(ffi::Py_tp_getset, getset.as_mut_ptr().cast()));
    }
    let mut members = Vec::new();
    if let Some(offset) = spec.dict_offset {
        members.push(offset_member(c"__dictoffset__", offset));
    }
    if let Some(offset) = spec.weaklist_offset {
        members.push(offset_member(c"__weaklistoffset__", offset));
    }
    if !members.is_empty() {
        members.push(ffi::PyMemberDef {
            name: std::ptr::null(),
            type_code: 0,
            offset: 0,
            flags: 0,
            doc: std::ptr::null(),
        });
        let members = Box::leak(members.into_boxed_slice());
        slots.push(slot(ffi::Py_tp_members, members.as_mut_ptr().cast()));
    }
    slots.push(ffi::PyType_Slot::default());

    // Before 3.12 the type's `tp_name` points into the spec's name.
    // Without a module the class says `builtins`, as PyO3's do.
    let qualified_name = format!("{}.{}", spec.module.unwrap_or("builtins"), spec.name);
    let name: &'static CStr = Box::leak(
        CString::new(qualified_name)
            .map_err(|_| crate::exceptions::PyValueError::new_err("class name contains NUL"))?
            .into_boxed_c_str(),
    );

    let mut flags = ffi::Py_TPFLAGS_DEFAULT;
    #[cfg(Py_3_10)]
    if !has_new {
        flags |= ffi::Py_TPFLAGS_DISALLOW_INSTANTIATION;
    }
    if slots.iter().any(|slot| slot.slot == ffi::Py_tp_traverse) {
        flags |= ffi::Py_TPFLAGS_HAVE_GC;
    }
    if spec.is_basetype {
        flags |= ffi::Py_TPFLAGS_BASETYPE;
    }
    #[cfg(Py_3_10)]
    if spec.immutable {
        flags |= ffi::Py_TPFLAGS_IMMUTABLETYPE;
    }
    let mut type_spec = ffi::PyType_Spec {
        name: name.as_ptr(),
        basicsize: c_int::try_from(spec.basicsize).expect("class layouts are small"),
        itemsize: 0,
        flags: flags as _,
        slots: slots.as_mut_ptr(),
    };
    // SAFETY: the base's type object lives as long as the interpreter.
    let base = unsafe { PyType::from_borrowed_type_ptr(py, spec.base) };
    let bases = PyTuple::new(py, [base])?;
    // SAFETY: attached; the spec and its tables are valid, and `bases` is a
    // tuple of types.
    let type_object = unsafe {
        let created = ffi::PyType_FromSpecWithBases(&mut type_spec, bases.as_ptr());
        Bound::from_owned_ptr_or_err(py, created)?.cast_into_unchecked::<PyType>()
    };
    #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
    if let Some(doc) = &doc {
        restore_text_signature(&type_object, doc);
    }
    Ok(type_object.unbind())
}

/// Before 3.10, `PyType_FromSpec` keeps the docstring without its text
/// signature, so `inspect.signature` finds none; the full text goes back
/// in (`__doc__` was already set from the shortened one).
#[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
fn restore_text_signature(type_object: &Bound<'_, PyType>, doc: &CStr) {
    let bytes = doc.to_bytes_with_nul();
    // SAFETY: attached; the type is new and ours. The type frees `tp_doc`
    // with `PyObject_Free`, so the copy comes from `PyObject_Malloc`.
    unsafe {
        let copy = ffi::PyObject_Malloc(bytes.len()).cast::<u8>();
        if copy.is_null() {
            return;
        }
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), copy, bytes.len());
        let raw = type_object.as_ptr().cast::<ffi::PyTypeObject>();
        ffi::PyObject_Free((*raw).tp_doc as *mut std::ffi::c_void);
        (*raw).tp_doc = copy.cast();
    }
}

/// The class docstring: the `#[new]` text signature (as
/// `Name(sig)\n--\n\n`, which `inspect.signature` reads) and the doc
/// comments. `None` when both are absent.
fn class_doc(
    name: &str,
    doc: &'static CStr,
    new_text_signature: Option<&str>,
) -> PyResult<Option<CString>> {
    let doc = doc.to_str().unwrap_or_default();
    let text = match new_text_signature {
        Some(signature) => format!("{name}{signature}\n--\n\n{doc}"),
        None if doc.is_empty() => return Ok(None),
        None => doc.to_owned(),
    };
    CString::new(text)
        .map(Some)
        .map_err(|_| crate::exceptions::PyValueError::new_err("class docstring contains NUL"))
}

fn slot(slot: c_int, pfunc: *mut c_void) -> ffi::PyType_Slot {
    ffi::PyType_Slot { slot, pfunc }
}

fn offset_member(name: &'static CStr, offset: usize) -> ffi::PyMemberDef {
    ffi::PyMemberDef {
        name: name.as_ptr(),
        type_code: ffi::Py_T_PYSSIZET,
        offset: offset as ffi::Py_ssize_t,
        flags: ffi::Py_READONLY,
        doc: std::ptr::null(),
    }
}

/// Sets the class attributes (`#[classattr]`) of a class on its new type.
pub(crate) fn fill_class_attributes(
    py: Python<'_>,
    type_object: &Bound<'_, PyType>,
    spec: &ClassSpec,
) -> PyResult<()> {
    for items in (spec.items)() {
        for item in items.methods {
            if let PyMethodDefType::ClassAttribute { name, value } = item {
                let value = value(py)?;
                let name = PyString::new(py, name);
                set_type_attribute(type_object, &name, value.bind(py), spec.immutable)?;
            }
        }
    }
    Ok(())
}

/// `setattr(type, name, value)`, also for an `immutable_type` class (whose
/// own `setattr` refuses it): the class attributes are part of making it.
fn set_type_attribute(
    type_object: &Bound<'_, PyType>,
    name: &Bound<'_, PyString>,
    value: &Bound<'_, crate::types::PyAny>,
    immutable: bool,
) -> PyResult<()> {
    // SAFETY: attached; all three are valid objects. The generic setattr
    // stores into the type's dict without the immutability check, and
    // `PyType_Modified` then drops any cached lookups of the type.
    unsafe {
        let result = if immutable {
            let result =
                ffi::PyObject_GenericSetAttr(type_object.as_ptr(), name.as_ptr(), value.as_ptr());
            ffi::PyType_Modified(type_object.as_ptr().cast());
            result
        } else {
            ffi::PyObject_SetAttr(type_object.as_ptr(), name.as_ptr(), value.as_ptr())
        };
        if result == -1 {
            return Err(PyErr::fetch(type_object.py()));
        }
    }
    Ok(())
}

/// The C getter of every property: calls the getter its closure names.
unsafe extern "C" fn property_get(
    object: *mut ffi::PyObject,
    closure: *mut c_void,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter; `closure` is the `PropertyFunctions`
    // this getter was registered with, which lives forever.
    unsafe {
        trampoline(move |py| {
            let functions = &*closure.cast::<PropertyFunctions>();
            let get = functions.get.expect("registered only with a getter");
            get(py, object)
        })
    }
}

/// The C setter of every property: calls the setter (or, for `del`, the
/// deleter) its closure names.
unsafe extern "C" fn property_set(
    object: *mut ffi::PyObject,
    value: *mut ffi::PyObject,
    closure: *mut c_void,
) -> c_int {
    // SAFETY: as for `property_get`.
    unsafe {
        trampoline(move |py| {
            let functions = &*closure.cast::<PropertyFunctions>();
            if value.is_null() {
                match functions.delete {
                    Some(delete) => delete(py, object),
                    None => Err(crate::exceptions::PyAttributeError::new_err(
                        "property has no deleter",
                    )),
                }
            } else {
                match functions.set {
                    Some(set) => set(py, object, value),
                    None => Err(crate::exceptions::PyAttributeError::new_err(
                        "property has no setter",
                    )),
                }
            }
        })
    }
}

/// `sq_item` of a class with `__getitem__`: `obj[index]` through the
/// mapping slot.
unsafe extern "C" fn sequence_item(
    object: *mut ffi::PyObject,
    index: ffi::Py_ssize_t,
) -> *mut ffi::PyObject {
    // SAFETY: called by the interpreter (attached) with a live object.
    unsafe {
        let key = ffi::PyLong_FromSsize_t(index);
        if key.is_null() {
            return std::ptr::null_mut();
        }
        let item = ffi::PyObject_GetItem(object, key);
        ffi::Py_DECREF(key);
        item
    }
}

/// `sq_ass_item` of a class with `__setitem__` / `__delitem__`.
unsafe extern "C" fn sequence_assign_item(
    object: *mut ffi::PyObject,
    index: ffi::Py_ssize_t,
    value: *mut ffi::PyObject,
) -> c_int {
    // SAFETY: as for `sequence_item`; a null value deletes.
    unsafe {
        let key = ffi::PyLong_FromSsize_t(index);
        if key.is_null() {
            return -1;
        }
        let result = if value.is_null() {
            ffi::PyObject_DelItem(object, key)
        } else {
            ffi::PyObject_SetItem(object, key, value)
        };
        ffi::Py_DECREF(key);
        result
    }
}

/// `tp_new` of a class without `#[new]` (before 3.10).
#[cfg(not(Py_3_10))]
unsafe extern "C" fn no_constructor_defined(
    subtype: *mut ffi::PyTypeObject,
    _args: *mut ffi::PyObject,
    _kwargs: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    use crate::types::PyTypeMethods;
    // SAFETY: called by the interpreter with a valid type.
    unsafe {
        trampoline(move |py| {
            let subtype = PyType::from_borrowed_type_ptr(py, subtype);
            let name = subtype.name()?;
            Err::<*mut ffi::PyObject, _>(crate::exceptions::PyTypeError::new_err(format!(
                "No constructor defined for {name}"
            )))
        })
    }
}
