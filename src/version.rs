//! The interpreter's version, as returned by `Python::version_info`.

use std::cmp::Ordering;

/// A Python version `major.minor.patch`, with a pre-release suffix such as
/// `a1` or `rc2` when there is one. Compares with `(u8, u8)` and
/// `(u8, u8, u8)` tuples: `py.version_info() >= (3, 11)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PythonVersionInfo {
    /// The major version, 3.
    pub major: u8,
    /// The minor version.
    pub minor: u8,
    /// The patch (micro) version.
    pub patch: u8,
    /// The pre-release suffix (`a1`, `b2`, `rc1`, `+`, ...), if any.
    pub suffix: Option<&'static str>,
}

impl PythonVersionInfo {
    /// Parses the start of `sys.version`, e.g. `"3.11.7 (main, ...)"` or
    /// `"3.14.0rc1 ..."`.
    pub(crate) fn from_sys_version(version: &'static str) -> PythonVersionInfo {
        let number = version.split_whitespace().next().unwrap_or("");
        let mut parts = number.splitn(3, '.');
        let mut next_number = |default: u8| -> (u8, Option<&'static str>) {
            match parts.next() {
                Some(part) => {
                    let digits = part.bytes().take_while(u8::is_ascii_digit).count();
                    let value = part[..digits].parse().unwrap_or(default);
                    let rest = &part[digits..];
                    (value, (!rest.is_empty()).then_some(rest))
                }
                None => (default, None),
            }
        };
        let (major, _) = next_number(0);
        let (minor, minor_suffix) = next_number(0);
        let (patch, patch_suffix) = next_number(0);
        PythonVersionInfo {
            major,
            minor,
            patch,
            suffix: patch_suffix.or(minor_suffix),
        }
    }
}

impl PartialEq<(u8, u8)> for PythonVersionInfo {
    fn eq(&self, other: &(u8, u8)) -> bool {
        (self.major, self.minor) == *other
    }
}

impl PartialEq<(u8, u8, u8)> for PythonVersionInfo {
    fn eq(&self, other: &(u8, u8, u8)) -> bool {
        (self.major, self.minor, self.patch) == *other
    }
}

impl PartialOrd<(u8, u8)> for PythonVersionInfo {
    fn partial_cmp(&self, other: &(u8, u8)) -> Option<Ordering> {
        (self.major, self.minor).partial_cmp(other)
    }
}

impl PartialOrd<(u8, u8, u8)> for PythonVersionInfo {
    fn partial_cmp(&self, other: &(u8, u8, u8)) -> Option<Ordering> {
        (self.major, self.minor, self.patch).partial_cmp(other)
    }
}

#[cfg(test)]
mod tests {
    use super::PythonVersionInfo;

    #[test]
    fn parses_release_and_prerelease_versions() {
        let v = PythonVersionInfo::from_sys_version("3.11.7 (main, Jan  1 2024) [GCC]");
        assert_eq!((v.major, v.minor, v.patch, v.suffix), (3, 11, 7, None));
        assert!(v >= (3, 11));
        assert!(v < (3, 12));
        assert!(v == (3, 11, 7));
        let rc = PythonVersionInfo::from_sys_version("3.14.0rc1 experimental");
        assert_eq!((rc.minor, rc.patch, rc.suffix), (14, 0, Some("rc1")));
        let alpha = PythonVersionInfo::from_sys_version("3.15.0a2+");
        assert_eq!(alpha.suffix, Some("a2+"));
    }
}
