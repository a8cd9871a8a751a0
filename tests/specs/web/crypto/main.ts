const bytes = crypto.getRandomValues(new Uint8Array(32));
console.log(bytes.length, bytes.some((b) => b !== 0));
console.log(crypto.getRandomValues(new BigUint64Array(2)).length);
for (const bad of [new Float32Array(1), new DataView(new ArrayBuffer(1))]) {
  try {
    crypto.getRandomValues(bad as unknown as Uint8Array);
  } catch (e) {
    console.log((e as DOMException).name);
  }
}
try {
  crypto.getRandomValues(new Uint8Array(65537));
} catch (e) {
  console.log((e as DOMException).name);
}
const id = crypto.randomUUID();
console.log(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), id !== crypto.randomUUID());
const hex = (b: ArrayBuffer) => [...new Uint8Array(b)].map((x) => x.toString(16).padStart(2, "0")).join("");
const abc = new TextEncoder().encode("abc");
for (const name of ["SHA-1", "sha-256", "SHA-384", "SHA-512"]) {
  console.log(name, hex(await crypto.subtle.digest(name, abc)));
}
console.log(hex(await crypto.subtle.digest({ name: "SHA-256" }, abc.buffer)));
await crypto.subtle.digest("MD5", abc).catch((e) => console.log(e.name));
console.log(Object.prototype.toString.call(crypto), crypto.subtle instanceof SubtleCrypto);
