//! Conversions of standard-library types.

mod boolean;
mod cell;
mod float;
mod ipaddr;
mod map;
mod num;
mod option;
mod osstr;
mod path;
mod set;
mod slice;
mod string;
mod time;
mod vec;
