//! `#[pymethods]`: keeps the `impl` block (helper attributes removed) and
//! adds, for each item Python should see, a wrapper and a table entry:
//!
//! - methods, static and class methods implement `KeywordFunction<ID>` (or
//!   `NoArgsFunction<ID>`) for the class, `ID` telling them apart; the
//!   table holds their `PyFunctionDef`s;
//! - `#[new]` implements `NewFunction` and fills `Py_tp_new`;
//! - getters, setters, deleters and class attributes are associated
//!   functions of a generated `impl` of the class, pointed at by the table.
//!
//! The table reaches the class through `PyMethods` (or, with
//! `multiple-pymethods`, through `inventory`).

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::Token;
use syn::parse::ParseStream;
use syn::spanned::Spanned;

use crate::attributes::{FunctionOptions, parse_crate_path, set_once};
use crate::function::{FnKind, FunctionModel, MethodKind};
use crate::utils::{Ctx, Doc, Errors, c_string_literal, python_name};
use crate::wrapper::{Locals, Output, Source, Wrapper};

/// The options of `#[pymethods(...)]`: only `crate`.
#[derive(Default)]
pub struct MethodsOptions {
    pub krate: Option<syn::Path>,
}

impl MethodsOptions {
    pub fn parse_into(&mut self, input: ParseStream<'_>) -> syn::Result<()> {
        while !input.is_empty() {
            if input.peek(Token![crate]) {
                let token: Token![crate] = input.parse()?;
                let path = parse_crate_path(input)?;
                set_once(&mut self.krate, path, token.span, "crate")?;
            } else {
                return Err(input.error("the only option of `#[pymethods]` is `crate = \"...\"`"));
            }
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(())
    }
}

/// What one item of the block contributes.
#[derive(Default)]
struct Generated {
    /// Trait impls for the class (method bodies, `#[new]`).
    impls: Vec<TokenStream>,
    /// Associated functions of the class (properties, class attributes).
    functions: Vec<TokenStream>,
    /// Entries of the method table.
    methods: Vec<TokenStream>,
    /// Type slots.
    slots: Vec<TokenStream>,
    /// The text signature of `#[new]`.
    new_text_signature: Option<String>,
    /// `__lt__` ... `__ge__`: the comparison and the body's id.
    comparisons: Vec<(&'static str, TokenStream)>,
    /// `__richcmp__`'s body id.
    richcmp: Option<TokenStream>,
    /// The set / delete halves of `mp_ass_subscript`, `tp_setattro` and
    /// `tp_descr_set` (by kind 0, 1, 2): body ids.
    assign: [(Option<TokenStream>, Option<TokenStream>); 3],
    /// Whether `__hash__` is defined.
    has_hash: bool,
    /// Number operators: slot, ternary, forward and reflected body ids.
    operators: Vec<Operator>,
}

/// The two halves of one number operator slot.
struct Operator {
    slot: &'static str,
    ternary: bool,
    forward: Option<TokenStream>,
    reflected: Option<TokenStream>,
}

/// Expands `#[pymethods(attr)] impl ... { ... }`.
pub fn expand(options: MethodsOptions, mut item: syn::ItemImpl) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    if let Some((_, path, _)) = &item.trait_ {
        errors.push(syn::Error::new(
            path.span(),
            "`#[pymethods]` goes on an inherent `impl` block (`impl MyClass { ... }`), not on a \
             trait implementation",
        ));
    }
    for param in &item.generics.params {
        errors.push(syn::Error::new(
            param.span(),
            "`#[pymethods]` cannot be generic: a `#[pyclass]` is one concrete type",
        ));
    }
    errors.finish()?;

    let ctx = Ctx::new(options.krate.as_ref());
    let cls = (*item.self_ty).clone();
    let mut generated = Generated::default();
    let mut errors = Errors::default();
    for impl_item in &mut item.items {
        match impl_item {
            syn::ImplItem::Fn(method) => {
                if let Err(err) = method_item(method, &cls, &ctx, &mut generated) {
                    errors.push(err);
                }
            }
            syn::ImplItem::Const(constant) => {
                if let Err(err) = const_item(constant, &cls, &ctx, &mut generated) {
                    errors.push(err);
                }
            }
            _ => {}
        }
    }
    errors.finish()?;

