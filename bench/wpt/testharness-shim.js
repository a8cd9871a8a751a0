// Minimal testharness.js replacement (written for x's WPT runs; not WPT code).
// Runs tests as testharness does: test() synchronously, async_test() started at
// definition, promise_test() queued and run one after another. Prints one line per
// test and totals. Per-test timeout: __WPT_TIMEOUT ms (shim only).
(function () {
  "use strict";
  const G = globalThis;
  const TIMEOUT = G.__WPT_TIMEOUT || 5000;
  G.addEventListener?.("unhandledrejection", (e) => e.preventDefault());
  G.addEventListener?.("error", (e) => { e.preventDefault?.(); harnessError(e.error || e.message); });

  const results = [];
  const pending = new Set();
  const promiseQueue = [];
  let promiseRunning = false;
  let explicitDone = false;
  let doneCalled = false;
  let loaded = false;
  let finished = false;
  let harnessErrors = [];
  const allTests = [];

  class AssertionError extends Error {
    constructor(msg) { super(msg); this.name = "AssertionError"; }
  }
  class OptionalFeatureUnsupportedError extends AssertionError {
    constructor(msg) { super(msg); this.name = "OptionalFeatureUnsupportedError"; }
  }

  function format_value(v, seen) {
    seen = seen || [];
    if (typeof v === "string") return JSON.stringify(v);
    if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
    if (typeof v === "bigint") return v + "n";
    if (typeof v === "symbol") return v.toString();
    if (v === null) return "null";
    if (v === undefined) return "undefined";
    if (typeof v === "function") return "function \"" + (v.name || "") + "\"";
    if (Array.isArray(v)) {
      if (seen.includes(v)) return "[...]";
      return "[" + v.map((x) => format_value(x, seen.concat([v]))).join(", ") + "]";
    }
    try {
      if (v instanceof Error || (G.DOMException && v instanceof G.DOMException)) {
        return "object \"" + v.name + ": " + v.message + "\"";
      }
    } catch (_) { /* ignore */ }
    try { return "object \"" + String(v) + "\""; } catch (_) { return "object"; }
  }

  function assert(cond, fname, desc, msg, subs) {
    if (cond) return;
    let m = msg.replace(/\$\{([^}]+)\}/g, (_, k) => format_value(subs[k]));
    throw new AssertionError(fname + ": " + (desc ? desc + " " : "") + m);
  }
  const sameValue = (a, b) => Object.is(a, b);

  function assert_true(a, d) { assert(a === true, "assert_true", d, "expected true got ${a}", { a }); }
  function assert_false(a, d) { assert(a === false, "assert_false", d, "expected false got ${a}", { a }); }
  function assert_equals(a, e, d) {
    if (typeof a !== typeof e) {
      assert(false, "assert_equals", d, "expected (" + typeof e + ") ${e} but got (" + typeof a + ") ${a}", { a, e });
    }
    assert(sameValue(a, e), "assert_equals", d, "expected ${e} but got ${a}", { a, e });
  }
  function assert_not_equals(a, e, d) { assert(!sameValue(a, e), "assert_not_equals", d, "got disallowed value ${a}", { a }); }
  function assert_in_array(a, arr, d) { assert(arr.indexOf(a) !== -1, "assert_in_array", d, "value ${a} not in array ${arr}", { a, arr }); }
  function assert_object_equals(a, e, d) {
    (function check(a, e, stack) {
      assert(typeof a === "object" && a !== null, "assert_object_equals", d, "value is ${a}, expected object", { a });
      stack.push(a);
      for (const p in a) {
        assert(Object.prototype.hasOwnProperty.call(e, p), "assert_object_equals", d, "unexpected property ${p}", { p });
        if (typeof a[p] === "object" && a[p] !== null) {
          if (stack.indexOf(a[p]) === -1) check(a[p], e[p], stack);
        } else {
          assert(sameValue(a[p], e[p]), "assert_object_equals", d, "property ${p} expected ${e} got ${a}", { p, e: e[p], a: a[p] });
        }
      }
      for (const p in e) {
        assert(Object.prototype.hasOwnProperty.call(a, p), "assert_object_equals", d, "expected property ${p} missing", { p });
      }
      stack.pop();
    })(a, e, []);
  }
  function assert_array_equals(a, e, d) {
    assert(typeof a === "object" && a !== null && "length" in a, "assert_array_equals", d, "value is ${a}, expected array", { a });
    assert(a.length === e.length, "assert_array_equals", d, "lengths differ, expected array ${e} length ${el}, got ${a} length ${al}", { a, e, el: e.length, al: a.length });
    for (let i = 0; i < e.length; i++) {
      assert(Object.prototype.hasOwnProperty.call(a, i) === Object.prototype.hasOwnProperty.call(e, i), "assert_array_equals", d, "expected property ${i} to be " + (Object.prototype.hasOwnProperty.call(e, i) ? "present" : "missing"), { i });
      assert(sameValue(e[i], a[i]), "assert_array_equals", d, "expected ${e} but got ${a} at index ${i}", { e: e[i], a: a[i], i });
    }
  }
  function assert_array_approx_equals(a, e, eps, d) {
    assert(a.length === e.length, "assert_array_approx_equals", d, "lengths differ", {});
    for (let i = 0; i < e.length; i++) assert(Math.abs(a[i] - e[i]) <= eps, "assert_array_approx_equals", d, "index ${i} expected ${e} +/- ${eps} got ${a}", { i, e: e[i], a: a[i], eps });
  }
  function assert_approx_equals(a, e, eps, d) {
    assert(typeof a === "number", "assert_approx_equals", d, "expected a number got ${a}", { a });
    assert(Math.abs(a - e) <= eps, "assert_approx_equals", d, "expected ${e} +/- ${eps} but got ${a}", { a, e, eps });
  }
  function num(fname, a, d) { assert(typeof a === "number" || typeof a === "bigint", fname, d, "expected a number but got ${a}", { a }); }
  function assert_less_than(a, e, d) { num("assert_less_than", a, d); assert(a < e, "assert_less_than", d, "expected a number less than ${e} but got ${a}", { a, e }); }
  function assert_greater_than(a, e, d) { num("assert_greater_than", a, d); assert(a > e, "assert_greater_than", d, "expected a number greater than ${e} but got ${a}", { a, e }); }
  function assert_less_than_equal(a, e, d) { num("assert_less_than_equal", a, d); assert(a <= e, "assert_less_than_equal", d, "expected <= ${e} got ${a}", { a, e }); }
  function assert_greater_than_equal(a, e, d) { num("assert_greater_than_equal", a, d); assert(a >= e, "assert_greater_than_equal", d, "expected >= ${e} got ${a}", { a, e }); }
  function assert_between_exclusive(a, lo, hi, d) { assert(a > lo && a < hi, "assert_between_exclusive", d, "expected in (${lo}, ${hi}) got ${a}", { a, lo, hi }); }
  function assert_between_inclusive(a, lo, hi, d) { assert(a >= lo && a <= hi, "assert_between_inclusive", d, "expected in [${lo}, ${hi}] got ${a}", { a, lo, hi }); }
  function assert_regexp_match(a, re, d) { assert(re.test(a), "assert_regexp_match", d, "expected ${a} to match ${re}", { a, re: String(re) }); }
  function assert_class_string(o, c, d) {
    const s = Object.prototype.toString.call(o);
    assert(s === "[object " + c + "]", "assert_class_string", d, "expected ${e} but got ${s}", { e: "[object " + c + "]", s });
  }
  function assert_own_property(o, p, d) { assert(Object.prototype.hasOwnProperty.call(o, p), "assert_own_property", d, "expected property ${p} missing", { p }); }
  function assert_not_own_property(o, p, d) { assert(!Object.prototype.hasOwnProperty.call(o, p), "assert_not_own_property", d, "unexpected property ${p} is found on object", { p }); }
  function assert_inherits(o, p, d) {
    assert(typeof o === "object" || typeof o === "function", "assert_inherits", d, "provided value is not an object", {});
    assert(!Object.prototype.hasOwnProperty.call(o, p) && p in o, "assert_inherits", d, "property ${p} not inherited", { p });
  }
  const assert_idl_attribute = assert_inherits;
  function assert_readonly(o, p, d) {
    const old = o[p];
    try { o[p] = old + "a"; assert(sameValue(o[p], old), "assert_readonly", d, "changing property ${p} succeeded", { p }); }
    finally { try { o[p] = old; } catch (_) { /* ignore */ } }
  }
  function assert_unreached(d) { assert(false, "assert_unreached", d, "Reached unreachable code", {}); }
  function assert_any(fn, a, es, ...rest) {
    const errs = [];
    for (const e of es) { try { fn(a, e, ...rest); return; } catch (x) { errs.push(x.message); } }
    throw new AssertionError("assert_any: " + errs.join("; "));
  }
  function assert_implements(c, d) { assert(!!c, "assert_implements", d, "", {}); }
  function assert_implements_optional(c, d) { if (!c) throw new OptionalFeatureUnsupportedError("assert_implements_optional: " + (d || "")); }
  const assert_precondition = assert_implements_optional;

  const codeNames = {
    INDEX_SIZE_ERR: "IndexSizeError", HIERARCHY_REQUEST_ERR: "HierarchyRequestError", WRONG_DOCUMENT_ERR: "WrongDocumentError",
    INVALID_CHARACTER_ERR: "InvalidCharacterError", NO_MODIFICATION_ALLOWED_ERR: "NoModificationAllowedError", NOT_FOUND_ERR: "NotFoundError",
    NOT_SUPPORTED_ERR: "NotSupportedError", INVALID_STATE_ERR: "InvalidStateError", SYNTAX_ERR: "SyntaxError",
    INVALID_MODIFICATION_ERR: "InvalidModificationError", NAMESPACE_ERR: "NamespaceError", INVALID_ACCESS_ERR: "InvalidAccessError",
    TYPE_MISMATCH_ERR: "TypeMismatchError", SECURITY_ERR: "SecurityError", NETWORK_ERR: "NetworkError", ABORT_ERR: "AbortError",
    URL_MISMATCH_ERR: "URLMismatchError", QUOTA_EXCEEDED_ERR: "QuotaExceededError", TIMEOUT_ERR: "TimeoutError",
    INVALID_NODE_TYPE_ERR: "InvalidNodeTypeError", DATA_CLONE_ERR: "DataCloneError",
  };
  const nameCodes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5, NoModificationAllowedError: 7,
    NotFoundError: 8, NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12, InvalidModificationError: 13,
    NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
    URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
    EncodingError: 0, NotReadableError: 0, UnknownError: 0, ConstraintError: 0, DataError: 0, TransactionInactiveError: 0,
    ReadOnlyError: 0, VersionError: 0, OperationError: 0, NotAllowedError: 0,
  };
  function checkJs(fname, C, e, d) {
    assert(typeof e === "object" && e !== null, fname, d, "${fn} threw non-object ${e}", { fn: "function", e });
    assert(e.constructor === C, fname, d, "threw ${e} (constructor ${c}) expected constructor ${C}", { e, c: e.constructor && e.constructor.name, C: C.name });
    assert(e.name === C.name, fname, d, "threw ${e} expected ${C}", { e, C: C.name });
  }
  function checkDom(fname, type, e, d, DE) {
    DE = DE || G.DOMException;
    let name = typeof type === "number" ? Object.keys(nameCodes).find((k) => nameCodes[k] === type) : (codeNames[type] || type);
    assert(typeof e === "object" && e !== null, fname, d, "threw non-object ${e}", { e });
    assert(e instanceof DE, fname, d, "threw ${e}, not a DOMException", { e });
    assert(e.name === name, fname, d, "threw ${e} with name ${n}, expected ${x}", { e, n: e.name, x: name });
    if (name in nameCodes) assert(e.code === nameCodes[name], fname, d, "threw with code ${c}, expected ${x}", { c: e.code, x: nameCodes[name] });
  }
  function assert_throws_js(C, fn, d) {
    try { fn(); } catch (e) { if (e instanceof AssertionError) throw e; checkJs("assert_throws_js", C, e, d); return; }
    assert(false, "assert_throws_js", d, "${fn} did not throw", { fn });
  }
  function assert_throws_dom(type, a, b, c) {
    let DE, fn, d;
    if (typeof a === "function" && typeof b === "function") { DE = a; fn = b; d = c; } else { fn = a; d = b; }
    try { fn(); } catch (e) { if (e instanceof AssertionError) throw e; checkDom("assert_throws_dom", type, e, d, DE); return; }
    assert(false, "assert_throws_dom", d, "${fn} did not throw", { fn });
  }
  function assert_throws_exactly(v, fn, d) {
    try { fn(); } catch (e) { if (e instanceof AssertionError) throw e; assert(sameValue(e, v), "assert_throws_exactly", d, "${fn} threw ${e} but we expected it to throw ${v}", { fn, e, v }); return; }
    assert(false, "assert_throws_exactly", d, "${fn} did not throw", { fn });
  }
  function assert_throws(code, fn, d) {
    try { fn(); } catch (e) {
      if (e instanceof AssertionError) throw e;
      if (code === null) return;
      if (typeof code === "object" && "name" in code) { assert(e && e.name === code.name, "assert_throws", d, "threw ${e} expected ${n}", { e, n: code.name }); return; }
      checkDom("assert_throws", code, e, d); return;
    }
    assert(false, "assert_throws", d, "${fn} did not throw", { fn });
  }

  class Test {
    constructor(name, props) {
      this.name = name; this.status = null; this.message = ""; this.cleanups = []; this.timer = null;
      this.properties = props || {}; this.phase = "init"; this._waiters = [];
    }
    step(fn, thisObj, ...args) {
      if (this.status !== null) return;
      try { return fn.apply(thisObj === undefined ? this : thisObj, args); }
      catch (e) { this.fail(e); }
    }
    step_func(fn, thisObj) { const t = this; return function (...args) { return t.step(fn, thisObj === undefined ? this : thisObj, ...args); }; }
    step_func_done(fn, thisObj) {
      const t = this;
      return function (...args) { if (fn) t.step(fn, thisObj === undefined ? this : thisObj, ...args); t.done(); };
    }
    unreached_func(d) { return this.step_func(function () { assert_unreached(d); }); }
    step_timeout(fn, ms, ...args) { return setTimeout(this.step_func(() => fn(...args)), ms); }
    step_wait_func(cond, fn, d, timeout = 3000, interval = 100) {
      const start = Date.now();
      const t = this;
      const go = t.step_func(() => {
        if (cond()) fn(); else if (Date.now() - start > timeout) assert_unreached(d); else t.step_timeout(go, interval);
      });
      go();
    }
    step_wait(cond, d, timeout = 3000, interval = 100) {
      return new Promise((res) => this.step_wait_func(cond, res, d, timeout, interval));
    }
    add_cleanup(fn) { this.cleanups.push(fn); }
    force_timeout() { this.finish("TIMEOUT", "force_timeout"); }
    set_status() {}
    fail(e) {
      if (this.status !== null) return;
      if (e instanceof OptionalFeatureUnsupportedError) return this.finish("PRECONDITION_FAILED", e.message);
      const msg = e instanceof AssertionError ? e.message : (e && e.name ? e.name + ": " + e.message : String(e));
      this.finish("FAIL", msg);
    }
    done() { if (this.status === null) this.finish("PASS", ""); }
    finish(status, msg) {
      if (this.status !== null) return;
      this.status = status; this.message = msg;
      clearTimeout(this.timer);
      for (const c of this.cleanups.reverse()) { try { c(); } catch (_) { /* ignore */ } }
      const line = status + " " + this.name + (msg ? " [" + msg.replace(/\s+/g, " ").slice(0, 300) + "]" : "");
      console.log(line);
      results.push(this);
      pending.delete(this);
      for (const w of this._waiters) w();
      maybeFinish();
    }
    startTimer() {
      this.timer = setTimeout(() => this.finish("TIMEOUT", "timed out after " + TIMEOUT + " ms"), TIMEOUT);
    }
  }

  function makeTest(name, props) {
    const t = new Test(name, props);
    allTests.push(t);
    pending.add(t);
    return t;
  }

  function test(fn, name, props) {
    if (typeof fn === "string") [fn, name] = [name, fn];
    const t = makeTest(name || "(unnamed)", props);
    t.step(fn, t, t);
    t.done();
    return t;
  }
  function async_test(fn, name, props) {
    if (typeof fn === "string" || fn === undefined) { props = name; name = fn; fn = null; }
    const t = makeTest(name || "(unnamed)", props);
    t.startTimer();
    if (fn) t.step(fn, t, t);
    return t;
  }
  function promise_test(fn, name, props) {
    const t = makeTest(name || "(unnamed)", props);
    promiseQueue.push([t, fn]);
    runPromiseQueue();
    return t;
  }
  function runPromiseQueue() {
    if (promiseRunning || promiseQueue.length === 0) return;
    promiseRunning = true;
    // testharness starts promise tests asynchronously after the previous one settles
    Promise.resolve().then(() => {
      const [t, fn] = promiseQueue.shift();
      t.startTimer();
      let p;
      try { p = fn(t); } catch (e) { t.fail(e); }
      const next = () => { promiseRunning = false; runPromiseQueue(); };
      t._waiters.push(next);
      if (t.status !== null) { next(); return; }
      if (!p || typeof p.then !== "function") { t.fail(new AssertionError("promise_test: test body must return a 'thenable' object (received " + format_value(p) + ")")); return; }
      Promise.resolve(p).then(() => t.done(), (e) => t.fail(e));
    });
  }

  function promise_rejects_js(t, C, p, d) {
    return p.then(() => assert_unreached("Should have rejected: " + (d || "")), (e) => checkJs("promise_rejects_js", C, e, d));
  }
  function promise_rejects_dom(t, type, a, b, c) {
    let DE, p, d;
    if (typeof a === "function") { DE = a; p = b; d = c; } else { p = a; d = b; }
    return p.then(() => assert_unreached("Should have rejected: " + (d || "")), (e) => checkDom("promise_rejects_dom", type, e, d, DE));
  }
  function promise_rejects_exactly(t, v, p, d) {
    return p.then(() => assert_unreached("Should have rejected: " + (d || "")), (e) => assert_throws_exactly(v, () => { throw e; }, d));
  }
  function promise_rejects(t, code, p, d) {
    return p.then(() => assert_unreached("Should have rejected: " + (d || "")), (e) => assert_throws(code, () => { throw e; }, d));
  }

  function setup(fn, props) {
    if (typeof fn === "object") props = fn;
    else if (typeof fn === "function") { try { fn(); } catch (e) { harnessError(e); } }
    if (props && props.explicit_done) explicitDone = true;
  }
  function done() { doneCalled = true; maybeFinish(); }
  function harnessError(e) {
    harnessErrors.push(e && e.stack ? String(e.stack).split("\n").slice(0, 3).join(" | ") : String(e));
    console.log("HARNESS ERROR " + harnessErrors[harnessErrors.length - 1]);
  }

  function maybeFinish() {
    if (finished || !loaded) return;
    if (explicitDone && !doneCalled) return;
    if (pending.size > 0 || promiseQueue.length > 0) return;
    finished = true;
    const counts = { PASS: 0, FAIL: 0, TIMEOUT: 0, PRECONDITION_FAILED: 0 };
    for (const r of results) counts[r.status]++;
    console.log("TOTAL " + results.length + " PASS " + counts.PASS + " FAIL " + counts.FAIL + " TIMEOUT " + counts.TIMEOUT +
      " PRECONDITION_FAILED " + counts.PRECONDITION_FAILED + " HARNESS_ERRORS " + harnessErrors.length);
    if (typeof Deno !== "undefined" && Deno.exit) setTimeout(() => Deno.exit(0), 0);
  }
  // Called by the runner after the test file's top level ran.
  function __wpt_loaded() { loaded = true; maybeFinish(); }
  function __wpt_file_error(e) { harnessError(e); loaded = true; maybeFinish(); }

  class EventWatcher {
    constructor(t, target, types) {
      this.queue = []; this.waiting = null;
      types = Array.isArray(types) ? types : [types];
      this.types = types;
      for (const ty of types) target.addEventListener(ty, t.step_func((ev) => {
        if (this.waiting && this.waiting.types[0] === ev.type) {
          const w = this.waiting; w.types.shift(); w.got.push(ev);
          if (w.types.length === 0) { this.waiting = null; w.resolve(w.got.length === 1 ? ev : w.got); }
        } else if (this.waiting) {
          assert_unreached("unexpected event " + ev.type + ", expected " + this.waiting.types[0]);
        } else {
          assert_unreached("unexpected event " + ev.type);
        }
      }));
    }
    wait_for(types) {
      types = Array.isArray(types) ? types.slice() : [types];
      return new Promise((resolve) => { this.waiting = { types, got: [], resolve }; });
    }
    stop_watching() {}
  }

  const GLOBAL = {
    isWindow: () => false, isWorker: () => false, isShadowRealm: () => false,
  };

  Object.assign(G, {
    test, async_test, promise_test, setup, done, format_value, step_timeout: (fn, ms, ...a) => setTimeout(fn, ms, ...a),
    assert_true, assert_false, assert_equals, assert_not_equals, assert_in_array, assert_object_equals, assert_array_equals,
    assert_array_approx_equals, assert_approx_equals, assert_less_than, assert_greater_than, assert_less_than_equal,
    assert_greater_than_equal, assert_between_exclusive, assert_between_inclusive, assert_regexp_match, assert_class_string,
    assert_own_property, assert_not_own_property, assert_inherits, assert_idl_attribute, assert_readonly, assert_unreached, assert_any,
    assert_implements, assert_implements_optional, assert_precondition, assert_throws_js, assert_throws_dom, assert_throws_exactly,
    assert_throws, promise_rejects_js, promise_rejects_dom, promise_rejects_exactly, promise_rejects, EventWatcher, GLOBAL,
    __wpt_loaded, __wpt_file_error, AssertionError,
  });
})();
// common/subset-tests*.js stand-ins: no variants, every subtest runs.
globalThis.subsetTest = (f, ...a) => f(...a);
globalThis.subsetTestByKey = (k, f, ...a) => f(...a);
globalThis.shouldRunSubTest = () => true;
globalThis.add_completion_callback = globalThis.add_completion_callback || ((f) => { globalThis.__wpt_completion = f; });
globalThis.garbageCollect = globalThis.garbageCollect || (async () => {});
