// Chunks split inside a multi-byte character and inside a surrogate pair.
const bytes = new TextEncoder().encode("héllo 😀 wörld");
const chunks = [bytes.slice(0, 2), bytes.slice(2, 9), bytes.slice(9)];
const decoded = ReadableStream.from(chunks).pipeThrough(new TextDecoderStream());
let text = "";
for await (const part of decoded) text += part;
console.log(text);
const encoded = ReadableStream.from(["a\uD83D", "\uDE00b", "\uD83D"]).pipeThrough(new TextEncoderStream());
const out: number[] = [];
for await (const part of encoded) out.push(...part);
console.log(out.join(" "));
const stream = new TextDecoderStream("utf-16le", { fatal: true });
console.log(stream.encoding, stream.fatal, stream.ignoreBOM, new TextEncoderStream().encoding);
try {
  new TextDecoderStream("nope");
} catch (e) {
  console.log((e as Error).name);
}
const failing = ReadableStream.from([new Uint8Array([0xff])]).pipeThrough(new TextDecoderStream("utf-8", { fatal: true }));
await failing.getReader().read().catch((e) => console.log(e.name));