    let pyo3 = &ctx.pyo3;
    let combined = combined_slots(&cls, &generated, &ctx);
    let Generated {
        mut impls,
        functions,
        methods,
        mut slots,
        new_text_signature,
        ..
    } = generated;
    let (combined_impls, combined_slots) = combined;
    impls.extend(combined_impls);
    slots.extend(combined_slots);
    let new_text_signature = match new_text_signature {
        Some(signature) => quote!(::core::option::Option::Some(#signature)),
        None => quote!(::core::option::Option::None),
    };
    let items = quote! {
        static ITEMS: #pyo3::impl_::pyclass::PyClassItems = #pyo3::impl_::pyclass::PyClassItems {
            methods: &[#(#methods),*],
            slots: &[#(#slots),*],
            new_text_signature: #new_text_signature,
        };
    };
    let registration = registration(&cls, &items, &ctx);
    let functions = (!functions.is_empty()).then(|| {
        quote! {
            impl #cls {
                #(#functions)*
            }
        }
    });
    Ok(quote! {
        #item
        #(#impls)*
        #functions
        #registration
    })
}

#[cfg(not(feature = "multiple-pymethods"))]
fn registration(cls: &syn::Type, items: &TokenStream, ctx: &Ctx) -> TokenStream {
    let pyo3 = &ctx.pyo3;
    quote! {
        impl #pyo3::impl_::pyclass::PyMethods<#cls>
            for #pyo3::impl_::pyclass::PyClassImplCollector<#cls>
        {
            fn py_methods(self) -> &'static #pyo3::impl_::pyclass::PyClassItems {
                #items
                &ITEMS
            }
        }
    }
}

#[cfg(feature = "multiple-pymethods")]
fn registration(cls: &syn::Type, items: &TokenStream, ctx: &Ctx) -> TokenStream {
    let pyo3 = &ctx.pyo3;
    quote! {
        const _: () = {
            #items
            #pyo3::inventory::submit! {
                <<#cls as #pyo3::impl_::pyclass::PyClassImpl>::Inventory>::new(&ITEMS)
            }
        };
    }
}

/// The kind attribute of a method (`#[new]`, `#[getter]`, ...), removed from
/// it, with the property name a getter/setter/deleter attribute gives.
fn take_kind(
    attrs: &mut Vec<syn::Attribute>,
) -> syn::Result<(MethodKind, Option<(syn::Ident, Span)>)> {
    let mut kind: Option<(MethodKind, Span)> = None;
    let mut property_name = None;
    let mut errors = Errors::default();
    attrs.retain(|attr| {
        let Some(ident) = attr.path().get_ident() else {
            return true;
        };
        let this = match ident.to_string().as_str() {
            "new" => MethodKind::New,
            "staticmethod" => MethodKind::Static,
            "classmethod" => MethodKind::Class,
            "classattr" => MethodKind::ClassAttribute,
            "getter" => MethodKind::Getter,
            "setter" => MethodKind::Setter,
            "deleter" => MethodKind::Deleter,
            _ => return true,
        };
        if let Some((previous, _)) = kind {
            errors.push(syn::Error::new(
                ident.span(),
                format!(
                    "`#[{ident}]` cannot be combined with the attribute that makes this {}",
                    previous.attribute()
                ),
            ));
        } else {
            kind = Some((this, ident.span()));
        }
        if let syn::Meta::List(list) = &attr.meta {
            match (this, list.parse_args::<syn::Ident>()) {
                (MethodKind::Getter | MethodKind::Setter | MethodKind::Deleter, Ok(name)) => {
                    property_name = Some((name, ident.span()));
                }
                (MethodKind::Getter | MethodKind::Setter | MethodKind::Deleter, Err(_)) => {
                    errors.push(syn::Error::new(
                        list.tokens.span(),
                        format!("expected the property's name: `#[{ident}(name)]`"),
                    ));
                }
                _ => errors.push(syn::Error::new(
                    list.tokens.span(),
                    format!("`#[{ident}]` takes no arguments"),
                )),
            }
        }
        false
    });
    errors.finish()?;
    Ok((
        kind.map_or(MethodKind::Instance, |(kind, _)| kind),
        property_name,
    ))
}

/// Magic methods that fill a type slot: they come with the class protocols,
/// and are refused until then rather than becoming plain methods that
/// Python would never call for the operation.
const SLOT_METHODS: &[&str] = &[
    "__new__",
    "__concat__",
    "__repeat__",
    "__inplace_concat__",
    "__inplace_repeat__",
];

fn method_item(
    method: &mut syn::ImplItemFn,
    cls: &syn::Type,
    ctx: &Ctx,
    generated: &mut Generated,
) -> syn::Result<()> {
    let (kind, property_name) = take_kind(&mut method.attrs)?;
    let mut options = FunctionOptions::default();
    options.take_pyo3_attrs(&mut method.attrs)?;
    let rust_name = python_name(&method.sig.ident);
    if kind == MethodKind::Instance
        && (rust_name == "__getbuffer__" || rust_name == "__releasebuffer__")
    {
        return buffer_item(method, cls, ctx, generated, rust_name == "__getbuffer__");
    }
    let model = FunctionModel::with_kind(&mut method.sig, &options, FnKind::Method(kind))?;
    let python_name = match (&property_name, &options.name) {
        (Some((name, _)), _) => python_name(name),
        (None, _) => model.python_name.clone(),
    };
    if matches!(
        kind,
        MethodKind::Instance | MethodKind::Static | MethodKind::Class
    ) && SLOT_METHODS.contains(&python_name.as_str())
    {
        {
            return Err(syn::Error::new(
                method.sig.ident.span(),
                format!(
                    "`{python_name}` is a magic method that fills a type slot, which this version \
                     of pyo3 does not support yet: rename the method (Python would never call it \
                     for the operation)"
                ),
            ));
        }
    }
    if kind == MethodKind::New && options.text_signature.is_none() {
        generated.new_text_signature = Some(model.signature.text_signature());
    } else if kind == MethodKind::New {
        if let Some(crate::attributes::TextSignature::Custom(text)) = &options.text_signature {
            generated.new_text_signature = Some(text.value());
        }
    }

    let pyo3 = &ctx.pyo3;
    let ident = &model.rust_ident;
    let doc = Doc::from_attrs(&method.attrs);
    let locals = Locals::new();
    let Locals {
        py,
        slf,
        arguments,
        subtype,
        value,
        ..
    } = &locals;
    let raw = syn::Ident::new("raw_self", Span::mixed_site());
    let class_name = quote!(<#cls as #pyo3::PyClass>::NAME);
    let wrapper = |source, output| Wrapper {
        model: &model,
        warnings: &options.warnings,
        ctx,
        callee: quote!(<#cls>::#ident),
        source,
        output,
        class_name: Some(class_name.clone()),
        not_implemented_on_bad_argument: false,
    };
    let name_literal = c_string_literal(&python_name, method.sig.ident.span())?;

    if kind == MethodKind::Instance {
        if let Some(slot) = crate::slots::lookup(&python_name) {
            return slot_item(slot, &model, &options, cls, ctx, &python_name, generated);
        }
    }

    match kind {
        MethodKind::Instance | MethodKind::Static | MethodKind::Class => {
            // `__init__` is called with a tuple and a dict even when it takes
            // nothing: its arguments are always checked.
            let is_init = kind == MethodKind::Instance && python_name == "__init__";
            let wrapper = wrapper(Source::Call { force: is_init }, Output::Object);
            let body = wrapper.body(&locals)?;
            let id = method_id(&python_name);
            let slf_binding = if wrapper.uses_self() {
                quote!(#slf)
            } else {
                quote!(_)
            };
            let doc = doc.to_c_str(&model.text_signature_prefix, ctx)?;
            let (trait_impl, constructor) = if wrapper.uses_arguments() {
                (
                    quote! {
                        impl #pyo3::impl_::pyfunction::KeywordFunction<#id> for #cls {
                            fn call<'py>(
                                #py: #pyo3::Python<'py>,
                                #slf_binding: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                                #arguments: #pyo3::impl_::extract_argument::RawArguments<'py>,
                            ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                                #body
                            }
                        }
                    },
                    quote!(with_keywords),
                )
            } else {
                (
                    quote! {
                        impl #pyo3::impl_::pyfunction::NoArgsFunction<#id> for #cls {
                            fn call<'py>(
                                #py: #pyo3::Python<'py>,
                                #slf_binding: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                            ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                                #body
                            }
                        }
                    },
                    quote!(no_args),
                )
            };
            let flavour = match kind {
                MethodKind::Static => quote!(.into_static_method()),
                MethodKind::Class => quote!(.into_class_method()),
                _ => quote!(),
            };
            generated.impls.push(trait_impl);
            if is_init {
                // `__init__` fills `tp_init` (called after `__new__` on
                // every instantiation) instead of becoming a method.
                generated.slots.push(quote! {
                    #pyo3::impl_::pyclass::TypeSlot {
                        slot: #pyo3::ffi::Py_tp_init,
                        pfunc: #pyo3::impl_::pymethods::tp_init_entry::<#cls, #id> as *mut ::core::ffi::c_void,
                    }
                });
                return Ok(());
            }
            generated.methods.push(quote! {
                #pyo3::impl_::pyclass::PyMethodDefType::Method(
                    #pyo3::impl_::pyfunction::PyFunctionDef::#constructor::<#cls, #id>(
                        #name_literal, #doc,
                    )#flavour
                )
            });
        }
        MethodKind::New => {
            let body = wrapper(Source::Call { force: true }, Output::NewInstance).body(&locals)?;
            generated.impls.push(quote! {
                impl #pyo3::impl_::pymethods::NewFunction for #cls {
                    fn call<'py>(
                        #py: #pyo3::Python<'py>,
                        #subtype: *mut #pyo3::ffi::PyTypeObject,
                        #arguments: #pyo3::impl_::extract_argument::RawArguments<'py>,
                    ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                        #body
                    }
                }
            });
            generated.slots.push(quote! {
                #pyo3::impl_::pyclass::TypeSlot {
                    slot: #pyo3::ffi::Py_tp_new,
                    pfunc: #pyo3::impl_::pymethods::tp_new_entry::<#cls> as *mut ::core::ffi::c_void,
                }
            });
        }
        MethodKind::Getter => {
            let body = wrapper(Source::Call { force: false }, Output::Object).body(&locals)?;
            let function = format_ident!("__pymethod_get_{}__", python_name);
            let doc = optional_doc(&doc, ctx)?;
            generated.functions.push(quote! {
                #[doc(hidden)]
                unsafe fn #function<'py>(
                    #py: #pyo3::Python<'py>,
                    #raw: *mut #pyo3::ffi::PyObject,
                ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                    // SAFETY: called by the property's C getter with the
                    // object the property was read on.
                    let #slf = unsafe { #pyo3::impl_::pymethods::property_self(#py, #raw) };
                    #body
                }
            });
            generated.methods.push(quote! {
                #pyo3::impl_::pyclass::PyMethodDefType::Getter {
                    name: #name_literal,
                    doc: #doc,
                    get: <#cls>::#function,
                }
            });
        }
        MethodKind::Setter => {
            let body = wrapper(Source::SetterValue, Output::SetterResult).body(&locals)?;
            let function = format_ident!("__pymethod_set_{}__", python_name);
            let doc = optional_doc(&doc, ctx)?;
            generated.functions.push(quote! {
                #[doc(hidden)]
                unsafe fn #function<'py>(
                    #py: #pyo3::Python<'py>,
                    #raw: *mut #pyo3::ffi::PyObject,
                    #value: *mut #pyo3::ffi::PyObject,
                ) -> #pyo3::PyResult<::core::ffi::c_int> {
                    // SAFETY: called by the property's C setter with the
                    // object and the (non-null) new value.
                    let #slf = unsafe { #pyo3::impl_::pymethods::property_self(#py, #raw) };
                    #body
                }
            });
            generated.methods.push(quote! {
                #pyo3::impl_::pyclass::PyMethodDefType::Setter {
                    name: #name_literal,
                    doc: #doc,
                    set: <#cls>::#function,
                }
            });
        }
        MethodKind::Deleter => {
            let body =
                wrapper(Source::Call { force: false }, Output::SetterResult).body(&locals)?;
            let function = format_ident!("__pymethod_delete_{}__", python_name);
            generated.functions.push(quote! {
                #[doc(hidden)]
                unsafe fn #function<'py>(
                    #py: #pyo3::Python<'py>,
                    #raw: *mut #pyo3::ffi::PyObject,
                ) -> #pyo3::PyResult<::core::ffi::c_int> {
                    // SAFETY: called by the property's C setter with the
                    // object whose property is deleted.
                    let #slf = unsafe { #pyo3::impl_::pymethods::property_self(#py, #raw) };
                    #body
                }
            });
            generated.methods.push(quote! {
                #pyo3::impl_::pyclass::PyMethodDefType::Deleter {
                    name: #name_literal,
                    delete: <#cls>::#function,
                }
            });
        }
        MethodKind::ClassAttribute => {
            let body =
                wrapper(Source::Call { force: false }, Output::ClassAttribute).body(&locals)?;
            let function = format_ident!("__pymethod_classattr_{}__", python_name);
            generated.functions.push(quote! {
                #[doc(hidden)]
                fn #function(
                    #py: #pyo3::Python<'_>,
                ) -> #pyo3::PyResult<#pyo3::Py<#pyo3::PyAny>> {
                    #body
                }
            });
            generated.methods.push(quote! {
                #pyo3::impl_::pyclass::PyMethodDefType::ClassAttribute {
                    name: #python_name,
                    value: <#cls>::#function,
                }
            });
        }
    }
    Ok(())
}

