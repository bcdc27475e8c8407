//! `#[pymodule]`, in both forms:
//!
//! - on a function `fn m(m: &Bound<'_, PyModule>) -> PyResult<()>` (the
//!   module may also be taken by value, and `py: Python` may come first): a
//!   hidden module of the same name gets the static definition and the
//!   `PyInit_<name>` entry point; the function is the module's body;
//! - on an inline `mod m { ... }` (declarative): the definitions go inside
//!   it, and the body adds every `#[pyfunction]`, nested `#[pymodule]`,
//!   `#[pymodule_export]` item, then runs the `#[pymodule_init]` function.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::parse::ParseStream;
use syn::spanned::Spanned;

use crate::attributes::{FunctionOptions, ModuleOptions};
use crate::pyfunction;
use crate::utils::{Ctx, Doc, Errors, c_string_literal, is_pyo3_attribute, python_name};

/// Expands `#[pymodule(attr)] item`.
pub fn expand(options: ModuleOptions, item: syn::Item) -> syn::Result<TokenStream> {
    match item {
        syn::Item::Fn(function) => expand_function_module(options, function),
        syn::Item::Mod(module) => expand_declarative_module(options, module),
        other => Err(syn::Error::new(
            other.span(),
            "`#[pymodule]` goes on a function `fn m(m: &Bound<'_, PyModule>) -> PyResult<()>` \
             or on an inline module `mod m { ... }`",
        )),
    }
}

/// What both forms need to emit the definition.
struct ModuleNames {
    /// The Python name (last component).
    name: String,
    /// The full dotted name (`package.name` with the `module` option).
    full_name: String,
}

impl ModuleNames {
    fn new(options: &ModuleOptions, ident: &syn::Ident) -> Self {
        let name = match &options.name {
            Some(name) => name.value(),
            None => python_name(ident),
        };
        let full_name = match &options.module {
            Some(parent) => format!("{}.{name}", parent.value()),
            None => name.clone(),
        };
        ModuleNames { name, full_name }
    }
}

/// The definition items: the marker type the body is implemented for,
/// the name, the static `ModuleDef`, and the init entry points.
fn definition_items(
    names: &ModuleNames,
    doc: &Doc,
    options: &ModuleOptions,
    ctx: &Ctx,
    span: proc_macro2::Span,
) -> syn::Result<TokenStream> {
    let pyo3 = &ctx.pyo3;
    let full_name = c_string_literal(&names.full_name, span)?;
    let doc = doc.to_c_str("", ctx)?;
    let gil_used = options.gil_used.as_ref().is_some_and(|value| value.value);
    let entry_point = if options.submodule.is_some() {
        quote!()
    } else {
        let init = format_ident!("PyInit_{}", names.name);
        let export = format_ident!("PyModExport_{}", names.name);
        quote!(#pyo3::__pyo3_module_entry!(#init, #export, _PYO3_DEF);)
    };
    Ok(quote! {
        #[doc(hidden)]
        pub struct _Pyo3Module;

        #[doc(hidden)]
        pub static __PYO3_NAME: &::core::ffi::CStr = #full_name;

        #[doc(hidden)]
        pub static _PYO3_DEF: #pyo3::impl_::pymodule::ModuleDef = {
            const DOC: &::core::ffi::CStr = #doc;
            static SLOTS: #pyo3::impl_::pymodule::ModuleSlots =
                #pyo3::impl_::pymodule::ModuleSlots::new::<_Pyo3Module>(#full_name, DOC, #gil_used);
            #pyo3::impl_::pymodule::ModuleDef::new(#full_name, DOC, &SLOTS)
        };

        #pyo3::__pyo3_inittab_entry!(_PYO3_DEF);

        #entry_point
    })
}

// ---------------------------------------------------------------------------
// Function form
// ---------------------------------------------------------------------------

