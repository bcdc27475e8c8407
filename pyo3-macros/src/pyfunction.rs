//! `#[pyfunction]`: keeps the Rust function and adds, next to it, a hidden
//! module of the same name holding the function's static definition
//! (`f::_PYO3_DEF`, what `wrap_pyfunction!(f)` and declarative modules
//! use), plus the body that converts arguments and the result.
//!
//! All logic lives in `pyo3::impl_`; the generated body is a list of calls.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::attributes::FunctionOptions;
use crate::function::{ArgumentKind, FunctionModel};
use crate::utils::{Ctx, Doc, c_string_literal};

/// Expands `#[pyfunction(attr)] item`.
pub fn expand(mut options: FunctionOptions, mut item: syn::ItemFn) -> syn::Result<TokenStream> {
    options.take_pyo3_attrs(&mut item.attrs)?;
    let tokens = expand_function(&options, &mut item)?;
    Ok(quote! {
        #item
        #tokens
    })
}

/// The items to emit beside `item` (whose argument attributes are
/// stripped in place).
pub fn expand_function(
    options: &FunctionOptions,
    item: &mut syn::ItemFn,
) -> syn::Result<TokenStream> {
    let ctx = Ctx::new(options.krate.as_ref());
    let model = FunctionModel::new(&mut item.sig, options)?;
    let doc = Doc::from_attrs(&item.attrs);
    let pyo3 = &ctx.pyo3;
    let vis = &item.vis;
    let ident = &model.rust_ident;

    let name = c_string_literal(&model.python_name, ident.span())?;
    let doc = doc.to_c_str(&model.text_signature_prefix, &ctx)?;
    let no_args = model.signature.is_empty();
    let constructor = if no_args {
        quote!(no_args)
    } else {
        quote!(with_keywords)
    };
    let body = function_body(&model, options, &ctx)?;

    Ok(quote! {
        #[doc(hidden)]
        #vis mod #ident {
            #[doc(hidden)]
            pub struct _Pyo3Function;

            #[doc(hidden)]
            #[allow(dead_code)]
            pub static _PYO3_DEF: #pyo3::impl_::pyfunction::PyFunctionDef =
                #pyo3::impl_::pyfunction::PyFunctionDef::#constructor::<_Pyo3Function>(#name, #doc);
        }

        const _: () = {
            #body
        };
    })
}

