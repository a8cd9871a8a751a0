// Deno.serve end to end: the program talks to its own server over loopback.
const ac = new AbortController();
const server = Deno.serve({
  port: 0,
  hostname: "127.0.0.1",
  signal: ac.signal,
  onListen({ hostname, port }) {
    console.log("listening on", hostname, typeof port);
  },
}, async (req, info) => {
  const url = new URL(req.url);
  if (url.pathname === "/echo") {
    return new Response(await req.text(), { headers: { "x-method": req.method } });
  }
  if (url.pathname === "/stream") {
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode("chunk1 "));
        c.enqueue(new TextEncoder().encode("chunk2"));
        c.close();
      },
    });
    return new Response(body);
  }
  if (url.pathname === "/throw") throw new Error("handler failed");
  return Response.json({ path: url.pathname, query: url.search, remote: info.remoteAddr.hostname });
});
console.log(server.addr.transport, server.addr.hostname);
const base = `http://127.0.0.1:${server.addr.port}`;
console.log(await (await fetch(`${base}/hello?x=1`)).json());
const echoed = await fetch(`${base}/echo`, { method: "POST", body: "ping" });
console.log(echoed.status, echoed.headers.get("x-method"), await echoed.text());
console.log(await (await fetch(`${base}/stream`)).text());
const failed = await fetch(`${base}/throw`);
console.log(failed.status, await failed.text());
ac.abort();
await server.finished;
console.log("finished");
