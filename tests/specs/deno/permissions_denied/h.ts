// Runs one case of a spec program: prints its result, or the thrown error as class,
// name, code and message, with the current folder written as $CWD and /tmp paths as <tmp>.
export const CWD = Deno.cwd();
function norm(s: string) { return String(s).split(CWD).join("$CWD").replace(/\/tmp\/[^\s"']*/g, "<tmp>"); }
function fmt(v: unknown): string {
  if (v instanceof Uint8Array) return `U8[${v.length}]` + (v.length < 20 ? `(${[...v]})` : "");
  if (v === undefined) return "undefined";
  if (typeof v === "string") return JSON.stringify(norm(v));
  try { return norm(Deno.inspect(v, { depth: 1, compact: true, breakLength: 1e9 })); } catch { return String(v); }
}
export async function t(name: string, f: () => unknown) {
  try { const r = await f(); console.log(name, "=>", fmt(r)); }
  catch (e: any) { console.log(name, "!!", e?.constructor?.name, e?.name, e?.code ?? "", "|", norm(e?.message)); }
}
