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

/// What kind of callable a Rust function becomes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FnKind {
    /// A `#[pyfunction]`.
    Function,
    /// A method of a `#[pymethods]` block.
    Method(MethodKind),
}

/// The kinds of items of a `#[pymethods]` block.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MethodKind {
    /// A plain method: called on an instance.
    Instance,
    /// `#[staticmethod]`.
    Static,
    /// `#[classmethod]`: receives the class.
    Class,
    /// `#[new]`: the constructor.
    New,
    /// `#[getter]`.
    Getter,
    /// `#[setter]`.
    Setter,
    /// `#[deleter]`.
    Deleter,
    /// `#[classattr]` on a function.
    ClassAttribute,
}

impl MethodKind {
    /// How the kind is written, for messages.
    pub fn attribute(self) -> &'static str {
        match self {
            MethodKind::Instance => "a method",
            MethodKind::Static => "a `#[staticmethod]`",
            MethodKind::Class => "a `#[classmethod]`",
            MethodKind::New => "a `#[new]` constructor",
            MethodKind::Getter => "a `#[getter]`",
            MethodKind::Setter => "a `#[setter]`",
            MethodKind::Deleter => "a `#[deleter]`",
            MethodKind::ClassAttribute => "a `#[classattr]`",
        }
    }

    /// Whether it is called on an instance.
    fn takes_instance(self) -> bool {
        matches!(
            self,
            MethodKind::Instance | MethodKind::Getter | MethodKind::Setter | MethodKind::Deleter
        )
    }
}

