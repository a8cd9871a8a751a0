// A server request's method, URL, headers and body are read from Rust on first use.
// Read before the answer, they stay readable; first read after it, the request is
// closed (as in Deno). A body nobody reads (or only peeked at) is let go with the
// answer, so the connection goes on and shutdown() does not wait for it.
const kept: Request[] = [];
const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
  const path = new URL(req.url).pathname;
  if (path === "/read") {
    console.log("before:", req.method, req.headers.get("x-test"));
  }
  if (path === "/echo") return new Response(req.body);
  if (path === "/peek" && req.body !== null) return new Response("a body I did not read");
  kept.push(req);
  return new Response("ok");
});
const base = `http://127.0.0.1:${server.addr.port}`;
await (await fetch(`${base}/read`, { headers: { "x-test": "1" } })).text();
console.log("after, read before:", kept[0].method, new URL(kept[0].url).pathname, kept[0].headers.get("x-test"));

const unread = new Promise<Request>((resolve) => {
  const s2 = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
    resolve(req);
    queueMicrotask(() => s2.shutdown());
    return new Response("ok");
  });
  fetch(`http://127.0.0.1:${s2.addr.port}/`, { method: "POST", body: "ignored" }).then((r) => r.text());
});
const late = await unread;
await new Promise((resolve) => setTimeout(resolve, 50));
try {
  late.url;
} catch (e) {
  console.log("after, never read:", (e as Error).name, (e as Error).message);
}
const next = await fetch(`${base}/again`, { method: "POST", body: "x".repeat(100000) });
console.log(next.status, await next.text());
const echoed = await fetch(`${base}/echo`, { method: "POST", body: "y".repeat(200000) });
console.log("echoed", (await echoed.text()).length);
for (let i = 0; i < 2; i++) {
  const peeked = await fetch(`${base}/peek`, { method: "POST", body: "x".repeat(200000) });
  console.log(await peeked.text());
}
await server.shutdown();
console.log("shut down");
