import { Hono } from "hono";
import ms from "ms";
import { add } from "x-cjs-named";

const app = new Hono().get("/", (c) => c.text("from node_modules"));
console.log(await (await app.request("/")).text(), ms("1s"), add(1, 1));
console.log(import.meta.resolve("hono").includes("/node_modules/hono/"));
