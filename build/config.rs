//! The interpreter configuration: what `build.rs` learns about the Python it
//! builds for, read from a `key=value` file or from a running interpreter.
//!
//! The text format is the one `pyo3-build-config` 0.30 reads and writes (and
//! maturin writes for cross builds): one `key=value` per line, with
//! `target_abi=<implementation>-<kind>-<X.Y>[-debug]` (for example
//! `target_abi=CPython-abi3-3.9`). `version` is the interpreter's version;
//! the version in `target_abi` is the one the build targets (the abi3 floor).
//! [`InterpreterConfig::to_text`] writes exactly the keys that crate knows, in
//! its order, so its `use_pyo3_cfgs()` / `get()` read what we publish in
//! `DEP_PYTHON_PYO3_CONFIG`. Reading is more lenient: blank lines and `#`
//! comments, this crate's older spellings (`target_abi=abi3`) and its own
//! extra keys (`soname`, `include_dir`, `ext_suffix`) are accepted too.

use std::fmt;

/// Which Python implementation the build targets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Implementation {
    CPython,
    PyPy,
    GraalPy,
}

impl Implementation {
    /// Parses an implementation name; `GraalVM` is the spelling of the config
    /// text, the others are accepted in any case.
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "cpython" => Ok(Implementation::CPython),
            "pypy" => Ok(Implementation::PyPy),
            "graalpy" | "graalvm" => Ok(Implementation::GraalPy),
            "rustpython" => Err("RustPython is not supported by this crate".into()),
            other => Err(format!(
                "unknown Python implementation `{other}`: expected CPython, PyPy or GraalVM"
            )),
        }
    }

    /// The spelling in config text (`pyo3-build-config` names GraalPy `GraalVM`).
    pub fn config_name(self) -> &'static str {
        match self {
            Implementation::CPython => "CPython",
            Implementation::PyPy => "PyPy",
            Implementation::GraalPy => "GraalVM",
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

/// Which kind of ABI the extension targets (the middle part of `target_abi`).
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
    /// Parses a kind: `gil_enabled`, `free_threaded`, `abi3` or `abi3t`.
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

    /// Whether this is one of the stable ABIs (`Py_LIMITED_API`).
    pub fn is_limited_api(self) -> bool {
        matches!(self, TargetAbi::Abi3 | TargetAbi::Abi3t)
    }

    /// Whether objects have the free-threaded layout (`Py_GIL_DISABLED`).
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

/// C build-time defines of the interpreter that change the ABI, and so have
/// a `py_sys_config` cfg. Other flags in a config file are kept but give no cfg.
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
    /// The interpreter's version (`version=` in the text).
    pub version: Version,
    /// The kind of ABI targeted (`target_abi=`, middle part).
    pub target_abi: TargetAbi,
    /// The version the build targets (`target_abi=`, last part): the
    /// interpreter's version, or the abi3 floor for stable-ABI builds.
    /// The `Py_3_X` cfgs follow it.
    pub abi_version: Version,
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
            abi_version: version,
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

    /// Whether the interpreter was built with the C define `flag`.
    pub fn has_flag(&self, flag: &str) -> bool {
        self.build_flags.iter().any(|f| f == flag)
    }

    /// Adds `flag` unless it is already there.
    pub fn add_flag(&mut self, flag: &str) {
        if !self.has_flag(flag) {
            self.build_flags.push(flag.to_string());
        }
    }

    /// The `target_abi` value: `<implementation>-<kind>-<X.Y>`, with
    /// `-debug` for a `Py_DEBUG` interpreter.
    pub fn target_abi_text(&self) -> String {
        let debug = if self.has_flag("Py_DEBUG") {
            "-debug"
        } else {
            ""
        };
        format!(
            "{}-{}-{}{debug}",
            self.implementation.config_name(),
            self.target_abi,
            self.abi_version
        )
    }

    /// Parses the `key=value` text of a config file, of `pyo3-build-config`'s
    /// or maturin's output, or of the interpreter query. `source` names the
    /// origin in error messages.
    pub fn parse(text: &str, source: &str) -> Result<Self, String> {
        let mut implementation = None;
        let mut version = None;
        let mut config = InterpreterConfig::bare(Implementation::CPython, Version::new(3, 0));
        let mut abi3 = None;
        // (implementation, kind, version, debug); `None` parts come from the
        // other keys (this crate's older `target_abi=abi3` spelling).
        let mut target_abi: Option<(Option<Implementation>, TargetAbi, Option<Version>, bool)> =
            None;
        let mut target_abi_line = 0;
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
                "implementation" => {
                    implementation = Some(Implementation::parse(value).map_err(at)?)
                }
                "version" => version = Some(Version::parse(value).map_err(at)?),
                "shared" => config.shared = parse_bool(value).map_err(at)?,
                "abi3" => abi3 = Some(parse_bool(value).map_err(at)?),
                "target_abi" => {
                    target_abi = Some(parse_target_abi(value).map_err(at)?);
                    target_abi_line = number + 1;
                }
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
                    config.build_flags.clear();
                    for flag in value.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                        config.add_flag(flag);
                    }
                }
                "suppress_build_script_link_lines" => {
                    config.suppress_build_script_link_lines = parse_bool(value).map_err(at)?
                }
                "extra_build_script_line" => config.extra_build_script_lines.push(value.into()),
                "python_framework_prefix" => config.python_framework_prefix = text(),
                "include_dir" => config.include_dir = text(),
                "ext_suffix" => config.ext_suffix = text(),
                other => println!("cargo::warning={source}: ignoring unknown key `{other}`"),
            }
        }
        let version = version.ok_or_else(|| format!("{source}: missing `version=3.X` line"))?;
        config.version = version;
        config.implementation = implementation.unwrap_or(Implementation::CPython);
        config.abi_version = version;
        if config.has_flag("Py_DEBUG") {
            config.add_flag("Py_REF_DEBUG");
        }
        let free_threaded = config.has_flag("Py_GIL_DISABLED");
        config.target_abi = match target_abi {
            Some((abi_implementation, kind, abi_version, debug)) => {
                let at = |e: String| format!("{source}, line {target_abi_line}: {e}");
                if abi3.is_some() {
                    return Err(at("`target_abi` and `abi3` cannot both be set".into()));
                }
                // The target ABI's implementation is the one the build is for.
                if let Some(abi_implementation) = abi_implementation {
                    config.implementation = abi_implementation;
                }
                if let Some(abi_version) = abi_version {
                    config.abi_version = abi_version;
                }
                if debug {
                    config.add_flag("Py_DEBUG");
                    config.add_flag("Py_REF_DEBUG");
                }
                if free_threaded && kind == TargetAbi::GilEnabled {
                    return Err(at(format!(
                        "build_flags contains Py_GIL_DISABLED but target_abi `{}` is not \
                         free-threaded",
                        format_args!(
                            "{}-{kind}-{}",
                            config.implementation.config_name(),
                            config.abi_version
                        )
                    )));
                }
                kind
            }
            None if free_threaded => TargetAbi::FreeThreaded,
            None if abi3 == Some(true) => TargetAbi::Abi3,
            None => TargetAbi::GilEnabled,
        };
        if config.target_abi.is_free_threaded() {
            config.add_flag("Py_GIL_DISABLED");
        }
        if config.target_abi == TargetAbi::FreeThreaded && config.abi_version < Version::new(3, 13)
        {
            return Err(format!(
                "{source}: free-threaded builds need Python 3.13 or newer, but the target is \
                 Python {}",
                config.abi_version
            ));
        }
        Ok(config)
    }

    /// The configuration as `pyo3-build-config` 0.30 writes it: the same keys
    /// in the same order, nothing else. This is the text published to
    /// dependents in `DEP_PYTHON_PYO3_CONFIG`; `parse` reads it back.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let mut line = |key: &str, value: &dyn fmt::Display| {
            out.push_str(&format!("{key}={value}\n"));
        };
        line("implementation", &self.implementation.config_name());
        line("version", &self.version);
        line("shared", &self.shared);
        line("target_abi", &self.target_abi_text());
        for (key, value) in [
            ("lib_name", &self.lib_name),
            ("lib_dir", &self.lib_dir),
            ("executable", &self.executable),
        ] {
            if let Some(value) = value {
                line(key, value);
            }
        }
        if let Some(width) = self.pointer_width {
            line("pointer_width", &width);
        }
        line("build_flags", &self.build_flags.join(","));
        if let Some(prefix) = &self.python_framework_prefix {
            line("python_framework_prefix", prefix);
        }
        line(
            "suppress_build_script_link_lines",
            &self.suppress_build_script_link_lines,
        );
        for extra in &self.extra_build_script_lines {
            line("extra_build_script_line", extra);
        }
        out
    }

    /// [`to_text`](Self::to_text) followed by this crate's own keys
    /// (`soname`, `include_dir`, `ext_suffix`): the file in `OUT_DIR` and
    /// the `PYO3_PRINT_CONFIG` output. `parse` reads it back unchanged.
    pub fn to_text_with_extras(&self) -> String {
        let mut out = self.to_text();
        for (key, value) in [
            ("soname", &self.soname),
            ("include_dir", &self.include_dir),
            ("ext_suffix", &self.ext_suffix),
        ] {
            if let Some(value) = value {
                out.push_str(&format!("{key}={value}\n"));
            }
        }
        out
    }
}

/// Parses a `target_abi` value: `CPython-abi3-3.9`, `CPython-free_threaded-3.14-debug`,
/// or a bare kind (`abi3`) as this crate wrote it before.
#[allow(clippy::type_complexity)]
fn parse_target_abi(
    text: &str,
) -> Result<(Option<Implementation>, TargetAbi, Option<Version>, bool), String> {
    if !text.contains('-') {
        return Ok((None, TargetAbi::parse(text)?, None, false));
    }
    let (rest, debug) = match text.strip_suffix("-debug") {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let bad = || {
        format!(
            "`{text}` is not a target ABI: expected `<implementation>-<kind>-<X.Y>`, \
             e.g. `CPython-abi3-3.9`"
        )
    };
    let mut parts = rest.splitn(3, '-');
    let (Some(implementation), Some(kind), Some(version)) =
        (parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    Ok((
        Some(Implementation::parse(implementation)?),
        TargetAbi::parse(kind)?,
        Some(Version::parse(version)?),
        debug,
    ))
}

fn parse_bool(text: &str) -> Result<bool, String> {
    match text.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" | "" => Ok(false),
        other => Err(format!("expected true or false, found `{other}`")),
    }
}
