// Without flags every guarded op throws NotCapable with Deno's message.
const attempts: [string, () => unknown][] = [
  ["readTextFileSync", () => Deno.readTextFileSync("main.ts")],
  ["readFile", () => Deno.readFileSync("/etc/hostname")],
  ["writeTextFileSync", () => Deno.writeTextFileSync("out.txt", "x")],
  ["statSync", () => Deno.statSync(".")],
  ["readDirSync", () => Deno.readDirSync("/")],
  ["mkdirSync", () => Deno.mkdirSync("d")],
  ["removeSync", () => Deno.removeSync("main.ts")],
  ["copyFileSync", () => Deno.copyFileSync("main.ts", "copy.ts")],
  ["openSync", () => Deno.openSync("main.ts")],
  ["makeTempDirSync", () => Deno.makeTempDirSync()],
  ["symlinkSync", () => Deno.symlinkSync("main.ts", "link")],
  ["chdir", () => Deno.chdir("/")],
  ["env.get", () => Deno.env.get("HOME")],
  ["env.toObject", () => Deno.env.toObject()],
  ["hostname", () => Deno.hostname()],
  ["osRelease", () => Deno.osRelease()],
  ["Command", () => new Deno.Command("true").outputSync()],
  ["kill", () => Deno.kill(999999, "SIGTERM")],
];
for (const [name, attempt] of attempts) {
  try {
    attempt();
    console.log(name, "allowed?!");
  } catch (e) {
    console.log(name, e instanceof Deno.errors.NotCapable, e.message);
  }
}
try {
  await Deno.readTextFile("main.ts");
} catch (e) {
  console.log("readTextFile", e.name, e.message);
}
// Not guarded, as in Deno.
console.log(typeof Deno.cwd(), typeof Deno.pid, typeof Deno.execPath());
