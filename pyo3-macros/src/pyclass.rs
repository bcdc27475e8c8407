//! `#[pyclass]` on a struct: keeps the struct (with the `#[pyo3]` field
//! attributes removed) and implements the traits that make it a Python
//! class (`PyTypeInfo`, `PyClass`, `PyClassImpl`, `IntoPyObject`, and
//! `PyClassBaseType` for a `subclass`). Field properties become small
//! associated functions of a generated `impl`; everything else is tables
//! read by `pyo3::impl_::pyclass`.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use crate::class_options::{ClassOptions, FieldOptions};
use crate::utils::{Ctx, Doc, Errors, c_string_literal, python_name};

/// Expands `#[pyclass(attr)] item`.
pub fn expand(mut options: ClassOptions, item: syn::Item) -> syn::Result<TokenStream> {
    match item {
        syn::Item::Struct(mut item) => {
            options.take_pyo3_attrs(&mut item.attrs)?;
            let tokens = expand_struct(&options, &mut item)?;
            Ok(quote! {
                #item
                #tokens
            })
        }
        syn::Item::Enum(mut item) => {
            options.take_pyo3_attrs(&mut item.attrs)?;
            let tokens = expand_enum(&options, &mut item)?;
            Ok(quote! {
                #item
                #tokens
            })
        }
        other => Err(syn::Error::new(
            other.span(),
            "`#[pyclass]` goes on a struct (`struct Name { ... }`) or an enum of unit variants",
        )),
    }
}

/// One field exposed as a property.
struct FieldProperty {
    /// `self.<member>`.
    member: syn::Member,
    python_name: String,
    ty: syn::Type,
    get: bool,
    set: bool,
    doc: Doc,
    cfg_attrs: Vec<syn::Attribute>,
}

fn expand_struct(options: &ClassOptions, item: &mut syn::ItemStruct) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    check_generics(&item.generics, &mut errors);
    check_option_combinations(options, &mut errors);
    let properties = errors
        .take(field_properties(options, item))
        .unwrap_or_default();
    errors.finish()?;

    let ctx = Ctx::new(options.krate.as_ref());
    let pyo3 = &ctx.pyo3;
    let cls = &item.ident;
    let (functions, items) = property_code(cls, &properties, &ctx)?;
    let mut parts = ClassParts {
        items,
        functions,
        ..ClassParts::default()
    };
    protocol_options(
        options,
        cls,
        Some(&item.fields),
        &ctx,
        &mut parts.extra,
        &mut parts.slots,
    )?;
    if let Some(span) = options.new_from_fields {
        let (tokens, signature) = new_from_fields(item, &ctx, span)?;
        parts.extra.push(tokens);
        parts.slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::Py_tp_new,
                pfunc: #pyo3::impl_::pymethods::tp_new_entry::<#cls> as *mut ::core::ffi::c_void,
            }
        });
        parts.new_text_signature = Some(signature);
    }
    class_impls(options, cls, &item.attrs, parts, &ctx)
}

/// What the kind of item (struct, enum) adds to the class.
#[derive(Default)]
struct ClassParts {
    /// Entries of the class's own method table.
    items: Vec<TokenStream>,
    /// Its own type slots.
    slots: Vec<TokenStream>,
    /// Associated functions of the class.
    functions: Vec<TokenStream>,
    /// Other items beside the class.
    extra: Vec<TokenStream>,
    /// The text signature of a constructor made by the macro.
    new_text_signature: Option<String>,
    /// `IntoPyObject`, when the kind makes its own.
    into_pyobject: Option<TokenStream>,
    /// Whether the class is frozen whatever the options say.
    frozen: bool,
}

