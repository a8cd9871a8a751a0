//! The WHATWG Streams Standard: `ReadableStream` (default and byte streams, readers,
//! `tee`, pipes, async iteration, `from`), `WritableStream`, `TransformStream` and the
//! queuing strategies, in `01_streams.js` (the spec's abstract operations, step by step).
//!
//! The Rust half is the byte plumbing between JS streams and Rust I/O, shared by every
//! extension that moves bodies (fetch now, the HTTP server next):
//! - [`ByteStreamResource`]: a Rust byte stream (a response body) that JS reads chunk by
//!   chunk as a `ReadableStream` (`readableStreamForRid` in JS).
//! - the stream sink (`op_stream_sink_*`, [`take_stream_sink`]): a JS `ReadableStream`
//!   (a request body) whose chunks Rust receives as a `Stream` of `Bytes`
//!   (`resourceForReadableStream` in JS).
//!
//! - the codecs of `CompressionStream`/`DecompressionStream` (`03_compression.js` over
//!   `compression.rs`: deflate, deflate-raw and gzip on flate2).
//!
//! Clients: `x_worker` registers the extension; `x_ext_fetch` uses both resources.

mod compression;
mod ops;

pub use ops::{take_stream_sink, BoxedByteStream, ByteStreamResource, SinkStream};

deno_core::extension!(
    x_ext_streams,
    ops = [
        ops::op_stream_sink_new,
        ops::op_stream_sink_write,
        ops::op_stream_sink_close,
        ops::op_stream_sink_error,
        compression::op_compression_new,
        compression::op_compression_write,
        compression::op_compression_finish
    ],
    customizer = |ext: &mut deno_core::Extension| {
        ext.lazy_loaded_esm_files = x_ext_embed::esm!(
            x_ext_streams,
            "01_streams.js",
            "02_text_streams.js",
            "03_compression.js"
        );
    },
);
