//! The interpreter configuration: what `build.rs` learns about the Python it
//! builds for, read from a `key=value` file or from a running interpreter.
//!
//! The text format is the one of `PYO3_CONFIG_FILE`: one `key=value` per line,
//! blank lines and `#` comments ignored. The same format is written to
//! `OUT_DIR` and published to dependents, so every configuration round-trips.

use std::fmt;

/// Which Python implementation the build targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Implementation {
    CPython,
    PyPy,
    GraalPy,
}

impl Implementation {
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "cpython" => Ok(Implementation::CPython),
            "pypy" => Ok(Implementation::PyPy),
            "graalpy" | "graalvm" => Ok(Implementation::GraalPy),
            other => Err(format!(
                "unknown Python implementation `{other}`: expected CPython, PyPy or GraalPy"
            )),
        }
    }
}

impl fmt::Display for Implementation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Implementation::CPython => "CPython",
            Implementation::PyPy => "PyPy",
            Implementation::GraalPy => "GraalPy",
        })
    }
}

/// A `major.minor` Python version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version {
    pub major: u8,
    pub minor: u8,
}

impl Version {
    pub const fn new(major: u8, minor: u8) -> Self {
        Version { major, minor }
    }

    /// Parses `3.11`, `3.11.7` or `311`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let bad = || format!("`{text}` is not a Python version: expected `3.X`");
        let mut parts = text.split('.');
        let first = parts.next().ok_or_else(bad)?;
        match parts.next() {
            Some(minor) => Ok(Version::new(
                first.parse().map_err(|_| bad())?,
                minor.parse().map_err(|_| bad())?,
            )),
            None if first.len() >= 2 && first.starts_with('3') => {
                Ok(Version::new(3, first[1..].parse().map_err(|_| bad())?))
            }
            None => Err(bad()),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.major, self.minor)
    }
}

/// Which ABI the extension targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TargetAbi {
    /// The version-specific ABI of a GIL-enabled build.
    GilEnabled,
    /// The version-specific ABI of a free-threaded build.
    FreeThreaded,
    /// The stable ABI (PEP 384).
    Abi3,
    /// The free-threaded stable ABI (3.15+).
    Abi3t,
}

impl TargetAbi {
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.trim() {
            "gil_enabled" => Ok(TargetAbi::GilEnabled),
            "free_threaded" => Ok(TargetAbi::FreeThreaded),
            "abi3" => Ok(TargetAbi::Abi3),
            "abi3t" => Ok(TargetAbi::Abi3t),
            other => Err(format!(
                "unknown target_abi `{other}`: expected gil_enabled, free_threaded, abi3 or abi3t"
            )),
        }
    }

    pub fn is_limited_api(self) -> bool {
        matches!(self, TargetAbi::Abi3 | TargetAbi::Abi3t)
    }

    pub fn is_free_threaded(self) -> bool {
        matches!(self, TargetAbi::FreeThreaded | TargetAbi::Abi3t)
    }
}

impl fmt::Display for TargetAbi {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            TargetAbi::GilEnabled => "gil_enabled",
            TargetAbi::FreeThreaded => "free_threaded",
            TargetAbi::Abi3 => "abi3",
            TargetAbi::Abi3t => "abi3t",
        })
    }
}

/// C build-time defines of the interpreter that change the ABI.
pub const KNOWN_BUILD_FLAGS: &[&str] = &[
    "Py_DEBUG",
    "Py_REF_DEBUG",
    "Py_TRACE_REFS",
    "COUNT_ALLOCS",
    "Py_GIL_DISABLED",
];

/// Everything the build needs to know about the target interpreter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterpreterConfig {
    pub implementation: Implementation,
    /// The interpreter's version; after `resolve`, the lowest version the
    /// build supports (the abi3 floor for stable-ABI builds).
    pub version: Version,
    pub target_abi: TargetAbi,
    /// Whether libpython is a shared library.
    pub shared: bool,
    pub lib_name: Option<String>,
    pub lib_dir: Option<String>,
    /// The file name the dynamic linker looks for (ELF soname).
    pub soname: Option<String>,
    pub executable: Option<String>,
    pub pointer_width: Option<u32>,
    pub build_flags: Vec<String>,
    pub suppress_build_script_link_lines: bool,
    pub extra_build_script_lines: Vec<String>,
    pub python_framework_prefix: Option<String>,
    pub include_dir: Option<String>,
    pub ext_suffix: Option<String>,
}

impl InterpreterConfig {
    /// A configuration with no interpreter behind it (abi3 without Python,
    /// cross builds without a sysconfig file).
    pub fn bare(implementation: Implementation, version: Version) -> Self {
        InterpreterConfig {
            implementation,
            version,
            target_abi: TargetAbi::GilEnabled,
            shared: true,
            lib_name: None,
            lib_dir: None,
            soname: None,
            executable: None,
            pointer_width: None,
            build_flags: Vec::new(),
            suppress_build_script_link_lines: false,
            extra_build_script_lines: Vec::new(),
            python_framework_prefix: None,
            include_dir: None,
            ext_suffix: None,
        }
    }

