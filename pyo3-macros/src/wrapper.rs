//! The body of every wrapper: the code that sorts and converts a call's
//! arguments, takes the receiver, calls the Rust function and converts what
//! it returned. `#[pyfunction]` and every kind of `#[pymethods]` item share
//! it; they differ only in the signature of the function the body goes into
//! and in how the result is converted.
//!
//! The generated statements are calls into `pyo3::impl_`; types are never
//! written out (they are inferred from the call of the Rust function), so
//! `Self` and the user's type aliases mean what they mean at the call.

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use crate::attributes::WarnOption;
use crate::function::{ArgumentKind, FunctionModel, Receiver};
use crate::utils::{Ctx, c_string_literal};

/// How the value the Rust function returned is converted.
pub enum Output {
    /// Into a new reference (`IntoPyObject`, `()` is `None`).
    Object,
    /// Into the new instance of `subtype` (`#[new]`).
    NewInstance,
    /// Into the `c_int` of a setter or deleter.
    SetterResult,
    /// Into a class attribute's `Py<PyAny>`.
    ClassAttribute,
    /// Into `__len__`'s `Py_ssize_t`.
    Len,
    /// Into `__hash__`'s `Py_hash_t`.
    Hash,
    /// Into the `c_int` of `__bool__` / `__contains__`.
    Bool,
    /// Into `__next__`'s object, or null to stop.
    Next,
}

/// Where the Python arguments come from.
pub enum Source {
    /// Sorted from the call's raw arguments by a static description (or
    /// none at all, when the signature is empty and `force` is false).
    Call { force: bool },
    /// The single value a setter receives, as `slots[0]`.
    SetterValue,
    /// The fixed arguments of a type slot, already in the array `slots`
    /// (a parameter of the generated function), in parameter order.
    Fixed,
}

/// The local names of the generated code, with mixed-site hygiene so that
/// they never clash with the user's names.
pub struct Locals {
    pub py: syn::Ident,
    pub slf: syn::Ident,
    pub arguments: syn::Ident,
    pub subtype: syn::Ident,
    pub value: syn::Ident,
    slots: syn::Ident,
    varargs: syn::Ident,
    varkeywords: syn::Ident,
}

impl Locals {
    pub fn new() -> Self {
        let local = |name: &str| syn::Ident::new(name, Span::mixed_site());
        Locals {
            py: local("py"),
            slf: local("slf"),
            arguments: local("arguments"),
            subtype: local("subtype"),
            value: local("value"),
            slots: local("slots"),
            varargs: local("varargs"),
            varkeywords: local("varkeywords"),
        }
    }
}

/// One wrapper body.
pub struct Wrapper<'a> {
    pub model: &'a FunctionModel,
    pub warnings: &'a [WarnOption],
    pub ctx: &'a Ctx,
    /// The function called: `f` or `Self::f`.
    pub callee: TokenStream,
    pub source: Source,
    pub output: Output,
    /// The class's name for messages (`Counter.add()`), for methods.
    pub class_name: Option<TokenStream>,
    /// Binary operators and comparisons return `NotImplemented` when an
    /// argument cannot be converted, so that Python tries the other side.
    pub not_implemented_on_bad_argument: bool,
}

