//! The compiler-independent part of a diagnostic: level, error code, primary
//! message and primary location. Read from rustc's human-readable output,
//! which is both what a `.stderr` file holds (after trybuild's
//! normalisation) and the `rendered` text of cargo's JSON messages.
//!
//! Notes, help text, snippets and "the following other types implement
//! trait" lists change between compiler releases and are left out.

use std::fmt;

/// Where a diagnostic points. Line and column are kept only inside the case
/// file itself (as trybuild does): elsewhere they move with unrelated edits.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    /// Path relative to the checkout, `/`-separated.
    pub file: String,
    /// `(line, column)`, 1-based.
    pub line_col: Option<(u32, u32)>,
}

/// The comparable part of one top-level diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Primary {
    /// The primary location, when the diagnostic has one.
    pub location: Option<Location>,
    /// `error` or `warning`.
    pub level: String,
    /// The error code, such as `E0277`.
    pub code: Option<String>,
    /// The first line of the message.
    pub message: String,
}

impl fmt::Display for Primary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(Location {
                file,
                line_col: Some((line, col)),
            }) => write!(f, "{file}:{line}:{col}: ")?,
            Some(Location {
                file,
                line_col: None,
            }) => write!(f, "{file}: ")?,
            None => {}
        }
        write!(f, "{}", self.level)?;
        if let Some(code) = &self.code {
            write!(f, "[{code}]")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// Splits a header line `level[CODE]: message` (the level at column 0).
fn header(line: &str) -> Option<(String, Option<String>, String)> {
    let level = ["error", "warning"]
        .into_iter()
        .find(|level| line.starts_with(level))?;
    let rest = &line[level.len()..];
    let (code, rest) = match rest.strip_prefix('[') {
        Some(bracketed) => {
            let end = bracketed.find(']')?;
            (Some(bracketed[..end].to_owned()), &bracketed[end + 1..])
        }
        None => (None, rest),
    };
    let message = rest.strip_prefix(": ")?;
    Some((level.to_owned(), code, message.to_owned()))
}

/// Splits `path:line:col` (or a bare `path`, as trybuild writes locations
/// outside the case file).
fn location(text: &str) -> Location {
    let text = text.trim().replace('\\', "/");
    let mut parts = text.rsplitn(3, ':');
    let (col, line, file) = (parts.next(), parts.next(), parts.next());
    if let (Some(col), Some(line), Some(file)) = (col, line, file) {
        if let (Ok(line), Ok(col)) = (line.parse(), col.parse()) {
            return Location {
                file: file.to_owned(),
                line_col: Some((line, col)),
            };
        }
    }
    Location {
        file: text,
        line_col: None,
    }
}

/// The top-level diagnostics in rustc's human-readable output, as written
/// (paths not yet normalised). A top-level diagnostic is a header line at
/// column 0 at the start of the text or after a blank line; `note:` and
/// `help:` children also start at column 0 but inside a block, and are not
/// `error`/`warning` anyway. Its location is the ` --> ` line that follows
/// the header, before the first snippet or `=` line.
pub fn extract(text: &str) -> Vec<Primary> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let starts_block = i == 0 || lines[i - 1].trim().is_empty();
        let Some((level, code, message)) = starts_block.then(|| header(line)).flatten() else {
            continue;
        };
        let mut primary_location = None;
        for next in &lines[i + 1..] {
            let trimmed = next.trim_start();
            if trimmed.is_empty() || !next.starts_with(' ') {
                break;
            }
            if let Some(arrow) = trimmed.strip_prefix("--> ") {
                primary_location = Some(location(arrow));
                break;
            }
            if trimmed.starts_with('|') || trimmed.starts_with('=') {
                break;
            }
        }
        found.push(Primary {
            location: primary_location,
            level,
            code,
            message,
        });
    }
    found
}

/// rustc's closing summary ("aborting due to 3 previous errors", "2
/// warnings emitted"), which trybuild drops from `.stderr` files.
fn is_summary(diag: &Primary) -> bool {
    diag.location.is_none()
        && (diag.message.starts_with("aborting due to")
            || diag.message.ends_with(" warning emitted")
            || diag.message.ends_with(" warnings emitted"))
}

