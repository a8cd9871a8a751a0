/** Classifies a number. */
export function classify(n: number): string {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  }
  return n > 100 ? "big" : "small";
}

export const twice = (n: number) => n * 2;

export function unused(): number {
  const a = 1;
  return a + 1;
}

export function kind(x: unknown): string {
  switch (typeof x) {
    case "string":
      return "s";
    case "number":
      return "n";
    default:
      return "?";
  }
}
