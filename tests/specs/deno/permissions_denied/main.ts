// Every guarded Deno API without the grant it needs: NotCapable with Deno's message, and
// with --allow-read / --allow-write=. the next check (or the OS error) instead. The
// expected output is what deno 2.9.6 prints for this program.
import { t } from "./h.ts";
const cases: [string, () => unknown][] = [
  ["readFile", async () => (await Deno.readFile("/etc/hostname")).length > 0], ["readTextFile rel", async () => (await Deno.readTextFile("./h.ts")).length > 0],
  ["readFile URL", async () => (await Deno.readFile(new URL("file:///etc/hostname"))).length > 0],
  ["writeFile", () => Deno.writeFile("o", new Uint8Array(1))], ["writeTextFile append", () => Deno.writeTextFile("o", "x", { append: true })],
  ["open read", async () => { (await Deno.open("h.ts")).close(); return "opened"; }], ["open write", () => Deno.open("h.ts", { write: true })], ["open rw", () => Deno.open("h.ts", { read: true, write: true })],
  ["create", () => Deno.create("o")], ["stat", async () => (await Deno.stat("/")).isDirectory], ["lstat", async () => (await Deno.lstat("h.ts")).isFile],
  ["readDir", async () => { for await (const _ of Deno.readDir(".")) {} }], ["mkdir", () => Deno.mkdir("d")],
  ["remove", () => Deno.remove("h.ts")], ["rename", () => Deno.rename("h.ts", "z.ts")], ["copyFile", () => Deno.copyFile("h.ts", "z.ts")],
  ["realPath", async () => (await Deno.realPath(".")) === Deno.cwd()], ["realPathSync", () => Deno.realPathSync("h.ts")], ["symlink", () => Deno.symlink("h.ts", "l")], ["readLink", () => Deno.readLink("l")],
  ["link", () => Deno.link("h.ts", "l")],
  ["makeTempDir", () => Deno.makeTempDir()], ["makeTempFile dir", async () => (await Deno.makeTempFile({ dir: "." })).startsWith("./")], ["chmod", () => Deno.chmod("h.ts", 0o600)],
  ["chown", () => Deno.chown("h.ts", null, null)],
  ["truncate", () => Deno.truncate("h.ts")], ["utime", () => Deno.utime("h.ts", 1, 1)], ["watchFs", () => { Deno.watchFs(".").close(); return "watching"; }], ["chdir", () => Deno.chdir("/")],
  ["cwd", () => typeof Deno.cwd()], ["execPath", () => typeof Deno.execPath()],
  ["env.get", () => Deno.env.get("HOME")], ["env.set", () => Deno.env.set("A", "b")], ["env.has", () => Deno.env.has("HOME")], ["env.delete", () => Deno.env.delete("HOME")], ["env.toObject", () => Deno.env.toObject()],
  ["hostname", () => typeof Deno.hostname()], ["osRelease", () => typeof Deno.osRelease()], ["osUptime", () => Deno.osUptime()], ["loadavg", () => Deno.loadavg()], ["systemMemoryInfo", () => Deno.systemMemoryInfo()],
  ["uid", () => Deno.uid()], ["gid", () => Deno.gid()], ["networkInterfaces", () => (Deno as any).networkInterfaces()],
  ["memoryUsage", () => typeof Deno.memoryUsage()], ["Command", () => new Deno.Command("true").output()], ["Command path", () => new Deno.Command("/bin/true").output()],
  ["Command spawn", () => new Deno.Command("true").spawn()], ["kill", () => Deno.kill(Deno.pid, "SIGCONT")],
  ["fetch", () => fetch("http://127.0.0.1:1/")], ["fetch https", () => fetch("https://example.com/x")], ["fetch file", async () => (await fetch("file:///etc/hostname")).status],
  ["serve", async () => { const s = Deno.serve({ port: 0, onListen() {} }, () => new Response()); await s.shutdown(); return "served"; }],
  ["WebSocket", () => { const ws = new WebSocket("ws://127.0.0.1:1"); ws.onerror = () => {}; return "constructed"; }],
  ["openKv", async () => { (await (Deno as any).openKv("kv.db")).close(); return "opened"; }],
  ["permissions.query", async () => (await Deno.permissions.query({ name: "read" })).state],
];
for (const [n, f] of cases) await t(n, f);