    pub fn has_flag(&self, flag: &str) -> bool {
        self.build_flags.iter().any(|f| f == flag)
    }

    /// Parses the `key=value` text of a config file or of the interpreter
    /// query. `source` names the origin in error messages.
    pub fn parse(text: &str, source: &str) -> Result<Self, String> {
        let mut implementation = Implementation::CPython;
        let mut version = None;
        let mut config = InterpreterConfig::bare(implementation, Version::new(3, 0));
        let mut abi3 = false;
        let mut target_abi = None;
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line.split_once('=').ok_or_else(|| {
                format!(
                    "{source}, line {}: expected `key=value`, found `{line}`",
                    number + 1
                )
            })?;
            let (key, value) = (key.trim(), value.trim());
            let at = |e: String| format!("{source}, line {}: {e}", number + 1);
            let text = || (!value.is_empty()).then(|| value.to_string());
            match key {
                "implementation" => implementation = Implementation::parse(value).map_err(at)?,
                "version" => version = Some(Version::parse(value).map_err(at)?),
                "shared" => config.shared = parse_bool(value).map_err(at)?,
                "abi3" => abi3 = parse_bool(value).map_err(at)?,
                "target_abi" => target_abi = Some(TargetAbi::parse(value).map_err(at)?),
                "lib_name" => config.lib_name = text(),
                "lib_dir" => config.lib_dir = text(),
                "soname" => config.soname = text(),
                "executable" => config.executable = text(),
                "pointer_width" => {
                    config.pointer_width = Some(value.parse().map_err(|_| {
                        at(format!("pointer_width must be 32 or 64, found `{value}`"))
                    })?)
                }
                "build_flags" => {
                    config.build_flags = value
                        .split(',')
                        .map(str::trim)
                        .filter(|flag| !flag.is_empty())
                        .map(str::to_string)
                        .collect();
                    if let Some(unknown) = config
                        .build_flags
                        .iter()
                        .find(|flag| !KNOWN_BUILD_FLAGS.contains(&flag.as_str()))
                    {
                        return Err(at(format!(
                            "unknown build flag `{unknown}`: expected any of {}",
                            KNOWN_BUILD_FLAGS.join(", ")
                        )));
                    }
                }
                "suppress_build_script_link_lines" => {
                    config.suppress_build_script_link_lines = parse_bool(value).map_err(at)?
                }
                "extra_build_script_line" => config.extra_build_script_lines.push(value.into()),
                "python_framework_prefix" => config.python_framework_prefix = text(),
                "include_dir" => config.include_dir = text(),
                "ext_suffix" => config.ext_suffix = text(),
                other => println!("cargo:warning={source}: ignoring unknown key `{other}`"),
            }
        }
        config.implementation = implementation;
        config.version = version.ok_or_else(|| format!("{source}: missing `version=3.X` line"))?;
        let free_threaded = config.has_flag("Py_GIL_DISABLED");
        config.target_abi = match target_abi {
            Some(abi) => abi,
            None if free_threaded => TargetAbi::FreeThreaded,
            None if abi3 => TargetAbi::Abi3,
            None => TargetAbi::GilEnabled,
        };
        if config.target_abi.is_free_threaded() && !free_threaded {
            config.build_flags.push("Py_GIL_DISABLED".into());
        }
        Ok(config)
    }

    /// The `key=value` text that `parse` reads back unchanged.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut line = |key: &str, value: &dyn fmt::Display| {
            out.push_str(&format!("{key}={value}\n"));
        };
        line("implementation", &self.implementation);
        line("version", &self.version);
        line("target_abi", &self.target_abi);
        line("shared", &self.shared);
        line("build_flags", &self.build_flags.join(","));
        line(
            "suppress_build_script_link_lines",
            &self.suppress_build_script_link_lines,
        );
        let optional = [
            ("lib_name", &self.lib_name),
            ("lib_dir", &self.lib_dir),
            ("soname", &self.soname),
            ("executable", &self.executable),
            ("python_framework_prefix", &self.python_framework_prefix),
            ("include_dir", &self.include_dir),
            ("ext_suffix", &self.ext_suffix),
        ];
        for (key, value) in optional {
            if let Some(value) = value {
                line(key, value);
            }
        }
        if let Some(width) = self.pointer_width {
            line("pointer_width", &width);
        }
        for extra in &self.extra_build_script_lines {
            line("extra_build_script_line", extra);
        }
        out
    }
}

fn parse_bool(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" | "" => Ok(false),
        other => Err(format!("expected true or false, found `{other}`")),
    }
}