fn expand_function_module(
    mut options: ModuleOptions,
    mut function: syn::ItemFn,
) -> syn::Result<TokenStream> {
    options.take_pyo3_attrs(&mut function.attrs)?;
    let ctx = Ctx::new(options.krate.as_ref());
    let pyo3 = &ctx.pyo3;
    let ident = function.sig.ident.clone();
    let names = ModuleNames::new(&options, &ident);
    let module_var = module_variable();
    let doc = Doc::from_attrs(&function.attrs);

    // The module goes by reference or by value, as the parameter's type says.
    let arg = quote!(#pyo3::impl_::pymodule::module_arg(#module_var));
    let call = match function.sig.inputs.len() {
        1 => quote!(#ident(#arg)),
        2 => quote!(#ident(#module_var.py(), #arg)),
        _ => {
            return Err(syn::Error::new(
                function.sig.inputs.span(),
                "a `#[pymodule]` function receives the new module: \
                 write `fn m(m: &Bound<'_, PyModule>) -> PyResult<()>`",
            ));
        }
    };
    if let Some(asyncness) = &function.sig.asyncness {
        return Err(syn::Error::new(
            asyncness.span(),
            "a `#[pymodule]` function cannot be `async`: module initialisation is synchronous",
        ));
    }
    expand_pyfn_attributes(&mut function, &ctx)?;
    let definition = definition_items(&names, &doc, &options, &ctx, ident.span())?;
    let vis = &function.vis;

    Ok(quote! {
        #function

        #[doc(hidden)]
        #vis mod #ident {
            #definition
        }

        const _: () = {
            impl #pyo3::impl_::pymodule::ModuleExec for #ident::_Pyo3Module {
                fn exec(#module_var: &#pyo3::Bound<'_, #pyo3::types::PyModule>) -> #pyo3::PyResult<()> {
                    #pyo3::impl_::pymodule::module_result(#call)
                }
            }
        };

    })
}

/// Turns the deprecated `#[pyfn(m)]` functions inside a module function
/// into `#[pyfunction]`s added to the module at the start of the body.
fn expand_pyfn_attributes(function: &mut syn::ItemFn, ctx: &Ctx) -> syn::Result<()> {
    let pyo3 = &ctx.pyo3;
    let mut errors = Errors::default();
    let mut additions = Vec::new();
    for stmt in &mut function.block.stmts {
        let syn::Stmt::Item(syn::Item::Fn(inner)) = stmt else {
            continue;
        };
        let Some(position) = inner.attrs.iter().position(|a| a.path().is_ident("pyfn")) else {
            continue;
        };
        let attr = inner.attrs.remove(position);
        let Some((module, mut options)) = errors.take(attr.parse_args_with(parse_pyfn_args)) else {
            continue;
        };
        if let Err(err) = options.take_pyo3_attrs(&mut inner.attrs) {
            errors.push(err);
            continue;
        }
        let Some(tokens) = errors.take(pyfunction::expand_function(&options, inner)) else {
            continue;
        };
        let name = &inner.sig.ident;
        additions.push((attr.span(), module, name.clone(), tokens));
    }
    errors.finish()?;
    let mut prologue: Vec<syn::Stmt> = Vec::new();
    for (span, module, name, tokens) in additions {
        let generated: syn::File = syn::parse2(tokens)?;
        prologue.extend(generated.items.into_iter().map(syn::Stmt::Item));
        prologue.push(syn::parse_quote_spanned! {span=>
            {
                #[deprecated(note = "`#[pyfn]` is deprecated: use a declarative `#[pymodule] mod`, or \
                                     `#[pyfunction]` with `m.add_function(wrap_pyfunction!(f, m)?)`")]
                #[allow(dead_code)]
                const PYFN_ATTRIBUTE: () = ();
                #[allow(clippy::let_unit_value)]
                let _ = PYFN_ATTRIBUTE;
                #pyo3::types::PyModuleMethods::add_function(
                    #module,
                    #pyo3::impl_::pyfunction::WrapPyFunctionArg::wrap_pyfunction(#module, &#name::_PYO3_DEF)?,
                )?;
            }
        });
    }
    // The functions may sit anywhere in the body; the statements that add
    // them run first.
    prologue.append(&mut function.block.stmts);
    function.block.stmts = prologue;
    Ok(())
}

/// `#[pyfn(m)]`, `#[pyfn(m, "name")]` or `#[pyfn(m, options...)]`.
fn parse_pyfn_args(input: ParseStream<'_>) -> syn::Result<(syn::Ident, FunctionOptions)> {
    let module: syn::Ident = input.parse()?;
    let mut options = FunctionOptions::default();
    if input.is_empty() {
        return Ok((module, options));
    }
    input.parse::<syn::Token![,]>()?;
    if input.peek(syn::LitStr) {
        options.name = Some(input.parse()?);
        if input.is_empty() {
            return Ok((module, options));
        }
        input.parse::<syn::Token![,]>()?;
    }
    options.parse_into(input)?;
    Ok((module, options))
}

// ---------------------------------------------------------------------------
// Declarative form
// ---------------------------------------------------------------------------

/// Something the declarative module adds to itself.
enum Export {
    /// A path whose `_PYO3_DEF` knows how to add itself.
    Definition(syn::Path, Vec<syn::Attribute>),
    /// A `#[pymodule_export] const`.
    Constant(syn::Ident, Vec<syn::Attribute>),
}

