//! `Ipv4Addr`, `Ipv6Addr`, `IpAddr` <-> `ipaddress.IPv4Address` /
//! `ipaddress.IPv6Address`.
//!
//! Extraction of `IpAddr` reads the object's `packed` bytes (4 or 16) when
//! it has them, and otherwise parses `str(obj)` (so strings such as
//! `"127.0.0.1"` are accepted too).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::exceptions::PyValueError;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods, PyBytes, PyBytesMethods, PyStringMethods, PyType};

impl FromPyObject<'_, '_> for IpAddr {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        match obj.getattr(crate::intern!(obj.py(), "packed")) {
            Ok(packed) => {
                // Anything but 4 or 16 bytes is refused.
                let octets = packed
                    .cast::<PyBytes>()
                    .map(|bytes| bytes.as_bytes())
                    .unwrap_or_default();
                if let Ok(octets) = <[u8; 4]>::try_from(octets) {
                    Ok(IpAddr::from(octets))
                } else if let Ok(octets) = <[u8; 16]>::try_from(octets) {
                    Ok(IpAddr::from(octets))
                } else {
                    Err(PyValueError::new_err("invalid packed length"))
                }
            }
            Err(_) => obj
                .str()?
                .to_cow()?
                .parse::<IpAddr>()
                .map_err(PyValueError::new_err),
        }
    }
}

/// `ipaddress.<class_name>(value)`, the class imported once.
fn make_address<'py, V>(
    py: Python<'py>,
    class: &'static PyOnceLock<Py<PyType>>,
    class_name: &str,
    value: V,
) -> Result<Bound<'py, PyAny>, PyErr>
where
    V: IntoPyObject<'py>,
{
    class.import(py, "ipaddress", class_name)?.call1((value,))
}

impl<'py> IntoPyObject<'py> for Ipv4Addr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        static IPV4_ADDRESS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        make_address(py, &IPV4_ADDRESS, "IPv4Address", u32::from(self))
    }
}

impl<'py> IntoPyObject<'py> for &Ipv4Addr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for Ipv6Addr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        static IPV6_ADDRESS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        make_address(py, &IPV6_ADDRESS, "IPv6Address", u128::from(self))
    }
}

impl<'py> IntoPyObject<'py> for &Ipv6Addr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for IpAddr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        match self {
            IpAddr::V4(address) => address.into_pyobject(py),
            IpAddr::V6(address) => address.into_pyobject(py),
        }
    }
}

impl<'py> IntoPyObject<'py> for &IpAddr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}
