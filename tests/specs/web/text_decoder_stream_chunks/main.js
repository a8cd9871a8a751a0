for (const chunk of [undefined, null, 1, "text", {}, [65]]) {
  const stream = new TextDecoderStream();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const [written, read] = await Promise.all([
    writer.write(chunk).then(() => "written", (e) => e.name),
    reader.read().then(() => "read", (e) => e.name),
  ]);
  console.log(String(chunk), written, read);
}
const shared = new Uint8Array(new SharedArrayBuffer(2));
shared.set([0x68, 0x69]);
const stream = new TextDecoderStream();
const writer = stream.writable.getWriter();
writer.write(shared);
writer.write(new Uint8Array([0x21]).buffer);
writer.close();
let text = "";
for await (const part of stream.readable) text += part;
console.log(text);
