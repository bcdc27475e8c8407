//! Procedural macros for the `pyo3` crate.
//!
//! The attribute macros (`#[pyfunction]`, `#[pymodule]`, ...) are
//! parsed with `syn` into a model of the annotated item and turned into code
//! with `quote`; the generated code calls generic helpers in `pyo3::impl_`.
//!
//! Layout: `attributes` parses options, `signature` and `function` build the
//! model of a function, `pyfunction` and `module` generate code.
//! `derive_options` parses the `#[pyo3(...)]` options of the derives,
//! `derive_from_py_object` and `derive_into_py_object` generate them.

mod attributes;
mod class_options;
mod derive_from_py_object;
mod derive_into_py_object;
mod derive_options;
mod function;
mod module;
mod pyclass;
mod pyfunction;
mod pymethods;
mod signature;
mod slots;
mod utils;
mod wrapper;

use proc_macro::TokenStream;

use attributes::{FunctionOptions, ModuleOptions, Parsed};

/// Exposes a Rust function to Python. See the `pyo3` crate documentation.
#[proc_macro_attribute]
pub fn pyfunction(attr: TokenStream, input: TokenStream) -> TokenStream {
    let options = match syn::parse::<Parsed<FunctionOptions>>(attr) {
        Ok(Parsed(options)) => options,
        Err(err) => return with_error(input, err),
    };
    let item = match syn::parse::<syn::ItemFn>(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            let span = proc_macro2::TokenStream::from(input.clone());
            let err = syn::Error::new_spanned(
                span,
                "`#[pyfunction]` goes on a free function `fn f(...)`; for methods use `#[pymethods]`",
            );
            return with_error(input, err);
        }
    };
    match pyfunction::expand(options, item) {
        Ok(tokens) => tokens.into(),
        Err(err) => with_error(input, err),
    }
}

/// Defines a Python module, from a function or from an inline `mod`. See
/// the `pyo3` crate documentation.
#[proc_macro_attribute]
pub fn pymodule(attr: TokenStream, input: TokenStream) -> TokenStream {
    let options = match syn::parse::<Parsed<ModuleOptions>>(attr) {
        Ok(Parsed(options)) => options,
        Err(err) => return with_error(input, err),
    };
    let item = match syn::parse::<syn::Item>(input.clone()) {
        Ok(item) => item,
        Err(err) => return with_error(input, err),
    };
    match module::expand(options, item) {
        Ok(tokens) => tokens.into(),
        Err(err) => with_error(input, err),
    }
}

/// Exposes a Rust struct to Python as a class. See the `pyo3` crate
/// documentation.
#[proc_macro_attribute]
pub fn pyclass(attr: TokenStream, input: TokenStream) -> TokenStream {
    let mut options = class_options::ClassOptions::default();
    if let Err(err) = syn::parse::Parser::parse(
        |stream: syn::parse::ParseStream<'_>| options.parse_into(stream),
        attr,
    ) {
        return with_error(input, err);
    }
    let item = match syn::parse::<syn::Item>(input.clone()) {
        Ok(item) => item,
        Err(err) => return with_error(input, err),
    };
    match pyclass::expand(options, item) {
        Ok(tokens) => tokens.into(),
        Err(err) => with_error(input, err),
    }
}

/// Exposes the methods of an `impl` block of a `#[pyclass]` to Python. See
/// the `pyo3` crate documentation.
#[proc_macro_attribute]
pub fn pymethods(attr: TokenStream, input: TokenStream) -> TokenStream {
    let mut options = pymethods::MethodsOptions::default();
    if let Err(err) = syn::parse::Parser::parse(
        |stream: syn::parse::ParseStream<'_>| options.parse_into(stream),
        attr,
    ) {
        return with_error(input, err);
    }
    let item = match syn::parse::<syn::ItemImpl>(input.clone()) {
        Ok(item) => item,
        Err(_) => {
            let span = proc_macro2::TokenStream::from(input.clone());
            let err = syn::Error::new_spanned(
                span,
                "`#[pymethods]` goes on an `impl` block of a `#[pyclass]`: `impl MyClass { ... }`",
            );
            return with_error(input, err);
        }
    };
    match pymethods::expand(options, item) {
        Ok(tokens) => tokens.into(),
        Err(err) => with_error(input, err),
    }
}

/// Implements `FromPyObject` for a struct or enum, reading it from a
/// Python object's attributes, items or tuple items. See the `pyo3` crate
/// documentation.
#[proc_macro_derive(FromPyObject, attributes(pyo3))]
pub fn derive_from_py_object(input: TokenStream) -> TokenStream {
    derive(input, derive_from_py_object::expand)
}

/// Implements `IntoPyObject` for a struct or enum: a dict, a tuple, or the
/// object of its one field. See the `pyo3` crate documentation.
#[proc_macro_derive(IntoPyObject, attributes(pyo3))]
pub fn derive_into_py_object(input: TokenStream) -> TokenStream {
    derive(input, |input| derive_into_py_object::expand(input, false))
}

/// Implements `IntoPyObject` for references to a struct or enum, as
/// `#[derive(IntoPyObject)]` does for values. See the `pyo3` crate
/// documentation.
#[proc_macro_derive(IntoPyObjectRef, attributes(pyo3))]
pub fn derive_into_py_object_ref(input: TokenStream) -> TokenStream {
    derive(input, |input| derive_into_py_object::expand(input, true))
}

/// Runs a derive: its impl, or its errors (a derive adds to the item, so
/// there is nothing to give back on failure).
fn derive(
    input: TokenStream,
    expand: impl FnOnce(&syn::DeriveInput) -> syn::Result<proc_macro2::TokenStream>,
) -> TokenStream {
    let result = syn::parse::<syn::DeriveInput>(input).and_then(|input| expand(&input));
    match result {
        Ok(tokens) => tokens.into(),
        Err(err) => err.to_compile_error().into(),
    }
}

/// The item (so that uses of it do not pile up errors) plus the error. The
/// helper attributes the macros would have consumed are removed, since
/// nothing else understands them.
fn with_error(input: TokenStream, err: syn::Error) -> TokenStream {
    let mut output = match syn::parse::<syn::Item>(input.clone()) {
        Ok(mut item) => {
            utils::strip_helper_attributes(&mut item);
            quote::ToTokens::into_token_stream(item)
        }
        Err(_) => proc_macro2::TokenStream::from(input),
    };
    output.extend(err.to_compile_error());
    output.into()
}
