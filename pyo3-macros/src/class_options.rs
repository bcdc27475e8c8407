//! Parsing the options of `#[pyclass(...)]` (and of `#[pyo3(...)]` on the
//! class) and of `#[pyo3(...)]` on its fields.

use proc_macro2::Span;
use syn::parse::ParseStream;
use syn::{LitStr, Token};

use crate::attributes::{parse_crate_path, set_once, take_pyo3_attrs};

/// `rename_all = "..."`: how field names become property names.
#[derive(Clone, Copy)]
pub enum RenameRule {
    CamelCase,
    KebabCase,
    Lowercase,
    PascalCase,
    ScreamingKebabCase,
    ScreamingSnakeCase,
    SnakeCase,
    Uppercase,
}

const RENAME_RULES: &str = "\"camelCase\", \"kebab-case\", \"lowercase\", \"PascalCase\", \
     \"SCREAMING-KEBAB-CASE\", \"SCREAMING_SNAKE_CASE\", \"snake_case\" or \"UPPERCASE\"";

impl RenameRule {
    pub(crate) fn parse(text: &LitStr) -> syn::Result<Self> {
        Ok(match text.value().as_str() {
            "camelCase" => RenameRule::CamelCase,
            "kebab-case" => RenameRule::KebabCase,
            "lowercase" => RenameRule::Lowercase,
            "PascalCase" => RenameRule::PascalCase,
            "SCREAMING-KEBAB-CASE" => RenameRule::ScreamingKebabCase,
            "SCREAMING_SNAKE_CASE" => RenameRule::ScreamingSnakeCase,
            "snake_case" => RenameRule::SnakeCase,
            "UPPERCASE" => RenameRule::Uppercase,
            other => {
                return Err(syn::Error::new(
                    text.span(),
                    format!("unknown `rename_all` rule \"{other}\": expected {RENAME_RULES}"),
                ));
            }
        })
    }

    /// Renames a snake_case Rust name, spelled as PyO3 spells it.
    pub fn apply(self, name: &str) -> String {
        crate::derive_options::rename(self, name)
    }
}

/// The options of `#[pyclass]`.
#[derive(Default)]
pub struct ClassOptions {
    pub name: Option<LitStr>,
    pub module: Option<LitStr>,
    pub frozen: Option<Span>,
    pub subclass: Option<Span>,
    pub extends: Option<syn::Type>,
    pub dict: Option<Span>,
    pub weakref: Option<Span>,
    pub unsendable: Option<Span>,
    pub freelist: Option<syn::Expr>,
    pub get_all: Option<Span>,
    pub set_all: Option<Span>,
    pub rename_all: Option<RenameRule>,
    pub immutable_type: Option<Span>,
    pub generic: Option<Span>,
    pub krate: Option<syn::Path>,
    pub from_py_object: Option<Span>,
    pub skip_from_py_object: Option<Span>,
    pub new_from_fields: Option<Span>,
    pub eq: Option<Span>,
    pub eq_int: Option<Span>,
    pub sequence: Option<Span>,
    pub mapping: Option<Span>,
    pub ord: Option<Span>,
    pub hash: Option<Span>,
    /// `str`, or `str = "format"`.
    pub str: Option<(Span, Option<LitStr>)>,
}

const CLASS_OPTIONS: &str = "`name`, `module`, `frozen`, `subclass`, `extends`, `dict`, `weakref`, \
     `unsendable`, `freelist`, `get_all`, `set_all`, `rename_all`, `immutable_type`, `generic`, \
     `crate`, `from_py_object`, `skip_from_py_object`, `new`, `eq`, `eq_int`, `ord`, `hash`, `str`, `sequence` and `mapping`";