/// A magic method that fills a type slot.
fn slot_item(
    slot: crate::slots::SlotKind,
    model: &FunctionModel,
    options: &FunctionOptions,
    cls: &syn::Type,
    ctx: &Ctx,
    python_name: &str,
    generated: &mut Generated,
) -> syn::Result<()> {
    use crate::slots::{CReturn, SlotKind};
    let pyo3 = &ctx.pyo3;
    let ident = &model.rust_ident;
    let id = method_id(python_name);
    let locals = Locals::new();
    let Locals {
        py, slf, arguments, ..
    } = &locals;
    let slots_param = syn::Ident::new("slots", Span::mixed_site());
    let wrapper = |source, output, not_implemented| Wrapper {
        model,
        warnings: &options.warnings,
        ctx,
        callee: quote!(<#cls>::#ident),
        source,
        output,
        class_name: Some(quote!(<#cls as #pyo3::PyClass>::NAME)),
        not_implemented_on_bad_argument: not_implemented,
    };
    // The body of a fixed-argument slot, as `SlotFunction<ID, N, R>`.
    let slot_function = |args: usize,
                         ret: CReturn,
                         output,
                         not_implemented|
     -> syn::Result<TokenStream> {
        let expected = model.signature.positional.len();
        if expected != args
            || model.signature.varargs.is_some()
            || model.signature.kwargs.is_some()
            || !model.signature.keyword_only.is_empty()
        {
            return Err(syn::Error::new(
                ident.span(),
                format!(
                    "`{python_name}` takes {args} argument{} besides the receiver (and `py: Python<'_>`), \
                     not {expected}",
                    if args == 1 { "" } else { "s" }
                ),
            ));
        }
        let body = wrapper(Source::Fixed, output, not_implemented).body(&locals)?;
        let ret = match ret {
            CReturn::Object => quote!(*mut #pyo3::ffi::PyObject),
            CReturn::Size => quote!(#pyo3::ffi::Py_ssize_t),
            CReturn::Hash => quote!(#pyo3::ffi::Py_hash_t),
            CReturn::Int => quote!(::core::ffi::c_int),
        };
        let slots_binding = if args == 0 {
            quote!(_)
        } else {
            quote!(#slots_param)
        };
        Ok(quote! {
            impl #pyo3::impl_::slots::SlotFunction<#id, #args, #ret> for #cls {
                fn call<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #slots_binding: [::core::option::Option<#pyo3::impl_::extract_argument::PyArg<'py>>; #args],
                ) -> #pyo3::PyResult<#ret> {
                    #body
                }
            }
        })
    };
    match slot {
        SlotKind::Single {
            slot,
            entry,
            args,
            ret,
            output,
            not_implemented,
        } => {
            generated
                .impls
                .push(slot_function(args, ret, output, not_implemented)?);
            let slot = syn::Ident::new(slot, Span::call_site());
            let entry = if entry == "clear" {
                quote!(#pyo3::impl_::pyclass::tp_clear_class)
            } else {
                let entry = syn::Ident::new(entry, Span::call_site());
                quote!(#pyo3::impl_::slots::#entry)
            };
            generated.slots.push(quote! {
                #pyo3::impl_::pyclass::TypeSlot {
                    slot: #pyo3::ffi::#slot,
                    pfunc: #entry::<#cls, #id> as *mut ::core::ffi::c_void,
                }
            });
            if python_name == "__hash__" {
                generated.has_hash = true;
            }
        }
        SlotKind::Call => {
            let body =
                wrapper(Source::Call { force: true }, Output::Object, false).body(&locals)?;
            generated.impls.push(quote! {
                impl #pyo3::impl_::pyfunction::KeywordFunction<#id> for #cls {
                    fn call<'py>(
                        #py: #pyo3::Python<'py>,
                        #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                        #arguments: #pyo3::impl_::extract_argument::RawArguments<'py>,
                    ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                        #body
                    }
                }
            });
            generated.slots.push(quote! {
                #pyo3::impl_::pyclass::TypeSlot {
                    slot: #pyo3::ffi::Py_tp_call,
                    pfunc: #pyo3::impl_::slots::call::<#cls, #id> as *mut ::core::ffi::c_void,
                }
            });
        }
        SlotKind::Comparison(op) => {
            generated
                .impls
                .push(slot_function(1, CReturn::Object, Output::Object, true)?);
            generated.comparisons.push((op, id));
        }
        SlotKind::RichCompare => {
            generated
                .impls
                .push(slot_function(2, CReturn::Object, Output::Object, true)?);
            generated.richcmp = Some(id);
        }
        SlotKind::Traverse => {
            let visit = syn::Ident::new("visit", Span::mixed_site());
            generated.impls.push(quote! {
                impl #pyo3::impl_::pyclass::Traverse for #cls {
                    fn traverse(
                        &self,
                        #visit: #pyo3::pyclass::PyVisit<'_>,
                    ) -> ::core::result::Result<(), #pyo3::pyclass::PyTraverseError> {
                        <#cls>::#ident(self, #visit)
                    }
                }
            });
            generated.slots.push(quote! {
                #pyo3::impl_::pyclass::TypeSlot {
                    slot: #pyo3::ffi::Py_tp_traverse,
                    pfunc: #pyo3::impl_::pyclass::tp_traverse_class::<#cls> as *mut ::core::ffi::c_void,
                }
            });
        }
        SlotKind::Assign { kind, delete } => {
            let args = if delete { 1 } else { 2 };
            generated.impls.push(slot_function(
                args,
                CReturn::Int,
                Output::SetterResult,
                false,
            )?);
            let halves = &mut generated.assign[usize::from(kind)];
            if delete {
                halves.1 = Some(id);
            } else {
                halves.0 = Some(id);
            }
        }
        SlotKind::Operator {
            slot,
            reflected,
            ternary,
        } => {
            let args = if ternary { 2 } else { 1 };
            generated
                .impls
                .push(slot_function(args, CReturn::Object, Output::Object, true)?);
            let index = match generated.operators.iter().position(|o| o.slot == slot) {
                Some(index) => index,
                None => {
                    generated.operators.push(Operator {
                        slot,
                        ternary,
                        forward: None,
                        reflected: None,
                    });
                    generated.operators.len() - 1
                }
            };
            let operator = &mut generated.operators[index];
            if reflected {
                operator.reflected = Some(id);
            } else {
                operator.forward = Some(id);
            }
        }
    }
    Ok(())
}

