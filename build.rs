//! Build script: finds the Python interpreter the crate is built for and
//! turns what it learns into cfgs (`Py_3_X`, `Py_LIMITED_API`, ...), link
//! flags and metadata for dependents. See the README for every variable read.

#[path = "build/config.rs"]
mod config;
#[path = "build/cross.rs"]
mod cross;
#[path = "build/emit.rs"]
mod emit;
#[path = "build/interpreter.rs"]
mod interpreter;

use std::env;
use std::path::PathBuf;

use config::{Implementation, InterpreterConfig, TargetAbi, Version};

/// The oldest and newest CPython minor versions (3.X) supported.
pub const MIN_MINOR: u8 = 9;
pub const MAX_MINOR: u8 = 15;

/// Reads an environment variable, declaring it to cargo so a change reruns
/// the build script. Empty values count as unset.
pub fn env_var(name: &str) -> Option<String> {
    println!("cargo::rerun-if-env-changed={name}");
    env::var(name).ok().filter(|value| !value.is_empty())
}

fn main() {
    if let Err(message) = run() {
        eprintln!("error: {message}");
        std::process::exit(1);
    }
}

/// The crate features that shape the configuration.
struct Features {
    abi3: bool,
    /// The lowest `abi3-py3X` feature enabled.
    abi3_floor: Option<Version>,
    abi3t: bool,
    abi3t_floor: Option<Version>,
    extension_module: bool,
}

impl Features {
    fn from_env() -> Self {
        let enabled = |name: &str| env::var_os(format!("CARGO_FEATURE_{name}")).is_some();
        let floor = |prefix: &str| {
            (MIN_MINOR..=MAX_MINOR)
                .find(|minor| enabled(&format!("{prefix}_PY3{minor}")))
                .map(|minor| Version::new(3, minor))
        };
        Features {
            abi3: enabled("ABI3"),
            abi3_floor: floor("ABI3"),
            abi3t: enabled("ABI3T"),
            abi3t_floor: floor("ABI3T"),
            extension_module: enabled("EXTENSION_MODULE"),
        }
    }

    fn stable_abi_floor(&self) -> Option<Version> {
        self.abi3t_floor.or(self.abi3_floor)
    }
}

/// `generate-import-lib` makes PyO3 write the Windows import libraries of
/// the Python DLLs itself, for cross builds to Windows; for other targets it
/// has no effect, here as in PyO3. This crate cannot write them yet, so a
/// Windows target with the feature is refused rather than silently built
/// without them.
fn refuse_windows_import_libraries() -> Result<(), String> {
    let requested = env::var_os("CARGO_FEATURE_GENERATE_IMPORT_LIB").is_some();
    let windows = env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows");
    if requested && windows {
        return Err(
            "the `generate-import-lib` feature (Windows import libraries of the \
                    Python DLLs) is not supported by this crate yet: build on Windows \
                    against an installed Python, or point PYO3_CROSS_LIB_DIR at its libs"
                .into(),
        );
    }
    Ok(())
}

/// Where the base configuration came from.
enum Origin {
    ConfigFile(PathBuf),
    Interpreter(PathBuf),
    Cross,
    NoPython,
}

impl Origin {
    /// Whether the configuration describes a real interpreter, whose version
    /// an abi3 floor must not exceed.
    fn is_real_interpreter(&self) -> bool {
        matches!(self, Origin::ConfigFile(_) | Origin::Interpreter(_))
    }
}

fn run() -> Result<(), String> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=build");
    // maturin changes this when it switches environments.
    env_var("PYO3_ENVIRONMENT_SIGNATURE");

    let features = Features::from_env();
    refuse_windows_import_libraries()?;
    let (config, origin) = base_config(&features)?;
    let config = apply_features(config, &features, &origin)?;
    validate(&config)?;

    let out_dir = PathBuf::from(env::var("OUT_DIR").map_err(|_| "OUT_DIR is not set")?);
    if env_var("PYO3_PRINT_CONFIG").is_some() {
        eprintln!("-- PYO3_PRINT_CONFIG is set: the resolved configuration follows --");
        eprint!("{}", config.to_text_with_extras());
        eprintln!("-- the build stops here; unset PYO3_PRINT_CONFIG to build --");
        std::process::exit(101);
    }

    let extension_module = features.extension_module
        || env_var("PYO3_BUILD_EXTENSION_MODULE").is_some_and(|v| v != "0");
    emit::emit_cfgs(&config);
    emit::emit_link(&config, extension_module, &out_dir);
    emit::emit_metadata(&config);

    let resolved = out_dir.join("pyo3-build-config.txt");
    std::fs::write(&resolved, config.to_text_with_extras())
        .map_err(|e| format!("cannot write {}: {e}", resolved.display()))?;
    println!(
        "cargo::rustc-env=PYO3_RESOLVED_CONFIG={}",
        resolved.display()
    );
    Ok(())
}

