// Native calls (ops and engine callbacks) per call: `x run -A bench/native_calls.js`.
// Each loop is 1e6 calls after a warm-up of 1e5; prints ns per call.
const N = 1_000_000;
function bench(name, f) {
  f(N / 10);
  const t0 = performance.now();
  f(N);
  const t = performance.now() - t0;
  console.log(`${name}: ${((t * 1e6) / N).toFixed(0)} ns/call`);
}
bench("performance.now()", (n) => { let s = 0; for (let i = 0; i < n; i++) s += performance.now(); return s; });
const enc = new TextEncoder();
bench("TextEncoder.encode('hi')", (n) => { for (let i = 0; i < n; i++) enc.encode("hi"); });
bench("Deno.cwd()", (n) => { for (let i = 0; i < n; i++) Deno.cwd(); });
const buf = new Uint8Array(8);
bench("crypto.getRandomValues(8 B)", (n) => { for (let i = 0; i < n; i++) crypto.getRandomValues(buf); });
bench("JS loop baseline", (n) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; });