/// `unsafe fn __getbuffer__(slf, view: *mut ffi::Py_buffer, flags: c_int)
/// -> PyResult<()>` and `unsafe fn __releasebuffer__(slf, view)`: the
/// buffer protocol slots. The raw arguments pass through as they are; the
/// receiver is any a method may have.
fn buffer_item(
    method: &syn::ImplItemFn,
    cls: &syn::Type,
    ctx: &Ctx,
    generated: &mut Generated,
    get: bool,
) -> syn::Result<()> {
    let pyo3 = &ctx.pyo3;
    let ident = &method.sig.ident;
    if method.sig.unsafety.is_none() {
        return Err(syn::Error::new(
            ident.span(),
            format!("`{ident}` receives a raw `Py_buffer` pointer: declare it `unsafe fn`"),
        ));
    }
    let expected = if get { 3 } else { 2 };
    if method.sig.inputs.len() != expected {
        return Err(syn::Error::new(
            ident.span(),
            if get {
                "`__getbuffer__` takes the receiver, `view: *mut ffi::Py_buffer` and `flags: c_int`"
            } else {
                "`__releasebuffer__` takes the receiver and `view: *mut ffi::Py_buffer`"
            },
        ));
    }
    let slf = syn::Ident::new("slf", Span::mixed_site());
    let holder = syn::Ident::new("holder", Span::mixed_site());
    let receiver = syn::Ident::new("receiver", Span::mixed_site());
    let receive = match method.sig.inputs.first() {
        Some(syn::FnArg::Receiver(r)) if r.reference.is_some() && r.mutability.is_some() => {
            quote! {
                let mut #holder = ::core::default::Default::default();
                let #receiver = #pyo3::impl_::pymethods::receiver_mut::<Self>(&#slf, &mut #holder)?;
            }
        }
        Some(syn::FnArg::Receiver(_)) => quote! {
            let mut #holder = ::core::option::Option::None;
            let #receiver = #pyo3::impl_::pymethods::receiver_ref::<Self>(&#slf, &mut #holder)?;
        },
        _ => quote! {
            let mut #holder = ::core::default::Default::default();
            let #receiver = #pyo3::impl_::pymethods::receiver::<Self, _>(&#slf, &mut #holder)?;
        },
    };
    let view = syn::Ident::new("view", Span::mixed_site());
    let flags = syn::Ident::new("flags", Span::mixed_site());
    let py = syn::Ident::new("py", Span::mixed_site());
    if get {
        generated.impls.push(quote! {
            impl #pyo3::impl_::slots::GetBufferSlot for #cls {
                unsafe fn get_buffer<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #view: *mut #pyo3::ffi::Py_buffer,
                    #flags: ::core::ffi::c_int,
                ) -> #pyo3::PyResult<()> {
                    let _ = #py;
                    #receive
                    // SAFETY: the interpreter's arguments, passed on as the
                    // method's contract asks.
                    #pyo3::impl_::slots::buffer_result(unsafe { <#cls>::#ident(#receiver, #view, #flags) })
                }
            }
        });
        generated.slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::Py_bf_getbuffer,
                pfunc: #pyo3::impl_::slots::get_buffer::<#cls> as *mut ::core::ffi::c_void,
            }
        });
    } else {
        generated.impls.push(quote! {
            impl #pyo3::impl_::slots::ReleaseBufferSlot for #cls {
                unsafe fn release_buffer<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #view: *mut #pyo3::ffi::Py_buffer,
                ) -> #pyo3::PyResult<()> {
                    let _ = #py;
                    #receive
                    // SAFETY: as for `__getbuffer__`.
                    #pyo3::impl_::slots::buffer_result(unsafe { <#cls>::#ident(#receiver, #view) })
                }
            }
        });
        generated.slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::Py_bf_releasebuffer,
                pfunc: #pyo3::impl_::slots::release_buffer::<#cls> as *mut ::core::ffi::c_void,
            }
        });
    }
    Ok(())
}

