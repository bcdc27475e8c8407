//! `#[derive(FromPyObject)]`: the type is parsed into a model (how each
//! struct or variant is read, and where each field comes from), checked,
//! and turned into one `FromPyObject` impl whose body is a call of
//! `pyo3::impl_::frompyobject` per field (per variant for enums).
//!
//! - A struct (or variant) with named fields reads each field with
//!   `getattr` (`#[pyo3(item)]`, `#[pyo3(from_item_all)]`: `obj[key]`).
//! - A tuple struct is read from a tuple of exactly its length.
//! - A newtype, and a `#[pyo3(transparent)]` struct, from the object itself.
//! - An enum tries its variants in order.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use crate::derive_options::{ContainerOptions, FieldOptions, Getter, rename};
use crate::utils::{Ctx, Errors};

/// Expands `#[derive(FromPyObject)]`.
pub fn expand(input: &syn::DeriveInput) -> syn::Result<TokenStream> {
    let options = ContainerOptions::from_attrs(&input.attrs, "FromPyObject")?;
    let lifetime = python_lifetime(&input.generics)?;
    let mut errors = Errors::default();
    let model = match &input.data {
        syn::Data::Struct(data) => {
            if let Some(annotation) = &options.annotation {
                errors.push(syn::Error::new(
                    annotation.span(),
                    "`annotation` names an enum variant in error messages: it only applies to \
                     the variants of an enum",
                ));
            }
            let container = errors.take(Container::new(
                &data.fields,
                input.ident.to_string(),
                quote!(Self),
                &options,
                lifetime.as_ref(),
                input.ident.span(),
            ));
            errors.finish()?;
            container.map(Model::Struct)
        }
        syn::Data::Enum(data) => {
            let model = errors.take(enum_model(input, data, &options, lifetime.as_ref()));
            errors.finish()?;
            model.map(Model::Enum)
        }
        syn::Data::Union(data) => {
            return Err(syn::Error::new(
                data.union_token.span,
                "`#[derive(FromPyObject)]` is not supported for unions: use a struct or an enum",
            ));
        }
    };
    let model = model.expect("errors were reported above");
    let body = match &model {
        Model::Struct(container) => container.build(),
        Model::Enum(variants) => build_enum(&input.ident, variants),
    };

    let ctx = Ctx::new(options.krate.as_ref().map(|(_, path)| path));
    let pyo3 = &ctx.pyo3;
    let ident = &input.ident;
    let mut generics = input.generics.clone();
    let py: syn::Lifetime = match &lifetime {
        Some(lifetime) => lifetime.clone(),
        None => {
            let py: syn::Lifetime = syn::parse_quote!('py);
            generics.params.insert(0, syn::parse_quote!(#py));
            py
        }
    };
    let type_params: Vec<syn::Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    let where_clause = generics.make_where_clause();
    for param in type_params {
        where_clause
            .predicates
            .push(syn::parse_quote!(#param: #pyo3::conversion::FromPyObjectOwned<#py>));
    }
    let (impl_generics, _, where_clause) = generics.split_for_impl();
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let input_type = input_type(&model, &input.generics, pyo3, &py);
    Ok(quote! {
        #[automatically_derived]
        impl #impl_generics #pyo3::FromPyObject<'_, #py> for #ident #ty_generics #where_clause {
            type Error = #pyo3::PyErr;
            #input_type

            fn extract(
                obj: #pyo3::Borrowed<'_, #py, #pyo3::PyAny>,
            ) -> ::core::result::Result<Self, #pyo3::PyErr> {
                use #pyo3::impl_::frompyobject as __fpo;
                use #pyo3::intern as __fpo_intern;
                let obj: &#pyo3::Bound<#py, #pyo3::PyAny> = &obj;
                #body
            }
        }
    })
}

/// What the derive reads.
enum Model {
    Struct(Container),
    Enum(Vec<VariantModel>),
}

/// `const INPUT_TYPE` (feature `experimental-inspect`): `tuple[...]` for a
/// tuple struct, the field's hint for a newtype, the union of the variants'
/// hints for an enum, and `_typeshed.Incomplete` for what has no such hint
/// (named fields, `from_py_with`, and types with type parameters, for
/// which the trait's default is kept).
#[cfg(feature = "experimental-inspect")]
fn input_type(
    model: &Model,
    generics: &syn::Generics,
    pyo3: &TokenStream,
    py: &syn::Lifetime,
) -> TokenStream {
    if generics
        .params
        .iter()
        .any(|p| !matches!(p, syn::GenericParam::Lifetime(_)))
    {
        return TokenStream::new();
    }
    let incomplete = quote!(#pyo3::type_hint_identifier!("_typeshed", "Incomplete"));
    let field = |extraction: &Extraction| match &extraction.from_py_with {
        Some(_) => incomplete.clone(),
        None => {
            let ty = &extraction.ty;
            quote_spanned!(ty.span()=> <#ty as #pyo3::FromPyObject<'_, #py>>::INPUT_TYPE)
        }
    };
    let container = |container: &Container| match &container.shape {
        Shape::Named(_) => incomplete.clone(),
        Shape::Transparent { extraction, .. } => field(extraction),
        Shape::Tuple(fields) => {
            let fields = fields.iter().map(field);
            quote! {
                #pyo3::type_hint_subscript!(
                    #pyo3::type_hint_identifier!("builtins", "tuple"),
                    #(#fields),*
                )
            }
        }
    };
    let hint = match model {
        Model::Struct(c) => container(c),
        Model::Enum(variants) => {
            let variants = variants.iter().map(|v| container(&v.container));
            quote!(#pyo3::type_hint_union!(#(#variants),*))
        }
    };
    quote!(const INPUT_TYPE: #pyo3::inspect::PyStaticExpr = #hint;)
}

#[cfg(not(feature = "experimental-inspect"))]
fn input_type(_: &Model, _: &syn::Generics, _: &TokenStream, _: &syn::Lifetime) -> TokenStream {
    TokenStream::new()
}

/// The lifetime that becomes the Python lifetime `'py` (the type's only
/// lifetime parameter, if it has one).
fn python_lifetime(generics: &syn::Generics) -> syn::Result<Option<syn::Lifetime>> {
    let mut lifetimes = generics.lifetimes();
    let first = lifetimes.next().map(|param| param.lifetime.clone());
    if let Some(second) = lifetimes.next() {
        return Err(syn::Error::new(
            second.lifetime.span(),
            format!(
                "`#[derive(FromPyObject)]` allows at most one lifetime parameter: it is the \
                 Python lifetime (`'py` of `Bound<'py, T>`); remove `{}`",
                second.lifetime
            ),
        ));
    }
    Ok(first)
}

/// One struct, or one variant of an enum.
struct Container {
    /// `Self` or `Self::Variant`: what the fields are assembled into.
    constructor: TokenStream,
    /// The name errors give it: `Struct` or `Enum::Variant`.
    error_name: String,
    shape: Shape,
}

enum Shape {
    /// Fields read from attributes or items.
    Named(Vec<NamedField>),
    /// A tuple's items, in order.
    Tuple(Vec<Extraction>),
    /// One field, from the object itself: a newtype (`member` is `0`) or a
    /// `transparent` struct with a named field.
    Transparent {
        member: syn::Member,
        extraction: Box<Extraction>,
    },
}

/// How one field's value becomes its Rust type.
struct Extraction {
    ty: syn::Type,
    from_py_with: Option<syn::ExprPath>,
}

struct NamedField {
    ident: syn::Ident,
    source: Source,
    /// The span and keyword of an explicit `attribute` or `item`.
    getter: Option<(Span, &'static str)>,
    extraction: Extraction,
    /// `default` (`None` inside: `Default::default()`).
    default: Option<Option<syn::Expr>>,
}

/// Where a named field is read from.
enum Source {
    Attribute(String),
    /// An item with a string key.
    Item(String),
    /// An item with another literal as key (`item(0)`).
    ItemLiteral(syn::Lit),
}

impl Container {
    fn new(
        fields: &syn::Fields,
        error_name: String,
        constructor: TokenStream,
        options: &ContainerOptions,
        lifetime: Option<&syn::Lifetime>,
        span: Span,
    ) -> syn::Result<Self> {
        let mut errors = Errors::default();
        let shape = match fields {
            syn::Fields::Named(named) if !named.named.is_empty() => {
                Self::named_shape(named, options, lifetime, span, &mut errors)
            }
            syn::Fields::Unnamed(unnamed) if !unnamed.unnamed.is_empty() => {
                Self::tuple_shape(unnamed, options, lifetime, &mut errors)
            }
            _ => {
                return Err(syn::Error::new(
                    span,
                    format!(
                        "cannot derive `FromPyObject` for `{error_name}`: it has no fields to \
                         extract; give it at least one field"
                    ),
                ));
            }
        };
        errors.finish()?;
        Ok(Container {
            constructor,
            error_name,
            shape: shape.expect("errors were reported above"),
        })
    }

    fn named_shape(
        named: &syn::FieldsNamed,
        options: &ContainerOptions,
        lifetime: Option<&syn::Lifetime>,
        span: Span,
        errors: &mut Errors,
    ) -> Option<Shape> {
        let mut fields = Vec::new();
        for field in &named.named {
            let ident = field.ident.clone().expect("named fields have identifiers");
            let Some(field_options) =
                errors.take(FieldOptions::from_attrs(&field.attrs, "FromPyObject"))
            else {
                continue;
            };
            errors.take(check_borrow(field, &field_options, lifetime));
            if let (Some(from_item_all), Some(getter)) =
                (options.from_item_all, &field_options.getter)
            {
                match getter {
                    Getter::Item { key: None, span } => errors.push(syn::Error::new(
                        *span,
                        "`item` is redundant: the struct has `from_item_all`, which reads every \
                         field as an item; remove it, or give the key with `item(\"key\")`",
                    )),
                    Getter::Attribute { span, .. } => {
                        let mut error = syn::Error::new(
                            *span,
                            "`attribute` cannot be used with `from_item_all`, which reads every \
                             field as an item: remove one of them",
                        );
                        error.combine(syn::Error::new(
                            from_item_all,
                            "`from_item_all` is given here",
                        ));
                        errors.push(error);
                    }
                    Getter::Item { key: Some(_), .. } => {}
                }
            }
            let python_name = {
                let name = ident.unraw().to_string();
                match options.rename_all {
                    Some((_, rule)) => rename(rule, &name),
                    None => name,
                }
            };
            let source = match &field_options.getter {
                Some(Getter::Attribute {
                    name: Some(name), ..
                }) => Source::Attribute(name.value()),
                Some(Getter::Item { key: Some(key), .. }) => match key {
                    syn::Lit::Str(key) => Source::Item(key.value()),
                    other => Source::ItemLiteral(other.clone()),
                },
                Some(Getter::Item { key: None, .. }) => Source::Item(python_name),
                Some(Getter::Attribute { name: None, .. }) | None => {
                    if options.from_item_all.is_some() {
                        Source::Item(python_name)
                    } else {
                        Source::Attribute(python_name)
                    }
                }
            };
            fields.push(NamedField {
                ident,
                source,
                getter: field_options
                    .getter
                    .as_ref()
                    .map(|getter| (getter.span(), getter.keyword())),
                extraction: Extraction {
                    ty: field.ty.clone(),
                    from_py_with: field_options.from_py_with.map(|(_, path)| path),
                },
                default: field_options.default.map(|(_, value)| value),
            });
        }
        if fields.len() != named.named.len() {
            return None;
        }
        if fields.iter().all(|f| f.default.is_some()) {
            errors.push(syn::Error::new(
                span,
                "every field has `default`, so nothing would be read from the object: \
                 remove `default` from at least one field",
            ));
            return None;
        }
        let Some(transparent) = options.transparent else {
            return Some(Shape::Named(fields));
        };
        if fields.len() != 1 {
            errors.push(syn::Error::new(
                transparent,
                format!(
                    "`transparent` needs exactly one field, and this has {}: remove \
                     `transparent` to read the fields as attributes",
                    fields.len()
                ),
            ));
            return None;
        }
        if let Some((span, _)) = options.rename_all {
            errors.push(syn::Error::new(
                span,
                "`rename_all` has no effect with `transparent` (the field is extracted from the \
                 object itself, not looked up by name): remove it",
            ));
        }
        if let Some(from_item_all) = options.from_item_all {
            errors.push(syn::Error::new(
                from_item_all,
                "`from_item_all` cannot be used with `transparent` (the field is extracted from \
                 the object itself, not looked up as an item): remove one of them",
            ));
        }
        let field = fields.pop().expect("one field");
        if let Some((span, keyword)) = field.getter {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`{keyword}` cannot be used in a `transparent` struct or variant, whose \
                     field is extracted from the object itself: remove it"
                ),
            ));
        }
        Some(Shape::Transparent {
            member: syn::Member::Named(field.ident),
            extraction: Box::new(field.extraction),
        })
    }

    fn tuple_shape(
        unnamed: &syn::FieldsUnnamed,
        options: &ContainerOptions,
        lifetime: Option<&syn::Lifetime>,
        errors: &mut Errors,
    ) -> Option<Shape> {
        if let Some((span, _)) = options.rename_all {
            errors.push(syn::Error::new(
                span,
                "`rename_all` has no effect on tuple structs and variants (their fields have no \
                 names): remove it",
            ));
        }
        if let Some(from_item_all) = options.from_item_all {
            errors.push(syn::Error::new(
                from_item_all,
                "`from_item_all` only applies to structs and variants with named fields: \
                 remove it",
            ));
        }
        let mut fields = Vec::new();
        for field in &unnamed.unnamed {
            let Some(field_options) =
                errors.take(FieldOptions::from_attrs(&field.attrs, "FromPyObject"))
            else {
                continue;
            };
            errors.take(check_borrow(field, &field_options, lifetime));
            if let Some(getter) = &field_options.getter {
                errors.push(syn::Error::new(
                    getter.span(),
                    format!(
                        "`{}` cannot be used on the fields of a tuple struct or variant, which \
                         are read from a tuple's items in order: use named fields to read \
                         attributes or items",
                        getter.keyword()
                    ),
                ));
            }
            if let Some((span, _)) = &field_options.default {
                errors.push(syn::Error::new(
                    *span,
                    "`default` can only be used on named fields: a tuple struct or variant is \
                     read from a tuple of exactly its length; use named fields and \
                     `#[pyo3(item, default)]` for optional values",
                ));
            }
            fields.push(Extraction {
                ty: field.ty.clone(),
                from_py_with: field_options.from_py_with.map(|(_, path)| path),
            });
        }
        if fields.len() != unnamed.unnamed.len() {
            return None;
        }
        if fields.len() == 1 {
            return Some(Shape::Transparent {
                member: syn::Member::Unnamed(0.into()),
                extraction: Box::new(fields.pop().expect("one field")),
            });
        }
        if let Some(transparent) = options.transparent {
            errors.push(syn::Error::new(
                transparent,
                format!(
                    "`transparent` needs exactly one field, and this has {}: remove \
                     `transparent` to extract the fields from a tuple",
                    fields.len()
                ),
            ));
            return None;
        }
        Some(Shape::Tuple(fields))
    }

    /// An expression of type `PyResult<Self>`, with `obj: &Bound<PyAny>` in
    /// scope and `__fpo` naming `pyo3::impl_::frompyobject`.
    fn build(&self) -> TokenStream {
        let constructor = &self.constructor;
        let name = &self.error_name;
        match &self.shape {
            Shape::Named(fields) => {
                let fields = fields.iter().map(|field| {
                    let ident = &field.ident;
                    let field_name = ident.unraw().to_string();
                    let lookup = match &field.source {
                        Source::Attribute(attr) => {
                            quote!(__fpo::getattr(obj, __fpo_intern!(obj.py(), #attr)))
                        }
                        Source::Item(key) => {
                            quote!(__fpo::get_item(obj, __fpo_intern!(obj.py(), #key)))
                        }
                        Source::ItemLiteral(key) => quote!(__fpo::get_item(obj, #key)),
                    };
                    let extract = field.extraction.extractor();
                    let value = match &field.default {
                        None => quote!(__fpo::field(#lookup, #name, #field_name, #extract)?),
                        Some(default) => {
                            let default = match default {
                                Some(expr) => quote_spanned!(expr.span()=> || #expr),
                                None => quote!(|| ::core::default::Default::default()),
                            };
                            quote! {
                                __fpo::field_or_default(#lookup, #name, #field_name, #extract, #default)?
                            }
                        }
                    };
                    quote!(#ident: #value)
                });
                quote!(::core::result::Result::Ok(#constructor { #(#fields),* }))
            }
            Shape::Transparent { member, extraction } => {
                let extract = extraction.extractor();
                let value = match member {
                    syn::Member::Named(ident) => {
                        let field_name = ident.unraw().to_string();
                        quote!(__fpo::extract_field(obj, #name, #field_name, #extract)?)
                    }
                    syn::Member::Unnamed(_) => {
                        quote!(__fpo::extract_element(obj, #name, 0, #extract)?)
                    }
                };
                quote!(::core::result::Result::Ok(#constructor { #member: #value }))
            }
            Shape::Tuple(fields) => {
                let count = fields.len();
                let items: Vec<syn::Ident> =
                    (0..count).map(|i| format_ident!("__item{}", i)).collect();
                let values = fields
                    .iter()
                    .zip(&items)
                    .enumerate()
                    .map(|(i, (field, item))| {
                        let extract = field.extractor();
                        quote!(__fpo::extract_element(&#item, #name, #i, #extract)?)
                    });
                quote! {
                    let [#(#items),*] = __fpo::tuple_items::<#count>(obj)?;
                    ::core::result::Result::Ok(#constructor(#(#values),*))
                }
            }
        }
    }
}

impl Extraction {
    /// The function converting the field's value: its `from_py_with`, or
    /// its type's `FromPyObject` (spanned at the type, so that a type that
    /// cannot be extracted is reported there).
    fn extractor(&self) -> TokenStream {
        match &self.from_py_with {
            Some(path) => quote_spanned!(path.span()=> #path),
            None => {
                let ty = &self.ty;
                quote_spanned!(ty.span()=> |value| __fpo::extract::<#ty>(value))
            }
        }
    }
}

/// Refuses a field that borrows with the Python lifetime (`&'py str`):
/// extraction works on temporary references, so it cannot return data
/// borrowed for `'py`. (A `from_py_with` function may know better.)
fn check_borrow(
    field: &syn::Field,
    options: &FieldOptions,
    lifetime: Option<&syn::Lifetime>,
) -> syn::Result<()> {
    let Some(lifetime) = lifetime else {
        return Ok(());
    };
    if options.from_py_with.is_some() {
        return Ok(());
    }
    if let Some(reference) = find_reference(&field.ty, lifetime) {
        return Err(syn::Error::new_spanned(
            reference,
            format!(
                "a field of a `#[derive(FromPyObject)]` type cannot borrow for `{lifetime}`: the \
                 type's lifetime parameter is the Python lifetime, and the fields are extracted \
                 from temporary references; use an owned type (`String`, `Vec<u8>`, \
                 `PyBackedStr`, `PyBackedBytes`) or `Bound<{lifetime}, ...>`"
            ),
        ));
    }
    Ok(())
}

/// The first `&'lifetime ...` inside `ty`.
fn find_reference<'t>(
    ty: &'t syn::Type,
    lifetime: &syn::Lifetime,
) -> Option<&'t syn::TypeReference> {
    match ty {
        syn::Type::Reference(reference) => {
            if reference.lifetime.as_ref() == Some(lifetime) {
                Some(reference)
            } else {
                find_reference(&reference.elem, lifetime)
            }
        }
        syn::Type::Path(path) => path.path.segments.iter().find_map(|segment| {
            let syn::PathArguments::AngleBracketed(args) = &segment.arguments else {
                return None;
            };
            args.args.iter().find_map(|arg| match arg {
                syn::GenericArgument::Type(ty) => find_reference(ty, lifetime),
                _ => None,
            })
        }),
        syn::Type::Tuple(tuple) => tuple.elems.iter().find_map(|t| find_reference(t, lifetime)),
        syn::Type::Array(array) => find_reference(&array.elem, lifetime),
        syn::Type::Slice(slice) => find_reference(&slice.elem, lifetime),
        syn::Type::Paren(paren) => find_reference(&paren.elem, lifetime),
        syn::Type::Group(group) => find_reference(&group.elem, lifetime),
        _ => None,
    }
}

/// One variant with its names for the error message.
struct VariantModel {
    name: String,
    annotation: String,
    container: Container,
}

fn enum_model(
    input: &syn::DeriveInput,
    data: &syn::DataEnum,
    options: &ContainerOptions,
    lifetime: Option<&syn::Lifetime>,
) -> syn::Result<Vec<VariantModel>> {
    let mut errors = Errors::default();
    if let Some(transparent) = options.transparent {
        errors.push(syn::Error::new(
            transparent,
            "`transparent` goes on the variants of an enum, not on the enum: \
             `#[pyo3(transparent)] Variant(...)`",
        ));
    }
    if let Some(annotation) = &options.annotation {
        errors.push(syn::Error::new(
            annotation.span(),
            "`annotation` goes on the variants of an enum, not on the enum: \
             `#[pyo3(annotation = \"...\")] Variant(...)`",
        ));
    }
    if let Some(from_item_all) = options.from_item_all {
        errors.push(syn::Error::new(
            from_item_all,
            "`from_item_all` goes on the variants of an enum, not on the enum: \
             `#[pyo3(from_item_all)] Variant { ... }`",
        ));
    }
    if data.variants.is_empty() {
        errors.push(syn::Error::new(
            input.ident.span(),
            format!(
                "cannot derive `FromPyObject` for `{}`: an enum without variants has no values \
                 to extract",
                input.ident
            ),
        ));
    }
    let mut variants = Vec::new();
    for variant in &data.variants {
        let Some(mut variant_options) =
            errors.take(ContainerOptions::from_attrs(&variant.attrs, "FromPyObject"))
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
        let name = variant.ident.unraw().to_string();
        let ident = &variant.ident;
        let container = errors.take(Container::new(
            &variant.fields,
            format!("{}::{}", input.ident, name),
            quote!(Self::#ident),
            &variant_options,
            lifetime,
            variant.ident.span(),
        ));
        if let Some(container) = container {
            variants.push(VariantModel {
                annotation: variant_options
                    .annotation
                    .as_ref()
                    .map_or_else(|| name.clone(), |a| a.value()),
                name,
                container,
            });
        }
    }
    errors.finish()?;
    Ok(variants)
}

fn build_enum(ident: &syn::Ident, variants: &[VariantModel]) -> TokenStream {
    let enum_name = ident.unraw().to_string();
    let variants = variants.iter().map(|variant| {
        let name = &variant.name;
        let annotation = &variant.annotation;
        let body = variant.container.build();
        quote!(__fpo::variant(#name, #annotation, |obj| { #body }))
    });
    quote!(__fpo::extract_enum(obj, #enum_name, &[#(#variants),*]))
}
