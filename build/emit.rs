//! Turning a resolved configuration into cargo instructions: cfgs, link
//! flags and the metadata published to dependents.

use std::fs;
use std::path::{Path, PathBuf};

use crate::config::{Implementation, InterpreterConfig};
use crate::{MAX_MINOR, MIN_MINOR};

/// The cfgs the configuration enables, as `rustc --cfg` values.
pub fn cfgs(config: &InterpreterConfig) -> Vec<String> {
    let mut out: Vec<String> = (MIN_MINOR..=config.abi_version.minor.min(MAX_MINOR))
        .map(|minor| format!("Py_3_{minor}"))
        .collect();
    if config.target_abi.is_limited_api() {
        out.push("Py_LIMITED_API".into());
    }
    if config.target_abi.is_free_threaded() {
        out.push("Py_GIL_DISABLED".into());
    }
    match config.implementation {
        Implementation::CPython => {}
        Implementation::PyPy => out.push("PyPy".into()),
        Implementation::GraalPy => out.push("GraalPy".into()),
    }
    for flag in &config.build_flags {
        if flag != "Py_GIL_DISABLED" {
            out.push(format!("py_sys_config=\"{flag}\""));
        }
    }
    out
}

/// Every cfg this crate may be built with, for `rustc-check-cfg`.
pub fn check_cfgs() -> Vec<String> {
    let mut out: Vec<String> = (MIN_MINOR..=MAX_MINOR)
        .map(|minor| format!("cfg(Py_3_{minor})"))
        .collect();
    for name in ["Py_LIMITED_API", "Py_GIL_DISABLED", "PyPy", "GraalPy"] {
        out.push(format!("cfg({name})"));
    }
    let flags = crate::config::KNOWN_BUILD_FLAGS
        .iter()
        .filter(|flag| **flag != "Py_GIL_DISABLED")
        .map(|flag| format!("\"{flag}\""))
        .collect::<Vec<_>>()
        .join(", ");
    out.push(format!("cfg(py_sys_config, values({flags}))"));
    out
}

/// Emits the cfgs and their check-cfg declarations.
pub fn emit_cfgs(config: &InterpreterConfig) {
    for check in check_cfgs() {
        println!("cargo::rustc-check-cfg={check}");
    }
    for cfg in cfgs(config) {
        println!("cargo::rustc-cfg={cfg}");
    }
}

/// Emits the link instructions.
///
/// Extension modules do not link libpython on Unix: the interpreter that
/// loads them provides the symbols. Everything else links it; binaries and
/// tests of this package get an rpath, and dependents' `cargo run` /
/// `cargo test` find it through a link directory inside the target dir
/// (cargo adds such directories to the dynamic library path).
pub fn emit_link(config: &InterpreterConfig, extension_module: bool, out_dir: &Path) {
    for line in &config.extra_build_script_lines {
        println!("{line}");
    }
    if config.suppress_build_script_link_lines {
        return;
    }
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let windows = target_os == "windows";
    if extension_module && !windows {
        return;
    }
    let Some(lib_name) = &config.lib_name else {
        return;
    };
    let lib_name = if windows && config.target_abi.is_limited_api() {
        "python3".to_string()
    } else {
        lib_name.clone()
    };
    if let Some(framework_prefix) = &config.python_framework_prefix {
        println!("cargo::rustc-link-search=framework={framework_prefix}");
    }
    let Some(lib_dir) = &config.lib_dir else {
        println!("cargo::rustc-link-lib={lib_name}");
        return;
    };
    let lib_dir = PathBuf::from(lib_dir);
    // No link kind: a static libpython (`shared=false`) is found by the
    // linker under the same name.
    println!("cargo::rustc-link-lib={lib_name}");
    if config.shared && !windows {
        if let Some(mirror) = mirror_shared_library(config, &lib_name, &lib_dir, out_dir) {
            println!("cargo::rustc-link-search=native={}", mirror.display());
        }
        println!("cargo::rustc-link-arg=-Wl,-rpath,{}", lib_dir.display());
    }
    println!("cargo::rustc-link-search=native={}", lib_dir.display());
}

/// Links `lib<name>.so` and its soname into `OUT_DIR/libpython`, returning
/// that directory when it holds the library.
fn mirror_shared_library(
    config: &InterpreterConfig,
    lib_name: &str,
    lib_dir: &Path,
    out_dir: &Path,
) -> Option<PathBuf> {
    let mirror = out_dir.join("libpython");
    fs::create_dir_all(&mirror).ok()?;
    let mut names = vec![format!("lib{lib_name}.so")];
    names.extend(config.soname.clone());
    let mut linked = false;
    for name in names {
        let source = lib_dir.join(&name);
        let link = mirror.join(&name);
        if !source.exists() {
            continue;
        }
        let _ = fs::remove_file(&link);
        #[cfg(unix)]
        let made = std::os::unix::fs::symlink(&source, &link).is_ok();
        #[cfg(not(unix))]
        let made = fs::copy(&source, &link).is_ok();
        linked |= made;
    }
    linked.then_some(mirror)
}

/// Publishes the configuration to dependents' build scripts (`links` keys
/// become `DEP_PYTHON_<KEY>` variables there).
pub fn emit_metadata(config: &InterpreterConfig) {
    let text = config.to_text();
    let hex: String = text.bytes().map(|b| format!("{b:02x}")).collect();
    println!("cargo::metadata=PYO3_CONFIG={hex}");
    println!("cargo::metadata=CFGS={}", cfgs(config).join(";"));
    println!("cargo::metadata=CHECK_CFGS={}", check_cfgs().join(";"));
    println!("cargo::metadata=VERSION={}", config.abi_version);
    println!("cargo::metadata=INTERPRETER_VERSION={}", config.version);
    if let Some(lib_dir) = &config.lib_dir {
        println!("cargo::metadata=LIB_DIR={lib_dir}");
    }
    println!("cargo::metadata=IMPLEMENTATION={}", config.implementation);
    println!(
        "cargo::metadata=LIMITED_API={}",
        config.target_abi.is_limited_api() as u8
    );
    println!(
        "cargo::metadata=GIL_DISABLED={}",
        config.target_abi.is_free_threaded() as u8
    );
}
