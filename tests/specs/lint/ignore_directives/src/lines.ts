// deno-lint-ignore no-explicit-any
export function f(a: any) {
  return a;
}
// deno-lint-ignore no-var
export const unused = 1;
// deno-lint-ignore
export function g(b: any) {
  return b;
}