impl ClassOptions {
    /// Parses a comma-separated option list into `self`.
    pub fn parse_into(&mut self, input: ParseStream<'_>) -> syn::Result<()> {
        while !input.is_empty() {
            self.parse_one(input)?;
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(())
    }

    fn parse_one(&mut self, input: ParseStream<'_>) -> syn::Result<()> {
        if input.peek(Token![crate]) {
            let token: Token![crate] = input.parse()?;
            let path = parse_crate_path(input)?;
            return set_once(&mut self.krate, path, token.span, "crate");
        }
        let key: syn::Ident = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                format!("expected an option: one of {CLASS_OPTIONS}"),
            )
        })?;
        let span = key.span();
        let flag = |slot: &mut Option<Span>, name: &str| set_once(slot, span, span, name);
        match key.to_string().as_str() {
            "name" => {
                input.parse::<Token![=]>()?;
                set_once(&mut self.name, input.parse()?, span, "name")
            }
            "module" => {
                input.parse::<Token![=]>()?;
                set_once(&mut self.module, input.parse()?, span, "module")
            }
            "extends" => {
                input.parse::<Token![=]>()?;
                set_once(&mut self.extends, input.parse()?, span, "extends")
            }
            "freelist" => {
                input.parse::<Token![=]>()?;
                set_once(&mut self.freelist, input.parse()?, span, "freelist")
            }
            "rename_all" => {
                input.parse::<Token![=]>()?;
                let rule = RenameRule::parse(&input.parse()?)?;
                set_once(&mut self.rename_all, rule, span, "rename_all")
            }
            "new" => {
                input.parse::<Token![=]>()?;
                let value: LitStr = input.parse()?;
                if value.value() != "from_fields" {
                    return Err(syn::Error::new(
                        value.span(),
                        "the only `new` option is `new = \"from_fields\"`",
                    ));
                }
                set_once(&mut self.new_from_fields, span, span, "new")
            }
            "frozen" => flag(&mut self.frozen, "frozen"),
            "subclass" => flag(&mut self.subclass, "subclass"),
            "dict" => flag(&mut self.dict, "dict"),
            "weakref" => flag(&mut self.weakref, "weakref"),
            "unsendable" => flag(&mut self.unsendable, "unsendable"),
            "get_all" => flag(&mut self.get_all, "get_all"),
            "set_all" => flag(&mut self.set_all, "set_all"),
            "immutable_type" => flag(&mut self.immutable_type, "immutable_type"),
            "generic" => flag(&mut self.generic, "generic"),
            "from_py_object" => flag(&mut self.from_py_object, "from_py_object"),
            "skip_from_py_object" => flag(&mut self.skip_from_py_object, "skip_from_py_object"),
            "eq" => flag(&mut self.eq, "eq"),
            "ord" => flag(&mut self.ord, "ord"),
            "hash" => flag(&mut self.hash, "hash"),
            "str" => {
                let format = if input.peek(Token![=]) {
                    input.parse::<Token![=]>()?;
                    Some(input.parse::<LitStr>()?)
                } else {
                    None
                };
                set_once(&mut self.str, (span, format), span, "str")
            }
            "eq_int" => flag(&mut self.eq_int, "eq_int"),
            "sequence" => flag(&mut self.sequence, "sequence"),
            "mapping" => flag(&mut self.mapping, "mapping"),
            other => Err(syn::Error::new(
                span,
                format!(
                    "unknown option `{other}` for `#[pyclass]`: expected one of {CLASS_OPTIONS}"
                ),
            )),
        }
    }

    /// Takes the `#[pyo3(...)]` attributes out of `attrs`.
    pub fn take_pyo3_attrs(&mut self, attrs: &mut Vec<syn::Attribute>) -> syn::Result<()> {
        take_pyo3_attrs(attrs, |input| self.parse_into(input))
    }
}

/// The options of a field: `#[pyo3(get, set, name = "...")]`.
#[derive(Default)]
pub struct FieldOptions {
    pub get: Option<Span>,
    pub set: Option<Span>,
    pub name: Option<LitStr>,
}

impl FieldOptions {
    /// Takes the `#[pyo3(...)]` attributes out of a field's attributes.
    pub fn take_from(attrs: &mut Vec<syn::Attribute>) -> syn::Result<Self> {
        let mut options = FieldOptions::default();
        take_pyo3_attrs(attrs, |input| {
            while !input.is_empty() {
                let key: syn::Ident = input.parse()?;
                let span = key.span();
                match key.to_string().as_str() {
                    "get" => set_once(&mut options.get, span, span, "get")?,
                    "set" => set_once(&mut options.set, span, span, "set")?,
                    "name" => {
                        input.parse::<Token![=]>()?;
                        set_once(&mut options.name, input.parse()?, span, "name")?;
                    }
                    other => {
                        return Err(syn::Error::new(
                            span,
                            format!(
                                "unknown field option `{other}`: expected `get`, `set` or `name = \"...\"`"
                            ),
                        ));
                    }
                }
                if input.is_empty() {
                    break;
                }
                input.parse::<Token![,]>()?;
            }
            Ok(())
        })?;
        Ok(options)
    }
}
