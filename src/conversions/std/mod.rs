//! Conversions of standard-library types.

mod boolean;
mod cell;
mod ipaddr;
mod map;
mod osstr;
mod path;
mod set;
mod slice;
mod time;
mod vec;
mod float;
mod num;
mod option;
mod string;
