import { double } from "./util.ts";

/** Adds one and doubles. */
export function addOne(n: number): number {
  return double(n + 1);
}
