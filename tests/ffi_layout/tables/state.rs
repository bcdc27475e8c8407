//! Layout table of the `state` FFI group (see `core.rs` for the format):
//! pystate.h, pythread.h, pylifecycle.h, initconfig.h, pymem.h, objimpl.h,
//! pydebug.h, frames, code, functions, generators, contexts and critical
//! sections.

use crate::harness::{Check, constants, structs};

/// Adds value checks for Rust enum variants (`Enum::Variant as i128`)
/// against the C enumerators of the same name.
macro_rules! enum_values {
    ($out:ident; $( $(#[$attr:meta])* $ty:ident :: $variant:ident ),* $(,)?) => {$(
        $(#[$attr])*
        $out.push(Check {
            key: stringify!($variant).to_string(),
            c_expr: stringify!($variant).to_string(),
            rust: pyo3::ffi::$ty::$variant as i128,
        });
    )*};
}

pub fn checks(out: &mut Vec<Check>) {
    structs! { out;
        PyGILState_STATE {}
        PyLockStatus {}
        #[cfg(not(Py_LIMITED_API))]
        _PyErr_StackItem {
            #[cfg(not(Py_3_11))] exc_type,
            exc_value,
            #[cfg(not(Py_3_11))] exc_traceback,
            previous_item,
        }
        #[cfg(all(not(Py_LIMITED_API), not(Py_3_11)))]
        PyTryBlock { b_type, b_handler, b_level }
        #[cfg(not(Py_LIMITED_API))]
        Py_tss_t {}
        #[cfg(not(Py_LIMITED_API))]
        PyStatus { _type, func, err_msg, exitcode }
        #[cfg(not(Py_LIMITED_API))]
        PyWideStringList { length, items }
        #[cfg(not(Py_LIMITED_API))]
        PyPreConfig {
            _config_init, parse_argv, isolated, use_environment, configure_locale,
            coerce_c_locale, coerce_c_locale_warn, utf8_mode, dev_mode, allocator,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyConfig {
            _config_init, isolated, use_environment, dev_mode, install_signal_handlers,
            use_hash_seed, hash_seed, faulthandler,
            #[cfg(not(Py_3_10))] _use_peg_parser,
            tracemalloc,
            #[cfg(Py_3_12)] perf_profiling,
            #[cfg(Py_3_14)] remote_debug,
            import_time,
            #[cfg(Py_3_11)] code_debug_ranges,
            show_ref_count, dump_refs,
            #[cfg(Py_3_11)] dump_refs_file,
            malloc_stats,
            #[cfg(Py_3_15)] pymalloc_hugepages,
            filesystem_encoding, filesystem_errors, pycache_prefix, parse_argv,
            #[cfg(Py_3_10)] orig_argv,
            argv, program_name, xoptions, warnoptions, site_import, bytes_warning,
            #[cfg(Py_3_10)] warn_default_encoding,
            inspect, interactive, optimization_level, parser_debug, write_bytecode, verbose,
            quiet, user_site_directory, configure_c_stdio, buffered_stdio, stdio_encoding,
            stdio_errors, check_hash_pycs_mode,
            #[cfg(Py_3_11)] use_frozen_modules,
            #[cfg(Py_3_11)] safe_path,
            #[cfg(Py_3_12)] int_max_str_digits,
            #[cfg(Py_3_14)] thread_inherit_context,
            #[cfg(Py_3_14)] context_aware_warnings,
            #[cfg(Py_3_13)] cpu_count,
            #[cfg(all(Py_3_13, Py_GIL_DISABLED))] enable_gil,
            #[cfg(all(Py_3_14, Py_GIL_DISABLED))] tlbc_enabled,
            #[cfg(Py_3_15)] lazy_imports,
            pathconfig_warnings, pythonpath_env, home, platlibdir, module_search_paths_set,
            module_search_paths,
            #[cfg(Py_3_11)] stdlib_dir,
            executable, base_executable, prefix, base_prefix, exec_prefix, base_exec_prefix,
            skip_source_first_line, run_command, run_module, run_filename,
            #[cfg(Py_3_13)] sys_path_0,
            _install_importlib, _init_main,
            #[cfg(not(Py_3_12))] _isolated_interpreter,
            #[cfg(Py_3_11)] _is_python_build,
            #[cfg(not(Py_3_10))] _orig_argv,
        }
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyCodeEvent {}
        #[cfg(not(Py_LIMITED_API))]
        PyFunctionObject {
            ob_base, func_code, func_globals, func_defaults, func_kwdefaults, func_closure,
            func_doc, func_name, func_dict, func_weakreflist, func_module, func_annotations,
            func_qualname, vectorcall,
            #[cfg(Py_3_10)] func_builtins,
            #[cfg(Py_3_14)] func_annotate,
            #[cfg(Py_3_12)] func_typeparams,
            #[cfg(Py_3_11)] func_version,
        }
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyFunction_WatchEvent {}
        #[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
        PyGenObject {
            ob_base,
            #[cfg(not(Py_3_11))] gi_frame,
            #[cfg(not(Py_3_10))] gi_running,
            #[cfg(not(Py_3_12))] gi_code,
            gi_weakreflist, gi_name, gi_qualname, gi_exc_state,
            #[cfg(Py_3_11)] gi_origin_or_finalizer,
            #[cfg(Py_3_11)] gi_hooks_inited,
            #[cfg(Py_3_11)] gi_closed,
            #[cfg(Py_3_11)] gi_running_async,
            #[cfg(Py_3_11)] gi_frame_state,
            #[cfg(Py_3_11)] gi_iframe,
        }
        #[cfg(not(Py_LIMITED_API))]
        PyMemAllocatorDomain {}
        #[cfg(not(Py_LIMITED_API))]
        PyMemAllocatorName {}
        #[cfg(not(Py_LIMITED_API))]
        PyMemAllocatorEx { ctx, malloc, calloc, realloc, free }
        #[cfg(not(Py_LIMITED_API))]
        PyObjectArenaAllocator { ctx, alloc, free }
        #[cfg(all(Py_3_13, not(Py_LIMITED_API), any(Py_GIL_DISABLED, Py_3_15)))]
        PyCriticalSection {}
        #[cfg(all(Py_3_13, not(Py_LIMITED_API), any(Py_GIL_DISABLED, Py_3_15)))]
        PyCriticalSection2 {}
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyInterpreterConfig {
            use_main_obmalloc, allow_fork, allow_exec, allow_threads, allow_daemon_threads,
            check_multi_interp_extensions, gil,
        }
    }

    constants! { out;
        MAX_CO_EXTRA_USERS,
        WAIT_LOCK, NOWAIT_LOCK,
        #[cfg(not(any(Py_3_13, Py_LIMITED_API)))] PY_TIMEOUT_MAX,
        #[cfg(not(Py_LIMITED_API))] PyTrace_CALL,
        #[cfg(not(Py_LIMITED_API))] PyTrace_EXCEPTION,
        #[cfg(not(Py_LIMITED_API))] PyTrace_LINE,
        #[cfg(not(Py_LIMITED_API))] PyTrace_RETURN,
        #[cfg(not(Py_LIMITED_API))] PyTrace_C_CALL,
        #[cfg(not(Py_LIMITED_API))] PyTrace_C_EXCEPTION,
        #[cfg(not(Py_LIMITED_API))] PyTrace_C_RETURN,
        #[cfg(not(Py_LIMITED_API))] PyTrace_OPCODE,
        #[cfg(not(Py_LIMITED_API))] CO_OPTIMIZED,
        #[cfg(not(Py_LIMITED_API))] CO_NEWLOCALS,
        #[cfg(not(Py_LIMITED_API))] CO_VARARGS,
        #[cfg(not(Py_LIMITED_API))] CO_VARKEYWORDS,
        #[cfg(not(Py_LIMITED_API))] CO_NESTED,
        #[cfg(not(Py_LIMITED_API))] CO_GENERATOR,
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))] CO_NOFREE,
        #[cfg(not(Py_LIMITED_API))] CO_COROUTINE,
        #[cfg(not(Py_LIMITED_API))] CO_ITERABLE_COROUTINE,
        #[cfg(not(Py_LIMITED_API))] CO_ASYNC_GENERATOR,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_DIVISION,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_ABSOLUTE_IMPORT,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_WITH_STATEMENT,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_PRINT_FUNCTION,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_UNICODE_LITERALS,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_BARRY_AS_BDFL,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_GENERATOR_STOP,
        #[cfg(not(Py_LIMITED_API))] CO_FUTURE_ANNOTATIONS,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] CO_NO_MONITORING_EVENTS,
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))] CO_HAS_DOCSTRING,
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))] CO_METHOD,
        #[cfg(not(Py_LIMITED_API))] CO_MAXBLOCKS,
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))] Py_CONTEXT_SWITCHED,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyInterpreterConfig_DEFAULT_GIL,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyInterpreterConfig_SHARED_GIL,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyInterpreterConfig_OWN_GIL,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_SKIP,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_PY_FUNCTION,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_BUILTIN_FUNCTION,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KIND_METHOD_DESCRIPTOR,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyUnstable_EXECUTABLE_KINDS,
    }

    // The one build-dependent value of `_PyInterpreterConfig_LEGACY_INIT`.
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    out.push(Check {
        key: "_PyInterpreterConfig_LEGACY_CHECK_MULTI_INTERP_EXTENSIONS".to_string(),
        c_expr: "_PyInterpreterConfig_LEGACY_CHECK_MULTI_INTERP_EXTENSIONS".to_string(),
        rust: pyo3::ffi::_PyInterpreterConfig_LEGACY_INIT.check_multi_interp_extensions as i128,
    });

    enum_values! { out;
        PyGILState_STATE::PyGILState_LOCKED,
        PyGILState_STATE::PyGILState_UNLOCKED,
        PyLockStatus::PY_LOCK_FAILURE,
        PyLockStatus::PY_LOCK_ACQUIRED,
        PyLockStatus::PY_LOCK_INTR,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorDomain::PYMEM_DOMAIN_RAW,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorDomain::PYMEM_DOMAIN_MEM,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorDomain::PYMEM_DOMAIN_OBJ,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorName::PYMEM_ALLOCATOR_NOT_SET,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorName::PYMEM_ALLOCATOR_DEFAULT,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorName::PYMEM_ALLOCATOR_DEBUG,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorName::PYMEM_ALLOCATOR_MALLOC,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorName::PYMEM_ALLOCATOR_MALLOC_DEBUG,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorName::PYMEM_ALLOCATOR_PYMALLOC,
        #[cfg(not(Py_LIMITED_API))] PyMemAllocatorName::PYMEM_ALLOCATOR_PYMALLOC_DEBUG,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))] PyMemAllocatorName::PYMEM_ALLOCATOR_MIMALLOC,
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
        PyMemAllocatorName::PYMEM_ALLOCATOR_MIMALLOC_DEBUG,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyCodeEvent::PY_CODE_EVENT_CREATE,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))] PyCodeEvent::PY_CODE_EVENT_DESTROY,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyFunction_WatchEvent::PyFunction_EVENT_CREATE,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyFunction_WatchEvent::PyFunction_EVENT_DESTROY,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyFunction_WatchEvent::PyFunction_EVENT_MODIFY_CODE,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyFunction_WatchEvent::PyFunction_EVENT_MODIFY_DEFAULTS,
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        PyFunction_WatchEvent::PyFunction_EVENT_MODIFY_KWDEFAULTS,
        #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
        PyFunction_WatchEvent::PyFunction_EVENT_MODIFY_QUALNAME,
        #[cfg(not(Py_LIMITED_API))] _PyStatus_TYPE::_PyStatus_TYPE_OK,
        #[cfg(not(Py_LIMITED_API))] _PyStatus_TYPE::_PyStatus_TYPE_ERROR,
        #[cfg(not(Py_LIMITED_API))] _PyStatus_TYPE::_PyStatus_TYPE_EXIT,
    }
}
