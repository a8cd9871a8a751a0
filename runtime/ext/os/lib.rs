//! `Deno.env`, facts about the process and the machine (`pid`, `build`, `hostname`,
//! `osRelease`, `loadavg`, `memoryUsage`, ...), signal listeners, `Deno.errors` and
//! `Deno.permissions`. Environment access goes through [`interface::EnvStore`] so a
//! platform tenant can have its own variables; permissions through `x_permissions`.

pub mod interface;
pub mod ops;

use std::sync::Arc;

pub use interface::{EnvStore, ProcessEnv, RealEnv};

deno_core::extension!(
    x_ext_os,
    ops = [
        ops::op_env_get,
        ops::op_env_set,
        ops::op_env_delete,
        ops::op_env_to_object,
        ops::op_pid,
        ops::op_ppid,
        ops::op_exec_path,
        ops::op_build_info,
        ops::op_hostname,
        ops::op_os_release,
        ops::op_os_uptime,
        ops::op_loadavg,
        ops::op_uid,
        ops::op_gid,
        ops::op_system_memory_info,
        ops::op_memory_usage,
        ops::op_umask,
        ops::op_cpu_usage,
        ops::op_console_size,
        ops::op_network_interfaces,
        ops::op_signal_bind,
        ops::op_signal_poll,
        ops::op_permission_query,
        ops::op_permission_request,
        ops::op_permission_revoke,
    ],
    state = |state| {
        state.put(ProcessEnv(Arc::new(RealEnv)));
        if !state.has::<x_permissions::PermissionsContainer>() {
            state.put(x_permissions::PermissionsContainer::deny_all());
        }
    },
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files =
            x_ext_embed::esm!(x_ext_os, "01_errors.js", "30_os.js", "40_permissions.js");
    },
);
