// load after the main module (and its top-level await), unload once the loop is empty
console.log(globalThis instanceof EventTarget, Object.getPrototypeOf(globalThis) === Window.prototype);
addEventListener("load", (e) => {
  console.log("load", e.isTrusted, e.target === globalThis);
  setTimeout(() => console.log("timer set in load"), 5);
});
onload = () => console.log("onload");
let extended = false;
addEventListener("beforeunload", (e) => {
  console.log("beforeunload", e.cancelable);
  if (!extended) {
    extended = true;
    e.preventDefault();
    setTimeout(() => console.log("extra work"), 1);
  }
});
addEventListener("unload", () => console.log("unload"));
await new Promise((r) => setTimeout(r, 1));
console.log("module done");
const fn = addEventListener;
fn("custom", () => console.log("custom via bare call"));
dispatchEvent(new Event("custom"));
for (const name of ["DOMException", "Event", "URL", "TextEncoder", "atob", "structuredClone", "performance", "navigator", "onload", "reportError"]) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, d.enumerable, d.configurable, "value" in d ? d.writable : "accessor");
}
