function read(blob, method, ...args) {
  return new Promise((resolve) => {
    const reader = new FileReader();
    const events = [];
    for (const type of ["loadstart", "progress", "load", "abort", "error", "loadend"]) {
      reader.addEventListener(type, (e) => {
        events.push(`${e.type}(${e.loaded}/${e.total}${e.lengthComputable ? "" : "?"},${e.isTrusted})`);
        if (type === "loadend") resolve({ events, result: reader.result, state: reader.readyState });
      });
    }
    reader[method](blob, ...args);
    events.push(`sync:${reader.readyState}:${reader.result}`);
  });
}

const blob = new Blob(["h\u00e9llo"], { type: "text/plain" });
const r1 = await read(blob, "readAsArrayBuffer");
console.log(r1.events.join(" "), r1.state, r1.result instanceof ArrayBuffer, new Uint8Array(r1.result));
console.log((await read(blob, "readAsText")).result);
console.log(JSON.stringify((await read(blob, "readAsBinaryString")).result));
console.log((await read(blob, "readAsDataURL")).result);
console.log((await read(new Blob(["ab"]), "readAsDataURL")).result);
const empty = await read(new Blob([]), "readAsText");
console.log(empty.events.join(" "), JSON.stringify(empty.result));

// Text: argument label, then the type's charset, then UTF-8; a BOM overrides them all.
const latin1 = new Blob([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], { type: "text/plain;charset=windows-1252" });
console.log((await read(latin1, "readAsText")).result, (await read(latin1, "readAsText", "utf-8")).result);
console.log((await read(latin1, "readAsText", "bogus")).result);
const utf16 = new Blob([new Uint8Array([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00])]);
console.log((await read(utf16, "readAsText", "windows-1252")).result);

// abort(): abort and loadend now, nothing queued afterwards.
const reader = new FileReader();
const seen = [];
for (const type of ["loadstart", "progress", "load", "abort", "loadend"]) reader.addEventListener(type, (e) => seen.push(e.type));
reader.readAsText(blob);
try {
  reader.readAsText(blob);
} catch (e) {
  console.log(e.name, e.code);
}
reader.abort();
console.log(seen, reader.readyState, reader.result);
await new Promise((r) => setTimeout(r, 20));
console.log(seen);
reader.onload = () => console.log("onload", reader.result);
reader.readAsText(blob);
await new Promise((r) => setTimeout(r, 20));

console.log(FileReader.EMPTY, FileReader.LOADING, FileReader.DONE, FileReader.prototype.DONE, new FileReader().readyState);
try {
  new FileReader().readAsText("not a blob");
} catch (e) {
  console.log(e.name);
}
const event = new ProgressEvent("progress", { lengthComputable: true, loaded: 3, total: 10 });
console.log(event.type, event.lengthComputable, event.loaded, event.total, event instanceof Event);
console.log(new ProgressEvent("x").loaded, Object.prototype.toString.call(event));
