// A string answer goes to Rust with its header list implied when it is exactly
// `new Response(text)`'s (content-type text/plain;charset=UTF-8); any other list, even
// one changed after the Response was made, goes whole. Every `new Response(text)` starts
// from one shared header list: changing one response's headers (or a clone's) leaves the
// next response's alone.
const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
  const path = new URL(req.url).pathname;
  if (path === "/plain") return new Response("hi");
  if (path === "/added") {
    const response = new Response("hi");
    response.headers.set("x-extra", "1");
    return response;
  }
  if (path === "/retyped") {
    const response = new Response("<b>hi</b>");
    response.headers.set("content-type", "text/html");
    return response;
  }
  if (path === "/removed") {
    const response = new Response("hi");
    response.headers.delete("content-type");
    return response;
  }
  if (path === "/cloned") {
    const response = new Response("hi").clone();
    response.headers.append("x-clone", "1");
    return response;
  }
  if (path === "/empty") return new Response("");
  if (path === "/null") return new Response(null);
  if (path === "/unicode") return new Response("héllo ✓");
  if (path === "/status") return new Response("made", { status: 201, headers: { "x-a": "b" } });
  return new Response("not found", { status: 404 });
});
const base = `http://127.0.0.1:${server.addr.port}`;
for (const path of ["/plain", "/added", "/retyped", "/removed", "/empty", "/null", "/unicode", "/status", "/cloned", "/plain"]) {
  const response = await fetch(base + path);
  const body = await response.text();
  const headers = [...response.headers].filter(([name]) => name !== "date").map(([n, v]) => `${n}=${v}`);
  console.log(path, response.status, JSON.stringify(body), headers.join(" "));
}
await server.shutdown();
