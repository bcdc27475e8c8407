//! `Ipv4Addr`, `Ipv6Addr`, `IpAddr` <-> `ipaddress.IPv4Address` /
//! `ipaddress.IPv6Address`.
//!
//! Extraction of `IpAddr` reads the object's `packed` octets (4 or 16, as
//! `bytes` or any sequence of integers) when it has them, and otherwise parses `str(obj)` (so strings such as
//! `"127.0.0.1"` are accepted too).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use crate::conversion::{FromPyObject, IntoPyObject};
use crate::err::PyErr;
use crate::exceptions::PyValueError;
#[cfg(feature = "experimental-inspect")]
use crate::inspect::PyStaticExpr;
use crate::instance::{Borrowed, Bound, Py};
use crate::marker::Python;
use crate::sync::PyOnceLock;
use crate::types::{PyAny, PyAnyMethods, PyBytes, PyBytesMethods, PyStringMethods, PyType};

impl FromPyObject<'_, '_> for IpAddr {
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const INPUT_TYPE: PyStaticExpr = crate::type_hint_union!(
        crate::type_hint_identifier!("ipaddress", "IPv4Address"),
        crate::type_hint_identifier!("ipaddress", "IPv6Address")
    );

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> Result<Self, Self::Error> {
        match obj.getattr(crate::intern!(obj.py(), "packed")) {
            Ok(packed) => packed_address(&packed)
                .ok_or_else(|| PyValueError::new_err("invalid packed length")),
            Err(_) => obj
                .str()?
                .to_cow()?
                .parse::<IpAddr>()
                .map_err(PyValueError::new_err),
        }
    }
}

/// The address whose octets `packed` holds: `bytes` (read in place) or any
/// other sequence of 4 or 16 integers in `0..=255`.
fn packed_address(packed: &Bound<'_, PyAny>) -> Option<IpAddr> {
    if let Ok(bytes) = packed.cast::<PyBytes>() {
        let octets = bytes.as_bytes();
        return match octets.len() {
            4 => <[u8; 4]>::try_from(octets).ok().map(IpAddr::from),
            16 => <[u8; 16]>::try_from(octets).ok().map(IpAddr::from),
            _ => None,
        };
    }
    if let Ok(octets) = packed.extract::<[u8; 4]>() {
        Some(IpAddr::from(octets))
    } else if let Ok(octets) = packed.extract::<[u8; 16]>() {
        Some(IpAddr::from(octets))
    } else {
        None
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

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("ipaddress", "IPv4Address");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        static IPV4_ADDRESS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        make_address(py, &IPV4_ADDRESS, "IPv4Address", u32::from(self))
    }
}

impl<'py> IntoPyObject<'py> for &Ipv4Addr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = Ipv4Addr::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for Ipv6Addr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = crate::type_hint_identifier!("ipaddress", "IPv6Address");

    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        static IPV6_ADDRESS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
        make_address(py, &IPV6_ADDRESS, "IPv6Address", u128::from(self))
    }
}

impl<'py> IntoPyObject<'py> for &Ipv6Addr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = Ipv6Addr::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for IpAddr {
    type Target = PyAny;
    type Output = Bound<'py, Self::Target>;
    type Error = PyErr;

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr =
        crate::type_hint_union!(Ipv4Addr::OUTPUT_TYPE, Ipv6Addr::OUTPUT_TYPE);

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

    #[cfg(feature = "experimental-inspect")]
    const OUTPUT_TYPE: PyStaticExpr = IpAddr::OUTPUT_TYPE;

    #[inline]
    fn into_pyobject(self, py: Python<'py>) -> Result<Self::Output, Self::Error> {
        (*self).into_pyobject(py)
    }
}
