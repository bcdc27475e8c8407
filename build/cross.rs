//! Cross builds: the target's interpreter cannot run here, so its
//! configuration comes from `PYO3_CROSS_*` variables and, when
//! `PYO3_CROSS_LIB_DIR` holds one, the target's `_sysconfigdata*.py`.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::config::{Implementation, InterpreterConfig, Version};
use crate::env_var;

/// The cross settings given in the environment, if any.
pub struct CrossSettings {
    pub lib_dir: Option<PathBuf>,
    pub version: Option<Version>,
    pub implementation: Option<Implementation>,
}

impl CrossSettings {
    /// Reads `PYO3_CROSS_LIB_DIR`, `PYO3_CROSS_PYTHON_VERSION` and
    /// `PYO3_CROSS_PYTHON_IMPLEMENTATION`; `None` when none is set.
    pub fn from_env() -> Result<Option<Self>, String> {
        let lib_dir = env_var("PYO3_CROSS_LIB_DIR").map(PathBuf::from);
        let version = env_var("PYO3_CROSS_PYTHON_VERSION")
            .map(|v| Version::parse(&v).map_err(|e| format!("PYO3_CROSS_PYTHON_VERSION: {e}")))
            .transpose()?;
        let implementation = env_var("PYO3_CROSS_PYTHON_IMPLEMENTATION")
            .map(|v| {
                Implementation::parse(&v)
                    .map_err(|e| format!("PYO3_CROSS_PYTHON_IMPLEMENTATION: {e}"))
            })
            .transpose()?;
        if lib_dir.is_none() && version.is_none() && implementation.is_none() {
            return Ok(None);
        }
        Ok(Some(CrossSettings {
            lib_dir,
            version,
            implementation,
        }))
    }

    /// Builds the configuration. `fallback_version` (the abi3 floor) is used
    /// when neither the variables nor a sysconfig file give a version.
    pub fn into_config(
        self,
        fallback_version: Option<Version>,
    ) -> Result<InterpreterConfig, String> {
        let implementation = self.implementation.unwrap_or(Implementation::CPython);
        let sysconfig = match &self.lib_dir {
            Some(dir) => find_sysconfigdata(dir)?
                .map(|file| read_build_time_vars(&file))
                .transpose()?,
            None => None,
        };
        let var = |name: &str| sysconfig.as_ref().and_then(|vars| vars.get(name)).cloned();
        let truthy = |name: &str| var(name).is_some_and(|v| v != "0" && !v.is_empty());

        let version = match (self.version, var("VERSION")) {
            (Some(version), _) => version,
            (None, Some(text)) => Version::parse(&text)?,
            (None, None) => fallback_version.ok_or(
                "cross build: cannot tell the target's Python version. Set \
                 PYO3_CROSS_PYTHON_VERSION=3.X, point PYO3_CROSS_LIB_DIR at a directory \
                 holding the target's _sysconfigdata*.py, or enable an abi3-pyXY feature",
            )?,
        };
        let mut config = InterpreterConfig::bare(implementation, version);
        config.lib_dir = self.lib_dir.map(|dir| dir.display().to_string());
        if let Some(vars) = &sysconfig {
            config.shared = truthy("Py_ENABLE_SHARED");
            let ldversion = vars
                .get("LDVERSION")
                .cloned()
                .unwrap_or_else(|| version.to_string());
            config.lib_name = Some(format!("python{ldversion}"));
            config.soname = var("INSTSONAME");
            config.ext_suffix = var("EXT_SUFFIX");
            config.pointer_width = var("SIZEOF_VOID_P")
                .and_then(|size| size.parse::<u32>().ok())
                .map(|bytes| bytes * 8);
            for flag in crate::config::KNOWN_BUILD_FLAGS {
                if truthy(flag) {
                    config.build_flags.push(flag.to_string());
                }
            }
        } else {
            config.lib_name = Some(match implementation {
                Implementation::CPython => format!("python{version}"),
                Implementation::PyPy => format!("pypy{version}-c"),
                Implementation::GraalPy => "python-native".to_string(),
            });
        }
        if config.has_flag("Py_GIL_DISABLED") {
            config.target_abi = crate::config::TargetAbi::FreeThreaded;
        }
        Ok(config)
    }
}

/// Looks for `_sysconfigdata*.py` in `dir` and up to three levels below it.
fn find_sysconfigdata(dir: &Path) -> Result<Option<PathBuf>, String> {
    fn walk(dir: &Path, depth: u32, found: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() && depth > 0 {
                walk(&path, depth - 1, found);
            } else if name.starts_with("_sysconfigdata") && name.ends_with(".py") {
                found.push(path);
            }
        }
    }
    if !dir.is_dir() {
        return Err(format!(
            "PYO3_CROSS_LIB_DIR `{}` is not a directory",
            dir.display()
        ));
    }
    let mut found = Vec::new();
    walk(dir, 3, &mut found);
    found.sort();
    match found.len() {
        0 | 1 => Ok(found.pop()),
        _ => Err(format!(
            "PYO3_CROSS_LIB_DIR holds several sysconfig files ({}); point it at the one \
             interpreter's lib directory",
            found
                .iter()
                .map(|p| p.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )),
    }
}

/// Reads the `build_time_vars` dictionary of a sysconfig data file. Values
/// are string literals (adjacent ones concatenated) or numbers.
fn read_build_time_vars(file: &Path) -> Result<HashMap<String, String>, String> {
    let text =
        fs::read_to_string(file).map_err(|e| format!("cannot read `{}`: {e}", file.display()))?;
    let start = text
        .find("build_time_vars")
        .and_then(|at| text[at..].find('{').map(|brace| at + brace + 1))
        .ok_or_else(|| format!("`{}` has no build_time_vars dictionary", file.display()))?;
    let tokens = tokenize(&text[start..]);
    let mut vars = HashMap::new();
    let mut i = 0;
    while i + 2 < tokens.len() {
        match (&tokens[i], &tokens[i + 1]) {
            (Token::Str(key), Token::Colon) => {
                let mut value = String::new();
                let mut j = i + 2;
                while let Some(token) = tokens.get(j) {
                    match token {
                        Token::Str(s) | Token::Number(s) => value.push_str(s),
                        Token::Open => {}
                        _ => break,
                    }
                    j += 1;
                }
                vars.insert(key.clone(), value);
                i = j;
            }
            (Token::Close, _) if tokens[i + 1] != Token::Comma => break,
            _ => i += 1,
        }
    }
    Ok(vars)
}

#[derive(PartialEq)]
enum Token {
    Str(String),
    Number(String),
    Colon,
    Comma,
    Open,
    Close,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                let quote = c;
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            if let Some(escaped) = chars.next() {
                                s.push(match escaped {
                                    'n' => '\n',
                                    't' => '\t',
                                    other => other,
                                });
                            }
                        }
                        c if c == quote => break,
                        c => s.push(c),
                    }
                }
                tokens.push(Token::Str(s));
            }
            ':' => tokens.push(Token::Colon),
            ',' => tokens.push(Token::Comma),
            '(' => tokens.push(Token::Open),
            ')' => {}
            '}' => {
                tokens.push(Token::Close);
                break;
            }
            c if c.is_ascii_digit() || c == '-' => {
                let mut s = c.to_string();
                while let Some(&next) = chars.peek() {
                    if next.is_ascii_alphanumeric() || next == '.' {
                        s.push(next);
                        chars.next();
                    } else {
                        break;
                    }
                }
                tokens.push(Token::Number(s));
            }
            _ => {}
        }
    }
    tokens
}