/// How a method receives the object it is called on.
pub enum Receiver {
    /// No receiver (functions, static methods, `#[new]`, class attributes).
    None,
    /// `&self` (spanned where it is written).
    Ref(proc_macro2::Span),
    /// `&mut self`.
    Mut(proc_macro2::Span),
    /// A first argument such as `slf: PyRef<'_, Self>` (the span of its
    /// type).
    Typed(proc_macro2::Span),
    /// The class of a `#[classmethod]`.
    Class(proc_macro2::Span),
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
    /// How the receiver is taken (`Receiver::None` for functions).
    pub receiver: Receiver,
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
        Self::with_kind(sig, options, FnKind::Function)
    }

    /// Builds the model of a function of the given kind.
    pub fn with_kind(
        sig: &mut syn::Signature,
        options: &FunctionOptions,
        kind: FnKind,
    ) -> syn::Result<Self> {
        let mut errors = Errors::default();
        check_function_shape(sig, kind, &mut errors);

        let method_kind = match kind {
            FnKind::Function => None,
            FnKind::Method(method) => Some(method),
        };
        if let (Some(method), Some(span)) = (method_kind, options.pass_module) {
            errors.push(syn::Error::new(
                span,
                format!(
                    "`pass_module` is for `#[pyfunction]`s; {} cannot take it",
                    method.attribute()
                ),
            ));
        }
        let receiver = errors
            .take(take_receiver(sig, method_kind))
            .unwrap_or(Receiver::None);
        let skip = match receiver {
            Receiver::Typed(_) | Receiver::Class(_) => 1,
            _ => 0,
        };

        let mut arguments = Vec::new();
        for (position, input) in sig.inputs.iter_mut().enumerate().skip(skip) {
            match input {
                syn::FnArg::Receiver(_) => {}
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

        if let Some(method) = method_kind {
            check_argument_count(method, &signature, &arguments, sig, &mut errors);
        }

        let python_name = match &options.name {
            Some(name) => name.value(),
            None => default_python_name(&sig.ident, method_kind),
        };
        let receiver_marker = match method_kind {
            Some(kind) if kind.takes_instance() => Some("$self"),
            Some(MethodKind::Class) => Some("$cls"),
            _ => None,
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
            None => match method_kind {
                // Properties and class attributes have no signature; the
                // constructor's goes into the class docstring.
                Some(
                    MethodKind::Getter
                    | MethodKind::Setter
                    | MethodKind::Deleter
                    | MethodKind::ClassAttribute
                    | MethodKind::New,
                ) => String::new(),
                _ => format!(
                    "{python_name}{}\n--\n\n",
                    signature.text_signature_with(receiver_marker)
                ),
            },
        };
        errors.finish()?;
        Ok(FunctionModel {
            rust_ident: sig.ident.clone(),
            receiver,
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
fn check_function_shape(sig: &syn::Signature, kind: FnKind, errors: &mut Errors) {
    let what = match kind {
        FnKind::Function => "a `#[pyfunction]`",
        FnKind::Method(method) => method.attribute(),
    };
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
                format!(
                    "{what} cannot have type or const parameters: Python calls one concrete \
                     function, so write it for concrete types"
                ),
            )),
        }
    }
    if let Some(unsafety) = &sig.unsafety {
        errors.push(syn::Error::new(
            unsafety.span(),
            format!(
                "an `unsafe fn` cannot be {what}: Python callers cannot uphold its safety \
                 contract; wrap it in a safe function"
            ),
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

/// Takes the receiver of a method off its arguments (or reports one that
/// is wrong for the kind of method).
fn take_receiver(sig: &syn::Signature, kind: Option<MethodKind>) -> syn::Result<Receiver> {
    let first = sig.inputs.first();
    let self_receiver = match first {
        Some(syn::FnArg::Receiver(receiver)) => Some(receiver),
        _ => None,
    };
    let Some(kind) = kind else {
        if let Some(receiver) = self_receiver {
            return Err(syn::Error::new(
                receiver.span(),
                "a `#[pyfunction]` cannot take `self`: to make a method, put the function in a \
                 `#[pymethods]` block of a `#[pyclass]`",
            ));
        }
        return Ok(Receiver::None);
    };
    if kind.takes_instance() {
        if let Some(receiver) = self_receiver {
            return match (
                &receiver.reference,
                &receiver.mutability,
                receiver.colon_token,
            ) {
                (Some(_), None, None) => Ok(Receiver::Ref(receiver.span())),
                (Some(_), Some(_), None) => Ok(Receiver::Mut(receiver.span())),
                _ => Err(syn::Error::new(
                    receiver.span(),
                    "methods take the instance as `&self` or `&mut self`, or as a first argument \
                     such as `slf: PyRef<'_, Self>`; `self` by value or `self: Type` is not supported",
                )),
            };
        }
        return match first {
            Some(first) => Ok(Receiver::Typed(argument_type_span(first))),
            None => Err(syn::Error::new(
                sig.ident.span(),
                format!(
                    "{} needs a receiver: add `&self` (or `&mut self`), or mark it \
                     `#[staticmethod]` if it does not use the instance",
                    kind.attribute()
                ),
            )),
        };
    }
    if let Some(receiver) = self_receiver {
        let hint = match kind {
            MethodKind::Class => "its first argument receives the class: `cls: &Bound<'_, PyType>`",
            _ => {
                "it is called without an instance; remove `self`, or drop the attribute to make it a method"
            }
        };
        return Err(syn::Error::new(
            receiver.span(),
            format!("{} cannot take `self`: {hint}", kind.attribute()),
        ));
    }
    if kind == MethodKind::Class {
        return match first {
            Some(first) => Ok(Receiver::Class(argument_type_span(first))),
            None => Err(syn::Error::new(
                sig.ident.span(),
                "a `#[classmethod]` needs a first argument for the class: `cls: &Bound<'_, PyType>`",
            )),
        };
    }
    Ok(Receiver::None)
}

/// Getters, setters, deleters and class attributes take a fixed number of
/// Python arguments.
fn check_argument_count(
    kind: MethodKind,
    signature: &PythonSignature,
    arguments: &[Argument],
    sig: &syn::Signature,
    errors: &mut Errors,
) {
    let python_arguments = arguments
        .iter()
        .filter(|a| !matches!(a.kind, ArgumentKind::Python))
        .count();
    let (expected, message) = match kind {
        MethodKind::Getter => (
            0,
            "a `#[getter]` takes no arguments besides the receiver (and `py: Python<'_>`)",
        ),
        MethodKind::Deleter => (
            0,
            "a `#[deleter]` takes no arguments besides the receiver (and `py: Python<'_>`)",
        ),
        MethodKind::ClassAttribute => (
            0,
            "a `#[classattr]` function takes no arguments (besides `py: Python<'_>`)",
        ),
        MethodKind::Setter => (
            1,
            "a `#[setter]` takes exactly one argument besides the receiver: the new value",
        ),
        _ => return,
    };
    if python_arguments != expected {
        let span = arguments
            .iter()
            .find(|a| !matches!(a.kind, ArgumentKind::Python))
            .map_or(sig.ident.span(), |a| a.ident.span());
        errors.push(syn::Error::new(span, message));
    } else if kind == MethodKind::Setter
        && (signature.varargs.is_some() || signature.kwargs.is_some())
    {
        errors.push(syn::Error::new(sig.ident.span(), message));
    }
}

/// The Python name of a method without `name = ...`: properties drop a
/// `get_` / `set_` / `delete_` prefix, as PyO3 does.
fn default_python_name(ident: &syn::Ident, kind: Option<MethodKind>) -> String {
    let name = python_name(ident);
    let prefix = match kind {
        Some(MethodKind::New) => return "__new__".to_owned(),
        Some(MethodKind::Getter) => "get_",
        Some(MethodKind::Setter) => "set_",
        Some(MethodKind::Deleter) => "delete_",
        _ => return name,
    };
    match name.strip_prefix(prefix) {
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ => name,
    }
}

/// Where the type of an argument is written.
fn argument_type_span(argument: &syn::FnArg) -> proc_macro2::Span {
    match argument {
        syn::FnArg::Typed(typed) => typed.ty.span(),
        syn::FnArg::Receiver(receiver) => receiver.span(),
    }
}
