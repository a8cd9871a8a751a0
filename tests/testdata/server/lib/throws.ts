// A remote module whose error must be reported at its own URL, line and column.
export function fail(): never {
  throw new RangeError("remote failure");
}
