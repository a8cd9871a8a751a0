export function f(a: any) {
  var unused = 1;
  return a;
}
