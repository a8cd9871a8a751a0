// Every Deno file API once: success, then the error class Deno throws.
Deno.mkdirSync("work/sub", { recursive: true });
await Deno.mkdir("work/sub2");
Deno.writeTextFileSync("work/a.txt", "hello");
await Deno.writeTextFile("work/a.txt", " world", { append: true });
console.log(Deno.readTextFileSync("work/a.txt"), await Deno.readTextFile("work/a.txt"));
Deno.writeFileSync("work/b.bin", new Uint8Array([1, 2, 3]));
await Deno.writeFile("work/c.bin", new Uint8Array([4]));
console.log(Deno.readFileSync("work/b.bin"), await Deno.readFile("work/c.bin"));
try { Deno.writeTextFileSync("work/a.txt", "x", { createNew: true }); } catch (e) { console.log(e.name, e.message, e.code); }
try { Deno.writeTextFileSync("work/none.txt", "x", { create: false }); } catch (e) { console.log(e.name, e.code); }
const st = Deno.statSync("work/a.txt");
console.log(st.isFile, st.isDirectory, st.isSymlink, st.size, st.mtime instanceof Date, typeof st.ino, st.mode & 0o777);
console.log(Object.keys(st).join(","));
console.log((await Deno.stat("work")).isDirectory, Deno.lstatSync("work").isDirectory);
console.log([...Deno.readDirSync("work")].map((e) => e.name + ":" + e.isFile).sort().join(" "));
const names = [];
for await (const e of Deno.readDir("work")) names.push(e.name);
console.log(names.sort().join(" "));
Deno.renameSync("work/c.bin", "work/d.bin");
await Deno.rename("work/d.bin", "work/e.bin");
Deno.copyFileSync("work/e.bin", "work/f.bin");
await Deno.copyFile("work/f.bin", "work/g.bin");
console.log(Deno.realPathSync("work/g.bin") === Deno.cwd() + "/work/g.bin", (await Deno.realPath("work")).endsWith("/work"));
Deno.symlinkSync("a.txt", "work/link");
await Deno.symlink("a.txt", "work/link2");
console.log(Deno.readLinkSync("work/link"), await Deno.readLink("work/link2"), Deno.lstatSync("work/link").isSymlink);
Deno.chmodSync("work/a.txt", 0o600);
await Deno.chmod("work/b.bin", 0o640);
console.log((Deno.statSync("work/a.txt").mode & 0o777).toString(8), (Deno.statSync("work/b.bin").mode & 0o777).toString(8));
Deno.truncateSync("work/a.txt", 5);
await Deno.truncate("work/b.bin");
console.log(Deno.readTextFileSync("work/a.txt"), Deno.statSync("work/b.bin").size);
Deno.utimeSync("work/a.txt", 1000, new Date(2000000));
await Deno.utime("work/b.bin", 5, 6);
console.log(Deno.statSync("work/a.txt").mtime.getTime(), Deno.statSync("work/b.bin").mtime.getTime());
const tmp = Deno.makeTempDirSync({ dir: "work", prefix: "p-", suffix: "-s" });
const tmpFile = await Deno.makeTempFile({ dir: tmp, prefix: "f" });
console.log(/work\/p-.+-s$/.test(tmp), tmpFile.startsWith(tmp + "/f"), Deno.statSync(tmpFile).isFile);
{
  using file = Deno.openSync("work/h.txt", { write: true, create: true, read: true });
  console.log(file.writeSync(new Uint8Array([97, 98, 99, 100, 101, 102])), file.seekSync(1, Deno.SeekMode.Start));
  const buf = new Uint8Array(3);
  console.log(file.readSync(buf), String.fromCharCode(...buf), file.statSync().size);
  file.truncateSync(2);
  file.syncSync();
}
const file = await Deno.open("work/h.txt");
const buf = new Uint8Array(8);
console.log(await file.read(buf), await file.read(buf), await file.seek(0, Deno.SeekMode.End), (await file.stat()).size);
file.close();
try { file.close(); } catch (e) { console.log(e.name); }
const created = await Deno.create("work/i.txt");
await created.write(new Uint8Array([65]));
created.close();
console.log(Deno.readTextFileSync("work/i.txt"));
try { new Deno.FsFile(3); } catch (e) { console.log(e.name, e.message); }
try { Deno.openSync("work/a.txt", {}); } catch (e) { console.log(e.name, e.message); }
Deno.removeSync("work/i.txt");
try { Deno.removeSync("work"); } catch (e) { console.log(e.name, e.code); }
await Deno.remove("work", { recursive: true });
for (const f of [() => Deno.statSync("work"), () => Deno.readDirSync("nope"), () => Deno.renameSync("x1", "x2"), () => Deno.chdir("nope")]) {
  try { f(); } catch (e) { console.log(e instanceof Deno.errors.NotFound, e.message); }
}
try { await Deno.readFile("nope"); } catch (e) { console.log(e.constructor === Deno.errors.NotFound, e.message); }
try { Deno.readTextFileSync("."); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(Deno.errors).length);