impl Wrapper<'_> {
    /// Whether the body reads the call's raw arguments.
    pub fn uses_arguments(&self) -> bool {
        match self.source {
            Source::Call { force } => force || !self.model.signature.is_empty(),
            Source::SetterValue | Source::Fixed => false,
        }
    }

    /// Whether the body reads `slf` (a module or a receiver).
    pub fn uses_self(&self) -> bool {
        !matches!(self.model.receiver, Receiver::None)
            || self
                .model
                .arguments
                .iter()
                .any(|a| matches!(a.kind, ArgumentKind::Module))
    }

    /// The statements of the body, ending with the converted result.
    pub fn body(&self, locals: &Locals) -> syn::Result<TokenStream> {
        let pyo3 = &self.ctx.pyo3;
        let model = self.model;
        let signature = &model.signature;
        let Locals {
            py,
            slf,
            subtype,
            value,
            slots,
            varargs,
            varkeywords,
            ..
        } = locals;

        let warnings = self
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

        let sorting = match self.source {
            // SAFETY: setters receive the new value, never null.
            Source::SetterValue => quote! {
                let #slots = [unsafe { #pyo3::impl_::pymethods::setter_value(#py, #value) }];
            },
            Source::Fixed => quote!(),
            Source::Call { .. } if !self.uses_arguments() => quote!(),
            Source::Call { .. } => self.sort_arguments(locals),
        };

        let mut statements = Vec::new();
        let mut call_arguments = Vec::new();
        let receiver_local = syn::Ident::new("receiver", Span::mixed_site());
        let receiver_holder = syn::Ident::new("receiver_holder", Span::mixed_site());
        // The receiver code is spanned at the receiver, so that a receiver
        // the class cannot give (`&mut self` of a frozen class, a wrong
        // type) is reported there.
        let receiver_code = match model.receiver {
            Receiver::None => None,
            Receiver::Ref(span) => Some(quote_spanned! {span=>
                let mut #receiver_holder = ::core::option::Option::None;
                let #receiver_local = #pyo3::impl_::pymethods::receiver_ref::<Self>(&#slf, &mut #receiver_holder)?;
            }),
            Receiver::Mut(span) => Some(quote_spanned! {span=>
                let mut #receiver_holder = ::core::default::Default::default();
                let #receiver_local = #pyo3::impl_::pymethods::receiver_mut::<Self>(&#slf, &mut #receiver_holder)?;
            }),
            Receiver::Typed(span) => Some(quote_spanned! {span=>
                let mut #receiver_holder = ::core::default::Default::default();
                let #receiver_local = #pyo3::impl_::pymethods::receiver::<Self, _>(&#slf, &mut #receiver_holder)?;
            }),
            Receiver::Class(span) => Some(quote_spanned! {span=>
                let mut #receiver_holder = ::core::option::Option::None;
                let #receiver_local = #pyo3::impl_::pymethods::class_receiver(&#slf, &mut #receiver_holder)?;
            }),
        };
        if let Some(code) = receiver_code {
            statements.push(code);
            call_arguments.push(receiver_local);
        }

        for (index, argument) in model.arguments.iter().enumerate() {
            let ty_span = argument.ty.span();
            // The conversion code has the wrapper's hygiene (its bindings
            // never clash with user items, lints treat it as generated) but
            // the location of the argument's type: a type that cannot be
            // received fails on the extraction and on the holder's type, and
            // both then point at the type as one diagnostic.
            let binding_span = Span::mixed_site().located_at(ty_span);
            let value = syn::Ident::new(&format!("arg_{index}"), binding_span);
            let holder = syn::Ident::new(&format!("holder_{index}"), binding_span);
            let name = argument.python_name();
            // Spanned at the argument's type, so that an unconvertible
            // type is reported there.
            let extract = quote_spanned!(binding_span=> _pyo3_extract);
            let (uses_holder, extraction) = match &argument.kind {
                ArgumentKind::Python => (
                    false,
                    quote!(::core::result::Result::<_, #pyo3::PyErr>::Ok(#py)),
                ),
                ArgumentKind::Module => (
                    false,
                    quote_spanned! {binding_span=> #pyo3::impl_::pyfunction::module_argument(&#slf) },
                ),
                ArgumentKind::Varargs => (
                    true,
                    quote_spanned! {binding_span=>
                        #extract::extract_varargs(&#varargs, &mut #holder, #name)
                    },
                ),
                ArgumentKind::Kwargs => (
                    true,
                    quote_spanned! {binding_span=>
                        #extract::extract_varkeywords(&#varkeywords, &mut #holder, #name)
                    },
                ),
                ArgumentKind::Parameter { from_py_with } => {
                    let slot = match self.source {
                        Source::SetterValue => 0,
                        Source::Call { .. } | Source::Fixed => slot_index(model, &argument.ident),
                    };
                    let default = signature.default_of(&argument.ident);
                    match (from_py_with, default) {
                        (None, None) => (
                            true,
                            quote_spanned! {binding_span=>
                                #extract::extract_argument(#slots[#slot], &mut #holder, #name)
                            },
                        ),
                        (None, Some(default)) => (
                            true,
                            quote_spanned! {binding_span=>
                                #extract::extract_argument_with_default(
                                    #slots[#slot], &mut #holder, #name, || #default,
                                )
                            },
                        ),
                        (Some(path), None) => (
                            false,
                            quote_spanned! {path.span()=>
                                #extract::from_py_with(
                                    #extract::slot_as_bound(&#slots[#slot]), #name, #path,
                                )
                            },
                        ),
                        (Some(path), Some(default)) => (
                            false,
                            quote_spanned! {path.span()=>
                                #extract::from_py_with_with_default(
                                    #extract::slot_as_bound(&#slots[#slot]), #name, #path, || #default,
                                )
                            },
                        ),
                    }
                }
            };
            let extraction = if self.not_implemented_on_bad_argument {
                quote_spanned! {binding_span=>
                    match #extraction {
                        ::core::result::Result::Ok(value) => value,
                        ::core::result::Result::Err(_) => {
                            return ::core::result::Result::Ok(#pyo3::impl_::slots::not_implemented(#py));
                        }
                    }
                }
            } else {
                quote_spanned!(binding_span=> #extraction?)
            };
            let holder_declaration = if uses_holder {
                quote_spanned!(binding_span=> let mut #holder = ::core::default::Default::default();)
            } else {
                quote!()
            };
            statements.push(quote! {
                #holder_declaration
                let #value = #extraction;
            });
            call_arguments.push(value);
        }

        let return_span = match &model.output {
            syn::ReturnType::Default => model.rust_ident.span(),
            syn::ReturnType::Type(_, ty) => ty.span(),
        };
        let callee = &self.callee;
        let call = quote! { #callee(#(#call_arguments),*) };
        // The returned value is bound by a `match` arm whose only code is
        // the conversion, so its name (spanned at the return type, so that a
        // type that cannot be returned is reported there) shadows nothing.
        let convert = match self.output {
            Output::Object => quote_spanned! {return_span=>
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
            },
            Output::NewInstance => quote_spanned! {return_span=>
                match #call {
                    returned => {
                        #[allow(unused_imports)]
                        use #pyo3::impl_::pymethods::{IntoNewResult as _, IntoNewValue as _};
                        // SAFETY: `subtype` is the type `tp_new` was called for,
                        // which derives from this class.
                        unsafe {
                            (&&#pyo3::impl_::wrap::ReturnKind::of(&returned))
                                .into_new_object::<Self>(#py, #subtype, returned)
                        }
                    }
                }
            },
            Output::SetterResult => quote_spanned! {return_span=>
                #pyo3::impl_::pymethods::setter_result(#call)
            },
            Output::ClassAttribute => quote_spanned! {return_span=>
                #pyo3::impl_::pymethods::class_attribute_value(#py, #call)
            },
            Output::Len => quote_spanned! {return_span=>
                #pyo3::impl_::slots::len_result(#call)
            },
            Output::Hash => quote_spanned! {return_span=>
                #pyo3::impl_::slots::hash_result(#call)
            },
            Output::Bool => quote_spanned! {return_span=>
                #pyo3::impl_::slots::bool_result(#call)
            },
            Output::Next => quote_spanned! {return_span=>
                #pyo3::impl_::slots::next_result(#py, #call)
            },
        };
        Ok(quote! {
            #[allow(unused_imports)]
            use #pyo3::impl_::extract_argument as _pyo3_extract;
            #(#warnings)*
            #sorting
            #(#statements)*
            #convert
        })
    }

    /// The static description of the signature and the call that sorts the
    /// raw arguments into slots (and `*args` / `**kwargs`).
    fn sort_arguments(&self, locals: &Locals) -> TokenStream {
        let pyo3 = &self.ctx.pyo3;
        let model = self.model;
        let signature = &model.signature;
        let Locals {
            py,
            arguments,
            slots,
            varargs,
            varkeywords,
            ..
        } = locals;
        let func_name = &model.python_name;
        let positional_names = signature.positional.iter().map(|p| &p.name);
        let positional_only = signature.positional_only;
        let required_positional = signature.required_positional();
        let keyword_only = signature.keyword_only.iter().map(|p| {
            let name = &p.name;
            let required = p.default.is_none();
            quote! {
                #pyo3::impl_::extract_argument::KeywordOnlyParameterDescription {
                    name: #name, required: #required,
                }
            }
        });
        let slot_count = signature.positional.len() + signature.keyword_only.len();
        let varargs_handler = if signature.varargs.is_some() {
            quote!(#pyo3::impl_::extract_argument::TupleVarargs)
        } else {
            quote!(#pyo3::impl_::extract_argument::NoVarargs)
        };
        let varkeywords_handler = if signature.kwargs.is_some() {
            quote!(#pyo3::impl_::extract_argument::DictVarkeywords)
        } else {
            quote!(#pyo3::impl_::extract_argument::NoVarkeywords)
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
        let class_name = match &self.class_name {
            Some(name) => quote!(::core::option::Option::Some(#name)),
            None => quote!(::core::option::Option::None),
        };
        quote! {
            static DESCRIPTION: #pyo3::impl_::extract_argument::FunctionDescription =
                #pyo3::impl_::extract_argument::FunctionDescription::new(
                    #class_name,
                    #func_name,
                    &[#(#positional_names),*],
                    #positional_only,
                    #required_positional,
                    &[#(#keyword_only),*],
                );
            let mut #slots: [::core::option::Option<#pyo3::impl_::extract_argument::PyArg<'_>>; #slot_count] =
                [::core::option::Option::None; #slot_count];
            let (#varargs_binding, #varkeywords_binding) = DESCRIPTION
                .extract_arguments::<#varargs_handler, #varkeywords_handler>(#py, #arguments, &mut #slots)?;
        }
    }
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