/// The trait implementations every class gets.
fn class_impls(
    options: &ClassOptions,
    cls: &syn::Ident,
    attrs: &[syn::Attribute],
    parts: ClassParts,
    ctx: &Ctx,
) -> syn::Result<TokenStream> {
    let pyo3 = &ctx.pyo3;
    let ClassParts {
        items: mut intrinsic_items,
        slots: mut intrinsic_slots,
        functions: property_fns,
        mut extra,
        new_text_signature,
        into_pyobject: own_into_pyobject,
        frozen: always_frozen,
    } = parts;
    let new_text_signature = match new_text_signature {
        Some(signature) => quote!(::core::option::Option::Some(#signature)),
        None => quote!(::core::option::Option::None),
    };
    let name = match &options.name {
        Some(name) => name.value(),
        None => python_name(cls),
    };
    let doc = Doc::from_attrs(attrs).to_c_str("", ctx)?;
    let module = match &options.module {
        Some(module) => quote!(::core::option::Option::Some(#module)),
        None => quote!(::core::option::Option::None),
    };
    let base = match &options.extends {
        Some(base) => quote_spanned!(base.span()=> #base),
        None => quote!(#pyo3::PyAny),
    };
    let base_check = options.extends.as_ref().map(|base| {
        quote_spanned! {base.span()=>
            const _: () = #pyo3::impl_::pyclass::assert_base::<#base>();
        }
    });
    let frozen = options.frozen.is_some() || always_frozen;
    let frozen_type = if frozen {
        quote!(#pyo3::pyclass::boolean_struct::True)
    } else {
        quote!(#pyo3::pyclass::boolean_struct::False)
    };
    let child = if frozen {
        quote!(FrozenChild)
    } else {
        quote!(MutableChild)
    };
    let base_span = options
        .extends
        .as_ref()
        .map_or(Span::call_site(), |b| b.span());
    let mutability = quote_spanned! {base_span=>
        <<#base as #pyo3::impl_::pyclass::PyClassBaseType>::Mutability
            as #pyo3::impl_::pyclass::ClassMutability>::#child
    };
    let is_basetype = options.subclass.is_some();
    let immutable_type = options.immutable_type.is_some();
    let is_sequence = options.sequence.is_some();
    let is_mapping = options.mapping.is_some();
    let thread_checker = if options.unsendable.is_some() {
        quote!(#pyo3::impl_::pyclass::UnsendableChecker)
    } else {
        quote!(#pyo3::impl_::pyclass::SendableChecker)
    };
    let dict = if options.dict.is_some() {
        quote!(#pyo3::impl_::pyclass::PyClassDict)
    } else {
        quote!(#pyo3::impl_::pyclass::NoDict)
    };
    let weakref = if options.weakref.is_some() {
        quote!(#pyo3::impl_::pyclass::PyClassWeakRef)
    } else {
        quote!(#pyo3::impl_::pyclass::NoWeakRef)
    };

    if let Some(span) = options.generic {
        intrinsic_items.push(quote_spanned! {span=>
            #pyo3::impl_::pyclass::generic_class_getitem()
        });
    }
    if let Some(capacity) = &options.freelist {
        intrinsic_slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::Py_tp_alloc,
                pfunc: #pyo3::impl_::pyclass::freelist::alloc_with_freelist::<#cls> as *mut ::core::ffi::c_void,
            }
        });
        intrinsic_slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::Py_tp_free,
                pfunc: #pyo3::impl_::pyclass::freelist::free_with_freelist::<#cls> as *mut ::core::ffi::c_void,
            }
        });
        extra.push(quote! {
            impl #pyo3::impl_::pyclass::freelist::PyClassWithFreeList for #cls {
                fn free_list() -> &'static #pyo3::impl_::pyclass::freelist::FreeList {
                    static FREE_LIST: #pyo3::impl_::pyclass::freelist::FreeList =
                        #pyo3::impl_::pyclass::freelist::FreeList::new(#capacity);
                    &FREE_LIST
                }
            }
        });
    }

    let subclass_impl = is_basetype.then(|| {
        quote! {
            impl #pyo3::impl_::pyclass::PyClassBaseType for #cls {
                type LayoutAsBase = #pyo3::impl_::pyclass::PyClassObject<Self>;
                type Initializer = #pyo3::PyClassInitializer<Self>;
                type Mutability = <Self as #pyo3::impl_::pyclass::PyClassImpl>::Mutability;
            }
        }
    });
    let send_check = if options.unsendable.is_some() {
        quote!()
    } else {
        quote_spanned! {cls.span()=>
            const _: () = #pyo3::impl_::pyclass::assert_pyclass_send_sync::<#cls>();
        }
    };
    let immutable_check = options.immutable_type.map(|span| {
        quote_spanned! {span=>
            const _: () = #pyo3::impl_::pyclass::assert_immutable_type_supported();
        }
    });
    let from_py_object = options.from_py_object.map(|span| {
        quote_spanned! {span=>
            impl<'a, 'py> #pyo3::FromPyObject<'a, 'py> for #cls
            where
                Self: ::core::clone::Clone,
            {
                type Error = #pyo3::PyErr;

                fn extract(
                    object: #pyo3::Borrowed<'a, 'py, #pyo3::PyAny>,
                ) -> #pyo3::PyResult<Self> {
                    #pyo3::impl_::pyclass::extract_pyclass_with_clone(object)
                }
            }
        }
    });
    let skip_deprecation = options.skip_from_py_object.map(|span| {
        quote_spanned! {span=>
            const _: () = #pyo3::impl_::pyclass::SKIP_FROM_PY_OBJECT_IS_THE_DEFAULT;
        }
    });
    // A class extending another needs the base's value too: it is made
    // with `PyClassInitializer`, not converted from its own value.
    let into_pyobject = own_into_pyobject.or_else(|| {
        options.extends.is_none().then(|| {
            quote! {
                impl<'py> #pyo3::IntoPyObject<'py> for #cls {
                    type Target = Self;
                    type Output = #pyo3::Bound<'py, Self>;
                    type Error = #pyo3::PyErr;

                    fn into_pyobject(
                        self,
                        py: #pyo3::Python<'py>,
                    ) -> ::core::result::Result<Self::Output, Self::Error> {
                        #pyo3::Bound::new(py, self)
                    }
                }
            }
        })
    });
    let (inventory_definition, inventory) = inventory_items(cls, ctx);
    let methods_iter = methods_iter(ctx);

    Ok(quote! {
        // SAFETY: the type object is the one made for this class, and the
        // instance check is that of its type.
        unsafe impl #pyo3::type_object::PyTypeInfo for #cls {
            #[inline]
            fn type_object_raw(py: #pyo3::Python<'_>) -> *mut #pyo3::ffi::PyTypeObject {
                #pyo3::impl_::pyclass::type_object_raw::<Self>(py)
            }

            #[inline]
            fn is_type_of(object: &#pyo3::Bound<'_, #pyo3::PyAny>) -> bool {
                #pyo3::impl_::pyclass::is_type_of::<Self>(object)
            }
        }

        impl #pyo3::types::DerefToPyAny for #cls {}

        impl #pyo3::PyClass for #cls {
            const NAME: &'static str = #name;
            type Frozen = #frozen_type;
        }

        impl #pyo3::impl_::pyclass::PyClassImpl for #cls {
            const MODULE: ::core::option::Option<&'static str> = #module;
            const IS_BASETYPE: bool = #is_basetype;
            const IS_IMMUTABLE_TYPE: bool = #immutable_type;
            const IS_SEQUENCE: bool = #is_sequence;
            const IS_MAPPING: bool = #is_mapping;
            const DOC: &'static ::core::ffi::CStr = #doc;
            type BaseType = #base;
            type Mutability = #mutability;
            type ThreadChecker = #thread_checker;
            type Dict = #dict;
            type WeakRef = #weakref;
            #inventory

            fn items_iter() -> #pyo3::impl_::pyclass::PyClassItemsIter {
                static INTRINSIC: #pyo3::impl_::pyclass::PyClassItems =
                    #pyo3::impl_::pyclass::PyClassItems {
                        methods: &[#(#intrinsic_items),*],
                        slots: &[#(#intrinsic_slots),*],
                        new_text_signature: #new_text_signature,
                    };
                #methods_iter
            }

            fn lazy_type_object() -> &'static #pyo3::impl_::pyclass::LazyTypeObject<Self> {
                static TYPE_OBJECT: #pyo3::impl_::pyclass::LazyTypeObject<#cls> =
                    #pyo3::impl_::pyclass::LazyTypeObject::new();
                &TYPE_OBJECT
            }
        }

        #subclass_impl

        #into_pyobject

        #from_py_object

        impl #cls {
            #[doc(hidden)]
            pub const _PYO3_DEF: #pyo3::impl_::pymodule::AddClassToModule<Self> =
                #pyo3::impl_::pymodule::AddClassToModule::new();

            #(#property_fns)*
        }

        #(#extra)*

        #inventory_definition

        #[allow(dead_code)]
        const _: () = {
            #send_check
            #base_check
            #immutable_check
            #skip_deprecation
        };
    })
}

