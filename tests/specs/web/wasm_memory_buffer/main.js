const memory = new WebAssembly.Memory({ initial: 1 });
for (const method of ["transfer", "transferToFixedLength"]) {
  try {
    memory.buffer[method]();
    console.log(method, "transferred");
  } catch (e) {
    console.log(method, e.name);
  }
}
console.log(memory.buffer.detached, memory.buffer.byteLength);
console.log(new ArrayBuffer(4).transfer().byteLength);

let controller;
const stream = new ReadableStream({ type: "bytes", start(c) { controller = c; } });
try {
  controller.enqueue(new Uint8Array(memory.buffer, 0, 1));
} catch (e) {
  console.log("enqueue", e.name);
}
const reader = new ReadableStream({ type: "bytes" }).getReader({ mode: "byob" });
console.log("read", await reader.read(new Uint8Array(memory.buffer, 0, 1)).then(() => "resolved", (e) => e.name));
console.log(memory.buffer.byteLength, stream.locked);

// structuredClone refuses it in the transfer list before detaching anything else.
const other = new ArrayBuffer(2);
try {
  structuredClone([other, memory.buffer], { transfer: [other, memory.buffer] });
} catch (e) {
  console.log(e.name);
}
console.log(other.detached, memory.buffer.detached);
// Cloned (not transferred) it is copied as any ArrayBuffer.
console.log(structuredClone(memory.buffer).byteLength);
