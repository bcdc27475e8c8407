//! Small helpers shared by the macros: the path to the `pyo3` crate, doc
//! comments, C string literals and error collection.

use std::ffi::CString;

use proc_macro2::{Literal, Span, TokenStream};
use quote::{ToTokens, quote};

/// The path generated code uses to reach `pyo3` (`::pyo3` unless the
/// `crate = "..."` option says otherwise).
#[derive(Clone)]
pub struct Ctx {
    pub pyo3: TokenStream,
}

impl Ctx {
    pub fn new(krate: Option<&syn::Path>) -> Self {
        let pyo3 = match krate {
            Some(path) => path.to_token_stream(),
            None => quote!(::pyo3),
        };
        Ctx { pyo3 }
    }
}

/// A C string literal token (`c"..."`).
pub fn c_string_literal(text: &str, span: Span) -> syn::Result<TokenStream> {
    let value = CString::new(text)
        .map_err(|_| syn::Error::new(span, "names and docs must not contain NUL characters"))?;
    let mut literal = Literal::c_string(&value);
    literal.set_span(span);
    Ok(literal.into_token_stream())
}

/// One `#[doc = ...]` attribute: a literal (from `///` comments) or any
/// other expression (`include_str!(...)`).
enum DocPart {
    Text(String),
    Expr(syn::Expr),
}

/// The documentation of an item, from its `#[doc]` attributes.
pub struct Doc {
    parts: Vec<DocPart>,
}

impl Doc {
    /// Reads the doc attributes, dropping the one space `///` leaves in front
    /// of every line.
    pub fn from_attrs(attrs: &[syn::Attribute]) -> Self {
        let mut parts = Vec::new();
        for attr in attrs {
            let syn::Meta::NameValue(nv) = &attr.meta else {
                continue;
            };
            if !nv.path.is_ident("doc") {
                continue;
            }
            match &nv.value {
                syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(text),
                    ..
                }) => {
                    let text = text.value();
                    let lines: Vec<&str> = text
                        .split('\n')
                        .map(|line| line.strip_prefix(' ').unwrap_or(line))
                        .collect();
                    parts.push(DocPart::Text(lines.join("\n")));
                }
                expr => parts.push(DocPart::Expr(expr.clone())),
            }
        }
        Doc { parts }
    }

    /// Whether there is no documentation at all.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// A `&'static CStr` expression: `prefix` followed by the doc lines.
    pub fn to_c_str(&self, prefix: &str, ctx: &Ctx) -> syn::Result<TokenStream> {
        if self
            .parts
            .iter()
            .all(|part| matches!(part, DocPart::Text(_)))
        {
            let mut text = prefix.to_owned();
            for (i, part) in self.parts.iter().enumerate() {
                if let DocPart::Text(line) = part {
                    if i > 0 {
                        text.push('\n');
                    }
                    text.push_str(line);
                }
            }
            return c_string_literal(&text, Span::call_site());
        }
        let mut pieces = vec![quote!(#prefix)];
        for (i, part) in self.parts.iter().enumerate() {
            if i > 0 {
                pieces.push(quote!("\n"));
            }
            pieces.push(match part {
                DocPart::Text(line) => quote!(#line),
                DocPart::Expr(expr) => quote!(#expr),
            });
        }
        let pyo3 = &ctx.pyo3;
        Ok(quote!(#pyo3::c_str!(::core::concat!(#(#pieces),*))))
    }
}

/// Collects several errors so that one expansion reports all of them.
#[derive(Default)]
pub struct Errors(Option<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(existing) => existing.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// Records the error of `result`, if any, and passes on its value.
    pub fn take<T>(&mut self, result: syn::Result<T>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.push(error);
                None
            }
        }
    }

    pub fn finish(self) -> syn::Result<()> {
        match self.0 {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }
}

/// Whether `attr` is `#[name]`, `#[pyo3::name]` or `#[pyo3::prelude::name]`.
pub fn is_pyo3_attribute(attr: &syn::Attribute, name: &str) -> bool {
    let path = attr.path();
    let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
    match segments.as_slice() {
        [only] => only == name,
        [krate, last] => krate == "pyo3" && last == name,
        [krate, prelude, last] => krate == "pyo3" && prelude == "prelude" && last == name,
        _ => false,
    }
}

/// The identifier as Python sees it (`r#type` -> `type`).
pub fn python_name(ident: &syn::Ident) -> String {
    let name = ident.to_string();
    match name.strip_prefix("r#") {
        Some(raw) => raw.to_owned(),
        None => name,
    }
}

/// Removes `#[pyo3(...)]`, `#[pymodule_export]` and `#[pymodule_init]`
/// from an item and its arguments or inner items.
pub fn strip_helper_attributes(item: &mut syn::Item) {
    fn is_helper(attr: &syn::Attribute) -> bool {
        let path = attr.path();
        path.is_ident("pyo3") || path.is_ident("pymodule_export") || path.is_ident("pymodule_init")
    }
    match item {
        syn::Item::Fn(function) => {
            function.attrs.retain(|a| !is_helper(a));
            for input in &mut function.sig.inputs {
                if let syn::FnArg::Typed(typed) = input {
                    typed.attrs.retain(|a| !is_helper(a));
                }
            }
        }
        syn::Item::Struct(item) => {
            for field in &mut item.fields {
                field.attrs.retain(|a| !is_helper(a));
            }
        }
        syn::Item::Impl(item) => {
            const METHOD_HELPERS: &[&str] = &[
                "new",
                "staticmethod",
                "classmethod",
                "classattr",
                "getter",
                "setter",
                "deleter",
            ];
            let is_method_helper = |attr: &syn::Attribute| {
                is_helper(attr)
                    || attr
                        .path()
                        .get_ident()
                        .is_some_and(|i| METHOD_HELPERS.contains(&i.to_string().as_str()))
            };
            for impl_item in &mut item.items {
                match impl_item {
                    syn::ImplItem::Fn(method) => {
                        method.attrs.retain(|a| !is_method_helper(a));
                        for input in &mut method.sig.inputs {
                            if let syn::FnArg::Typed(typed) = input {
                                typed.attrs.retain(|a| !is_helper(a));
                            }
                        }
                    }
                    syn::ImplItem::Const(constant) => {
                        constant.attrs.retain(|a| !is_method_helper(a))
                    }
                    _ => {}
                }
            }
        }
        syn::Item::Mod(module) => {
            module.attrs.retain(|a| !is_helper(a));
            if let Some((_, items)) = &mut module.content {
                for inner in items {
                    match inner {
                        syn::Item::Fn(f) => f.attrs.retain(|a| !is_helper(a)),
                        syn::Item::Use(u) => u.attrs.retain(|a| !is_helper(a)),
                        syn::Item::Const(c) => c.attrs.retain(|a| !is_helper(a)),
                        _ => {}
                    }
                }
            }
        }
        _ => {}
    }
}
