// deno-lint-ignore-file no-explicit-any
export function h(a: any) {
  return a;
}
