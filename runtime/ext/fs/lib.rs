//! Deno's file system API (`Deno.readFile`, `Deno.open` and `Deno.FsFile`, `stat`,
//! `readDir`, `mkdir`, `remove`, `watchFs`, ...). Every op checks the program's
//! permissions in Rust (`x_permissions`) before it touches the disk, through the
//! [`interface::FileSystem`] in `OpState` (the real one unless an embedder puts another).
//!
//! `01_io.js` holds the stream adapters over resources that `x_ext_process` reuses.

pub mod interface;
pub mod ops;
pub mod tty;
pub mod watch;

use std::sync::Arc;

pub use interface::{FileSystem, FsHandle, RealFs};

deno_core::extension!(
    x_ext_fs,
    ops = [
        ops::op_fs_read_file_sync,
        ops::op_fs_read_file_async,
        ops::op_fs_read_text_file_sync,
        ops::op_fs_read_text_file_async,
        ops::op_fs_write_file_sync,
        ops::op_fs_write_file_async,
        ops::op_fs_write_text_file_sync,
        ops::op_fs_write_text_file_async,
        ops::op_fs_stat_sync,
        ops::op_fs_stat_async,
        ops::op_fs_read_dir_sync,
        ops::op_fs_read_dir_async,
        ops::op_fs_mkdir_sync,
        ops::op_fs_mkdir_async,
        ops::op_fs_remove_sync,
        ops::op_fs_remove_async,
        ops::op_fs_chmod_sync,
        ops::op_fs_chmod_async,
        ops::op_fs_chown_sync,
        ops::op_fs_chown_async,
        ops::op_fs_truncate_sync,
        ops::op_fs_truncate_async,
        ops::op_fs_utime_sync,
        ops::op_fs_utime_async,
        ops::op_fs_rename_sync,
        ops::op_fs_rename_async,
        ops::op_fs_copy_file_sync,
        ops::op_fs_copy_file_async,
        ops::op_fs_link_sync,
        ops::op_fs_link_async,
        ops::op_fs_symlink_sync,
        ops::op_fs_symlink_async,
        ops::op_fs_realpath_sync,
        ops::op_fs_realpath_async,
        ops::op_fs_read_link_sync,
        ops::op_fs_read_link_async,
        ops::op_fs_make_temp_sync,
        ops::op_fs_make_temp_async,
        ops::op_fs_cwd,
        ops::op_fs_chdir,
        ops::op_fs_open_sync,
        ops::op_fs_open_async,
        ops::op_fs_seek_sync,
        ops::op_fs_seek_async,
        ops::op_fs_fstat_sync,
        ops::op_fs_fstat_async,
        ops::op_fs_file_op_sync,
        ops::op_fs_file_op_async,
        ops::op_fs_set_raw,
        watch::op_fs_events_open,
        watch::op_fs_events_poll,
    ],
    state = |state| {
        state.put(FsHandle(Arc::new(RealFs)));
        if !state.has::<x_permissions::PermissionsContainer>() {
            state.put(x_permissions::PermissionsContainer::deny_all());
        }
    },
    customizer = |ext: &mut deno_core::Extension| {
        ext.esm_files = x_ext_embed::esm!(x_ext_fs, "01_io.js", "30_fs.js");
    },
);
