//! Removing the common indentation of code blocks (`py_run!`).

/// `text` with the indentation shared by all non-blank lines removed and a
/// leading blank line dropped.
pub fn unindent(text: &str) -> String {
    let indent = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.len() - line.trim_start().len())
        .min()
        .unwrap_or(0);
    let mut out = String::with_capacity(text.len());
    for (number, line) in text.lines().enumerate() {
        if number == 0 && line.trim().is_empty() {
            continue;
        }
        out.push_str(line.get(indent..).unwrap_or_else(|| line.trim_start()));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::unindent;

    #[test]
    fn removes_common_indentation() {
        assert_eq!(
            unindent("\n    a = 1\n    if a:\n        b = 2\n"),
            "a = 1\nif a:\n    b = 2\n"
        );
        assert_eq!(unindent("x = 1"), "x = 1\n");
    }
}
