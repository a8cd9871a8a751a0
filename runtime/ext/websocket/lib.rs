//! WebSockets for JavaScript: the `WebSocket` class (a client, `new WebSocket("ws://…")`),
//! the server side of a socket that `Deno.upgradeWebSocket` hands a handler, and the
//! `MessageEvent`/`CloseEvent` they fire.
//!
//! Both ends are the same resource ([`WebSocketResource`]): a task owns the
//! tokio-tungstenite stream, writes the frames JS sends in the order it sent them, and
//! turns what arrives into events JS takes one by one (`op_ws_next_event`), so a socket
//! nobody reads pushes back on its peer instead of buffering without limit.
//!
//! Clients: `x_worker` registers it and exposes the globals; `x_ext_http` makes the
//! server sockets over hyper's upgraded connections ([`WebSocketResource::accept`]).

mod ops;

pub use ops::{accept_key, PublicAddressesOnly, WebSocketResource};

deno_core::extension!(
    x_ext_websocket,
    ops = [
        ops::op_ws_check_permission,
        ops::op_ws_connect,
        ops::op_ws_next_event,
        ops::op_ws_send_text,
        ops::op_ws_send_binary,
        ops::op_ws_close,
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.lazy_loaded_esm_files = x_ext_embed::esm!(x_ext_websocket, "01_websocket.js");
    },
);