/// Puts a diagnostic in the form it is compared in: paths relative to
/// `checkout`, line and column only inside `case_file` (relative), rustc's
/// summaries dropped. Applied to both sides, so it must be idempotent.
pub fn normalise(mut diag: Primary, checkout: &str, case_file: &str) -> Option<Primary> {
    if is_summary(&diag) {
        return None;
    }
    if let Some(loc) = &mut diag.location {
        let prefix = format!("{}/", checkout.trim_end_matches('/'));
        if let Some(relative) = loc.file.strip_prefix(&prefix) {
            loc.file = relative.to_owned();
        } else if let Some(pos) = loc.file.find("/rustlib/src/rust/") {
            loc.file = format!("$RUST/{}", &loc.file[pos + "/rustlib/src/rust/".len()..]);
        }
        if loc.file != case_file {
            loc.line_col = None;
        }
    }
    Some(diag)
}

/// Compares expected with emitted diagnostics as multisets (rustc's order
/// of diagnostics is not part of the contract). The error is a readable
/// diff: `-` expected but not emitted, `+` emitted but not expected.
pub fn compare(expected: &[Primary], emitted: &[Primary]) -> Result<(), String> {
    let mut missing: Vec<&Primary> = expected.iter().collect();
    let mut extra = Vec::new();
    for diag in emitted {
        match missing.iter().position(|m| *m == diag) {
            Some(i) => {
                missing.remove(i);
            }
            None => extra.push(diag),
        }
    }
    if missing.is_empty() && extra.is_empty() {
        return Ok(());
    }
    missing.sort();
    extra.sort();
    let mut diff = String::new();
    for m in missing {
        diff += &format!("  - {m}\n");
    }
    for e in extra {
        diff += &format!("  + {e}\n");
    }
    Err(diff)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHECKOUT: &str = "/home/u/pyo3";

    fn at(file: &str, line_col: Option<(u32, u32)>) -> Option<Location> {
        Some(Location {
            file: file.to_owned(),
            line_col,
        })
    }

    /// A `.stderr` fragment: one error with children at column 0 (`help:`,
    /// `note:` with their own `-->`), a warning whose child is a
    /// `= warning:` line, and an error without code.
    const STDERR: &str = "\
error[E0277]: the first argument of a `pass_module` function receives the module, not `i32`
 --> tests/ui/invalid_pass_module.rs:8:1
  |
8 | #[pyfunction(pass_module)]
  | ^^^^^^^^^^^^^^^^^^^^^^^^^^ the trait `ModuleArgument<'_, '_>` is not implemented for `i32`
  |
help: the following other types implement trait `ModuleArgument<'a, 'py>`
 --> src/impl_/pyfunction.rs
  |
note: required by a bound in `pyo3::impl_::pyfunction::module_argument`
 --> src/impl_/pyfunction.rs
  = note: this error originates in the attribute macro `pyfunction`

warning: `Bound` is ambiguous
  --> tests/ui/invalid_pymodule.rs:40:19
   |
   = warning: this was previously accepted by the compiler but is being phased out
error: not a header: it does not follow a blank line

error: `name` may only be given once
 --> tests/ui/invalid_pyfunction_options.rs:8:26
  |
8 | #[pyfunction(name = \"a\", name = \"b\")]
  |                          ^^^^
";

    #[test]
    fn extractor_reads_stderr_fragment() {
        let found = extract(STDERR);
        assert_eq!(
            found,
            vec![
                Primary {
                    location: at("tests/ui/invalid_pass_module.rs", Some((8, 1))),
                    level: "error".into(),
                    code: Some("E0277".into()),
                    message: "the first argument of a `pass_module` function receives the \
                              module, not `i32`"
                        .into(),
                },
                Primary {
                    location: at("tests/ui/invalid_pymodule.rs", Some((40, 19))),
                    level: "warning".into(),
                    code: None,
                    message: "`Bound` is ambiguous".into(),
                },
                Primary {
                    location: at("tests/ui/invalid_pyfunction_options.rs", Some((8, 26))),
                    level: "error".into(),
                    code: None,
                    message: "`name` may only be given once".into(),
                },
            ]
        );
        // Normalising what trybuild already normalised changes nothing.
        for diag in &found {
            let case = &diag.location.as_ref().unwrap().file;
            assert_eq!(normalise(diag.clone(), CHECKOUT, case).as_ref(), Some(diag));
        }
    }

    /// Cargo's JSON line for one diagnostic, as the compiler wrote it:
    /// absolute paths, a line number in a file other than the case.
    const CARGO_JSON: &str = r#"{"reason":"compiler-message","package_id":"path+file:///tmp/x#0.0.0","manifest_path":"/tmp/x/Cargo.toml","target":{"kind":["bin"],"crate_types":["bin"],"name":"invalid_return_type","src_path":"/home/u/pyo3/tests/ui/invalid_return_type.rs","edition":"2021","doc":true,"doctest":false,"test":true},"message":{"rendered":"error[E0277]: `NotConvertible` cannot be converted to a Python object\n --> /home/u/pyo3/tests/ui/invalid_return_type.rs:8:31\n  |\n8 | fn returns_unconvertible() -> NotConvertible {\n  |                               ^^^^^^^^^^^^^^ unsatisfied trait bound\n  |\nhelp: the trait `IntoPyObject<'_>` is not implemented for `NotConvertible`\n --> /home/u/pyo3/tests/ui/invalid_return_type.rs:5:1\n\n","$message_type":"diagnostic","children":[],"level":"error","message":"`NotConvertible` cannot be converted to a Python object","spans":[],"code":{"code":"E0277","explanation":"\u00e9"}}}
{"reason":"compiler-message","package_id":"path+file:///tmp/x#0.0.0","manifest_path":"/tmp/x/Cargo.toml","target":{"kind":["bin"],"name":"invalid_return_type"},"message":{"rendered":"error[E0599]: no function\n   --> /home/u/pyo3/src/impl_/wrap.rs:123:7\n    |\n\n","level":"error","spans":[]}}
{"reason":"compiler-message","target":{"name":"invalid_return_type"},"message":{"rendered":"error: aborting due to 2 previous errors\n\n","level":"error","spans":[]}}"#;

    #[test]
    fn extractor_reads_cargo_json_fragment() {
        let case = "tests/ui/invalid_return_type.rs";
        let mut found = Vec::new();
        for line in CARGO_JSON.lines() {
            let value = crate::json::parse(line).unwrap();
            assert_eq!(
                value
                    .get("target")
                    .and_then(|t| t.get("name"))
                    .and_then(|n| n.as_str()),
                Some("invalid_return_type")
            );
            let rendered = value.get("message").and_then(|m| m.get("rendered"));
            for diag in extract(rendered.and_then(|r| r.as_str()).unwrap()) {
                found.extend(normalise(diag, CHECKOUT, case));
            }
        }
        assert_eq!(
            found,
            vec![
                Primary {
                    location: at(case, Some((8, 31))),
                    level: "error".into(),
                    code: Some("E0277".into()),
                    message: "`NotConvertible` cannot be converted to a Python object".into(),
                },
                Primary {
                    location: at("src/impl_/wrap.rs", None),
                    level: "error".into(),
                    code: Some("E0599".into()),
                    message: "no function".into(),
                },
            ]
        );
        let first = crate::json::parse(CARGO_JSON.lines().next().unwrap()).unwrap();
        let code = first.get("message").and_then(|m| m.get("code"));
        let explanation = code
            .and_then(|c| c.get("explanation"))
            .and_then(|e| e.as_str());
        assert_eq!(explanation, Some("é"));
    }

    #[test]
    fn comparison_reports_changed_and_missing_lines() {
        let expected = extract(STDERR);
        assert_eq!(compare(&expected, &expected), Ok(()));
        let mut reordered = expected.clone();
        reordered.reverse();
        assert_eq!(compare(&expected, &reordered), Ok(()));

        let mut moved = expected.clone();
        moved[2].location = at("tests/ui/invalid_pyfunction_options.rs", Some((8, 27)));
        let diff = compare(&expected, &moved).unwrap_err();
        assert_eq!(
            diff,
            "  - tests/ui/invalid_pyfunction_options.rs:8:26: error: `name` may only be given once\n  \
             + tests/ui/invalid_pyfunction_options.rs:8:27: error: `name` may only be given once\n"
        );

        let diff = compare(&expected, &expected[..2]).unwrap_err();
        assert!(
            diff.starts_with("  - tests/ui/invalid_pyfunction_options.rs:8:26"),
            "{diff}"
        );
        let mut doubled = expected.clone();
        doubled.push(expected[0].clone());
        let diff = compare(&expected, &doubled).unwrap_err();
        assert!(
            diff.starts_with("  + tests/ui/invalid_pass_module.rs:8:1: error[E0277]"),
            "{diff}"
        );
    }
}