/// The `KeywordFunction` / `NoArgsFunction` implementation.
fn function_body(
    model: &FunctionModel,
    options: &FunctionOptions,
    ctx: &Ctx,
) -> syn::Result<TokenStream> {
    let pyo3 = &ctx.pyo3;
    let ident = &model.rust_ident;
    let signature = &model.signature;
    // The wrapper's own variables get mixed-site hygiene, so that they
    // never shadow the user's items (a function named `varargs`, say).
    let local = |name: &str| syn::Ident::new(name, proc_macro2::Span::mixed_site());
    let py = local("py");
    let slots = local("slots");
    let varargs = local("varargs");
    let varkeywords = local("varkeywords");
    let arguments = local("arguments");
    let slf_local = local("slf");

    let warnings = options
        .warnings
        .iter()
        .map(|warning| {
            let category = match &warning.category {
                Some(path) => quote!(#path),
                None => quote!(#pyo3::exceptions::PyUserWarning),
            };
            let message = c_string_literal(&warning.message.value(), warning.message.span())?;
            Ok(quote! {
                #pyo3::impl_::pyfunction::warn::<#category>(#py, #message)?;
            })
        })
        .collect::<syn::Result<Vec<_>>>()?;

    let mut conversions = Vec::new();
    let mut call_arguments = Vec::new();
    for (index, argument) in model.arguments.iter().enumerate() {
        let ty_span = argument.ty.span();
        // The conversion code has the wrapper's hygiene (its bindings never
        // clash with user items, lints treat it as generated) but the
        // location of the argument's type: a type that cannot be received
        // fails on the extraction and on the holder's type, and both then
        // point at the type as one diagnostic.
        let binding_span = proc_macro2::Span::mixed_site().located_at(ty_span);
        let value = syn::Ident::new(&format!("arg_{index}"), binding_span);
        let holder = syn::Ident::new(&format!("holder_{index}"), binding_span);
        let name = argument.python_name();
        let (uses_holder, extraction) = match &argument.kind {
            ArgumentKind::Python => (false, quote!(#py)),
            ArgumentKind::Module => (
                false,
                quote_spanned! {binding_span=> #pyo3::impl_::pyfunction::module_argument(&#slf_local)? },
            ),
            ArgumentKind::Varargs => (
                true,
                quote_spanned! {binding_span=>
                    _pyo3_extract::extract_varargs(&#varargs, &mut #holder, #name)?
                },
            ),
            ArgumentKind::Kwargs => (
                true,
                quote_spanned! {binding_span=>
                    _pyo3_extract::extract_varkeywords(&#varkeywords, &mut #holder, #name)?
                },
            ),
            ArgumentKind::Parameter { from_py_with } => {
                let slot = slot_index(model, &argument.ident);
                let default = signature.default_of(&argument.ident);
                match (from_py_with, default) {
                    (None, None) => (
                        true,
                        quote_spanned! {binding_span=>
                            _pyo3_extract::extract_argument(#slots[#slot], &mut #holder, #name)?
                        },
                    ),
                    (None, Some(default)) => (
                        true,
                        quote_spanned! {binding_span=>
                            _pyo3_extract::extract_argument_with_default(
                                #slots[#slot], &mut #holder, #name, || #default,
                            )?
                        },
                    ),
                    (Some(path), None) => (
                        false,
                        quote_spanned! {path.span()=>
                            _pyo3_extract::from_py_with(
                                _pyo3_extract::slot_as_bound(&#slots[#slot]), #name, #path,
                            )?
                        },
                    ),
                    (Some(path), Some(default)) => (
                        false,
                        quote_spanned! {path.span()=>
                            _pyo3_extract::from_py_with_with_default(
                                _pyo3_extract::slot_as_bound(&#slots[#slot]), #name, #path, || #default,
                            )?
                        },
                    ),
                }
            }
        };
        let holder_declaration = if uses_holder {
            quote_spanned!(binding_span=> let mut #holder = ::core::default::Default::default();)
        } else {
            quote!()
        };
        let conversion = quote! {
            #holder_declaration
            let #value = #extraction;
        };
        conversions.push(conversion);
        call_arguments.push(value);
    }

    let return_span = match &model.output {
        syn::ReturnType::Default => ident.span(),
        syn::ReturnType::Type(_, ty) => ty.span(),
    };
    // The returned value is bound by a `match` arm whose only code is the
    // conversion, so its name (spanned at the return type, so that a type
    // that cannot be returned is reported there) shadows nothing.
    let call = quote! { #ident(#(#call_arguments),*) };
    let convert_result = quote_spanned! {return_span=>
        match #call {
            returned => {
                #[allow(unused_imports)]
                use #pyo3::impl_::wrap::{
                    IntoReturnResult as _, IntoReturnUnit as _, IntoReturnUnitResult as _,
                    IntoReturnValue as _,
                };
                (&&#pyo3::impl_::wrap::ReturnKind::of(&returned)).into_return(#py, returned)
            }
        }
    };
    let uses_module = model
        .arguments
        .iter()
        .any(|a| matches!(a.kind, ArgumentKind::Module));
    let slf = if uses_module {
        quote!(#slf_local)
    } else {
        quote!(_)
    };

    if signature.is_empty() {
        return Ok(quote! {
            impl #pyo3::impl_::pyfunction::NoArgsFunction for #ident::_Pyo3Function {
                fn call<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                    #(#warnings)*
                    #(#conversions)*
                    #convert_result
                }
            }
        });
    }

    let func_name = &model.python_name;
    let positional_names = signature.positional.iter().map(|p| &p.name);
    let positional_only = signature.positional_only;
    let required_positional = signature.required_positional();
    let keyword_only = signature.keyword_only.iter().map(|p| {
        let name = &p.name;
        let required = p.default.is_none();
        quote! {
            _pyo3_extract::KeywordOnlyParameterDescription { name: #name, required: #required }
        }
    });
    let slot_count = signature.positional.len() + signature.keyword_only.len();
    let varargs_handler = if signature.varargs.is_some() {
        quote!(_pyo3_extract::TupleVarargs)
    } else {
        quote!(_pyo3_extract::NoVarargs)
    };
    let varkeywords_handler = if signature.kwargs.is_some() {
        quote!(_pyo3_extract::DictVarkeywords)
    } else {
        quote!(_pyo3_extract::NoVarkeywords)
    };
    let varargs_binding = if signature.varargs.is_some() {
        quote!(#varargs)
    } else {
        quote!(())
    };
    let varkeywords_binding = if signature.kwargs.is_some() {
        quote!(#varkeywords)
    } else {
        quote!(())
    };

    Ok(quote! {
        impl #pyo3::impl_::pyfunction::KeywordFunction for #ident::_Pyo3Function {
            fn call<'py>(
                #py: #pyo3::Python<'py>,
                #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                #arguments: #pyo3::impl_::extract_argument::RawArguments<'py>,
            ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                use #pyo3::impl_::extract_argument as _pyo3_extract;
                static __PYO3_DESCRIPTION: _pyo3_extract::FunctionDescription =
                    _pyo3_extract::FunctionDescription::new(
                        ::core::option::Option::None,
                        #func_name,
                        &[#(#positional_names),*],
                        #positional_only,
                        #required_positional,
                        &[#(#keyword_only),*],
                    );
                #(#warnings)*
                let mut #slots: [::core::option::Option<_pyo3_extract::PyArg<'py>>; #slot_count] =
                    [::core::option::Option::None; #slot_count];
                let (#varargs_binding, #varkeywords_binding) = __PYO3_DESCRIPTION
                    .extract_arguments::<#varargs_handler, #varkeywords_handler>(#py, #arguments, &mut #slots)?;
                #(#conversions)*
                #convert_result
            }
        }
    })
}

/// The slot of a parameter: its index among positional then keyword-only
/// parameters.
fn slot_index(model: &FunctionModel, ident: &syn::Ident) -> usize {
    model
        .signature
        .positional
        .iter()
        .chain(&model.signature.keyword_only)
        .position(|p| p.ident == *ident)
        .expect("every parameter argument is in the signature")
}
