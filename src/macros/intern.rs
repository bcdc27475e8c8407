//! `intern!`.

/// An interned Python `str` for a string literal, created once per call
/// site and cached: `obj.getattr(intern!(py, "name"))` costs no allocation
/// after the first call.
#[macro_export]
macro_rules! intern {
    ($py:expr, $text:expr) => {{
        static INTERNED: $crate::sync::Interned = $crate::sync::Interned::new($text);
        INTERNED.get($py)
    }};
}
