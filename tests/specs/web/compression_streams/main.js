const text = "compress me, ".repeat(500);
const bytes = (base64) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const through = (data, stream) => new Response(new Blob([data]).stream().pipeThrough(stream));
const failure = (error) => `${error.name}: ${error.message}`;

for (const format of ["gzip", "deflate", "deflate-raw"]) {
  const packed = await through(text, new CompressionStream(format)).bytes();
  const unpacked = await through(packed, new DecompressionStream(format)).text();
  console.log(format, "smaller:", packed.length < text.length / 10, "round trip:", unpacked === text);

  const decoder = new DecompressionStream(format);
  const writer = decoder.writable.getWriter();
  const written = (async () => {
    for (const byte of packed) await writer.write(new Uint8Array([byte]));
    await writer.close();
  })();
  console.log(format, "byte by byte:", (await new Response(decoder.readable).text()) === text);
  await written;

  console.log(format, "truncated:", await through(packed.slice(0, -4), new DecompressionStream(format)).text().catch(failure));
  const trailing = new Uint8Array([...packed, 0, 1]);
  console.log(format, "trailing:", await through(trailing, new DecompressionStream(format)).text().catch(failure));
}

console.log(await through(bytes("H4sIAAAAAAACA8vIVEgrys9VKKgsycjP4wIAdv6jtA8AAAA="), new DecompressionStream("gzip")).text());
console.log(await through(bytes("eJyryslMUkgrys9VKKgsycjPAwA0kgZI"), new DecompressionStream("deflate")).text());
console.log(await through(bytes("K0osV0grys9VKKgsycjPAwA="), new DecompressionStream("deflate-raw")).text());
console.log("empty gzip:", (await through(new Uint8Array(0), new CompressionStream("gzip")).bytes()).length);

const mixed = new CompressionStream("deflate");
const mixedWriter = mixed.writable.getWriter();
mixedWriter.write(new ArrayBuffer(3));
mixedWriter.write(new DataView(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2));
mixedWriter.write(new Uint16Array([0x0101]));
mixedWriter.close();
console.log("ArrayBuffer, DataView, Uint16Array:", await new Response(mixed.readable.pipeThrough(new DecompressionStream("deflate"))).bytes());

const bad = new CompressionStream("gzip");
const read = bad.readable.getReader().read().catch(failure);
console.log("string chunk:", await bad.writable.getWriter().write("text").catch(failure), "/", await read);

for (const format of ["brotli", "GZIP", undefined]) {
  try {
    new CompressionStream(format);
  } catch (error) {
    console.log(String(format), failure(error));
  }
}
console.log(Object.prototype.toString.call(new DecompressionStream("gzip")));
try {
  structuredClone(new CompressionStream("gzip"));
} catch (error) {
  console.log("structuredClone:", error.name);
}
