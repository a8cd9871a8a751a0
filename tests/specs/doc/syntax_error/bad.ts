/** Broken. */
export function (a: number) {
  return a;
}
