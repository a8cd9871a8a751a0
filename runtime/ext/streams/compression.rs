//! The codecs behind `CompressionStream` and `DecompressionStream` (Compression Streams
//! Standard: "deflate" = zlib, "deflate-raw" = raw DEFLATE, "gzip"), on flate2. Each stream
//! owns one resource; JS hands it chunks and gets back whatever output they released, then
//! finishes it once at the end of input.
//!
//! Decompression must fail on input that is not one whole stream: bytes after the end of
//! the compressed data, or input that ends early. flate2's writer types finish a truncated
//! zlib or raw stream without complaint, so those two drive `Decompress` directly and watch
//! for `Status::StreamEnd`; gzip's decoder checks its 8-byte trailer itself.

use std::cell::RefCell;
use std::io::Write;

use deno_core::{op2, JsBuffer, OpState, Resource, ResourceId};
use deno_error::JsErrorBox;
use flate2::write::{DeflateEncoder, GzDecoder, GzEncoder, ZlibEncoder};
use flate2::{Compression, Decompress, FlushDecompress, Status};

/// Output space added before each step of the raw decoder.
const OUTPUT_STEP: usize = 32 * 1024;

enum Codec {
    Zlib(ZlibEncoder<Vec<u8>>),
    Raw(DeflateEncoder<Vec<u8>>),
    Gzip(GzEncoder<Vec<u8>>),
    /// zlib (`zlib_header: true`) or raw DEFLATE; `ended` once the stream's end was read.
    Inflate {
        state: Box<Decompress>,
        ended: bool,
    },
    Gunzip(GzDecoder<Vec<u8>>),
}

struct CodecResource(RefCell<Codec>);

impl Resource for CodecResource {
    fn name(&self) -> std::borrow::Cow<'_, str> {
        "compressionCodec".into()
    }
}

fn new_codec(format: &str, decompress: bool) -> Result<Codec, JsErrorBox> {
    let level = Compression::default();
    Ok(match (format, decompress) {
        ("deflate", false) => Codec::Zlib(ZlibEncoder::new(Vec::new(), level)),
        ("deflate-raw", false) => Codec::Raw(DeflateEncoder::new(Vec::new(), level)),
        ("gzip", false) => Codec::Gzip(GzEncoder::new(Vec::new(), level)),
        ("deflate", true) => Codec::Inflate {
            state: Box::new(Decompress::new(true)),
            ended: false,
        },
        ("deflate-raw", true) => Codec::Inflate {
            state: Box::new(Decompress::new(false)),
            ended: false,
        },
        ("gzip", true) => Codec::Gunzip(GzDecoder::new(Vec::new())),
        _ => {
            return Err(JsErrorBox::type_error(format!(
                "Unsupported compression format: '{format}'"
            )))
        }
    })
}

fn corrupt(detail: impl std::fmt::Display) -> JsErrorBox {
    JsErrorBox::type_error(format!("The compressed data is not valid: {detail}"))
}

/// Runs `input` through a zlib/raw decoder, appending to `out`; `finish` at the end of
/// input. Errors on bytes after the end of the stream and, when finishing, on a stream
/// that has not ended.
fn inflate(
    state: &mut Decompress,
    ended: &mut bool,
    mut input: &[u8],
    out: &mut Vec<u8>,
    finish: bool,
) -> Result<(), JsErrorBox> {
    let flush = if finish {
        FlushDecompress::Finish
    } else {
        FlushDecompress::None
    };
    while !*ended {
        if out.capacity() - out.len() < OUTPUT_STEP / 2 {
            out.reserve(OUTPUT_STEP);
        }
        let (in_before, out_before) = (state.total_in(), state.total_out());
        let status = state.decompress_vec(input, out, flush).map_err(corrupt)?;
        let consumed = (state.total_in() - in_before) as usize;
        let produced = state.total_out() - out_before;
        input = &input[consumed..];
        if status == Status::StreamEnd {
            *ended = true;
        } else if consumed == 0 && produced == 0 {
            break;
        }
    }
    if *ended && !input.is_empty() {
        return Err(corrupt(
            "there are bytes after the end of the compressed stream",
        ));
    }
    if finish && !*ended {
        return Err(corrupt("the input ended before the compressed stream did"));
    }
    Ok(())
}

