//! The Python signature of a function: parsing `signature = (...)`,
//! checking it against Python's rules and against the Rust arguments, and
//! rendering `__text_signature__`.

use proc_macro2::Span;
use syn::Token;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;

use crate::utils::python_name;

/// One entry of `signature = (...)`.
pub enum SignatureItem {
    /// `name` or `name = default`.
    Parameter {
        name: syn::Ident,
        default: Option<syn::Expr>,
    },
    /// `/`: the parameters before it are positional-only.
    PositionalOnlyMarker(Span),
    /// `*`: the parameters after it are keyword-only.
    KeywordOnlyMarker(Span),
    /// `*name`.
    Varargs(syn::Ident),
    /// `**name`.
    Kwargs(syn::Ident),
}

impl SignatureItem {
    fn span(&self) -> Span {
        match self {
            SignatureItem::Parameter { name, .. } => name.span(),
            SignatureItem::PositionalOnlyMarker(span) | SignatureItem::KeywordOnlyMarker(span) => {
                *span
            }
            SignatureItem::Varargs(name) | SignatureItem::Kwargs(name) => name.span(),
        }
    }
}

impl Parse for SignatureItem {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.peek(Token![/]) {
            let slash: Token![/] = input.parse()?;
            return Ok(SignatureItem::PositionalOnlyMarker(slash.span));
        }
        if input.peek(Token![*]) && input.peek2(Token![*]) {
            input.parse::<Token![*]>()?;
            input.parse::<Token![*]>()?;
            return Ok(SignatureItem::Kwargs(input.parse()?));
        }
        if input.peek(Token![*]) {
            let star: Token![*] = input.parse()?;
            if input.peek(syn::Ident) {
                return Ok(SignatureItem::Varargs(input.parse()?));
            }
            return Ok(SignatureItem::KeywordOnlyMarker(star.span));
        }
        let name: syn::Ident = input.parse().map_err(|err| {
            syn::Error::new(
                err.span(),
                "expected a parameter (`a`, `a = default`), `/`, `*`, `*args` or `**kwargs`",
            )
        })?;
        let default = if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            Some(input.parse()?)
        } else {
            None
        };
        Ok(SignatureItem::Parameter { name, default })
    }
}

/// `signature = (...)` as written.
pub struct SignatureAttr {
    pub paren: syn::token::Paren,
    pub items: Punctuated<SignatureItem, Token![,]>,
}

impl Parse for SignatureAttr {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let content;
        let paren = syn::parenthesized!(content in input);
        let items = content.parse_terminated(SignatureItem::parse, Token![,])?;
        Ok(SignatureAttr { paren, items })
    }
}

/// A named parameter of the Python signature.
#[derive(Clone)]
pub struct Parameter {
    pub name: String,
    pub ident: syn::Ident,
    pub default: Option<syn::Expr>,
}

/// The signature as Python sees it.
#[derive(Default)]
pub struct PythonSignature {
    /// Parameters that may be passed by position, in order.
    pub positional: Vec<Parameter>,
    /// How many of them are positional-only.
    pub positional_only: usize,
    /// Parameters after `*` / `*args`.
    pub keyword_only: Vec<Parameter>,
    pub varargs: Option<syn::Ident>,
    pub kwargs: Option<syn::Ident>,
}

impl PythonSignature {
    /// How many positional parameters have no default (they come first).
    pub fn required_positional(&self) -> usize {
        self.positional
            .iter()
            .take_while(|p| p.default.is_none())
            .count()
    }

    /// Whether the function takes nothing at all (`METH_NOARGS`).
    pub fn is_empty(&self) -> bool {
        self.positional.is_empty()
            && self.keyword_only.is_empty()
            && self.varargs.is_none()
            && self.kwargs.is_none()
    }

    /// The default of the parameter called `ident`, if it has one.
    pub fn default_of(&self, ident: &syn::Ident) -> Option<&syn::Expr> {
        self.positional
            .iter()
            .chain(&self.keyword_only)
            .find(|p| p.ident == *ident)
            .and_then(|p| p.default.as_ref())
    }

    /// The signature of a function without `signature = (...)`: each Python
    /// argument is a required positional-or-keyword parameter.
    pub fn from_arguments(names: &[syn::Ident]) -> Self {
        PythonSignature {
            positional: names
                .iter()
                .map(|ident| Parameter {
                    name: python_name(ident),
                    ident: ident.clone(),
                    default: None,
                })
                .collect(),
            ..PythonSignature::default()
        }
    }

