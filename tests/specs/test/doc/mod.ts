/**
 * Adds.
 *
 * ```ts
 * import { add } from "./mod.ts";
 * if (add(1, 2) !== 3) throw new Error("bad");
 * ```
 */
export function add(a: number, b: number): number {
  return a + b;
}
