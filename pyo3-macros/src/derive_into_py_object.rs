//! `#[derive(IntoPyObject)]` and `#[derive(IntoPyObjectRef)]` (the same
//! conversion for `&T`): the type is parsed into a model and turned into one
//! `IntoPyObject` impl whose body is a call of
//! `pyo3::impl_::frompyobject` per field.
//!
//! - A struct (or variant) with named fields becomes a `dict` keyed by the
//!   field names (`#[pyo3(item("key"))]` and `rename_all` change the keys).
//! - A tuple struct becomes a `tuple`.
//! - A newtype, and a `#[pyo3(transparent)]` struct, become their field's
//!   object (with the field type's `Target`, `Output` and `Error`).
//! - An enum converts the variant it holds, as a `Bound<PyAny>`.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use crate::derive_options::{ContainerOptions, FieldOptions, Getter, rename};
use crate::utils::{Ctx, Errors};

/// Expands `#[derive(IntoPyObject)]` (`by_ref: false`) or
/// `#[derive(IntoPyObjectRef)]` (`by_ref: true`).
pub fn expand(input: &syn::DeriveInput, by_ref: bool) -> syn::Result<TokenStream> {
    let derive = if by_ref {
        "IntoPyObjectRef"
    } else {
        "IntoPyObject"
    };
    let options = ContainerOptions::from_attrs(&input.attrs, derive)?;
    let ctx = Ctx::new(options.krate.as_ref().map(|(_, path)| path));
    let pyo3 = &ctx.pyo3;
    let ident = &input.ident;

    let mut generics = input.generics.clone();
    let py: syn::Lifetime = match generics.lifetimes().find(|l| l.lifetime.ident == "py") {
        Some(param) => param.lifetime.clone(),
        None => {
            let py: syn::Lifetime = syn::parse_quote!('py);
            generics.params.insert(0, syn::parse_quote!(#py));
            py
        }
    };
    let borrow: syn::Lifetime = syn::parse_quote!('_a);
    if by_ref {
        generics.params.insert(0, syn::parse_quote!(#borrow));
    }
    let type_params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    let where_clause = generics.make_where_clause();
    for param in type_params {
        where_clause.predicates.push(if by_ref {
            syn::parse_quote!(&#borrow #param: #pyo3::conversion::IntoPyObject<#py>)
        } else {
            syn::parse_quote!(#param: #pyo3::conversion::IntoPyObject<#py>)
        });
    }
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let self_ty = if by_ref {
        quote!(&#borrow #ident #ty_generics)
    } else {
        quote!(#ident #ty_generics)
    };
    // The type a field's own conversion is for: `T`, or `&'_a T`.
    let field_ty = |ty: &syn::Type| {
        if by_ref {
            quote_spanned!(ty.span()=> &#borrow #ty)
        } else {
            quote!(#ty)
        }
    };

    let (target, output, error, body, hint) = match &input.data {
        syn::Data::Struct(data) => {
            let container = Container::new(
                &data.fields,
                quote!(#ident),
                &options,
                derive,
                &input.ident.to_string(),
                input.ident.span(),
            )?;
            let body = container.build_struct(by_ref, pyo3);
            let (target, output, error) = match &container.shape {
                Shape::Transparent { ty, .. } => {
                    let ty = field_ty(ty);
                    (
                        quote!(<#ty as #pyo3::conversion::IntoPyObject<#py>>::Target),
                        quote!(<#ty as #pyo3::conversion::IntoPyObject<#py>>::Output),
                        quote!(<#ty as #pyo3::conversion::IntoPyObject<#py>>::Error),
                    )
                }
                Shape::Named(_) => (
                    quote!(#pyo3::types::PyDict),
                    quote!(#pyo3::Bound<#py, #pyo3::types::PyDict>),
                    quote!(#pyo3::PyErr),
                ),
                Shape::Tuple(_) => (
                    quote!(#pyo3::types::PyTuple),
                    quote!(#pyo3::Bound<#py, #pyo3::types::PyTuple>),
                    quote!(#pyo3::PyErr),
                ),
            };
            let hint = container.output_type(pyo3, &py, &field_ty);
            (target, output, error, body, hint)
        }
        syn::Data::Enum(data) => {
            let variants = enum_model(input, data, &options, derive)?;
            let arms = variants.iter().map(|v| v.build_variant(by_ref));
            let hints = variants.iter().map(|v| v.output_type(pyo3, &py, &field_ty));
            (
                quote!(#pyo3::PyAny),
                quote!(#pyo3::Bound<#py, #pyo3::PyAny>),
                quote!(#pyo3::PyErr),
                quote!(match self { #(#arms)* }),
                quote!(#pyo3::type_hint_union!(#(#hints),*)),
            )
        }
        syn::Data::Union(data) => {
            return Err(syn::Error::new(
                data.union_token.span,
                format!(
                    "`#[derive({derive})]` is not supported for unions: use a struct or an enum"
                ),
            ));
        }
    };

    let output_type = output_type_const(&input.generics, pyo3, hint);
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics #pyo3::conversion::IntoPyObject<#py> for #self_ty #where_clause {
            type Target = #target;
            type Output = #output;
            type Error = #error;
            #output_type

            fn into_pyobject(
                self,
                py: #pyo3::Python<#py>,
            ) -> ::core::result::Result<
                <Self as #pyo3::conversion::IntoPyObject<#py>>::Output,
                <Self as #pyo3::conversion::IntoPyObject<#py>>::Error,
            > {
                use #pyo3::impl_::frompyobject as __fpo;
                use #pyo3::intern as __fpo_intern;
                #body
            }
        }
    })
}

/// `const OUTPUT_TYPE = hint;` (feature `experimental-inspect`), unless the
/// type has type parameters (then the trait's default,
/// `_typeshed.Incomplete`, stays).
#[cfg(feature = "experimental-inspect")]
fn output_type_const(
    generics: &syn::Generics,
    pyo3: &TokenStream,
    hint: TokenStream,
) -> TokenStream {
    if generics
        .params
        .iter()
        .any(|p| !matches!(p, syn::GenericParam::Lifetime(_)))
    {
        return TokenStream::new();
    }
    quote!(const OUTPUT_TYPE: #pyo3::inspect::PyStaticExpr = #hint;)
}

#[cfg(not(feature = "experimental-inspect"))]
fn output_type_const(_: &syn::Generics, _: &TokenStream, _: TokenStream) -> TokenStream {
    TokenStream::new()
}

/// One struct, or one variant of an enum.
struct Container {
    /// `Struct` or `Enum::Variant`: the path of the destructuring pattern.
    path: TokenStream,
    shape: Shape,
}

enum Shape {
    /// Into a dict.
    Named(Vec<NamedField>),
    /// Into a tuple: each field's type and `into_py_with`.
    Tuple(Vec<(syn::Type, Option<syn::ExprPath>)>),
    /// Into the one field's object.
    Transparent {
        member: syn::Member,
        ty: Box<syn::Type>,
    },
}

struct NamedField {
    ident: syn::Ident,
    key: Key,
    ty: syn::Type,
    into_py_with: Option<syn::ExprPath>,
}

/// A dict key.
enum Key {
    Str(String),
    /// Another literal, such as `item(0)`.
    Literal(syn::Lit),
}

impl Container {
    fn new(
        fields: &syn::Fields,
        path: TokenStream,
        options: &ContainerOptions,
        derive: &str,
        name: &str,
        span: Span,
    ) -> syn::Result<Self> {
        let mut errors = Errors::default();
        let shape = match fields {
            syn::Fields::Named(named) if !named.named.is_empty() => {
                Self::named_shape(named, options, derive, &mut errors)
            }
            syn::Fields::Unnamed(unnamed) if !unnamed.unnamed.is_empty() => {
                Self::tuple_shape(unnamed, options, derive, &mut errors)
            }
            _ => {
                return Err(syn::Error::new(
                    span,
                    format!(
                        "cannot derive `{derive}` for `{name}`: it has no fields to convert; \
                         give it at least one field"
                    ),
                ));
            }
        };
        errors.finish()?;
        Ok(Container {
            path,
            shape: shape.expect("errors were reported above"),
        })
    }

    fn named_shape(
        named: &syn::FieldsNamed,
        options: &ContainerOptions,
        derive: &str,
        errors: &mut Errors,
    ) -> Option<Shape> {
        if let Some(transparent) = options.transparent {
            if named.named.len() != 1 {
                errors.push(syn::Error::new(
                    transparent,
                    format!(
                        "`transparent` needs exactly one field, and this has {}: remove \
                         `transparent` to convert the fields into a dict",
                        named.named.len()
                    ),
                ));
                return None;
            }
            if let Some((span, _)) = options.rename_all {
                errors.push(syn::Error::new(
                    span,
                    "`rename_all` has no effect with `transparent` (the field becomes the \
                     object itself, not a dict entry): remove it",
                ));
            }
            let field = &named.named[0];
            let field_options = errors.take(FieldOptions::from_attrs(&field.attrs, derive))?;
            if let Some(getter) = &field_options.getter {
                errors.push(syn::Error::new(
                    getter.span(),
                    format!(
                        "`{}` cannot be used in a `transparent` struct or variant, whose field \
                         becomes the object itself: remove it",
                        getter.keyword()
                    ),
                ));
            }
            if let Some((span, _)) = field_options.into_py_with {
                errors.push(into_py_with_transparent(span));
            }
            return Some(Shape::Transparent {
                member: syn::Member::Named(field.ident.clone().expect("named field")),
                ty: Box::new(field.ty.clone()),
            });
        }
        let mut fields = Vec::new();
        for field in &named.named {
            let ident = field.ident.clone().expect("named fields have identifiers");
            let Some(field_options) = errors.take(FieldOptions::from_attrs(&field.attrs, derive))
            else {
                continue;
            };
            let key = match field_options.getter {
                Some(Getter::Item {
                    key: Some(syn::Lit::Str(key)),
                    ..
                }) => Key::Str(key.value()),
                Some(Getter::Item { key: Some(key), .. }) => Key::Literal(key),
                _ => {
                    let name = ident.unraw().to_string();
                    Key::Str(match options.rename_all {
                        Some((_, rule)) => rename(rule, &name),
                        None => name,
                    })
                }
            };
            fields.push(NamedField {
                ident,
                key,
                ty: field.ty.clone(),
                into_py_with: field_options.into_py_with.map(|(_, path)| path),
            });
        }
        Some(Shape::Named(fields))
    }

    fn tuple_shape(
        unnamed: &syn::FieldsUnnamed,
        options: &ContainerOptions,
        derive: &str,
        errors: &mut Errors,
    ) -> Option<Shape> {
        if let Some((span, _)) = options.rename_all {
            errors.push(syn::Error::new(
                span,
                "`rename_all` has no effect on tuple structs and variants (their fields have no \
                 names): remove it",
            ));
        }
        let mut fields = Vec::new();
        for field in &unnamed.unnamed {
            let Some(field_options) = errors.take(FieldOptions::from_attrs(&field.attrs, derive))
            else {
                continue;
            };
            if let Some(getter) = &field_options.getter {
                errors.push(syn::Error::new(
                    getter.span(),
                    format!(
                        "`{}` cannot be used on the fields of a tuple struct or variant, which \
                         become a tuple's items in order: use named fields for a dict",
                        getter.keyword()
                    ),
                ));
            }
            fields.push((field, field_options.into_py_with));
        }
        if fields.len() != unnamed.unnamed.len() {
            return None;
        }
        if fields.len() == 1 {
            let (field, into_py_with) = fields.pop().expect("one field");
            if let Some((span, _)) = into_py_with {
                errors.push(into_py_with_transparent(span));
            }
            return Some(Shape::Transparent {
                member: syn::Member::Unnamed(0.into()),
                ty: Box::new(field.ty.clone()),
            });
        }
        if let Some(transparent) = options.transparent {
            errors.push(syn::Error::new(
                transparent,
                format!(
                    "`transparent` needs exactly one field, and this has {}: remove \
                     `transparent` to convert the fields into a tuple",
                    fields.len()
                ),
            ));
            return None;
        }
        Some(Shape::Tuple(
            fields
                .into_iter()
                .map(|(field, into_py_with)| (field.ty.clone(), into_py_with.map(|(_, path)| path)))
                .collect(),
        ))
    }

    /// The type hint of what this becomes: `tuple[...]` for a tuple struct,
    /// the field's hint for a newtype, `_typeshed.Incomplete` for a dict
    /// (and for fields with `into_py_with`).
    fn output_type(
        &self,
        pyo3: &TokenStream,
        py: &syn::Lifetime,
        field_ty: &dyn Fn(&syn::Type) -> TokenStream,
    ) -> TokenStream {
        let incomplete = quote!(#pyo3::type_hint_identifier!("_typeshed", "Incomplete"));
        let field = |ty: &syn::Type| {
            let converted = field_ty(ty);
            quote_spanned!(ty.span()=> <#converted as #pyo3::conversion::IntoPyObject<#py>>::OUTPUT_TYPE)
        };
        match &self.shape {
            Shape::Named(_) => incomplete,
            Shape::Transparent { ty, .. } => field(ty),
            Shape::Tuple(fields) => {
                let fields = fields.iter().map(|(ty, into_py_with)| match into_py_with {
                    Some(_) => incomplete.clone(),
                    None => field(ty),
                });
                quote! {
                    #pyo3::type_hint_subscript!(
                        #pyo3::type_hint_identifier!("builtins", "tuple"),
                        #(#fields),*
                    )
                }
            }
        }
    }

    /// `Path { field: __arg0, ... }`, binding every field.
    fn pattern(&self) -> TokenStream {
        let path = &self.path;
        let members: Vec<(syn::Member, &syn::Type)> = match &self.shape {
            Shape::Named(fields) => fields
                .iter()
                .map(|f| (syn::Member::Named(f.ident.clone()), &f.ty))
                .collect(),
            Shape::Tuple(fields) => fields
                .iter()
                .enumerate()
                .map(|(i, (ty, _))| (syn::Member::Unnamed(i.into()), ty))
                .collect(),
            Shape::Transparent { member, ty } => vec![(member.clone(), &**ty)],
        };
        let bindings = members.iter().enumerate().map(|(i, (member, ty))| {
            let binding = binding(i, ty);
            quote!(#member: #binding)
        });
        quote!(#path { #(#bindings),* })
    }

    /// The statements filling `dict` from the bound fields.
    fn set_fields(fields: &[NamedField], by_ref: bool) -> TokenStream {
        fields
            .iter()
            .enumerate()
            .map(|(i, field)| {
                let arg = binding(i, &field.ty);
                let key = match &field.key {
                    Key::Str(key) => quote!(__fpo_intern!(py, #key)),
                    Key::Literal(key) => quote!(#key),
                };
                let value = match &field.into_py_with {
                    Some(path) => convert_with(path, &arg, by_ref),
                    None => quote!(#arg),
                };
                let ty = &field.ty;
                quote_spanned!(ty.span()=> __fpo::set_field(&dict, #key, #value)?;)
            })
            .collect()
    }

    /// The tuple's items from the bound fields.
    fn tuple_items(fields: &[(syn::Type, Option<syn::ExprPath>)], by_ref: bool) -> TokenStream {
        let items = fields.iter().enumerate().map(|(i, (ty, into_py_with))| {
            let arg = binding(i, ty);
            match into_py_with {
                Some(path) => convert_with(path, &arg, by_ref),
                None => quote_spanned!(ty.span()=> __fpo::into_any(#arg, py)?),
            }
        });
        quote!([#(#items),*])
    }

    /// The body of the impl for a struct.
    fn build_struct(&self, by_ref: bool, pyo3: &TokenStream) -> TokenStream {
        let pattern = self.pattern();
        match &self.shape {
            Shape::Named(fields) => {
                let set_fields = Self::set_fields(fields, by_ref);
                quote! {
                    let #pattern = self;
                    let dict = __fpo::new_dict(py);
                    #set_fields
                    ::core::result::Result::Ok(dict)
                }
            }
            Shape::Tuple(fields) => {
                let items = Self::tuple_items(fields, by_ref);
                quote! {
                    let #pattern = self;
                    __fpo::new_tuple(py, #items)
                }
            }
            Shape::Transparent { ty, .. } => {
                let arg = binding(0, ty);
                quote_spanned! {ty.span()=>
                    let #pattern = self;
                    #pyo3::conversion::IntoPyObject::into_pyobject(#arg, py)
                }
            }
        }
    }

    /// The match arm of the impl for a variant.
    fn build_variant(&self, by_ref: bool) -> TokenStream {
        let pattern = self.pattern();
        let value = match &self.shape {
            Shape::Named(fields) => {
                let set_fields = Self::set_fields(fields, by_ref);
                quote! {{
                    let dict = __fpo::new_dict(py);
                    #set_fields
                    __fpo::into_any(dict, py)
                }}
            }
            Shape::Tuple(fields) => {
                let items = Self::tuple_items(fields, by_ref);
                quote!(__fpo::into_any(__fpo::new_tuple(py, #items)?, py))
            }
            Shape::Transparent { ty, .. } => {
                let arg = binding(0, ty);
                quote_spanned!(ty.span()=> __fpo::into_any(#arg, py))
            }
        };
        quote!(#pattern => #value,)
    }
}

/// The variable field `index` is bound to, spanned at the field's type (so
/// that a type that cannot be converted is reported there).
fn binding(index: usize, ty: &syn::Type) -> syn::Ident {
    syn::Ident::new(&format!("__arg{index}"), ty.span())
}

/// A field converted by its `into_py_with` function.
fn convert_with(path: &syn::ExprPath, arg: &syn::Ident, by_ref: bool) -> TokenStream {
    if by_ref {
        quote_spanned!(path.span()=> __fpo::into_py_with_ref(#path, #arg, py)?)
    } else {
        quote_spanned!(path.span()=> __fpo::into_py_with(#path, #arg, py)?)
    }
}

fn into_py_with_transparent(span: Span) -> syn::Error {
    syn::Error::new(
        span,
        "`into_py_with` cannot be used on the field of a newtype or `transparent` struct or \
         variant, which converts as its field's own `IntoPyObject`: implement `IntoPyObject` \
         for the field's type, or use a struct with named fields",
    )
}

fn enum_model(
    input: &syn::DeriveInput,
    data: &syn::DataEnum,
    options: &ContainerOptions,
    derive: &str,
) -> syn::Result<Vec<Container>> {
    let mut errors = Errors::default();
    if let Some(transparent) = options.transparent {
        errors.push(syn::Error::new(
            transparent,
            "`transparent` goes on the variants of an enum, not on the enum: \
             `#[pyo3(transparent)] Variant { field: T }`",
        ));
    }
    if data.variants.is_empty() {
        errors.push(syn::Error::new(
            input.ident.span(),
            format!(
                "cannot derive `{derive}` for `{}`: an enum without variants has no values to \
                 convert",
                input.ident
            ),
        ));
    }
    let ident = &input.ident;
    let mut variants = Vec::new();
    for variant in &data.variants {
        let Some(mut variant_options) =
            errors.take(ContainerOptions::from_attrs(&variant.attrs, derive))
        else {
            continue;
        };
        if let Some((span, _)) = variant_options.krate {
            errors.push(syn::Error::new(
                span,
                "`crate` goes on the enum, not on a variant",
            ));
        }
        if let Some((enum_span, rule)) = options.rename_all {
            if let Some((span, _)) = variant_options.rename_all {
                let mut error = syn::Error::new(
                    span,
                    "`rename_all` is already given on the enum, for every variant: remove one \
                     of them",
                );
                error.combine(syn::Error::new(
                    enum_span,
                    "the enum's `rename_all` is here",
                ));
                errors.push(error);
            }
            variant_options.rename_all = Some((enum_span, rule));
        }
        let variant_ident = &variant.ident;
        let container = errors.take(Container::new(
            &variant.fields,
            quote!(#ident::#variant_ident),
            &variant_options,
            derive,
            &format!("{}::{}", ident, variant_ident.unraw()),
            variant.ident.span(),
        ));
        variants.extend(container);
    }
    errors.finish()?;
    Ok(variants)
}
