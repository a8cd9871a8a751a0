// A WebSocket server (Deno.upgradeWebSocket) and a client (WebSocket) in one program,
// talking over loopback: text, binary both ways, binaryType, close codes and events.
const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
  if (req.headers.get("upgrade") !== "websocket") {
    try {
      Deno.upgradeWebSocket(req);
    } catch (e) {
      return new Response(String(e), { status: 400 });
    }
  }
  const { socket, response } = Deno.upgradeWebSocket(req, { protocol: "chat" });
  console.log("server: readyState before the response", socket.readyState, socket.binaryType);
  socket.addEventListener("open", () => console.log("server: open", socket.protocol));
  socket.onmessage = (e) => {
    if (e.data instanceof ArrayBuffer) {
      socket.send(new Uint8Array(e.data).reverse());
    } else if (e.data === "bye") {
      socket.close(4000, "server says bye");
    } else {
      socket.send(`echo ${e.data}`);
    }
  };
  socket.onclose = (e) => console.log("server: close", e.code, e.reason, e.wasClean);
  return response;
});
const base = `127.0.0.1:${server.addr.port}`;
const plain = await fetch(`http://${base}/`);
console.log(plain.status, await plain.text());

const ws = new WebSocket(`ws://${base}/`, ["chat", "other"]);
console.log("client: readyState", ws.readyState, ws.url, ws.binaryType);
try {
  ws.send("too early");
} catch (e) {
  console.log("client:", e.name);
}
const received: unknown[] = [];
const closed = new Promise<CloseEvent>((resolve) => (ws.onclose = resolve));
ws.onopen = (e) => {
  console.log("client: open", e.type, ws.readyState, ws.protocol);
  ws.send("hello");
  ws.send(new Uint8Array([1, 2, 3]));
  ws.send(new Blob(["blob"]));
};
ws.onmessage = async (e) => {
  const data = e.data instanceof Blob ? [...new Uint8Array(await e.data.arrayBuffer())] : e.data;
  received.push(data);
  console.log("client: message", e instanceof MessageEvent, data);
  if (received.length === 3) {
    ws.binaryType = "arraybuffer";
    ws.send("bye");
  }
};
const event = await closed;
console.log("client: close", event instanceof CloseEvent, event.code, event.reason, event.wasClean, ws.readyState);
try {
  ws.close(1001);
} catch (e) {
  console.log("client:", e.name);
}
await server.shutdown();
console.log("done");
