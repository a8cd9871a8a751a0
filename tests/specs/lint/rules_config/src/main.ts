export function f(a: any) {
  var unused = 1;
  return a;
}
export const b = () => 1 == 1;
