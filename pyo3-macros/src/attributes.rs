//! Parsing the options of the macros: `#[pyfunction(...)]`,
//! `#[pymodule(...)]`, and `#[pyo3(...)]` attributes on items and
//! arguments.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

use crate::signature::SignatureAttr;

/// `text_signature = "..."` or `text_signature = None`.
pub enum TextSignature {
    Custom(LitStr),
    Disabled,
}

/// A `warn(message = "...", category = path)` option.
pub struct WarnOption {
    pub message: LitStr,
    pub category: Option<syn::Path>,
}

/// The options of `#[pyfunction]`, from its arguments and any
/// `#[pyo3(...)]` attributes on the function.
#[derive(Default)]
pub struct FunctionOptions {
    pub name: Option<LitStr>,
    pub signature: Option<SignatureAttr>,
    pub text_signature: Option<TextSignature>,
    pub pass_module: Option<Span>,
    pub krate: Option<syn::Path>,
    pub warnings: Vec<WarnOption>,
}

const FUNCTION_OPTIONS: &str =
    "`name`, `signature`, `text_signature`, `pass_module`, `crate` and `warn`";

impl FunctionOptions {
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
                format!("expected an option: one of {FUNCTION_OPTIONS}"),
            )
        })?;
        match key.to_string().as_str() {
            "name" => {
                input.parse::<Token![=]>()?;
                let name: LitStr = input.parse()?;
                check_identifier(&name)?;
                set_once(&mut self.name, name, key.span(), "name")
            }
            "signature" => {
                input.parse::<Token![=]>()?;
                let signature: SignatureAttr = input.parse()?;
                set_once(&mut self.signature, signature, key.span(), "signature")
            }
            "text_signature" => {
                input.parse::<Token![=]>()?;
                let value = if input.peek(LitStr) {
                    TextSignature::Custom(input.parse()?)
                } else if input.peek(syn::Ident) && input.fork().parse::<syn::Ident>()? == "None" {
                    input.parse::<syn::Ident>()?;
                    TextSignature::Disabled
                } else {
                    return Err(input.error(
                        "expected a string such as `text_signature = \"(a, b=1)\"`, or `None` to leave the signature out",
                    ));
                };
                set_once(
                    &mut self.text_signature,
                    value,
                    key.span(),
                    "text_signature",
                )
            }
            "pass_module" => set_once(&mut self.pass_module, key.span(), key.span(), "pass_module"),
            "warn" => {
                let content;
                syn::parenthesized!(content in input);
                self.warnings.push(parse_warn(&content, key.span())?);
                Ok(())
            }
            "from_py_with" => Err(syn::Error::new(
                key.span(),
                "`from_py_with` belongs on an argument: `fn f(#[pyo3(from_py_with = path)] x: T)`",
            )),
            other => Err(syn::Error::new(
                key.span(),
                format!(
                    "unknown option `{other}` for `#[pyfunction]`: expected one of {FUNCTION_OPTIONS}"
                ),
            )),
        }
    }

    /// Takes the `#[pyo3(...)]` attributes out of `attrs`, adding their
    /// options to `self`.
    pub fn take_pyo3_attrs(&mut self, attrs: &mut Vec<syn::Attribute>) -> syn::Result<()> {
        take_pyo3_attrs(attrs, |input| self.parse_into(input))
    }
}

