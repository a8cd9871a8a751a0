//! The Fetch Standard and the File API's blobs: `Headers`, `Blob`, `File`, `FormData`,
//! `Request`, `Response` and `fetch`.
//!
//! The JS follows the specs' algorithms (and Deno where Deno deliberately departs from a
//! browser: no forbidden header names, no CORS). The network is Rust: `op_fetch` runs a
//! request on reqwest (rustls), follows redirects per request mode, and returns the
//! response body as an `x_ext_streams::ByteStreamResource`; a `ReadableStream` request
//! body goes out through a stream sink, chunk by chunk. Bodies are kept as bytes, a
//! stream or a resource until something needs another form, so `await res.text()` on a
//! network response is one `core.readAll` and no JS stream machinery.
//!
//! Clients: `x_worker` registers it and exposes the globals in `99_main.js`; the HTTP
//! server will reuse `22_body.js` and the stream resources for its requests and responses.

mod multipart;
mod ops;

pub use ops::{FetchClient, FetchClientFactory};

deno_core::extension!(
    x_ext_fetch,
    ops = [ops::op_fetch, ops::op_fetch_multipart_parse],
    customizer = |ext: &mut deno_core::Extension| {
        ext.lazy_loaded_esm_files = x_ext_embed::esm!(
            x_ext_fetch,
            "00_mimesniff.js",
            "10_blob.js",
            "11_blob_url.js",
            "12_file_reader.js",
            "20_headers.js",
            "21_formdata.js",
            "22_body.js",
            "23_request.js",
            "23_response.js",
            "26_fetch.js",
            "mod.js",
        );
    },
);
