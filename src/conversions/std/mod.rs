//! Conversions of standard-library types.

mod boolean;
mod cell;
mod float;
mod ipaddr;
pub(super) mod map;
mod num;
mod option;
mod osstr;
mod path;
pub(super) mod set;
mod slice;
mod string;
mod time;
pub(super) mod vec;
