import { Hono } from "npm:hono@4";
import { logger } from "npm:hono@4/logger";

const app = new Hono();
const seen: string[] = [];
app.use("*", async (c, next) => {
  seen.push(c.req.path);
  await next();
  c.header("x-powered-by", "x");
});
app.get("/", (c) => c.text("Hello Hono!"));
app.get("/users/:id", (c) => c.json({ id: Number(c.req.param("id")), seen: seen.length }));
app.post("/echo", async (c) => c.json(await c.req.json(), 201));
app.notFound((c) => c.json({ error: "not found" }, 404));
void logger;

export default app;
