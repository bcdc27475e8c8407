//! `Include/pytypedefs.h`: types whose layout the (limited) API hides.

opaque_struct!(
    /// A code object (`PyCodeObject`); its fields are not part of the API.
    pub PyCodeObject
);
opaque_struct!(
    /// A frame object (`PyFrameObject`); opaque since Python 3.11.
    pub PyFrameObject
);
opaque_struct!(
    /// The state of one thread attached to an interpreter.
    pub PyThreadState
);
opaque_struct!(
    /// The state of one (sub)interpreter.
    pub PyInterpreterState
);
#[cfg(Py_LIMITED_API)]
opaque_struct!(
    /// A type object; its layout is hidden by the limited API.
    pub PyTypeObject
);
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
opaque_struct!(
    /// An object header; opaque in the free-threaded stable ABI (abi3t).
    pub PyObject
);
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
opaque_struct!(
    /// A variable-size object header; opaque under abi3t.
    pub PyVarObject
);
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
opaque_struct!(
    /// A module definition; opaque under abi3t.
    pub PyModuleDef
);
