// Deno.* folder functions (mkdir, readDir, remove, rename, makeTempDir, chdir, watchFs):
// each case prints its result, or the error class, name, code and message. The expected
// output is what deno 2.9.6 prints for this program.
import { t } from "./h.ts";
await t("mkdir", () => Deno.mkdir("w"));
await t("mkdir exists", () => Deno.mkdir("w"));
await t("mkdirSync exists", () => Deno.mkdirSync("w"));
await t("mkdir recursive exists", () => Deno.mkdir("w", { recursive: true }));
await t("mkdir no parent", () => Deno.mkdir("w/a/b/c"));
await t("mkdir recursive mode", () => { Deno.mkdirSync("w/m/n", { recursive: true, mode: 0o700 }); return (Deno.statSync("w/m/n").mode! & 0o777).toString(8); });
await t("mkdir URL", () => { Deno.mkdirSync(new URL("w/u", import.meta.url)); return Deno.statSync("w/u").isDirectory; });
await t("mkdir over file", () => { Deno.writeTextFileSync("w/f", "x"); return Deno.mkdir("w/f", { recursive: true }); });
await t("mkdir under file", () => Deno.mkdir("w/f/sub"));
await t("readDir missing", async () => { for await (const _ of Deno.readDir("w/missing")) { /* none */ } });
await t("readDir file", async () => { for await (const _ of Deno.readDir("w/f")) { /* none */ } });
await t("readDirSync missing", () => Deno.readDirSync("w/missing"));
await t("readDirSync file", () => Deno.readDirSync("w/f"));
await t("readDir entries", async () => { const r = []; for await (const e of Deno.readDir("w")) r.push([e.name, e.isFile, e.isDirectory, e.isSymlink]); return r.sort(); });
await t("readDirSync entries", () => [...Deno.readDirSync("w")].map((e) => e.name).sort());
await t("readDir entry shape", async () => { for await (const e of Deno.readDir("w")) return [Object.keys(e).join(","), Object.getPrototypeOf(e) === Object.prototype]; });
await t("readDirSync is an iterator", () => { const it = Deno.readDirSync("w"); return [typeof it.next, typeof it[Symbol.iterator]]; });
await t("readDir is an async iterable", () => { const it = Deno.readDir("w") as any; return [typeof it.next, typeof it[Symbol.asyncIterator]]; });
await t("readDir break early", async () => { let n = 0; for await (const _ of Deno.readDir("w")) { n++; break; } return n; });
await t("readDir symlinks", async () => { Deno.symlinkSync("f", "w/lnk"); Deno.symlinkSync("missing", "w/dangling"); const r = []; for await (const e of Deno.readDir("w")) if (e.name === "lnk" || e.name === "dangling") r.push([e.name, e.isFile, e.isDirectory, e.isSymlink]); return r.sort(); });
await t("readDir URL", async () => { let n = 0; for await (const _ of Deno.readDir(new URL("w/m", import.meta.url))) n++; return n; });
await t("remove missing", () => Deno.remove("w/missing"));
await t("removeSync missing", () => Deno.removeSync("w/missing"));
await t("remove non-empty", () => Deno.remove("w"));
await t("removeSync non-empty", () => Deno.removeSync("w/m"));
await t("remove recursive missing", () => Deno.remove("w/missing", { recursive: true }));
await t("remove symlink to folder", () => { Deno.mkdirSync("w/dd"); Deno.symlinkSync("dd", "w/ld"); Deno.removeSync("w/ld"); return Deno.statSync("w/dd").isDirectory; });
await t("remove empty folder", () => { Deno.mkdirSync("w/ee"); return Deno.remove("w/ee"); });
await t("remove recursive", async () => { await Deno.remove("w/m", { recursive: true }); try { Deno.statSync("w/m"); return "still there"; } catch (e) { return e.name; } });
await t("rename folder", () => { Deno.mkdirSync("w/r0"); Deno.renameSync("w/r0", "w/r00"); return Deno.statSync("w/r00").isDirectory; });
await t("rename over non-empty folder", () => { Deno.mkdirSync("w/r1"); Deno.mkdirSync("w/r2/sub", { recursive: true }); return Deno.rename("w/r1", "w/r2"); });
await t("rename file over folder", () => Deno.rename("w/f", "w/r2"));
await t("rename folder over file", () => Deno.rename("w/r1", "w/f"));
await t("makeTempDir in /tmp", async () => { const p = await Deno.makeTempDir(); const ok = p.startsWith("/tmp/") && Deno.statSync(p).isDirectory; Deno.removeSync(p); return ok; });
await t("makeTempDir mode and place", async () => { const p = await Deno.makeTempDir({ dir: "w", prefix: "p-", suffix: "-s" }); return [(Deno.statSync(p).mode! & 0o777).toString(8), p.startsWith("w/p-"), p.endsWith("-s")]; });
await t("makeTempDir missing dir", () => Deno.makeTempDir({ dir: "w/missing" }));
await t("makeTempDirSync absolute", () => Deno.makeTempDirSync({ dir: Deno.cwd() + "/w" }).startsWith(Deno.cwd() + "/w/"));
await t("cwd", () => Deno.cwd());
await t("chdir file", () => Deno.chdir("w/f"));
await t("chdir missing", () => Deno.chdir("w/missing"));
await t("chdir URL and back", () => { Deno.chdir(new URL("w/", import.meta.url)); const c = Deno.cwd(); Deno.chdir(".."); return c; });
await t("chdir relative", () => { Deno.chdir("w"); const c = Deno.cwd(); Deno.chdir(".."); return c; });
await t("watchFs missing", () => Deno.watchFs("w/missing"));
await t("watchFs events", async () => {
  Deno.mkdirSync("watched");
  const watcher = Deno.watchFs("watched");
  const seen: string[] = [];
  const done = (async () => {
    for await (const e of watcher) {
      seen.push([e.kind, e.paths.map((p) => p.slice(Deno.cwd().length)).join(","), "flag" in e, e.flag].join(" "));
      if (seen.length === 2) break;
    }
  })();
  Deno.writeTextFileSync("watched/a.txt", "x");
  await done;
  return seen;
});
await t("watchFs shape", () => { const w = Deno.watchFs(["w"], { recursive: false }); const shape = [typeof w.return, typeof w.close, typeof w[Symbol.dispose], typeof w[Symbol.asyncIterator], typeof (w as any).rid]; w.close(); return shape; });
await t("watchFs closed", async () => { const w = Deno.watchFs("w"); w.close(); return w.next(); });
await Deno.remove("w", { recursive: true });
