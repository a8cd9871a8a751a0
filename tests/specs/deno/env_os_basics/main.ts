Deno.env.set("X_SPEC_VAR", "1");
console.log(Deno.env.get("X_SPEC_VAR"), Deno.env.has("X_SPEC_VAR"), Deno.env.toObject().X_SPEC_VAR, Deno.env.get("FROM_SPEC"));
Deno.env.delete("X_SPEC_VAR");
console.log(Deno.env.get("X_SPEC_VAR"), Deno.env.has("X_SPEC_VAR"));
for (const f of [() => Deno.env.get(""), () => Deno.env.set("A=B", "x"), () => Deno.env.set("A", "x\0")]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
console.log(typeof Deno.pid, Deno.pid > 0, Deno.ppid > 0, typeof Deno.hostname(), typeof Deno.osRelease(), Deno.loadavg().length, Deno.osUptime() > 0);
console.log(Object.keys(Deno.build).join(","), Object.keys(Deno.version).join(","), typeof Deno.version.deno);
const m = Deno.memoryUsage();
console.log(Object.keys(m).join(","), m.rss > 0);
console.log(Deno.execPath().length > 0, Deno.cwd() === Deno.realPathSync("."), Deno.noColor);
Deno.mkdirSync("d");
Deno.chdir("d");
console.log(Deno.cwd().endsWith("/d"));
try { Deno.addSignalListener("SIGKILL", () => {}); } catch (e) { console.log(e.name, e.message); }
try { Deno.addSignalListener("SIGFOO", () => {}); } catch (e) { console.log(e.name, e.message); }
let got = 0;
const onUsr1 = () => {
  got++;
  console.log("SIGUSR1");
  Deno.removeSignalListener("SIGUSR1", onUsr1);
};
Deno.addSignalListener("SIGUSR1", onUsr1);
Deno.kill(Deno.pid, "SIGUSR1");
await new Promise((resolve) => setTimeout(resolve, 200));
console.log(got);
