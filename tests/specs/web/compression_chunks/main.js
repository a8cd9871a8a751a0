// "hello hello hello" compressed by Python's gzip and zlib modules.
const gzip = Uint8Array.from(atob("H4sIAAAAAAACA8tIzcnJV8hAkACAiPnlEQAAAA=="), (c) => c.charCodeAt(0));
const deflate = Uint8Array.from(atob("eJzLSM3JyVfIQJAAOi4GfQ=="), (c) => c.charCodeAt(0));
for (const [format, bytes] of [["gzip", gzip], ["deflate", deflate]]) {
  const ds = new DecompressionStream(format);
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  writer.write(bytes);
  const { value, done } = await reader.read();
  console.log(format, done, new TextDecoder().decode(value));
  await writer.close();
  console.log(format, (await reader.read()).done);
}

for (const format of ["gzip", "deflate", "deflate-raw"]) {
  for (const chunk of [new SharedArrayBuffer(4), new Uint8Array(new SharedArrayBuffer(4)), new DataView(new SharedArrayBuffer(4))]) {
    for (const Stream of [CompressionStream, DecompressionStream]) {
      const stream = new Stream(format);
      const writer = stream.writable.getWriter();
      const reader = stream.readable.getReader();
      // A write waits for a read (the readable side's high-water mark is 0): start both.
      const [written, read] = await Promise.all([
        writer.write(chunk).then(() => "written", (e) => e.name),
        reader.read().then(() => "read", (e) => e.name),
      ]);
      console.log(Stream.name, format, chunk.constructor.name, written, read);
    }
  }
}
