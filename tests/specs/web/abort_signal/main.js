const c = new AbortController();
const s = c.signal;
console.log(s.aborted, s.reason, s instanceof EventTarget);
s.onabort = (e) => console.log("onabort", e.type, e.isTrusted, s.aborted);
c.abort();
console.log(s.reason.name, s.reason.message, s.reason instanceof DOMException);
c.abort("again");
console.log(s.reason.name);
try { s.throwIfAborted(); } catch (e) { console.log("threw", e.name); }
const c2 = new AbortController();
c2.abort("why");
console.log(c2.signal.reason);
console.log(AbortSignal.abort().reason.name, AbortSignal.abort(0).reason);
try { new AbortSignal(); } catch (e) { console.log(e.constructor.name); }
// any(): already aborted, propagation, reason identity
const a1 = new AbortController(), a2 = new AbortController();
const any = AbortSignal.any([a1.signal, a2.signal]);
const nested = AbortSignal.any([any]);
const order = [];
a1.signal.addEventListener("abort", () => order.push("a1"));
any.addEventListener("abort", () => order.push("any"));
nested.addEventListener("abort", () => order.push("nested"));
const reason = new Error("r");
a1.abort(reason);
console.log(order.join(","), any.reason === reason, nested.reason === reason, a2.signal.aborted);
console.log(AbortSignal.any([AbortSignal.abort("pre")]).reason, AbortSignal.any([]).aborted);
try { AbortSignal.any([{}]); } catch (e) { console.log(e.constructor.name); }
try { AbortSignal.timeout(-1); } catch (e) { console.log(e.constructor.name); }
// timeout()
const t = AbortSignal.timeout(10);
const start = performance.now();
t.addEventListener("abort", () => {
  console.log("timeout", t.reason.name, t.reason.code, performance.now() - start >= 9);
  const dep = AbortSignal.any([AbortSignal.timeout(5), new AbortController().signal]);
  dep.onabort = () => console.log("dependent timeout", dep.reason.name);
});
// an unobserved timeout signal does not keep the program alive
AbortSignal.timeout(100000);
