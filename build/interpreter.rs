//! Finding the Python interpreter to build for and asking it, in one
//! subprocess, everything the build needs.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::config::InterpreterConfig;
use crate::env_var;

/// The script run by the interpreter. It prints `key=value` lines in the
/// format of `InterpreterConfig::parse`.
const QUERY_SCRIPT: &str = r#"
import os, platform, struct, sys, sysconfig
var = sysconfig.get_config_var
impl = platform.python_implementation()
ver = sys.version_info
out = {}
out["implementation"] = impl
out["version"] = "%d.%d" % (ver[0], ver[1])
flags = [f for f in ("Py_DEBUG", "Py_REF_DEBUG", "Py_TRACE_REFS", "COUNT_ALLOCS", "Py_GIL_DISABLED") if var(f)]
if hasattr(sys, "gettotalrefcount"):
    flags += [f for f in ("Py_DEBUG", "Py_REF_DEBUG") if f not in flags]
out["build_flags"] = ",".join(flags)
windows = os.name == "nt"
if impl == "CPython":
    out["shared"] = bool(var("Py_ENABLE_SHARED")) or windows
    ldversion = var("LDVERSION") or ("%d.%d%s" % (ver[0], ver[1], getattr(sys, "abiflags", "")))
    out["lib_name"] = ("python%d%d" % (ver[0], ver[1])) if windows else ("python" + ldversion)
    out["lib_dir"] = os.path.join(sys.base_prefix, "libs") if windows else (var("LIBDIR") or "")
    out["soname"] = var("INSTSONAME") or ""
elif impl == "PyPy":
    out["shared"] = True
    out["lib_name"] = "pypy%d.%d-c" % (ver[0], ver[1])
    out["lib_dir"] = var("LIBDIR") or os.path.join(sys.base_prefix, "bin")
else:
    out["shared"] = True
    out["lib_name"] = "python-native"
    out["lib_dir"] = var("LIBDIR") or ""
out["executable"] = sys.executable
out["pointer_width"] = struct.calcsize("P") * 8
out["include_dir"] = sysconfig.get_paths().get("include") or var("INCLUDEPY") or ""
out["ext_suffix"] = var("EXT_SUFFIX") or ""
if var("PYTHONFRAMEWORKPREFIX"):
    out["python_framework_prefix"] = var("PYTHONFRAMEWORKPREFIX")
for key, value in out.items():
    print("%s=%s" % (key, value))
"#;

/// Where the interpreter was found, for messages.
pub struct Located {
    pub path: PathBuf,
    pub how: &'static str,
}

/// Finds the interpreter: `PYO3_PYTHON`, then the active virtualenv, then
/// the active conda environment, then `python3` and `python` on `PATH`.
pub fn locate() -> Option<Located> {
    if let Some(path) = env_var("PYO3_PYTHON") {
        return Some(Located {
            path: PathBuf::from(path),
            how: "PYO3_PYTHON",
        });
    }
    let windows = env::var("CARGO_CFG_WINDOWS").is_ok() || cfg!(windows);
    let in_env = |prefix: String| {
        let prefix = PathBuf::from(prefix);
        if windows {
            [
                prefix.join("Scripts").join("python.exe"),
                prefix.join("python.exe"),
            ]
        } else {
            [
                prefix.join("bin").join("python3"),
                prefix.join("bin").join("python"),
            ]
        }
        .into_iter()
        .find(|candidate| candidate.is_file())
    };
    if let Some(path) = env_var("VIRTUAL_ENV").and_then(in_env) {
        return Some(Located {
            path,
            how: "VIRTUAL_ENV",
        });
    }
    if let Some(path) = env_var("CONDA_PREFIX").and_then(in_env) {
        return Some(Located {
            path,
            how: "CONDA_PREFIX",
        });
    }
    // Only now does PATH matter to the result.
    let path_var = env_var("PATH")?;
    let names: &[&str] = if windows {
        &["python3.exe", "python.exe"]
    } else {
        &["python3", "python"]
    };
    names.iter().find_map(|name| {
        env::split_paths(&path_var)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
            .map(|path| Located { path, how: "PATH" })
    })
}

/// Runs the query script under `python` and parses its answer.
pub fn query(python: &Path) -> Result<InterpreterConfig, String> {
    let output = Command::new(python)
        .arg("-c")
        .arg(QUERY_SCRIPT)
        // The query must see the interpreter's own environment, not a
        // PYTHONHOME meant for another one.
        .env_remove("PYTHONHOME")
        .output()
        .map_err(|e| {
            format!(
                "could not run the Python interpreter `{}`: {e}",
                python.display()
            )
        })?;
    if !output.status.success() {
        return Err(format!(
            "the Python interpreter `{}` failed to describe itself ({}):\n{}",
            python.display(),
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8(output.stdout)
        .map_err(|_| format!("`{}` printed non-UTF-8 output", python.display()))?;
    InterpreterConfig::parse(&text, &format!("the answer of `{}`", python.display()))
}
