//! The `#[pyo3(...)]` options of `#[derive(FromPyObject)]`,
//! `#[derive(IntoPyObject)]` and `#[derive(IntoPyObjectRef)]`, on the type
//! (or an enum variant) and on fields, and the `rename_all` rules.
//!
//! The three derives read the same attributes (a type often derives both
//! directions), so each accepts the options of the others and ignores those
//! it has no use for; only options no derive knows are errors.

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::parse::ParseStream;
use syn::{LitStr, Token};

use crate::attributes::{parse_crate_path, set_once};
use crate::class_options::RenameRule;
use crate::utils::Errors;

const CONTAINER_OPTIONS: &str = "`transparent`, `from_item_all`, `annotation = \"...\"`, \
     `rename_all = \"...\"` and `crate = \"...\"`";

const FIELD_OPTIONS: &str = "`attribute`, `attribute(\"name\")`, `item`, `item(key)`, \
     `from_py_with = path`, `into_py_with = path`, `default` and `default = expr`";

/// The options of the type, or of one enum variant.
#[derive(Default)]
pub struct ContainerOptions {
    /// `transparent` (its span).
    pub transparent: Option<Span>,
    /// `from_item_all`.
    pub from_item_all: Option<Span>,
    /// `annotation = "..."`.
    pub annotation: Option<LitStr>,
    /// `crate = "..."`: the span of `crate` and the path.
    pub krate: Option<(Span, syn::Path)>,
    /// `rename_all = "..."`: the span of `rename_all` and the rule.
    pub rename_all: Option<(Span, RenameRule)>,
}

impl ContainerOptions {
    /// Reads the `#[pyo3(...)]` attributes of a type or variant, for
    /// `#[derive(<derive>)]`.
    pub fn from_attrs(attrs: &[syn::Attribute], derive: &str) -> syn::Result<Self> {
        let mut options = ContainerOptions::default();
        parse_pyo3_attrs(attrs, |input| options.parse_one(input, derive))?;
        Ok(options)
    }

    fn parse_one(&mut self, input: ParseStream<'_>, derive: &str) -> syn::Result<()> {
        let key = parse_key(input, CONTAINER_OPTIONS)?;
        let span = key.span();
        match key.to_string().as_str() {
            "transparent" => {
                no_value(input, "transparent")?;
                set_once(&mut self.transparent, span, span, "transparent")
            }
            "from_item_all" => {
                no_value(input, "from_item_all")?;
                set_once(&mut self.from_item_all, span, span, "from_item_all")
            }
            "annotation" => {
                expect_eq(input, "annotation = \"name\"")?;
                let text = parse_string(input, "annotation = \"name\"")?;
                set_once(&mut self.annotation, text, span, "annotation")
            }
            "rename_all" => {
                expect_eq(input, "rename_all = \"camelCase\"")?;
                let text = parse_string(input, "rename_all = \"camelCase\"")?;
                let rule = RenameRule::parse(&text)?;
                set_once(&mut self.rename_all, (span, rule), span, "rename_all")
            }
            "crate" => {
                let path = parse_crate_path(input).map_err(|err| {
                    syn::Error::new(
                        err.span(),
                        "expected the path of the pyo3 crate: `crate = \"pyo3\"` or \
                         `crate = \"some::reexport::pyo3\"`",
                    )
                })?;
                set_once(&mut self.krate, (span, path), span, "crate")
            }
            "attribute" | "item" | "from_py_with" | "into_py_with" | "default" => {
                Err(syn::Error::new(
                    span,
                    format!(
                        "`{key}` is an option of a field: put `#[pyo3({key})]` on the field it is for"
                    ),
                ))
            }
            other => Err(syn::Error::new(
                span,
                format!(
                    "unknown option `{other}` for `#[derive({derive})]`: expected one of \
                     {CONTAINER_OPTIONS}"
                ),
            )),
        }
    }
}

/// How a named field is read from the Python object.
pub enum Getter {
    /// `attribute` or `attribute("name")`.
    Attribute { span: Span, name: Option<LitStr> },
    /// `item` or `item(key)`.
    Item { span: Span, key: Option<syn::Lit> },
}

impl Getter {
    pub fn span(&self) -> Span {
        match self {
            Getter::Attribute { span, .. } | Getter::Item { span, .. } => *span,
        }
    }

    /// `attribute` or `item`, for messages.
    pub fn keyword(&self) -> &'static str {
        match self {
            Getter::Attribute { .. } => "attribute",
            Getter::Item { .. } => "item",
        }
    }
}

/// The options of one field.
#[derive(Default)]
pub struct FieldOptions {
    pub getter: Option<Getter>,
    /// `from_py_with = path`: the span of `from_py_with` and the path.
    pub from_py_with: Option<(Span, syn::ExprPath)>,
    /// `into_py_with = path`.
    pub into_py_with: Option<(Span, syn::ExprPath)>,
    /// `default` or `default = expr`.
    pub default: Option<(Span, Option<syn::Expr>)>,
}