/// `#[pyclass]` on an enum of unit variants: each variant is a class
/// attribute holding the one instance of that variant (conversions return
/// the same object), `repr()` is `Class.Variant` and `int()` the
/// discriminant; `eq`, `ord`, `hash`, `eq_int` compare as the options say.
fn expand_enum(options: &ClassOptions, item: &mut syn::ItemEnum) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    check_generics(&item.generics, &mut errors);
    for (span, option) in [
        (options.extends.as_ref().map(|e| e.span()), "extends"),
        (options.subclass, "subclass"),
        (options.dict, "dict"),
        (options.new_from_fields, "new"),
        (options.get_all, "get_all"),
        (options.set_all, "set_all"),
    ] {
        if let Some(span) = span {
            errors.push(syn::Error::new(
                span,
                format!("`{option}` does not apply to a `#[pyclass]` enum"),
            ));
        }
    }
    let mut variants = Vec::new();
    for variant in &mut item.variants {
        if !matches!(variant.fields, syn::Fields::Unit) {
            errors.push(syn::Error::new(
                variant.fields.span(),
                "variants with fields (complex enums) are not supported by this version of pyo3 \
                 yet: use unit variants, or a struct",
            ));
            continue;
        }
        let Some(field_options) = errors.take(FieldOptions::take_from(&mut variant.attrs)) else {
            continue;
        };
        if let Some(span) = field_options.get.or(field_options.set) {
            errors.push(syn::Error::new(
                span,
                "a variant takes only `#[pyo3(name = \"...\")]`",
            ));
        }
        let rust_name = python_name(&variant.ident);
        let name = match (&field_options.name, options.rename_all) {
            (Some(name), _) => name.value(),
            (None, Some(rule)) => rule.apply(&rust_name),
            (None, None) => rust_name,
        };
        variants.push((variant.ident.clone(), name));
    }
    if item.variants.is_empty() {
        errors.push(syn::Error::new(
            item.ident.span(),
            "a `#[pyclass]` enum needs at least one variant",
        ));
    }
    errors.finish()?;

    let ctx = Ctx::new(options.krate.as_ref());
    let pyo3 = &ctx.pyo3;
    let cls = &item.ident;
    let class_name = match &options.name {
        Some(name) => name.value(),
        None => python_name(cls),
    };
    let count = variants.len();
    let idents: Vec<&syn::Ident> = variants.iter().map(|(ident, _)| ident).collect();
    let indices = 0..count;
    let reprs = variants
        .iter()
        .map(|(_, name)| format!("{class_name}.{name}"));
    let py = syn::Ident::new("py", Span::mixed_site());
    let slf = syn::Ident::new("slf", Span::mixed_site());

    let mut parts = ClassParts {
        frozen: true,
        ..ClassParts::default()
    };
    for (index, (ident, name)) in variants.iter().enumerate() {
        let function = format_ident!("__pymethod_variant_{}__", index);
        parts.functions.push(quote! {
            #[doc(hidden)]
            fn #function(#py: #pyo3::Python<'_>) -> #pyo3::PyResult<#pyo3::Py<#pyo3::PyAny>> {
                #pyo3::IntoPyObject::into_pyobject(#cls::#ident, #py)
                    .map(|object| object.into_any().unbind())
            }
        });
        parts.items.push(quote! {
            #pyo3::impl_::pyclass::PyMethodDefType::ClassAttribute {
                name: #name,
                value: #cls::#function,
            }
        });
    }
    parts.into_pyobject = Some(quote! {
        impl<'py> #pyo3::IntoPyObject<'py> for #cls {
            type Target = Self;
            type Output = #pyo3::Bound<'py, Self>;
            type Error = #pyo3::PyErr;

            fn into_pyobject(
                self,
                py: #pyo3::Python<'py>,
            ) -> ::core::result::Result<Self::Output, Self::Error> {
                static INSTANCES: [#pyo3::sync::PyOnceLock<#pyo3::Py<#cls>>; #count] =
                    [const { #pyo3::sync::PyOnceLock::new() }; #count];
                let index = match self {
                    #(#cls::#idents => #indices,)*
                };
                // The type first: making it sets the class attributes, which
                // convert the variants themselves.
                <Self as #pyo3::impl_::pyclass::PyClassImpl>::lazy_type_object().get_or_try_init(py)?;
                INSTANCES[index]
                    .get_or_try_init(py, || #pyo3::Py::new(py, self))
                    .map(|object| object.bind(py).clone())
            }
        }
    });
    let idents_again = idents.clone();
    parts.extra.push(quote! {
        impl #pyo3::impl_::slots::EnumValue for #cls {
            fn discriminant(&self) -> isize {
                match self {
                    #(#cls::#idents_again => #cls::#idents_again as isize,)*
                }
            }

            fn repr(&self) -> &'static str {
                match self {
                    #(#cls::#idents => #reprs,)*
                }
            }
        }

        impl #pyo3::impl_::slots::SlotFunction<1, 0, *mut #pyo3::ffi::PyObject> for #cls {
            fn call<'py>(
                #py: #pyo3::Python<'py>,
                #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                _: [::core::option::Option<#pyo3::impl_::extract_argument::PyArg<'py>>; 0],
            ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                #pyo3::impl_::slots::enum_repr::<Self>(#py, #slf)
            }
        }

        impl #pyo3::impl_::slots::SlotFunction<2, 0, *mut #pyo3::ffi::PyObject> for #cls {
            fn call<'py>(
                #py: #pyo3::Python<'py>,
                #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                _: [::core::option::Option<#pyo3::impl_::extract_argument::PyArg<'py>>; 0],
            ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                #pyo3::impl_::slots::enum_int::<Self>(#py, #slf)
            }
        }
    });
    parts.slots.push(quote! {
        #pyo3::impl_::pyclass::TypeSlot {
            slot: #pyo3::ffi::Py_tp_repr,
            pfunc: #pyo3::impl_::slots::unary::<#cls, 1> as *mut ::core::ffi::c_void,
        }
    });
    parts.slots.push(quote! {
        #pyo3::impl_::pyclass::TypeSlot {
            slot: #pyo3::ffi::Py_nb_int,
            pfunc: #pyo3::impl_::slots::unary::<#cls, 2> as *mut ::core::ffi::c_void,
        }
    });
    protocol_options(options, cls, None, &ctx, &mut parts.extra, &mut parts.slots)?;
    class_impls(options, cls, &item.attrs, parts, &ctx)
}

