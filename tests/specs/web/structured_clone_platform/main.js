function attempt(label, make) {
  try {
    const copy = structuredClone(make());
    console.log(label, "cloned", Object.prototype.toString.call(copy));
  } catch (e) {
    console.log(label, e instanceof DOMException ? e.name : `unexpected ${e}`);
  }
}

const blob = new Blob(["hello"], { type: "Text/Plain" });
const blobCopy = structuredClone(blob);
console.log("Blob", blobCopy instanceof Blob, blobCopy !== blob, blobCopy.size, blobCopy.type, await blobCopy.text());

const file = new File(["ab", "c"], "notes.txt", { type: "text/x", lastModified: 42 });
const fileCopy = structuredClone({ file, again: file });
console.log(
  "File",
  fileCopy.file instanceof File,
  fileCopy.file === fileCopy.again,
  fileCopy.file.name,
  fileCopy.file.lastModified,
  fileCopy.file.type,
  await fileCopy.file.text(),
);
console.log("Blob slice of copy", await structuredClone(blob.slice(1, 3)).text());

const key = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
const keyCopy = structuredClone(key);
console.log("CryptoKey", keyCopy instanceof CryptoKey, keyCopy !== key, keyCopy.type, keyCopy.extractable, keyCopy.usages);
console.log("CryptoKey algorithm", keyCopy.algorithm, keyCopy.algorithm !== key.algorithm);
const data = new TextEncoder().encode("signed");
const signature = await crypto.subtle.sign("HMAC", key, data);
console.log("CryptoKey copy verifies", await crypto.subtle.verify("HMAC", keyCopy, signature, data));

attempt("ReadableStream", () => new ReadableStream());
attempt("ReadableStream reader", () => new ReadableStream().getReader());
attempt("WritableStream", () => new WritableStream());
attempt("TransformStream", () => new TransformStream());
attempt("CountQueuingStrategy", () => new CountQueuingStrategy({ highWaterMark: 1 }));
attempt("ByteLengthQueuingStrategy", () => new ByteLengthQueuingStrategy({ highWaterMark: 1 }));
attempt("Headers", () => new Headers());
attempt("Event", () => new Event("x"));
// An ordinary object on a stream's prototype has no slots: copied as a plain object.
attempt("Object.create(ReadableStream.prototype)", () => Object.create(ReadableStream.prototype));