/// The configuration before features apply: from `PYO3_CONFIG_FILE`, the
/// cross variables, nothing (`PYO3_NO_PYTHON`), or the interpreter.
fn base_config(features: &Features) -> Result<(InterpreterConfig, Origin), String> {
    if let Some(path) = env_var("PYO3_CONFIG_FILE") {
        let path = PathBuf::from(path);
        if !path.is_absolute() {
            return Err(format!(
                "PYO3_CONFIG_FILE must be an absolute path, found `{}`",
                path.display()
            ));
        }
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read PYO3_CONFIG_FILE `{}`: {e}", path.display()))?;
        let config = InterpreterConfig::parse(&text, &path.display().to_string())?;
        return Ok((config, Origin::ConfigFile(path)));
    }

    let floor = features.stable_abi_floor();
    let cross_compiling = env::var("TARGET").ok() != env::var("HOST").ok();
    if let Some(cross) = cross::CrossSettings::from_env()? {
        return Ok((cross.into_config(floor)?, Origin::Cross));
    }
    if cross_compiling {
        return match floor {
            Some(version) => Ok((bare_abi3(version), Origin::NoPython)),
            None => Err(format!(
                "cross-compiling for `{}`: the target's Python cannot be asked. Set \
                 PYO3_CROSS_LIB_DIR (the target's lib dir, holding _sysconfigdata*.py) \
                 and/or PYO3_CROSS_PYTHON_VERSION=3.X, or enable an abi3-pyXY feature",
                env::var("TARGET").unwrap_or_default()
            )),
        };
    }

    if env_var("PYO3_NO_PYTHON").is_some() {
        return match floor {
            Some(version) => Ok((bare_abi3(version), Origin::NoPython)),
            None => Err(
                "PYO3_NO_PYTHON is set, but no abi3-pyXY feature gives the Python \
                         version to build for. Enable one (e.g. `features = [\"abi3-py39\"]`) \
                         or unset PYO3_NO_PYTHON"
                    .into(),
            ),
        };
    }

    match interpreter::locate() {
        Some(found) => {
            let config = interpreter::query(&found.path).map_err(|e| {
                format!(
                    "{e}\n(found through {}; set PYO3_PYTHON to choose another)",
                    found.how
                )
            })?;
            Ok((config, Origin::Interpreter(found.path)))
        }
        None => match floor {
            Some(version) => {
                println!(
                    "cargo::warning=no Python interpreter found; building for the stable ABI \
                     of Python {version} without one"
                );
                Ok((bare_abi3(version), Origin::NoPython))
            }
            None => Err(
                "no Python interpreter found. pyo3 looked at PYO3_PYTHON, the active \
                         virtualenv (VIRTUAL_ENV), the active conda environment (CONDA_PREFIX) \
                         and `python3` / `python` on PATH. Set PYO3_PYTHON to the interpreter \
                         to build for, e.g. PYO3_PYTHON=/usr/bin/python3.11"
                    .into(),
            ),
        },
    }
}

/// A stable-ABI configuration with no interpreter behind it.
fn bare_abi3(version: Version) -> InterpreterConfig {
    let mut config = InterpreterConfig::bare(Implementation::CPython, version);
    config.target_abi = TargetAbi::Abi3;
    config.lib_name = Some("python3".into());
    config
}