fn expand_declarative_module(
    mut options: ModuleOptions,
    mut module: syn::ItemMod,
) -> syn::Result<TokenStream> {
    options.take_pyo3_attrs(&mut module.attrs)?;
    let ctx = Ctx::new(options.krate.as_ref());
    let pyo3 = &ctx.pyo3;
    let names = ModuleNames::new(&options, &module.ident);
    let doc = Doc::from_attrs(&module.attrs);
    let Some((_, items)) = &mut module.content else {
        return Err(syn::Error::new(
            module.semi.span(),
            "`#[pymodule]` needs the module's items inline: write `mod m { ... }`",
        ));
    };
    if let Some(unsafety) = &module.unsafety {
        return Err(syn::Error::new(
            unsafety.span(),
            "a `#[pymodule]` module cannot be `unsafe`",
        ));
    }

    let mut errors = Errors::default();
    let mut exports = Vec::new();
    let mut init: Option<syn::Ident> = None;
    for item in items.iter_mut() {
        match item {
            syn::Item::Fn(function) => {
                if take_attribute(&mut function.attrs, "pymodule_init") {
                    if init.is_some() {
                        errors.push(syn::Error::new(
                            function.sig.ident.span(),
                            "only one `#[pymodule_init]` function is allowed per module",
                        ));
                    }
                    init = Some(function.sig.ident.clone());
                } else if has_pyo3_attribute(&function.attrs, "pyfunction") {
                    exports.push(Export::Definition(
                        function.sig.ident.clone().into(),
                        cfg_attributes(&function.attrs),
                    ));
                }
                refuse_export(&function.attrs, &mut errors);
            }
            syn::Item::Mod(inner) => {
                refuse_export(&inner.attrs, &mut errors);
                if has_pyo3_attribute(&inner.attrs, "pymodule") {
                    exports.push(Export::Definition(
                        inner.ident.clone().into(),
                        cfg_attributes(&inner.attrs),
                    ));
                    mark_submodule(inner, &names.full_name, &mut errors);
                }
            }
            syn::Item::Use(item_use) if has_attribute(&item_use.attrs, "pymodule_export") => {
                take_attribute(&mut item_use.attrs, "pymodule_export");
                let cfgs = cfg_attributes(&item_use.attrs);
                let mut leaves = Vec::new();
                if let Err(err) = use_leaves(&item_use.tree, &mut leaves) {
                    errors.push(err);
                }
                for leaf in leaves {
                    exports.push(Export::Definition(leaf.into(), cfgs.clone()));
                }
            }
            syn::Item::Const(item_const) if has_attribute(&item_const.attrs, "pymodule_export") => {
                take_attribute(&mut item_const.attrs, "pymodule_export");
                exports.push(Export::Constant(
                    item_const.ident.clone(),
                    cfg_attributes(&item_const.attrs),
                ));
            }
            syn::Item::Struct(item_struct) if has_pyo3_attribute(&item_struct.attrs, "pyclass") => {
                refuse_export(&item_struct.attrs, &mut errors);
                exports.push(Export::Definition(
                    item_struct.ident.clone().into(),
                    cfg_attributes(&item_struct.attrs),
                ));
                set_class_module(&mut item_struct.attrs, &names.full_name, &mut errors);
            }
            syn::Item::Struct(syn::ItemStruct { attrs, .. })
            | syn::Item::Enum(syn::ItemEnum { attrs, .. })
            | syn::Item::Static(syn::ItemStatic { attrs, .. })
            | syn::Item::Trait(syn::ItemTrait { attrs, .. })
            | syn::Item::Type(syn::ItemType { attrs, .. })
            | syn::Item::Impl(syn::ItemImpl { attrs, .. })
            | syn::Item::Union(syn::ItemUnion { attrs, .. }) => refuse_export(attrs, &mut errors),
            _ => {}
        }
    }
    errors.finish()?;

    let definition = definition_items(&names, &doc, &options, &ctx, module.ident.span())?;
    let module_var = module_variable();
    let additions = exports.iter().map(|export| match export {
        Export::Definition(path, cfgs) => quote_spanned! {path.span()=>
            #(#cfgs)*
            #path::_PYO3_DEF.add_to_module(#module_var)?;
        },
        Export::Constant(ident, cfgs) => {
            let name = python_name(ident);
            quote! {
                #(#cfgs)*
                #pyo3::types::PyModuleMethods::add(#module_var, #name, #ident)?;
            }
        }
    });
    let init_call = init.map(|init| {
        quote_spanned! {init.span()=>
            #pyo3::impl_::pymodule::module_result(
                #init(#pyo3::impl_::pymodule::module_arg(#module_var))
            )?;
        }
    });
    items.push(syn::Item::Verbatim(quote! {
        #definition

        impl #pyo3::impl_::pymodule::ModuleExec for _Pyo3Module {
            fn exec(#module_var: &#pyo3::Bound<'_, #pyo3::types::PyModule>) -> #pyo3::PyResult<()> {
                #[allow(unused_imports)]
                use #pyo3::impl_::pymodule::PyAddToModule as _;
                #(#additions)*
                #init_call
                ::core::result::Result::Ok(())
            }
        }
    }));
    Ok(quote!(#module))
}

/// The module parameter of the generated `exec`, with mixed-site hygiene
/// so that it never shadows a user item of the same name.
fn module_variable() -> syn::Ident {
    syn::Ident::new("module", proc_macro2::Span::mixed_site())
}

/// Removes `#[name]` from `attrs`, saying whether it was there.
fn take_attribute(attrs: &mut Vec<syn::Attribute>, name: &str) -> bool {
    let before = attrs.len();
    attrs.retain(|attr| !attr.path().is_ident(name));
    attrs.len() != before
}

/// Whether `#[name]` is among `attrs`.
fn has_attribute(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|attr| attr.path().is_ident(name))
}

