// node:os: facts about the machine over Deno.* (each needs the sys permission Deno asks for).

const D = () => globalThis.Deno;
export const EOL = "\n";
export const platform = () => (D().build.os === "windows" ? "win32" : D().build.os);
export const arch = () => (D().build.arch === "x86_64" ? "x64" : D().build.arch === "aarch64" ? "arm64" : D().build.arch);
export const type = () => (D().build.os === "linux" ? "Linux" : D().build.os === "darwin" ? "Darwin" : "Windows_NT");
export const homedir = () => D().env.get("HOME") ?? "/";
export const tmpdir = () => D().env.get("TMPDIR") ?? "/tmp";
export const hostname = () => D().hostname();
export const release = () => D().osRelease();
export const uptime = () => D().osUptime();
export const loadavg = () => D().loadavg();
export const cpus = () => Array.from({ length: navigator.hardwareConcurrency }, () => ({ model: "cpu", speed: 0, times: {} }));
export const availableParallelism = () => navigator.hardwareConcurrency;
export const totalmem = () => D().systemMemoryInfo().total;
export const freemem = () => D().systemMemoryInfo().free;
export const endianness = () => "LE";
export const networkInterfaces = () => ({});
export const userInfo = () => ({ username: D().env.get("USER") ?? "", homedir: homedir(), shell: D().env.get("SHELL") ?? null, uid: D().uid?.() ?? -1, gid: D().gid?.() ?? -1 });
export const constants = { signals: {}, errno: {} };
export default {
  EOL, platform, arch, type, homedir, tmpdir, hostname, release, uptime, loadavg, cpus, availableParallelism, totalmem,
  freemem, endianness, networkInterfaces, userInfo, constants,
};
