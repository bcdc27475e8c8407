//! With the `auto-initialize` feature, the first `Python::attach` starts the
//! interpreter, even when many threads do it at the same moment.

use std::sync::{Arc, Barrier};

use pyo3::prelude::*;

fn main() {
    const THREADS: usize = 16;
    let barrier = Arc::new(Barrier::new(THREADS));
    let handles: Vec<_> = (0..THREADS)
        .map(|index| {
            let barrier = barrier.clone();
            std::thread::spawn(move || {
                barrier.wait();
                Python::attach(|py| {
                    let code = std::ffi::CString::new(format!("{index} * 2")).unwrap();
                    py.eval(&code, None, None)
                        .unwrap()
                        .extract::<usize>()
                        .unwrap()
                })
            })
        })
        .collect();
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    assert_eq!(total, (0..THREADS).map(|i| i * 2).sum::<usize>());
    println!("{THREADS} threads attached concurrently; the interpreter started once");
}
