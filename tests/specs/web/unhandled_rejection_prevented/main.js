addEventListener("unhandledrejection", (e) => {
  console.log("unhandled:", e.reason.message, e.promise instanceof Promise, e.cancelable, e.isTrusted);
  e.preventDefault();
});
Promise.reject(new Error("r1"));
setTimeout(() => console.log("still alive"), 10);
