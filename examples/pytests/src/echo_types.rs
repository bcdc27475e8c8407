//! One function per argument type, each returning what it extracted: the
//! randomized tests in `tests/test_random_inputs.py` feed them arbitrary
//! Python values and check that only the expected exceptions come out.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, LinkedList, VecDeque};
use std::ffi::{CStr, CString, OsStr, OsString};
use std::net::IpAddr;
use std::num::{NonZeroI64, NonZeroU8, NonZeroUsize};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};

/// Defines `echo_<name>(value: T) -> T` for each `name: T`, and
/// `add_echoes`, which adds them all to a module along with `ECHOES`, the
/// list of their names.
macro_rules! echoes {
    ($($name:ident: $ty:ty),* $(,)?) => {
        $(
            #[doc = concat!("Returns the `", stringify!($ty), "` extracted from `value`.")]
            #[pyfunction]
            fn $name(value: $ty) -> $ty {
                value
            }
        )*

        /// Adds every `echo_*` function and their names to `module`.
        pub fn add_echoes(module: &Bound<'_, PyModule>) -> PyResult<()> {
            $(module.add_function(wrap_pyfunction!($name, module)?)?;)*
            module.add("ECHOES", [$(stringify!($name)),*])
        }
    };
}

echoes! {
    echo_bool: bool,
    echo_i8: i8,
    echo_u8: u8,
    echo_i16: i16,
    echo_u16: u16,
    echo_i32: i32,
    echo_u32: u32,
    echo_i64: i64,
    echo_u64: u64,
    echo_i128: i128,
    echo_u128: u128,
    echo_isize: isize,
    echo_usize: usize,
    echo_nonzero_i64: NonZeroI64,
    echo_nonzero_u8: NonZeroU8,
    echo_nonzero_usize: NonZeroUsize,
    echo_f32: f32,
    echo_f64: f64,
    echo_char: char,
    echo_string: String,
    echo_box_str: Box<str>,
    echo_backed_str: PyBackedStr,
    echo_backed_bytes: PyBackedBytes,
    echo_c_string: CString,
    echo_os_string: OsString,
    echo_path_buf: PathBuf,
    echo_vec_u8: Vec<u8>,
    echo_vec_i64: Vec<i64>,
    echo_vec_f64: Vec<f64>,
    echo_vec_string: Vec<String>,
    echo_vec_vec_u8: Vec<Vec<u8>>,
    echo_box_slice_i32: Box<[i32]>,
    echo_vec_deque_i16: VecDeque<i16>,
    echo_linked_list_bool: LinkedList<bool>,
    echo_array_u8_4: [u8; 4],
    echo_array_i64_3: [i64; 3],
    echo_array_string_2: [String; 2],
    echo_tuple: (i64, String, bool),
    echo_tuple_1: (f64,),
    echo_unit: (),
    echo_hash_map: HashMap<String, i64>,
    echo_btree_map: BTreeMap<i64, Vec<u8>>,
    echo_hash_set: HashSet<i64>,
    echo_btree_set: BTreeSet<String>,
    echo_option_i64: Option<i64>,
    echo_option_vec_string: Option<Vec<String>>,
    echo_cell_u32: Cell<u32>,
    echo_ip_addr: IpAddr,
    echo_duration: Duration,
    echo_system_time: SystemTime,
}

/// Borrowed conversions: the length of what was borrowed (they cannot be
/// returned as they are).
mod borrowed {
    use super::*;

    /// The number of bytes of a `str` borrowed as UTF-8.
    #[pyfunction]
    pub fn borrow_str(value: &str) -> usize {
        value.len()
    }

    /// The number of bytes of a `Cow<str>`.
    #[pyfunction]
    pub fn borrow_cow_str(value: Cow<'_, str>) -> usize {
        value.len()
    }

    /// The length of a `bytes` object borrowed as `&[u8]`.
    #[pyfunction]
    pub fn borrow_bytes(value: &[u8]) -> usize {
        value.len()
    }

    /// The length of a `Cow<[u8]>`.
    #[pyfunction]
    pub fn borrow_cow_bytes(value: Cow<'_, [u8]>) -> usize {
        value.len()
    }

    /// The length of a `&CStr`.
    #[pyfunction]
    pub fn borrow_c_str(value: &CStr) -> usize {
        value.to_bytes().len()
    }

    /// The length of a `Cow<OsStr>`.
    #[pyfunction]
    pub fn borrow_os_str(value: Cow<'_, OsStr>) -> usize {
        value.len()
    }

    /// The number of bytes of a `Cow<Path>`.
    #[pyfunction]
    pub fn borrow_path(value: Cow<'_, Path>) -> usize {
        value.as_os_str().len()
    }
}

/// Every argument type, for the randomized tests.
#[pyo3::pymodule(submodule, module = "pytests")]
pub mod echo {
    use pyo3::prelude::*;

    #[pymodule_export]
    use super::borrowed::{
        borrow_bytes, borrow_c_str, borrow_cow_bytes, borrow_cow_str, borrow_os_str, borrow_path,
        borrow_str,
    };

    /// Adds the `echo_*` functions.
    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        super::add_echoes(m)
    }
}
