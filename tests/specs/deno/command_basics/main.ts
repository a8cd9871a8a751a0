const out = await new Deno.Command("sh", { args: ["-c", "echo out; echo err >&2; exit 3"] }).output();
console.log(out.code, out.success, out.signal, String.fromCharCode(...out.stdout), String.fromCharCode(...out.stderr));
const sync = new Deno.Command("sh", { args: ["-c", "printf $V"], env: { V: "env-ok" } }).outputSync();
console.log(sync.success, String.fromCharCode(...sync.stdout));
const quiet = new Deno.Command("true", { stdout: "null" }).outputSync();
try { quiet.stdout; } catch (e) { console.log(e.name, e.message); }
try { new Deno.Command("true", { stdin: "piped" }).outputSync(); } catch (e) { console.log(e.name, e.message); }
try { new Deno.Command("x-no-such-program").outputSync(); } catch (e) { console.log(e.name, e.message); }
try { await new Deno.Command("x-no-such-program").output(); } catch (e) { console.log(e.name, e.message); }
const child = new Deno.Command("sleep", { args: ["5"], stdout: "piped" }).spawn();
console.log(typeof child.pid);
try { child.stderr; } catch (e) { console.log(e.name, e.message); }
child.kill("SIGTERM");
const status = await child.status;
console.log(status.success, status.code, status.signal);
try { child.kill(); } catch (e) { console.log(e.name, e.message); }
const echo = new Deno.Command("sh", { args: ["-c", "echo spawned; exit 2"], stdout: "piped", stderr: "piped", cwd: "/" }).spawn();
const collected = await echo.output();
console.log(collected.code, String.fromCharCode(...collected.stdout));
const pwd = new Deno.Command("pwd", { cwd: "/" }).outputSync();
console.log(String.fromCharCode(...pwd.stdout).trim());
Deno.stdout.writeSync(new Uint8Array([111, 107, 10]));
await Deno.stdout.write(new Uint8Array([111, 107, 50, 10]));
console.log(Deno.stdin.isTerminal(), Deno.stdout.isTerminal(), typeof Deno.stderr.writeSync);
