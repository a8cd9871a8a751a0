const log = [];
const t = new EventTarget();
t.addEventListener("x", () => log.push("bubble1"));
t.addEventListener("x", () => log.push("capture1"), { capture: true });
t.addEventListener("x", { handleEvent(e) { log.push("handleEvent " + (this !== t) + " " + e.eventPhase); } });
t.addEventListener("x", () => log.push("once"), { once: true });
const dup = () => log.push("dup");
t.addEventListener("x", dup);
t.addEventListener("x", dup);
t.addEventListener("x", dup, true);
t.dispatchEvent(new Event("x"));
console.log(log.join(" | "));
log.length = 0;
t.dispatchEvent(new Event("x"));
console.log(log.join(" | "));

// stopImmediatePropagation, removal during dispatch, listener added during dispatch
const u = new EventTarget();
const order = [];
const second = () => order.push("second");
u.addEventListener("y", () => { order.push("first"); u.removeEventListener("y", second); u.addEventListener("y", () => order.push("late")); });
u.addEventListener("y", second);
u.addEventListener("y", (e) => { order.push("third"); e.stopImmediatePropagation(); });
u.addEventListener("y", () => order.push("fourth"));
u.dispatchEvent(new Event("y"));
console.log(order.join(","));

// passive and cancelable
const v = new EventTarget();
v.addEventListener("z", (e) => e.preventDefault(), { passive: true });
console.log(v.dispatchEvent(new Event("z", { cancelable: true })));
v.addEventListener("z", (e) => { e.preventDefault(); console.log("in listener", e.defaultPrevented, e.target === v, e.currentTarget === v, e.composedPath().length); });
const ev = new Event("z", { cancelable: true });
console.log(v.dispatchEvent(ev), ev.defaultPrevented, ev.eventPhase, ev.currentTarget, ev.target === v, ev.composedPath().length);
const nc = new Event("z");
nc.preventDefault();
console.log(nc.defaultPrevented, nc.returnValue);
try { v.dispatchEvent(ev); console.log("redispatch ok"); } catch (x) { console.log(x.name); }

// signal option removes the listener
const ac = new AbortController();
let hits = 0;
v.addEventListener("w", () => hits++, { signal: ac.signal });
v.dispatchEvent(new Event("w"));
ac.abort();
v.dispatchEvent(new Event("w"));
console.log("hits", hits);
v.addEventListener("w", () => hits++, { signal: AbortSignal.abort() });
v.dispatchEvent(new Event("w"));
console.log("hits", hits);

// CustomEvent, isTrusted, constants, property shapes
const ce = new CustomEvent("c", { detail: { a: 1 }, bubbles: true });
console.log(ce.detail.a, ce.bubbles, ce.isTrusted, ce instanceof Event, Event.AT_TARGET, ev.BUBBLING_PHASE);
console.log(Object.getOwnPropertyDescriptor(ce, "isTrusted").configurable, typeof Object.getOwnPropertyDescriptor(Event.prototype, "type").get);
console.log(Object.keys(Event.prototype).includes("preventDefault"), Object.prototype.toString.call(ev));
try { new Event(); } catch (x) { console.log(x.constructor.name); }
try { Event.prototype.type; } catch (x) { console.log(x.constructor.name); }
const ee = new ErrorEvent("error", { message: "m", lineno: 3, error: 1 });
console.log(ee.message, ee.filename, ee.lineno, ee.colno, ee.error);
const p = Promise.resolve();
const pre = new PromiseRejectionEvent("unhandledrejection", { promise: p, reason: "r" });
console.log(pre.promise === p, pre.reason);
try { new PromiseRejectionEvent("x", {}); } catch (x) { console.log(x.constructor.name); }
// a throwing listener is reported, the others still run
addEventListener("error", (e) => { console.log("reported:", e.error.message); e.preventDefault(); });
const w2 = new EventTarget();
w2.addEventListener("q", () => { throw new Error("boom"); });
w2.addEventListener("q", () => console.log("after boom"));
w2.dispatchEvent(new Event("q"));
// event handler attributes keep their place and honour `return false`
const sig = new AbortController();
const seq = [];
sig.signal.addEventListener("abort", () => seq.push("listener1"));
sig.signal.onabort = () => seq.push("handler");
sig.signal.addEventListener("abort", () => seq.push("listener2"));
sig.signal.onabort = () => seq.push("handler2");
sig.abort();
console.log(seq.join(","));
