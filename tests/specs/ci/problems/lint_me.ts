// deno-fmt-ignore-file
export function check(): boolean {
  var unused = 1;
  return true;
}
