export function half(n: number): number {
  return n / 2;
}

/** Triples. */
export function triple(n: number): number {
  return n * 3;
}