/// Refuses type, const and lifetime parameters: Python sees one type.
fn check_generics(generics: &syn::Generics, errors: &mut Errors) {
    for param in &generics.params {
        let what = match param {
            syn::GenericParam::Lifetime(_) => {
                "a `#[pyclass]` cannot borrow (no lifetime parameters): Python objects own their \
                 values and live as long as Python wants, so store owned data (or `Py<T>`) instead"
            }
            syn::GenericParam::Type(_) | syn::GenericParam::Const(_) => {
                "a `#[pyclass]` cannot have type or const parameters: Python sees one class, so \
                 write the type for concrete types (or make one `#[pyclass]` per instantiation)"
            }
        };
        errors.push(syn::Error::new(param.span(), what));
    }
}

fn check_option_combinations(options: &ClassOptions, errors: &mut Errors) {
    if let (Some(frozen), Some(_)) = (options.frozen, options.set_all) {
        errors.push(syn::Error::new(
            frozen,
            "a `frozen` class cannot have `set_all`: its fields cannot change after creation",
        ));
    }
    if let (Some(span), None) = (options.ord, options.eq) {
        errors.push(syn::Error::new(
            span,
            "`ord` needs `eq` too: `#[pyclass(eq, ord)]` (the orderings come with equality)",
        ));
    }
    if let Some(span) = options.hash {
        if options.eq.is_none() || options.frozen.is_none() {
            errors.push(syn::Error::new(
                span,
                "`hash` needs `frozen` and `eq`: `#[pyclass(frozen, eq, hash)]` (a hash must not \
                 change while the object lives, and equal objects must hash alike)",
            ));
        }
    }
    if let (Some(span), Some(_)) = (options.sequence, options.mapping) {
        errors.push(syn::Error::new(
            span,
            "`sequence` and `mapping` cannot both be given",
        ));
    }
    if let (Some(span), Some(_)) = (options.from_py_object, options.skip_from_py_object) {
        errors.push(syn::Error::new(
            span,
            "`from_py_object` and `skip_from_py_object` cannot both be given",
        ));
    }
}

