//! The resources between Rust byte streams and JS `ReadableStream`s.

use std::borrow::Cow;
use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};

use bytes::Bytes;
use deno_core::futures::Stream;
use deno_core::{
    op2, AsyncRefCell, AsyncResult, BufMutView, BufView, CancelFuture, CancelHandle, JsBuffer,
    OpState, RcRef, Resource, ResourceId,
};
use deno_error::JsErrorBox;
use futures::StreamExt;
use tokio::sync::mpsc;

/// A byte stream from Rust I/O. Not `Send`: it lives on the JS thread.
pub type BoxedByteStream = Pin<Box<dyn Stream<Item = Result<Bytes, JsErrorBox>>>>;

/// A Rust byte source that JS reads with `core.read` (and `core.readAll`). Closing the
/// resource (JS cancelled the stream, or aborted the request) cancels a pending read and
/// drops the source, which for a network body closes the connection's stream.
pub struct ByteStreamResource {
    name: &'static str,
    inner: AsyncRefCell<ByteStreamState>,
    cancel: CancelHandle,
    size_hint: (u64, Option<u64>),
}

struct ByteStreamState {
    stream: Option<BoxedByteStream>,
    /// The part of the last chunk that did not fit the reader's buffer.
    leftover: Bytes,
}

impl ByteStreamResource {
    /// `size_hint` is (lower bound, exact length if known), e.g. from `content-length`.
    pub fn new(name: &'static str, stream: BoxedByteStream, size_hint: (u64, Option<u64>)) -> Self {
        ByteStreamResource {
            name,
            inner: AsyncRefCell::new(ByteStreamState {
                stream: Some(stream),
                leftover: Bytes::new(),
            }),
            cancel: CancelHandle::new(),
            size_hint,
        }
    }

    /// The next non-empty chunk, at most `limit` bytes; empty at the end.
    async fn next_chunk(self: Rc<Self>, limit: usize) -> Result<Bytes, JsErrorBox> {
        let mut state = RcRef::map(&self, |r| &r.inner).borrow_mut().await;
        let cancel = RcRef::map(&self, |r| &r.cancel);
        while state.leftover.is_empty() {
            let Some(stream) = state.stream.as_mut() else {
                return Ok(Bytes::new());
            };
            match stream.next().or_cancel(cancel.clone()).await {
                Ok(Some(Ok(chunk))) => state.leftover = chunk,
                Ok(Some(Err(error))) => {
                    state.stream = None;
                    return Err(error);
                }
                Ok(None) => {
                    state.stream = None;
                    return Ok(Bytes::new());
                }
                Err(canceled) => return Err(JsErrorBox::from_err(canceled)),
            }
        }
        let n = limit.min(state.leftover.len());
        Ok(state.leftover.split_to(n))
    }
}

impl Resource for ByteStreamResource {
    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.name)
    }

    fn read(self: Rc<Self>, limit: usize) -> AsyncResult<BufView> {
        Box::pin(async move { self.next_chunk(limit).await.map(BufView::from) })
    }

    fn read_byob(self: Rc<Self>, mut buf: BufMutView) -> AsyncResult<(usize, BufMutView)> {
        Box::pin(async move {
            let chunk = self.next_chunk(buf.len()).await?;
            buf[..chunk.len()].copy_from_slice(&chunk);
            Ok((chunk.len(), buf))
        })
    }

    fn size_hint(&self) -> (u64, Option<u64>) {
        self.size_hint
    }

    fn close(self: Rc<Self>) {
        self.cancel.cancel();
    }
}

/// How many chunks JS may write ahead of the Rust consumer.
const SINK_CAPACITY: usize = 4;

/// The sending end of a JS stream's bytes (see `resourceForReadableStream`).
struct StreamSinkResource {
    tx: RefCell<Option<mpsc::Sender<Bytes>>>,
    receiver: RefCell<Option<SinkStream>>,
    error: Arc<Mutex<Option<String>>>,
}

impl Resource for StreamSinkResource {
    fn name(&self) -> Cow<'_, str> {
        Cow::Borrowed("streamSink")
    }
}

/// The bytes of a JS `ReadableStream`, for Rust: `Send`, so it can be an HTTP body. It
/// ends with an error when the JS stream errored (or yielded something not a byte array).
pub struct SinkStream {
    rx: mpsc::Receiver<Bytes>,
    error: Arc<Mutex<Option<String>>>,
}

impl Stream for SinkStream {
    type Item = Result<Bytes, std::io::Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        match self.rx.poll_recv(cx) {
            Poll::Ready(Some(chunk)) => Poll::Ready(Some(Ok(chunk))),
            Poll::Ready(None) => {
                let error = self.error.lock().unwrap_or_else(|e| e.into_inner()).take();
                Poll::Ready(error.map(|message| Err(std::io::Error::other(message))))
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

/// Takes the receiving end of a stream sink made by `resourceForReadableStream`. The
/// resource stays in the table (JS closes it when the stream ends); a second take fails.
pub fn take_stream_sink(state: &mut OpState, rid: ResourceId) -> Result<SinkStream, JsErrorBox> {
    let resource = state
        .resource_table
        .get::<StreamSinkResource>(rid)
        .map_err(JsErrorBox::from_err)?;
    let taken = resource.receiver.borrow_mut().take();
    taken.ok_or_else(|| JsErrorBox::type_error("The stream body was already taken"))
}

#[op2(fast)]
#[smi]
pub fn op_stream_sink_new(state: &mut OpState) -> ResourceId {
    let (tx, rx) = mpsc::channel(SINK_CAPACITY);
    let error = Arc::new(Mutex::new(None));
    state.resource_table.add(StreamSinkResource {
        tx: RefCell::new(Some(tx)),
        receiver: RefCell::new(Some(SinkStream {
            rx,
            error: error.clone(),
        })),
        error,
    })
}

/// Sends one chunk, waiting while the consumer is behind. `false` when the consumer is
/// gone (the JS side then cancels its stream).
#[op2]
pub async fn op_stream_sink_write(
    state: Rc<RefCell<OpState>>,
    #[smi] rid: ResourceId,
    #[buffer] chunk: JsBuffer,
) -> bool {
    let tx = {
        let state = state.borrow();
        let Ok(resource) = state.resource_table.get::<StreamSinkResource>(rid) else {
            return false;
        };
        let tx = resource.tx.borrow().clone();
        tx
    };
    match tx {
        Some(tx) => tx.send(Bytes::copy_from_slice(&chunk)).await.is_ok(),
        None => false,
    }
}

/// The JS stream ended: the consumer sees the end of its stream.
#[op2(fast)]
pub fn op_stream_sink_close(state: &mut OpState, #[smi] rid: ResourceId) {
    if let Ok(resource) = state.resource_table.take::<StreamSinkResource>(rid) {
        resource.tx.borrow_mut().take();
    }
}

/// The JS stream errored: the consumer's stream ends with this error.
#[op2(fast)]
pub fn op_stream_sink_error(state: &mut OpState, #[smi] rid: ResourceId, #[string] message: &str) {
    if let Ok(resource) = state.resource_table.take::<StreamSinkResource>(rid) {
        *resource.error.lock().unwrap_or_else(|e| e.into_inner()) = Some(message.to_string());
        resource.tx.borrow_mut().take();
    }
}