/// Applies the `abi3*` features: the target ABI and the minimum version.
fn apply_features(
    mut config: InterpreterConfig,
    features: &Features,
    origin: &Origin,
) -> Result<InterpreterConfig, String> {
    let interpreter_version = config.version;
    let describe = || match origin {
        Origin::ConfigFile(path) => format!("the configuration in {}", path.display()),
        Origin::Interpreter(path) => format!("the interpreter {}", path.display()),
        Origin::Cross => "the cross-compilation target".to_string(),
        Origin::NoPython => "the stable ABI".to_string(),
    };
    let wants_stable_abi = features.abi3 || features.abi3t || config.target_abi.is_limited_api();
    if wants_stable_abi && config.implementation != Implementation::CPython {
        println!(
            "cargo::warning={} does not support the stable ABI; building for its \
             version-specific ABI",
            config.implementation
        );
        config.target_abi = TargetAbi::GilEnabled;
        config.abi_version = config.version;
        return Ok(config);
    }

    let free_threaded_interpreter = config.has_flag("Py_GIL_DISABLED");
    let wants_abi3t = features.abi3t || config.target_abi == TargetAbi::Abi3t;
    let wants_abi3 = features.abi3 || config.target_abi == TargetAbi::Abi3;
    // With both requested, abi3t serves free-threaded and 3.15+ interpreters.
    let use_abi3t = wants_abi3t
        && (free_threaded_interpreter || !wants_abi3 || interpreter_version >= Version::new(3, 15));
    let (stable, floor) = if use_abi3t {
        (Some(TargetAbi::Abi3t), features.abi3t_floor)
    } else if wants_abi3 {
        if free_threaded_interpreter {
            return Err(format!(
                "{} is a free-threaded build (Py_GIL_DISABLED), which cannot load abi3 \
                 extensions. Drop the `abi3` features, or use `abi3t` (Python 3.15+) for a \
                 stable ABI that free-threaded Python loads",
                describe()
            ));
        }
        (Some(TargetAbi::Abi3), features.abi3_floor)
    } else {
        (None, None)
    };

    if let Some(stable) = stable {
        // Without an abi3-pyXY feature: the version the configuration
        // targets (a config file's `target_abi=CPython-abi3-3.9`), else the
        // interpreter's.
        let floor = floor.unwrap_or(config.abi_version);
        if origin.is_real_interpreter() && floor > interpreter_version {
            return Err(format!(
                "the `abi3-py{}{}` feature asks for Python {floor} or newer, but {} is Python \
                 {interpreter_version}. Use a newer interpreter (PYO3_PYTHON) or a lower abi3 \
                 feature",
                floor.major,
                floor.minor,
                describe()
            ));
        }
        if stable == TargetAbi::Abi3t && floor < Version::new(3, 15) {
            return Err(format!(
                "the `abi3t` stable ABI needs Python 3.15 or newer, but {} is Python {floor}",
                describe()
            ));
        }
        config.target_abi = stable;
        config.abi_version = floor;
        if stable == TargetAbi::Abi3t {
            config.add_flag("Py_GIL_DISABLED");
        }
    } else if config.implementation == Implementation::CPython
        && config.version.minor > MAX_MINOR
        && env_var("PYO3_USE_ABI3_FORWARD_COMPATIBILITY").is_some()
        && !free_threaded_interpreter
    {
        println!(
            "cargo::warning=Python {} is newer than pyo3 supports; building for the stable \
             ABI of Python 3.{MAX_MINOR} (PYO3_USE_ABI3_FORWARD_COMPATIBILITY)",
            config.version
        );
        config.target_abi = TargetAbi::Abi3;
        config.abi_version = Version::new(3, MAX_MINOR);
    }
    Ok(config)
}

/// Rejects configurations this crate cannot build for, saying what to do.
fn validate(config: &InterpreterConfig) -> Result<(), String> {
    let (low, high) = match config.implementation {
        Implementation::CPython => (MIN_MINOR, MAX_MINOR),
        Implementation::PyPy => (11, 12),
        Implementation::GraalPy => (12, 13),
    };
    let version = config.abi_version;
    if version.major != 3 || version.minor < low || version.minor > high {
        let hint = if config.implementation == Implementation::CPython && version.minor > high {
            " To build anyway for the stable ABI of the newest supported version, set \
             PYO3_USE_ABI3_FORWARD_COMPATIBILITY=1."
        } else {
            ""
        };
        return Err(format!(
            "{} {version} is not supported: pyo3 supports {} 3.{low} to 3.{high}. Point \
             PYO3_PYTHON at a supported interpreter.{hint}",
            config.implementation, config.implementation
        ));
    }
    if let (Some(width), Ok(target)) = (
        config.pointer_width,
        env::var("CARGO_CFG_TARGET_POINTER_WIDTH"),
    ) {
        if target.parse::<u32>().ok() != Some(width) {
            return Err(format!(
                "the Python interpreter is {width}-bit but the Rust target is {target}-bit. \
                 Use a {target}-bit Python (PYO3_PYTHON) or build for a {width}-bit target \
                 (`--target`)"
            ));
        }
    }
    Ok(())
}