/// The properties of the fields: those with `get`/`set`, or all of them
/// with `get_all`/`set_all`.
fn field_properties(
    options: &ClassOptions,
    item: &mut syn::ItemStruct,
) -> syn::Result<Vec<FieldProperty>> {
    let mut errors = Errors::default();
    let mut properties = Vec::new();
    for (index, field) in item.fields.iter_mut().enumerate() {
        let Some(field_options) = errors.take(FieldOptions::take_from(&mut field.attrs)) else {
            continue;
        };
        let get = field_options.get.is_some() || options.get_all.is_some();
        let set = field_options.set.is_some() || options.set_all.is_some();
        if let (Some(span), Some(_)) = (field_options.set, options.frozen) {
            errors.push(syn::Error::new(
                span,
                "a `frozen` class cannot have `set` fields: its fields cannot change after creation; \
                 remove `set`, or remove `frozen` from the class",
            ));
        }
        if let (Some(span), Some(_)) = (field_options.get, options.get_all) {
            errors.push(syn::Error::new(
                span,
                "`get` is redundant: the class has `get_all`",
            ));
        }
        if let (Some(span), Some(_)) = (field_options.set, options.set_all) {
            errors.push(syn::Error::new(
                span,
                "`set` is redundant: the class has `set_all`",
            ));
        }
        if !(get || set) {
            if let Some(name) = &field_options.name {
                errors.push(syn::Error::new(
                    name.span(),
                    "`name` renames a property: add `get` and/or `set` to the field",
                ));
            }
            continue;
        }
        let (member, python_name) = match &field.ident {
            Some(ident) => {
                let rust_name = python_name(ident);
                let name = match (&field_options.name, options.rename_all) {
                    (Some(name), _) => name.value(),
                    (None, Some(rule)) => rule.apply(&rust_name),
                    (None, None) => rust_name,
                };
                (syn::Member::Named(ident.clone()), name)
            }
            None => match &field_options.name {
                Some(name) => (syn::Member::Unnamed(index.into()), name.value()),
                None => {
                    errors.push(syn::Error::new(
                        field.ty.span(),
                        "a property of a tuple struct field needs a name: `#[pyo3(get, name = \"...\")]`",
                    ));
                    continue;
                }
            },
        };
        properties.push(FieldProperty {
            member,
            python_name,
            ty: field.ty.clone(),
            get,
            set,
            doc: Doc::from_attrs(&field.attrs),
            cfg_attrs: field
                .attrs
                .iter()
                .filter(|attr| attr.path().is_ident("cfg"))
                .cloned()
                .collect(),
        });
    }
    errors.finish()?;
    Ok(properties)
}