impl FieldOptions {
    /// Reads the `#[pyo3(...)]` attributes of a field, for
    /// `#[derive(<derive>)]`.
    pub fn from_attrs(attrs: &[syn::Attribute], derive: &str) -> syn::Result<Self> {
        let mut options = FieldOptions::default();
        parse_pyo3_attrs(attrs, |input| options.parse_one(input, derive))?;
        Ok(options)
    }

    fn parse_one(&mut self, input: ParseStream<'_>, derive: &str) -> syn::Result<()> {
        let key = parse_key(input, FIELD_OPTIONS)?;
        let span = key.span();
        match key.to_string().as_str() {
            "attribute" => {
                let name = if input.peek(syn::token::Paren) {
                    let content;
                    syn::parenthesized!(content in input);
                    let name: LitStr = content.parse().map_err(|err| {
                        syn::Error::new(
                            err.span(),
                            "expected the attribute's name as a string: `attribute(\"name\")`",
                        )
                    })?;
                    if !content.is_empty() {
                        return Err(content.error(
                            "expected one name: `attribute(\"name\")` (or `attribute` to use the field's name)",
                        ));
                    }
                    if name.value().is_empty() {
                        return Err(syn::Error::new(
                            name.span(),
                            "the attribute name cannot be empty: write `attribute(\"name\")`, \
                             or `attribute` to use the field's name",
                        ));
                    }
                    Some(name)
                } else {
                    no_value(input, "attribute")?;
                    None
                };
                self.set_getter(Getter::Attribute { span, name })
            }
            "item" => {
                let key = if input.peek(syn::token::Paren) {
                    let content;
                    syn::parenthesized!(content in input);
                    let key: syn::Lit = content.parse().map_err(|err| {
                        syn::Error::new(
                            err.span(),
                            "expected the key as a literal: `item(\"key\")` or `item(0)`",
                        )
                    })?;
                    if !content.is_empty() {
                        return Err(content.error(
                            "expected one key: `item(\"key\")` (or `item` to use the field's name)",
                        ));
                    }
                    Some(key)
                } else {
                    no_value(input, "item")?;
                    None
                };
                self.set_getter(Getter::Item { span, key })
            }
            "from_py_with" => {
                let path = parse_function_path(input, "from_py_with")?;
                set_once(&mut self.from_py_with, (span, path), span, "from_py_with")
            }
            "into_py_with" => {
                let path = parse_function_path(input, "into_py_with")?;
                set_once(&mut self.into_py_with, (span, path), span, "into_py_with")
            }
            "default" => {
                let value = if input.peek(Token![=]) {
                    input.parse::<Token![=]>()?;
                    Some(input.parse::<syn::Expr>()?)
                } else {
                    no_value(input, "default")?;
                    None
                };
                set_once(&mut self.default, (span, value), span, "default")
            }
            "transparent" | "from_item_all" | "annotation" | "rename_all" | "crate" => {
                Err(syn::Error::new(
                    span,
                    format!(
                        "`{key}` is an option of the struct or enum variant, not of a field: \
                         put `#[pyo3({key})]` above the struct or variant"
                    ),
                ))
            }
            other => Err(syn::Error::new(
                span,
                format!(
                    "unknown field option `{other}` for `#[derive({derive})]`: expected one of \
                     {FIELD_OPTIONS}"
                ),
            )),
        }
    }

    fn set_getter(&mut self, getter: Getter) -> syn::Result<()> {
        if let Some(existing) = &self.getter {
            let message = if existing.keyword() == getter.keyword() {
                format!("`{}` may only be given once", getter.keyword())
            } else {
                "a field is read either as an attribute or as an item: \
                 give only one of `attribute` and `item`"
                    .to_owned()
            };
            return Err(syn::Error::new(getter.span(), message));
        }
        self.getter = Some(getter);
        Ok(())
    }
}

/// Parses every `#[pyo3(...)]` attribute of `attrs` as a comma-separated
/// option list, reporting the errors of all of them.
fn parse_pyo3_attrs(
    attrs: &[syn::Attribute],
    mut parse_one: impl FnMut(ParseStream<'_>) -> syn::Result<()>,
) -> syn::Result<()> {
    let mut errors = Errors::default();
    for attr in attrs {
        if !attr.path().is_ident("pyo3") {
            continue;
        }
        let result = attr.parse_args_with(|input: ParseStream<'_>| {
            while !input.is_empty() {
                parse_one(input)?;
                if input.is_empty() {
                    break;
                }
                input.parse::<Token![,]>()?;
            }
            Ok(())
        });
        errors.take(result);
    }
    errors.finish()
}

