//! The model of a Rust function exposed to Python: what each argument
//! receives, and the Python signature.

use syn::spanned::Spanned;

use crate::attributes::{ArgumentOptions, FunctionOptions, TextSignature};
use crate::signature::PythonSignature;
use crate::utils::{Errors, python_name};

/// What one Rust argument receives.
pub enum ArgumentKind {
    /// `Python<'py>`: the token.
    Python,
    /// The first argument of a `pass_module` function: the module.
    Module,
    /// A parameter of the Python signature.
    Parameter { from_py_with: Option<syn::Path> },
    /// `*args`.
    Varargs,
    /// `**kwargs`.
    Kwargs,
}

/// One argument of the Rust function.
pub struct Argument {
    pub ident: syn::Ident,
    pub ty: syn::Type,
    pub kind: ArgumentKind,
}

impl Argument {
    /// The name Python uses for it.
    pub fn python_name(&self) -> String {
        python_name(&self.ident)
    }
}

/// A Rust function as Python sees it.
pub struct FunctionModel {
    pub rust_ident: syn::Ident,
    pub python_name: String,
    pub arguments: Vec<Argument>,
    pub signature: PythonSignature,
    /// `name(sig)\n--\n\n`, or nothing when `text_signature = None`.
    pub text_signature_prefix: String,
    pub output: syn::ReturnType,
}

impl FunctionModel {
    /// Builds the model, reporting every problem with the function at once.
    /// Strips the `#[pyo3(...)]` attributes from the arguments.
    pub fn new(sig: &mut syn::Signature, options: &FunctionOptions) -> syn::Result<Self> {
        let mut errors = Errors::default();
        check_function_shape(sig, &mut errors);

        let mut arguments = Vec::new();
        for (position, input) in sig.inputs.iter_mut().enumerate() {
            match input {
                syn::FnArg::Receiver(receiver) => errors.push(syn::Error::new(
                    receiver.span(),
                    "a `#[pyfunction]` cannot take `self`: to make a method, put the function in a \
                     `#[pymethods]` block of a `#[pyclass]`",
                )),
                syn::FnArg::Typed(typed) => {
                    let argument_options =
                        errors.take(ArgumentOptions::take_from(&mut typed.attrs));
                    let Some(ident) = errors.take(argument_ident(&typed.pat)) else {
                        continue;
                    };
                    let ty = (*typed.ty).clone();
                    if let syn::Type::ImplTrait(impl_trait) = &ty {
                        errors.push(syn::Error::new(
                            impl_trait.span(),
                            "`impl Trait` arguments are not supported: name a concrete type",
                        ));
                    }
                    let from_py_with = argument_options.and_then(|o| o.from_py_with);
                    let kind = if position == 0 && options.pass_module.is_some() {
                        ArgumentKind::Module
                    } else if is_python_token(&ty) {
                        ArgumentKind::Python
                    } else {
                        ArgumentKind::Parameter { from_py_with }
                    };
                    arguments.push(Argument { ident, ty, kind });
                }
            }
        }
        if let Some(span) = options.pass_module {
            if !matches!(
                arguments.first(),
                Some(Argument {
                    kind: ArgumentKind::Module,
                    ..
                })
            ) {
                errors.push(syn::Error::new(
                    span,
                    "`pass_module` gives the module to the function's first argument, which is missing: \
                     add `module: &Bound<'_, PyModule>` as the first argument",
                ));
            }
        }

        let python_arguments: Vec<syn::Ident> = arguments
            .iter()
            .filter(|a| matches!(a.kind, ArgumentKind::Parameter { .. }))
            .map(|a| a.ident.clone())
            .collect();
        let signature = match &options.signature {
            Some(attr) => errors
                .take(PythonSignature::from_attr(attr, &python_arguments))
                .unwrap_or_default(),
            None => PythonSignature::from_arguments(&python_arguments),
        };
        for argument in &mut arguments {
            let is_varargs = signature.varargs.as_ref() == Some(&argument.ident);
            let is_kwargs = signature.kwargs.as_ref() == Some(&argument.ident);
            if !(is_varargs || is_kwargs) {
                continue;
            }
            if let ArgumentKind::Parameter {
                from_py_with: Some(path),
            } = &argument.kind
            {
                errors.push(syn::Error::new(
                    path.span(),
                    "`from_py_with` cannot be used on `*args` or `**kwargs`",
                ));
            }
            argument.kind = if is_varargs {
                ArgumentKind::Varargs
            } else {
                ArgumentKind::Kwargs
            };
        }

        let python_name = match &options.name {
            Some(name) => name.value(),
            None => python_name(&sig.ident),
        };
        let text_signature_prefix = match &options.text_signature {
            Some(TextSignature::Disabled) => String::new(),
            Some(TextSignature::Custom(text)) => {
                let value = text.value();
                if !value.starts_with('(') || !value.ends_with(')') {
                    errors.push(syn::Error::new(
                        text.span(),
                        "`text_signature` must be the parameter list in parentheses, such as \"(a, b=1)\"",
                    ));
                }
                format!("{python_name}{value}\n--\n\n")
            }
            None => format!("{python_name}{}\n--\n\n", signature.text_signature()),
        };
        errors.finish()?;
        Ok(FunctionModel {
            rust_ident: sig.ident.clone(),
            python_name,
            arguments,
            signature,
            text_signature_prefix,
            output: sig.output.clone(),
        })
    }
}

/// Reports what no Python function can be: async (for now), generic,
/// unsafe or variadic.
fn check_function_shape(sig: &syn::Signature, errors: &mut Errors) {
    if let Some(asyncness) = &sig.asyncness {
        let message = if cfg!(feature = "experimental-async") {
            "`async fn` cannot be a `#[pyfunction]` yet: this version of pyo3 does not implement \
             coroutines; run the future to completion inside a plain `fn` instead"
        } else {
            "`async fn` needs the `experimental-async` feature of pyo3: enable it in Cargo.toml, \
             or make the function synchronous"
        };
        errors.push(syn::Error::new(asyncness.span(), message));
    }
    for param in &sig.generics.params {
        match param {
            syn::GenericParam::Lifetime(_) => {}
            other => errors.push(syn::Error::new(
                other.span(),
                "a `#[pyfunction]` cannot have type or const parameters: Python calls one concrete \
                 function, so write it for concrete types",
            )),
        }
    }
    if let Some(unsafety) = &sig.unsafety {
        errors.push(syn::Error::new(
            unsafety.span(),
            "an `unsafe fn` cannot be a `#[pyfunction]`: Python callers cannot uphold its safety \
             contract; wrap it in a safe function",
        ));
    }
    if let Some(variadic) = &sig.variadic {
        errors.push(syn::Error::new(
            variadic.span(),
            "C-variadic functions cannot be `#[pyfunction]`s: use `*args` in the signature instead",
        ));
    }
}

/// The identifier an argument binds; other patterns are refused.
fn argument_ident(pat: &syn::Pat) -> syn::Result<syn::Ident> {
    match pat {
        syn::Pat::Ident(pat_ident) if pat_ident.subpat.is_none() && pat_ident.by_ref.is_none() => {
            Ok(pat_ident.ident.clone())
        }
        other => Err(syn::Error::new(
            other.span(),
            "arguments of a `#[pyfunction]` must be plain names (`x: T`), since Python passes them \
             by name: destructure inside the function instead",
        )),
    }
}

/// Whether `ty` is `Python<'_>` (possibly with a path).
pub fn is_python_token(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .is_some_and(|segment| segment.ident == "Python"),
        syn::Type::Group(group) => is_python_token(&group.elem),
        _ => false,
    }
}
