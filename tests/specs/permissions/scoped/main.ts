// --allow-read=data --deny-read=data/secret --allow-write=out --allow-env=SPEC_* --allow-run=sh --allow-sys=hostname
const q = (d: Deno.PermissionDescriptor) => {
  const s = Deno.permissions.querySync(d);
  return s.state + (s.partial ? "(partial)" : "");
};
console.log(q({ name: "read", path: "data" }), q({ name: "read", path: "data/pub.txt" }), q({ name: "read", path: "data/secret" }), q({ name: "read" }));
console.log(q({ name: "write", path: "out/a" }), q({ name: "env", variable: "SPEC_B" }), q({ name: "env" }), q({ name: "run", command: "sh" }), q({ name: "sys", kind: "hostname" }));
console.log(Deno.readTextFileSync("data/pub.txt").trim(), Deno.readTextFileSync("./data/../data/pub.txt").trim());
for (const f of [
  () => Deno.readTextFileSync("data/secret/key.txt"),
  () => Deno.readTextFileSync("data/secret/../secret/key.txt"),
  () => Deno.readTextFileSync("main.ts"),
  () => Deno.writeTextFileSync("data/new.txt", "x"),
  () => Deno.env.get("HOME"),
  () => Deno.osRelease(),
  () => new Deno.Command("true").outputSync(),
]) {
  try { f(); console.log("allowed?!"); } catch (e) { console.log(e.name, e.message); }
}
Deno.mkdirSync("out/deep", { recursive: true });
Deno.writeTextFileSync("out/deep/x.txt", "written");
console.log(Deno.env.get("SPEC_A"), typeof Deno.hostname());
console.log(String.fromCharCode(...new Deno.Command("sh", { args: ["-c", "echo ran"] }).outputSync().stdout).trim());