/// Removes every `#[pyo3(...)]` attribute from `attrs`, parsing each with
/// `parse`; reports all their errors together.
pub fn take_pyo3_attrs(
    attrs: &mut Vec<syn::Attribute>,
    mut parse: impl FnMut(ParseStream<'_>) -> syn::Result<()>,
) -> syn::Result<()> {
    let mut result = Ok(());
    attrs.retain(|attr| {
        if !attr.path().is_ident("pyo3") {
            return true;
        }
        if let Err(err) = attr.parse_args_with(|input: ParseStream<'_>| parse(input)) {
            match &mut result {
                Ok(()) => result = Err(err),
                Err(existing) => existing.combine(err),
            }
        }
        false
    });
    result
}

fn parse_warn(input: ParseStream<'_>, span: Span) -> syn::Result<WarnOption> {
    let mut message = None;
    let mut category = None;
    while !input.is_empty() {
        let key: syn::Ident = input.parse()?;
        input.parse::<Token![=]>()?;
        match key.to_string().as_str() {
            "message" => set_once(
                &mut message,
                input.parse::<LitStr>()?,
                key.span(),
                "message",
            )?,
            "category" => set_once(
                &mut category,
                input.parse::<syn::Path>()?,
                key.span(),
                "category",
            )?,
            other => {
                return Err(syn::Error::new(
                    key.span(),
                    format!("unknown `warn` option `{other}`: expected `message` or `category`"),
                ));
            }
        }
        if input.is_empty() {
            break;
        }
        input.parse::<Token![,]>()?;
    }
    let message = message.ok_or_else(|| {
        syn::Error::new(span, "`warn` needs a message: `warn(message = \"...\")`")
    })?;
    Ok(WarnOption { message, category })
}

/// `crate = "path"` (the string form PyO3 documents) or `crate = path`.
pub fn parse_crate_path(input: ParseStream<'_>) -> syn::Result<syn::Path> {
    input.parse::<Token![=]>()?;
    if input.peek(LitStr) {
        let text: LitStr = input.parse()?;
        text.parse::<syn::Path>()
    } else {
        input.parse()
    }
}

/// Stores an option, refusing a second occurrence.
pub fn set_once<T>(slot: &mut Option<T>, value: T, span: Span, name: &str) -> syn::Result<()> {
    if slot.is_some() {
        return Err(syn::Error::new(
            span,
            format!("`{name}` may only be given once"),
        ));
    }
    *slot = Some(value);
    Ok(())
}

/// Checks that a `name = "..."` value is a Python identifier.
fn check_identifier(name: &LitStr) -> syn::Result<()> {
    let text = name.value();
    let mut chars = text.chars();
    let valid = match chars.next() {
        Some(first) => {
            (first.is_alphabetic() || first == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_')
        }
        None => false,
    };
    if valid {
        Ok(())
    } else {
        Err(syn::Error::new(
            name.span(),
            format!("`{text}` is not a valid Python identifier"),
        ))
    }
}

/// The options of an argument: `#[pyo3(from_py_with = path)]`.
#[derive(Default)]
pub struct ArgumentOptions {
    pub from_py_with: Option<syn::Path>,
}

impl ArgumentOptions {
    /// Takes the `#[pyo3(...)]` attributes out of an argument's attributes.
    pub fn take_from(attrs: &mut Vec<syn::Attribute>) -> syn::Result<Self> {
        let mut options = ArgumentOptions::default();
        take_pyo3_attrs(attrs, |input| options.parse_into(input))?;
        Ok(options)
    }

    fn parse_into(&mut self, input: ParseStream<'_>) -> syn::Result<()> {
        while !input.is_empty() {
            let key: syn::Ident = input.parse()?;
            match key.to_string().as_str() {
                "from_py_with" => {
                    input.parse::<Token![=]>()?;
                    let path = if input.peek(LitStr) {
                        input.parse::<LitStr>()?.parse::<syn::Path>()?
                    } else {
                        input.parse()?
                    };
                    set_once(&mut self.from_py_with, path, key.span(), "from_py_with")?;
                }
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown argument option `{other}`: the only one is `from_py_with = path`"
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
    }
}

/// The options of `#[pymodule]`.
#[derive(Default)]
pub struct ModuleOptions {
    pub name: Option<LitStr>,
    pub module: Option<LitStr>,
    pub submodule: Option<Span>,
    pub gil_used: Option<syn::LitBool>,
    pub krate: Option<syn::Path>,
}

const MODULE_OPTIONS: &str = "`name`, `module`, `submodule`, `gil_used` and `crate`";

impl ModuleOptions {
    pub fn parse_into(&mut self, input: ParseStream<'_>) -> syn::Result<()> {
        while !input.is_empty() {
            if input.peek(Token![crate]) {
                let token: Token![crate] = input.parse()?;
                let path = parse_crate_path(input)?;
                set_once(&mut self.krate, path, token.span, "crate")?;
            } else {
                let key: syn::Ident = input.parse().map_err(|err| {
                    syn::Error::new(
                        err.span(),
                        format!("expected an option: one of {MODULE_OPTIONS}"),
                    )
                })?;
                match key.to_string().as_str() {
                    "name" => {
                        input.parse::<Token![=]>()?;
                        let name: LitStr = input.parse()?;
                        check_identifier(&name)?;
                        set_once(&mut self.name, name, key.span(), "name")?;
                    }
                    "module" => {
                        input.parse::<Token![=]>()?;
                        set_once(&mut self.module, input.parse()?, key.span(), "module")?;
                    }
                    "submodule" => {
                        set_once(&mut self.submodule, key.span(), key.span(), "submodule")?
                    }
                    "gil_used" => {
                        input.parse::<Token![=]>()?;
                        let value: syn::LitBool = input.parse().map_err(|err| {
                            syn::Error::new(
                                err.span(),
                                "expected `gil_used = true` or `gil_used = false`",
                            )
                        })?;
                        set_once(&mut self.gil_used, value, key.span(), "gil_used")?;
                    }
                    other => {
                        return Err(syn::Error::new(
                            key.span(),
                            format!(
                                "unknown option `{other}` for `#[pymodule]`: expected one of {MODULE_OPTIONS}"
                            ),
                        ));
                    }
                }
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(())
    }

    /// Takes the `#[pyo3(...)]` attributes out of `attrs`.
    pub fn take_pyo3_attrs(&mut self, attrs: &mut Vec<syn::Attribute>) -> syn::Result<()> {
        take_pyo3_attrs(attrs, |input| self.parse_into(input))
    }
}

/// Parses the argument list of an attribute macro with `parse_into`.
pub struct Parsed<T>(pub T);

impl Parse for Parsed<FunctionOptions> {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut options = FunctionOptions::default();
        options.parse_into(input)?;
        Ok(Parsed(options))
    }
}

impl Parse for Parsed<ModuleOptions> {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut options = ModuleOptions::default();
        options.parse_into(input)?;
        Ok(Parsed(options))
    }
}
