addEventListener("error", (e) => {
  console.log("error event:", e.constructor.name, e.message, e.error?.message ?? e.error, e.filename.endsWith("main.js"), e.lineno > 0, e.cancelable);
  e.preventDefault();
});
onerror = (message, filename, lineno, colno, error) => {
  console.log("onerror:", typeof message, error?.message ?? error);
  return true;
};
setTimeout(() => { throw new Error("in timer"); }, 1);
queueMicrotask(() => { throw new Error("in microtask"); });
reportError(new Error("reported"));
reportError("a string");
setTimeout(() => console.log("survived"), 20);