/// Reports `#[pymodule_export]` on an item it cannot apply to.
fn refuse_export(attrs: &[syn::Attribute], errors: &mut Errors) {
    if let Some(attr) = attrs
        .iter()
        .find(|attr| attr.path().is_ident("pymodule_export"))
    {
        errors.push(syn::Error::new(
            attr.span(),
            "`#[pymodule_export]` applies to `use` and `const` items; functions with \
             `#[pyfunction]` and modules with `#[pymodule]` are exported without it",
        ));
    }
}

fn has_pyo3_attribute(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|attr| is_pyo3_attribute(attr, name))
}

/// The `#[cfg(...)]` attributes of an item, repeated on the line adding it.
fn cfg_attributes(attrs: &[syn::Attribute]) -> Vec<syn::Attribute> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .cloned()
        .collect()
}

/// Marks a nested `#[pymodule] mod` as a submodule of `parent` (no entry
/// point of its own; named `parent.child`), unless it names its parent
/// itself.
fn mark_submodule(inner: &mut syn::ItemMod, parent: &str, errors: &mut Errors) {
    let mut declared = ModuleOptions::default();
    for attr in &inner.attrs {
        if is_pyo3_attribute(attr, "pymodule") || attr.path().is_ident("pyo3") {
            if let syn::Meta::List(_) = &attr.meta {
                if let Err(err) =
                    attr.parse_args_with(|input: ParseStream<'_>| declared.parse_into(input))
                {
                    errors.push(err);
                    return;
                }
            }
        }
    }
    let mut options = Vec::new();
    if declared.submodule.is_none() {
        options.push(quote!(submodule));
    }
    if declared.module.is_none() {
        options.push(quote!(module = #parent));
    }
    if !options.is_empty() {
        inner.attrs.push(syn::parse_quote!(#[pyo3(#(#options),*)]));
    }
}

/// Gives a `#[pyclass]` defined in a declarative module that module as its
/// `__module__`, unless it names one itself.
fn set_class_module(attrs: &mut Vec<syn::Attribute>, module: &str, errors: &mut Errors) {
    let mut declared = crate::class_options::ClassOptions::default();
    for attr in attrs.iter() {
        if is_pyo3_attribute(attr, "pyclass") || attr.path().is_ident("pyo3") {
            if let syn::Meta::List(_) = &attr.meta {
                if let Err(err) =
                    attr.parse_args_with(|input: ParseStream<'_>| declared.parse_into(input))
                {
                    errors.push(err);
                    return;
                }
            }
        }
    }
    if declared.module.is_none() {
        attrs.push(syn::parse_quote!(#[pyo3(module = #module)]));
    }
}

/// The names a `use` tree brings in (each must have a `_PYO3_DEF`).
fn use_leaves(tree: &syn::UseTree, leaves: &mut Vec<syn::Ident>) -> syn::Result<()> {
    match tree {
        syn::UseTree::Path(path) => use_leaves(&path.tree, leaves),
        syn::UseTree::Name(name) => {
            leaves.push(name.ident.clone());
            Ok(())
        }
        syn::UseTree::Rename(rename) => {
            leaves.push(rename.rename.clone());
            Ok(())
        }
        syn::UseTree::Group(group) => group
            .items
            .iter()
            .try_for_each(|tree| use_leaves(tree, leaves)),
        syn::UseTree::Glob(glob) => Err(syn::Error::new(
            glob.span(),
            "`#[pymodule_export]` cannot export a glob import: list the items to export",
        )),
    }
}