impl Codec {
    fn write(&mut self, chunk: &[u8]) -> Result<Vec<u8>, JsErrorBox> {
        let io = |e: std::io::Error| corrupt(e);
        Ok(match self {
            Codec::Zlib(e) => {
                e.write_all(chunk).map_err(io)?;
                std::mem::take(e.get_mut())
            }
            Codec::Raw(e) => {
                e.write_all(chunk).map_err(io)?;
                std::mem::take(e.get_mut())
            }
            Codec::Gzip(e) => {
                e.write_all(chunk).map_err(io)?;
                std::mem::take(e.get_mut())
            }
            Codec::Inflate { state, ended } => {
                let mut out = Vec::new();
                inflate(state, ended, chunk, &mut out, false)?;
                out
            }
            Codec::Gunzip(d) => {
                d.write_all(chunk).map_err(|e| match e.kind() {
                    std::io::ErrorKind::WriteZero => {
                        corrupt("there are bytes after the end of the compressed stream")
                    }
                    _ => corrupt(e),
                })?;
                // The writer keeps what it inflated in its own buffer until the next
                // write; flushing hands it over now, so a chunk's output is not held back.
                d.flush().map_err(io)?;
                std::mem::take(d.get_mut())
            }
        })
    }

    fn finish(&mut self) -> Result<Vec<u8>, JsErrorBox> {
        let io = |e: std::io::Error| corrupt(e);
        Ok(match self {
            Codec::Zlib(e) => {
                e.try_finish().map_err(io)?;
                std::mem::take(e.get_mut())
            }
            Codec::Raw(e) => {
                e.try_finish().map_err(io)?;
                std::mem::take(e.get_mut())
            }
            Codec::Gzip(e) => {
                e.try_finish().map_err(io)?;
                std::mem::take(e.get_mut())
            }
            Codec::Inflate { state, ended } => {
                let mut out = Vec::new();
                inflate(state, ended, &[], &mut out, true)?;
                out
            }
            Codec::Gunzip(d) => {
                d.try_finish()
                    .map_err(|_| corrupt("the input ended before the compressed stream did"))?;
                std::mem::take(d.get_mut())
            }
        })
    }
}

/// A codec for `format` ("deflate", "deflate-raw", "gzip"), compressing or decompressing.
#[op2(fast)]
#[smi]
pub fn op_compression_new(
    state: &mut OpState,
    #[string] format: &str,
    decompress: bool,
) -> Result<ResourceId, JsErrorBox> {
    let codec = new_codec(format, decompress)?;
    Ok(state.resource_table.add(CodecResource(RefCell::new(codec))))
}

/// The output `chunk` releases (possibly empty). A decoding error closes the codec.
#[op2]
#[buffer]
pub fn op_compression_write(
    state: &mut OpState,
    #[smi] rid: ResourceId,
    #[buffer] chunk: JsBuffer,
) -> Result<Vec<u8>, JsErrorBox> {
    let resource = state
        .resource_table
        .get::<CodecResource>(rid)
        .map_err(JsErrorBox::from_err)?;
    let result = resource.0.borrow_mut().write(&chunk);
    if result.is_err() {
        if let Ok(resource) = state.resource_table.take_any(rid) {
            resource.close();
        }
    }
    result
}

/// The rest of the output at the end of input; closes the codec.
#[op2]
#[buffer]
pub fn op_compression_finish(
    state: &mut OpState,
    #[smi] rid: ResourceId,
) -> Result<Vec<u8>, JsErrorBox> {
    let resource = state
        .resource_table
        .take::<CodecResource>(rid)
        .map_err(JsErrorBox::from_err)?;
    let result = resource.0.borrow_mut().finish();
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(format: &str, decompress: bool, chunks: &[&[u8]]) -> Result<Vec<u8>, JsErrorBox> {
        let mut codec = new_codec(format, decompress)?;
        let mut out = Vec::new();
        for chunk in chunks {
            out.extend(codec.write(chunk)?);
        }
        out.extend(codec.finish()?);
        Ok(out)
    }

    #[test]
    fn every_format_round_trips_in_small_chunks() {
        let text: Vec<u8> = (0..100_000u32)
            .flat_map(|i| (i % 251).to_le_bytes())
            .collect();
        for format in ["deflate", "deflate-raw", "gzip"] {
            let packed = run(format, false, &[&text[..10], &text[10..]]).unwrap();
            assert!(packed.len() < text.len() / 4, "{format} compresses");
            let pieces: Vec<&[u8]> = packed.chunks(7).collect();
            assert_eq!(run(format, true, &pieces).unwrap(), text, "{format}");
        }
    }

    #[test]
    fn truncated_input_and_trailing_bytes_are_errors() {
        for format in ["deflate", "deflate-raw", "gzip"] {
            let packed = run(format, false, &[b"hello hello hello"]).unwrap();
            let cut = &packed[..packed.len() - 3];
            assert!(run(format, true, &[cut]).is_err(), "{format} truncated");
            let mut longer = packed.clone();
            longer.extend_from_slice(b"extra");
            assert!(
                run(format, true, &[&longer]).is_err(),
                "{format} trailing bytes"
            );
        }
    }

    #[test]
    fn unknown_formats_are_refused() {
        assert!(new_codec("brotli", false).is_err());
    }
}
