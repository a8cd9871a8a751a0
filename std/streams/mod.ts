/**
 * Utilities for working with the Web Streams API: reading whole streams,
 * splitting, slicing, limiting, merging and zipping streams, and a byte
 * `Buffer` with stream sides.
 *
 * ```ts
 * import { TextLineStream, toText } from "@std/streams";
 * const lines = ReadableStream.from(["a\nb\n"]).pipeThrough(new TextLineStream());
 * await Array.fromAsync(lines); // ["a", "b"]
 * await toText(ReadableStream.from(["x", "y"])); // "xy"
 * ```
 *
 * @module
 */
export * from "./buffer.ts";
export * from "./byte_slice_stream.ts";
export * from "./concat_readable_streams.ts";
export * from "./delimiter_stream.ts";
export * from "./early_zip_readable_streams.ts";
export * from "./limited_bytes_transform_stream.ts";
export * from "./limited_transform_stream.ts";
export * from "./merge_readable_streams.ts";
export * from "./text_delimiter_stream.ts";
export * from "./text_line_stream.ts";
export * from "./to_array_buffer.ts";
export * from "./to_blob.ts";
export * from "./to_json.ts";
export * from "./to_text.ts";
export * from "./to_transform_stream.ts";
export * from "./zip_readable_streams.ts";