/// An option's name (keywords such as `crate` included).
fn parse_key(input: ParseStream<'_>, expected: &str) -> syn::Result<syn::Ident> {
    input.call(syn::Ident::parse_any).map_err(|err| {
        syn::Error::new(err.span(), format!("expected an option: one of {expected}"))
    })
}

/// Refuses `= ...` or `(...)` after an option that takes no value.
fn no_value(input: ParseStream<'_>, name: &str) -> syn::Result<()> {
    if input.peek(Token![=]) || input.peek(syn::token::Paren) {
        return Err(input.error(format!("`{name}` takes no value: write just `{name}`")));
    }
    Ok(())
}

fn expect_eq(input: ParseStream<'_>, example: &str) -> syn::Result<()> {
    input
        .parse::<Token![=]>()
        .map(drop)
        .map_err(|err| syn::Error::new(err.span(), format!("expected `=`: `{example}`")))
}

fn parse_string(input: ParseStream<'_>, example: &str) -> syn::Result<LitStr> {
    input
        .parse::<LitStr>()
        .map_err(|err| syn::Error::new(err.span(), format!("expected a string: `{example}`")))
}

/// `= path::to::function`, for `from_py_with` and `into_py_with`.
fn parse_function_path(input: ParseStream<'_>, name: &str) -> syn::Result<syn::ExprPath> {
    expect_eq(input, &format!("{name} = path::to::function"))?;
    if input.peek(LitStr) {
        return Err(input.error(format!(
            "`{name}` takes the function's path without quotes: `{name} = path::to::function`"
        )));
    }
    input.parse::<syn::ExprPath>().map_err(|err| {
        syn::Error::new(
            err.span(),
            format!("expected the path of a function: `{name} = path::to::function`"),
        )
    })
}

/// A field's Python name under `rename_all`, as PyO3 spells it: the name
/// is cut into words at every character that is not a letter or digit and
/// where the case changes (`someField` -> `some`, `Field`; `HTTPServer` ->
/// `HTTP`, `Server`), and the words are joined as the rule says.
/// `lowercase` and `UPPERCASE` only change the case of the whole name.
pub fn rename(rule: RenameRule, name: &str) -> String {
    let words = split_words(name);
    let join = |separator: &str, word: &dyn Fn(usize, &str) -> String| {
        words
            .iter()
            .enumerate()
            .map(|(i, w)| word(i, w))
            .collect::<Vec<_>>()
            .join(separator)
    };
    match rule {
        RenameRule::Lowercase => name.to_lowercase(),
        RenameRule::Uppercase => name.to_uppercase(),
        RenameRule::SnakeCase => join("_", &|_, w| lowercase(w)),
        RenameRule::KebabCase => join("-", &|_, w| lowercase(w)),
        RenameRule::ScreamingSnakeCase => join("_", &|_, w| w.to_uppercase()),
        RenameRule::ScreamingKebabCase => join("-", &|_, w| w.to_uppercase()),
        RenameRule::PascalCase => join("", &|_, w| capitalize(w)),
        RenameRule::CamelCase => join("", &|i, w| {
            if i == 0 { lowercase(w) } else { capitalize(w) }
        }),
    }
}

fn split_words(name: &str) -> Vec<&str> {
    #[derive(Clone, Copy, PartialEq)]
    enum Case {
        /// No cased character since the last word boundary.
        None,
        Lower,
        Upper,
    }
    let mut words = Vec::new();
    for part in name.split(|c: char| !c.is_alphanumeric()) {
        let chars: Vec<(usize, char)> = part.char_indices().collect();
        let mut start = 0;
        let mut case = Case::None;
        for (n, &(i, c)) in chars.iter().enumerate() {
            let Some(&(next_i, next)) = chars.get(n + 1) else {
                words.push(&part[start..]);
                break;
            };
            let case_with_c = if c.is_lowercase() {
                Case::Lower
            } else if c.is_uppercase() {
                Case::Upper
            } else {
                case
            };
            if case_with_c == Case::Lower && next.is_uppercase() {
                // `aB`: a word ends after `a`.
                words.push(&part[start..next_i]);
                start = next_i;
                case = Case::None;
            } else if case == Case::Upper && c.is_uppercase() && next.is_lowercase() {
                // `ABc`: a word ends before `B`.
                words.push(&part[start..i]);
                start = i;
                case = Case::None;
            } else {
                case = case_with_c;
            }
        }
    }
    words
}

/// Lowercase, with a final `Σ` as `ς`.
fn lowercase(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut chars = word.chars().peekable();
    while let Some(c) = chars.next() {
        if c == 'Σ' && chars.peek().is_none() {
            out.push('ς');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The first character uppercase, the rest lowercase.
fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => {
            let mut out: String = first.to_uppercase().collect();
            out.push_str(&lowercase(chars.as_str()));
            out
        }
        None => String::new(),
    }
}
