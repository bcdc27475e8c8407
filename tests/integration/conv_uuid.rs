//! `uuid::Uuid` / `uuid::NonNilUuid` <-> `uuid.UUID` (feature `uuid`).

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use uuid::{NonNilUuid, Uuid};

use crate::common::{eval, refcount, with_py};

#[test]
fn round_trips() {
    with_py(|py| {
        let values = [
            Uuid::nil(),
            Uuid::max(),
            Uuid::from_u128(1),
            Uuid::from_u128(1 << 127),
            Uuid::parse_str("67e55044-10b1-426f-9247-bb680e5fe0c8").unwrap(),
        ];
        for value in values {
            let object = value.into_pyobject(py).unwrap();
            assert!(object.is_exact_instance(&py.import("uuid").unwrap().getattr("UUID").unwrap()));
            assert_eq!(
                object.str().unwrap().to_string(),
                value.hyphenated().to_string()
            );
            assert_eq!(
                object.getattr("int").unwrap().extract::<u128>().unwrap(),
                value.as_u128()
            );
            let expected = eval(py, &format!("__import__('uuid').UUID('{value}')"));
            assert!(object.eq(&expected).unwrap());
            assert!((&value).into_pyobject(py).unwrap().eq(&expected).unwrap());
            assert_eq!(object.extract::<Uuid>().unwrap(), value);
            assert_eq!(expected.extract::<Uuid>().unwrap(), value);
        }
    });
}

#[test]
fn subclasses_are_accepted() {
    with_py(|py| {
        let object = eval(
            py,
            "type('MyUUID', (__import__('uuid').UUID,), {})('12345678123456781234567812345678')",
        );
        assert_eq!(
            object.extract::<Uuid>().unwrap(),
            Uuid::from_u128(0x1234_5678_1234_5678_1234_5678_1234_5678)
        );
    });
}

#[test]
fn refuses_other_objects() {
    with_py(|py| {
        for code in [
            "'67e55044-10b1-426f-9247-bb680e5fe0c8'",
            "0",
            "b'0123456789abcdef'",
            "None",
            "type('FakeUUID', (), {'int': 5})()",
        ] {
            let err = eval(py, code).extract::<Uuid>().unwrap_err();
            assert!(err.is_instance_of::<PyTypeError>(py), "{code}: {err}");
            assert_eq!(
                err.to_string(),
                "TypeError: Expected a `uuid.UUID` instance.",
                "{code}"
            );
        }
    });
}

#[test]
fn non_nil_uuids() {
    with_py(|py| {
        let value = NonNilUuid::new(Uuid::from_u128(42)).unwrap();
        let object = value.into_pyobject(py).unwrap();
        assert_eq!(
            object.getattr("int").unwrap().extract::<u128>().unwrap(),
            42
        );
        assert!((&value).into_pyobject(py).unwrap().eq(&object).unwrap());
        assert_eq!(object.extract::<NonNilUuid>().unwrap(), value);
        let nil = Uuid::nil().into_pyobject(py).unwrap();
        let err = nil.extract::<NonNilUuid>().unwrap_err();
        assert!(err.is_instance_of::<PyValueError>(py));
        assert_eq!(err.to_string(), "ValueError: UUID is nil");
        let err = eval(py, "'x'").extract::<NonNilUuid>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "TypeError: Expected a `uuid.UUID` instance."
        );
    });
}

#[test]
fn reference_counts() {
    with_py(|py| {
        let class = py.import("uuid").unwrap().getattr("UUID").unwrap();
        let value = Uuid::from_u128(0xdead_beef);
        drop(value.into_pyobject(py).unwrap());
        let class_count = refcount(&class);
        for _ in 0..100 {
            let object = value.into_pyobject(py).unwrap();
            assert_eq!(refcount(&object), 1);
            assert_eq!(object.extract::<Uuid>().unwrap(), value);
            assert_eq!(refcount(&object), 1);
        }
        assert_eq!(refcount(&class), class_count);
    });
}

#[cfg(feature = "experimental-inspect")]
#[test]
fn type_hints() {
    assert_eq!(
        <Uuid as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "uuid.UUID"
    );
    assert_eq!(
        <Uuid as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "uuid.UUID"
    );
    assert_eq!(
        <&Uuid as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "uuid.UUID"
    );
    assert_eq!(
        <NonNilUuid as FromPyObject<'_, '_>>::INPUT_TYPE.to_string(),
        "uuid.UUID"
    );
    assert_eq!(
        <NonNilUuid as IntoPyObject<'_>>::OUTPUT_TYPE.to_string(),
        "uuid.UUID"
    );
}