/// The slots several magic methods share: `tp_richcompare` (and the
/// `__hash__ = None` that defining equality implies) and
/// `mp_ass_subscript`.
fn combined_slots(
    cls: &syn::Type,
    generated: &Generated,
    ctx: &Ctx,
) -> (Vec<TokenStream>, Vec<TokenStream>) {
    let pyo3 = &ctx.pyo3;
    let mut impls = Vec::new();
    let mut slots = Vec::new();
    let py = syn::Ident::new("py", Span::mixed_site());
    let slf = syn::Ident::new("slf", Span::mixed_site());
    let other = syn::Ident::new("other", Span::mixed_site());
    let op = syn::Ident::new("op", Span::mixed_site());
    let object = quote!(*mut #pyo3::ffi::PyObject);
    let defines_eq =
        generated.richcmp.is_some() || generated.comparisons.iter().any(|(op, _)| *op == "Eq");
    if let Some(id) = &generated.richcmp {
        impls.push(quote! {
            impl #pyo3::impl_::slots::RichCompareSlot for #cls {
                fn compare<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #other: #pyo3::impl_::extract_argument::PyArg<'py>,
                    #op: #pyo3::pyclass::CompareOp,
                ) -> #pyo3::PyResult<#object> {
                    let op_object = #pyo3::impl_::slots::compare_op_object(#py, #op);
                    <#cls as #pyo3::impl_::slots::SlotFunction<#id, 2, #object>>::call(
                        #py, #slf, [::core::option::Option::Some(#other), ::core::option::Option::Some(op_object.as_borrowed())],
                    )
                }
            }
        });
    } else if !generated.comparisons.is_empty() {
        let arms = generated.comparisons.iter().map(|(name, id)| {
            let variant = syn::Ident::new(name, Span::call_site());
            quote! {
                #pyo3::pyclass::CompareOp::#variant => {
                    <#cls as #pyo3::impl_::slots::SlotFunction<#id, 1, #object>>::call(
                        #py, #slf, [::core::option::Option::Some(#other)],
                    )
                }
            }
        });
        impls.push(quote! {
            impl #pyo3::impl_::slots::RichCompareSlot for #cls {
                fn compare<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #other: #pyo3::impl_::extract_argument::PyArg<'py>,
                    #op: #pyo3::pyclass::CompareOp,
                ) -> #pyo3::PyResult<#object> {
                    #[allow(unreachable_patterns)]
                    match #op {
                        #(#arms)*
                        _ => ::core::result::Result::Ok(#pyo3::impl_::slots::not_implemented(#py)),
                    }
                }
            }
        });
    }
    if generated.richcmp.is_some() || !generated.comparisons.is_empty() {
        slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::Py_tp_richcompare,
                pfunc: #pyo3::impl_::slots::richcompare::<#cls> as *mut ::core::ffi::c_void,
            }
        });
    }
    if defines_eq && !generated.has_hash {
        // Defining equality without a hash makes instances unhashable,
        // as it does for Python classes.
        slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::Py_tp_hash,
                pfunc: #pyo3::ffi::PyObject_HashNotImplemented as *mut ::core::ffi::c_void,
            }
        });
    }
    for operator in &generated.operators {
        let (args, trait_name, entry) = if operator.ternary {
            (2usize, quote!(TernaryOperator), quote!(ternary_operator))
        } else {
            (1usize, quote!(BinaryOperator), quote!(binary_operator))
        };
        let half = |id: &Option<TokenStream>| match id {
            Some(id) => quote! {
                ::core::option::Option::Some(
                    <#cls as #pyo3::impl_::slots::SlotFunction<#id, #args, #object>>::call
                )
            },
            None => quote!(::core::option::Option::None),
        };
        let forward = half(&operator.forward);
        let reflected = half(&operator.reflected);
        let operator_id = method_id(operator.slot);
        let slot = syn::Ident::new(operator.slot, Span::call_site());
        impls.push(quote! {
            impl #pyo3::impl_::slots::#trait_name<#operator_id> for #cls {
                const FORWARD: ::core::option::Option<#pyo3::impl_::slots::SlotBody<#args, #object>> = #forward;
                const REFLECTED: ::core::option::Option<#pyo3::impl_::slots::SlotBody<#args, #object>> = #reflected;
            }
        });
        slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::#slot,
                pfunc: #pyo3::impl_::slots::#entry::<#cls, #operator_id> as *mut ::core::ffi::c_void,
            }
        });
    }
    const ASSIGN: [(&str, &str, &str, &str); 3] = [
        (
            "Py_mp_ass_subscript",
            "PyNotImplementedError",
            "can't set item",
            "can't delete item",
        ),
        (
            "Py_tp_setattro",
            "PyAttributeError",
            "can't set attribute",
            "can't delete attribute",
        ),
        (
            "Py_tp_descr_set",
            "PyNotImplementedError",
            "can't set descriptor",
            "can't delete descriptor",
        ),
    ];
    for (kind, ((set_id, delete_id), (slot, error, set_message, delete_message))) in
        generated.assign.iter().zip(ASSIGN).enumerate()
    {
        if set_id.is_none() && delete_id.is_none() {
            continue;
        }
        let kind = kind as u8;
        let key = syn::Ident::new("key", Span::mixed_site());
        let value = syn::Ident::new("value", Span::mixed_site());
        let int = quote!(::core::ffi::c_int);
        let error = syn::Ident::new(error, Span::call_site());
        let set = match set_id {
            Some(id) => quote! {
                <#cls as #pyo3::impl_::slots::SlotFunction<#id, 2, #int>>::call(
                    #py, #slf, [::core::option::Option::Some(#key), ::core::option::Option::Some(#value)],
                )
            },
            None => quote! {
                let _ = (#slf, #key, #value);
                ::core::result::Result::Err(#pyo3::exceptions::#error::new_err(#set_message))
            },
        };
        let delete = match delete_id {
            Some(id) => quote! {
                <#cls as #pyo3::impl_::slots::SlotFunction<#id, 1, #int>>::call(
                    #py, #slf, [::core::option::Option::Some(#key)],
                )
            },
            None => quote! {
                let _ = (#slf, #key);
                ::core::result::Result::Err(#pyo3::exceptions::#error::new_err(#delete_message))
            },
        };
        impls.push(quote! {
            impl #pyo3::impl_::slots::SetDeleteSlot<#kind> for #cls {
                fn set<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #key: #pyo3::impl_::extract_argument::PyArg<'py>,
                    #value: #pyo3::impl_::extract_argument::PyArg<'py>,
                ) -> #pyo3::PyResult<#int> {
                    #set
                }

                fn delete<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #key: #pyo3::impl_::extract_argument::PyArg<'py>,
                ) -> #pyo3::PyResult<#int> {
                    #delete
                }
            }
        });
        let slot = syn::Ident::new(slot, Span::call_site());
        slots.push(quote! {
            #pyo3::impl_::pyclass::TypeSlot {
                slot: #pyo3::ffi::#slot,
                pfunc: #pyo3::impl_::slots::set_delete::<#cls, #kind> as *mut ::core::ffi::c_void,
            }
        });
    }
    (impls, slots)
}