/// The getter and setter functions of the field properties, and their
/// table entries.
fn property_code(
    cls: &syn::Ident,
    properties: &[FieldProperty],
    ctx: &Ctx,
) -> syn::Result<(Vec<TokenStream>, Vec<TokenStream>)> {
    let pyo3 = &ctx.pyo3;
    let mut functions = Vec::new();
    let mut items = Vec::new();
    for property in properties {
        let cfg = &property.cfg_attrs;
        let member = &property.member;
        let name = c_string_literal(&property.python_name, Span::call_site())?;
        let doc = if property.doc.is_empty() {
            quote!(::core::option::Option::None)
        } else {
            let doc = property.doc.to_c_str("", ctx)?;
            quote!(::core::option::Option::Some(#doc))
        };
        let ident_part = match member {
            syn::Member::Named(ident) => python_name(ident),
            syn::Member::Unnamed(index) => index.index.to_string(),
        };
        let py = syn::Ident::new("py", Span::mixed_site());
        let slf = syn::Ident::new("slf", Span::mixed_site());
        let value = syn::Ident::new("value", Span::mixed_site());
        if property.get {
            let getter = format_ident!("__pymethod_get_field_{}__", ident_part);
            let ty_span = property.ty.span();
            let owner = syn::Ident::new("owner", Span::mixed_site());
            functions.push(quote_spanned! {ty_span=>
                #(#cfg)*
                #[doc(hidden)]
                unsafe fn #getter<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: *mut #pyo3::ffi::PyObject,
                ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                    #[allow(unused_imports)]
                    use #pyo3::impl_::pymethods::{FieldByClone as _, FieldByReference as _};
                    // SAFETY: called by the property's C getter with the
                    // object the property was read on.
                    let #owner = unsafe { #pyo3::impl_::pymethods::field_owner::<Self>(#py, #slf)? };
                    (&&#pyo3::impl_::pymethods::Field(&#owner.#member)).field_into_py(#py)
                }
            });
            items.push(quote! {
                #(#cfg)*
                #pyo3::impl_::pyclass::PyMethodDefType::Getter {
                    name: #name,
                    doc: #doc,
                    get: #cls::#getter,
                }
            });
        }
        if property.set {
            let setter = format_ident!("__pymethod_set_field_{}__", ident_part);
            // Errors name the Rust field, as PyO3's do.
            let python_name = &ident_part;
            let ty_span = property.ty.span();
            let holder = syn::Ident::new("holder", Span::mixed_site().located_at(ty_span));
            let owner = syn::Ident::new("owner", Span::mixed_site());
            functions.push(quote_spanned! {ty_span=>
                #(#cfg)*
                #[doc(hidden)]
                unsafe fn #setter<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: *mut #pyo3::ffi::PyObject,
                    #value: *mut #pyo3::ffi::PyObject,
                ) -> #pyo3::PyResult<::core::ffi::c_int> {
                    let mut #holder = ::core::default::Default::default();
                    // SAFETY: called by the property's C setter with the
                    // object and the (non-null) new value.
                    let #value = #pyo3::impl_::extract_argument::extract_argument(
                        unsafe { #pyo3::impl_::pymethods::setter_value(#py, #value) },
                        &mut #holder,
                        #python_name,
                    )?;
                    // SAFETY: as above.
                    let mut #owner = unsafe { #pyo3::impl_::pymethods::field_owner_mut::<Self>(#py, #slf)? };
                    #owner.#member = #value;
                    ::core::result::Result::Ok(0)
                }
            });
            items.push(quote! {
                #(#cfg)*
                #pyo3::impl_::pyclass::PyMethodDefType::Setter {
                    name: #name,
                    doc: #doc,
                    set: #cls::#setter,
                }
            });
        }
    }
    Ok((functions, items))
}

