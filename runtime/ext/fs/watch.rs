//! `Deno.watchFs`: a `notify` watcher whose events are queued on a channel and handed to
//! JavaScript one at a time (`op_fs_events_poll`). Closing the resource drops the watcher
//! and ends the iteration.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use deno_core::{
    op2, AsyncRefCell, CancelFuture, CancelHandle, OpState, RcRef, Resource, ResourceId,
};
use deno_error::JsErrorBox;
use notify::event::{AccessKind, EventKind, ModifyKind, RenameMode};
use notify::{RecursiveMode, Watcher};
use serde::Serialize;
use tokio::sync::mpsc;

use crate::ops::{FsError, FsOpError};

/// One `Deno.FsEvent`.
#[derive(Serialize, Debug, Clone)]
pub struct FsEvent {
    kind: &'static str,
    paths: Vec<String>,
    /// `null` unless the OS lost events (`"rescan"`); the key is always there, as in Deno.
    flag: Option<&'static str>,
}

/// Deno's name for an event, or `None` for the ones Deno does not report: opening and
/// reading a file (Deno's watcher only sees a file being closed after writing). The
/// first half of a rename is the old name going away: `remove`, as Deno reports it.
fn kind_name(kind: &EventKind) -> Option<&'static str> {
    Some(match kind {
        EventKind::Any => "any",
        EventKind::Access(AccessKind::Open(_) | AccessKind::Read) => return None,
        EventKind::Access(_) => "access",
        EventKind::Create(_) => "create",
        EventKind::Modify(ModifyKind::Name(RenameMode::From)) => "remove",
        EventKind::Modify(ModifyKind::Name(_)) => "rename",
        EventKind::Modify(_) => "modify",
        EventKind::Remove(_) => "remove",
        EventKind::Other => "other",
    })
}

struct WatcherResource {
    /// Kept alive for as long as the resource; dropping it stops watching.
    _watcher: notify::RecommendedWatcher,
    receiver: AsyncRefCell<mpsc::UnboundedReceiver<Result<FsEvent, String>>>,
    cancel: CancelHandle,
}

impl Resource for WatcherResource {
    fn name(&self) -> Cow<'_, str> {
        "fsEvents".into()
    }

    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

#[op2]
#[smi]
pub fn op_fs_events_open(
    state: &mut OpState,
    recursive: bool,
    #[serde] paths: Vec<String>,
) -> Result<ResourceId, FsOpError> {
    for path in &paths {
        state
            .borrow::<x_permissions::PermissionsContainer>()
            .check_read(path, "Deno.watchFs()")?;
    }
    let (sender, receiver) = mpsc::unbounded_channel();
    let mut watcher = notify::recommended_watcher(move |result: notify::Result<notify::Event>| {
        let message = match result {
            Ok(event) => {
                let Some(kind) = kind_name(&event.kind) else {
                    return;
                };
                let flag = event.flag().map(|_| "rescan");
                Ok(FsEvent {
                    kind,
                    paths: event
                        .paths
                        .iter()
                        .map(|p| p.to_string_lossy().into_owned())
                        .collect(),
                    flag,
                })
            }
            Err(e) => Err(e.to_string()),
        };
        let _ = sender.send(message);
    })
    .map_err(|e| JsErrorBox::generic(e.to_string()))?;
    let mode = if recursive {
        RecursiveMode::Recursive
    } else {
        RecursiveMode::NonRecursive
    };
    for path in &paths {
        watcher
            .watch(Path::new(path), mode)
            .map_err(|e| match e.kind {
                notify::ErrorKind::Io(io) if io.kind() != std::io::ErrorKind::NotFound => {
                    FsOpError::from(FsError::new(io, format!("watch '{path}'")))
                }
                // Deno's words for a path that is not there (class NotFound, no `code`).
                notify::ErrorKind::Io(_) | notify::ErrorKind::PathNotFound => {
                    FsOpError::from(JsErrorBox::new("NotFound", "No path was found."))
                }
                other => FsOpError::from(JsErrorBox::generic(format!("{other:?}: watch '{path}'"))),
            })?;
    }
    let resource = WatcherResource {
        _watcher: watcher,
        receiver: AsyncRefCell::new(receiver),
        cancel: CancelHandle::new(),
    };
    Ok(state.resource_table.add(resource))
}

/// The next event, or `null` once the watcher is closed.
#[op2]
#[serde]
pub async fn op_fs_events_poll(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
) -> Result<Option<FsEvent>, JsErrorBox> {
    let Ok(resource) = state.borrow().resource_table.get::<WatcherResource>(rid) else {
        return Ok(None);
    };
    let mut receiver = RcRef::map(&resource, |r| &r.receiver).borrow_mut().await;
    let cancel = RcRef::map(&resource, |r| &r.cancel);
    match receiver.recv().or_cancel(cancel).await {
        Ok(Some(Ok(event))) => Ok(Some(event)),
        Ok(Some(Err(message))) => Err(JsErrorBox::generic(message)),
        Ok(None) | Err(_) => Ok(None),
    }
}
