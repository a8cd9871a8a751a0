export function f(items: any[]) {
  let total = 0;
  for (const item of items) {
    if (item == null) {}
  }
  return total;
}
