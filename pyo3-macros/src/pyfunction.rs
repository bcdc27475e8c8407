//! `#[pyfunction]`: keeps the Rust function and adds, next to it, a hidden
//! module of the same name holding the function's static definition
//! (`f::_PYO3_DEF`, what `wrap_pyfunction!(f)` and declarative modules
//! use), plus the body that converts arguments and the result.
//!
//! All logic lives in `pyo3::impl_`; the generated body is a list of calls.

use proc_macro2::TokenStream;
use quote::quote;

use crate::attributes::FunctionOptions;
use crate::function::FunctionModel;
use crate::utils::{Ctx, Doc, c_string_literal};
use crate::wrapper::{Locals, Output, Source, Wrapper};

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
                #pyo3::impl_::pyfunction::PyFunctionDef::#constructor::<_Pyo3Function, 0>(#name, #doc);
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
    let wrapper = Wrapper {
        model,
        warnings: &options.warnings,
        ctx,
        callee: quote!(#ident),
        source: Source::Call { force: false },
        output: Output::Object,
        class_name: None,
        not_implemented_on_bad_argument: false,
    };
    let locals = Locals::new();
    let body = wrapper.body(&locals)?;
    let Locals {
        py, slf, arguments, ..
    } = &locals;
    let slf = if wrapper.uses_self() {
        quote!(#slf)
    } else {
        quote!(_)
    };
    Ok(if wrapper.uses_arguments() {
        quote! {
            impl #pyo3::impl_::pyfunction::KeywordFunction for #ident::_Pyo3Function {
                fn call<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                    #arguments: #pyo3::impl_::extract_argument::RawArguments<'py>,
                ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                    #body
                }
            }
        }
    } else {
        quote! {
            impl #pyo3::impl_::pyfunction::NoArgsFunction for #ident::_Pyo3Function {
                fn call<'py>(
                    #py: #pyo3::Python<'py>,
                    #slf: #pyo3::impl_::pyfunction::FunctionSelf<'py>,
                ) -> #pyo3::PyResult<*mut #pyo3::ffi::PyObject> {
                    #body
                }
            }
        }
    })
}