    /// Checks `signature = (...)` against Python's rules and the Rust
    /// arguments (`arguments`: the names of the arguments Python passes, in
    /// order; each must appear exactly once, in the same order).
    pub fn from_attr(attr: &SignatureAttr, arguments: &[syn::Ident]) -> syn::Result<Self> {
        let mut signature = PythonSignature::default();
        let mut seen_positional_only_marker = false;
        let mut keyword_only = false;
        let mut bare_star: Option<Span> = None;
        let mut next_argument = arguments.iter();
        let mut seen_names: Vec<String> = Vec::new();
        let mut first_default: Option<String> = None;
        let item_count = attr.items.len();

        for (index, item) in attr.items.iter().enumerate() {
            if signature.kwargs.is_some() {
                return Err(syn::Error::new(
                    item.span(),
                    "`**kwargs` must be the last entry of the signature",
                ));
            }
            // Every entry naming a parameter must be the next Rust argument.
            let named = match item {
                SignatureItem::Parameter { name, .. }
                | SignatureItem::Varargs(name)
                | SignatureItem::Kwargs(name) => Some(name),
                _ => None,
            };
            if let Some(name) = named {
                let text = python_name(name);
                if seen_names.contains(&text) {
                    return Err(syn::Error::new(
                        name.span(),
                        format!("parameter `{text}` appears twice in the signature"),
                    ));
                }
                seen_names.push(text.clone());
                match next_argument.next() {
                    Some(expected) if python_name(expected) == text => {}
                    Some(expected) => {
                        return Err(syn::Error::new(
                            name.span(),
                            format!(
                                "signature entry `{text}` does not match the function's next argument `{}`: \
                                 list the arguments in the order the function declares them",
                                python_name(expected)
                            ),
                        ));
                    }
                    None => {
                        return Err(syn::Error::new(
                            name.span(),
                            format!("signature entry `{text}` has no matching function argument"),
                        ));
                    }
                }
            }
            match item {
                SignatureItem::PositionalOnlyMarker(span) => {
                    if seen_positional_only_marker {
                        return Err(syn::Error::new(*span, "`/` may appear only once"));
                    }
                    if keyword_only {
                        return Err(syn::Error::new(
                            *span,
                            "`/` must come before `*` and `*args`",
                        ));
                    }
                    if signature.positional.is_empty() {
                        return Err(syn::Error::new(
                            *span,
                            "`/` must follow at least one parameter",
                        ));
                    }
                    seen_positional_only_marker = true;
                    signature.positional_only = signature.positional.len();
                }
                SignatureItem::KeywordOnlyMarker(span) => {
                    if keyword_only {
                        return Err(only_one_star_error(*span));
                    }
                    keyword_only = true;
                    bare_star = Some(*span);
                    if index + 1 == item_count {
                        return Err(keyword_only_marker_error(*span));
                    }
                }
                SignatureItem::Varargs(name) => {
                    if keyword_only {
                        return Err(only_one_star_error(name.span()));
                    }
                    keyword_only = true;
                    signature.varargs = Some(name.clone());
                }
                SignatureItem::Kwargs(name) => {
                    signature.kwargs = Some(name.clone());
                }
                SignatureItem::Parameter { name, default } => {
                    let parameter = Parameter {
                        name: python_name(name),
                        ident: name.clone(),
                        default: default.clone(),
                    };
                    if keyword_only {
                        bare_star = None;
                        signature.keyword_only.push(parameter);
                    } else {
                        if parameter.default.is_some() {
                            first_default.get_or_insert_with(|| parameter.name.clone());
                        } else if let Some(defaulted) = &first_default {
                            return Err(syn::Error::new(
                                name.span(),
                                format!(
                                    "required parameter `{}` follows `{defaulted}`, which has a default: \
                                     give `{}` a default too, or move it after `*` to make it keyword-only",
                                    parameter.name, parameter.name
                                ),
                            ));
                        }
                        signature.positional.push(parameter);
                    }
                }
            }
        }
        if let Some(span) = bare_star {
            if signature.keyword_only.is_empty() {
                return Err(keyword_only_marker_error(span));
            }
        }
        if let Some(missing) = next_argument.next() {
            return Err(syn::Error::new(
                attr.paren.span.join(),
                format!(
                    "the signature leaves out the function argument `{}`: every argument must appear in it",
                    python_name(missing)
                ),
            ));
        }
        Ok(signature)
    }

    /// `(a, b=1, /, c, *args, d, e=None, **kwargs)`, for `__text_signature__`.
    pub fn text_signature(&self) -> String {
        self.text_signature_with(None)
    }

    /// [`Self::text_signature`] with a leading receiver (`$self`, `$cls`).
    pub fn text_signature_with(&self, receiver: Option<&str>) -> String {
        let mut parts: Vec<String> = receiver.into_iter().map(str::to_owned).collect();
        for (i, parameter) in self.positional.iter().enumerate() {
            parts.push(render_parameter(parameter));
            if self.positional_only > 0 && i + 1 == self.positional_only {
                parts.push("/".to_owned());
            }
        }
        if let Some(varargs) = &self.varargs {
            parts.push(format!("*{}", python_name(varargs)));
        } else if !self.keyword_only.is_empty() {
            parts.push("*".to_owned());
        }
        for parameter in &self.keyword_only {
            parts.push(render_parameter(parameter));
        }
        if let Some(kwargs) = &self.kwargs {
            parts.push(format!("**{}", python_name(kwargs)));
        }
        format!("({})", parts.join(", "))
    }
}

fn only_one_star_error(span: Span) -> syn::Error {
    syn::Error::new(span, "only one `*` or `*args` may appear in a signature")
}

fn keyword_only_marker_error(span: Span) -> syn::Error {
    syn::Error::new(
        span,
        "a bare `*` must be followed by keyword-only parameters: add one after it, or remove the `*`",
    )
}

fn render_parameter(parameter: &Parameter) -> String {
    match &parameter.default {
        Some(default) => format!("{}={}", parameter.name, default_to_python(default)),
        None => parameter.name.clone(),
    }
}

/// How a default looks in `__text_signature__`: literals and `None` as
/// Python writes them, anything else as `...`.
fn default_to_python(expr: &syn::Expr) -> String {
    match expr {
        syn::Expr::Lit(syn::ExprLit { lit, .. }) => match lit {
            syn::Lit::Str(s) => s.token().to_string(),
            syn::Lit::Char(c) => c.token().to_string(),
            syn::Lit::Int(i) => i.base10_digits().to_owned(),
            syn::Lit::Float(f) => f.base10_digits().to_owned(),
            syn::Lit::Bool(b) => if b.value { "True" } else { "False" }.to_owned(),
            _ => "...".to_owned(),
        },
        syn::Expr::Path(path) if path.qself.is_none() && path.path.is_ident("None") => {
            "None".to_owned()
        }
        _ => "...".to_owned(),
    }
}