/// `new = "from_fields"`: a constructor taking every field, in order.
fn new_from_fields(
    item: &syn::ItemStruct,
    ctx: &Ctx,
    span: Span,
) -> syn::Result<(TokenStream, String)> {
    let pyo3 = &ctx.pyo3;
    let cls = &item.ident;
    let mut names = Vec::new();
    let mut values = Vec::new();
    let mut slots = Vec::new();
    for (index, field) in item.fields.iter().enumerate() {
        let name = match &field.ident {
            Some(ident) => python_name(ident),
            None => format!("_{index}"),
        };
        let value = format_ident!("field_{}", index, span = Span::mixed_site());
        let holder = format_ident!("holder_{}", index, span = Span::mixed_site());
        slots.push(quote_spanned! {field.ty.span()=>
            let mut #holder = ::core::default::Default::default();
            let #value = #pyo3::impl_::extract_argument::extract_argument(
                slots[#index], &mut #holder, #name,
            )?;
        });
        names.push(name);
        values.push(value);
    }
    let construct = match &item.fields {
        syn::Fields::Named(fields) => {
            let idents = fields.named.iter().map(|f| f.ident.as_ref().unwrap());
            quote!(#cls { #(#idents: #values),* })
        }
        syn::Fields::Unnamed(_) => quote!(#cls(#(#values),*)),
        syn::Fields::Unit => quote!(#cls),
    };
    let count = names.len();
    let signature = format!("({})", names.join(", "));
    let py = syn::Ident::new("py", Span::mixed_site());
    let tokens = quote_spanned! {span=>
        impl #pyo3::impl_::pymethods::NewFunction for #cls {
            fn call<'py>(
                #py: #pyo3::Python<'py>,
                subtype: *mut #pyo3::ffi::PyTypeObject,
                arguments: #pyo3::impl_::extract_argument::RawArguments<'py>,
            ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                static DESCRIPTION: #pyo3::impl_::extract_argument::FunctionDescription =
                    #pyo3::impl_::extract_argument::FunctionDescription::new(
                        ::core::option::Option::Some(<#cls as #pyo3::PyClass>::NAME),
                        "__new__",
                        &[#(#names),*],
                        0,
                        #count,
                        &[],
                    );
                let mut slots: [::core::option::Option<#pyo3::impl_::extract_argument::PyArg<'py>>; #count] =
                    [::core::option::Option::None; #count];
                DESCRIPTION.extract_arguments::<
                    #pyo3::impl_::extract_argument::NoVarargs,
                    #pyo3::impl_::extract_argument::NoVarkeywords,
                >(#py, arguments, &mut slots)?;
                #(#slots)*
                // SAFETY: `subtype` is the type `tp_new` was called for.
                unsafe { #pyo3::impl_::pymethods::new_instance::<Self>(#py, subtype, #construct) }
            }
        }
    };
    Ok((tokens, signature))
}

/// The slots of the `eq`, `ord`, `hash` and `str` options.
fn protocol_options(
    options: &ClassOptions,
    cls: &syn::Ident,
    fields: Option<&syn::Fields>,
    ctx: &Ctx,
    extra: &mut Vec<TokenStream>,
    slots: &mut Vec<TokenStream>,
) -> syn::Result<()> {
    let pyo3 = &ctx.pyo3;
    let py = syn::Ident::new("py", Span::mixed_site());
    let slf = syn::Ident::new("slf", Span::mixed_site());
    let object = quote!(*mut #pyo3::ffi::PyObject);
    let slot = |name: &str, entry: TokenStream| {
        let name = syn::Ident::new(name, Span::call_site());
        quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::#name,
                pfunc: #entry as *mut ::core::ffi::c_void,
            }
        }
    };
    if let (Some(span), None) = (options.eq_int, options.eq) {
        return Err(syn::Error::new(
            span,
            "`eq_int` needs `eq` too: `#[pyclass(eq, eq_int)]`",
        ));
    }
    if let (Some(span), Some(_)) = (options.eq_int, fields) {
        return Err(syn::Error::new(
            span,
            "`eq_int` compares enum variants with ints; a struct has no integer value",
        ));
    }
    if let Some(span) = options.eq {
        let ord = options.ord.is_some();
        let compare = if options.eq_int.is_some() {
            quote!(#pyo3::impl_::slots::compare_enum_with_int)
        } else {
            quote!(#pyo3::impl_::slots::compare_values)
        };
        let order = if ord {
            quote!(::core::cmp::PartialOrd::partial_cmp(self, other))
        } else {
            quote! {
                let _ = other;
                ::core::option::Option::None
            }
        };
        extra.push(quote_spanned! {span=>
            impl #pyo3::impl_::slots::ComparableValue for #cls {
                fn equal(&self, other: &Self) -> bool {
                    self == other
                }
                fn order(&self, other: &Self) -> ::core::option::Option<::core::cmp::Ordering> {
                    #order
                }
            }

            impl #pyo3::impl_::slots::RichCompareSlot for #cls {
                fn compare<'py>(
                    py: #pyo3::Python<'py>,
                    slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    other: #pyo3::impl_::extract_argument::PyArg<'py>,
                    op: #pyo3::pyclass::CompareOp,
                ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                    #compare::<Self, #ord>(py, slf, other, op)
                }
            }
        });
        slots.push(slot(
            "Py_tp_richcompare",
            quote!(#pyo3::impl_::slots::richcompare::<#cls>),
        ));
        if options.hash.is_none() {
            slots.push(slot(
                "Py_tp_hash",
                quote!(#pyo3::ffi::PyObject_HashNotImplemented),
            ));
        }
    }
    if let Some(span) = options.hash {
        extra.push(quote_spanned! {span=>
            impl #pyo3::impl_::slots::SlotFunction<0, 0, #pyo3::ffi::Py_hash_t> for #cls {
                fn call<'py>(
                    _: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    _: [::core::option::Option<#pyo3::impl_::extract_argument::PyArg<'py>>; 0],
                ) -> #pyo3::PyResult<#pyo3::ffi::Py_hash_t> {
                    #pyo3::impl_::slots::hash_value::<Self>(#slf)
                }
            }
        });
        slots.push(slot(
            "Py_tp_hash",
            quote!(#pyo3::impl_::slots::hash::<#cls, 0>),
        ));
    }
    if let Some((span, format)) = &options.str {
        let body = match format {
            None => quote!(#pyo3::impl_::slots::str_value::<Self>(#py, #slf)),
            Some(format) => {
                let value = syn::Ident::new("value", Span::mixed_site());
                let Some(fields) = fields else {
                    return Err(syn::Error::new(
                        format.span(),
                        "`str = \"...\"` formats fields; an enum has none: implement `Display` and write `str`",
                    ));
                };
                let arguments = format_fields(format, fields)?
                    .into_iter()
                    .map(|field| quote!(#field = #value.#field));
                quote! {
                    #pyo3::impl_::slots::str_formatted::<Self, _>(#py, #slf, |#value: &Self| {
                        ::std::format!(#format, #(#arguments),*)
                    })
                }
            }
        };
        extra.push(quote_spanned! {*span=>
            impl #pyo3::impl_::slots::SlotFunction<0, 0, #object> for #cls {
                fn call<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    _: [::core::option::Option<#pyo3::impl_::extract_argument::PyArg<'py>>; 0],
                ) -> #pyo3::PyResult<#object> {
                    #body
                }
            }
        });
        slots.push(slot(
            "Py_tp_str",
            quote!(#pyo3::impl_::slots::unary::<#cls, 0>),
        ));
    }
    Ok(())
}

/// The fields a `str = "..."` format names (`{x}`, `{y:.2}`), each checked
/// to be a field of the struct.
fn format_fields(
    format: &syn::LitStr,
    struct_fields: &syn::Fields,
) -> syn::Result<Vec<syn::Ident>> {
    let text = format.value();
    let mut fields: Vec<syn::Ident> = Vec::new();
    let mut rest = text.as_str();
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        if let Some(stripped) = rest.strip_prefix('{') {
            rest = stripped;
            continue;
        }
        let end = rest.find(['}', ':']).unwrap_or(rest.len());
        let name = rest[..end].trim();
        if name.is_empty() || name.chars().all(|c| c.is_ascii_digit()) {
            return Err(syn::Error::new(
                format.span(),
                "`str = \"...\"` names fields: write `{field}`, not `{}` or `{0}`",
            ));
        }
        let known = struct_fields
            .iter()
            .any(|f| f.ident.as_ref().is_some_and(|i| i == name));
        if !known {
            return Err(syn::Error::new(
                format.span(),
                format!("`str` format names `{name}`, which is not a field of the struct"),
            ));
        }
        if !fields.iter().any(|f| f == name) {
            fields.push(syn::Ident::new(name, format.span()));
        }
    }
    Ok(fields)
}

/// With `multiple-pymethods`: the type every `#[pymethods]` block of the
/// class registers its items with, and the associated type naming it.
#[cfg(feature = "multiple-pymethods")]
fn inventory_items(cls: &syn::Ident, ctx: &Ctx) -> (TokenStream, TokenStream) {
    let pyo3 = &ctx.pyo3;
    let inventory = format_ident!("__Pyo3MethodsInventoryFor{}", cls);
    let definition = quote! {
        #[doc(hidden)]
        pub struct #inventory {
            items: &'static #pyo3::impl_::pyclass::PyClassItems,
        }

        impl #inventory {
            #[doc(hidden)]
            pub const fn new(items: &'static #pyo3::impl_::pyclass::PyClassItems) -> Self {
                #inventory { items }
            }
        }

        impl #pyo3::impl_::pyclass::PyClassInventory for #inventory {
            fn items(&'static self) -> &'static #pyo3::impl_::pyclass::PyClassItems {
                self.items
            }
        }

        #pyo3::inventory::collect!(#inventory);
    };
    (definition, quote!(type Inventory = #inventory;))
}

#[cfg(not(feature = "multiple-pymethods"))]
fn inventory_items(_cls: &syn::Ident, _ctx: &Ctx) -> (TokenStream, TokenStream) {
    (quote!(), quote!())
}

/// The `#[pymethods]` tables of the class.
#[cfg(feature = "multiple-pymethods")]
fn methods_iter(ctx: &Ctx) -> TokenStream {
    let pyo3 = &ctx.pyo3;
    quote! {
        #pyo3::impl_::pyclass::PyClassItemsIter::new(
            &INTRINSIC,
            #pyo3::inventory::iter::<<Self as #pyo3::impl_::pyclass::PyClassImpl>::Inventory>()
                .map(#pyo3::impl_::pyclass::PyClassInventory::items),
        )
    }
}

#[cfg(not(feature = "multiple-pymethods"))]
fn methods_iter(ctx: &Ctx) -> TokenStream {
    let pyo3 = &ctx.pyo3;
    quote! {
        #[allow(unused_imports)]
        use #pyo3::impl_::pyclass::PyMethods as _;
        #pyo3::impl_::pyclass::PyClassItemsIter::new(
            &INTRINSIC,
            [#pyo3::impl_::pyclass::PyClassImplCollector::<Self>::new().py_methods()],
        )
    }
}
