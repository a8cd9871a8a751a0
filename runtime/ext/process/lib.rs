//! `Deno.Command` and child processes, `Deno.kill`, and `Deno.stdin`/`stdout`/`stderr`.
//! Running a program is checked against `--allow-run` in Rust; how a program is started is
//! the [`interface::Spawner`] in `OpState`, so a platform tenant can be given none.

pub mod interface;
pub mod ops;

use std::sync::Arc;

pub use interface::{RealSpawner, Spawner, SpawnerHandle};

deno_core::extension!(
    x_ext_process,
    ops = [
        ops::op_spawn_sync,
        ops::op_spawn_output,
        ops::op_spawn_child,
        ops::op_spawn_wait,
        ops::op_spawn_kill,
        ops::op_kill,
        ops::op_stdio_rids,
        ops::op_stdin_set_raw,
    ],
    state = |state| {
        state.put(SpawnerHandle(Arc::new(RealSpawner)));
        if !state.has::<x_permissions::PermissionsContainer>() {
            state.put(x_permissions::PermissionsContainer::deny_all());
        }
        let table = &mut state.resource_table;
        let rids = [
            table.add(ops::StdioResource(ops::StdStream::In)),
            table.add(ops::StdioResource(ops::StdStream::Out)),
            table.add(ops::StdioResource(ops::StdStream::Err)),
        ];
        state.put(ops::StdioRids(rids));
    },
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_ext_process, "40_process.js");
    },
);
