// Deno.permissions.query/request/revoke (and their Sync forms) for every kind, with -A,
// with nothing, and with scoped --allow-*/--deny-* flags. Without a terminal, request is
// refused. The expected output is what deno 2.9.6 prints for this program.
import { t } from "./h.ts";
const P = Deno.permissions;
const descs: any[] = [
  { name: "read" }, { name: "read", path: "." }, { name: "read", path: "/etc" }, { name: "read", path: "/etc/passwd" }, { name: "read", path: new URL("file:///etc") },
  { name: "write" }, { name: "write", path: "/tmp" }, { name: "write", path: "out" },
  { name: "net" }, { name: "net", host: "example.com" }, { name: "net", host: "example.com:443" }, { name: "net", host: "127.0.0.1:8000" },
  { name: "env" }, { name: "env", variable: "HOME" }, { name: "env", variable: "PATH" },
  { name: "run" }, { name: "run", command: "sh" }, { name: "run", command: "ls" },
  { name: "sys" }, { name: "sys", kind: "hostname" }, { name: "sys", kind: "osRelease" },
  { name: "ffi" }, { name: "import" }, { name: "import", host: "deno.land" },
];
for (const d of descs) await t("query " + JSON.stringify(d), async () => { const s = await P.query(d); return [s.state, s.partial]; });
await t("querySync", () => P.querySync({ name: "read" }).state);
await t("query bad name", () => P.query({ name: "foo" } as any));
await t("query no arg", () => (P.query as any)());
await t("query sys bad kind", () => P.query({ name: "sys", kind: "foo" } as any));
await t("query env empty", () => P.query({ name: "env", variable: "" }));
await t("query read empty", () => P.query({ name: "read", path: "" }));
await t("query net bad", () => P.query({ name: "net", host: "a:b:c:d" }));
await t("query net port bad", () => P.query({ name: "net", host: "a.com:x" }));
await t("inspect status", async () => Deno.inspect(await P.query({ name: "read" })));
await t("status proto", async () => { const s = await P.query({ name: "read" }); return [s instanceof EventTarget, typeof s.onchange, s.constructor.name]; });
await t("request no tty", async () => (await P.request({ name: "read", path: "/nonexistent-req" })).state);
await t("requestSync no tty", () => P.requestSync({ name: "env", variable: "NOPE_X" }).state);
await t("request after", async () => (await P.query({ name: "read", path: "/nonexistent-req" })).state);
await t("revoke read /etc", async () => (await P.revoke({ name: "read", path: "/etc" })).state);
await t("after revoke", async () => (await P.query({ name: "read", path: "/etc/passwd" })).state);
await t("read after revoke", () => Deno.readTextFileSync("/etc/hostname"));
await t("revoke env", async () => (await P.revoke({ name: "env" })).state);
await t("env after revoke", () => Deno.env.get("HOME"));
await t("Permissions ctor", () => new (Deno.Permissions as any)());
await t("PermissionStatus ctor", () => new (Deno.PermissionStatus as any)());
await t("perm inspect", () => Deno.inspect(Deno.permissions));