/// `#[classattr] const NAME: T = ...;`
fn const_item(
    constant: &mut syn::ImplItemConst,
    cls: &syn::Type,
    ctx: &Ctx,
    generated: &mut Generated,
) -> syn::Result<()> {
    let mut is_class_attribute = false;
    let mut options = FunctionOptions::default();
    constant.attrs.retain(|attr| {
        if attr.path().is_ident("classattr") {
            is_class_attribute = true;
            false
        } else {
            true
        }
    });
    options.take_pyo3_attrs(&mut constant.attrs)?;
    if !is_class_attribute {
        if options.name.is_some() {
            return Err(syn::Error::new(
                constant.ident.span(),
                "`#[pyo3(name = ...)]` on a constant needs `#[classattr]` too",
            ));
        }
        return Ok(());
    }
    let pyo3 = &ctx.pyo3;
    let ident = &constant.ident;
    let python_name = match &options.name {
        Some(name) => name.value(),
        None => python_name(ident),
    };
    let function = format_ident!("__pymethod_classattr_{}__", python_name);
    let py = syn::Ident::new("py", Span::mixed_site());
    generated.functions.push(quote! {
        #[doc(hidden)]
        fn #function(#py: #pyo3::Python<'_>) -> #pyo3::PyResult<#pyo3::Py<#pyo3::PyAny>> {
            #pyo3::impl_::pymethods::class_attribute_value(#py, <#cls>::#ident)
        }
    });
    generated.methods.push(quote! {
        #pyo3::impl_::pyclass::PyMethodDefType::ClassAttribute {
            name: #python_name,
            value: <#cls>::#function,
        }
    });
    Ok(())
}

fn optional_doc(doc: &Doc, ctx: &Ctx) -> syn::Result<TokenStream> {
    if doc.is_empty() {
        Ok(quote!(::core::option::Option::None))
    } else {
        let doc = doc.to_c_str("", ctx)?;
        Ok(quote!(::core::option::Option::Some(#doc)))
    }
}

/// A number telling apart the methods of one class, from the Python name
/// (two methods cannot share one): FNV-1a.
fn method_id(name: &str) -> TokenStream {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in name.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    let literal = proc_macro2::Literal::u64_suffixed(hash);
    quote!(#literal)
}
