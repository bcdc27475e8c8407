//! Table macros and the C side of the layout comparison.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;

/// One number to compare: `key` names it in reports, `c_expr` computes it
/// in C, `rust` is Rust's answer.
pub struct Check {
    pub key: String,
    pub c_expr: String,
    pub rust: i128,
}

/// A value a constant can have on the Rust side, as a comparable integer.
pub trait ConstValue {
    fn as_i128(&self) -> i128;
}

macro_rules! int_const_value {
    ($($t:ty),*) => {$(
        impl ConstValue for $t {
            fn as_i128(&self) -> i128 {
                *self as i128
            }
        }
    )*};
}
int_const_value!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl<T> ConstValue for *mut T {
    fn as_i128(&self) -> i128 {
        *self as usize as i128
    }
}

impl<T> ConstValue for *const T {
    fn as_i128(&self) -> i128 {
        *self as usize as i128
    }
}

/// Adds size, alignment and field-offset checks for structs:
/// `RustName [as "C type"] { field [=> "c_field"], ... }`, each struct and
/// field optionally behind `#[cfg(...)]`.
macro_rules! structs {
    ($out:ident; $(
        $(#[$attr:meta])*
        $name:ident $(as $cname:literal)? {
            $( $(#[$fattr:meta])* $field:ident $(=> $cfield:literal)? ),* $(,)?
        }
    )*) => {$(
        $(#[$attr])*
        {
            let c_type: &str = [$($cname,)? stringify!($name)][0];
            $out.push($crate::harness::Check {
                key: format!("sizeof({})", c_type),
                c_expr: format!("sizeof({})", c_type),
                rust: std::mem::size_of::<pyo3::ffi::$name>() as i128,
            });
            $out.push($crate::harness::Check {
                key: format!("alignof({})", c_type),
                c_expr: format!("_Alignof({})", c_type),
                rust: std::mem::align_of::<pyo3::ffi::$name>() as i128,
            });
            $(
                $(#[$fattr])*
                {
                    let c_field: &str = [$($cfield,)? stringify!($field)][0];
                    $out.push($crate::harness::Check {
                        key: format!("offsetof({}, {})", c_type, c_field),
                        c_expr: format!("offsetof({}, {})", c_type, c_field),
                        rust: std::mem::offset_of!(pyo3::ffi::$name, $field) as i128,
                    });
                }
            )*
        }
    )*};
}

/// Adds value checks for integer (or pointer) constants:
/// `NAME [=> "C expression"], ...`, each optionally behind `#[cfg(...)]`.
/// `path::NAME` reaches constants in submodules of `ffi`.
macro_rules! constants {
    ($out:ident; $( $(#[$attr:meta])* $($seg:ident)::+ $(=> $cexpr:literal)? ),* $(,)?) => {$(
        $(#[$attr])*
        {
            let path = stringify!($($seg)::+);
            let name = path.rsplit("::").next().unwrap().trim();
            let c_expr: &str = [$($cexpr,)? name][0];
            #[allow(deprecated)]
            let value = $crate::harness::ConstValue::as_i128(&pyo3::ffi::$($seg)::+);
            $out.push($crate::harness::Check {
                key: name.to_string(),
                c_expr: c_expr.to_string(),
                rust: value,
            });
        }
    )*};
}

pub(crate) use {constants, structs};

/// The build configuration `build.rs` resolved for this crate.
fn resolved_config() -> HashMap<String, String> {
    let path = env!("PYO3_RESOLVED_CONFIG");
    let text = std::fs::read_to_string(path).expect("the resolved build configuration");
    text.lines()
        .filter_map(|line| line.split_once('='))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Compiles and runs the C program, then compares every check.
pub fn compare_with_c(checks: &[Check]) {
    let config = resolved_config();
    let include_dir = config.get("include_dir").expect(
        "the build configuration names no include_dir: set include_dir= in PYO3_CONFIG_FILE",
    );
    let mut flags: Vec<String> = vec![format!("-I{include_dir}")];
    // `target_abi=<implementation>-<kind>-<X.Y>[-debug]`, e.g. `CPython-abi3-3.9`.
    let target_abi: Vec<&str> = config
        .get("target_abi")
        .map_or(Vec::new(), |abi| abi.split('-').collect());
    let limited = matches!(target_abi.get(1), Some(&("abi3" | "abi3t")));
    let free_threaded = config
        .get("build_flags")
        .is_some_and(|flags| flags.split(',').any(|f| f == "Py_GIL_DISABLED"));
    if limited {
        let minor: u32 = target_abi[2].split('.').nth(1).unwrap().parse().unwrap();
        flags.push(format!("-DPy_LIMITED_API=0x030{minor:X}0000"));
    }
    if free_threaded {
        flags.push("-DPy_GIL_DISABLED=1".into());
    }
    if let Ok(extra) = std::env::var("PYO3_LAYOUT_CFLAGS") {
        flags.extend(extra.split_whitespace().map(String::from));
    }

    let mut program = String::from(
        "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n#include <structmember.h>\n\
         #include <stddef.h>\n#include <stdio.h>\n",
    );
    if !limited {
        program.push_str("#include <datetime.h>\n#include <marshal.h>\n#include <frameobject.h>\n");
    }
    program.push_str("int main(void) {\n");
    for check in checks {
        writeln!(
            program,
            "    printf(\"%s\\t%lld\\n\", \"{}\", (long long)({}));",
            check.key, check.c_expr
        )
        .unwrap();
    }
    program.push_str("    return 0;\n}\n");

    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ffi_layout");
    std::fs::create_dir_all(&dir).unwrap();
    let source = dir.join("layout.c");
    let binary = dir.join("layout");
    std::fs::write(&source, &program).unwrap();
    let compiler = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let compiled = Command::new(&compiler)
        .args(&flags)
        .arg("-w")
        .arg("-o")
        .arg(&binary)
        .arg(&source)
        .output()
        .unwrap_or_else(|e| panic!("cannot run the C compiler `{compiler}`: {e}"));
    assert!(
        compiled.status.success(),
        "the C side of the layout test does not compile ({}):\n{}",
        source.display(),
        String::from_utf8_lossy(&compiled.stderr)
    );
    let run = Command::new(&binary)
        .output()
        .expect("run the layout program");
    assert!(run.status.success());
    let c_values: HashMap<String, i128> = String::from_utf8(run.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let (key, value) = line.split_once('\t').unwrap();
            (key.to_string(), value.parse().unwrap())
        })
        .collect();

    let mismatches: Vec<String> = checks
        .iter()
        .filter(|check| c_values[&check.key] != check.rust)
        .map(|check| {
            format!(
                "{}: C says {}, Rust says {}",
                check.key, c_values[&check.key], check.rust
            )
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} layout checks differ from the C headers:\n  {}",
        mismatches.len(),
        checks.len(),
        mismatches.join("\n  ")
    );
    eprintln!(
        "{} layout and constant checks match the C headers",
        checks.len()
    );
}
