import app from "./app.ts";

const show = async (r: Response) => console.log(r.status, r.headers.get("x-powered-by"), await r.text());
await show(await app.request("/"));
await show(await app.request("/users/42"));
await show(await app.request("/echo", { method: "POST", body: JSON.stringify({ a: 1 }), headers: { "content-type": "application/json" } }));
await show(await app.request("/nope"));
