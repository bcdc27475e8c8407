//! Conversions of standard-library types.

mod boolean;
mod float;
mod num;
mod option;
mod string;
